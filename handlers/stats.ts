import { addDays, dateRange } from '../src/dates.js';
import { cacheDayTotals, readDayTotals, sumFigures, totalsOf } from '../src/stats/day-totals.js';
import { periodStart } from '../src/stats/period-start.js';
import { summarize } from '../src/stats/summarize.js';
import { conversation } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

/** 统计: today's figures and the cumulative figures of the period so far. */
export const stats: Handler = {
  name: 'stats',
  match: (ctx) => isCommand(ctx, 'stats'),
  async handle(ctx) {
    const { store, roster, calendar } = ctx.deps;
    const township = roster.roster.township;
    const period = periodStart(ctx.today, calendar.periodOf(ctx.today));
    // Today in full (its missing units are listed); earlier days only by their totals (day-totals cache).
    const expected = calendar.isReportDay(ctx.today);
    const [read, past] = await Promise.all([
      store.getDayVersioned(township, ctx.today),
      Promise.all(dateRange(period.from, addDays(ctx.today, -1)).map((d) => readDayTotals(store, township, roster, d, calendar.isReportDay(d)))),
    ]);
    const today = summarize([{ date: ctx.today, day: read.units, expected }], roster);
    await cacheDayTotals(store, township, roster, totalsOf(ctx.today, today), expected, read.version);
    const all = { total: sumFigures([...past.map((t) => t.total), today.total]) };
    await ctx.reply(
      conversation.stats({
        date: ctx.today,
        reported: today.total.reported,
        total: roster.roster.units.length,
        missing: today.perDay[0]?.missing ?? [],
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
