import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildMorningDigest } from '../../../jobs/morning-digest.js';
import { buildSemiMonthlySummary } from '../../../jobs/semi-monthly-summary.js';
import { silentLogger } from '../../../src/logger.js';
import { parseRoster } from '../../../src/roster.js';
import { MemoryReportStore } from '../../../src/store/memory-store.js';
import { RedisReportStore } from '../../../src/store/redis-store.js';
import type { ReportStore } from '../../../src/store/report-store.js';
import { jobDeps } from '../../support/job-deps.js';
import { statsText } from '../../../handlers/stats.js';
import { referenceDigest, referenceStats, referenceSummary } from '../../support/reference-jobs.js';
import { assessment, confirmation, incident, keyPersons, zero } from '../../support/report-fixtures.js';
import { storeConfirmations, storeReports } from '../../support/store-reports.js';
import { testRosterData } from '../../support/test-roster.js';

// The digest and the 汇总表 read the aggregates kept by the write, never every record: they must equal, word for
// word, what summarize computes from every record of every day, also after late writes to a past day (补报,
// correction, 撤回, 确认), with units outside the roster, after a roster change, and on both stores.

const T = '青石镇';
const roster = parseRoster(testRosterData());
const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'];
const LAST = DAYS.at(-1)!;

/** The same store, counting full day reads: the jobs must not read whole days. */
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
  await storeReports(store, T, [
    assessment('张庄村', LAST, { disputesFound: 3, disputesResolved: 2 }),
    zero('东坡社区', LAST),
    // A unit outside the roster (renamed, or before the roster caught up): counted, listed, never "missing".
    incident('外村', LAST, { escalation: 'city', people: 2 }, { late: true }),
    keyPersons('外村', LAST, [{ name: '赵某', whereabouts: 'away' }], { late: true }),
    incident('张庄村', LAST, { escalation: 'township', people: 4, summary: '邻里纠纷' }),
  ]);
}

