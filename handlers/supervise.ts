import { caseRef } from '../src/ledger/case-command.js';
import { superviseStep } from '../src/ledger/case-steps.js';
import { splitForGroups } from '../src/ledger/case-people.js';
import { updateCase } from '../src/ledger/update-case.js';
import { conversation, ledger } from '../src/strings.js';
import { argsOf, isAction, isOffice } from './action.js';
import { actor } from './case-context.js';
import { notify, unitGroups } from './group-notice.js';
import { leaderGroupsFor } from './submit-report.js';
import type { Handler, HandlerContext } from './types.js';

/**
 * 督办 张庄村 (要求…): a leader or staff asks a unit to act; the notice @-mentions the unit's members. 督办 案件12 (请…):
 * the case's 包案领导 (in the leaders' group), 责任人 and 稳控责任人 (in the units' group) are asked, and the 台账
 * keeps the request in the case's trail.
 */
export const supervise: Handler = {
  name: 'supervise',
  match: (ctx) => isAction(ctx, 'supervise'),
  async handle(ctx) {
    if (!isOffice(ctx)) {
      await ctx.reply(conversation.onlyLeaders());
      return false;
    }
    const ref = caseRef(ctx.msg.text);
    if (ref) return superviseCase(ctx, ref.no, ref.after.replace(/^[\s,，:：]+/, '').trim());
    const a = argsOf(ctx);
    const unit = a.unit ? ctx.deps.roster.unit(a.unit) : undefined;
    if (!unit) {
      await ctx.reply(conversation.needUnit('督办 张庄村 请今天下班前报送详细情况'));
      return false;
    }
    const by = ctx.sender.kind === 'unknown' ? '' : ctx.sender.name;
    const text = conversation.supervise({ unit: unit.name, by, note: a.after });
    await notify(ctx, text, [{ groups: unitGroups(ctx), mentions: unit.members.map((m) => m.id) }], conversation.superviseSent(unit.name));
    return false;
  },
};

async function superviseCase(ctx: HandlerContext, no: number, note: string): Promise<boolean> {
  const township = ctx.deps.roster.roster.township;
  const who = actor(ctx);
  const res = await updateCase(ctx.deps.cases, township, no, (c) =>
    c.status === 'closed' || c.status === 'withdrawn' ? 'closed' : c.versions.some((v) => v.action === 'supervise' && v.at === who.at && v.by === who.by) ? c : superviseStep(c, who, note),
  );
  if (!res.ok) {
    await ctx.reply(res.reason === 'not_found' ? ledger.notFound(no) : ledger.refusal('already_closed', no));
    return false;
  }
  const c = res.case;
  const by = ctx.sender.kind === 'unknown' ? '' : ctx.sender.name;
  const text = conversation.superviseCase({ no: c.no, unit: c.unit, title: c.title, by, note });
  const people = [...new Set([c.leaderId, c.ownerId, c.stabilizerId].filter((id): id is string => id !== undefined))];
  // No one in charge yet: the unit's members are asked, as a unit's 督办 asks them.
  if (people.length === 0) {
    await notify(ctx, text, [{ groups: unitGroups(ctx), mentions: ctx.deps.roster.unit(c.unit)?.members.map((m) => m.id) ?? [] }], conversation.superviseSent(`案件${c.no}`));
    return false;
  }
  // Each is asked where they are, once: a leader (the 包案领导) in the leaders' group, as the alerts and the overdue
  // 【督办】 reach them; the unit's 责任人 and 稳控责任人 in the units' group. Without a leaders' group, all there.
  const leaderGroups = leaderGroupsFor(ctx);
  const split = splitForGroups(ctx.deps.roster, people, leaderGroups.length > 0);
  await notify(
    ctx,
    text,
    [
      { groups: leaderGroups, mentions: split.leaders },
      { groups: unitGroups(ctx), mentions: split.units },
    ],
    conversation.superviseSent(`案件${c.no}`),
  );
  return false;
}
