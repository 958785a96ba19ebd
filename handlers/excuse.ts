import { conversation } from '../src/strings.js';
import { argsOf, isAction, isOffice } from './action.js';
import type { Handler } from './types.js';

/** 免报 张庄村 12月3日 原因…: a leader or staff excuses a unit for a day; it is then neither reminded nor 漏报. */
export const excuse: Handler = {
  name: 'excuse',
  match: (ctx) => isAction(ctx, 'excuse'),
  async handle(ctx) {
    if (!isOffice(ctx)) {
      await ctx.reply(conversation.onlyLeaders());
      return false;
    }
    const a = argsOf(ctx);
    if (!a.unit) {
      await ctx.reply(conversation.needUnit('免报 张庄村 12月3日 村委换届'));
      return false;
    }
    const reason = a.rest.replace(/^(?:原因|理由)\s*/, '');
    await ctx.deps.store.excuse(ctx.deps.roster.roster.township, { unit: a.unit, date: a.date, reason, by: ctx.sender.id, at: ctx.msg.at.toISOString() });
    await ctx.reply(conversation.excused(a.unit, a.date, reason));
    return false;
  },
};
