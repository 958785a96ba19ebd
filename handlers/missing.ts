import { REMIND_WORD } from '../src/parser/commands.js';
import { missingUnits } from '../src/stats/missing-units.js';
import { conversation } from '../src/strings.js';
import { argsOf } from './action.js';
import { notify, unitGroups } from './group-notice.js';
import { type Handler, isCommand } from './types.js';

/**
 * 未报 (or 未报 昨天): the units without a report that day, excused units left out, @-mentioning their members who
 * are not on leave so the reminder reaches them (not in the leaders' group).
 */
export const missing: Handler = {
  name: 'missing',
  match: (ctx) => isCommand(ctx, 'missing'),
  async handle(ctx) {
    const township = ctx.deps.roster.roster.township;
    const a = argsOf(ctx);
    const date = [a.date, ctx.today].sort()[0]!; // not a future day
    const [day, excused, leaves] = await Promise.all([ctx.deps.store.getDay(township, date), ctx.deps.store.excused(township, date), ctx.deps.store.leaves(township, date)]);
    const off = new Set(excused.map((e) => e.unit));
    const away = new Set(leaves.map((l) => l.memberId));
    const units = missingUnits(day, ctx.deps.roster).filter((u) => !off.has(u.name));
    if (units.length === 0) {
      await ctx.reply(conversation.missingNone(date));
      return false;
    }
    // In the leaders' group the list is for the leaders: the cadres are not there to be reached (the reminders reach
    // them in the units' group), and 30 names @-mentioned there is noise.
    const inLeaders = ctx.deps.roster.group(ctx.msg.platform, ctx.msg.chatId)?.kind === 'leaders';
    const cadres = units.flatMap((u) => u.members.filter((m) => !away.has(m.id)).map((m) => m.id));
    const names = units.map((u) => u.name);
    // 未报 提醒 (给没报的村发个提醒) said there: the list goes to the units' group, where it reaches them.
    if (inLeaders && REMIND_WORD.test(ctx.msg.text)) {
      await notify(ctx, conversation.missingList(date, names), [{ groups: unitGroups(ctx), mentions: cadres }], conversation.missingReminded(names.length));
      return false;
    }
    const mentions = inLeaders ? [] : cadres;
    await ctx.reply(
      conversation.missingList(date, names),
      mentions,
    );
    return false;
  },
};
