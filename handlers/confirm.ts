import { conversation } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

/** 确认/签字: the unit head and the resident team leader both sign the unit's report of the day. */
export const confirm: Handler = {
  name: 'confirm',
  match: (ctx) => isCommand(ctx, 'confirm'),
  async handle(ctx) {
    const s = ctx.sender;
    if (s.kind !== 'member' || (s.role !== 'head' && s.role !== 'team_leader')) {
      await ctx.reply(conversation.confirmNotAllowed());
      return false;
    }
    const township = ctx.deps.roster.roster.township;
    // The signer's own unit-day only: a township of 100,000 units has as many heads and team leaders signing daily.
    const day = (await ctx.deps.store.getUnitDays(township, ctx.today, [s.unit])).get(s.unit);
    const hasReport = day && (day.zero || day.assessment || day.keyPersons || day.incidents.length > 0);
    if (!hasReport) {
      await ctx.reply(conversation.confirmNothing(s.unit, ctx.today));
      return false;
    }
    // The signature is for the version seen now; a later correction clears it and asks again.
    const version = (await ctx.deps.store.history(township, ctx.today, s.unit)).length;
    const all = await ctx.deps.store.confirm(township, ctx.today, s.unit, { memberId: s.id, role: s.role, at: ctx.msg.at.toISOString(), version });
    await ctx.reply(conversation.confirmed(s.unit, ctx.today, all.some((c) => c.role === 'head'), all.some((c) => c.role === 'team_leader')));
    return false;
  },
};
