import { createHash } from 'node:crypto';
import type { IsoDate } from '../dates.js';
import type { RosterIndex } from '../roster.js';
import { halfMonthOf, type Vec } from '../store/aggregates.js';
import type { ReportStore } from '../store/report-store.js';

// Who reported, read from the half-month records the write keeps (store/aggregates.ts), streamed in batches: a
// province-sized township (100,000 units) is never one reply nor a day of records in memory, only one flag byte per
// roster unit. Which units are expected is the roster's business, decided here at read time.

/** Units per HSCAN reply: big enough that round trips do not dominate, small enough to stay a batch. */
export const SCAN_BATCH = Number(process.env.AGG_SCAN_BATCH ?? 5000);

/** Flags of a unit-day in DayMembership. */
export const REPORTED = 1;
export const LATE = 2;
export const SIGNED = 4;

export interface DayMembership {
  /** By roster position: REPORTED | LATE | SIGNED, 0 for a unit without a report. */
  roster: Uint8Array;
  /** Units outside the roster that reported that day, with their flags. */
  extras: Map<string, number>;
}

const fingerprints = new WeakMap<RosterIndex, string>();
/** A short digest of the roster's unit names: counts cached for one roster are never used for another. */
export function rosterFingerprint(roster: RosterIndex): string {
  let fp = fingerprints.get(roster);
  if (fp === undefined) fingerprints.set(roster, (fp = `r${createHash('sha1').update(roster.roster.units.map((u) => u.name).join('\n')).digest('base64url').slice(0, 16)}`));
  return fp;
}

const positions = new WeakMap<RosterIndex, Map<string, number>>();
/** Roster unit name → its position in the roster (computed once per roster). */
export function rosterPositions(roster: RosterIndex): Map<string, number> {
  let p = positions.get(roster);
  if (!p) positions.set(roster, (p = new Map(roster.roster.units.map((u, i) => [u.name, i]))));
  return p;
}

/**
 * One pass over the half-month records of `dates`: per date the number of roster units that reported, and the
 * full membership of each date in `detail`.
 */
export async function readMembership(
  store: ReportStore,
  township: string,
  roster: RosterIndex,
  dates: readonly IsoDate[],
  detail: readonly IsoDate[] = [],
): Promise<{ rosterReported: Map<IsoDate, number>; days: Map<IsoDate, DayMembership> }> {
  const pos = rosterPositions(roster);
  const rosterReported = new Map<IsoDate, number>(dates.map((d) => [d, 0]));
  const days = new Map<IsoDate, DayMembership>(detail.map((d) => [d, { roster: new Uint8Array(roster.roster.units.length), extras: new Map() }]));
  const halves = new Map<string, { counted: { date: IsoDate; bit: number }[]; detailed: { m: DayMembership; bit: number }[] }>();
  const half = (d: IsoDate) => {
    const h = halfMonthOf(d);
    let e = halves.get(h.id);
    if (!e) halves.set(h.id, (e = { counted: [], detailed: [] }));
    return { e, bit: h.bit };
  };
  for (const d of new Set(dates)) {
    const { e, bit } = half(d);
    e.counted.push({ date: d, bit });
  }
  for (const [d, m] of days) {
    const { e, bit } = half(d);
    e.detailed.push({ m, bit });
  }
  await Promise.all(
    [...halves].map(async ([id, { counted, detailed }]) => {
      // Per-bit counts of rostered units, summed into dates once the half-month is read.
      const perBit = new Array<number>(16).fill(0);
      await store.eachInPeriod(
        township,
        id,
        (unit, rec) => {
          const p = pos.get(unit);
          const reported = rec[0]!;
          if (p !== undefined) for (let r = reported, b = 0; r; r >>>= 1, b++) if (r & 1) perBit[b]! += 1;
          for (const { m, bit } of detailed) {
            const flags = ((reported >>> bit) & 1) * REPORTED | ((rec[1]! >>> bit) & 1) * LATE | ((rec[2]! >>> bit) & 1) * SIGNED;
            if (!flags) continue;
            if (p !== undefined) m.roster[p] = flags;
            else m.extras.set(unit, flags);
          }
        },
        SCAN_BATCH,
      );
      for (const { date, bit } of counted) rosterReported.set(date, perBit[bit]!);
    }),
  );
  return { rosterReported, days };
}

/** Names of the units with a flag on that day: roster units in roster order, then other units by name (as summarize lists them). */
export function unitsWith(m: DayMembership, roster: RosterIndex, flag: number): string[] {
  const out: string[] = [];
  const units = roster.roster.units;
  for (let i = 0; i < units.length; i++) if (m.roster[i]! & flag) out.push(units[i]!.name);
  const extra = [...m.extras].filter(([, f]) => f & flag).map(([u]) => u).sort();
  return [...out, ...extra];
}

/** Roster units without a report that day, in roster order. */
export function unitsMissing(m: DayMembership, roster: RosterIndex): string[] {
  const out: string[] = [];
  const units = roster.roster.units;
  for (let i = 0; i < units.length; i++) if (!(m.roster[i]! & REPORTED)) out.push(units[i]!.name);
  return out;
}

/** Roster units without a report on `date`, in roster order, from the half-month records (no record is read). */
export async function missingOn(store: ReportStore, township: string, roster: RosterIndex, date: IsoDate): Promise<string[]> {
  const { days } = await readMembership(store, township, roster, [], [date]);
  return unitsMissing(days.get(date)!, roster);
}

/** What a figure over days needs of each: its sums (all units) and, on report days, how many roster units reported. */
export interface DaysFigures {
  sums: Map<IsoDate, Vec>;
  /** Roster units that reported on a day (0 for a day never read: only report days and `detail` are). */
  rosterReported: (date: IsoDate) => number;
  /** Full membership of the `detail` dates. */
  days: Map<IsoDate, DayMembership>;
}

/**
 * The day sums of `dates` and the number of roster units that reported on each report day among them: from the
 * count cached beside each day's aggregates for this roster when it is still current (putDayCount), else from one
 * pass over the half-month records, cached back. The `detail` dates are read in full (their membership).
 */
export async function readDaysFigures(
  store: ReportStore,
  township: string,
  roster: RosterIndex,
  dates: readonly IsoDate[],
  isReportDay: (d: IsoDate) => boolean,
  detail: readonly IsoDate[] = [],
): Promise<DaysFigures> {
  const fp = rosterFingerprint(roster);
  const aggs = await store.daySums(township, dates, fp);
  const at = new Map(dates.map((d, i) => [d, aggs[i]!]));
  const detailHalves = new Set(detail.map((d) => halfMonthOf(d).id));
  // Halves read in full anyway (for the detail) count all their report days; elsewhere only days without a count.
  const toCount = dates.filter((d) => isReportDay(d) && (detailHalves.has(halfMonthOf(d).id) || at.get(d)!.count === undefined));
  const members = await readMembership(store, township, roster, toCount, detail);
  await Promise.all(
    [...members.rosterReported].map(async ([d, n]) => {
      const a = at.get(d);
      if (a && a.count !== n) await store.putDayCount(township, d, fp, a.seq, n).catch(() => undefined); // a cache: a failure costs a later scan
    }),
  );
  return {
    sums: new Map(dates.map((d) => [d, at.get(d)!.sums])),
    rosterReported: (d) => members.rosterReported.get(d) ?? at.get(d)?.count ?? 0,
    days: members.days,
  };
}
