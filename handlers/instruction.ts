import { INSTRUCTION_WORDS } from '../src/parser/commands.js';
import { withoutBotMention } from '../src/parser/normalize.js';
import { buttons, conversation } from '../src/strings.js';
import { argsOf, isOffice } from './action.js';
import type { Handler } from './types.js';

/**
 * 南关村那个事让马成盯紧点，明天前要有结果: a leader's instruction about one unit, said to the bot (a group message
 * reaches it only with its @). It is not carried out as said; the bot offers the 督办 it can send, one tap away.
 */
export const instruction: Handler = {
  name: 'instruction',
  match: (ctx) => isOffice(ctx) && ctx.parsed.reports.every((r) => r.kind === 'chatter') && argsOf(ctx).unit !== null && INSTRUCTION_WORDS.test(withoutBotMention(ctx.msg.text)),
  async handle(ctx) {
    const a = argsOf(ctx);
    const unit = a.unit as string;
    const command = `督办 ${unit} ${a.after}`.trim();
    await ctx.reply(conversation.superviseOffer(unit, command), undefined, [{ label: buttons.superviseUnit(unit), command }]);
    return false;
  },
};
