import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Choice, OutboundMessage } from '../../core/message.js';
import { PlatformApiError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { RosterIndex } from '../../roster.js';
import type { PlatformClient } from '../types.js';
import { buttons } from '../../strings.js';
import { type CallbackPressHandle, isCallbackPressHandle } from './callback-press.js';
import { buttonCard, fitsOnCard, newTaskId } from './cards.js';
import type { PressDesk } from './press-desk.js';
import { splitByBytes } from './split-by-bytes.js';
import { SINGLE_CHAT_PREFIX, type WecomReplyHandle } from './translate.js';

// Sending to WeCom. Transport only: it delivers what handlers and jobs produce.
// Paths, in order of preference for one OutboundMessage:
//  1. a reply with a smart-bot response_url: POST markdown there once, within 1 h
//     https://developer.work.weixin.qq.com/document/path/101138 (主动回复消息)
//  2. the group's 消息推送 webhook (the only path that can @ people):
//     https://developer.work.weixin.qq.com/document/path/99110 (消息推送配置说明)
//  3. the self-built app: appchat/send for groups it created, message/send for one-to-one chats
//     https://developer.work.weixin.qq.com/document/path/90248, https://developer.work.weixin.qq.com/document/path/90236
// A reply that is a choice also gets a button_interaction template card (https://developer.work.weixin.qq.com/document/path/101032):
// through the message's response_url (smart bot: the text goes by the group's webhook, which can @), or message/send
// (the app's one-to-one chats). Where neither can carry a card, the reply says which words to type instead. The
// answer to a press changes the card: in the route's open request (smart bot, press-desk.ts), or with the press's
// ResponseCode through message/update_template_card (app).

/** Webhook `text.content` ≤ 2048 bytes, `markdown.content` ≤ 4096 bytes (over it: 40058). document/path/99110 */
export const TEXT_MAX_BYTES = 2048;
export const MARKDOWN_MAX_BYTES = 4096;
/** App messages (text, markdown) ≤ 2048 bytes. document/path/90236 */
const APP_MAX_BYTES = 2048;
/** 20 messages per minute per webhook key (document/path/99110 §消息发送频率限制). */
const WEBHOOK_PER_MINUTE = 20;
/** Per member 200 app messages a minute; excess is dropped silently (appchat/send doc), so we pace below it. */
const APP_PER_MINUTE = 200;
const WINDOW_MS = 60_000;
/** 45009 api freq out of limit (WeCom's frequency error; the webhook's own over-limit code is undocumented);
 * -1 系统繁忙 "retry later" (全局错误码 https://developer.work.weixin.qq.com/document/path/90455). */
const RETRY_LATER_ERRCODES = new Set<number | string>([45009, -1]);
/** Token invalid or expired: get a new one once and retry (as the official SDK's AbstractApi.py does). */
const TOKEN_ERRCODES = new Set<number | string>([40014, 42001, 42007, 42009]);
/** Waits between attempts after a rate limit or a transient failure; the last one is the give-up point. */
const BACKOFF_MS = [15_000, 30_000, 60_000, 120_000, 240_000];
/** response_url is valid 1 h; keep a margin so a slow handler does not post to a dead URL. */
const RESPONSE_URL_TTL_MS = 60 * 60_000 - 60_000;
/** Refresh access_token this long before WeCom says it expires (expires_in is 7200 s). */
const TOKEN_MARGIN_S = 300;
const HTTP_TIMEOUT_MS = 10_000;

const ApiReply = z.object({ errcode: z.number().default(0), errmsg: z.string().default('') }).loose();
const TokenReply = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });

export interface WecomClientOptions {
  config: Config;
  roster: RosterIndex;
  logger: Logger;
  metrics: Metrics;
  fetch?: typeof fetch;
  /** Waits between retries and for the rate window; tests inject one that advances a manual `now`. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Shared with the routes: a press's answer reaches the request still open for it. */
  pressDesk?: PressDesk;
  random?: () => number;
}

