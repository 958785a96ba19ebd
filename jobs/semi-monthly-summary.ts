import type { Deps } from '../src/core/deps.js';
import { addDays, type IsoDate, shanghaiDate } from '../src/dates.js';
import { rankByBeyondTownship, summarize, type UnitFigures } from '../src/stats/summarize.js';
import { type SummaryRow, scheduled } from '../src/strings.js';
import { readDays } from './morning-digest.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/** The half-month that ended the day before `date` (sent on the 1st and the 16th): 1st–15th or 16th–month end. */
export function previousHalfMonth(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const to = addDays(date, -1);
  const from = Number(to.slice(8, 10)) >= 16 ? `${to.slice(0, 8)}16` : `${to.slice(0, 8)}01`;
  return { from, to };
}

/** The 汇总表 text for the half-month ending the day before `date`; cumulative figures run from 1 January. */
export async function buildSemiMonthlySummary(deps: Deps, date: IsoDate): Promise<string> {
  const { roster } = deps;
  const { from, to } = previousHalfMonth(date);
  const cumFrom = `${to.slice(0, 4)}-01-01`;
  const days = await readDays(deps, cumFrom, to);
  const half = summarize(
    days.filter((d) => d.date >= from),
    roster,
  );
  const cum = summarize(days, roster);
  const cumOf = new Map(cum.units.map((u) => [u.unit, u]));
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
