import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildMorningDigest, readDays } from '../../../jobs/morning-digest.js';
import { buildSemiMonthlySummary } from '../../../jobs/semi-monthly-summary.js';
import type { Deps } from '../../../src/core/deps.js';
import { silentLogger } from '../../../src/logger.js';
import { parseRoster } from '../../../src/roster.js';
import { summarize } from '../../../src/stats/summarize.js';
import { MemoryReportStore } from '../../../src/store/memory-store.js';
import { RedisReportStore } from '../../../src/store/redis-store.js';
import type { ReportStore } from '../../../src/store/report-store.js';
import { rateLabel } from '../../../src/strings.js';
import { jobDeps } from '../../support/job-deps.js';
import { assessment, confirmation, incident, keyPersons, zero } from '../../support/report-fixtures.js';
import { storeConfirmations, storeReports } from '../../support/store-reports.js';
import { testRosterData } from '../../support/test-roster.js';

const BY = { msgId: 'undo-msg', at: '2026-11-23T09:00:00.000Z' };

// The day-totals cache must never change a figure: digests and 汇总表 built with a cold cache, a warm cache and
// after late writes to a past day (补报, correction, 撤回, 确认) equal those built from every report read in full,
// on both stores.

const T = '青石镇';
const roster = parseRoster(testRosterData());
const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'];
const LAST = DAYS.at(-1)!;

/** The same store, with the cache switched off: every past day read in full (the reference). */
function uncached(inner: ReportStore): ReportStore {
  return Object.assign(Object.create(inner) as ReportStore, {
    getDayTotals: async () => undefined,
    putDayTotals: async () => undefined,
  });
}

/** The same store, counting full day reads (to see that a warm cache is really used). */
function counting(inner: ReportStore): { store: ReportStore; fullReads: string[] } {
  const fullReads: string[] = [];
  const store = Object.assign(Object.create(inner) as ReportStore, {
    getDayVersioned: (t: string, d: string) => {
      fullReads.push(d);
      return inner.getDayVersioned(t, d);
    },
    getDay: (t: string, d: string) => {
      fullReads.push(d);
      return inner.getDay(t, d);
    },
  });
  return { store, fullReads };
}

async function seed(store: ReportStore) {
  await storeReports(store, T, [assessment('张庄村', DAYS[0]!, { disputesFound: 4, disputesResolved: 3, petitions: 1 }), zero('李家湾村', DAYS[0]!)]);
  await storeReports(store, T, [
    assessment('张庄村', DAYS[1]!, { disputesFound: 2, disputesResolved: 1 }),
    incident('李家湾村', DAYS[1]!, { escalation: 'county', people: 12, collective: true }),
    keyPersons('李家湾村', DAYS[1]!, [{ name: '王某', state: 'abnormal', whereabouts: 'away' }]),
  ]);
  await storeConfirmations(store, T, DAYS[1]!, '张庄村', [confirmation('zz-head', 'head'), confirmation('zz-team', 'team_leader')]);
  await storeReports(store, T, [zero('东坡社区', DAYS[2]!, { late: true }), assessment('张庄村', DAYS[2]!, { disputesFound: 1, disputesResolved: 1 })]);
  await storeReports(store, T, [zero('张庄村', DAYS[3]!), zero('李家湾村', DAYS[3]!)]);
  await storeReports(store, T, [assessment('张庄村', LAST, { disputesFound: 3, disputesResolved: 2 }), zero('东坡社区', LAST)]);
}

/** The cumulative line from summarize over every day read in full: independent of the cache code. */
async function referenceCumulative(deps: Deps, inner: ReportStore): Promise<string> {
  const all = summarize(await readDays({ ...deps, store: uncached(inner) }, DAYS[0]!, LAST), deps.roster).total;
  return `应报未报${all.missing}次；排查${all.disputesFound}起，化解${all.disputesResolved}起，化解率${rateLabel(all.disputesResolved, all.disputesFound)}；即时报告${all.incidents}起`;
}