/** One serial queue per destination, so a rate-limited group waits alone and the others go on. */
interface Lane {
  tail: Promise<void>;
  sent: number[];
  perMinute: number;
}

export function createWecomClient(o: WecomClientOptions): PlatformClient & { close(): Promise<void> } {
  const { config, roster, logger, metrics } = o;
  const fetchFn = o.fetch ?? fetch;
  const now = o.now ?? Date.now;
  const closing = new AbortController();
  const sleep = o.sleep ?? ((ms: number) => delay(ms, undefined, { signal: closing.signal }));
  const apiBase = config.WECOM_API_BASE.replace(/\/+$/, '');
  const lanes = new Map<string, Lane>();
  const usedResponseUrls = new Map<string, number>();
  let token: { value: string; expiresAt: number } | undefined;
  let tokenPending: Promise<string> | undefined;
  let closed = false;
  const appConfigured = Boolean(config.WECOM_CORP_ID && config.WECOM_APP_SECRET);
  const random = o.random ?? Math.random;

  async function call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<z.infer<typeof ApiReply>> {
    const res = await fetchFn(url, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      signal: AbortSignal.any([closing.signal, AbortSignal.timeout(HTTP_TIMEOUT_MS)]),
    });
    const text = await res.text();
    if (!res.ok) throw new PlatformApiError('wecom', `http_${res.status}`, res.statusText || 'HTTP error', res.status);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new PlatformApiError('wecom', 'bad_reply', 'reply is not JSON', res.status);
    }
    const r = ApiReply.safeParse(json);
    if (!r.success) throw new PlatformApiError('wecom', 'bad_reply', 'reply has no errcode', res.status);
    if (r.data.errcode !== 0) throw new PlatformApiError('wecom', r.data.errcode, r.data.errmsg, res.status);
    return r.data;
  }

  // — access_token (self-built app) — https://developer.work.weixin.qq.com/document/path/91039
  async function accessToken(): Promise<string> {
    if (token && now() < token.expiresAt) return token.value;
    // One gettoken at a time: WeCom rate-limits frequent gettoken calls.
    tokenPending ??= (async () => {
      const q = new URLSearchParams({ corpid: config.WECOM_CORP_ID ?? '', corpsecret: config.WECOM_APP_SECRET ?? '' });
      const r = TokenReply.safeParse(await call('GET', `${apiBase}/cgi-bin/gettoken?${q}`));
      if (!r.success) throw new PlatformApiError('wecom', 'bad_reply', 'gettoken reply has no access_token');
      token = { value: r.data.access_token, expiresAt: now() + Math.max(60, r.data.expires_in - TOKEN_MARGIN_S) * 1000 };
      return token.value;
    })().finally(() => {
      tokenPending = undefined;
    });
    return tokenPending;
  }

  /** Calls an app API with the cached token; on a token error, refreshes once and retries once. */
  async function withToken(path: string, body: unknown): Promise<void> {
    const attempt = async () => void (await call('POST', `${apiBase}${path}?access_token=${encodeURIComponent(await accessToken())}`, body));
    try {
      await attempt();
    } catch (err) {
      if (!(err instanceof PlatformApiError && TOKEN_ERRCODES.has(err.errcode))) throw err;
      logger.info({ platform: 'wecom', errcode: err.errcode }, 'WeCom access_token rejected; refreshing once');
      token = undefined;
      await attempt();
    }
  }

  // — per-destination queues —
  function lane(key: string, perMinute: number): Lane {
    let l = lanes.get(key);
    if (!l) lanes.set(key, (l = { tail: Promise.resolve(), sent: [], perMinute }));
    return l;
  }

  /** Runs `job` after everything queued before it on the lane; the lane keeps going whether it fails or not. */
  function enqueue(l: Lane, job: () => Promise<void>): Promise<void> {
    const run = l.tail.then(job);
    l.tail = run.catch(() => {});
    return run;
  }

  function assertOpen(): void {
    if (closed) throw new PlatformApiError('wecom', 'closed', 'the WeCom client is shutting down');
  }

  /** One HTTP message on a lane: waits for a slot in the rate window, retries later on rate limits and transient faults. */
  async function paced(l: Lane, post: () => Promise<void>, what: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      for (;;) {
        assertOpen();
        const t = now();
        while (l.sent.length && l.sent[0]! <= t - WINDOW_MS) l.sent.shift();
        if (l.sent.length < l.perMinute) break;
        await sleep(l.sent[0]! + WINDOW_MS - t);
      }
      l.sent.push(now());
      try {
        await post();
        metrics.sends.inc({ platform: 'wecom', outcome: 'ok' });
        return;
      } catch (err) {
        if (!retryLater(err) || attempt >= BACKOFF_MS.length) throw err;
        const wait = BACKOFF_MS[attempt]!;
        metrics.sends.inc({ platform: 'wecom', outcome: 'retry' });
        logger.warn({ platform: 'wecom', path: what, errcode: codeOf(err), retryInMs: wait }, 'WeCom asked us to slow down; retrying later');
        await sleep(wait);
      }
    }
  }

  // — the three paths —
  async function replyInPlace(msg: OutboundMessage): Promise<boolean> {
    const handle = msg.replyTo?.replyHandle as WecomReplyHandle | undefined;
    const url = handle?.responseUrl;
    // response_url has no @-mention field and is usable once: mentions and long texts go to the group instead.
    if (!url || !msg.replyTo || msg.mentions.length) return false;
    if (Buffer.byteLength(msg.text, 'utf8') > MARKDOWN_MAX_BYTES) return false;
    const t = now();
    for (const [u, exp] of usedResponseUrls) if (exp < t) usedResponseUrls.delete(u);
    if (usedResponseUrls.has(url) || t - msg.replyTo.at.getTime() > RESPONSE_URL_TTL_MS) return false;
    usedResponseUrls.set(url, t + RESPONSE_URL_TTL_MS);
    try {
      await call('POST', url, { msgtype: 'markdown', markdown: { content: msg.text } });
      metrics.sends.inc({ platform: 'wecom', outcome: 'ok' });
      return true;
    } catch (err) {
      metrics.sends.inc({ platform: 'wecom', outcome: 'fallback' });
      logger.warn({ platform: 'wecom', chatId: msg.chatId, errcode: codeOf(err) }, 'WeCom response_url reply failed; sending to the group instead');
      return false;
    }
  }

  async function sendWebhook(key: string, msg: OutboundMessage): Promise<void> {
    const mentionedList = msg.mentions.map((id) => roster.platformUserId('wecom', id));
    const mobiles = msg.mentions.flatMap((id) => roster.person(id)?.mobile ?? []);
    // Only `text` carries mentioned_list / mentioned_mobile_list; markdown (longer, formatted) when nobody is @-ed.
    const asText = mentionedList.length > 0;
    const parts = splitByBytes(msg.text, asText ? TEXT_MAX_BYTES : MARKDOWN_MAX_BYTES);
    const url = `${apiBase}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`;
    const l = lane(`webhook:${key}`, WEBHOOK_PER_MINUTE);
    // One job for all parts keeps them together when several messages go to the same group.
    await enqueue(l, async () => {
      for (const [i, content] of parts.entries()) {
        const body = asText
          ? { msgtype: 'text', text: { content, ...(i === 0 ? { mentioned_list: mentionedList, ...(mobiles.length ? { mentioned_mobile_list: mobiles } : {}) } : {}) } }
          : { msgtype: 'markdown', markdown: { content } };
        await paced(l, () => call('POST', url, body).then(() => {}), '/cgi-bin/webhook/send');
      }
    });
  }

  async function sendApp(msg: OutboundMessage): Promise<void> {
    const single = msg.chatId.startsWith(SINGLE_CHAT_PREFIX);
    if (single && !config.WECOM_AGENT_ID)
      throw new PlatformApiError('wecom', 'not_configured', 'one-to-one app messages need WECOM_AGENT_ID (应用管理 → 自建应用 → AgentId)');
    const parts = splitByBytes(msg.text, APP_MAX_BYTES);
    const l = lane(`app:${msg.chatId}`, APP_PER_MINUTE);
    await enqueue(l, async () => {
      for (const content of parts) {
        // appchat/send (groups the app created) and message/send (one person); neither has an @ field.
        const path = single ? '/cgi-bin/message/send' : '/cgi-bin/appchat/send';
        const to = single ? { touser: msg.chatId.slice(SINGLE_CHAT_PREFIX.length), agentid: Number(config.WECOM_AGENT_ID) } : { chatid: msg.chatId };
        const body = { ...to, msgtype: 'markdown', markdown: { content } };
        await paced(l, () => withToken(path, body), path);
      }
    });
  }

  /** The three paths, in order: response_url (a reply), the group's webhook, the app. */
  async function sendPlain(msg: OutboundMessage): Promise<void> {
    if (msg.replyTo && (await replyInPlace(msg))) return;
    const key = config.WECOM_GROUP_WEBHOOKS[msg.chatId];
    if (key) return await sendWebhook(key, msg);
    if (appConfigured) return await sendApp(msg);
    throw new PlatformApiError('wecom', 'no_route', `no way to send to chat ${msg.chatId}: add its webhook key to WECOM_GROUP_WEBHOOKS`);
  }

  const appCardsPossible = (chatId: string) => appConfigured && Boolean(config.WECOM_AGENT_ID) && chatId.startsWith(SINGLE_CHAT_PREFIX);
  /** The reply without its response_url, so the text takes another path and the URL stays for the card. */
  const withoutResponseUrl = (msg: OutboundMessage): OutboundMessage => (msg.replyTo ? { ...msg, replyTo: { ...msg.replyTo, replyHandle: {} } } : msg);
  const withHint = (msg: OutboundMessage, choices: Choice[]): OutboundMessage => ({ ...msg, text: `${msg.text}\n${buttons.typeHint(choices.map((c) => c.command))}` });

  /** POSTs a template card to a reply's response_url (usable once, 1 h); false when that URL is spent or too old. */
  async function cardInPlace(msg: OutboundMessage, text: string, choices: Choice[]): Promise<boolean> {
    const url = (msg.replyTo?.replyHandle as WecomReplyHandle | undefined)?.responseUrl;
    if (!url || !msg.replyTo) return false;
    const t = now();
    if (usedResponseUrls.has(url) || t - msg.replyTo.at.getTime() > RESPONSE_URL_TTL_MS) return false;
    usedResponseUrls.set(url, t + RESPONSE_URL_TTL_MS);
    try {
      await call('POST', url, { msgtype: 'template_card', template_card: buttonCard(text, choices, newTaskId(t, random)) });
      metrics.sends.inc({ platform: 'wecom', outcome: 'ok' });
      return true;
    } catch (err) {
      // The buttons are a convenience: the typed commands still work, and a retry must not repeat the text.
      logger.warn({ platform: 'wecom', chatId: msg.chatId, errcode: codeOf(err) }, 'WeCom card not sent; the typed commands still work');
      return false;
    }
  }

  /** A one-to-one app chat gets the card through message/send. */
  async function appCard(msg: OutboundMessage, text: string, choices: Choice[]): Promise<void> {
    const l = lane(`app:${msg.chatId}`, APP_PER_MINUTE);
    const body = { touser: msg.chatId.slice(SINGLE_CHAT_PREFIX.length), agentid: Number(config.WECOM_AGENT_ID), msgtype: 'template_card', template_card: buttonCard(text, choices, newTaskId(now(), random)) };
    await enqueue(l, () => paced(l, () => withToken('/cgi-bin/message/send', body), '/cgi-bin/message/send'));
  }

  /** A reply that is a choice: its text, then the card with its buttons where one can go; else the words to type. */
  async function replyWithChoices(msg: OutboundMessage, choices: Choice[]): Promise<void> {
    const bot = Boolean((msg.replyTo?.replyHandle as WecomReplyHandle | undefined)?.responseUrl);
    if (bot) {
      if (msg.mentions.length > 0 && (config.WECOM_GROUP_WEBHOOKS[msg.chatId] || appConfigured)) {
        // The text by the path that can @ (it goes there anyway); the buttons by the URL the text did not use.
        await sendPlain(withoutResponseUrl(msg));
        await cardInPlace(msg, buttons.chooseTitle, choices);
        return;
      }
      // Nobody to @: one message, the card itself, when the text fits on it (the webhook's 20 a minute are kept
      // for what must @); else the text in place with the words to type.
      if (fitsOnCard(msg.text) && (await cardInPlace(msg, msg.text, choices))) return;
      return sendPlain(withHint(msg, choices));
    }
    if (appCardsPossible(msg.chatId)) {
      await sendApp(msg);
      return appCard(msg, buttons.chooseTitle, choices).catch((err: unknown) =>
        logger.warn({ platform: 'wecom', chatId: msg.chatId, errcode: codeOf(err) }, 'WeCom card not sent; the typed commands still work'),
      );
    }
    return sendPlain(withHint(msg, choices));
  }

  /** The answer to a press: the card shows it (the whole of it when it fits; the rest goes as a message). */
  async function answerPress(h: CallbackPressHandle, msg: OutboundMessage): Promise<void> {
    const choices = msg.choices?.length ? msg.choices : h.choices;
    if (h.press === 'bot') {
      if (o.pressDesk?.answer(h.pressId, { text: msg.text, choices }) && fitsOnCard(msg.text)) return;
      return sendPlain(msg);
    }
    if (h.responseCode && appConfigured) {
      try {
        const body = { userids: [msg.replyTo!.userId], agentid: Number(config.WECOM_AGENT_ID), response_code: h.responseCode, template_card: buttonCard(msg.text, choices, h.taskId) };
        await withToken('/cgi-bin/message/update_template_card', body);
        metrics.sends.inc({ platform: 'wecom', outcome: 'ok' });
        if (fitsOnCard(msg.text)) return;
      } catch (err) {
        // Used already (a second answer, or a redelivery after a restart) or expired: the chat gets a message.
        logger.warn({ platform: 'wecom', chatId: msg.chatId, errcode: codeOf(err) }, 'WeCom card update refused; answering with a message');
      }
    }
    return sendPlain(msg);
  }

  return {
    platform: 'wecom',
    async send(msg) {
      assertOpen();
      try {
        const h = msg.replyTo?.replyHandle;
        if (isCallbackPressHandle(h)) return await answerPress(h, msg);
        // A push (an alert, a 督办) cannot carry an interactive card here (the webhook's cards have no buttons).
        if (msg.choices?.length) return await (msg.replyTo ? replyWithChoices(msg, msg.choices) : sendPlain(withHint(msg, msg.choices)));
        return await sendPlain(msg);
      } catch (err) {
        metrics.sends.inc({ platform: 'wecom', outcome: 'error' });
        const hint = codeOf(err) === 93000 ? 'WECOM_GROUP_WEBHOOKS must hold only the key=… value of the webhook URL, not the whole URL' : undefined;
        logger.warn({ platform: 'wecom', chatId: msg.chatId, kind: msg.kind, errcode: codeOf(err), hint }, 'WeCom send failed');
        throw err;
      }
    },
    async close() {
      closed = true;
      closing.abort();
      await Promise.all([...lanes.values()].map((l) => l.tail));
    },
  };
}

function codeOf(err: unknown): number | string {
  return err instanceof PlatformApiError ? err.errcode : err instanceof Error ? err.name : 'unknown';
}

/** Rate limits, WeCom's "busy", HTTP 429/5xx and network failures are worth another try later; the rest are not. */
function retryLater(err: unknown): boolean {
  if (err instanceof PlatformApiError) {
    if (RETRY_LATER_ERRCODES.has(err.errcode)) return true;
    return err.httpStatus !== undefined && (err.httpStatus === 429 || err.httpStatus >= 500) && String(err.errcode).startsWith('http_');
  }
  // fetch rejects with a TypeError on connection failures; an abort (closing) is not retried.
  return err instanceof TypeError;
}
