import type { InboundMessage } from '../../core/message.js';
import type { RobotMessage } from './schema.js';

/** What the DingTalk client needs to answer in place; opaque to everything else. */
export interface DingtalkReplyHandle {
  sessionWebhook: string;
  /** ms epoch after which the sessionWebhook no longer works. */
  expiresAt: number;
  /** A direct (1:1) chat: a fallback send goes to the person, not to a group. */
  direct: boolean;
}

// In groups DingTalk strips the robot's own @-mention but leaves the space after it (" 你好"), often U+2005.
// Mentions of other people stay in the text as "@名字 "; at the very start they are addressing, not content.
const LEADING_MENTIONS = /^(?:@[^\s@]{1,40}[\s\u2005]+)+/u;

/** The text a cadre wrote, or undefined for messages that carry none (pictures, files, video). */
function textOf(m: RobotMessage): string | undefined {
  switch (m.msgtype) {
    case 'text':
      return (m as Extract<RobotMessage, { msgtype: 'text' }>).text.content;
    case 'richText': {
      // Text parts between pictures are separate paragraphs; pictures carry no text to parse.
      const parts = (m as Extract<RobotMessage, { msgtype: 'richText' }>).content.richText;
      return parts
        .filter((p) => p.type === undefined || p.type === 'text')
        .map((p) => p.text ?? '')
        .join('\n');
    }
    case 'audio':
      return (m as Extract<RobotMessage, { msgtype: 'audio' }>).content.recognition;
    default:
      return undefined;
  }
}

/** One DingTalk robot message → the platform-neutral message, or undefined when there is no text to hand on. */
export function translateDingtalk(m: RobotMessage, receivedAt: Date): InboundMessage | undefined {
  const raw = textOf(m);
  if (raw === undefined) return undefined;
  const text = raw.trim().replace(LEADING_MENTIONS, '').trim();
  if (!text) return undefined;
  // senderId is encrypted and differs per robot; senderStaffId is the org userId the roster knows.
  const userId = m.senderStaffId || m.senderId;
  if (!userId) return undefined;
  const msg: InboundMessage = {
    platform: 'dingtalk',
    msgId: m.msgId,
    chatId: m.conversationId,
    userId,
    text,
    at: m.createAt !== undefined ? new Date(m.createAt) : receivedAt,
  };
  if (m.senderNick) msg.userName = m.senderNick;
  if (m.sessionWebhook && m.sessionWebhookExpiredTime !== undefined) {
    const handle: DingtalkReplyHandle = { sessionWebhook: m.sessionWebhook, expiresAt: m.sessionWebhookExpiredTime, direct: m.conversationType === '1' };
    msg.replyHandle = handle;
  }
  return msg;
}
