import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import type { DurableQueue } from '../../src/store/durable-queue.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { createKeys } from '../../src/store/keys.js';
import { createMemoryQueue } from '../../src/store/memory-queue.js';
import { createRedisQueue } from '../../src/store/redis-queue.js';

// ONE contract suite for the durable queue (inbox and outbox), run against the in-memory queue and Redis Streams.

const clients: Redis[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

const impls: [string, (consumer?: string, shared?: { prefix: string }) => DurableQueue][] = [
  ['memory', () => createMemoryQueue()],
  [
    'redis',
    (consumer = 'c1', shared = { prefix: `q${randomUUID().slice(0, 8)}` }) => {
      const redis = new Redis(inject('redisUrl'));
      clients.push(redis);
      return createRedisQueue({ redis, keys: createKeys(shared.prefix), township: '测试镇', queue: 'inbox', consumer });
    },
  ],
];

describe.each(impls)('DurableQueue (%s)', (name, make) => {
  it('claims and appends in one step: a second enqueue of the same id is a duplicate and appends nothing', async () => {
    const q = make();
    expect(await q.enqueue('wecom:1', 'one', 60)).toBe('accepted');
    expect(await q.enqueue('wecom:1', 'one again', 60)).toBe('duplicate');
    expect(await q.enqueue('wecom:2', 'two', 60)).toBe('accepted');
    expect(await q.size()).toBe(2);
    const got = await q.read(10, 10);
    expect(got.map((e) => e.payload)).toEqual(['one', 'two']);
    await q.close();
  });

  it('reads each entry once; an acknowledged entry leaves the queue, an unacknowledged one can be reclaimed', async () => {
    const q = make();
    await q.enqueue('a', 'A', 60);
    await q.enqueue('b', 'B', 60);
    const [a, b] = await q.read(10, 10);
    expect(await q.read(10, 10)).toEqual([]);
    await q.ack(a!.id);
    expect(await q.size()).toBe(1);
    expect(await q.reclaim(60_000, 10)).toEqual([]);
    expect((await q.reclaim(0, 10)).map((e) => e.payload)).toEqual(['B']);
    await q.ack(b!.id);
    expect(await q.size()).toBe(0);
    await q.close();
  });

  it('a blocked read returns as soon as something is appended, and [] after close', async () => {
    const q = make();
    const waiting = q.read(5, 5000);
    await new Promise((r) => setTimeout(r, 20));
    await q.enqueue('late', 'L', 60);
    expect((await waiting).map((e) => e.payload)).toEqual(['L']);
    const blocked = q.read(5, 5000);
    await new Promise((r) => setTimeout(r, 20));
    await q.close();
    expect(await blocked).toEqual([]);
  });

  it('counts failed attempts and parks the entry in the dead-letter list at the maximum', async () => {
    const q = make();
    await q.enqueue('x', 'X', 60);
    const [x] = await q.read(1, 10);
    expect(await q.fail(x!, 'TypeError: one', 3)).toEqual({ attempts: 1, dead: false });
    expect(await q.fail(x!, 'TypeError: two', 3)).toEqual({ attempts: 2, dead: false });
    expect(await q.fail(x!, 'TypeError: three', 3)).toEqual({ attempts: 3, dead: true });
    expect(await q.size()).toBe(0);
    const dead = await q.deadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ id: x!.id, payload: 'X', error: 'TypeError: three', attempts: 3 });
    // Parked, not forgotten: the claim stays, a redelivery is still a duplicate.
    expect(await q.enqueue('x', 'X', 60)).toBe('duplicate');
    await q.close();
  });

  if (name === 'redis') {
    it('keeps claims as fields of time-bucket hashes that expire whole, and still honours a claim key written before them', async () => {
      const prefix = `q${randomUUID().slice(0, 8)}`;
      const q = make('c1', { prefix });
      const redis = new Redis(inject('redisUrl'));
      clients.push(redis);
      const k = createKeys(prefix).queue('测试镇', 'inbox');
      expect(await q.enqueue('wecom:b1', 'B1', 3600)).toBe('accepted');
      expect(await q.enqueue('wecom:b2', 'B2', 3600)).toBe('accepted');
      const buckets = k.claims(Date.now(), 3600);
      const written = buckets.keys[buckets.write]!;
      expect(await redis.hlen(written)).toBe(2);
      const ttl = await redis.ttl(written);
      expect(ttl).toBeGreaterThan(3600);
      expect(ttl).toBeLessThanOrEqual(3600 + 900);
      expect(await redis.exists(k.legacySeen('wecom:b1'))).toBe(0);
      // A claim made by the code before the buckets (one SET NX EX key per id) is still a duplicate.
      await redis.set(k.legacySeen('wecom:old'), '1', 'EX', 60);
      expect(await q.enqueue('wecom:old', 'OLD', 3600)).toBe('duplicate');
      expect(await q.size()).toBe(2);
      await q.close();
    });

    it('a restarted consumer of the same name reads back what it took and never acknowledged; another takes it over when idle', async () => {
      const shared = { prefix: `q${randomUUID().slice(0, 8)}` };
      const first = make('host:3000', shared);
      await first.enqueue('m1', 'M1', 60);
      await first.enqueue('m2', 'M2', 60);
      expect(await first.read(1, 10)).toHaveLength(1);
      await first.close(); // "crash": m1 was taken, not acknowledged
      const again = make('host:3000', shared);
      expect((await again.read(10, 10)).map((e) => e.payload)).toEqual(['M1']);
      const [m2] = await again.read(10, 10);
      expect(m2?.payload).toBe('M2');
      await again.close(); // dies again holding both
      const other = make('other:3000', shared);
      expect(await other.read(10, 10)).toEqual([]);
      expect((await other.reclaim(0, 10)).map((e) => e.payload).sort()).toEqual(['M1', 'M2']);
      await other.close();
    });
  }
});

