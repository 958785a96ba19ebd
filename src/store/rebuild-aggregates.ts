import { addDays, dateRange, type IsoDate } from '../dates.js';
import {
  addDelta,
  addToHalf,
  type DayAggregate,
  encodeVec,
  FLAG_COUNT,
  halfMonthOf,
  isZero,
  type PeriodId,
  popcount,
  unitDayVector,
  type Vec,
  VEC_LEN,
  yearOf,
  zeroVec,
} from './aggregates.js';
import type { ReportStore } from './report-store.js';

// `cli aggregates rebuild`: recomputes the aggregates from the records and reports every difference (after an
// upgrade that added aggregates, or to check that they can be trusted); with `write`, stores the recomputed ones.
// Half-month records cover whole half-months, so the range is widened to whole half-months; a year record is the
// sum of the year's half-months (those rebuilt and, outside the range, those stored).

export interface AggregateDifference {
  /** `day <date>`, `half <YYYY-MM-h>` or `year <YYYY>`. */
  where: string;
  /** The unit, or `(sums)` / `(highlights)` for a day. */
  what: string;
  stored: string;
  rebuilt: string;
}

export interface RebuildResult {
  from: IsoDate;
  to: IsoDate;
  days: number;
  units: number;
  differences: AggregateDifference[];
  written: boolean;
}

/** Every half-month id from the one of `from` to the one of `to`. */
export function halfMonthsBetween(from: IsoDate, to: IsoDate): { id: string; from: IsoDate; to: IsoDate }[] {
  const out: { id: string; from: IsoDate; to: IsoDate }[] = [];
  for (let d = halfMonthOf(from).from; d <= to; ) {
    const h = halfMonthOf(d);
    const next = d.endsWith('-01') ? `${d.slice(0, 8)}16` : addDays(`${d.slice(0, 8)}28`, 4).slice(0, 8) + '01';
    out.push({ id: h.id, from: d, to: addDays(next, -1) });
    d = next;
  }
  return out;
}

async function readPeriod(store: ReportStore, township: string, period: PeriodId): Promise<Map<string, Vec>> {
  const out = new Map<string, Vec>();
  for await (const batch of store.scanPeriod(township, period, 2000)) for (const [u, v] of batch) out.set(u, v);
  return out;
}

function compareRecords(where: string, stored: ReadonlyMap<string, Vec>, rebuilt: ReadonlyMap<string, Vec>, out: AggregateDifference[]): void {
  for (const unit of new Set([...stored.keys(), ...rebuilt.keys()])) {
    const s = encodeVec(stored.get(unit) ?? zeroVec());
    const r = encodeVec(rebuilt.get(unit) ?? zeroVec());
    if (s !== r) out.push({ where, what: unit, stored: s, rebuilt: r });
  }
}

/** Recomputes the aggregates of the half-months covering from..to (and the years they are in) and compares. */
export async function rebuildAggregates(store: ReportStore, township: string, from: IsoDate, to: IsoDate, o: { write?: boolean } = {}): Promise<RebuildResult> {
  const halves = halfMonthsBetween(from, to);
  const differences: AggregateDifference[] = [];
  const days = new Map<IsoDate, DayAggregate>();
  const periods = new Map<PeriodId, Map<string, Vec>>();
  const units = new Set<string>();
  for (const half of halves) {
    const recs = new Map<string, Vec>();
    for (const date of dateRange(half.from, half.to)) {
      const bit = halfMonthOf(date).bit;
      const agg: DayAggregate = { sums: zeroVec(), highlights: [] };
      for await (const batch of store.scanDay(township, date, 2000))
        for (const u of batch) {
          const { vec, highlight } = unitDayVector(u);
          if (!vec[0]) continue;
          units.add(u.unit);
          addDelta(agg.sums, zeroVec(), vec);
          if (highlight) agg.highlights.push(u.unit);
          const rec = recs.get(u.unit) ?? zeroVec();
          addToHalf(rec, bit, zeroVec(), vec);
          recs.set(u.unit, rec);
        }
      agg.highlights.sort();
      const stored = await store.dayAggregate(township, date);
      if (encodeVec(stored.sums) !== encodeVec(agg.sums)) differences.push({ where: `day ${date}`, what: '(sums)', stored: encodeVec(stored.sums), rebuilt: encodeVec(agg.sums) });
      if (stored.highlights.join('、') !== agg.highlights.join('、'))
        differences.push({ where: `day ${date}`, what: '(highlights)', stored: stored.highlights.join('、'), rebuilt: agg.highlights.join('、') });
      days.set(date, agg);
    }
    compareRecords(`half ${half.id}`, await readPeriod(store, township, half.id), recs, differences);
    periods.set(half.id, recs);
  }
  for (const year of new Set(halves.map((h) => yearOf(h.from)))) {
    const rebuilt = new Map<string, Vec>();
    for (const half of halfMonthsBetween(`${year}-01-01`, `${year}-12-31`)) {
      const recs = periods.get(half.id) ?? (await readPeriod(store, township, half.id));
      for (const [unit, rec] of recs) {
        const y = rebuilt.get(unit) ?? zeroVec();
        for (let i = 0; i < VEC_LEN; i++) y[i] = y[i]! + (i < FLAG_COUNT ? popcount(rec[i]!) : rec[i]!);
        rebuilt.set(unit, y);
      }
    }
    for (const [u, v] of rebuilt) if (isZero(v)) rebuilt.delete(u);
    compareRecords(`year ${year}`, await readPeriod(store, township, year), rebuilt, differences);
    periods.set(year, rebuilt);
  }
  if (o.write && differences.length) await store.replaceAggregates(township, days, periods);
  return { from: halves[0]?.from ?? from, to: halves.at(-1)?.to ?? to, days: days.size, units: units.size, differences, written: Boolean(o.write && differences.length) };
}
