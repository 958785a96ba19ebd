import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IsoDate } from '../dates.js';
import type { RosterIndex } from '../roster.js';
import type { ReportStore } from '../store/report-store.js';
import { addFigures, type DayInput, emptyFigures, type Figures, type Summary, summarize } from './summarize.js';

// Cumulative figures (digest, 统计, 汇总表) need only the totals of each past day, not its reports. Reading and
// validating every report of every past day costs ~0.25 s a day for 10,000 units, so the totals of a day are cached
// in the store beside the day, tagged with the day's data version: any later write to that day (补报, correction,
// 撤回, 确认) changes the version and the cache misses. Totals are always computed by summarize, so figures with and
// without the cache are identical.

/** Bump when the cached shape or the meaning of a figure changes: old entries then simply miss. */
const FORMAT = 1;

const count = z.number().int().nonnegative();
const FiguresSchema = z.object({
  reported: count,
  missing: count,
  confirmed: count,
  late: count,
  disputesFound: count,
  disputesResolved: count,
  resolutionRate: z.number().nullable(),
  petitions: count,
  incidents: count,
  incidentsBeyondTownship: count,
  keyPersonsAbnormal: count,
  keyPersonsAway: count,
});

const CachedSchema = z.object({
  f: z.literal(FORMAT),
  /** Roster and report-day fingerprint: totals depend on which units are expected, not only on the day's data. */
  ctx: z.string(),
  total: FiguresSchema,
  /** Units with disputes that day: [unit, found, resolved] (the 汇总表's cumulative columns are per unit). */
  d: z.array(z.tuple([z.string(), count, count])),
});

/** The totals of one day, as the cumulative figures need them. */
export interface DayTotals {
  date: IsoDate;
  total: Figures;
  /** Per unit with any dispute found or resolved that day: [unit, found, resolved]. */
  disputes: [string, number, number][];
}

const fingerprints = new WeakMap<RosterIndex, string>();
function context(roster: RosterIndex, expected: boolean): string {
  let fp = fingerprints.get(roster);
  if (fp === undefined) {
    fp = createHash('sha1').update(roster.roster.units.map((u) => u.name).join('\n')).digest('base64url');
    fingerprints.set(roster, fp);
  }
  return `${fp}:${expected ? 1 : 0}`;
}

/** The totals of one fully read day, by summarize itself. */
export function dayTotals(input: DayInput, roster: RosterIndex): DayTotals {
  return totalsOf(input.date, summarize([input], roster));
}

/** The totals of a day from its summary (`s` must summarise exactly that one day), to cache without summarising twice. */
export function totalsOf(date: IsoDate, s: Summary): DayTotals {
  const disputes: [string, number, number][] = [];
  for (const u of s.units) if (u.disputesFound || u.disputesResolved) disputes.push([u.unit, u.disputesFound, u.disputesResolved]);
  return { date, total: s.total, disputes };
}

/** Stores the totals of a day read with getDayVersioned (at `version`); a failure only costs a later miss. */
export async function cacheDayTotals(store: ReportStore, township: string, roster: RosterIndex, t: DayTotals, expected: boolean, version: string): Promise<void> {
  const value: z.infer<typeof CachedSchema> = { f: FORMAT, ctx: context(roster, expected), total: t.total, d: t.disputes };
  try {
    await store.putDayTotals(township, t.date, value, version);
  } catch {
    // The cache is an optimisation: the figures were computed, the next run just computes them again.
  }
}

/** Reads a day in full (its details are needed) and caches its totals on the way, for later cumulative figures. */
export async function readDayCaching(store: ReportStore, township: string, roster: RosterIndex, date: IsoDate, expected: boolean): Promise<DayInput> {
  const { version, units } = await store.getDayVersioned(township, date);
  const input: DayInput = { date, day: units, expected };
  await cacheDayTotals(store, township, roster, dayTotals(input, roster), expected, version);
  return input;
}

/**
 * The totals of a past day: from the cache when it holds them for the day's current data and this roster, else
 * read in full, summarised and cached. A damaged or outdated cache entry is a miss, never an error.
 */
export async function readDayTotals(store: ReportStore, township: string, roster: RosterIndex, date: IsoDate, expected: boolean): Promise<DayTotals> {
  const cached = CachedSchema.safeParse(await store.getDayTotals(township, date));
  if (cached.success && cached.data.ctx === context(roster, expected)) return { date, total: cached.data.total, disputes: cached.data.d };
  const { version, units } = await store.getDayVersioned(township, date);
  const t = dayTotals({ date, day: units, expected }, roster);
  await cacheDayTotals(store, township, roster, t, expected, version);
  return t;
}

/** Figures summed over days, exactly as summarize sums unit-days. */
export function sumFigures(list: readonly Figures[]): Figures {
  const out = emptyFigures();
  for (const f of list) addFigures(out, f);
  return out;
}