describe('the inbox on Redis', () => {
  it("parks a throwing handler's message in the dead-letter list, with an alert, and handles the others", async () => {
    const redis = new Redis(inject('redisUrl'));
    clients.push(redis);
    const queue = createRedisQueue({ redis, keys: createKeys(`q${randomUUID().slice(0, 8)}`), township: '测试镇', queue: 'inbox', consumer: 'c1' });
    const metrics = createMetrics();
    const handled: string[] = [];
    const alerts: string[] = [];
    const inbox = createInbox({
      store: new MemoryReportStore(),
      logger: silentLogger,
      metrics,
      dedupeTtlSeconds: 600,
      queue,
      retryDelayMs: 1,
      onDeadLetter: async (d) => void alerts.push(d.msg?.msgId ?? '?'),
      dispatch: async (m) => {
        // A message with a lone surrogate in its id made a handler throw (issue 14).
        if (m.msgId.includes('\ud800')) throw new RangeError('lone surrogate');
        handled.push(m.msgId);
      },
    });
    const msg = (msgId: string): InboundMessage => ({ platform: 'wecom', msgId, chatId: 'c', userId: 'u', text: '零报告', at: new Date('2026-11-23T02:00:00Z') });
    for (const id of ['ok-1', 'bad-\ud800', 'ok-2']) expect(await inbox.accept(msg(id))).toBe('accepted');
    await inbox.drain();
    expect(handled.sort()).toEqual(['ok-1', 'ok-2']);
    const dead = await inbox.deadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ attempts: 3, error: 'RangeError: lone surrogate' });
    expect(JSON.parse(dead[0]?.payload ?? '{}').msgId).toBe('bad-\ud800');
    expect(alerts).toEqual(['bad-\ud800']);
    expect((await metrics.deadLetters.get()).values[0]?.value).toBe(1);
    expect(await inbox.accept(msg('bad-\ud800'))).toBe('duplicate');
    await inbox.stop();
  });
});
