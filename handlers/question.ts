import { ASKS_WHAT_TO_REPORT, GREETING, QUESTION_WORDS as Q } from '../src/parser/commands.js';
import { withoutBotMention } from '../src/parser/normalize.js';
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
    // A typed or forwarded “@维稳助手 在吗？” is still put to the bot (transports usually remove its @ already).
    const t = withoutBotMention(ctx.msg.text);
    if (GREETING.test(t) && ctx.parsed.reports.every((r) => r.kind === 'chatter')) return true;
    if (t.length > 40 || ctx.parsed.reports.some((r) => r.kind !== 'chatter') || !(Q.cue.test(t) || Q.stats.test(t)) || Q.someoneElse.test(t)) return false;
    if (argsOf(ctx).unit !== null) return false;
    return !ctx.deps.roster.namesSomeone(t);
  },
  async handle(ctx) {
    const t = withoutBotMention(ctx.msg.text);
    if (GREETING.test(t)) return void (await ctx.reply(conversation.greeting()));
    if (Q.stats.test(ctx.msg.text)) {
      await ctx.reply(await statsText(ctx.deps, ctx.today, { date: argsOf(ctx).date }));
      return false;
    }
    // 今天是不是要报日研判？: the formats and the deadline answer it.
    if (ASKS_WHAT_TO_REPORT.test(t)) return void (await ctx.reply(conversation.help(ctx.deps.roster.roster.township, ctx.deps.roster.roster.deadline)));
    await ctx.reply(conversation.questionHint(isOfficeSender(ctx.sender)));
    return false;
  },
};
