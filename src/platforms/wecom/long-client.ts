import type { Config } from '../../config.js';
import type { Choice, InboundMessage, OutboundMessage } from '../../core/message.js';
import type { Logger } from '../../logger.js';
import { buttons } from '../../strings.js';
import type { PlatformClient } from '../types.js';
import { buttonCard, type CardPressHandle, fitsOnCard, isCardPressHandle, newTaskId, pressToInbound } from './cards.js';
import type { CardPress, OutFrame } from './long-connection.js';
import { CONTENT_MAX_BYTES, newReqId, WsCmd } from './long-schema.js';
import { splitByBytes } from './split-by-bytes.js';
import { SINGLE_CHAT_PREFIX, type WecomReplyHandle } from './translate.js';

// Sending in long-connection mode. Transport only:
//  - a reply answers its callback with aibot_respond_msg and the callback's req_id, as markdown (never `text`,
//    which the platform refuses); a reply that is a choice is followed by a template card with its buttons;
//  - the answer to a button press updates that card (aibot_respond_update_msg with the click's req_id: a click
//    cannot be answered with aibot_respond_msg), within WeCom's 5 s: if the handlers have not answered after
//    PRESS_GUARD_MS, the card says the press was received and the answer follows as a push;
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
  random?: () => number;
  /** How long the handlers get before the card is updated with an interim "received" (WeCom allows 5 s). */
  pressGuardMs?: number;
}

export interface WecomLongClient extends PlatformClient {
  /** A press on one of our cards → the neutral message its command would be (undefined when not ours); arms the 5 s guard. */
  pressed(press: CardPress): InboundMessage | undefined;
  close(): Promise<void>;
}

const PRESS_GUARD_MS = 3_500;

export function createWecomLongClient(o: WecomLongClientOptions): WecomLongClient {
  const now = o.now ?? Date.now;
  const random = o.random ?? Math.random;
  const pressGuardMs = o.pressGuardMs ?? PRESS_GUARD_MS;
  const warned = new Set<string>();
  /** Presses whose card was not updated yet, with their guard timers. */
  const open = new Map<string, NodeJS.Timeout>();
  const log = o.logger.child({ platform: 'wecom', transport: 'long' });

  const targetOf = (chatId: string) =>
    chatId.startsWith(SINGLE_CHAT_PREFIX) ? { chatid: chatId.slice(SINGLE_CHAT_PREFIX.length), chat_type: 1 as const } : { chatid: chatId, chat_type: 2 as const };

  async function push(chatId: string, text: string): Promise<void> {
    for (const content of splitByBytes(text, CONTENT_MAX_BYTES))
      await o.deliver({ cmd: WsCmd.send, reqId: newReqId(WsCmd.send, now(), random), body: { ...targetOf(chatId), msgtype: 'markdown', markdown: { content } } });
  }

  /** The card after a press: the answer's text, with the answer's own buttons when it has some, else the card's. */
  function updateCard(h: CardPressHandle, text: string, choices: Choice[] = h.choices): Promise<void> {
    return o.deliver({
      cmd: WsCmd.respondUpdate,
      reqId: h.cardReqId,
      body: { response_type: 'update_template_card', template_card: buttonCard(text, choices, h.taskId) },
    });
  }

  /** The answer to a press: the card shows it (the whole of it when it fits; else its start, and a push the rest). */
  async function answerPress(h: CardPressHandle, msg: OutboundMessage): Promise<void> {
    clearTimeout(open.get(h.cardReqId));
    open.delete(h.cardReqId);
    // The press may have reached another instance: the time it arrived, not a local timer, says if the card may still change.
    if (now() - h.receivedAt < pressGuardMs) {
      await updateCard(h, msg.text, msg.choices?.length ? msg.choices : h.choices);
      if (fitsOnCard(msg.text)) return;
    }
    // Too late for the card, or too long for it: the chat gets the answer as a message.
    await push(msg.chatId, msg.text);
  }

  /**
   * A reply that is a choice: the text as markdown first (what every reader, and every receipt check, expects of a
   * reply), then the buttons as a card on the same req_id.
   */
  async function replyWithChoices(reqId: string, msg: OutboundMessage, choices: Choice[]): Promise<void> {
    const fallback = targetOf(msg.chatId);
    for (const content of splitByBytes(msg.text, CONTENT_MAX_BYTES)) await o.deliver({ cmd: WsCmd.respond, reqId, body: { msgtype: 'markdown', markdown: { content } }, fallback });
    await o.deliver({ cmd: WsCmd.respond, reqId, body: { msgtype: 'template_card', template_card: buttonCard(buttons.chooseTitle, choices, newTaskId(now(), random)) } });
  }

  return {
    platform: 'wecom',
    async send(msg: OutboundMessage) {
      const hasWebhook = Boolean(o.config.WECOM_GROUP_WEBHOOKS[msg.chatId]);
      if (msg.kind !== 'reply' && msg.mentions.length > 0) {
        if (hasWebhook && o.webhooks) return o.webhooks.send(msg);
        if (!warned.has(msg.chatId)) {
          warned.add(msg.chatId);
          log.warn(
            { chatId: msg.chatId, hint: "add the group's 消息推送 webhook key to WECOM_GROUP_WEBHOOKS so reminders can @ people" },
            "WeCom long connection cannot @-mention: this group's reminders name people but notify nobody",
          );
        }
      }
      const handle = msg.replyTo?.replyHandle;
      if (isCardPressHandle(handle)) return answerPress(handle, msg);
      const reqId = (handle as WecomReplyHandle | undefined)?.reqId;
      // A push to a group cannot carry a card (aibot_send_msg: template cards to one-to-one chats only): the words to type.
      if (!reqId) return push(msg.chatId, msg.choices?.length ? `${msg.text}\n${buttons.typeHint(msg.choices.map((c) => c.command))}` : msg.text);
      if (msg.choices?.length) return replyWithChoices(reqId, msg, msg.choices);
      for (const content of splitByBytes(msg.text, CONTENT_MAX_BYTES))
        await o.deliver({ cmd: WsCmd.respond, reqId, body: { msgtype: 'markdown', markdown: { content } }, fallback: targetOf(msg.chatId) });
    },
    pressed(press) {
      const inbound = pressToInbound(press, now());
      if (!inbound) return undefined;
      const h = inbound.replyHandle as CardPressHandle;
      if (!open.has(h.cardReqId)) {
        open.set(
          h.cardReqId,
          setTimeout(() => {
            open.delete(h.cardReqId);
            updateCard(h, buttons.pressReceived(h.label)).catch((err: unknown) => log.warn({ err }, 'wecom card: interim update failed'));
          }, pressGuardMs),
        );
      }
      return inbound;
    },
    async close() {
      for (const t of open.values()) clearTimeout(t);
      open.clear();
    },
  };
}
