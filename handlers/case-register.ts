import { readElements } from '../src/ledger/case-elements.js';
import { mayRegister } from '../src/ledger/case-rules.js';
import { openCase } from '../src/ledger/open-case.js';
import { buttons, ledger } from '../src/strings.js';
import { actor, isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/** 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户 — a dispute found, registered as a case at once. */
export const caseRegister: Handler = {
  name: 'case-register',
  match: (ctx) => isLedger(ctx, 'register'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'register') return false;
    const refusal = mayRegister(ctx.sender);
    if (refusal) return void (await ctx.reply(ledger.refusal(refusal)));
    const senderUnit = ctx.sender.kind === 'member' ? ctx.sender.unit : null;
    const read = readElements(cmd.body, ctx.today, ctx.deps.roster.unitNames, senderUnit);
    if (!read.unit || !read.title) return void (await ctx.reply(ledger.registerHow()));
    const who = actor(ctx);
    const { case: c, created } = await openCase(ctx.deps, {
      sourceId: `${ctx.msg.platform}:${ctx.msg.msgId}`,
      source: 'chat',
      kind: 'dispute',
      unit: read.unit,
      title: read.title,
      openedOn: ctx.today,
      elements: read.elements,
      escalation: null,
      versions: [{ seq: 1, action: 'open', at: who.at, by: who.by, ...(who.byName ? { byName: who.byName } : {}), note: cmd.body }],
    });
    // 包案 with one tap for a leader (the button is the typed command: anyone else pressing it is refused).
    const choices = c.status === 'open' ? [{ label: buttons.assignCase(c.no), command: buttons.assignCaseCommand(c.no) }] : undefined;
    await ctx.reply(ledger.registered(c.no, c.unit, c.title, !created), undefined, choices);
    return false;
  },
};
