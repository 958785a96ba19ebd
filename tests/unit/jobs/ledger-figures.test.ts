import { beforeAll, describe, expect, it } from 'vitest';
import { buildSemiMonthlySummary } from '../../../jobs/semi-monthly-summary.js';
import { superviseRanking } from '../../../jobs/supervise-ranking.js';
import { superviseWeekly } from '../../../jobs/supervise-weekly.js';
import { caseFigures } from '../../../src/ledger/case-figures.js';
import { previousQuarter, quarterToDate, rankByPetitions } from '../../../src/ledger/ranking.js';
import { ledgerReport } from '../../../src/strings.js';
import { ledgerScenario } from '../../support/ledger-scenario.js';

// Figures from the ledger against a hand count of tests/support/ledger-scenario.ts: 案件1 张庄村 dispute opened 12-01,
// confirmed resolved 12-02; 案件2 河西村 petition to the county opened 12-01, due 12-02, open.

type Chat = Awaited<ReturnType<typeof ledgerScenario>>;
let chat: Chat;
beforeAll(async () => {
  chat = await ledgerScenario();
});
const UNITS = () => chat.deps.roster.roster.units.map((u) => u.name);

describe('case figures', () => {
  it('per unit, per range and cumulative, as counted by hand', async () => {
    const cases = await chat.cases.list('青石镇');
    const day1 = caseFigures(cases, UNITS(), { from: '2026-12-01', to: '2026-12-01', cumFrom: '2026-01-01' });
    expect(day1.total).toMatchObject({ found: 2, resolved: 0, rate: 0, cumFound: 2, cumResolved: 0, open: 2, overdue: 0, beyondTownship: 1 });
    const day2 = caseFigures(cases, UNITS(), { from: '2026-12-02', to: '2026-12-02', cumFrom: '2026-01-01' });
    expect(day2.total).toMatchObject({ found: 0, resolved: 1, rate: null, cumFound: 2, cumResolved: 1, cumRate: 0.5, open: 1, overdue: 0 });
    const half = caseFigures(cases, UNITS(), { from: '2026-12-01', to: '2026-12-15', cumFrom: '2026-01-01' });
    expect(half.units.find((u) => u.unit === '张庄村')).toMatchObject({ found: 1, resolved: 1, rate: 1, open: 0 });
    expect(half.units.find((u) => u.unit === '河西村')).toMatchObject({ found: 1, resolved: 0, rate: 0, open: 1, overdue: 1, beyondTownship: 1 });
    expect(half.units.filter((u) => u.found === 0)).toHaveLength(10);
  });

  it('the semi-monthly summary carries the ledger line', async () => {
    const text = await buildSemiMonthlySummary(chat.deps, '2026-12-16');
    expect(text.split('\n').at(-1)).toBe(ledgerReport.summaryLine({ found: 2, resolved: 1, cumFound: 2, cumResolved: 1, open: 1, overdue: 1 }));
  });
});

describe('ranking and 通报', () => {
  it('ranks units by petitions beyond the township, fewest first, and names the last ones', async () => {
    const { rows, lastTwo } = rankByPetitions(await chat.cases.list('青石镇'), UNITS(), '2026-10-01', '2026-12-31');
    expect(rows.at(-1)).toEqual({ unit: '河西村', count: 1 });
    expect(rows.slice(0, 11).every((r) => r.count === 0)).toBe(true);
    expect(lastTwo).toEqual([{ unit: '河西村', count: 1 }]);
    expect(previousQuarter('2027-01-01')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(previousQuarter('2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterToDate('2026-12-02')).toEqual({ from: '2026-10-01', to: '2026-12-02' });
  });

  it('越级排名 for a leader; the quarterly job to the leaders’ group', async () => {
    const [reply] = await chat.say('leader-li', '越级排名');
    expect(reply?.text).toContain('排名后一位：河西村（1起），予以通报');
    expect((await chat.say('zhangzhuang-clerk', '越级排名'))[0]?.text).toBe(ledgerReport.rankingNotAllowed());
    const before = chat.sent.length;
    expect(await superviseRanking(chat.deps, new Date('2027-01-01T08:30:00+08:00'))).toEqual({ sent: 1 });
    expect(chat.sent.slice(before)[0]?.text).toContain('10月1日—12月31日越级上访（到县及以上）排名');
  });

  it('with none beyond the township the 通报 says so in one line, not a list of 0起', () => {
    const zero = UNITS().map((u) => ({ unit: u, count: 0 }));
    const text = ledgerReport.ranking({ township: '青石镇', from: '2026-10-01', to: '2026-12-31', rows: zero, lastTwo: [] });
    expect(text.split('\n')).toEqual(['📣【通报】青石镇10月1日—12月31日越级上访（到县及以上）排名', '各村（社区）均无越级上访。']);
  });

  it('the weekly 研判 of the ledger', async () => {
    const before = chat.sent.length;
    expect(await superviseWeekly(chat.deps, new Date('2026-12-07T09:00:00+08:00'))).toEqual({ sent: 1 });
    const text = chat.sent.slice(before)[0]?.text ?? '';
    expect(text).toContain('新增案件2件（张庄村1、河西村1），化解1件，未办结1件，逾期1件。');
    expect(text).toContain('案件2 河西村');
    expect(text).toContain('已逾期3个工作日');
  });
});
