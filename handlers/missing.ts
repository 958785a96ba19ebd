import { missingUnits } from '../src/stats/missing-units.js';
import { conversation } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

/** 未报: the units without a report today, @-mentioning their members so the reminder reaches them. */
export const missing: Handler = {
  name: 'missing',
  match: (ctx) => isCommand(ctx, 'missing'),
  async handle(ctx) {
    const day = await ctx.deps.store.getDay(ctx.deps.roster.roster.township, ctx.today);
    const units = missingUnits(day, ctx.deps.roster);
    if (units.length === 0) {
      await ctx.reply(conversation.missingNone(ctx.today));
      return false;
    }
    const mentions = units.flatMap((u) => u.members.map((m) => m.id));
    await ctx.reply(
      conversation.missingList(
        ctx.today,
        units.map((u) => u.name),
      ),
      mentions,
    );
    return false;
  },
};
