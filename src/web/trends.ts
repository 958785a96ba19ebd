import type { Deps } from '../core/deps.js';
import { addDays, dateRange, type IsoDate, weekday } from '../dates.js';
import { ESCALATION_ORDER, type Escalation } from '../parser/schema.js';
import { readDayCaching } from '../stats/day-totals.js';
import { rankByBeyondTownship, resolutionRate, summarize } from '../stats/summarize.js';
import { escalationLabel } from '../strings.js';

// The figures behind the 趋势 and 排名 charts, all from summarize (the digest's and the 汇总表's one definition),
// over a range of at most MAX_DAYS days. Each day read also caches its totals for the jobs' cumulative figures.

export const MAX_DAYS = 92;

export interface Trends {
  from: IsoDate;
  to: IsoDate;
  days: IsoDate[];
  /** Per day: units reported on time, late, missing. */
  onTime: number[];
  late: number[];
  missing: number[];
  /** Weeks (their Monday) and, per escalation level, the incidents of each week. */
  weeks: IsoDate[];
  incidentsByLevel: { level: string; counts: number[] }[];
  /** 化解率 of the disputes found since `from`, as a percentage per day (null before any was found). */
  cumulativeRate: (number | null)[];
  /** Units by share of expected days reported on time, best first. */
  ranking: { unit: string; onTime: number; expected: number; rate: number }[];
  /** Units by petitions beyond the township (越级), most first. */
  beyond: { unit: string; count: number }[];
  /** Set when the range asked began before the first day anything was reported: the charts start on that day. */
  dataFrom?: IsoDate;
}

const monday = (d: IsoDate) => addDays(d, -((weekday(d) + 6) % 7));

export async function readTrends(deps: Deps, from: IsoDate, to: IsoDate, units: readonly string[]): Promise<Trends> {
  const { store, roster, calendar } = deps;
  const township = roster.roster.township;
  const asked = dateRange(from, to).slice(-MAX_DAYS);
  const read = await Promise.all(asked.map((d) => readDayCaching(store, township, roster, d, calendar.isReportDay(d))));
  // Days before the township's first report are before the bot was in use, not days every unit missed: a new
  // township's first month would otherwise be a wall of 未报 and every unit ranked at 0%.
  const first = read.findIndex((i) => i.day.size > 0);
  const days = first > 0 ? asked.slice(first) : asked;
  const inputs = first > 0 ? read.slice(first) : read;
  // A unit head's charts cover their unit only: the other units' reports are left out before summarising.
  const scoped = inputs.map((i) => ({ ...i, day: new Map([...i.day].filter(([u]) => units.includes(u))) }));
  const perDay = scoped.map((i) => summarize([i], roster));
  const expectedUnits = new Set(units);
  const onTime: number[] = [];
  const late: number[] = [];
  const missing: number[] = [];
  const cumulativeRate: (number | null)[] = [];
  let found = 0;
  let resolved = 0;
  for (const s of perDay) {
    const d = s.perDay[0];
    const rep = d?.reported.filter((u) => expectedUnits.has(u)) ?? [];
    const lt = d?.late.filter((u) => expectedUnits.has(u)) ?? [];
    onTime.push(rep.length - lt.length);
    late.push(lt.length);
    missing.push(d?.missing.filter((u) => expectedUnits.has(u)).length ?? 0);
    found += s.total.disputesFound;
    resolved += s.total.disputesResolved;
    const r = resolutionRate(found, resolved);
    cumulativeRate.push(r === null ? null : Math.round(r * 1000) / 10);
  }
  const all = summarize(scoped, roster);
  const weeks = [...new Set(days.map(monday))];
  const incidentsByLevel = ([...ESCALATION_ORDER, null] as (Escalation | null)[]).map((e) => ({
    level: escalationLabel(e),
    counts: weeks.map((w) => all.incidents.filter((i) => i.escalation === e && monday(i.date) === w).length),
  }));
  const ranking = all.units
    .filter((u) => expectedUnits.has(u.unit))
    .map((u) => ({ unit: u.unit, onTime: u.reported - u.late, expected: u.reported + u.missing }))
    .map((u) => ({ ...u, rate: u.expected ? Math.round((1000 * u.onTime) / u.expected) / 10 : 0 }))
    .sort((a, b) => b.rate - a.rate || b.onTime - a.onTime);
  const beyond = rankByBeyondTownship(all.units.filter((u) => expectedUnits.has(u.unit))).map((u) => ({ unit: u.unit, count: u.incidentsBeyondTownship }));
  const out: Trends = { from: days[0] ?? from, to, days, onTime, late, missing, weeks, incidentsByLevel: incidentsByLevel.filter((l) => l.counts.some((c) => c > 0)), cumulativeRate, ranking, beyond };
  return first > 0 ? { ...out, dataFrom: days[0] as IsoDate } : out;
}
