import type { Platform } from '../roster.js';

/** One chat message, the same for every platform once transport code has verified and translated it. */
export interface InboundMessage {
  platform: Platform;
  /** The platform's own message id; redeliveries carry the same one. */
  msgId: string;
  chatId: string;
  /** The platform user id of the sender (WeCom userid, DingTalk staffId, roster id on the console). */
  userId: string;
  /** Display name when the platform gives one. */
  userName?: string;
  /** The text with the bot's @-mention already removed. */
  text: string;
  /** When it was sent (platform timestamp), or received when the platform gives none. */
  at: Date;
  /** Platform data the client needs to reply in place (WeCom response_url, DingTalk sessionWebhook). Opaque here. */
  replyHandle?: unknown;
}

export const OUTBOUND_KINDS = ['reply', 'reminder', 'alert', 'digest', 'summary', 'notice'] as const;
export type OutboundKind = (typeof OUTBOUND_KINDS)[number];

/** A button on a reply that is a choice. A press is handled exactly as if the presser had typed `command`. */
export interface Choice {
  label: string;
  command: string;
}

/** One message the bot sends. Handlers and jobs produce these; platform clients deliver them. */
export interface OutboundMessage {
  platform: Platform;
  chatId: string;
  kind: OutboundKind;
  /** Plain text; platform clients may render it as markdown, and split it to fit their size limits. */
  text: string;
  /** Roster ids to @-mention; clients map them to platform user ids or mobiles. */
  mentions: string[];
  /** Set on replies: the handle of the message being answered. */
  replyTo?: InboundMessage;
  /** Buttons when the reply is a choice (WeCom template card, numbered choices on the console). Typed commands work without them. */
  choices?: Choice[];
}
