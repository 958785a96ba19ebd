import Router from '@koa/router';
import type { Context } from 'koa';
import getRawBody from 'raw-body';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Inbox } from '../../core/inbox.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import { randomBytes } from 'node:crypto';
import { buttons } from '../../strings.js';
import { appPressToInbound, botPressToInbound, type CallbackPressHandle } from './callback-press.js';
import { buttonCard } from './cards.js';
import { decryptEnvelope, sealJsonReply, verifySignature, type WecomKeys } from './crypto.js';
import { createPressDesk, type PressDesk } from './press-desk.js';
import {
  AppEnvelopeSchema,
  AppMessageSchema,
  CallbackQuerySchema,
  parseFlatXml,
  SmartBotBodySchema,
  SmartBotMessageSchema,
  type SmartBotMessage,
  TemplateCardEventSchema,
  VerifyQuerySchema,
} from './schema.js';
import { translate } from './translate.js';

// WeCom callbacks. Transport only: verify, decrypt, validate, translate, hand to the Inbox, acknowledge.
// Smart bot (智能机器人, API mode, JSON):  https://developer.work.weixin.qq.com/document/path/100719
// Crypto and URL verification:           https://developer.work.weixin.qq.com/document/path/101033
// Self-built app (自建应用, XML):          https://developer.work.weixin.qq.com/document/path/90238
//
// Deadlines: the GET verification must be answered within 1 s; a self-built app POST is dropped after 5 s and
// retried (3 tries in total). Each handler therefore only hands the message to the Inbox, which dispatches to the
// handlers after we have answered; redeliveries are dropped there by msgid. The one exception is a smart-bot card
// press: its answer is the card update, so that request waits (at most PRESS_GUARD_MS) for the handlers' reply.

export interface WecomRoutesOptions {
  config: Config;
  inbox: Inbox;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  /** Shared with the WeCom client: a press's answer reaches the request still open for it (press-desk.ts). */
  pressDesk?: PressDesk;
  /** How long a smart-bot press waits for the handlers before the card says "received" (WeCom allows 5 s). */
  pressGuardMs?: number;
}

/** Under WeCom's 5 s for the card update, with room for the network both ways. */
const PRESS_GUARD_MS = 3_000;

type Reason =
  | 'signature_missing'
  | 'signature_invalid'
  | 'not_base64'
  | 'decrypt'
  | 'receive_id'
  | 'malformed_body'
  | 'payload_invalid'
  | 'body_too_large'
  | 'timestamp_stale';

