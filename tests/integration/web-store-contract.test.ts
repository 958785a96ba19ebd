import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { createKeys } from '../../src/store/keys.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import type { ReportStore } from '../../src/store/report-store.js';
import { MemoryWebStore } from '../../src/web/memory-web-store.js';
import { RedisWebStore } from '../../src/web/redis-web-store.js';
import type { Session, WebStore } from '../../src/web/web-store.js';

// ONE contract suite for the 看板's store (sessions, audit trail) and its use of claimOnce('link'), on both stores.

const session = (o: Partial<Session> = {}): Session => ({
  personId: 'leader-li',
  csrf: 'csrf-token-0123456789abcdef',
  createdAt: '2026-10-03T01:00:00.000Z',
  expiresAt: '2026-10-03T13:00:00.000Z',
  ...o,
});

function webContract(name: string, make: () => Promise<{ web: WebStore; reports: ReportStore; raw?: Redis; prefix?: string; close(): Promise<void> }>) {
  describe(`WebStore contract: ${name}`, () => {
    let s: Awaited<ReturnType<typeof make>>;
    beforeAll(async () => {
      s = await make();
    });
    afterAll(async () => s.close());

    it('keeps a session under its cookie value, and drops it', async () => {
      const id = randomUUID();
      expect(await s.web.getSession(id)).toBeUndefined();
      await s.web.putSession(id, session(), 3600);
      expect(await s.web.getSession(id)).toEqual(session());
      expect(await s.web.getSession(`${id}x`)).toBeUndefined();
      await s.web.dropSession(id);
      expect(await s.web.getSession(id)).toBeUndefined();
    });

    it.runIf(name === 'redis')('never stores the cookie value itself', async () => {
      if (!s.raw || !s.prefix) throw new Error('the Redis store gives its connection');
      const id = randomUUID();
      await s.web.putSession(id, session(), 60);
      const keys = await s.raw.keys(`${s.prefix}:sess:*`);
      expect(keys).toContain(createKeys(s.prefix).session(createHash('sha256').update(id).digest('hex')));
      expect(keys.some((k) => k.includes(id))).toBe(false);
      expect(await s.raw.ttl(keys[0]!)).toBeGreaterThan(0);
    });

    it('appends to the audit trail of a day, oldest first, per township', async () => {
      const t = `审计镇${randomUUID().slice(0, 6)}`;
      await s.web.audit(t, '2026-10-03', { at: '2026-10-03T01:00:00.000Z', by: 'leader-li', action: 'login', ok: true });
      await s.web.audit(t, '2026-10-03', { at: '2026-10-03T01:05:00.000Z', by: 'leader-li', action: 'assign', ok: false, detail: '案件1 leader_only_assign' });
      await s.web.audit(t, '2026-10-04', { at: '2026-10-04T01:00:00.000Z', by: '', action: 'login_refused', ok: false, detail: 'used' });
      expect((await s.web.auditTrail(t, '2026-10-03')).map((e) => [e.action, e.ok])).toEqual([
        ['login', true],
        ['assign', false],
      ]);
      expect(await s.web.auditTrail(`${t}x`, '2026-10-03')).toEqual([]);
      expect((await s.web.auditTrail(t, '2026-10-04'))[0]?.detail).toBe('used');
    });

    it('refuses a damaged session instead of trusting it', async () => {
      await expect(s.web.putSession(randomUUID(), { ...session(), csrf: '' }, 60)).rejects.toThrow();
    });

    it('claims a login-link nonce once', async () => {
      const nonce = randomUUID();
      expect(await s.reports.claimOnce('link', nonce, 600)).toBe(true);
      expect(await s.reports.claimOnce('link', nonce, 600)).toBe(false);
      // The same id in another scope is another claim.
      expect(await s.reports.claimOnce('message', nonce, 600)).toBe(true);
    });
  });
}

webContract('memory', async () => {
  const clock = new ManualClock('2026-10-03T09:00:00+08:00');
  return { web: new MemoryWebStore(clock), reports: new MemoryReportStore({ clock }), close: async () => undefined };
});

webContract('redis', async () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  const prefix = `t-${randomUUID().slice(0, 8)}`;
  const opts = { prefix, rawRetentionDays: 30, logger: silentLogger };
  return { web: new RedisWebStore(redis, opts), reports: new RedisReportStore(redis, opts), raw: redis, prefix, close: async () => void (await redis.quit()) };
});

describe('MemoryWebStore expiry', () => {
  it('forgets a session when its time is up on the injected clock', async () => {
    const clock = new ManualClock('2026-10-03T09:00:00+08:00');
    const web = new MemoryWebStore(clock);
    await web.putSession('abc', session(), 60);
    clock.advance(59_000);
    expect(await web.getSession('abc')).toBeDefined();
    clock.advance(1_000);
    expect(await web.getSession('abc')).toBeUndefined();
  });
});
