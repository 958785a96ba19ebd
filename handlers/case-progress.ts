import { nameOf } from '../src/ledger/case-people.js';
import { mayConfirm, mayReport } from '../src/ledger/case-rules.js';
import { confirmStep, progressStep, resolveStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { buttons, ledger } from '../src/strings.js';
import { actor, isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/**
 * 案件12 进展：… · 案件12 已化解 / 息诉罢访 · 确认 案件12. A resolution said by the unit waits for the 包案领导 (who is
 * @-mentioned); said or confirmed by the 包案领导 it counts as 化解 that day.
 */
export const caseProgress: Handler = {
  name: 'case-progress',
  match: (ctx) => isLedger(ctx, 'progress', 'resolve', 'confirm'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'progress' && cmd?.kind !== 'resolve' && cmd?.kind !== 'confirm') return false;
    if (cmd.kind === 'progress' && !cmd.note) return void (await ctx.reply(ledger.progressHow(cmd.no)));
    const { roster, cases } = ctx.deps;
    const who = actor(ctx);
    let leaderName = '';
    const res = await updateCase(cases, roster.roster.township, cmd.no, (c) => {
      leaderName = nameOf(roster, c.leaderId);
      if (cmd.kind === 'confirm') return mayConfirm(ctx.sender, c) ?? confirmStep(c, who);
      const refusal = mayReport(ctx.sender, c);
      if (refusal) return refusal;
      return cmd.kind === 'progress' ? progressStep(c, who, cmd.note) : resolveStep(c, who, cmd.how, cmd.note);
    });
    if (!res.ok) return void (await ctx.reply(res.reason === 'not_found' ? ledger.notFound(cmd.no) : ledger.refusal(res.reason, cmd.no, leaderName)));
    const c = res.case;
    if (cmd.kind === 'progress') return void (await ctx.reply(ledger.progressed(c.no, c.versions.length)));
    if (c.status === 'resolved') return void (await ctx.reply(ledger.confirmed(c.no, c.resolution ?? 'resolved')));
    // Waiting for the 包案领导: they are @-mentioned so the confirmation does not wait for a digest.
    // The 包案领导 confirms with one tap (确认 案件N: anyone else pressing it is refused, as when typed).
    const choices = c.leaderId ? [{ label: buttons.confirmCase(c.no), command: buttons.confirmCase(c.no) }] : undefined;
    await ctx.reply(ledger.claimed(c.no, c.resolution ?? 'resolved', c.leaderId ? leaderName : null), [...new Set([ctx.sender.id, ...(c.leaderId ? [c.leaderId] : [])])], choices);
    return false;
  },
};
