import type { IsoDate } from '../dates.js';
import { isBeyondTownship } from '../stats/summarize.js';
import { type Case, isCounted } from './case.js';

// Units ranked by petitions beyond the township (到县、到市、赴省、进京: incidents of the ledger opened in the range),
// fewest first as the documents rank them; the last two with any such petition are named in the 通报. A withdrawn
// incident (撤回, or corrected to a zero report) is not counted.

export interface RankRow {
  unit: string;
  count: number;
}

export function rankByPetitions(cases: readonly Case[], unitNames: readonly string[], from: IsoDate, to: IsoDate): { rows: RankRow[]; lastTwo: RankRow[] } {
  const counts = new Map(unitNames.map((u) => [u, 0]));
  for (const c of cases) if (isCounted(c) && c.kind === 'incident' && isBeyondTownship(c.escalation) && c.openedOn >= from && c.openedOn <= to) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  const order = [...counts.keys()];
  const rows = order.map((unit) => ({ unit, count: counts.get(unit)! })).sort((a, b) => a.count - b.count || order.indexOf(a.unit) - order.indexOf(b.unit));
  const lastTwo = rows.filter((r) => r.count > 0).slice(-2).reverse();
  return { rows, lastTwo };
}

/** The calendar quarter before the one `date` is in: 1 April → 1 January – 31 March. */
export function previousQuarter(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const [py, pq] = q === 0 ? [y - 1, 3] : [y, q - 1];
  const m = (n: number) => String(n).padStart(2, '0');
  const last = new Date(Date.UTC(py, pq * 3 + 3, 0)).getUTCDate();
  return { from: `${py}-${m(pq * 3 + 1)}-01`, to: `${py}-${m(pq * 3 + 3)}-${m(last)}` };
}

/** From the first day of `date`'s quarter to `date` (the on-demand ranking). */
export function quarterToDate(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return { from: `${date.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: date };
}
