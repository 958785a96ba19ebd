import type { InboundMessage } from '../../core/message.js';
import type { AppMessage, SmartBotMessage } from './schema.js';

/** What the WeCom client needs to answer a message in place. Opaque to everything outside platforms/wecom. */
export interface WecomReplyHandle {
  /** Smart bot only: POST markdown here once, within 1 h. https://developer.work.weixin.qq.com/document/path/101138 */
  responseUrl?: string;
  /** Long connection only: the callback's req_id, which an aibot_respond_msg frame must carry. */
  reqId?: string;
}

/** chatId of a one-to-one conversation: WeCom gives no chatid there, so the sender's userid stands in. */
export const SINGLE_CHAT_PREFIX = 'single:';

/**
 * `text.content` keeps the @-mention that made WeCom deliver the message ("@维稳助手 今日零报告"); handlers want the
 * text after it. WeCom clients put U+2005 (four-per-em space) after a mention, which `\s` matches.
 * https://developer.work.weixin.qq.com/document/path/100719
 */
export function stripLeadingMention(text: string): string {
  return text.replace(/^\s*@[^\s@]+\s*/u, '').trim();
}

/** A verified, decrypted WeCom payload → the neutral message, or undefined when it carries no text for the bot. */
export function translate(msg: SmartBotMessage | AppMessage, now: Date): InboundMessage | undefined {
  return 'MsgType' in msg ? translateApp(msg, now) : translateSmartBot(msg, now);
}

function translateSmartBot(msg: SmartBotMessage, now: Date): InboundMessage | undefined {
  let text: string;
  if (msg.msgtype === 'text' && 'text' in msg) text = msg.text.content;
  // 图文混排: keep the text items in order, drop images (transport does not download media).
  else if (msg.msgtype === 'mixed' && 'mixed' in msg)
    text = msg.mixed.msg_item.flatMap((i) => (i.msgtype === 'text' && i.text ? [i.text.content] : [])).join('\n');
  // A voice message arrives already transcribed: cadres dictate reports.
  else if (msg.msgtype === 'voice' && 'voice' in msg && msg.voice?.content) text = msg.voice.content;
  // Stream refreshes, events, images, files: nothing for the handlers.
  else return undefined;
  if (!msg.msgid) return undefined;
  const chatId = msg.chattype === 'group' && msg.chatid ? msg.chatid : `${SINGLE_CHAT_PREFIX}${msg.from.userid}`;
  const replyHandle: WecomReplyHandle = msg.response_url ? { responseUrl: msg.response_url } : {};
  return {
    platform: 'wecom',
    msgId: msg.msgid,
    chatId,
    userId: msg.from.userid,
    text: stripLeadingMention(text),
    at: msg.create_time ? new Date(msg.create_time * 1000) : now,
    replyHandle,
  };
}

/** Self-built app: one-to-one text only. https://developer.work.weixin.qq.com/document/path/90239 */
function translateApp(msg: AppMessage, now: Date): InboundMessage | undefined {
  if (msg.MsgType !== 'text' || msg.Content === undefined) return undefined;
  const seconds = Number(msg.CreateTime);
  return {
    platform: 'wecom',
    // MsgId alone has collided in practice (WxJava #333); sender and time make the dedupe key safe. The prefix keeps
    // app ids apart from smart-bot msgids.
    msgId: `app:${msg.FromUserName}:${msg.CreateTime}:${msg.MsgId ?? ''}`,
    chatId: `${SINGLE_CHAT_PREFIX}${msg.FromUserName}`,
    userId: msg.FromUserName,
    text: msg.Content.trim(),
    at: seconds > 0 ? new Date(seconds * 1000) : now,
    replyHandle: {} satisfies WecomReplyHandle,
  };
}
