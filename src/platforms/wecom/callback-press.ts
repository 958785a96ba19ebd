import type { Choice, InboundMessage } from '../../core/message.js';
import { readButtonKey } from './cards.js';
import { SINGLE_CHAT_PREFIX, type WecomReplyHandle } from './translate.js';

// A press on one of our template cards in callback mode, as the message its button's command would be, typed by
// the presser in that chat: the handlers check the roster exactly as for typed text. Transport only.
//  - smart bot: a JSON event (template_card_event, https://developer.work.weixin.qq.com/document/path/101027); the
//    card is changed by the encrypted answer to that very request (101031), and the event carries a response_url
//    (101138) for anything said later;
//  - self-built app: an XML event with EventKey, TaskId and ResponseCode (接收事件 → 模板卡片事件推送); the card is
//    changed with the ResponseCode through message/update_template_card (更新模版卡片消息), once, within 72 h.

export interface CallbackPressHandle extends WecomReplyHandle {
  press: 'bot' | 'app';
  /** The press's inbound msgId: what the route waits on (press-desk.ts). */
  pressId: string;
  taskId: string;
  /** The card's buttons, for the card after the press. */
  choices: Choice[];
  /** The label pressed, for the interim card. */
  label: string;
  /** App only: the code that updates the card once. */
  responseCode?: string;
}

export function isCallbackPressHandle(h: unknown): h is CallbackPressHandle {
  return typeof h === 'object' && h !== null && ((h as CallbackPressHandle).press === 'bot' || (h as CallbackPressHandle).press === 'app') && Array.isArray((h as CallbackPressHandle).choices);
}

export interface BotPress {
  msgid: string;
  chatType: 'single' | 'group';
  chatId?: string;
  userId: string;
  eventKey: string;
  taskId: string;
  responseUrl?: string;
  createTime?: number;
}

/** A smart-bot press → the message its command would be; undefined for a key that is not one of ours. */
export function botPressToInbound(p: BotPress, now: Date): InboundMessage | undefined {
  const k = readButtonKey(p.eventKey);
  if (!k) return undefined;
  // Its own id: a press is a message of its own, recorded like a typed one, and deduped when WeCom redelivers it.
  const msgId = `press:${p.msgid}`;
  const handle: CallbackPressHandle = { press: 'bot', pressId: msgId, taskId: p.taskId, choices: k.choices, label: k.choice.label, ...(p.responseUrl ? { responseUrl: p.responseUrl } : {}) };
  return {
    platform: 'wecom',
    msgId,
    chatId: p.chatType === 'group' && p.chatId ? p.chatId : `${SINGLE_CHAT_PREFIX}${p.userId}`,
    userId: p.userId,
    text: k.choice.command,
    at: p.createTime ? new Date(p.createTime * 1000) : now,
    replyHandle: handle,
  };
}

export interface AppPress {
  userId: string;
  createTime: string;
  eventKey: string;
  taskId: string;
  responseCode: string;
}

/** A self-built app press (one-to-one chats only) → the message its command would be. */
export function appPressToInbound(p: AppPress, now: Date): InboundMessage | undefined {
  const k = readButtonKey(p.eventKey);
  if (!k) return undefined;
  // Events have no MsgId: WeCom's rule for them is sender + CreateTime; the task tells two cards apart.
  const msgId = `press:app:${p.userId}:${p.createTime}:${p.taskId}`;
  const handle: CallbackPressHandle = { press: 'app', pressId: msgId, taskId: p.taskId, choices: k.choices, label: k.choice.label, responseCode: p.responseCode };
  const seconds = Number(p.createTime);
  return {
    platform: 'wecom',
    msgId,
    chatId: `${SINGLE_CHAT_PREFIX}${p.userId}`,
    userId: p.userId,
    text: k.choice.command,
    at: seconds > 0 ? new Date(seconds * 1000) : now,
    replyHandle: handle,
  };
}
