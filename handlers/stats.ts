import type { Deps } from '../src/core/deps.js';
import { dateRange, type IsoDate } from '../src/dates.js';
import { periodStart } from '../src/stats/period-start.js';
import { type DaysFigures, readDaysFigures, unitsMissing } from '../src/stats/membership.js';
import { spanDays } from '../src/parser/command-args.js';
import { conversation } from '../src/strings.js';
import { argsOf } from './action.js';
import { type Handler, isCommand } from './types.js';

/** 统计's reply about `args` (a day, or a span: 本周/本月/本期) asked on `today`. */
export async function statsText(deps: Deps, today: IsoDate, args: { date: IsoDate; span?: 'week' | 'month' | 'period' | undefined }): Promise<string> {
  const { store, roster, calendar } = deps;
  const township = roster.roster.township;
  const date = [args.date, today].sort()[0]!; // not a future day
  const period = periodStart(date, calendar.periodOf(date));
  const total = roster.roster.units.length;
  const isReportDay = (d: IsoDate) => calendar.isReportDay(d);
  // Vector positions (store/aggregates.ts VEC): 0 reported, 3 found, 4 resolved, 6 incidents, 7 beyond the township.
  const sum = (f: DaysFigures, days: readonly IsoDate[], i: number) => days.reduce((n, d) => n + f.sums.get(d)![i]!, 0);
  if (args.span) {
    const { from, to } = spanDays(args.span, today, period.from);
    const days = dateRange(from, to);
    const f = await readDaysFigures(store, township, roster, days, isReportDay);
    const label = { week: '本周', month: '本月', period: period.name }[args.span];
    // Expected unit-days: all that reported (units outside the roster too) and the roster units missing on report days.
    // …from the township's first report on, as the digest counts them (the days before are before the bot was in use).
    const firstActive = days.find((d) => f.sums.get(d)![0]! > 0);
    const missing = days.filter((d) => isReportDay(d) && firstActive !== undefined && d >= firstActive).reduce((n, d) => n + total - f.rosterReported(d), 0);
    const reported = sum(f, days, 0);
    return conversation.periodStats({ label, from, to, days: days.length, reported, expected: reported + missing, found: sum(f, days, 3), resolved: sum(f, days, 4), incidents: sum(f, days, 6), beyond: sum(f, days, 7) });
  }
  const days = dateRange([period.from, date].sort()[0]!, date);
  const [f, excused] = await Promise.all([readDaysFigures(store, township, roster, days, isReportDay, [date]), store.excused(township, date)]);
  const off = new Set(excused.map((e) => e.unit));
  const day = f.sums.get(date)!;
  return conversation.stats({
    date,
    reported: day[0]!,
    total,
    missing: isReportDay(date) ? unitsMissing(f.days.get(date)!, roster).filter((u) => !off.has(u)) : [],
    incidents: day[6]!,
    found: day[3]!,
    resolved: day[4]!,
    period: { name: period.name, from: period.from, found: sum(f, days, 3), resolved: sum(f, days, 4), incidents: sum(f, days, 6) },
  });
}

/**
 * 统计: a day's figures (today, or the day named: 统计 12月2日) and the cumulative figures of its period so far;
 * 统计 本周/本月/本期: the figures of those days. Read from the aggregates the write keeps (store/aggregates.ts), like
 * the digest: each day's sums, the roster units that reported, and for the day itself who did not; no report is read.
 */
export const stats: Handler = {
  name: 'stats',
  match: (ctx) => isCommand(ctx, 'stats'),
  async handle(ctx) {
    await ctx.reply(await statsText(ctx.deps, ctx.today, argsOf(ctx)), []);
    return false;
  },
};
