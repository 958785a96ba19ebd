import { mayClose } from '../src/ledger/case-rules.js';
import { closeStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { ledger } from '../src/strings.js';
import { actor, isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/** 销号 案件12 — a leader strikes off a case whose resolution the 包案领导 confirmed. */
export const caseClose: Handler = {
  name: 'case-close',
  match: (ctx) => isLedger(ctx, 'close'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'close') return false;
    const res = await updateCase(ctx.deps.cases, ctx.deps.roster.roster.township, cmd.no, (c) => mayClose(ctx.sender, c) ?? closeStep(c, actor(ctx)));
    await ctx.reply(res.ok ? ledger.closed(cmd.no) : res.reason === 'not_found' ? ledger.notFound(cmd.no) : ledger.refusal(res.reason, cmd.no));
    return false;
  },
};
