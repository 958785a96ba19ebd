import type { OutboundMessage } from '../core/message.js';
import type { Platform } from '../roster.js';

/** The sending half of a platform: transport only, it decides nothing about reports. */
export interface PlatformClient {
  readonly platform: Platform;
  /** Delivers one message: replies through the reply path when `replyTo` is set, else to the group. */
  send(msg: OutboundMessage): Promise<void>;
}

/** Routes each outbound message to the client of its platform. */
export interface Notifier {
  send(msg: OutboundMessage): Promise<void>;
  /**
   * Sends unless `claim` was sent already (a job's day and group), the claim and the queuing being one atomic step:
   * a crash can leave neither or both, never a claim without its send. Only a durable notifier (the outbox) has it.
   */
  sendOnce?(claim: string, msg: OutboundMessage): Promise<boolean>;
  /**
   * The notifier for one run of a source (an inbound message): its sends are claimed under it, so a second run of
   * the same source sends nothing twice (outbox.ts). Only the outbox has it; other notifiers make no claims.
   */
  from?(source: string): Notifier;
}