export function wecomRoutes(o: WecomRoutesOptions): Router {
  const { config, inbox, logger, metrics, clock } = o;
  const desk = o.pressDesk ?? createPressDesk();
  const pressGuardMs = o.pressGuardMs ?? PRESS_GUARD_MS;
  const router = new Router();
  const limit = config.BODY_LIMIT_KB * 1024;
  const skewMs = config.WECOM_MAX_SKEW_SECONDS * 1000;
  /**
   * WeCom signs the timestamp with the body but never says how old a request may be: without a window, a captured
   * request could be replayed once its message id had left the dedupe window. DEDUPE_TTL_SECONDS is kept longer
   * than twice the window (config.ts), so a replay inside it is still a duplicate.
   */
  const stale = (timestamp: string) => Math.abs(clock.now().getTime() - Number(timestamp) * 1000) > skewMs;
  const staleHint = `the signed timestamp is more than WECOM_MAX_SKEW_SECONDS=${config.WECOM_MAX_SKEW_SECONDS} s from our clock: a replayed request, or check the server clock (NTP)`;

  const smartBot: WecomKeys | undefined =
    config.WECOM_TOKEN && config.WECOM_ENCODING_AES_KEY
      ? { token: config.WECOM_TOKEN, aesKey: config.WECOM_ENCODING_AES_KEY, receiveId: config.WECOM_RECEIVE_ID }
      : undefined;
  // The app callback has its own Token/EncodingAESKey (set on the app's 接收消息 page); its receiveid is the corpid.
  const app: WecomKeys | undefined =
    config.WECOM_APP_TOKEN && config.WECOM_APP_ENCODING_AES_KEY && config.WECOM_CORP_ID
      ? { token: config.WECOM_APP_TOKEN, aesKey: config.WECOM_APP_ENCODING_AES_KEY, receiveId: config.WECOM_CORP_ID }
      : undefined;

  /** Answers a rejected callback: status, one warn line with the reason and what to check, one metric. */
  function reject(ctx: Context, status: number, reason: Reason, hint: string): undefined {
    metrics.rejected.inc({ platform: 'wecom', reason });
    logger.warn({ platform: 'wecom', path: ctx.path, method: ctx.method, status, reason, hint }, `WeCom callback rejected: ${reason}`);
    ctx.status = status;
    ctx.type = 'text/plain';
    ctx.body = reason;
    return undefined;
  }

  const tokenKey = (k: WecomKeys) => (k === app ? 'WECOM_APP_TOKEN' : 'WECOM_TOKEN');
  const aesKeyName = (k: WecomKeys) => (k === app ? 'WECOM_APP_ENCODING_AES_KEY' : 'WECOM_ENCODING_AES_KEY');
  const hints = (k: WecomKeys) => ({
    signature: `check ${tokenKey(k)} matches 接收消息服务器配置 (Token) in the WeCom admin console`,
    decrypt: `check ${aesKeyName(k)} matches 接收消息服务器配置 (EncodingAESKey)`,
    receiveId:
      k === app
        ? 'check WECOM_CORP_ID (我的企业 → 企业ID) and WECOM_APP_ENCODING_AES_KEY'
        : 'a smart bot needs WECOM_RECEIVE_ID empty; also check WECOM_ENCODING_AES_KEY',
    missing: 'msg_signature, timestamp or nonce is missing: only WeCom should call this URL',
  });

  /** Wraps a handler so every outcome, rejected or not, is timed. */
  const timed = (h: (ctx: Context) => Promise<void>) => async (ctx: Context) => {
    const end = metrics.webhookLatency.startTimer({ platform: 'wecom' });
    try {
      await h(ctx);
    } finally {
      end();
    }
  };

  /**
   * GET: URL verification (验证URL有效性). Decrypt `echostr` and answer the bare plaintext within 1 s: no quotes,
   * no BOM, no newline. https://developer.work.weixin.qq.com/document/path/101033
   */
  const verifyUrl = (k: WecomKeys) =>
    timed(async (ctx) => {
      const h = hints(k);
      const q = VerifyQuerySchema.safeParse(ctx.query);
      if (!q.success) return reject(ctx, 401, 'signature_missing', h.missing);
      // Koa decodes the query once, as it must; a literal '+' becomes ' ', and base64 never contains spaces.
      const echostr = q.data.echostr.replace(/ /g, '+');
      if (!verifySignature(k.token, q.data.timestamp, q.data.nonce, echostr, q.data.msg_signature))
        return reject(ctx, 401, 'signature_invalid', h.signature);
      if (stale(q.data.timestamp)) return reject(ctx, 401, 'timestamp_stale', staleHint);
      const d = decryptEnvelope(k.aesKey, k.receiveId, echostr);
      if (!d.ok) return reject(ctx, d.reason === 'receive_id' ? 401 : 400, d.reason, d.reason === 'receive_id' ? h.receiveId : h.decrypt);
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = d.message;
    });

  /** Reads the body as text with the configured limit; undefined after answering 413/400. */
  async function readBody(ctx: Context): Promise<string | undefined> {
    try {
      return await getRawBody(ctx.req, { length: ctx.get('content-length') || null, limit, encoding: 'utf8' });
    } catch (err) {
      if ((err as { status?: number }).status === 413) {
        reject(ctx, 413, 'body_too_large', `bodies above BODY_LIMIT_KB=${config.BODY_LIMIT_KB} KiB are refused`);
      } else {
        reject(ctx, 400, 'malformed_body', 'the request body could not be read');
      }
      return undefined;
    }
  }

  /**
   * The steps both POST callbacks share, as early returns: body (413/400) → query (401) → envelope (400) →
   * msg_signature over the encrypted field (401) → decrypt and receive-id check (400/401). Returns the plaintext,
   * or undefined once the request has been answered.
   */
  async function openPost(ctx: Context, k: WecomKeys, encryptedField: (raw: string) => string | undefined, shapeHint: string): Promise<string | undefined> {
    const h = hints(k);
    const raw = await readBody(ctx);
    if (raw === undefined) return undefined;
    const q = CallbackQuerySchema.safeParse(ctx.query);
    if (!q.success) return reject(ctx, 401, 'signature_missing', h.missing);
    const enc = encryptedField(raw);
    if (enc === undefined) return reject(ctx, 400, 'malformed_body', shapeHint);
    if (!verifySignature(k.token, q.data.timestamp, q.data.nonce, enc, q.data.msg_signature)) return reject(ctx, 401, 'signature_invalid', h.signature);
    if (stale(q.data.timestamp)) return reject(ctx, 401, 'timestamp_stale', staleHint);
    const d = decryptEnvelope(k.aesKey, k.receiveId, enc);
    if (!d.ok) return reject(ctx, d.reason === 'receive_id' ? 401 : 400, d.reason, d.reason === 'receive_id' ? h.receiveId : h.decrypt);
    return d.message;
  }

  /** POST from the smart bot: `{"encrypt":"…"}` → JSON message. Replies go through response_url, so the answer is empty. */
  const smartBotPost = (k: WecomKeys) =>
    timed(async (ctx) => {
      const plain = await openPost(ctx, k, (raw) => {
        const e = SmartBotBodySchema.safeParse(parseJson(raw));
        return e.success ? e.data.encrypt : undefined;
      }, 'expected JSON {"encrypt":"…"}: is this the smart bot (智能机器人) callback?');
      if (plain === undefined) return;
      // A wrong EncodingAESKey decrypts to garbage rather than failing, so unparseable plaintext points at the key.
      const payload = parseJson(plain);
      if (payload === undefined) return reject(ctx, 400, 'decrypt', hints(k).decrypt);
      const msg = SmartBotMessageSchema.safeParse(payload);
      if (!msg.success) return reject(ctx, 400, 'payload_invalid', 'decrypted message has an unexpected shape (see document/path/100719)');
      if (msg.data.msgtype === 'event' && 'event' in msg.data && msg.data.event.eventtype === 'template_card_event') return botPress(ctx, k, msg.data);
      const inbound = translate(msg.data, clock.now());
      const outcome = inbound ? await inbox.accept(inbound) : 'ignored';
      // chatId at info level on purpose: admins copy it into WECOM_GROUP_WEBHOOKS and roster.json. Never the text.
      logger.info({ platform: 'wecom', msgtype: msg.data.msgtype, chatId: inbound?.chatId, msgId: inbound?.msgId, outcome }, 'WeCom smart bot callback');
      ctx.status = 200;
      ctx.body = '';
    });

  /**
   * A button press on one of our cards (smart bot). It is handed to the inbox as the typed command of the presser,
   * and the request stays open until the handlers answer (or PRESS_GUARD_MS): the encrypted answer changes the card
   * to that reply (回复消息更新模板卡片, 101031), else to "received" and the reply follows as a message. A redelivered
   * press is a duplicate: answered empty, acted on once.
   */
  async function botPress(ctx: Context, k: WecomKeys, m: SmartBotMessage): Promise<void> {
    const ev = TemplateCardEventSchema.safeParse((m as { event: Record<string, unknown> }).event.template_card_event);
    if (!ev.success) return reject(ctx, 400, 'payload_invalid', 'template_card_event without event_key/task_id (see document/path/101027)');
    const inbound = botPressToInbound(
      {
        msgid: m.msgid ?? '',
        chatType: m.chattype,
        ...(m.chatid ? { chatId: m.chatid } : {}),
        userId: m.from.userid,
        eventKey: ev.data.event_key,
        taskId: ev.data.task_id,
        ...(m.response_url ? { responseUrl: m.response_url } : {}),
        ...(m.create_time ? { createTime: m.create_time } : {}),
      },
      clock.now(),
    );
    ctx.status = 200;
    ctx.body = '';
    if (!inbound || !m.msgid) {
      logger.info({ platform: 'wecom', eventtype: 'template_card_event' }, 'WeCom card press on a card that is not ours ignored');
      return;
    }
    const h = inbound.replyHandle as CallbackPressHandle;
    // Wait before accepting: the handlers may answer before accept() returns.
    const waiting = desk.wait(inbound.msgId, pressGuardMs);
    const outcome = await inbox.accept(inbound).catch((err: unknown) => {
      waiting.cancel();
      throw err;
    });
    logger.info({ platform: 'wecom', chatId: inbound.chatId, msgId: inbound.msgId, outcome }, 'WeCom card press');
    if (outcome === 'duplicate') {
      waiting.cancel();
      return;
    }
    const answer = await waiting.answer;
    const card = answer
      ? buttonCard(answer.text, answer.choices?.length ? answer.choices : h.choices, h.taskId)
      : buttonCard(buttons.pressReceived(h.label), h.choices, h.taskId);
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    ctx.type = 'application/json';
    ctx.body = sealJsonReply(k, { response_type: 'update_template_card', template_card: card }, randomBytes(8).toString('hex'), timestamp);
  }

  /**
   * POST from a self-built app: XML with <Encrypt>. WeCom documents an empty or an encrypted reply; an empty 200 means
   * "received, nothing to say" and stops the retries. ('success' is a WeChat public-account habit, not WeCom's.)
   * https://developer.work.weixin.qq.com/document/path/90238 (被动回复消息格式)
   */
  const appPost = (k: WecomKeys) =>
    timed(async (ctx) => {
      const plain = await openPost(ctx, k, (raw) => {
        const e = AppEnvelopeSchema.safeParse(parseFlatXml(raw));
        return e.success ? e.data.Encrypt : undefined;
      }, 'expected XML <xml><Encrypt>…</Encrypt></xml>: is this the self-built app callback?');
      if (plain === undefined) return;
      const inner = parseFlatXml(plain);
      if (!inner) return reject(ctx, 400, 'decrypt', hints(k).decrypt);
      const msg = AppMessageSchema.safeParse(inner);
      if (!msg.success) return reject(ctx, 400, 'payload_invalid', 'decrypted XML has an unexpected shape (see document/path/90239)');
      // A card press: the card is updated later with its ResponseCode (no 5 s limit there), so answer at once.
      const d = msg.data;
      const inbound =
        d.MsgType === 'event' && d.Event === 'template_card_event'
          ? d.EventKey && d.TaskId && d.ResponseCode
            ? appPressToInbound({ userId: d.FromUserName, createTime: d.CreateTime, eventKey: d.EventKey, taskId: d.TaskId, responseCode: d.ResponseCode }, clock.now())
            : undefined
          : translate(d, clock.now());
      const outcome = inbound ? await inbox.accept(inbound) : 'ignored';
      logger.info({ platform: 'wecom', msgtype: msg.data.MsgType, chatId: inbound?.chatId, msgId: inbound?.msgId, outcome }, 'WeCom app callback');
      ctx.status = 200;
      ctx.body = '';
    });

  if (smartBot) {
    router.get('/wecom/callback', verifyUrl(smartBot));
    router.post('/wecom/callback', smartBotPost(smartBot));
  }
  if (app) {
    router.get('/wecom/app/callback', verifyUrl(app));
    router.post('/wecom/app/callback', appPost(app));
  }
  return router;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
