import type { Actor } from '../src/ledger/case-steps.js';
import { type LedgerCommand, parseLedgerCommand } from '../src/ledger/case-command.js';
import { senderName } from '../src/ledger/case-people.js';
import type { HandlerContext } from './types.js';

// What the case handlers share: the ledger command of a message (read once per message), and who acts.

const memo = new WeakMap<HandlerContext, LedgerCommand | null>();

export function ledgerCommand(ctx: HandlerContext): LedgerCommand | null {
  if (!memo.has(ctx)) memo.set(ctx, parseLedgerCommand(ctx.msg.text, ctx.today));
  return memo.get(ctx) ?? null;
}

export function isLedger<K extends LedgerCommand['kind']>(ctx: HandlerContext, ...kinds: K[]): boolean {
  const c = ledgerCommand(ctx);
  return c !== null && (kinds as string[]).includes(c.kind);
}

export function actor(ctx: HandlerContext): Actor {
  return { by: ctx.sender.id, byName: senderName(ctx.sender, ctx.msg.userName), at: ctx.msg.at.toISOString(), today: ctx.today };
}
