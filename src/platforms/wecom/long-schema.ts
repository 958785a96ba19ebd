import { z } from 'zod';

// Frames of the smart bot's long connection (智能机器人长连接, https://developer.work.weixin.qq.com/document/path/101463).
// Every frame is JSON text `{ cmd, headers: { req_id }, body }`; every frame the bot sends is answered with
// `{ headers: { req_id }, errcode, errmsg }` (no cmd). Unknown fields are allowed: WeCom adds fields over time.

export const DEFAULT_WS_URL = 'wss://openws.work.weixin.qq.com';

export const WsCmd = {
  subscribe: 'aibot_subscribe',
  ping: 'ping',
  msgCallback: 'aibot_msg_callback',
  eventCallback: 'aibot_event_callback',
  respond: 'aibot_respond_msg',
  respondUpdate: 'aibot_respond_update_msg',
  respondWelcome: 'aibot_respond_welcome_msg',
  send: 'aibot_send_msg',
} as const;

/** Whatever arrives: a callback (with cmd) or the answer to one of our frames (errcode, no cmd). */
export const InboundFrameSchema = z.looseObject({
  cmd: z.string().optional(),
  headers: z.looseObject({ req_id: z.string().default('') }).default({ req_id: '' }),
  body: z.unknown().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});
export type InboundFrame = z.infer<typeof InboundFrameSchema>;

/** `aibot_event_callback` body: the event type and, for card clicks, its detail nested under its own name (101027). */
export const EventBodySchema = z.looseObject({
  msgid: z.string().optional(),
  chatid: z.string().optional(),
  chattype: z.enum(['single', 'group']).optional(),
  from: z.looseObject({ userid: z.string().min(1) }).optional(),
  create_time: z.number().optional(),
  event: z.looseObject({
    eventtype: z.string(),
    template_card_event: z
      .looseObject({ card_type: z.string().optional(), event_key: z.string(), task_id: z.string() })
      .optional(),
    /** Where the official SDK's typing (types/event.ts) puts a click's detail, directly under `event`. */
    event_key: z.string().optional(),
    task_id: z.string().optional(),
  }),
});
export type EventBody = z.infer<typeof EventBodySchema>;

/** Markdown and stream content: at most 20480 bytes of UTF-8 (101463). */
export const CONTENT_MAX_BYTES = 20_480;

/** `<cmd>_<ms>_<8 hex>`, the form the official SDK uses; WeCom only needs it unique. */
export function newReqId(cmd: string, nowMs: number, random: () => number = Math.random): string {
  const hex = Math.floor(random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return `${cmd}_${nowMs}_${hex}`;
}

/**
 * WeCom's frames have carried raw C0 control characters inside strings; JSON.parse refuses them. The official SDK
 * strips every control character except tab and line feed before parsing, and so do we.
 */
export function parseFrameText(text: string): unknown {
  return JSON.parse(text.replace(/[\x00-\x08\x0B-\x1F]/g, ''));
}
