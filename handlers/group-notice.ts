import type { Group } from '../src/roster.js';
import type { HandlerContext } from './types.js';

// Notices the office sends from where it is to the units' groups (督办, 未报 提醒), @-mentioning who must act.

/** The units' groups of the platform it was said on; all of them when that platform has none. */
export function unitGroups(ctx: HandlerContext) {
  const all = ctx.deps.roster.groups('units');
  const same = all.filter((g) => g.platform === ctx.msg.platform);
  return same.length > 0 ? same : all;
}

/**
 * Each part to its groups, @-mentioning its people (a part with nobody to ask is not sent); a short receipt where it
 * was said, unless a notice went there (said in a group that got it, the notice itself answers).
 */
export async function notify(ctx: HandlerContext, text: string, parts: { groups: Group[]; mentions: string[] }[], receipt: string): Promise<void> {
  let here = false;
  for (const { groups, mentions } of parts) {
    if (mentions.length === 0) continue;
    for (const g of groups) {
      await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'notice', text, mentions });
      here ||= g.platform === ctx.msg.platform && g.chatId === ctx.msg.chatId;
    }
  }
  if (!here) await ctx.reply(receipt);
}
