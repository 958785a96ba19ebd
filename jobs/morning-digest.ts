import type { Deps } from '../src/core/deps.js';
import { addDays, dateRange, type IsoDate, shanghaiDate } from '../src/dates.js';
import { LATE, readMembership, rosterFingerprint, rosterPositions, unitsMissing, unitsWith } from '../src/stats/membership.js';
import { halfMonthOf } from '../src/store/aggregates.js';
import { periodStart } from '../src/stats/period-start.js';
import { type DayInput, type IncidentLine, type KeyPersonLine, unitDayLines } from '../src/stats/summarize.js';
import { scheduled, keyPersonText } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';
import { unseenKeyPersons } from '../src/ledger/person-register.js';

/** Reads the days from..to (inclusive) in parallel, marking which ones were report days. */
export async function readDays(deps: Deps, from: IsoDate, to: IsoDate): Promise<DayInput[]> {
  const township = deps.roster.roster.township;
  return Promise.all(
    dateRange(from, to).map(async (date) => ({ date, day: await deps.store.getDay(township, date), expected: deps.calendar.isReportDay(date) })),
  );
}

/**
 * The digest text about `date`, or null when there is nothing to say (a day without reports that was not a
 * report day). Read from the aggregates the write keeps, never from every record: the day's sums and the
 * half-month records (who reported, late, signed), the records of the day's highlight units only (incidents,
 * persons abnormal or away), and for the cumulative figures from the start of the period (or of the half-month)
 * the sums of each day and the number of roster units that reported on each report day.
 */
export async function buildMorningDigest(deps: Deps, date: IsoDate): Promise<string | null> {
  const { roster, calendar, store } = deps;
  const township = roster.roster.township;
  const period = calendar.periodOf(date);
  const start = periodStart(date, period);
  const dates = dateRange(start.from, date);
  const reportDays = dates.filter((d) => calendar.isReportDay(d));
  // Roster units that reported on each earlier report day: cached beside each day's aggregates for this roster
  // (the digest of that day counted them), so only `date`'s half-month is read in full, unless a day changed since.
  const fp = rosterFingerprint(roster);
  const [aggs, today, excused, leaves] = await Promise.all([
    store.daySums(township, dates, fp),
    store.dayAggregate(township, date),
    store.excused(township, date),
    store.leaves(township, date),
  ]);
  // Excused units (免报) are not missing; they and the members on leave or away are listed after the figures.
  const off = new Set(excused.map((e) => e.unit));
  const absence = scheduled.digestAbsence({
    excused: excused.map((e) => ({ unit: e.unit, reason: e.reason })),
    away: leaves.map((l) => ({ unit: l.unit, name: roster.person(l.memberId)?.name ?? l.memberId, kind: l.kind })),
  });
  const sums = today.sums;
  const expected = calendar.isReportDay(date);
  if (!expected && !sums[0]) return null;
  const at = new Map(dates.map((d, i) => [d, aggs[i]!]));
  const half = halfMonthOf(date).id;
  const counted = reportDays.filter((d) => d !== date && halfMonthOf(d).id !== half && at.get(d)!.count === undefined);
  const members = await readMembership(store, township, roster, [...counted, ...reportDays.filter((d) => halfMonthOf(d).id === half)], [date]);
  const rosterReported = (d: IsoDate) => members.rosterReported.get(d) ?? at.get(d)!.count ?? 0;
  await Promise.all(
    [...members.rosterReported].map(async ([d, n]) => {
      const a = at.get(d)!;
      if (a.count !== n) await store.putDayCount(township, d, fp, a.seq, n).catch(() => undefined); // a cache: a failure costs a later scan
    }),
  );
  const m = members.days.get(date)!;
  const highlights = await store.getUnitDays(township, date, today.highlights);
  const incidents: IncidentLine[] = [];
  const persons: KeyPersonLine[] = [];
  const pos = rosterPositions(roster);
  const order = [...highlights.keys()].sort((a, b) => (pos.get(a) ?? Infinity) - (pos.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  for (const unit of order) unitDayLines(date, unit, highlights.get(unit)!, incidents, persons);
  // What became of each incident since it was reported (续报, 终报, a step of its case): the leaders read the
  // digest the next morning, when the alert of the day before is no longer what is true. A day's incidents are few.
  const ids = order.flatMap((u) => highlights.get(u)!.incidents.map((i) => i.meta.id));
  const latest = await Promise.all(ids.map((id) => deps.cases.bySource(township, id).then((c) => c?.progress, () => undefined)));
  for (const [k, l] of latest.entries()) if (l) incidents[k]!.latest = l;
  const total = roster.roster.units.length;
  const cum = { reported: 0, found: 0, resolved: 0, incidents: 0, missing: 0 };
  for (const { sums: a } of aggs) {
    cum.reported += a[0]!;
    cum.found += a[3]!;
    cum.resolved += a[4]!;
    cum.incidents += a[6]!;
  }
  // 应报未报 counts from the township's first report: the days before it are before the bot was in use (a township
  // starting in the middle of 国庆 did not miss its first days), not days every unit missed.
  const firstActive = dates.find((d) => (at.get(d)!.sums[0] ?? 0) > 0);
  for (const d of reportDays) if (firstActive !== undefined && d >= firstActive) cum.missing += total - rosterReported(d);
  const text = scheduled.digest({
    township,
    date,
    ...(period ? { periodName: period.name } : {}),
    total,
    day: {
      reported: sums[0]!,
      missing: expected ? unitsMissing(m, roster).filter((u) => !off.has(u)) : [],
      late: unitsWith(m, roster, LATE),
      confirmed: sums[2]!,
      found: sums[3]!,
      resolved: sums[4]!,
      petitions: sums[5]!,
    },
    incidents,
    persons,
    cumulative: { name: start.name, from: start.from, ...cum },
  });
  // 逐人建账: in a sensitive period, the registered key persons nobody reported that day (稳控到位 = seen daily).
  const unseen = period ? await unseenKeyPersons(deps, date) : [];
  const tail = [...absence, ...(unseen.length ? [keyPersonText.unseen(unseen)] : [])];
  return tail.length ? `${text}\n${tail.join('\n')}` : text;
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