function cacheSuite(name: string, makeStore: () => ReportStore) {
  describe(`day-totals cache (${name})`, () => {
    it('digests are identical with the cache cold, warm, and after 补报 / correction / 撤回 / 确认 on a past day', async () => {
      const inner = makeStore();
      const { store, fullReads } = counting(inner);
      const { deps } = jobDeps({ roster, now: '2026-10-06T08:00:00+08:00', store });
      const ref = { ...deps, store: uncached(inner) };
      await seed(inner);

      const check = async (what: string) => {
        const want = await buildMorningDigest(ref, LAST);
        fullReads.length = 0;
        const got = await buildMorningDigest(deps, LAST);
        expect(got, what).toBe(want);
        expect(got, what).toContain(await referenceCumulative(deps, inner));
        return got;
      };

      const cold = await check('cold');
      expect(new Set(fullReads)).toEqual(new Set(DAYS)); // a cold cache reads every day
      expect(await inner.getDayTotals(T, DAYS[0]!)).toBeDefined();
      const warm = await check('warm');
      expect(fullReads).toEqual([LAST]); // warm: only the digest's own day
      expect(warm).toBe(cold);
      expect(cold).toContain('应报未报5次；排查10起，化解7起');

      // 补报: a late report of a unit that was missing on day 1.
      await storeReports(inner, T, [assessment('东坡社区', DAYS[0]!, { disputesFound: 5, disputesResolved: 5 }, { late: true, senderId: 'dp-clerk' })]);
      expect(await inner.getDayTotals(T, DAYS[0]!)).toBeUndefined();
      const afterLate = await check('after 补报');
      expect(afterLate).toContain('应报未报4次；排查15起，化解12起');
      expect(fullReads.sort()).toEqual([DAYS[0], LAST]);

      // Correction: day 3's assessment becomes an incident.
      await inner.applyMessage({
        township: T,
        raw: { msgId: 'fix-1', platform: 'wecom', chatId: 'units-chat', senderId: 'zz-clerk', at: '2026-10-05T02:00:00.000Z', text: '更正' },
        put: [incident('张庄村', DAYS[2]!, { escalation: 'township', people: 3 }, { senderId: 'zz-clerk' })],
        remove: [{ unit: '张庄村', date: DAYS[2]!, kinds: ['daily_assessment'] }],
      });
      const afterFix = await check('after correction');
      expect(afterFix).toContain('排查14起，化解11起');
      expect(afterFix).toContain('即时报告2起');

      // 撤回 of the 补报: day 1 is back to its first figures.
      expect(await inner.undoLast(T, 'dp-clerk', BY)).toHaveLength(1);
      expect(await check('after 撤回')).toContain('应报未报5次；排查9起，化解6起');

      // 确认 on a past day changes its totals (confirmed), and the cache follows.
      const before = await inner.getDayTotals(T, DAYS[3]!);
      expect(before).toBeDefined();
      await storeConfirmations(inner, T, DAYS[3]!, '李家湾村', [confirmation('ljw-head', 'head'), confirmation('ljw-team', 'team_leader')]);
      expect(await inner.getDayTotals(T, DAYS[3]!)).toBeUndefined();
      await check('after 确认');
      const after = (await inner.getDayTotals(T, DAYS[3]!)) as { total: { confirmed: number } };
      expect(after.total.confirmed).toBe((before as { total: { confirmed: number } }).total.confirmed + 1);

      // A roster change (a new unit, missing on every report day) is not served from the old cache.
      const bigger = parseRoster(
        testRosterData({
          units: [...testRosterData().units, { name: '新村', members: [{ id: 'xc-head', name: '新村书记', role: 'head' }] }],
        }),
      );
      const { deps: deps2 } = jobDeps({ roster: bigger, now: '2026-10-06T08:00:00+08:00', store });
      const { deps: ref2 } = jobDeps({ roster: bigger, now: '2026-10-06T08:00:00+08:00', store: uncached(inner) });
      const grown = await buildMorningDigest(deps2, LAST);
      expect(grown).toBe(await buildMorningDigest(ref2, LAST));
      expect(grown).toContain(await referenceCumulative(deps2, inner));
      expect(grown).toContain('应报未报10次');
    });

    it('the 汇总表 is identical with the cache cold, warm and after a correction of an earlier half-month', async () => {
      const inner = makeStore();
      const { store, fullReads } = counting(inner);
      const { deps } = jobDeps({ roster, now: '2026-11-01T08:30:00+08:00', store });
      const ref = { ...deps, store: uncached(inner) };
      await seed(inner);
      await storeReports(inner, T, [assessment('李家湾村', '2026-10-20', { disputesFound: 6, disputesResolved: 2 }), incident('张庄村', '2026-10-21', { escalation: 'city' })]);
      const want = await buildSemiMonthlySummary(ref, '2026-11-01');
      expect(await buildSemiMonthlySummary(deps, '2026-11-01')).toBe(want);
      fullReads.length = 0;
      expect(await buildSemiMonthlySummary(deps, '2026-11-01')).toBe(want);
      // Earlier days (1 January on, most of them empty) came from the cache.
      expect(fullReads.length).toBe(16);
      expect(fullReads.every((d) => d >= '2026-10-16')).toBe(true);
      expect(want).toContain('张庄村｜0｜0｜—｜10｜7｜70%');
      // 补报 in early October: the cumulative columns change, with and without the cache alike.
      await storeReports(inner, T, [assessment('张庄村', DAYS[3]!, { disputesFound: 2, disputesResolved: 2 }, { senderId: 'zz-clerk' })]);
      const corrected = await buildSemiMonthlySummary(deps, '2026-11-01');
      expect(corrected).toBe(await buildSemiMonthlySummary(ref, '2026-11-01'));
      expect(corrected).toContain('张庄村｜0｜0｜—｜12｜9｜75%');
    });
  });
}

cacheSuite('memory', () => new MemoryReportStore());

const clients: Redis[] = [];
cacheSuite('redis', () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  clients.push(redis);
  return new RedisReportStore(redis, { prefix: `t-${randomUUID()}`, rawRetentionDays: 7, logger: silentLogger });
});
afterAll(async () => {
  for (const c of clients) await c.quit();
});
