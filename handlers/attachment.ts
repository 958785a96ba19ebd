import { ATTACHED_REPORT as A } from '../src/parser/commands.js';
import { isOfficeSender } from '../src/roster.js';
import { conversation } from '../src/strings.js';
import type { Handler } from './types.js';

/**
 * A report sent as a file or a picture (北岭村日研判.docx, 研判表在上面图片里) is not read by the bot: the sender is
 * told so and asked to type it, or they would believe the unit reported. Leaders and staff sending files to the
 * group are sharing them, not reporting.
 */
export const attachment: Handler = {
  name: 'attachment',
  match: (ctx) => {
    if (isOfficeSender(ctx.sender) || ctx.parsed.reports.some((r) => r.kind !== 'chatter')) return false;
    const t = ctx.msg.text;
    return t.length <= 120 && (A.fileName.test(t) || A.placeholder.test(t) || A.elsewhere.test(t)) && A.reportWord.test(t);
  },
  async handle(ctx) {
    await ctx.reply(conversation.attachedReport());
    return false;
  },
};
