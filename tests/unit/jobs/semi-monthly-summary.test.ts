import { describe, expect, it } from 'vitest';
import { buildSemiMonthlySummary, previousHalfMonth, semiMonthlySummary } from '../../../jobs/semi-monthly-summary.js';
import { parseRoster } from '../../../src/roster.js';
import { scheduled } from '../../../src/strings.js';
import { jobDeps } from '../../support/job-deps.js';
import { assessment, incident } from '../../support/report-fixtures.js';
import { storeReports } from '../../support/store-reports.js';
import { testRosterData } from '../../support/test-roster.js';

const T = '青石镇';
const roster = parseRoster(testRosterData());

describe('previousHalfMonth', () => {
  it.each([
    ['2026-10-16', '2026-10-01', '2026-10-15'],
    ['2026-11-01', '2026-10-16', '2026-10-31'],
    ['2026-03-01', '2026-02-16', '2026-02-28'],
    ['2027-01-01', '2026-12-16', '2026-12-31'],
  ])('sent %s covers %s–%s', (date, from, to) => {
    expect(previousHalfMonth(date)).toEqual({ from, to });
  });
});

describe('semiMonthlySummary', () => {
  it('the 汇总表: per unit and total, the half-month and cumulated since 1 January, ranked by petitions beyond the township', async () => {
    const slot = new Date('2026-10-16T08:30:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, [assessment('张庄村', '2026-09-20', { disputesFound: 10, disputesResolved: 10 })]); // before: cumulative only
    await storeReports(store, T, [assessment('张庄村', '2026-10-02', { disputesFound: 4, disputesResolved: 3 })]);
    await storeReports(store, T, [assessment('李家湾村', '2026-10-09', { disputesFound: 1, disputesResolved: 0 })]);
    await storeReports(store, T, [
      incident('李家湾村', '2026-10-03', { escalation: 'beijing', people: 1 }),
      incident('李家湾村', '2026-10-05', { escalation: 'county', people: 5 }),
      incident('东坡社区', '2026-10-06', { escalation: 'city', people: 2 }),
      incident('张庄村', '2026-10-07', { escalation: 'township', people: 3 }), // stays in the township: not ranked
    ]);
    await storeReports(store, T, [assessment('张庄村', '2026-10-16', { disputesFound: 7, disputesResolved: 7 })]); // after: not in this table

    expect(await semiMonthlySummary(deps, slot)).toEqual({ sent: 1 });
    expect(sent[0]?.kind).toBe('summary');
    expect(sent[0]?.text).toBe(
      scheduled.summary({
        township: T,
        from: '2026-10-01',
        to: '2026-10-15',
        cumFrom: '2026-01-01',
        rows: [
          { unit: '张庄村', found: 4, resolved: 3, cumFound: 14, cumResolved: 13 },
          { unit: '李家湾村', found: 1, resolved: 0, cumFound: 1, cumResolved: 0 },
          { unit: '东坡社区', found: 0, resolved: 0, cumFound: 0, cumResolved: 0 },
        ],
        total: { unit: '合计', found: 5, resolved: 3, cumFound: 15, cumResolved: 13 },
        ranking: [
          { unit: '李家湾村', count: 2 },
          { unit: '东坡社区', count: 1 },
        ],
      }),
    );
    const text = sent[0]?.text ?? '';
    expect(text).toContain('张庄村｜4｜3｜75%｜14｜13｜93%');
    expect(text).toContain('合计｜5｜3｜60%｜15｜13｜87%');
    expect(text).toContain('东坡社区｜0｜0｜—｜0｜0｜—');
  });

  it('sends the summary once per group per day', async () => {
    const slot = new Date('2026-11-01T08:30:00+08:00');
    const { deps, sent } = jobDeps({ roster, now: slot });
    await semiMonthlySummary(deps, slot);
    await semiMonthlySummary(deps, slot);
    expect(sent).toHaveLength(1);
    expect(await buildSemiMonthlySummary(deps, '2026-11-01')).toContain('10月16日—10月31日');
  });
});
