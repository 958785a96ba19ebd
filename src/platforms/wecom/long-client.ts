import type { Config } from '../../config.js';
import type { OutboundMessage } from '../../core/message.js';
import type { Logger } from '../../logger.js';
import type { PlatformClient } from '../types.js';
import type { OutFrame } from './long-connection.js';
import { CONTENT_MAX_BYTES, newReqId, WsCmd } from './long-schema.js';
import { splitByBytes } from './split-by-bytes.js';
import { SINGLE_CHAT_PREFIX, type WecomReplyHandle } from './translate.js';

// Sending in long-connection mode. Transport only:
//  - a reply answers its callback with aibot_respond_msg and the callback's req_id, as markdown (never `text`,
//    which the platform refuses);
//  - alerts, digests, summaries and notices are pushed with aibot_send_msg (the chat must have written to the bot
//    once; a leader @-ing the bot in the leaders' group is enough);
//  - a message that @-mentions people, other than a reply, goes through the group's 消息推送 webhook when it has one:
//    aibot_send_msg has no mention field, so only the webhook notifies anyone.

export interface WecomLongClientOptions {
  config: Config;
  logger: Logger;
  /** The connection's deliver (sends on the live socket, or queues for the instance that holds it). */
  deliver: (frame: OutFrame) => Promise<void>;
  /** The HTTP client for group webhooks (reminders that @ people). */
  webhooks?: PlatformClient;
  now?: () => number;
}

export function createWecomLongClient(o: WecomLongClientOptions): PlatformClient {
  const now = o.now ?? Date.now;
  const warned = new Set<string>();
  const log = o.logger.child({ platform: 'wecom', transport: 'long' });

  return {
    platform: 'wecom',
    async send(msg: OutboundMessage) {
      const hasWebhook = Boolean(o.config.WECOM_GROUP_WEBHOOKS[msg.chatId]);
      if (msg.kind !== 'reply' && msg.mentions.length > 0) {
        if (hasWebhook && o.webhooks) return o.webhooks.send(msg);
        if (!warned.has(msg.chatId)) {
          warned.add(msg.chatId);
          log.warn(
            { chatId: msg.chatId, hint: 'add the group\'s 消息推送 webhook key to WECOM_GROUP_WEBHOOKS so reminders can @ people' },
            'WeCom long connection cannot @-mention: this group\'s reminders name people but notify nobody',
          );
        }
      }
      const single = msg.chatId.startsWith(SINGLE_CHAT_PREFIX);
      const target = single
        ? { chatid: msg.chatId.slice(SINGLE_CHAT_PREFIX.length), chat_type: 1 as const }
        : { chatid: msg.chatId, chat_type: 2 as const };
      const reqId = (msg.replyTo?.replyHandle as WecomReplyHandle | undefined)?.reqId;
      for (const content of splitByBytes(msg.text, CONTENT_MAX_BYTES)) {
        const markdown = { msgtype: 'markdown', markdown: { content } };
        await o.deliver(
          reqId
            ? { cmd: WsCmd.respond, reqId, body: markdown, fallback: target }
            : { cmd: WsCmd.send, reqId: newReqId(WsCmd.send, now()), body: { ...target, ...markdown } },
        );
      }
    },
  };
}
