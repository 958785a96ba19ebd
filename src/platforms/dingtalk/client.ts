import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Choice, OutboundMessage } from '../../core/message.js';
import { AppError, ErrorCode, PlatformApiError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { RosterIndex } from '../../roster.js';
import type { PlatformClient } from '../types.js';
import { type CustomRobot, readCustomRobots } from './custom-robots.js';
import { dingtalkSign } from './sign.js';
import { dingtalkErrorHint, isTokenError, isTransient } from './api-errors.js';
import { markdownText, NO_AT, openApiPayload, type WebhookAt, webhookBody } from './render.js';
import { splitMessage } from './split-message.js';
import { buttons } from '../../strings.js';
import { CARD_TTL_SECONDS, type CardChoiceStore } from '../../store/card-choice-store.js';
import { type DingtalkPressHandle, isDingtalkPressHandle } from './card-press.js';
import { CARD_BUTTONS_MAX, createAndDeliverBody, newCardId, updateBody } from './cards.js';

// Sending to DingTalk, three ways (shared/reference/dingtalk.md §3):
// 1. the inbound message's sessionWebhook: no token, can @, lives ~90 min;
// 2. the enterprise robot's groupMessages/send: needs an access token, cannot @;
// 3. a per-group custom robot (自定义机器人, 加签): can @, 20 messages a minute, used only where @ is needed.
// Messages to one chat go out in order through one queue; a rate-limited chat waits without holding up others.
// A message that is a choice goes as an interactive card with buttons when DINGTALK_CARD_TEMPLATE_ID names the
// template (cards.ts), with the text and its @ on the card; without one, the text says which words to type. The
// answer to a press changes that card (PUT /v1.0/card/instances).

export interface DingtalkClientOptions {
  config: Config;
  roster: RosterIndex;
  logger: Logger;
  metrics: Metrics;
  fetch?: typeof fetch;
  /** Waits between rate-limit retries; tests inject one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** The buttons of the cards sent, for the press (any instance may receive it). Cards are off without it. */
  cards?: CardChoiceStore;
  random?: () => number;
}

export type DingtalkClient = PlatformClient & { close(): Promise<void> };

/** Readable on a phone; also keeps 3-byte CJK text under the byte limits below. */
const MAX_CHUNK_CHARS = 5_000;
/** groupMessages/send: msgParam ≤ 15,000 bytes; webhooks: body ≤ 20,000 bytes (460101). Room left for title and @. */
const MAX_CHUNK_JSON_BYTES = 12_000;
const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;
/** A sessionWebhook this close to its expiry is not trusted: the send could arrive after it. */
const SESSION_MARGIN_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_RETRIES = 10;
const RETRY_BASE_MS = 2_000;
/** The custom robot blocks for 10 minutes after 20 messages a minute: start slower there. */
const ROBOT_BLOCK_BASE_MS = 60_000;
const RETRY_MAX_MS = 5 * 60_000;
/** Custom robots: 20 messages a minute, then blocked for 10 minutes (410100); pace ourselves below it. */
const ROBOT_PER_MINUTE = 20;

const ReplyHandleSchema = z.object({ sessionWebhook: z.url(), expiresAt: z.number(), direct: z.boolean().optional() });
const TokenSchema = z.looseObject({ accessToken: z.string().min(1), expireIn: z.number().positive() });

interface Mention {
  userId: string;
  mobile: string | undefined;
  name: string | undefined;
}

export function createDingtalkClient(o: DingtalkClientOptions): DingtalkClient {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? Date.now;
  const closing = new AbortController();
  const sleep =
    o.sleep ??
    ((ms: number) =>
      new Promise<void>((resolve) => {
        const t = setTimeout(resolve, ms);
        closing.signal.addEventListener('abort', () => {
          clearTimeout(t);
          resolve();
        }, { once: true });
      }));
  const log = o.logger.child({ platform: 'dingtalk' });
  const cfg = o.config;
  const robotCode = cfg.DINGTALK_ROBOT_CODE ?? cfg.DINGTALK_APP_KEY;
  const oapiOrigin = new URL(cfg.DINGTALK_OAPI_BASE).origin;
  const reading = readCustomRobots(cfg.DINGTALK_CUSTOM_ROBOTS, o.roster.roster.groups.filter((g) => g.platform === 'dingtalk').map((g) => g.chatId));
  // main.ts refuses to start on these already; a client built elsewhere must not guess either.
  if (reading.problems.length) throw new AppError(ErrorCode.ConfigInvalid, `DINGTALK_CUSTOM_ROBOTS: ${reading.problems.join('; ')}`);
  const customRobots = reading.robots;
  const queues = new Map<string, Promise<void>>();
  const robotSends = new Map<string, number[]>();
  let token: { value: string; expiresAt: number } | undefined;
  let tokenFlight: Promise<string> | undefined;
  let closed = false;

  // ——— HTTP ———

  /** One request; answers are checked for both DingTalk error shapes ({errcode,errmsg} and {code,message}). */
  async function call(url: string, body: unknown, headers: Record<string, string> = {}, method: 'POST' | 'PUT' = 'POST'): Promise<Record<string, unknown>> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
    let res: Response;
    try {
      res = await doFetch(url, {
        method,
        headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: timeout.signal,
      });
    } catch (err) {
      throw new PlatformApiError('dingtalk', 'network_error', (err as Error).message);
    } finally {
      clearTimeout(timer);
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      if (res.ok) throw new PlatformApiError('dingtalk', 'malformed_response', 'the answer is not JSON', res.status);
    }
    if (typeof json.errcode === 'number' && json.errcode !== 0) {
      throw new PlatformApiError('dingtalk', json.errcode, String(json.errmsg ?? ''), res.status);
    }
    if (!res.ok) {
      const code = typeof json.code === 'string' || typeof json.code === 'number' ? json.code : `http_${res.status}`;
      throw new PlatformApiError('dingtalk', code, String(json.message ?? json.errmsg ?? res.statusText), res.status);
    }
    return json;
  }

  // https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app
  async function accessToken(force = false): Promise<string> {
    if (!force && token && now() < token.expiresAt - TOKEN_REFRESH_MARGIN_MS) return token.value;
    if (!cfg.DINGTALK_APP_KEY || !cfg.DINGTALK_APP_SECRET) {
      throw new AppError(ErrorCode.ConfigInvalid, 'DingTalk group sends need DINGTALK_APP_KEY and DINGTALK_APP_SECRET', {
        hint: '钉钉开发者后台 → 应用开发 → 企业内部应用 → 凭证与基础信息',
      });
    }
    const key = cfg.DINGTALK_APP_KEY;
    const secret = cfg.DINGTALK_APP_SECRET;
    tokenFlight ??= (async () => {
      const started = now();
      const json = await call(`${cfg.DINGTALK_API_BASE}/v1.0/oauth2/accessToken`, { appKey: key, appSecret: secret });
      const t = TokenSchema.parse(json);
      token = { value: t.accessToken, expiresAt: started + t.expireIn * 1000 };
      log.info({ expireIn: t.expireIn }, 'dingtalk access token refreshed');
      return t.accessToken;
    })().finally(() => {
      tokenFlight = undefined;
    });
    return tokenFlight;
  }

  // ——— the ways out ———

  // Group: https://open.dingtalk.com/document/orgapp/the-robot-sends-a-group-message
  // Direct chat: https://open.dingtalk.com/document/orgapp/chatbots-send-one-on-one-chat-messages-in-batches
  async function openApiSend(target: { openConversationId: string } | { userIds: string[] }, payload: { msgKey: string; msgParam: string }): Promise<void> {
    const path = 'userIds' in target ? '/v1.0/robot/oToMessages/batchSend' : '/v1.0/robot/groupMessages/send';
    const post = async (tok: string) => call(`${cfg.DINGTALK_API_BASE}${path}`, { robotCode, ...target, ...payload }, { 'x-acs-dingtalk-access-token': tok });
    try {
      await post(await accessToken());
    } catch (err) {
      if (!isTokenError(err)) throw err;
      // Revoked or expired early (another process may have rotated it): refresh once and retry once.
      log.info('dingtalk access token rejected; refreshing once');
      token = undefined;
      await post(await accessToken(true));
    }
  }

  /** A card API call with the access token (refreshed once when DingTalk says it is no longer good). */
  async function cardApi(path: string, body: unknown, method: 'POST' | 'PUT'): Promise<void> {
    const go = async (tok: string) => call(`${cfg.DINGTALK_API_BASE}${path}`, body, { 'x-acs-dingtalk-access-token': tok }, method);
    try {
      await go(await accessToken());
    } catch (err) {
      if (!isTokenError(err)) throw err;
      token = undefined;
      await go(await accessToken(true));
    }
  }

  // ——— cards with buttons ———

  // Presses come back over Stream only (callbackType STREAM): in HTTP mode a card's buttons would go nowhere.
  const cardsOn = Boolean(cfg.DINGTALK_CARD_TEMPLATE_ID && o.cards && cfg.DINGTALK_MODE === 'stream');
  const random = o.random ?? Math.random;

  /** Sends a message that is a choice as a card; false when it cannot go as one (the caller sends text and a hint). */
  async function sendCard(msg: OutboundMessage, choices: Choice[]): Promise<boolean> {
    if (!cardsOn || !cfg.DINGTALK_CARD_TEMPLATE_ID || !o.cards) return false;
    const handle = ReplyHandleSchema.safeParse(msg.replyTo?.replyHandle);
    const direct = handle.success && handle.data.direct === true;
    const cardId = newCardId(now(), random);
    const shown = choices.slice(0, CARD_BUTTONS_MAX);
    await o.cards.put('dingtalk', cardId, { chatId: msg.chatId, direct, choices: shown }, CARD_TTL_SECONDS);
    const at = Object.fromEntries(resolveMentions(msg.mentions).map((m) => [m.userId, m.name ?? m.userId]));
    const body = createAndDeliverBody({
      templateId: cfg.DINGTALK_CARD_TEMPLATE_ID,
      cardId,
      robotCode: robotCode ?? '',
      text: msg.text,
      choices: shown,
      to: direct && msg.replyTo ? { chatId: msg.chatId, directUserId: msg.replyTo.userId, at: {} } : { chatId: msg.chatId, at },
    });
    try {
      await withRetry(msg.chatId, 'card', () => cardApi('/v1.0/card/instances/createAndDeliver', body, 'POST'));
      log.info({ chatId: msg.chatId, kind: msg.kind, cardId }, 'dingtalk card sent');
      return true;
    } catch (err) {
      // The buttons are a convenience: the text goes the usual way, with the words to type.
      log.warn({ chatId: msg.chatId, errcode: (err as PlatformApiError).errcode, hint: 'check DINGTALK_CARD_TEMPLATE_ID and the app\'s Card.Instance.Write permission' }, 'dingtalk card not sent; sending text');
      return false;
    }
  }

  /** The answer to a press: the pressed card shows it, with the answer's own buttons (or the card's). */
  async function answerPress(h: DingtalkPressHandle, msg: OutboundMessage): Promise<boolean> {
    const choices = (msg.choices?.length ? msg.choices : h.choices).slice(0, CARD_BUTTONS_MAX);
    try {
      if (o.cards && msg.choices?.length) {
        const rec = await o.cards.get('dingtalk', h.cardId);
        if (rec) await o.cards.put('dingtalk', h.cardId, { ...rec, choices }, CARD_TTL_SECONDS);
      }
      await withRetry(msg.chatId, 'card', () => cardApi('/v1.0/card/instances', updateBody(h.cardId, msg.text, choices), 'PUT'));
      return true;
    } catch (err) {
      log.warn({ chatId: msg.chatId, errcode: (err as PlatformApiError).errcode }, 'dingtalk card update failed; answering with a message');
      return false;
    }
  }

  // https://open.dingtalk.com/document/robots/custom-robot-access (加签: fresh ms timestamp, sign encoded once)
  async function customRobotSend(robot: CustomRobot, body: Record<string, unknown>): Promise<void> {
    await paceRobot(robot);
    const url = new URL(`${cfg.DINGTALK_OAPI_BASE}/robot/send`);
    url.searchParams.set('access_token', robot.token);
    if (robot.secret) {
      const ts = String(now());
      url.searchParams.set('timestamp', ts);
      url.searchParams.set('sign', dingtalkSign(ts, robot.secret)); // URLSearchParams encodes it, once
    }
    await call(url.toString(), body);
  }

  /** Waits when this robot already sent 20 messages in the last minute: cheaper than a 10-minute block. */
  async function paceRobot(robot: CustomRobot): Promise<void> {
    const recent = (robotSends.get(robot.token) ?? []).filter((t) => now() - t < 60_000);
    if (recent.length >= ROBOT_PER_MINUTE) {
      const waitMs = 60_000 - (now() - recent[0]!);
      log.info({ waitMs }, 'dingtalk custom robot at 20 messages a minute: pausing');
      await sleep(waitMs);
      if (closed) throw new PlatformApiError('dingtalk', 'client_closed', 'shutting down before the message could be sent');
      recent.shift();
    }
    recent.push(now());
    robotSends.set(robot.token, recent);
  }

  /** Retries `attempt` after rate limits with capped exponential backoff; other errors go straight up. */
  async function withRetry(chatId: string, channel: string, attempt: () => Promise<void>, idempotent = false): Promise<void> {
    for (let n = 0; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        // A lost answer may mean a delivered message: retry it only where msgUuid lets DingTalk drop the repeat.
        const lost = idempotent && err instanceof PlatformApiError && err.errcode === 'network_error';
        if (!(isTransient(err) || lost) || n >= MAX_RETRIES || closed) throw err;
        const e = err as PlatformApiError;
        const base = String(e.errcode) === '410100' || String(e.errcode) === '130101' ? ROBOT_BLOCK_BASE_MS : RETRY_BASE_MS;
        const delayMs = Math.round(Math.min(RETRY_MAX_MS, base * 2 ** n) * (1 + 0.1 * Math.random()));
        o.metrics.sends.inc({ platform: 'dingtalk', outcome: lost ? 'retry' : 'rate_limited' });
        log.warn({ chatId, channel, errcode: e.errcode, delayMs, retry: n + 1 }, 'dingtalk send refused for now: sending later');
        await sleep(delayMs);
        if (closed) throw new PlatformApiError('dingtalk', 'client_closed', 'shutting down before the message could be sent', undefined);
      }
    }
  }

  // ——— rendering ———

  function resolveMentions(ids: readonly string[]): Mention[] {
    return ids.map((id) => {
      const p = o.roster.person(id);
      return { userId: o.roster.platformUserId('dingtalk', id), mobile: p?.mobile, name: p?.name };
    });
  }

  function usableSession(msg: OutboundMessage): string | undefined {
    const parsed = ReplyHandleSchema.safeParse(msg.replyTo?.replyHandle);
    if (!parsed.success) return undefined;
    const { sessionWebhook, expiresAt } = parsed.data;
    // Only DingTalk's own host: the HTTP callback signs the timestamp, not the body, so a replayed request could
    // carry a sessionWebhook that points elsewhere and would receive our reply.
    if (new URL(sessionWebhook).origin !== oapiOrigin) {
      log.warn({ chatId: msg.chatId, hint: 'set DINGTALK_OAPI_BASE to the host DingTalk uses (政务钉钉 has its own)' }, 'dingtalk sessionWebhook on an unexpected host ignored');
      return undefined;
    }
    if (now() > expiresAt - SESSION_MARGIN_MS) return undefined;
    return sessionWebhook;
  }

  // ——— one message ———

  async function deliver(msg: OutboundMessage): Promise<void> {
    const fits = (c: string) => [...c].length <= MAX_CHUNK_CHARS && Buffer.byteLength(JSON.stringify(markdownText(c))) <= MAX_CHUNK_JSON_BYTES;
    const chunks = splitMessage(msg.text, fits);
    const mentions = resolveMentions(msg.mentions);
    const robot = customRobots.get(msg.chatId);
    let fellBack = false;
    for (const [i, chunk] of chunks.entries()) {
      const part = i + 1;
      const ats = i === 0 ? mentions : []; // @ once, on the first part
      const handle = ReplyHandleSchema.safeParse(msg.replyTo?.replyHandle);
      const session = usableSession(msg);
      if (session) {
        try {
          const at: WebhookAt = { atUserIds: ats.map((m) => m.userId), atMobiles: [], tokens: ats.map((m) => m.userId) };
          await withRetry(msg.chatId, 'session', () => call(session, webhookBody(chunk, part, chunks.length, at)).then(() => undefined));
          continue;
        } catch (err) {
          if (isTransient(err)) throw err;
          // An expired or revoked session answers with an error (some report a 500): the group path still works.
          log.warn({ chatId: msg.chatId, errcode: (err as PlatformApiError).errcode }, 'dingtalk sessionWebhook failed; sending to the group instead');
          fellBack = true;
        }
      } else if (msg.replyTo) {
        fellBack = true;
      }
      if (msg.replyTo && handle.success && handle.data.direct) {
        // A direct chat has no group to fall back to: the robot's one-to-one send reaches the same person.
        await withRetry(msg.chatId, 'direct', () => openApiSend({ userIds: [msg.replyTo!.userId] }, openApiPayload(chunk, part, chunks.length)));
        continue;
      }
      if (ats.length && robot) {
        // Mobiles work in every group, userIds only in internal ones (§3.4): prefer the mobile when the roster has it.
        const at: WebhookAt = {
          atUserIds: ats.filter((m) => !m.mobile).map((m) => m.userId),
          atMobiles: ats.flatMap((m) => (m.mobile ? [m.mobile] : [])),
          tokens: ats.map((m) => m.mobile ?? m.userId),
        };
        // msgUuid makes a retry after a timeout or rate limit idempotent on DingTalk's side.
        const body = { ...webhookBody(chunk, part, chunks.length, at), msgUuid: randomUUID() };
        await withRetry(msg.chatId, 'custom_robot', () => customRobotSend(robot, body), true);
        continue;
      }
      if (!cfg.DINGTALK_APP_KEY && robot) {
        const body = { ...webhookBody(chunk, part, chunks.length, NO_AT), msgUuid: randomUUID() };
        await withRetry(msg.chatId, 'custom_robot', () => customRobotSend(robot, body), true);
        continue;
      }
      // groupMessages/send cannot @: name the people in the text so the message still says whom it is for.
      const names = ats.map((m) => `@${m.name ?? m.userId}`).join(' ');
      const text = names ? `${names}\n${chunk}` : chunk;
      if (ats.length) log.debug({ chatId: msg.chatId }, 'no custom robot for this group: mentions sent as plain names');
      await withRetry(msg.chatId, 'group', () => openApiSend({ openConversationId: msg.chatId }, openApiPayload(text, part, chunks.length)));
    }
    if (fellBack) o.metrics.sends.inc({ platform: 'dingtalk', outcome: 'fallback' });
    log.info({ chatId: msg.chatId, kind: msg.kind, parts: chunks.length }, 'dingtalk message sent');
  }

  /** Runs `job` after everything already queued for this chat; other chats are not affected. */
  function enqueue(chatId: string, job: () => Promise<void>): Promise<void> {
    const prev = queues.get(chatId) ?? Promise.resolve();
    const run = prev.then(job);
    const tail = run.catch(() => undefined);
    queues.set(chatId, tail);
    void tail.then(() => {
      if (queues.get(chatId) === tail) queues.delete(chatId);
    });
    return run;
  }

  return {
    platform: 'dingtalk',
    async send(msg) {
      if (closed) throw new PlatformApiError('dingtalk', 'client_closed', 'the DingTalk client is closed');
      try {
        await enqueue(msg.chatId, async () => {
          const h = msg.replyTo?.replyHandle;
          if (isDingtalkPressHandle(h) && (await answerPress(h, msg))) return;
          if (msg.choices?.length && !isDingtalkPressHandle(h)) {
            if (await sendCard(msg, msg.choices)) return;
            return deliver({ ...msg, text: `${msg.text}\n${buttons.typeHint(msg.choices.map((c) => c.command))}` });
          }
          return deliver(msg);
        });
        o.metrics.sends.inc({ platform: 'dingtalk', outcome: 'ok' });
      } catch (err) {
        o.metrics.sends.inc({ platform: 'dingtalk', outcome: 'error' });
        const e = err as PlatformApiError;
        const hint = e instanceof PlatformApiError ? dingtalkErrorHint(e.errcode) : undefined;
        log.error({ chatId: msg.chatId, kind: msg.kind, errcode: e.errcode, httpStatus: e.httpStatus, error: e.message, hint }, 'dingtalk send failed');
        throw err;
      }
    },
    async close() {
      closed = true;
      closing.abort();
      while (queues.size) await Promise.all([...queues.values()]);
    },
  };
}
