import { conversation, dayLabel } from '../src/strings.js';
import { type Handler, isCommand } from './types.js';

const KIND = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;

/** 撤回: removes the sender's own last stored message, nothing else. */
export const undo: Handler = {
  name: 'undo',
  match: (ctx) => isCommand(ctx, 'undo'),
  async handle(ctx) {
    const removed = await ctx.deps.store.undoLast(ctx.deps.roster.roster.township, ctx.sender.id, { msgId: ctx.msg.msgId, at: ctx.msg.at.toISOString() });
    if (removed.length === 0) {
      await ctx.reply(conversation.undoNothing());
      return false;
    }
    await ctx.reply(conversation.undone(removed.map((r) => `${r.unit} ${dayLabel(r.date)} ${KIND[r.kind]}`)));
    return false;
  },
};
