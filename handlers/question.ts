import { QUESTION_WORDS as Q } from '../src/parser/commands.js';
import { isOfficeSender } from '../src/roster.js';
import { conversation } from '../src/strings.js';
import { argsOf } from './action.js';
import { statsText } from './stats.js';
import type { Handler } from './types.js';

/**
 * A question put to the bot that no command took: 今天情况怎么样？ and 昨天的早报发一下 get that day's 统计; any other
 * question one line of what the bot can answer, never silence. A question that names a unit, a person or 你们 is
 * put to someone in the group (the office asking 东坡社区王某某现在什么情况？): left to them, as chatter is.
 */
export const question: Handler = {
  name: 'question',
  match: (ctx) => {
    const t = ctx.msg.text.trim();
    if (t.length > 40 || ctx.parsed.reports.some((r) => r.kind !== 'chatter') || !(Q.cue.test(t) || Q.stats.test(t)) || Q.someoneElse.test(t)) return false;
    if (argsOf(ctx).unit !== null) return false;
    return !ctx.deps.roster.namesSomeone(t);
  },
  async handle(ctx) {
    if (Q.stats.test(ctx.msg.text)) {
      await ctx.reply(await statsText(ctx.deps, ctx.today, { date: argsOf(ctx).date }));
      return false;
    }
    await ctx.reply(conversation.questionHint(isOfficeSender(ctx.sender)));
    return false;
  },
};
