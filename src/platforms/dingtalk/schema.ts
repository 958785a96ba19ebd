import { z } from 'zod';

// The enterprise robot's message body, the same JSON in an HTTP callback and in a Stream CALLBACK frame's `data`.
// https://open.dingtalk.com/document/development/robot-message-type (消息发送与接收类型)
// Objects are loose: DingTalk adds fields over time, and an unknown field must not turn a message into a 400.

/** ms epoch; the docs say String, the samples send a number: accept both. */
const Millis = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,16}$/).transform(Number)]);

const AtUser = z.looseObject({
  dingtalkId: z.string(),
  /** Empty for external members (外部群). */
  staffId: z.string().optional(),
  unionId: z.string().optional(),
});

const Base = {
  msgId: z.string().min(1),
  /** `cid…==`; for groups also the openConversationId of groupMessages/send. */
  conversationId: z.string().min(1),
  /** "1" 单聊 (direct), "2" 群聊 (group). */
  conversationType: z.string().min(1),
  conversationTitle: z.string().optional(),
  /** Encrypted ($:LWCP_v1:$…); only a fallback user id. */
  senderId: z.string().optional(),
  /** The sender's org userId; empty until the app is published (发布上线) and for external members. */
  senderStaffId: z.string().optional(),
  senderNick: z.string().optional(),
  senderCorpId: z.string().optional(),
  createAt: Millis.optional(),
  /** Reply URL without a token, valid until sessionWebhookExpiredTime (about 90 minutes). */
  sessionWebhook: z.string().optional(),
  sessionWebhookExpiredTime: Millis.optional(),
  /** True when the robot was @-mentioned. */
  isInAtList: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  atUsers: z.array(AtUser).optional(),
  robotCode: z.string().optional(),
  chatbotUserId: z.string().optional(),
  chatbotCorpId: z.string().optional(),
};

export const TextMessageSchema = z.looseObject({
  ...Base,
  msgtype: z.literal('text'),
  text: z.looseObject({ content: z.string() }),
});

const RichTextPart = z.looseObject({
  text: z.string().optional(),
  /** "picture" for images; text parts carry no type. */
  type: z.string().optional(),
  downloadCode: z.string().optional(),
});
export const RichTextMessageSchema = z.looseObject({
  ...Base,
  msgtype: z.literal('richText'),
  content: z.looseObject({ richText: z.array(RichTextPart) }),
});

export const PictureMessageSchema = z.looseObject({
  ...Base,
  msgtype: z.literal('picture'),
  content: z.looseObject({ downloadCode: z.string().optional(), pictureDownloadCode: z.string().optional() }),
});

/** Direct messages only: DingTalk's own speech-to-text arrives in `recognition`. */
export const AudioMessageSchema = z.looseObject({
  ...Base,
  msgtype: z.literal('audio'),
  content: z.looseObject({ recognition: z.string().optional(), downloadCode: z.string().optional(), duration: z.unknown().optional() }),
});

const KNOWN = ['text', 'richText', 'picture', 'audio'] as const;
/** video, file, unknownMsgType and whatever comes next: kept valid, translated to nothing. */
export const OtherMessageSchema = z.looseObject({
  ...Base,
  msgtype: z.string().refine((t) => !(KNOWN as readonly string[]).includes(t), 'a known msgtype with a malformed body'),
  content: z.unknown().optional(),
});

export const RobotMessageSchema = z
  .union([TextMessageSchema, RichTextMessageSchema, PictureMessageSchema, AudioMessageSchema, OtherMessageSchema])
  .refine((m) => Boolean(m.senderStaffId || m.senderId), { message: 'senderStaffId or senderId is required', path: ['senderStaffId'] });
export type RobotMessage = z.infer<typeof RobotMessageSchema>;

// ——— Stream mode (https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol) ———

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

/** POST /v1.0/gateway/connections/open → where to connect; the ticket is good for one connection within 90 s. */
export const ConnectionOpenSchema = z.looseObject({ endpoint: z.url(), ticket: z.string().min(1) });

export const StreamFrameSchema = z.looseObject({
  specVersion: z.string().optional(),
  type: z.enum(['SYSTEM', 'EVENT', 'CALLBACK']),
  headers: z.looseObject({
    topic: z.string(),
    messageId: z.string().min(1),
    contentType: z.string().optional(),
    time: z.string().optional(),
    appId: z.string().optional(),
  }),
  /** A JSON string: the §2.2 body for robot callbacks, `{"opaque":…}` for ping, `{"reason":…}` for disconnect. */
  data: z.string(),
});
export type StreamFrame = z.infer<typeof StreamFrameSchema>;
