import type { IsoDate } from '../dates.js';
import { unitDayFigures } from '../stats/summarize.js';
import type { UnitDay } from './report-store.js';

// Aggregates kept by the write (issue 15): the figures the jobs need, summed at the moment a report, correction,
// withdrawal or signature is stored, so a digest reads a day's membership and the period's sums instead of every
// record of every day. Everything here is roster-independent (which units are expected, and on which days, is
// decided by the jobs at read time), so a roster change never invalidates an aggregate.
//
// The figures of one unit-day form a vector (VEC); each write computes the vector of every unit-day it touches
// before and after, and adds the difference to
//   - the day's sums (all units) and its highlight set (units with an incident or a key person abnormal or away),
//   - the unit's half-month record: day bitmasks (reported, late, both signatures) and the sums of the half-month,
//   - the unit's year record: day counts and sums since 1 January.
// Adding differences keeps every aggregate equal to a recomputation from the records (rebuild checks it). The Redis
// scripts do the same arithmetic in Lua (aggregate-lua.ts); the contract suite runs on both stores.

/** Positions in a unit-day vector. Reported, late and confirmed are 0/1 for a unit-day. */
export const VEC = ['reported', 'late', 'confirmed', 'disputesFound', 'disputesResolved', 'petitions', 'incidents', 'incidentsBeyondTownship', 'keyPersonsAbnormal', 'keyPersonsAway'] as const;
export type VecName = (typeof VEC)[number];
export const VEC_LEN = VEC.length;
/** The first three positions are day flags: bitmasks in a half-month record, day counts in a year record. */
export const FLAG_COUNT = 3;

export type Vec = number[];

export const zeroVec = (): Vec => new Array<number>(VEC_LEN).fill(0);

/** A unit-day's vector and whether it belongs in the day's highlight set. All zero for a unit that did not report. */
export function unitDayVector(d: Pick<UnitDay, 'zero' | 'assessment' | 'keyPersons' | 'incidents' | 'confirmations'> | undefined): { vec: Vec; highlight: boolean } {
  const f = unitDayFigures(d ? { unit: '', ...d } : undefined, false);
  const vec = VEC.map((k) => f[k]);
  const persons = d?.keyPersons?.persons ?? [];
  const highlight = f.reported === 1 && ((d?.incidents.length ?? 0) > 0 || persons.some((p) => p.state === 'abnormal' || p.whereabouts === 'away'));
  return { vec, highlight };
}

/** The half-month a date belongs to: its id (`YYYY-MM-1` for the 1st–15th, `YYYY-MM-2` after), first day, and the date's bit. */
export function halfMonthOf(date: IsoDate): { id: string; from: IsoDate; bit: number } {
  const day = Number(date.slice(8, 10));
  const second = day >= 16;
  return { id: `${date.slice(0, 7)}-${second ? 2 : 1}`, from: `${date.slice(0, 8)}${second ? '16' : '01'}`, bit: day - (second ? 16 : 1) };
}

export function yearOf(date: IsoDate): string {
  return date.slice(0, 4);
}

/** Comma-separated integers, trailing zeros left out (most units report a zero report: `"1"` is a whole record). */
export function encodeVec(v: readonly number[]): string {
  let end = v.length;
  while (end > 0 && v[end - 1] === 0) end--;
  return v.slice(0, end).join(',');
}

/** Reads encodeVec back; undefined for anything that is not such a list (a damaged value is skipped, never trusted). */
export function decodeVec(s: string): Vec | undefined {
  const v = zeroVec();
  return decodeVecInto(s, v) ? v : undefined;
}

/** decodeVec into `v` (reused by the caller); false, with `v` half written, for anything that is not such a list. */
export function decodeVecInto(s: string, v: Vec): boolean {
  // A hand-rolled loop, not split + Number: the jobs decode a record per unit, 100,000 at a time.
  v.fill(0);
  let i = 0;
  let n = 0;
  let digits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 44 && digits && i < VEC_LEN - 1 && Number.isSafeInteger(n)) {
      v[i++] = n;
      n = 0;
      digits = 0;
    } else return false;
  }
  if (s.length && !digits) return false;
  if (digits) v[i] = n;
  return Number.isSafeInteger(n);
}

/** A unit's half-month record: flags as day bitmasks (bit i = the half-month's (i+1)-th day), then the sums. */
export type HalfRecord = Vec;
/** A unit's year record: flags as day counts, then the sums. */
export type YearRecord = Vec;

export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** Adds `delta` (after − before of one unit-day) into a half-month record at day `bit`. */
export function addToHalf(rec: HalfRecord, bit: number, before: Vec, after: Vec): void {
  const m = 1 << bit;
  for (let i = 0; i < FLAG_COUNT; i++) rec[i] = after[i] ? rec[i]! | m : rec[i]! & ~m;
  for (let i = FLAG_COUNT; i < VEC_LEN; i++) rec[i] = rec[i]! + after[i]! - before[i]!;
}

/** Adds `after − before` into a sums vector (day sums, year record: flags counted as days). */
export function addDelta(rec: Vec, before: Vec, after: Vec): void {
  for (let i = 0; i < VEC_LEN; i++) rec[i] = rec[i]! + after[i]! - before[i]!;
}

export function isZero(v: readonly number[]): boolean {
  return v.every((x) => x === 0);
}

/** The aggregates of one township-day, as stored. */
export interface DayAggregate {
  /** Sums over every unit that reported that day (rostered or not). */
  sums: Vec;
  /** Units with an incident or a key person abnormal or away that day (their records are what a digest lists). */
  highlights: string[];
}

/** A period whose per-unit records are kept: a half-month (`YYYY-MM-1|2`) or a year (`YYYY`). */
export type PeriodId = string;
