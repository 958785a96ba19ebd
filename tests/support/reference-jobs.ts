// The digest and the 汇总表 recomputed from every record of every day (summarize over full day reads): the
// reference the jobs, which read the aggregates kept by the write, must equal word for word.
import { readDays } from '../../jobs/morning-digest.js';
import { previousHalfMonth } from '../../jobs/semi-monthly-summary.js';
import type { Deps } from '../../src/core/deps.js';
import { addDays, type IsoDate } from '../../src/dates.js';
import { hasReported } from '../../src/stats/missing-units.js';
import { periodStart } from '../../src/stats/period-start.js';
import { rankByBeyondTownship, summarize, type UnitFigures } from '../../src/stats/summarize.js';
import { type SummaryRow, scheduled } from '../../src/strings.js';

export async function referenceDigest(deps: Deps, date: IsoDate): Promise<string | null> {
  const { roster, calendar } = deps;
  const period = calendar.periodOf(date);
  const start = periodStart(date, period);
  const days = await readDays(deps, start.from, date);
  const last = days.at(-1)!;
  if (!last.expected && ![...last.day.values()].some(hasReported)) return null;
  const day = summarize([last], roster);
  const cum = summarize(days, roster).total;
  const du = day.perDay[0];
  return scheduled.digest({
    township: roster.roster.township,
    date,
    ...(period ? { periodName: period.name } : {}),
    total: roster.roster.units.length,
    day: {
      reported: day.total.reported,
      missing: du?.missing ?? [],
      late: du?.late ?? [],
      confirmed: day.total.confirmed,
      found: day.total.disputesFound,
      resolved: day.total.disputesResolved,
      petitions: day.total.petitions,
    },
    incidents: day.incidents,
    persons: day.keyPersons,
    cumulative: {
      name: start.name,
      from: start.from,
      reported: cum.reported,
      missing: cum.missing,
      found: cum.disputesFound,
      resolved: cum.disputesResolved,
      incidents: cum.incidents,
    },
  });
}

export async function referenceSummary(deps: Deps, date: IsoDate): Promise<string> {
  const { roster } = deps;
  const { from, to } = previousHalfMonth(date);
  const cumFrom = `${to.slice(0, 4)}-01-01`;
  const half = summarize(await readDays(deps, from, to), roster);
  const earlier = summarize(await readDays(deps, cumFrom, addDays(from, -1)), roster);
  const earlierOf = new Map(earlier.units.map((u) => [u.unit, u]));
  const row = (u: UnitFigures, c: { disputesFound: number; disputesResolved: number } | undefined): SummaryRow => ({
    unit: u.unit,
    found: u.disputesFound,
    resolved: u.disputesResolved,
    cumFound: u.disputesFound + (c?.disputesFound ?? 0),
    cumResolved: u.disputesResolved + (c?.disputesResolved ?? 0),
  });
  return scheduled.summary({
    township: roster.roster.township,
    from,
    to,
    cumFrom,
    rows: half.units.map((u) => row(u, earlierOf.get(u.unit))),
    total: row({ ...half.total, unit: '合计' }, earlier.total),
    ranking: rankByBeyondTownship(half.units).map((u) => ({ unit: u.unit, count: u.incidentsBeyondTownship })),
  });
}
