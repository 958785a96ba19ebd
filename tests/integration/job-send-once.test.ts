import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { deadlineNotice } from '../../jobs/deadline-notice.js';
import type { OutboundMessage } from '../../src/core/message.js';
import { createOutbox } from '../../src/core/outbox.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { parseRoster } from '../../src/roster.js';
import type { DurableQueue } from '../../src/store/durable-queue.js';
import { createKeys } from '../../src/store/keys.js';
import { createRedisQueue } from '../../src/store/redis-queue.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { jobDeps } from '../support/job-deps.js';
import { testRosterData, UNITS_ON_BOTH_PLATFORMS } from '../support/test-roster.js';

// A job's send through the outbox: the per-day, per-group claim and the queuing are one step, so a process that
// dies at that step leaves nothing claimed, and the catch-up after the restart sends the message (once).

const clients: Redis[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

describe('sendOnce through the outbox', () => {
  it('a crash at the queuing step leaves the day unclaimed: the re-run sends it, a third run sends nothing', async () => {
    const redis = new Redis(inject('redisUrl'));
    clients.push(redis);
    const prefix = `job${randomUUID().slice(0, 8)}`;
    const roster = parseRoster(testRosterData({ groups: UNITS_ON_BOTH_PLATFORMS }));
    const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 30, logger: silentLogger });
    const queue = createRedisQueue({ redis, keys: createKeys(prefix), township: roster.township, queue: 'outbox', consumer: 'jobs-test' });
    let dieAtEnqueue = true;
    // The store is injected: this one stands for a process that dies when it reaches the queue, once.
    const dying: DurableQueue = {
      ...queue,
      enqueue: (...a) => {
        if (!dieAtEnqueue) return queue.enqueue(...a);
        dieAtEnqueue = false;
        return Promise.reject(new Error('process killed at this step'));
      },
    };
    const delivered: OutboundMessage[] = [];
    const outbox = createOutbox({ queue: dying, deliver: async (m) => void delivered.push(m), logger: silentLogger, metrics: createMetrics() });
    const slot = new Date('2026-10-09T16:00:00+08:00');
    const { deps } = jobDeps({ roster, now: slot, store });
    deps.notifier = outbox;

    await expect(deadlineNotice(deps, slot)).rejects.toThrow('process killed');
    expect(await queue.size()).toBe(0);
    expect(await deadlineNotice(deps, slot)).toEqual({ sent: 1 });
    expect(await deadlineNotice(deps, slot)).toEqual({ sent: 0 });
    outbox.start();
    await outbox.idle();
    await outbox.stop();
    expect(delivered.map((m) => [m.platform, m.chatId, m.kind])).toEqual([['wecom', 'leaders-chat', 'notice']]);
  });
});
