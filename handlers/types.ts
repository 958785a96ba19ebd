import type { Deps } from '../src/core/deps.js';
import type { Choice, InboundMessage } from '../src/core/message.js';
import type { IsoDate } from '../src/dates.js';
import type { ParseResult } from '../src/parser/schema.js';
import type { Sender } from '../src/roster.js';
import type { RawMessage } from '../src/store/report-store.js';

/** What a handler sees of one inbound message. */
export interface HandlerContext {
  msg: InboundMessage;
  parsed: ParseResult;
  sender: Sender;
  deps: Deps;
  /** The Asia/Shanghai day the message was sent. */
  today: IsoDate;
  raw: RawMessage;
  /** Answers in the same chat, @-mentioning the given roster ids (the sender by default, when on the roster). */
  /** `choices`: buttons when the answer is a choice; each stands for a command the presser could type instead. */
  reply(text: string, mentions?: string[], choices?: Choice[]): Promise<void>;
}

/** One row of the handler table: the first row whose `match` is true handles the message. */
export interface Handler {
  name: string;
  match(ctx: HandlerContext): boolean;
  /** Returns true when it stored the raw message itself (inside its own atomic write). */
  handle(ctx: HandlerContext): Promise<boolean | undefined>;
}

export function isCommand(ctx: HandlerContext, name: string): boolean {
  return ctx.parsed.reports.some((r) => r.kind === 'command' && r.name === name);
}
