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
}
