import { Redis } from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import { isStoreUnavailable, StoreTimeoutError, withStoreTimeout } from '../../../src/ops/store-unavailable.js';
import { freePort } from '../../support/redis-global-setup.js';

// The errors are produced by real ioredis clients against a real (or absent) redis-server, not written by hand.

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('isStoreUnavailable', () => {
  it('recognises a command against a Redis that is not there (as the store is configured: 1 retry)', async () => {
    const port = await freePort();
    const r = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 50, lazyConnect: false });
    r.on('error', () => {});
    const err = await errorOf(r.set('k', '1', 'EX', 10, 'NX'));
    r.disconnect();
    expect(isStoreUnavailable(err)).toBe(true);
  });

  it('recognises a command on a connection that was closed', async () => {
    const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    await r.ping();
    r.disconnect();
    const err = await errorOf(r.get('k'));
    expect(isStoreUnavailable(err)).toBe(true);
  });

  it('recognises a store call that timed out', async () => {
    const err = await errorOf(withStoreTimeout(new Promise(() => {}), 10, 'claimOnce'));
    expect(err).toBeInstanceOf(StoreTimeoutError);
    expect(isStoreUnavailable(err)).toBe(true);
  });

  it('recognises LOADING (a restarted Redis still reading its AOF) and a wrapped cause', () => {
    expect(isStoreUnavailable(new Error('LOADING Redis is loading the dataset in memory'))).toBe(true);
    expect(isStoreUnavailable(new Error('apply failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }))).toBe(true);
  });

  it('does not treat data or programming errors as an outage (they must not be replayed for ever)', async () => {
    const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    const key = `t-wrongtype-${Date.now()}`;
    await r.set(key, 'x', 'EX', 60);
    const wrongType = await errorOf(r.hget(key, 'f'));
    await r.quit();
    expect(String(wrongType)).toMatch(/WRONGTYPE/);
    expect(isStoreUnavailable(wrongType)).toBe(false);
    expect(isStoreUnavailable(new TypeError("Cannot read properties of undefined (reading 'unit')"))).toBe(false);
    expect(isStoreUnavailable(undefined)).toBe(false);
  });
});
