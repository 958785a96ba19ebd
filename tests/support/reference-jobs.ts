// The digest and the 汇总表 recomputed from every record of every day (summarize over full day reads): the
// reference the jobs, which read the aggregates kept by the write, must equal word for word.
import { readDays } from '../../jobs/morning-digest.js';
import { previousHalfMonth } from '../../jobs/semi-monthly-summary.js';
import type { Deps } from '../../src/core/deps.js';
import { addDays, type IsoDate } from '../../src/dates.js';
import { hasReported } from '../../src/stats/missing-units.js';
import { periodStart } from '../../src/stats/period-start.js';
import { rankByBeyondTownship, summarize, type UnitFigures } from '../../src/stats/summarize.js';
import { conversation, type SummaryRow, scheduled } from '../../src/strings.js';
import { spanDays } from '../../src/parser/command-args.js';

export async function referenceDigest(deps: Deps, date: IsoDate): Promise<string | null> {
  const { roster, calendar } = deps;
  const period = calendar.periodOf(date);
  const start = periodStart(date, period);
  const days = await readDays(deps, start.from, date);
  const last = days.at(-1)!;
  if (!last.expected && ![...last.day.values()].some(hasReported)) return null;
  const day = summarize([last], roster);
  const cum = summarize(days, roster).total;
  // 应报未报 from the township's first report on (the days before it are before the bot was in use).
  const first = days.findIndex((d) => [...d.day.values()].some(hasReported));
  cum.missing = summarize(days.slice(first < 0 ? days.length : first), roster).total.missing;
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

/** 统计 as it was computed before the aggregates: summarize over every record of the days (tests only). */
export async function referenceStats(deps: Deps, today: IsoDate, args: { date: IsoDate; span?: 'week' | 'month' | 'period' }): Promise<string> {
  const { roster, calendar } = deps;
  const date = [args.date, today].sort()[0]!;
  const period = periodStart(date, calendar.periodOf(date));
  if (args.span) {
    const { from, to } = spanDays(args.span, today, period.from);
    const days = await readDays(deps, from, to);
    const per = days.map((d) => summarize([d], roster).total);
    const t = summarize(days, roster).total;
    const label = { week: '本周', month: '本月', period: period.name }[args.span];
    const first = per.findIndex((d) => d.reported > 0);
    const expected = per.reduce((n, d, k) => n + d.reported + (first >= 0 && k >= first ? d.missing : 0), 0);
    return conversation.periodStats({ label, from, to, days: days.length, reported: t.reported, expected, found: t.disputesFound, resolved: t.disputesResolved, incidents: t.incidents, beyond: t.incidentsBeyondTownship });
  }
  const days = await readDays(deps, [period.from, date].sort()[0]!, date);
  const today1 = summarize([days.at(-1)!], roster);
  const all = summarize(days, roster).total;
  const off = new Set((await deps.store.excused(roster.roster.township, date)).map((e) => e.unit));
  return conversation.stats({
    date,
    reported: today1.total.reported,
    total: roster.roster.units.length,
    missing: (today1.perDay[0]?.missing ?? []).filter((u) => !off.has(u)),
    incidents: today1.total.incidents,
    found: today1.total.disputesFound,
    resolved: today1.total.disputesResolved,
    period: { name: period.name, from: period.from, found: all.disputesFound, resolved: all.disputesResolved, incidents: all.incidents },
  });
}
