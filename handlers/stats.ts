import { dateRange } from '../src/dates.js';
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
    const dates = dateRange(period.from, ctx.today);
    const days = await Promise.all(
      dates.map(async (date) => ({ date, day: await store.getDay(township, date), expected: calendar.isReportDay(date) })),
    );
    const today = summarize(days.slice(-1), roster);
    const all = summarize(days, roster);
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
