import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createJobs, type Job } from '../../jobs/index.js';
import type { OutboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { parseRoster } from '../../src/roster.js';
import { createRunCoordinator, dueSlots, fireSlot, type Scheduler, startScheduler } from '../../src/scheduler/scheduler.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { jobDeps } from '../support/job-deps.js';
import { nearFutureCron, sleep, waitFor } from '../support/near-future-cron.js';
import { assessment, zero } from '../support/report-fixtures.js';
import { storeReports } from '../support/store-reports.js';
import { testRosterData, UNITS_ON_BOTH_PLATFORMS } from '../support/test-roster.js';

// Two server instances = two deps sets, each with its own Redis connection and store, same prefix, one redis-server.
const roster = parseRoster(
  testRosterData({
    groups: [...UNITS_ON_BOTH_PLATFORMS, { platform: 'dingtalk', chatId: 'cidLeaders==', kind: 'leaders' }],
  }),
);
const jobs = createJobs(roster);
const clients: Redis[] = [];

function instance(prefix: string, now: Date) {
  const redis = new Redis(inject('redisUrl'), { lazyConnect: false });
  clients.push(redis);
  const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger: silentLogger });
  return jobDeps({ roster, now, store });
}

beforeAll(() => {
  expect(inject('redisUrl')).toMatch(/^redis:\/\/127\.0\.0\.1:/);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

const key = (m: OutboundMessage) => `${m.kind} ${m.platform}/${m.chatId}`;

describe('two scheduler instances on one Redis', () => {
  it('every reminder, notice, digest and summary of two whole days is sent exactly once', async () => {
    const prefix = `t-${randomUUID()}`;
    const from = new Date('2026-10-15T00:00:00+08:00');
    const a = instance(prefix, from);
    const b = instance(prefix, from);
    await storeReports(a.store, '青石镇', [zero('张庄村', '2026-10-15'), assessment('李家湾村', '2026-10-15', { disputesFound: 2, disputesResolved: 1 })]);

    const slots = dueSlots(jobs, from, new Date('2026-10-16T23:59:59+08:00'));
    expect(slots.map((s) => s.job.name)).toEqual([
      'morning-digest',
      'supervise-due',
      'supervise-overdue',
      'remind-missing@15:00',
      'remind-missing@15:45',
      'deadline-notice',
      'morning-digest',
      'semi-monthly-summary',
      'supervise-due',
      'supervise-overdue',
      'remind-missing@15:00',
      'remind-missing@15:45',
      'deadline-notice',
    ]);
    // Both instances fire every slot at the same moment, through the coordinator node-cron uses.
    for (const { job, at } of slots) {
      a.clock.set(at);
      b.clock.set(at);
      const outcomes = await Promise.all([fireSlot(job, a.deps, at, createRunCoordinator(a.deps)), fireSlot(job, b.deps, at, createRunCoordinator(b.deps))]);
      expect(outcomes.sort()).toEqual(['not-elected', 'ran']);
    }
    const all = [...a.sent, ...b.sent];
    const count = (k: string) => all.filter((m) => key(m) === k).length;
    // 2 days × 2 reminders in each units group; per leaders group 1 notice and 1 digest a day, 1 summary (16th); no
    // case, so 督办 sends nothing.
    expect(count('reminder wecom/units-chat')).toBe(4);
    expect(count('reminder dingtalk/cidUnits==')).toBe(4);
    expect(count('notice wecom/leaders-chat')).toBe(2);
    expect(count('notice dingtalk/cidLeaders==')).toBe(2);
    expect(count('digest wecom/leaders-chat')).toBe(2);
    expect(count('digest dingtalk/cidLeaders==')).toBe(2);
    expect(count('summary wecom/leaders-chat')).toBe(1);
    expect(count('summary dingtalk/cidLeaders==')).toBe(1);
    expect(all).toHaveLength(18);
    // The first reminder of 10-15 mentions only 东坡社区, the one unit without a report.
    const first = all.find((m) => m.kind === 'reminder' && m.at.toISOString() === '2026-10-15T07:00:00.000Z');
    expect(first?.mentions).toEqual(['dp-head', 'dp-team', 'dp-clerk']);
  });

  it('both instances starting after downtime catch the digest up once between them', async () => {
    const prefix = `t-${randomUUID()}`;
    const now = new Date('2026-10-16T09:10:00+08:00');
    const a = instance(prefix, now);
    const b = instance(prefix, now);
    await storeReports(a.store, '青石镇', [zero('张庄村', '2026-10-15')]);
    const started: Scheduler[] = [startScheduler(jobs, a.deps, { catchUpHours: 6 }), startScheduler(jobs, b.deps, { catchUpHours: 6 })];
    await Promise.all(started.map((s) => s.catchUp));
    await Promise.all(started.map((s) => s.stop()));
    const all = [...a.sent, ...b.sent].map(key).sort();
    expect(all).toEqual(['digest dingtalk/cidLeaders==', 'digest wecom/leaders-chat', 'summary dingtalk/cidLeaders==', 'summary wecom/leaders-chat']);
  });

  it('real node-cron on both instances: a seconds-precision slot runs on exactly one of them', async () => {
    const prefix = `t-${randomUUID()}`;
    const a = instance(prefix, new Date());
    const b = instance(prefix, new Date());
    const { cron, at } = nearFutureCron(2);
    const runs: string[] = [];
    // The same job table on both; the run says which instance it ran on.
    const table: Job[] = [
      {
        name: `probe-${prefix}`,
        cron,
        run: async (deps, slot) => {
          runs.push(`${deps === a.deps ? 'A' : 'B'} ${slot.toISOString()}`);
          return { sent: 0 };
        },
      },
    ];
    const started = [startScheduler(table, a.deps, { catchUpHours: 0 }), startScheduler(table, b.deps, { catchUpHours: 0 })];
    try {
      expect(await waitFor(() => runs.length > 0)).toBe(true);
      await sleep(1000); // time for the other instance to have fired too, had it been elected
    } finally {
      await Promise.all(started.map((s) => s.stop()));
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(new RegExp(`^[AB] ${at.toISOString()}$`));
    const outcomes = [...(await a.metrics.jobRuns.get()).values, ...(await b.metrics.jobRuns.get()).values].map((v) => `${v.labels.outcome}=${v.value}`).sort();
    expect(outcomes).toEqual(['not_elected=1', 'ok=1']);
  });
});