function jobsSuite(name: string, makeStore: () => ReportStore) {
  describe(`jobs from aggregates (${name})`, () => {
    it('the digest equals the recomputation from every record, also after 补报 / correction / 撤回 / 确认 on a past day', async () => {
      const inner = makeStore();
      const { store, fullReads } = counting(inner);
      const { deps } = jobDeps({ roster, now: '2026-10-06T08:00:00+08:00', store });
      const ref = { ...deps, store: inner };
      await seed(inner);

      const check = async (what: string, date = LAST) => {
        fullReads.length = 0;
        const got = await buildMorningDigest(deps, date);
        expect(fullReads, `${what}: no whole day read`).toEqual([]);
        expect(got, what).toBe(await referenceDigest(ref, date));
        return got ?? '';
      };
      const first = await check('seeded');
      expect(first).toContain('应报未报5次；排查10起，化解7起');
      expect(first).toContain('外村');
      for (const d of DAYS) await check(`day ${d}`, d);
      expect(await check('a quiet Sunday', '2026-10-11')).toBe('');

      await storeReports(inner, T, [assessment('东坡社区', DAYS[0]!, { disputesFound: 5, disputesResolved: 5 }, { late: true, senderId: 'dp-clerk' })]);
      expect(await check('after 补报')).toContain('应报未报4次；排查15起，化解12起');
      await inner.applyMessage({
        township: T,
        raw: { msgId: 'fix-1', platform: 'wecom', chatId: 'units-chat', senderId: 'zz-clerk', at: '2026-10-05T02:00:00.000Z', text: '更正' },
        put: [incident('张庄村', DAYS[2]!, { escalation: 'township', people: 3 }, { senderId: 'zz-clerk' })],
        remove: [{ unit: '张庄村', date: DAYS[2]!, kinds: ['daily_assessment'] }],
      });
      expect(await check('after correction')).toContain('排查14起，化解11起');
      expect(await inner.undoLast(T, 'dp-clerk', { msgId: 'undo-1', at: '2026-10-05T03:00:00.000Z' })).toHaveLength(1);
      expect(await check('after 撤回')).toContain('应报未报5次；排查9起，化解6起');
      await storeConfirmations(inner, T, LAST, '东坡社区', [confirmation('dp-head', 'head'), confirmation('dp-team', 'team_leader')]);
      expect(await check('after 确认')).toContain('双签1个');

      // A roster change (a new unit, missing on every report day) needs no rebuild: who is expected is read time.
      const bigger = parseRoster(testRosterData({ units: [...testRosterData().units, { name: '新村', members: [{ id: 'xc-head', name: '新村书记', role: 'head' }] }] }));
      const { deps: deps2 } = jobDeps({ roster: bigger, now: '2026-10-06T08:00:00+08:00', store });
      const grown = await buildMorningDigest(deps2, LAST);
      expect(grown).toBe(await referenceDigest({ ...deps2, store: inner }, LAST));
      expect(grown).toContain('应报未报10次');
    });

    it('统计 (a day, 本周, 本月, 本期) equals the recomputation from every record, also after late writes, without reading a day', async () => {
      const inner = makeStore();
      const { store, fullReads } = counting(inner);
      const crossing = parseRoster(testRosterData({ periods: [{ name: '国庆', from: '2026-10-01', to: '2026-10-20' }] }));
      const { deps } = jobDeps({ roster: crossing, now: '2026-10-06T08:00:00+08:00', store });
      const ref = { ...deps, store: inner };
      await seed(inner);
      await inner.excuse(T, { unit: '东坡社区', date: DAYS[3]!, reason: '停电', by: 'leader-li', at: '2026-10-04T01:00:00.000Z' });
      await storeReports(inner, T, [assessment('李家湾村', '2026-10-17', { disputesFound: 6, disputesResolved: 2 }), incident('张庄村', '2026-10-18', { escalation: 'city' })]);
      const asks: [string, { date: string; span?: 'week' | 'month' | 'period' }][] = [
        ...DAYS.map((d): [string, { date: string }] => [LAST, { date: d }]),
        ['2026-10-19', { date: '2026-10-19' }],
        ['2026-10-19', { date: '2026-10-19', span: 'week' }],
        ['2026-10-19', { date: '2026-10-19', span: 'month' }],
        ['2026-10-19', { date: '2026-10-19', span: 'period' }],
        ['2026-10-03', { date: '2026-10-09' }],
      ];
      const check = async (what: string) => {
        for (const [today, args] of asks) {
          fullReads.length = 0;
          const got = await statsText(deps, today, args);
          expect(fullReads, `${what} ${today} ${JSON.stringify(args)}: no whole day read`).toEqual([]);
          expect(got, `${what} ${today} ${JSON.stringify(args)}`).toBe(await referenceStats(ref, today, args));
        }
      };
      await check('seeded');
      await storeReports(inner, T, [assessment('东坡社区', DAYS[0]!, { disputesFound: 5, disputesResolved: 5 }, { late: true, senderId: 'dp-clerk' })]);
      await check('after 补报');
      await inner.undoLast(T, 'dp-clerk', { msgId: 'undo-1', at: '2026-10-05T03:00:00.000Z' });
      await check('after 撤回');
      expect(await statsText(deps, LAST, { date: DAYS[3]! })).toContain('已报2/');
    });

    it('应报未报 counts from the township\'s first report: a township starting in the middle of a period missed nothing before', async () => {
      const inner = makeStore();
      const period = parseRoster(testRosterData({ periods: [{ name: '两会', from: '2026-10-12', to: '2026-10-20' }] }));
      const { deps } = jobDeps({ roster: period, now: '2026-10-17T08:00:00+08:00', store: inner });
      const units = period.units.length;
      // Nothing through the 14th (the bot not yet in use), then one unit each day.
      await storeReports(inner, T, [zero('张庄村', '2026-10-15'), zero('张庄村', '2026-10-16')]);
      const got = (await buildMorningDigest(deps, '2026-10-16')) ?? '';
      expect(got).toBe(await referenceDigest(deps, '2026-10-16'));
      expect(got).toContain(`【两会累计（10月12日起）】应报未报${2 * (units - 1)}次`);
      // 统计 本期 counts what was due the same way.
      const asked = await statsText(deps, '2026-10-16', { date: '2026-10-16', span: 'period' });
      expect(asked).toBe(await referenceStats(deps, '2026-10-16', { date: '2026-10-16', span: 'period' }));
      expect(asked).toContain(`应报${2 * units}次，已报2次`);
    });

    it('a period across two half-months: counts cached per day stay right through late writes and a roster change', async () => {
      const inner = makeStore();
      const crossing = parseRoster(testRosterData({ periods: [{ name: '两会', from: '2026-10-12', to: '2026-10-20' }] }));
      const { deps } = jobDeps({ roster: crossing, now: '2026-10-19T08:00:00+08:00', store: inner });
      await storeReports(inner, T, [zero('张庄村', '2026-10-12'), zero('李家湾村', '2026-10-12'), zero('外村', '2026-10-13')]);
      await storeReports(inner, T, [zero('张庄村', '2026-10-15'), assessment('东坡社区', '2026-10-16', { disputesFound: 2 }), zero('张庄村', '2026-10-18')]);
      const check = async (what: string, d = deps) => {
        const got = await buildMorningDigest(d, '2026-10-18');
        expect(got, what).toBe(await referenceDigest(d, '2026-10-18'));
        return got ?? '';
      };
      expect(await check('cold')).toContain('【两会累计（10月12日起）】应报未报16次');
      expect(await check('warm')).toContain('应报未报16次');
      // 补报 and 撤回 in the earlier half-month after its counts were cached.
      await storeReports(inner, T, [zero('东坡社区', '2026-10-12', { senderId: 'dp-clerk' })]);
      expect(await check('after 补报')).toContain('应报未报15次');
      await inner.undoLast(T, 'dp-clerk', { msgId: 'u1', at: '2026-10-18T02:00:00.000Z' });
      expect(await check('after 撤回')).toContain('应报未报16次');
      // 外村 joins the roster: its report of the 13th now counts, with no stale cached count.
      const grown = parseRoster(testRosterData({ periods: [{ name: '两会', from: '2026-10-12', to: '2026-10-20' }], units: [...testRosterData().units, { name: '外村', members: [{ id: 'wc-head', name: '外村书记', role: 'head' }] }] }));
      expect(await check('roster change', jobDeps({ roster: grown, now: '2026-10-19T08:00:00+08:00', store: inner }).deps)).toContain('应报未报22次');
    });

    it('the 汇总表 equals the recomputation from every record, with reports after its half-month already in', async () => {
      const inner = makeStore();
      const { store, fullReads } = counting(inner);
      const { deps } = jobDeps({ roster, now: '2026-11-01T08:30:00+08:00', store });
      const ref = { ...deps, store: inner };
      await seed(inner);
      await storeReports(inner, T, [assessment('李家湾村', '2026-10-20', { disputesFound: 6, disputesResolved: 2 }), incident('张庄村', '2026-10-21', { escalation: 'city' })]);
      await storeReports(inner, T, [assessment('外村', '2026-10-22', { disputesFound: 1, disputesResolved: 1 }), incident('外村', '2026-10-22', { escalation: 'city' })]);
      await storeReports(inner, T, [assessment('张庄村', '2026-11-01', { disputesFound: 7, disputesResolved: 7 })]); // after: not in this table
      for (const date of ['2026-10-16', '2026-11-01', '2026-11-16']) {
        const got = await buildSemiMonthlySummary(deps, date);
        expect(got, date).toBe(await referenceSummary(ref, date));
        expect(got, date).toContain('（累计自2026年1月1日起）');
      }
      expect(fullReads).toEqual([]);
      const want = await buildSemiMonthlySummary(deps, '2026-11-01');
      expect(want).toContain('张庄村｜0｜0｜—｜10｜7｜70%');
      expect(want).toContain('外村｜1｜1｜100%｜1｜1｜100%');
      expect(want).toContain('越级上访（到县及以上）排名：1. 张庄村 1起；2. 外村 1起');
      // 补报 in early October: the cumulative columns change.
      await storeReports(inner, T, [assessment('张庄村', DAYS[3]!, { disputesFound: 2, disputesResolved: 2 }, { senderId: 'zz-clerk' })]);
      const corrected = await buildSemiMonthlySummary(deps, '2026-11-01');
      expect(corrected).toBe(await referenceSummary(ref, '2026-11-01'));
      expect(corrected).toContain('张庄村｜0｜0｜—｜12｜9｜75%');
    });
  });
}

jobsSuite('memory', () => new MemoryReportStore());

const clients: Redis[] = [];
jobsSuite('redis', () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  clients.push(redis);
  return new RedisReportStore(redis, { prefix: `t-${randomUUID()}`, rawRetentionDays: 7, logger: silentLogger });
});
afterAll(async () => {
  for (const c of clients) await c.quit();
});
