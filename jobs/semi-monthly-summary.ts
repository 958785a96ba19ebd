import type { Deps } from '../src/core/deps.js';
import { addDays, dateRange, type IsoDate, shanghaiDate } from '../src/dates.js';
import { readDayCaching, readDayTotals, sumFigures } from '../src/stats/day-totals.js';
import { rankByBeyondTownship, summarize, type UnitFigures } from '../src/stats/summarize.js';
import { type SummaryRow, scheduled } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/** The half-month that ended the day before `date` (sent on the 1st and the 16th): 1st–15th or 16th–month end. */
export function previousHalfMonth(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = addDays(date, -1);
  const from = Number(to.slice(8, 10)) >= 16 ? `${to.slice(0, 8)}16` : `${to.slice(0, 8)}01`;
  return { from, to };
}

/**
 * The 汇总表 text for the half-month ending the day before `date`; cumulative figures run from 1 January. The
 * half-month is read in full (per-unit rows, ranking); earlier days only by their totals (day-totals cache).
 */
export async function buildSemiMonthlySummary(deps: Deps, date: IsoDate): Promise<string> {
  const { roster, calendar, store } = deps;
  const township = roster.roster.township;
  const { from, to } = previousHalfMonth(date);
  const cumFrom = `${to.slice(0, 4)}-01-01`;
  const [days, earlier] = await Promise.all([
    Promise.all(dateRange(from, to).map((d) => readDayCaching(store, township, roster, d, calendar.isReportDay(d)))),
    Promise.all(dateRange(cumFrom, addDays(from, -1)).map((d) => readDayTotals(store, township, roster, d, calendar.isReportDay(d)))),
  ]);
  const half = summarize(days, roster);
  const cum = { total: sumFigures([...earlier.map((t) => t.total), half.total]) };
  const cumOf = new Map(half.units.map((u) => [u.unit, { disputesFound: u.disputesFound, disputesResolved: u.disputesResolved }]));
  for (const t of earlier)
    for (const [unit, found, resolved] of t.disputes) {
      const c = cumOf.get(unit);
      if (c) {
        c.disputesFound += found;
        c.disputesResolved += resolved;
      }
    }
  const row = (u: UnitFigures, c: { disputesFound: number; disputesResolved: number } | undefined): SummaryRow => ({
    unit: u.unit,
    found: u.disputesFound,
    resolved: u.disputesResolved,
    cumFound: c?.disputesFound ?? 0,
    cumResolved: c?.disputesResolved ?? 0,
  });
  return scheduled.summary({
    township: roster.roster.township,
    from,
    to,
    cumFrom,
    rows: half.units.map((u) => row(u, cumOf.get(u.unit))),
    total: row({ unit: '合计', ...half.total }, cum.total),
    ranking: rankByBeyondTownship(half.units).map((u) => ({ unit: u.unit, count: u.incidentsBeyondTownship })),
  });
}

/** On the 1st and the 16th at summaryAt, in every leaders group. */
export async function semiMonthlySummary(deps: Deps, slot: Date, job = 'semi-monthly-summary'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  const text = await buildSemiMonthlySummary(deps, date);
  let sent = 0;
  for (const g of deps.roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'summary', text, mentions: [] })) sent += 1;
  return { sent };
}
