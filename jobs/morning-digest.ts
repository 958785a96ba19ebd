import type { Deps } from '../src/core/deps.js';
import { addDays, dateRange, type IsoDate, shanghaiDate } from '../src/dates.js';
import { cacheDayTotals, readDayTotals, sumFigures, totalsOf } from '../src/stats/day-totals.js';
import { hasReported } from '../src/stats/missing-units.js';
import { periodStart } from '../src/stats/period-start.js';
import { type DayInput, summarize } from '../src/stats/summarize.js';
import { scheduled } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/** Reads the days from..to (inclusive) in parallel, marking which ones were report days. */
export async function readDays(deps: Deps, from: IsoDate, to: IsoDate): Promise<DayInput[]> {
  const township = deps.roster.roster.township;
  return Promise.all(
    dateRange(from, to).map(async (date) => ({ date, day: await deps.store.getDay(township, date), expected: deps.calendar.isReportDay(date) })),
  );
}

/**
 * The digest text about `date`, or null when there is nothing to say (a day without reports that was not a
 * report day). Cumulative figures run from the start of the period (or of the half-month) to `date`: `date`
 * itself is read in full (its details are listed), earlier days contribute only their totals (day-totals cache).
 */
export async function buildMorningDigest(deps: Deps, date: IsoDate): Promise<string | null> {
  const { roster, calendar, store } = deps;
  const township = roster.roster.township;
  const period = calendar.periodOf(date);
  const start = periodStart(date, period);
  const [read, past] = await Promise.all([
    store.getDayVersioned(township, date),
    Promise.all(dateRange(start.from, addDays(date, -1)).map((d) => readDayTotals(store, township, roster, d, calendar.isReportDay(d)))),
  ]);
  const last: DayInput = { date, day: read.units, expected: calendar.isReportDay(date) };
  if (!last.expected && ![...last.day.values()].some(hasReported)) return null;
  const day = summarize([last], roster);
  // Read in full anyway: its totals go to the cache for tomorrow's cumulative figures.
  await cacheDayTotals(store, township, roster, totalsOf(date, day), last.expected ?? true, read.version);
  const cum = { total: sumFigures([...past.map((t) => t.total), day.total]) };
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
      reported: cum.total.reported,
      missing: cum.total.missing,
      found: cum.total.disputesFound,
      resolved: cum.total.disputesResolved,
      incidents: cum.total.incidents,
    },
  });
}

/** At digestAt, in every leaders group: the digest of the previous day (skipped on a quiet non-report day). */
export async function morningDigest(deps: Deps, slot: Date, job = 'morning-digest'): Promise<JobResult> {
  const date = addDays(shanghaiDate(slot), -1);
  const text = await buildMorningDigest(deps, date);
  if (text === null) return { sent: 0, skipped: 'nothing_reported' };
  let sent = 0;
  for (const g of deps.roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'digest', text, mentions: [] })) sent += 1;
  return { sent };
}
