import { conversation } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

export const help: Handler = {
  name: 'help',
  match: (ctx) => isCommand(ctx, 'help'),
  async handle(ctx) {
    const r = ctx.deps.roster.roster;
    await ctx.reply(conversation.help(r.township, r.deadline));
    return false;
  },
};
