import { defaultOwner, defaultStabilizer, leaderNamed, memberNamed, nameOf } from '../src/ledger/case-people.js';
import { mayAssign } from '../src/ledger/case-rules.js';
import { assignStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { LEDGER_WORDS } from '../src/parser/commands.js';
import { ledger } from '../src/strings.js';
import { actor, isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/**
 * 包案 案件12 李镇长 12月20日前 [责任人王磊 稳控刘芳] — a leader puts a leader in charge with a deadline. The
 * 责任人 and 稳控责任人 default to the unit's head and resident team leader.
 */
export const caseAssign: Handler = {
  name: 'case-assign',
  match: (ctx) => isLedger(ctx, 'assign'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'assign') return false;
    const { roster } = ctx.deps;
    const township = roster.roster.township;
    // 包案 案件12 我 (the 包案 button, or typed): the leader who says it takes the case; a time limit may follow.
    const self = LEDGER_WORDS.assignSelf.test(cmd.rest);
    const leader = self ? (ctx.sender.kind === 'leader' ? roster.roster.leaders.find((l) => l.id === ctx.sender.id) : undefined) : leaderNamed(roster, cmd.rest);
    if (self && !leader) return void (await ctx.reply(ledger.refusal(ctx.sender.kind === 'unknown' ? 'not_rostered' : 'leader_only_assign', cmd.no)));
    if (!leader || (!cmd.deadline && !self)) return void (await ctx.reply(ledger.assignHow(cmd.no)));
    if (cmd.deadline && cmd.deadline < ctx.today) return void (await ctx.reply(ledger.deadlinePast(cmd.deadline)));
    const deadline = cmd.deadline ?? undefined;
    const named = (re: RegExp, unit: string) => {
      const n = re.exec(cmd.rest)?.[1];
      return n ? memberNamed(roster, unit, n) : undefined;
    };
    const res = await updateCase(ctx.deps.cases, township, cmd.no, (c) => {
      const refusal = mayAssign(ctx.sender, c);
      if (refusal) return refusal;
      const owner = named(LEDGER_WORDS.owner, c.unit) ?? (c.ownerId ? roster.person(c.ownerId) : undefined) ?? defaultOwner(roster, c.unit);
      const stabilizer = named(LEDGER_WORDS.stabilizer, c.unit) ?? (c.stabilizerId ? roster.person(c.stabilizerId) : undefined) ?? defaultStabilizer(roster, c.unit);
      return assignStep(c, actor(ctx), { leaderId: leader.id, ...(owner ? { ownerId: owner.id } : {}), ...(stabilizer ? { stabilizerId: stabilizer.id } : {}), ...(deadline ? { deadline } : {}) });
    });
    if (!res.ok) return void (await ctx.reply(res.reason === 'not_found' ? ledger.notFound(cmd.no) : ledger.refusal(res.reason, cmd.no)));
    const c = res.case;
    const who = { no: c.no, leader: leader.name, owner: nameOf(roster, c.ownerId), stabilizer: nameOf(roster, c.stabilizerId) };
    await ctx.reply(
      c.deadline ? ledger.assigned({ ...who, deadline: c.deadline }) : ledger.assignedNoDeadline(who),
      [...new Set([ctx.sender.id, leader.id, c.ownerId, c.stabilizerId].filter((x): x is string => Boolean(x)))],
    );
    return false;
  },
};
