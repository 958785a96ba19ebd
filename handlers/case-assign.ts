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
    const leader = leaderNamed(roster, cmd.rest);
    if (!leader || !cmd.deadline) return void (await ctx.reply(ledger.assignHow(cmd.no)));
    if (cmd.deadline < ctx.today) return void (await ctx.reply(ledger.deadlinePast(cmd.deadline)));
    const deadline = cmd.deadline;
    const named = (re: RegExp, unit: string) => {
      const n = re.exec(cmd.rest)?.[1];
      return n ? memberNamed(roster, unit, n) : undefined;
    };
    const res = await updateCase(ctx.deps.cases, township, cmd.no, (c) => {
      const refusal = mayAssign(ctx.sender, c);
      if (refusal) return refusal;
      const owner = named(LEDGER_WORDS.owner, c.unit) ?? (c.ownerId ? roster.person(c.ownerId) : undefined) ?? defaultOwner(roster, c.unit);
      const stabilizer = named(LEDGER_WORDS.stabilizer, c.unit) ?? (c.stabilizerId ? roster.person(c.stabilizerId) : undefined) ?? defaultStabilizer(roster, c.unit);
      return assignStep(c, actor(ctx), { leaderId: leader.id, ...(owner ? { ownerId: owner.id } : {}), ...(stabilizer ? { stabilizerId: stabilizer.id } : {}), deadline });
    });
    if (!res.ok) return void (await ctx.reply(res.reason === 'not_found' ? ledger.notFound(cmd.no) : ledger.refusal(res.reason, cmd.no)));
    const c = res.case;
    await ctx.reply(
      ledger.assigned({ no: c.no, leader: leader.name, owner: nameOf(roster, c.ownerId), stabilizer: nameOf(roster, c.stabilizerId), deadline }),
      [...new Set([ctx.sender.id, leader.id, c.ownerId, c.stabilizerId].filter((x): x is string => Boolean(x)))],
    );
    return false;
  },
};
