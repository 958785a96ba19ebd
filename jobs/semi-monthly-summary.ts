import type { Deps } from '../src/core/deps.js';
import { addDays, type IsoDate, shanghaiDate } from '../src/dates.js';
import { rosterPositions, SCAN_BATCH } from '../src/stats/membership.js';
import { halfMonthOf } from '../src/store/aggregates.js';
import { halfMonthsBetween } from '../src/store/rebuild-aggregates.js';
import { type SummaryRow, scheduled, ledgerReport } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';
import { caseFigures } from '../src/ledger/case-figures.js';

/** The half-month that ended the day before `date` (sent on the 1st and the 16th): 1st–15th or 16th–month end. */
export function previousHalfMonth(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = addDays(date, -1);
  const from = Number(to.slice(8, 10)) >= 16 ? `${to.slice(0, 8)}16` : `${to.slice(0, 8)}01`;
  return { from, to };
}

/**
 * The 汇总表 text for the half-month ending the day before `date`; cumulative figures run from 1 January. Read from
 * the per-unit records the write keeps (store/aggregates.ts), in batches: the half-month's records give the rows
 * and the ranking; the year's records less those of the half-months after it give the cumulative columns.
 */
export async function buildSemiMonthlySummary(deps: Deps, date: IsoDate): Promise<string> {
  const { roster, store } = deps;
  const township = roster.roster.township;
  const { from, to } = previousHalfMonth(date);
  const cumFrom = `${to.slice(0, 4)}-01-01`;
  const pos = rosterPositions(roster);
  const n = roster.roster.units.length;
  // By roster position: found, resolved and beyond the township in the half-month; found and resolved since 1 January.
  const half = { found: new Float64Array(n), resolved: new Float64Array(n), beyond: new Float64Array(n) };
  const cum = { found: new Float64Array(n), resolved: new Float64Array(n) };
  const extras = new Map<string, { found: number; resolved: number; beyond: number; cumFound: number; cumResolved: number }>();
  const total = { found: 0, resolved: 0, cumFound: 0, cumResolved: 0 };
  /** Cumulative figures of units outside the roster, kept only for those the half-month shows (as rows). */
  const extraCum = new Map<string, { found: number; resolved: number }>();
  const readHalf = () =>
    store.eachInPeriod(
      township,
      halfMonthOf(from).id,
      (unit, r) => {
        const p = pos.get(unit);
        total.found += r[3]!;
        total.resolved += r[4]!;
        if (p === undefined) extras.set(unit, { found: r[3]!, resolved: r[4]!, beyond: r[7]!, cumFound: 0, cumResolved: 0 });
        else {
          half.found[p] = r[3]!;
          half.resolved[p] = r[4]!;
          half.beyond[p] = r[7]!;
        }
      },
      SCAN_BATCH,
    );
  // Since 1 January up to `to`: the year's records, less what came after `to` (reports of the 16th or the 1st that are
  // already in when the summary runs, or every later half-month when it is built again later).
  const readCum = (id: string, sign: number) =>
    store.eachInPeriod(
      township,
      id,
      (unit, r) => {
        const f = sign * r[3]!;
        const v = sign * r[4]!;
        total.cumFound += f;
        total.cumResolved += v;
        const p = pos.get(unit);
        if (p !== undefined) {
          cum.found[p]! += f;
          cum.resolved[p]! += v;
        } else {
          const e = extraCum.get(unit) ?? { found: 0, resolved: 0 };
          e.found += f;
          e.resolved += v;
          extraCum.set(unit, e);
        }
      },
      SCAN_BATCH,
    );
  // All at once: Redis prepares one reply while this process reads another (sums do not depend on the order).
  const later = halfMonthsBetween(addDays(to, 1), `${cumFrom.slice(0, 4)}-12-31`);
  await Promise.all([readHalf(), readCum(cumFrom.slice(0, 4), 1), ...later.map((h) => readCum(h.id, -1))]);
  for (const [unit, e] of extras) {
    e.cumFound = extraCum.get(unit)?.found ?? 0;
    e.cumResolved = extraCum.get(unit)?.resolved ?? 0;
  }
  const rows: SummaryRow[] = roster.roster.units.map((u, i) => ({ unit: u.name, found: half.found[i]!, resolved: half.resolved[i]!, cumFound: cum.found[i]!, cumResolved: cum.resolved[i]! }));
  const extraNames = [...extras.keys()].sort();
  for (const u of extraNames) {
    const e = extras.get(u)!;
    rows.push({ unit: u, found: e.found, resolved: e.resolved, cumFound: e.cumFound, cumResolved: e.cumResolved });
  }
  // Ties in roster order, then the other units by name (as summarize orders units); only units with any count.
  const ranked: { unit: string; count: number; i: number }[] = [];
  for (let i = 0; i < n; i++) if (half.beyond[i]) ranked.push({ unit: roster.roster.units[i]!.name, count: half.beyond[i]!, i });
  extraNames.forEach((u, j) => {
    const count = extras.get(u)!.beyond;
    if (count) ranked.push({ unit: u, count, i: n + j });
  });
  const ranking = ranked.sort((a, b) => b.count - a.count || a.i - b.i).map(({ unit, count }) => ({ unit, count }));
  const text = scheduled.summary({ township, from, to, cumFrom, rows, total: { unit: '合计', ...total }, ranking });
  // 台账: the same half-month and cumulative figures counted from the cases (resolved = confirmed by the 包案领导).
  // Only the total: no unit names (a figures object per roster unit was 100,000 objects per run, for nothing).
  const ledger = caseFigures(await deps.cases.list(township), [], { from, to, cumFrom }).total;
  return ledger.cumFound > 0 || ledger.open > 0 ? `${text}\n${ledgerReport.summaryLine(ledger)}` : text;
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
