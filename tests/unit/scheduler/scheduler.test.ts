import { afterEach, describe, expect, it } from 'vitest';
import { createJobs, type Job } from '../../../jobs/index.js';
import { parseRoster } from '../../../src/roster.js';
import { catchUpSlots, createRunCoordinator, fireSlot, type Scheduler, slotKey, startScheduler } from '../../../src/scheduler/scheduler.js';
import { MemoryReportStore } from '../../../src/store/memory-store.js';
import type { ReportStore } from '../../../src/store/report-store.js';
import { captureLogger } from '../../support/capture-logger.js';
import { jobDeps } from '../../support/job-deps.js';
import { nearFutureCron, sleep, waitFor } from '../../support/near-future-cron.js';
import { zero } from '../../support/report-fixtures.js';
import { storeReports } from '../../support/store-reports.js';
import { testRosterData } from '../../support/test-roster.js';

const roster = parseRoster(testRosterData());
const jobs = createJobs(roster);
const running: Scheduler[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
});

async function outcomes(metrics: ReturnType<typeof jobDeps>['metrics']) {
  return (await metrics.jobRuns.get()).values.map((v) => `${v.labels.job}:${v.labels.outcome}=${v.value}`).sort();
}

/** A store whose claims fail, as when Redis is down. */
function failingClaims(inner: ReportStore): ReportStore {
  return Object.assign(Object.create(inner) as ReportStore, {
    claimOnce: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
    },
  });
}

describe('catchUpSlots', () => {
  it('the latest slot of each catch-up job that passed within the window today', () => {
    const got = catchUpSlots(jobs, new Date('2026-10-16T10:00:00+08:00'), 6);
    expect(got.map((s) => [s.job.name, s.at.toISOString()])).toEqual([
      ['morning-digest', '2026-10-16T00:00:00.000Z'],
      ['semi-monthly-summary', '2026-10-16T00:30:00.000Z'],
      ['supervise-due', '2026-10-16T01:00:00.000Z'],
      ['supervise-overdue', '2026-10-16T01:00:00.000Z'],
    ]);
  });
  it('nothing beyond the window, nothing from yesterday, nothing with 0 hours, never reminders', () => {
    expect(catchUpSlots(jobs, new Date('2026-10-16T15:00:00+08:00'), 6)).toEqual([]);
    expect(catchUpSlots(jobs, new Date('2026-10-16T02:00:00+08:00'), 24)).toEqual([]); // 10-15 08:00 is yesterday
    expect(catchUpSlots(jobs, new Date('2026-10-16T09:00:00+08:00'), 0)).toEqual([]);
    expect(catchUpSlots(jobs, new Date('2026-10-16T17:00:00+08:00'), 12).map((s) => s.job.name)).toEqual(['morning-digest', 'semi-monthly-summary', 'supervise-due', 'supervise-overdue']);
  });
});

describe('fireSlot (the coordinated path node-cron takes)', () => {
  it('runs a slot once per key; the second caller is not elected', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00');
    const { deps, sent, metrics } = jobDeps({ roster, now: slot });
    const job = jobs[0] as Job;
    const c = createRunCoordinator(deps);
    expect(await fireSlot(job, deps, slot, c)).toBe('ran');
    expect(await fireSlot(job, deps, slot, c)).toBe('not-elected');
    expect(sent).toHaveLength(1);
    expect(await outcomes(metrics)).toEqual(['remind-missing@15:00:not_elected=1', 'remind-missing@15:00:ok=1']);
    expect(slotKey(job, slot)).toBe('remind-missing@15:00:2026-10-09T07:00:00.000Z');
  });

  it('fails closed on a coordinator error, and says so in the log and the metrics', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00');
    const { logger, lines } = captureLogger();
    const { deps, sent, metrics, store } = jobDeps({ roster, now: slot, logger });
    const c = createRunCoordinator({ ...deps, store: failingClaims(store) });
    expect(await fireSlot(jobs[0] as Job, deps, slot, c)).toBe('coordinator-error');
    expect(sent).toEqual([]);
    expect(await outcomes(metrics)).toEqual(['remind-missing@15:00:coordinator_error=1']);
    expect(lines.some((l) => l.level === 50 && l.msg.includes('run coordinator'))).toBe(true);
  });

  it('a job that throws is logged and counted, never thrown', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00');
    const { deps, metrics } = jobDeps({ roster, now: slot });
    const broken: Job = { name: 'broken', cron: '0 15 * * *', run: async () => Promise.reject(new Error('boom')) };
    expect(await fireSlot(broken, deps, slot, createRunCoordinator(deps))).toBe('ran');
    expect(await outcomes(metrics)).toEqual(['broken:error=1']);
  });
});

