import { SIGNER_ASSENT } from '../src/parser/commands.js';
import { withoutBotMention } from '../src/parser/normalize.js';
import type { Sender } from '../src/roster.js';
import { isDated } from '../src/parser/schema.js';
import { conversation } from '../src/strings.js';
import { type Handler, type HandlerContext, isCommand } from './types.js';

type Signer = Extract<Sender, { kind: 'member' }> & { role: 'head' | 'team_leader' };

/** The unit's head or team leader, who may sign its report of the day. */
export function signerOf(s: Sender): Signer | undefined {
  return s.kind === 'member' && (s.role === 'head' || s.role === 'team_leader') ? (s as Signer) : undefined;
}

/**
 * Signs the signer's unit's report of today, for the version stored now (a later correction clears it and asks
 * again); the line that says who has signed. Used by 确认 and by a report that ends with 确认 (submit-report.ts).
 */
export async function signToday(ctx: HandlerContext, s: Signer): Promise<string> {
  const township = ctx.deps.roster.roster.township;
  const version = (await ctx.deps.store.history(township, ctx.today, s.unit)).length;
  const all = await ctx.deps.store.confirm(township, ctx.today, s.unit, { memberId: s.id, role: s.role, at: ctx.msg.at.toISOString(), version });
  return conversation.confirmed(s.unit, ctx.today, all.some((c) => c.role === 'head'), all.some((c) => c.role === 'team_leader'));
}

/** 确认/签字: the unit head and the resident team leader both sign the unit's report of the day. */
export const confirm: Handler = {
  name: 'confirm',
  // (确认。张庄村今日零报告: the signature with the report itself is submit-report.ts's, which stores the report and signs it.)
  match: (ctx) => (isCommand(ctx, 'confirm') && !ctx.parsed.reports.some(isDated)) || (signerOf(ctx.sender) !== undefined && SIGNER_ASSENT.test(withoutBotMention(ctx.msg.text))),
  async handle(ctx) {
    const s = signerOf(ctx.sender);
    if (!s) {
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
    await ctx.reply(await signToday(ctx, s));
    return false;
  },
};
