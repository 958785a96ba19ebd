import { shanghaiTime } from '../src/dates.js';
import { PROMISED_LATER } from '../src/parser/commands.js';
import { withoutBotMention } from '../src/parser/normalize.js';
import { conversation } from '../src/strings.js';
import type { Handler } from './types.js';

/**
 * 桃园村今天村里办丧事，全村都在帮忙，晚点报: a report promised for later, said to the bot by a unit that has not
 * reported today. Silence would read as “noted, you are covered”; the reply says the report is still due and when.
 * Once the unit has reported, or on a day without reporting, it is talk like any other.
 */
export const promisedLater: Handler = {
  name: 'promised-later',
  match: (ctx) =>
    ctx.sender.kind === 'member' &&
    ctx.parsed.reports.every((r) => r.kind === 'chatter') &&
    PROMISED_LATER.test(withoutBotMention(ctx.msg.text)) &&
    ctx.deps.calendar.isReportDay(ctx.today),
  async handle(ctx) {
    if (ctx.sender.kind !== 'member') return false;
    const unit = ctx.sender.unit;
    const township = ctx.deps.roster.roster.township;
    const day = (await ctx.deps.store.getUnitDays(township, ctx.today, [unit])).get(unit);
    if (day && (day.zero || day.assessment || day.keyPersons || day.incidents.length > 0)) return false;
    const deadline = ctx.deps.roster.roster.deadline;
    await ctx.reply(conversation.promisedLater(unit, deadline, shanghaiTime(ctx.msg.at).slice(0, 5) >= deadline));
    return false;
  },
};