describe('startScheduler', () => {
  it('start-up catch-up: a digest whose time passed within CATCHUP_HOURS today is sent once, also across restarts', async () => {
    const now = new Date('2026-10-03T10:30:00+08:00');
    const store = new MemoryReportStore();
    const a = jobDeps({ roster, now, store });
    await storeReports(store, '青石镇', [zero('张庄村', '2026-10-02')]);
    const s1 = startScheduler(jobs, a.deps, { catchUpHours: 6 });
    running.push(s1);
    await s1.catchUp;
    expect(a.sent.map((m) => [m.kind, m.chatId])).toEqual([['digest', 'leaders-chat']]);
    expect(a.sent[0]?.text).toContain('10月2日');
    // A restart (or a second instance starting) within the window does not send it again.
    const b = jobDeps({ roster, now: new Date('2026-10-03T11:00:00+08:00'), store });
    const s2 = startScheduler(jobs, b.deps, { catchUpHours: 6 });
    running.push(s2);
    await s2.catchUp;
    expect(b.sent).toEqual([]);
  });

  it('no catch-up outside the window, and with CATCHUP_HOURS from config', async () => {
    const { deps, sent } = jobDeps({ roster, now: new Date('2026-10-03T15:00:00+08:00'), env: { CATCHUP_HOURS: '2' } });
    const s = startScheduler(jobs, deps);
    running.push(s);
    await s.catchUp;
    expect(sent).toEqual([]);
  });

  it('node-cron fires a job at its slot in Asia/Shanghai, with the slot instant', async () => {
    const { cron, at } = nearFutureCron(2);
    const slots: Date[] = [];
    const job: Job = {
      name: 'probe',
      cron,
      run: async (_deps, slot) => {
        slots.push(slot);
        return { sent: 0 };
      },
    };
    const { deps, metrics } = jobDeps({ roster, now: new Date() });
    const s = startScheduler([job], deps, { catchUpHours: 0 });
    running.push(s);
    expect(await waitFor(() => slots.length > 0)).toBe(true);
    expect(slots.map((d) => d.toISOString())).toEqual([at.toISOString()]);
    expect(await outcomes(metrics)).toEqual(['probe:ok=1']);
  });

  it('node-cron path: a coordinator error skips the slot and is logged and counted', async () => {
    const { cron } = nearFutureCron(2);
    let ran = 0;
    const job: Job = {
      name: 'probe-down',
      cron,
      run: async () => {
        ran += 1;
        return { sent: 0 };
      },
    };
    const { logger, lines } = captureLogger();
    const { deps, metrics, store } = jobDeps({ roster, now: new Date(), logger });
    const s = startScheduler([job], deps, { catchUpHours: 0, coordinator: createRunCoordinator({ ...deps, store: failingClaims(store) }) });
    running.push(s);
    expect(await waitFor(() => lines.some((l) => l.msg?.includes('run coordinator (Redis) failed')))).toBe(true);
    await sleep(50);
    expect(ran).toBe(0);
    expect(await outcomes(metrics)).toEqual(['probe-down:coordinator_error=1']);
  });
});
