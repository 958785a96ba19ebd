import { conversation } from '../src/strings.js';
import { argsOf, isAction, nameOf } from './action.js';
import { detail } from './submit-report.js';
import type { Handler } from './types.js';

/** 历史 张庄村 12月2日: every version of a unit-day's reports, who sent it and when. */
export const history: Handler = {
  name: 'history',
  match: (ctx) => isAction(ctx, 'history'),
  async handle(ctx) {
    const a = argsOf(ctx);
    if (!a.unit) {
      await ctx.reply(conversation.needUnit('历史 张庄村 12月2日'));
      return false;
    }
    const versions = await ctx.deps.store.history(ctx.deps.roster.roster.township, a.date, a.unit);
    const lines = versions.map((v) => ({ seq: v.seq, at: v.at, who: nameOf(ctx, v.senderId), action: v.action, kind: v.kind, detail: v.report ? detail(v.report) : '' }));
    await ctx.reply(conversation.historyList(a.unit, a.date, lines));
    return false;
  },
};
