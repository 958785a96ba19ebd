import type { IsoDate } from '../dates.js';
import { isBeyondTownship, resolutionRate } from '../stats/summarize.js';
import { type Case, isCounted } from './case.js';

// 化解率 from the ledger: found = cases opened, resolved = cases whose resolution the 包案领导 confirmed, per unit,
// over a range and cumulative over the campaign. A withdrawn case (its report withdrawn or corrected to nothing)
// counts nowhere: the dispute was never there. Pure: the callers read the cases.

export interface CaseFigures {
  unit: string;
  found: number;
  resolved: number;
  rate: number | null;
  cumFound: number;
  cumResolved: number;
  cumRate: number | null;
  /** Open (not yet confirmed resolved) at the end of the range, and of those past their deadline. */
  open: number;
  overdue: number;
  /** Incidents beyond the township (到县及以上) opened in the range: the ranking's figure. */
  beyondTownship: number;
}

const within = (d: IsoDate | undefined, from: IsoDate, to: IsoDate) => d !== undefined && d >= from && d <= to;

/** Figures per unit (roster units in order, then any other unit of a case) and the total ('合计'). */
export function caseFigures(cases: readonly Case[], unitNames: readonly string[], o: { from: IsoDate; to: IsoDate; cumFrom: IsoDate }): { units: CaseFigures[]; total: CaseFigures } {
  const names = [...unitNames, ...[...new Set(cases.map((c) => c.unit))].filter((u) => !unitNames.includes(u)).sort()];
  const empty = (unit: string): CaseFigures => ({ unit, found: 0, resolved: 0, rate: null, cumFound: 0, cumResolved: 0, cumRate: null, open: 0, overdue: 0, beyondTownship: 0 });
  const per = new Map(names.map((n) => [n, empty(n)]));
  const total = empty('合计');
  for (const c of cases.filter(isCounted)) {
    const f = per.get(c.unit)!;
    for (const x of [f, total]) {
      if (within(c.openedOn, o.from, o.to)) {
        x.found += 1;
        if (isBeyondTownship(c.escalation)) x.beyondTownship += 1;
      }
      if (within(c.resolvedOn, o.from, o.to)) x.resolved += 1;
      if (within(c.openedOn, o.cumFrom, o.to)) x.cumFound += 1;
      if (within(c.resolvedOn, o.cumFrom, o.to)) x.cumResolved += 1;
      const openAtEnd = c.openedOn <= o.to && !(c.resolvedOn && c.resolvedOn <= o.to);
      if (openAtEnd) {
        x.open += 1;
        if (c.deadline && c.deadline < o.to) x.overdue += 1;
      }
    }
  }
  for (const x of [...per.values(), total]) {
    x.rate = resolutionRate(x.found, x.resolved);
    x.cumRate = resolutionRate(x.cumFound, x.cumResolved);
  }
  return { units: [...per.values()], total };
}
