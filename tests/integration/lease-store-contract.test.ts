import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { createKeys } from '../../src/store/keys.js';
import { type LeaseStore, MemoryLeaseStore } from '../../src/store/lease-store.js';
import { RedisLeaseStore } from '../../src/store/redis-lease-store.js';

// The lease port on both stores. Lapsing is driven by the manual clock on memory and by Redis's own PX on Redis.

const clients: Redis[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

let n = 0;
const stores: [string, () => { store: LeaseStore; lapse: () => Promise<void> }][] = [
  [
    'memory',
    () => {
      const clock = new ManualClock('2026-10-02T10:00:00+08:00');
      return { store: new MemoryLeaseStore(clock), lapse: async () => clock.advance(1_001) };
    },
  ],
  [
    'redis',
    () => {
      const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
      clients.push(r);
      const keys = createKeys(`lease${process.pid}x${++n}`);
      // Redis expires by its own clock: make the lease lapse by removing its time instead of sleeping.
      return { store: new RedisLeaseStore(r, keys), lapse: async () => void (await r.pexpire(keys.lease('bot'), 1).then(() => new Promise((res) => setTimeout(res, 5)))) };
    },
  ],
];

describe.each(stores)('lease store (%s)', (_name, make) => {
  it('gives the lease to one holder at a time, and a larger fencing token to each new holder', async () => {
    const { store, lapse } = make();
    const a = await store.acquire('bot', 'A', 1_000);
    expect(a).toBeTypeOf('number');
    expect(await store.acquire('bot', 'B', 1_000)).toBeUndefined();
    expect(await store.acquire('bot', 'A', 1_000)).toBe(a); // re-acquiring is renewing
    expect(await store.current('bot')).toEqual({ holder: 'A', token: a });
    await lapse();
    const b = await store.acquire('bot', 'B', 1_000);
    expect(b).toBeGreaterThan(a!);
    // A woke up late: its token is refused everywhere.
    expect(await store.renew('bot', 'A', a!, 1_000)).toBe(false);
    await store.release('bot', 'A', a!);
    expect(await store.current('bot')).toEqual({ holder: 'B', token: b });
    expect(await store.renew('bot', 'B', b!, 1_000)).toBe(true);
  });

  it('release frees the lease at once, for the holder only', async () => {
    const { store } = make();
    const a = (await store.acquire('bot', 'A', 60_000))!;
    await store.release('bot', 'B', a);
    expect(await store.current('bot')).toMatchObject({ holder: 'A' });
    await store.release('bot', 'A', a);
    expect(await store.current('bot')).toBeUndefined();
    expect(await store.acquire('bot', 'B', 60_000)).toBe(a + 1);
  });

  it('hands queued items in order to the current holder only', async () => {
    const { store, lapse } = make();
    const a = (await store.acquire('bot', 'A', 1_000))!;
    await store.pushOutbox('bot', 'one');
    await store.pushOutbox('bot', 'two');
    await store.pushOutbox('bot', 'three');
    expect(await store.takeOutbox('bot', 'B', a, 10)).toEqual([]);
    expect(await store.takeOutbox('bot', 'A', a, 2)).toEqual(['one', 'two']);
    await lapse();
    const b = (await store.acquire('bot', 'B', 1_000))!;
    expect(await store.takeOutbox('bot', 'A', a, 10)).toEqual([]);
    expect(await store.takeOutbox('bot', 'B', b, 10)).toEqual(['three']);
    expect(await store.takeOutbox('bot', 'B', b, 10)).toEqual([]);
  });
});
