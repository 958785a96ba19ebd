import { conversation } from '../src/strings.js';
import { argsOf, isAction, isOffice } from './action.js';
import type { Handler } from './types.js';

/** 督办 张庄村 (要求…): a leader or staff asks a unit to act; the notice @-mentions the unit's members. */
export const supervise: Handler = {
  name: 'supervise',
  match: (ctx) => isAction(ctx, 'supervise'),
  async handle(ctx) {
    if (!isOffice(ctx)) {
      await ctx.reply(conversation.onlyLeaders());
      return false;
    }
    const a = argsOf(ctx);
    const unit = a.unit ? ctx.deps.roster.unit(a.unit) : undefined;
    if (!unit) {
      await ctx.reply(conversation.needUnit('督办 张庄村 请今天下班前报送详细情况'));
      return false;
    }
    const by = ctx.sender.kind === 'unknown' ? '' : ctx.sender.name;
    const text = conversation.supervise({ unit: unit.name, by, note: a.after });
    const mentions = unit.members.map((m) => m.id);
    const all = ctx.deps.roster.groups('units');
    const same = all.filter((g) => g.platform === ctx.msg.platform);
    const groups = same.length > 0 ? same : all;
    for (const g of groups) await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'notice', text, mentions });
    // Said in a units group, the notice itself answers; elsewhere (the leaders' group) a short receipt.
    if (!groups.some((g) => g.platform === ctx.msg.platform && g.chatId === ctx.msg.chatId)) await ctx.reply(conversation.superviseSent(unit.name));
    return false;
  },
};
