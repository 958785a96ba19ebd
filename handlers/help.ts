import { helpTopic } from '../src/parser/commands.js';
import { isOfficeSender } from '../src/roster.js';
import { conversation } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

export const help: Handler = {
  name: 'help',
  match: (ctx) => isCommand(ctx, 'help'),
  async handle(ctx) {
    const r = ctx.deps.roster.roster;
    // 怎么撤回？: the line on that, not the whole menu (and the parser made it help so nothing is taken back).
    const topic = helpTopic(ctx.msg.text);
    if (topic) return void (await ctx.reply(conversation.helpTopic(topic)));
    // Leaders and the office get what they run; 格式 (the formats) is the units' help for anyone.
    const formats = /格式/.test(ctx.msg.text);
    await ctx.reply(isOfficeSender(ctx.sender) && !formats ? conversation.helpOffice(r.township) : conversation.help(r.township, r.deadline));
    return false;
  },
};
