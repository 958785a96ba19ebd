import { z } from 'zod';

// zod schemas for everything WeCom sends us. Unknown fields are allowed (WeCom adds fields over time); only what
// translate.ts reads is required.

/** Query of every callback: GET URL verification and POST messages. https://developer.work.weixin.qq.com/document/path/101033 */
export const CallbackQuerySchema = z.object({
  msg_signature: z.string().regex(/^[0-9a-f]{40}$/i, 'must be a 40-character sha1 hex'),
  timestamp: z.string().regex(/^\d{1,13}$/),
  nonce: z.string().min(1).max(64),
});
export type CallbackQuery = z.infer<typeof CallbackQuerySchema>;

/** GET URL verification adds `echostr` (encrypted, percent-encoded once). */
export const VerifyQuerySchema = CallbackQuerySchema.extend({ echostr: z.string().min(1) });

/** Smart-bot POST body: `{"encrypt":"…"}`. https://developer.work.weixin.qq.com/document/path/101033 */
export const SmartBotBodySchema = z.object({ encrypt: z.string().min(1) });

// — the decrypted smart-bot message — https://developer.work.weixin.qq.com/document/path/100719 (接收消息)

// msgid is a string such as "CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI="; never coerce a number (64-bit ids lose digits).
const base = {
  msgid: z.string().min(1),
  aibotid: z.string().optional(),
  /** Group chats only. */
  chatid: z.string().optional(),
  chattype: z.enum(['single', 'group']),
  from: z.object({ userid: z.string().min(1), corpid: z.string().optional() }),
  /** Usable once, valid 1 h. https://developer.work.weixin.qq.com/document/path/101138 */
  response_url: z.string().optional(),
  /** Seconds; present on events, absent on plain messages. */
  create_time: z.number().optional(),
};

const TextPart = z.object({ content: z.string() });

export const SmartBotTextSchema = z.object({ ...base, msgtype: z.literal('text'), text: TextPart });

/** 图文混排: text and image items in order. */
export const SmartBotMixedSchema = z.object({
  ...base,
  msgtype: z.literal('mixed'),
  mixed: z.object({
    msg_item: z.array(z.object({ msgtype: z.string(), text: TextPart.optional(), image: z.object({ url: z.string() }).optional() })),
  }),
});

/** 流式消息刷新: WeCom polls until our stream reply says finish:true (we never open a stream, but tolerate it). */
export const SmartBotStreamSchema = z.object({ ...base, msgid: z.string().optional(), msgtype: z.literal('stream'), stream: z.object({ id: z.string() }) });

/** Events (enter_chat, template_card_event, …): 智能机器人·接收事件, linked from https://developer.work.weixin.qq.com/document/path/100719 */
export const SmartBotEventSchema = z.object({ ...base, msgtype: z.literal('event'), event: z.object({ eventtype: z.string() }).loose() });

/** A button press on a template card: the detail nested under the event's own name (101027). */
export const TemplateCardEventSchema = z.looseObject({ card_type: z.string().optional(), event_key: z.string().min(1), task_id: z.string().min(1) });

/** 语音: one-to-one only; WeCom gives the transcript in `voice.content` (101463, 100719). */
export const SmartBotVoiceSchema = z.object({ ...base, msgtype: z.literal('voice'), voice: z.object({ content: z.string().optional() }).optional() });

const KNOWN = new Set(['text', 'mixed', 'stream', 'event', 'voice']);
/** Image, voice, file (one-to-one only) and types added later: accepted and ignored. A malformed known type fails. */
export const SmartBotOtherSchema = z.object({ ...base, msgtype: z.string().refine((t) => !KNOWN.has(t), 'malformed message of a known msgtype') });

export const SmartBotMessageSchema = z.union([
  z.discriminatedUnion('msgtype', [SmartBotTextSchema, SmartBotMixedSchema, SmartBotStreamSchema, SmartBotEventSchema, SmartBotVoiceSchema]),
  SmartBotOtherSchema,
]);
export type SmartBotMessage = z.infer<typeof SmartBotMessageSchema>;

// — the self-built app (自建应用), XML — https://developer.work.weixin.qq.com/document/path/90239 (接收消息格式)

/** Outer POST body: `<xml><ToUserName/><Encrypt/><AgentID/></xml>`. */
export const AppEnvelopeSchema = z.object({ ToUserName: z.string().optional(), Encrypt: z.string().min(1), AgentID: z.string().optional() });

/** Decrypted inner message. MsgId stays a string (64-bit). */
export const AppMessageSchema = z.object({
  ToUserName: z.string(),
  FromUserName: z.string().min(1),
  CreateTime: z.string().regex(/^\d+$/),
  MsgType: z.string().min(1),
  Content: z.string().optional(),
  MsgId: z.string().optional(),
  AgentID: z.string().optional(),
  Event: z.string().optional(),
  /** template_card_event: the button's key, the card's task id, and the code that updates the card once. */
  EventKey: z.string().optional(),
  TaskId: z.string().optional(),
  CardType: z.string().optional(),
  ResponseCode: z.string().optional(),
});
export type AppMessage = z.infer<typeof AppMessageSchema>;

/**
 * The top-level elements of a flat WeCom XML document (`<xml><A><![CDATA[x]]></A><B>1</B></xml>`) as strings.
 * WeCom's callback XML is one level deep but for a few fields we never read (模板卡片事件推送 documents
 * `<SelectedItems><SelectedItem>…` beside EventKey/TaskId): such an element is kept as its raw inner text, so a
 * card press is not refused for it. A strict scanner is enough and avoids an XML parser dependency.
 * Returns undefined when the text is not such a document.
 */
export function parseFlatXml(text: string): Record<string, string> | undefined {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<xml>([\s\S]*)<\/xml>\s*$/.exec(text);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  const el = /\s*<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>\s*/y;
  // An element with child elements, up to its own closing tag (WeCom never nests an element in one of its name).
  const nested = /\s*<([A-Za-z_][\w.-]*)>(\s*<[A-Za-z_][\s\S]*?)<\/\1>\s*/y;
  const inner = m[1]!;
  let pos = 0;
  while (pos < inner.length) {
    el.lastIndex = pos;
    const e = el.exec(inner);
    if (!e) {
      if (inner.slice(pos).trim() === '') break;
      nested.lastIndex = pos;
      const n = nested.exec(inner);
      if (!n) return undefined;
      out[n[1]!] = n[2]!;
      pos = nested.lastIndex;
      continue;
    }
    const value = e[2] ?? decodeEntities(e[3] ?? '');
    if (value === undefined) return undefined; // a character reference XML does not allow: malformed (400), never a throw
    out[e[1]!] = value;
    pos = el.lastIndex;
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes the five named entities and character references; undefined for a code point XML 1.0 does not allow. */
function decodeEntities(s: string): string | undefined {
  let bad = false;
  const out = s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, n: string) => {
    if (n[0] !== '#') return ENTITIES[n.toLowerCase()]!;
    const cp = n[1] === 'x' || n[1] === 'X' ? Number.parseInt(n.slice(2), 16) : Number(n.slice(1));
    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok) bad = true;
    return ok ? String.fromCodePoint(cp) : '';
  });
  return bad ? undefined : out;
}
