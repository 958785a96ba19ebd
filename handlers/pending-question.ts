import type { PendingAt } from '../src/store/report-store.js';
import { ZeroReportSchema } from '../src/parser/schema.js';
import { buttons, conversation } from '../src/strings.js';
import { submitReport } from './submit-report.js';
import type { Handler, HandlerContext } from './types.js';

// The bot's question when it is not sure (零保告, 同上, 明天零报告): it says what it understood and asks; a 是/对 from
// the same sender in the same chat within the window registers the guess, through the same path as any report.
// Everything about the pending question lives here: a button (是/不是) on another platform calls
// `answerPending` with the same context.

/** How long a question waits for its 是. */
export const PENDING_WINDOW_SECONDS = 10 * 60;

const YES = /^(?:是|对|是的|对的|对头|嗯|嗯嗯|好|好的|是滴|yes|ok)[。.!！]?$/i;
const NO = /^(?:不是|不对|不是的|否|no)[。.!！]?$/i;

function pendingAt(ctx: HandlerContext): PendingAt {
  return { platform: ctx.msg.platform, chatId: ctx.msg.chatId, senderId: ctx.msg.userId };
}

/** Asks about the parser's guess and keeps it for the answer. */
export const askGuess: Handler = {
  name: 'ask-guess',
  match: (ctx) => ctx.parsed.unsure !== undefined && ctx.sender.kind !== 'leader' && ctx.sender.kind !== 'staff',
  async handle(ctx) {
    const u = ctx.parsed.unsure!;
    await ctx.deps.store.putPending(ctx.deps.roster.roster.township, pendingAt(ctx), JSON.stringify(u.guess), PENDING_WINDOW_SECONDS);
    // 是 / 不是 as buttons: a press is the typed answer from the presser, so only the one asked registers it.
    await ctx.reply(conversation.askGuess(u.reason, u.guess.unit ?? '', u.guess.date), undefined, [
      { label: buttons.yes, command: buttons.yesCommand },
      { label: buttons.no, command: buttons.noCommand },
    ]);
    return false;
  },
};

/**
 * Registers the pending guess of this sender in this chat, if any (taken once: a second 是 finds nothing).
 * Returns whether there was one. Stored exactly as a message saying the report would be (receipt, 迟报, 代报).
 */
export async function answerPending(ctx: HandlerContext): Promise<boolean> {
  const raw = await ctx.deps.store.takePending(ctx.deps.roster.roster.township, pendingAt(ctx));
  if (raw === undefined) return false;
  let guess: unknown;
  try {
    guess = JSON.parse(raw);
  } catch {
    return false;
  }
  const parsed = ZeroReportSchema.safeParse(guess);
  if (!parsed.success) return false;
  return (await submitReport.handle({ ...ctx, parsed: { reports: [parsed.data], warnings: [], unclear: false } })) === true;
}

/** 是/对: the answer to a pending question; without one it is chatter (silent, kept for audit). */
export const answerYes: Handler = {
  name: 'answer-yes',
  match: (ctx) => YES.test(ctx.msg.text.replace(/@\S+\s*/g, '').trim()),
  handle: answerPending,
};

/**
 * 不是/不对 (typed, or the question's 不是 button): the pending question is dropped and the sender told what to send;
 * without one it is chatter, like any 不是 in a busy group.
 */
export const answerNo: Handler = {
  name: 'answer-no',
  match: (ctx) => NO.test(ctx.msg.text.replace(/@\S+\s*/g, '').trim()),
  async handle(ctx) {
    const raw = await ctx.deps.store.takePending(ctx.deps.roster.roster.township, pendingAt(ctx));
    if (raw !== undefined) await ctx.reply(conversation.guessDeclined());
    return false;
  },
};
