import { addDays, dateRange } from '../src/dates.js';
import { cacheDayTotals, readDayTotals, sumFigures, totalsOf } from '../src/stats/day-totals.js';
import { periodStart } from '../src/stats/period-start.js';
import { summarize } from '../src/stats/summarize.js';
import { spanDays } from '../src/parser/command-args.js';
import { conversation } from '../src/strings.js';
import { argsOf } from './action.js';
import { type Handler, isCommand } from './types.js';

/**
 * 统计: a day's figures (today, or the day named: 统计 12月2日) and the cumulative figures of its period so far;
 * 统计 本周/本月/本期: the figures of those days.
 */
export const stats: Handler = {
  name: 'stats',
  match: (ctx) => isCommand(ctx, 'stats'),
  async handle(ctx) {
    const { store, roster, calendar } = ctx.deps;
    const township = roster.roster.township;
    const args = argsOf(ctx);
    const date = [args.date, ctx.today].sort()[0]!; // not a future day
    const period = periodStart(date, calendar.periodOf(date));
    if (args.span) {
      const { from, to } = spanDays(args.span, ctx.today, period.from);
      const days = await Promise.all(dateRange(from, to).map((d) => readDayTotals(store, township, roster, d, calendar.isReportDay(d))));
      const t = sumFigures(days.map((d) => d.total));
      const label = { week: '本周', month: '本月', period: period.name }[args.span];
      const expected = days.reduce((n, d) => n + d.total.reported + d.total.missing, 0);
      await ctx.reply(
        conversation.periodStats({ label, from, to, days: days.length, reported: t.reported, expected, found: t.disputesFound, resolved: t.disputesResolved, incidents: t.incidents, beyond: t.incidentsBeyondTownship }),
        [],
      );
      return false;
    }
    // The day in full (its missing units are listed); earlier days only by their totals (day-totals cache).
    const expected = calendar.isReportDay(date);
    const [read, past, excused] = await Promise.all([
      store.getDayVersioned(township, date),
      Promise.all(dateRange(period.from, addDays(date, -1)).map((d) => readDayTotals(store, township, roster, d, calendar.isReportDay(d)))),
      store.excused(township, date),
    ]);
    const today = summarize([{ date, day: read.units, expected }], roster);
    await cacheDayTotals(store, township, roster, totalsOf(date, today), expected, read.version);
    const all = { total: sumFigures([...past.map((t) => t.total), today.total]) };
    const off = new Set(excused.map((e) => e.unit));
    await ctx.reply(
      conversation.stats({
        date,
        reported: today.total.reported,
        total: roster.roster.units.length,
        missing: (today.perDay[0]?.missing ?? []).filter((u) => !off.has(u)),
        incidents: today.total.incidents,
        found: today.total.disputesFound,
        resolved: today.total.disputesResolved,
        period: { name: period.name, from: period.from, found: all.total.disputesFound, resolved: all.total.disputesResolved, incidents: all.total.incidents },
      }),
      [],
    );
    return false;
  },
};
