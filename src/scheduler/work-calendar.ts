import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { z } from 'zod';
import { type IsoDate, isValidIsoDate, weekday } from '../dates.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Period } from '../roster.js';

// Which days need reports (README 「哪些日子需要报告」):
//   1. every day inside a roster period (sensitive period), holidays included;
//   2. outside the periods, official workdays: Monday–Friday minus public holidays, plus 调休 make-up days;
//   3. the official calendar comes from the override file (HOLIDAYS_PATH, holiday-cn format) first, then the
//      chinese-days package; a year neither knows falls back to Monday–Friday with one warning, because the
//      State Council publishes next year's holidays only in November and packages lag behind.
// chinese-days reads Date objects in the process time zone (UTC in containers), so it only ever gets date strings.

/** Which days units must report. */
export interface WorkCalendar {
  /** True when reports are expected that day (every day of a sensitive period; otherwise official workdays). */
  isReportDay(date: IsoDate): boolean;
  /** The sensitive period a date falls in, if any. */
  periodOf(date: IsoDate): { name: string; from: IsoDate; to: IsoDate } | undefined;
  /** True on official workdays (调休 make-up days included, public holidays excluded). */
  isWorkday(date: IsoDate): boolean;
  /** Where the official calendar of a year comes from: the override file, the package, or the Mon–Fri fallback. */
  source(year: number): 'override' | 'package' | 'fallback';
}

/** holiday-cn (github.com/NateScarlet/holiday-cn) day entry: isOffDay true = holiday, false = make-up workday. */
const HolidayDaySchema = z.object({
  name: z.string().default(''),
  date: z.string().refine(isValidIsoDate, 'must be YYYY-MM-DD'),
  isOffDay: z.boolean(),
});
const HolidayFileSchema = z.object({ year: z.number().int(), days: z.array(HolidayDaySchema) });
/** One holiday-cn year file, or an array of them (several years in one file). */
const OverrideSchema = z.union([HolidayFileSchema, z.array(HolidayFileSchema)]);
export type HolidayFile = z.infer<typeof HolidayFileSchema>;

export interface WorkCalendarOptions {
  periods: readonly Period[];
  /** Path of a holiday-cn format file (config HOLIDAYS_PATH); its days win over the package. */
  overridesPath?: string | undefined;
  /** Override data given directly (tests, admin tooling); merged after the file. */
  overrides?: HolidayFile[];
  logger: Pick<Logger, 'warn'>;
}

function readOverrides(path: string): HolidayFile[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AppError(ErrorCode.ConfigInvalid, `HOLIDAYS_PATH: cannot read ${path}: ${(err as Error).message}`, {
      hint: 'a JSON file in holiday-cn format: { "year": 2027, "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }] }',
    });
  }
  const res = OverrideSchema.safeParse(data);
  if (!res.success) {
    const lines = res.error.issues.map((i) => `  $${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`);
    throw new AppError(ErrorCode.ConfigInvalid, `HOLIDAYS_PATH: ${path} is not in holiday-cn format:\n${lines.join('\n')}`, {
      hint: '{ "year": 2027, "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }] }',
    });
  }
  return Array.isArray(res.data) ? res.data : [res.data];
}

export function createWorkCalendar(options: WorkCalendarOptions): WorkCalendar {
  const files = [...(options.overridesPath ? readOverrides(options.overridesPath) : []), ...(options.overrides ?? [])];
  const overrideDays = new Map<IsoDate, boolean>();
  const overrideYears = new Set<number>();
  for (const f of files) {
    overrideYears.add(f.year);
    for (const d of f.days) {
      overrideDays.set(d.date, !d.isOffDay);
      // holiday-cn files are keyed by the notice's year; a December date may sit in the next year's file.
      overrideYears.add(Number(d.date.slice(0, 4)));
    }
  }
  const periods = [...options.periods];
  const packageYears = new Map<number, boolean>();
  const warned = new Set<number>();

  function packageHasYear(year: number): boolean {
    let has = packageYears.get(year);
    if (has === undefined) {
      // The package answers "workday" for every Mon–Fri of a year it has no data for; a year with data has
      // public holidays on weekdays, so "no weekday holiday at all" means "no data".
      has = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
      packageYears.set(year, has);
    }
    return has;
  }

  function source(year: number): 'override' | 'package' | 'fallback' {
    if (overrideYears.has(year)) return 'override';
    return packageHasYear(year) ? 'package' : 'fallback';
  }

  function isWorkday(date: IsoDate): boolean {
    const o = overrideDays.get(date);
    if (o !== undefined) return o;
    const year = Number(date.slice(0, 4));
    // An override file may list only a few days of a year the package knows: the package answers the rest.
    if (packageHasYear(year)) return chineseDays.isWorkday(date);
    if (!overrideYears.has(year) && !warned.has(year)) {
      warned.add(year);
      options.logger.warn(
        { year, holidaysPath: options.overridesPath ?? null },
        `no official holiday calendar for ${year}: treating Monday–Friday as workdays; add the year to the HOLIDAYS_PATH file (holiday-cn format) once the State Council publishes it`,
      );
    }
    // Days an override file does not list are ordinary: holiday-cn lists only holidays and make-up days.
    const wd = weekday(date);
    return wd >= 1 && wd <= 5;
  }

  function periodOf(date: IsoDate) {
    const p = periods.find((x) => x.from <= date && date <= x.to);
    return p ? { name: p.name, from: p.from, to: p.to } : undefined;
  }

  return {
    isReportDay: (date) => periodOf(date) !== undefined || isWorkday(date),
    periodOf,
    isWorkday,
    source,
  };
}
