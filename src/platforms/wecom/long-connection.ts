import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type WebSocket from 'ws';
import type { RawData } from 'ws';
import { type Clock, systemClock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Inbox } from '../../core/inbox.js';
import type { Choice, InboundMessage } from '../../core/message.js';
import { PlatformApiError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { LeaseStore } from '../../store/lease-store.js';
import { createReconnectingSocket } from '../reconnecting-socket.js';
import { buttonCard, newTaskId } from './cards.js';
import { type EventBody, EventBodySchema, type InboundFrame, InboundFrameSchema, newReqId, parseFrameText, WsCmd } from './long-schema.js';
import { SmartBotMessageSchema } from './schema.js';
import { translate, type WecomReplyHandle } from './translate.js';

// The smart bot's long connection (智能机器人长连接, https://developer.work.weixin.qq.com/document/path/101463): the bot
// dials out, so a township needs no public address, certificate or message crypto. Transport only: messages go to
// the same Inbox as the HTTP callback; replies and pushes come back through `deliver`.
//
// Our own client on `ws` rather than @wecom/aibot-node-sdk 1.0.7: the SDK gives up after 10 reconnects by default,
// has no hook to hold the connection under a lease (one connection per bot across instances), logs frame bodies
// (message texts) through its own console logger, pulls axios for a file download we do not use, and types the
// card-click event differently from the documented frame. tests/integration/wecom-long-sdk.test.ts drives our fake
// server with the SDK to show the frames we speak are the SDK's.
//
// One connection per bot: WeCom keeps only the newest subscription and sends the older one `disconnected_event`.
// Instances therefore compete for a lease (store/lease-store.ts) and only the holder connects. A handover is quiet;
// a `disconnected_event` while we still hold the lease means something outside this deployment took the bot, and
// we stay off (reconnecting would make the two kick each other for ever) and say so loudly.

export type LongState = 'standby' | 'connecting' | 'live' | 'displaced' | 'stopped';

/** One frame to send: a reply to a callback (its req_id), a card update (the click's req_id) or a push (new req_id). */
export interface OutFrame {
  cmd: typeof WsCmd.respond | typeof WsCmd.respondUpdate | typeof WsCmd.respondWelcome | typeof WsCmd.send;
  reqId: string;
  body: Record<string, unknown>;
  /** Where to push instead when WeCom refuses the reply (846605 invalid req_id, 846608 too late). */
  fallback?: { chatid: string; chat_type: 1 | 2 };
}

export interface CardPress {
  /** The event's req_id: the card must be updated with it within 5 s. */
  reqId: string;
  msgId: string;
  chatId: string;
  userId: string;
  eventKey: string;
  taskId: string;
  at: Date;
}

export interface WecomLongOptions {
  config: Config;
  inbox: Inbox;
  leases: LeaseStore;
  logger: Logger;
  metrics: Metrics;
  clock?: Clock;
  /** Identifies this instance in the lease; defaults to host:pid:random. */
  instanceId?: string;
  WebSocketImpl?: typeof WebSocket;
  heartbeatMs?: number;
  leaseTtlMs?: number;
  /** How often the lease is renewed (holder) or tried (standby). */
  leaseCheckMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  ackTimeoutMs?: number;
  outboxPollMs?: number;
  random?: () => number;
  /**
   * What answers `enter_chat` (a user opens the one-to-one chat; WeCom takes it within 5 s): sent as a button card,
   * the text above its buttons. The welcome may be `text` or `template_card` (101463); a card keeps the rule that
   * nothing we send is `text`, and its buttons are commands like any other card's.
   */
  welcome?: () => { text: string; choices: Choice[] };
  /** A button press on one of our template cards; the caller answers it through `deliver`. */
  onCardPress?: (press: CardPress) => Promise<void>;
}

export interface WecomLongConnection {
  /** Sends now when this instance holds the live connection; else queues it for the holder. */
  deliver(frame: OutFrame): Promise<void>;
  state(): LongState;
  stop(): Promise<void>;
}

const HEARTBEAT_MS = 30_000;
/** The official SDK's rule: two unanswered pings in a row and the socket is dead. */
const MAX_MISSED_PINGS = 2;
const LEASE_TTL_MS = 10_000;
const LEASE_CHECK_MS = 2_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
/** WeCom answers every frame; the SDK waits 5 s for it. */
const ACK_TIMEOUT_MS = 5_000;
/** The handshake, and the answer to subscribe, each get this long. */
const CONNECT_TIMEOUT_MS = 10_000;
const OUTBOX_POLL_MS = 300;
const OUTBOX_BATCH = 50;
/** Replies and pushes to one chat, together: 30 a minute (101463). */
const PER_CHAT_PER_MINUTE = 30;
const REPLY_REFUSED = new Set([846605, 846608]);

export function startWecomLongConnection(o: WecomLongOptions): WecomLongConnection {
  const botId = o.config.WECOM_BOT_ID ?? '';
  const secret = o.config.WECOM_BOT_SECRET ?? '';
  const url = o.config.WECOM_WS_URL;
  const clock = o.clock ?? systemClock;
  const random = o.random ?? Math.random;
  const heartbeatMs = o.heartbeatMs ?? HEARTBEAT_MS;
  const leaseTtlMs = o.leaseTtlMs ?? LEASE_TTL_MS;
  const leaseCheckMs = o.leaseCheckMs ?? LEASE_CHECK_MS;
  const ackTimeoutMs = o.ackTimeoutMs ?? ACK_TIMEOUT_MS;
  const outboxPollMs = o.outboxPollMs ?? OUTBOX_POLL_MS;
  const holder = o.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseName = `wecom-ws:${botId}`;
  const log = o.logger.child({ platform: 'wecom', transport: 'long' });
  const now = () => clock.now().getTime();

  let state: LongState = 'standby';
  let token: number | undefined;
  let lastRenewOk = 0;
  let stopped = false;
  let leaseTimer: NodeJS.Timeout | undefined;
  let outboxTimer: NodeJS.Timeout | undefined;
  let leaseBusy = false;
  let draining = false;
  const pending = new Map<string, { resolve: () => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  const lanes = new Map<string, Promise<void>>();
  const sentAt = new Map<string, number[]>();
  /** Pushes waiting for room in their chat's window (woken at stop, to give up). */
  const waiting = new Set<() => void>();
  const handovers = new Set<Promise<void>>();

  // ——— lease ———

  async function leaseTick(): Promise<void> {
    if (stopped || leaseBusy) return;
    leaseBusy = true;
    try {
      if (token === undefined) {
        const t = await o.leases.acquire(leaseName, holder, leaseTtlMs);
        if (t === undefined || stopped) return;
        token = t;
        lastRenewOk = now();
        log.info({ token, holder }, 'wecom long connection: this instance holds the bot’s connection');
        if (state === 'standby') {
          state = 'connecting';
          socket.connect();
        }
        return;
      }
      if (await o.leases.renew(leaseName, holder, token, leaseTtlMs)) {
        lastRenewOk = now();
        return;
      }
      // Lapsed (say Redis was away for a while): if nobody took it meanwhile, take it again and keep the socket.
      const again = await o.leases.acquire(leaseName, holder, leaseTtlMs);
      if (again !== undefined && !stopped) {
        token = again;
        lastRenewOk = now();
        log.info({ token }, 'wecom long connection: lease taken again after it lapsed');
        return;
      }
      stepDown('the lease passed to another instance');
    } catch (err) {
      // Store unreachable: keep the connection. Messages still arrive (the inbox journals them), and should another
      // instance take the lease and subscribe meanwhile, WeCom tells us with disconnected_event and we give way.
      if (now() - lastRenewOk > leaseTtlMs) log.warn({ err }, 'wecom long connection: lease not renewed (store unreachable); keeping the connection');
    } finally {
      leaseBusy = false;
    }
  }

  function stepDown(why: string): void {
    if (token === undefined) return;
    log.warn({ why }, 'wecom long connection: stepping down; another instance will hold the connection');
    token = undefined;
    if (state !== 'displaced') state = 'standby';
    closeSocket('lease lost');
  }

  // ——— socket ———

  /** Closes the socket for good (lease lost, displaced): nothing more is read from it, and nothing waits on it. */
  function closeSocket(reason: string): void {
    socket.drop(reason);
    rejectPending(new PlatformApiError('wecom', 'closed', `connection closed: ${reason}`));
  }

  function rejectPending(err: Error): void {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      p.reject(err);
    }
  }

  /**
   * The fencing step: subscribe only under a lease confirmed just now with our token. A holder that was paused past
   * its lease finds the token refused here and steps down instead of taking the bot from its successor.
   */
  async function subscribe(s: WebSocket): Promise<void> {
    const held = token;
    let ours = false;
    try {
      ours = held !== undefined && (await o.leases.renew(leaseName, holder, held, leaseTtlMs));
    } catch (err) {
      log.warn({ err }, 'wecom long connection: lease not confirmed; not subscribing yet');
      s.terminate();
      return;
    }
    if (socket.current() !== s || stopped) return;
    if (!ours) return stepDown('the lease passed to another instance before subscribing');
    lastRenewOk = now();
    const reqId = newReqId(WsCmd.subscribe, now(), random);
    // Subscribe once per connection: WeCom rate-limits repeats (45009).
    try {
      await request(s, { cmd: WsCmd.subscribe, headers: { req_id: reqId }, body: { bot_id: botId, secret } }, CONNECT_TIMEOUT_MS);
    } catch (err) {
      if (socket.current() !== s) return;
      const e = err as PlatformApiError;
      log.error(
        { errcode: e.errcode, errmsg: e.errmsg, hint: 'check WECOM_BOT_ID and WECOM_BOT_SECRET (智能机器人 → API 模式 → 长连接); 45009 means too many subscribes: wait' },
        'wecom long connection: subscribe refused',
      );
      s.terminate();
      return;
    }
    if (socket.current() !== s) return;
    state = 'live';
    // Backoff from the base again, and heartbeats from now: only a subscription proves the connection works.
    socket.established();
    log.info({ url }, 'wecom long connection: subscribed');
    void drainOutbox();
  }

  /** Sends one frame and resolves on WeCom's answer with the same req_id (errcode 0), rejects otherwise. */
  function request(s: WebSocket, frame: { cmd: string; headers: { req_id: string }; body?: unknown }, timeoutMs = ackTimeoutMs): Promise<void> {
    const reqId = frame.headers.req_id;
    return new Promise<void>((resolve, reject) => {
      if (s.readyState !== s.OPEN) return reject(new PlatformApiError('wecom', 'not_connected', 'the long connection is not open'));
      const timer = setTimeout(() => {
        pending.delete(reqId);
        reject(new PlatformApiError('wecom', 'ack_timeout', `no answer to ${frame.cmd} within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(reqId, { resolve, reject, timer });
      s.send(JSON.stringify(frame), (err) => {
        if (!err) return;
        clearTimeout(timer);
        pending.delete(reqId);
        reject(new PlatformApiError('wecom', 'send_failed', err.message));
      });
    });
  }

  // ——— frames from WeCom ———

  function onFrame(s: WebSocket, data: RawData): void {
    let frame: InboundFrame;
    try {
      frame = InboundFrameSchema.parse(parseFrameText(data.toString()));
    } catch {
      o.metrics.rejected.inc({ platform: 'wecom', reason: 'malformed_frame' });
      log.warn('wecom long connection: unreadable frame ignored');
      return;
    }
    const reqId = frame.headers.req_id;
    // Only the two callbacks are told apart by cmd; anything else is the answer to a frame of ours, found by its
    // req_id, as the official SDK does (an answer that echoes our cmd is still an answer).
    if (frame.cmd !== WsCmd.msgCallback && frame.cmd !== WsCmd.eventCallback) {
      const p = pending.get(reqId);
      if (!p) {
        log.debug({ reqId, cmd: frame.cmd }, 'wecom long connection: frame ignored (not a callback, nor an answer we wait for)');
        return;
      }
      clearTimeout(p.timer);
      pending.delete(reqId);
      if ((frame.errcode ?? 0) === 0) p.resolve();
      else p.reject(new PlatformApiError('wecom', frame.errcode ?? -1, frame.errmsg ?? ''));
      return;
    }
    if (frame.cmd === WsCmd.msgCallback) {
      handOver(() => onMessage(reqId, frame.body));
      return;
    }
    const ev = EventBodySchema.safeParse(frame.body);
    if (ev.success) onEvent(s, reqId, ev.data);
    else {
      o.metrics.rejected.inc({ platform: 'wecom', reason: 'schema_invalid' });
      log.warn({ paths: ev.error.issues.slice(0, 5).map((i) => i.path.join('.')) }, 'wecom long connection: malformed event');
    }
  }

  function handOver(work: () => Promise<void>): void {
    const p = work()
      .catch((err: unknown) => log.error({ err }, 'wecom long connection: message could not be handed to the inbox'))
      .finally(() => handovers.delete(p));
    handovers.add(p);
  }

  async function onMessage(reqId: string, body: unknown): Promise<void> {
    const parsed = SmartBotMessageSchema.safeParse(withDefaults(reqId, body));
    if (!parsed.success) {
      o.metrics.rejected.inc({ platform: 'wecom', reason: 'payload_invalid' });
      log.warn({ paths: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) }, 'wecom long connection: callback is not a message');
      return;
    }
    const msg = translate(parsed.data, clock.now());
    if (!msg) {
      log.info({ msgtype: parsed.data.msgtype }, 'wecom long connection: message without text ignored');
      return;
    }
    // Replies go back on the socket with the callback's req_id, not through response_url.
    const inbound: InboundMessage = { ...msg, replyHandle: { reqId } satisfies WecomReplyHandle };
    const outcome = await o.inbox.accept(inbound);
    log.info({ chatId: inbound.chatId, msgId: inbound.msgId, outcome }, 'wecom long connection: message');
  }

  /**
   * The callback's body is the HTTP callback's JSON (101463), which always has msgid and chattype; should one be
   * missing here, the req_id (unique per callback) stands in for msgid and chatid says which chat type it is,
   * rather than dropping a cadre's report.
   */
  function withDefaults(reqId: string, body: unknown): unknown {
    if (typeof body !== 'object' || body === null) return body;
    const b = body as Record<string, unknown>;
    return {
      ...b,
      ...(b.msgid === undefined || b.msgid === '' ? { msgid: `req:${reqId}` } : {}),
      ...(b.chattype === undefined ? { chattype: typeof b.chatid === 'string' && b.chatid ? 'group' : 'single' } : {}),
    };
  }

  function onEvent(s: WebSocket, reqId: string, body: EventBody): void {
    const type = body.event.eventtype;
    if (type === 'disconnected_event') {
      void onDisplaced(s);
      return;
    }
    if (type === 'enter_chat' && o.welcome) {
      const { text, choices } = o.welcome();
      const template_card = buttonCard(text, choices, newTaskId(now(), random));
      handOver(() => deliver({ cmd: WsCmd.respondWelcome, reqId, body: { msgtype: 'template_card', template_card } }));
      return;
    }
    // The detail nested under its own name, as doc 101027 shows; or directly under `event`, as the official SDK types it.
    const { event_key, task_id } = body.event;
    const card = body.event.template_card_event ?? (event_key && task_id ? { event_key, task_id } : undefined);
    if (type === 'template_card_event' && card && body.from && o.onCardPress) {
      const press: CardPress = {
        reqId,
        msgId: body.msgid ?? `${card.task_id}:${body.from.userid}:${body.create_time ?? now()}`,
        chatId: body.chatid && body.chattype !== 'single' ? body.chatid : `single:${body.from.userid}`,
        userId: body.from.userid,
        eventKey: card.event_key,
        taskId: card.task_id,
        at: body.create_time ? new Date(body.create_time * 1000) : clock.now(),
      };
      const handle = o.onCardPress;
      handOver(() => handle(press));
      return;
    }
    log.debug({ eventtype: type }, 'wecom long connection: event ignored');
  }

  async function onDisplaced(s: WebSocket): Promise<void> {
    if (socket.current() !== s) return;
    // WeCom closes this socket itself; we must not reconnect whatever happens next.
    const held = token;
    state = 'displaced';
    closeSocket('disconnected_event');
    let stillOurs = false;
    if (held !== undefined) stillOurs = await o.leases.renew(leaseName, holder, held, leaseTtlMs).catch(() => false);
    if (!stillOurs) {
      // A sibling took the lease and subscribed: the expected handover.
      token = undefined;
      state = stopped ? 'stopped' : 'standby';
      log.info('wecom long connection: handed over to another instance');
      return;
    }
    // Still ours, yet WeCom gave the bot to a newer connection: another deployment (or a test tool) uses the same
    // BotID. Keep the lease so no sibling fights it, and stay off until an operator restarts us.
    log.fatal(
      { botId, hint: 'another program or server subscribed with the same WECOM_BOT_ID; stop it (or regenerate the Secret), then restart this service' },
      '企业微信长连接已被另一连接取代 (disconnected_event): the bot is OFF in WeCom and will not reconnect by itself',
    );
    process.stderr.write('\n!!! 企业微信长连接被另一连接取代，本服务不再自动重连；请停用另一连接后重启本服务。 (WeCom disconnected_event: staying off)\n\n');
  }

  // ——— sending ———

  function live(): WebSocket | undefined {
    const s = socket.current();
    return state === 'live' && token !== undefined && s?.readyState === s?.OPEN ? s : undefined;
  }

  /**
   * Counts a frame in its chat's window of 30 messages a minute. A push waits for room; an answer (a receipt, a card
   * update, a welcome) is counted but never held back: WeCom wants the receipt and the card update within seconds,
   * a burst of cadres reporting at the deadline must not queue behind our own count, and should WeCom refuse one
   * for its rate the outbox retries it (a callback's req_id can be answered for 24 h).
   */
  async function pace(chat: string, wait: boolean): Promise<void> {
    for (;;) {
      // Shutting down: a push still waiting for room is not sent now; the outbox keeps it for the next start.
      if (stopped) throw new PlatformApiError('wecom', 'stopped', 'shutting down before the chat had room for this push');
      const t = now();
      const list = (sentAt.get(chat) ?? []).filter((x) => x > t - 60_000);
      if (list.length < PER_CHAT_PER_MINUTE || !wait) {
        list.push(t);
        sentAt.set(chat, list);
        return;
      }
      sentAt.set(chat, list);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, list[0]! + 60_000 - t);
        waiting.add(done);
      });
    }
  }

  async function sendNow(s: WebSocket, f: OutFrame): Promise<void> {
    const chat = typeof f.body.chatid === 'string' ? f.body.chatid : (f.fallback?.chatid ?? f.reqId);
    await pace(chat, f.cmd === WsCmd.send);
    try {
      await request(s, { cmd: f.cmd, headers: { req_id: f.reqId }, body: f.body });
      o.metrics.sends.inc({ platform: 'wecom', outcome: 'ok' });
    } catch (err) {
      if (!(err instanceof PlatformApiError && REPLY_REFUSED.has(Number(err.errcode)) && f.fallback)) throw err;
      log.warn({ errcode: err.errcode }, 'wecom long connection: reply refused, pushing to the chat instead');
      const body = { ...f.body, ...f.fallback };
      await request(s, { cmd: WsCmd.send, headers: { req_id: newReqId(WsCmd.send, now(), random) }, body });
      o.metrics.sends.inc({ platform: 'wecom', outcome: 'fallback' });
    }
  }

  /** Frames for one reply (or one chat) go out in order, each after WeCom answered the one before. */
  function inLane(key: string, job: () => Promise<void>): Promise<void> {
    const run = (lanes.get(key) ?? Promise.resolve()).then(job);
    const tail = run.catch(() => undefined);
    lanes.set(key, tail);
    void tail.then(() => {
      if (lanes.get(key) === tail) lanes.delete(key);
    });
    return run;
  }

  async function deliver(f: OutFrame): Promise<void> {
    const key = f.cmd === WsCmd.send ? `chat:${String(f.body.chatid)}` : `req:${f.reqId}`;
    return inLane(key, async () => {
      const s = live();
      if (s) return sendNow(s, f);
      // Not live here (another instance holds the connection, or ours is reconnecting): the holder sends it.
      await o.leases.pushOutbox(leaseName, JSON.stringify(f));
      o.metrics.sends.inc({ platform: 'wecom', outcome: 'queued' });
    });
  }

  async function drainOutbox(): Promise<void> {
    if (draining || stopped) return;
    draining = true;
    try {
      for (;;) {
        const s = live();
        if (!s || token === undefined) return;
        const items = await o.leases.takeOutbox(leaseName, holder, token, OUTBOX_BATCH);
        if (!items.length) return;
        for (const item of items) {
          let f: OutFrame;
          try {
            f = JSON.parse(item) as OutFrame;
          } catch {
            log.error('wecom long connection: unreadable outbox item dropped');
            continue;
          }
          const key = f.cmd === WsCmd.send ? `chat:${String(f.body.chatid)}` : `req:${f.reqId}`;
          await inLane(key, () => sendNow(s, f)).catch((err: unknown) => {
            o.metrics.sends.inc({ platform: 'wecom', outcome: 'error' });
            log.error({ err, cmd: f.cmd }, 'wecom long connection: queued frame not delivered');
          });
        }
      }
    } catch (err) {
      log.warn({ err }, 'wecom long connection: outbox read failed');
    } finally {
      draining = false;
    }
  }

  // ——— start ———
  const socket = createReconnectingSocket({
    name: 'wecom long connection',
    log,
    address: async () => url,
    // Connect only while holding the lease; never again after disconnected_event (the two would kick each other).
    wanted: () => !stopped && token !== undefined && state !== 'displaced',
    onOpen: (s) => void subscribe(s),
    onMessage: onFrame,
    onClose: (_s, code, wasCurrent) => {
      if (wasCurrent) rejectPending(new PlatformApiError('wecom', 'closed', `connection closed (${code})`));
    },
    onRetry: () => {
      state = 'connecting';
    },
    // The official SDK's rule: two unanswered pings in a row and the socket is dead.
    liveness: { kind: 'ping', everyMs: heartbeatMs, maxUnanswered: MAX_MISSED_PINGS, ping: (s) => request(s, { cmd: WsCmd.ping, headers: { req_id: newReqId(WsCmd.ping, now(), random) } }, heartbeatMs) },
    backoffBaseMs: o.backoffBaseMs ?? BACKOFF_BASE_MS,
    backoffMaxMs: o.backoffMaxMs ?? BACKOFF_MAX_MS,
    handshakeTimeoutMs: CONNECT_TIMEOUT_MS,
    random,
    ...(o.WebSocketImpl ? { WebSocketImpl: o.WebSocketImpl } : {}),
  });
  void leaseTick();
  leaseTimer = setInterval(() => void leaseTick(), leaseCheckMs);
  outboxTimer = setInterval(() => void drainOutbox(), outboxPollMs);

  return {
    deliver,
    state: () => state,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(leaseTimer);
      clearInterval(outboxTimer);
      leaseTimer = outboxTimer = undefined;
      while (handovers.size) await Promise.all([...handovers]);
      for (const wake of [...waiting]) wake();
      await Promise.allSettled([...lanes.values()]);
      await socket.stop();
      rejectPending(new PlatformApiError('wecom', 'closed', 'connection closed: shutdown'));
      const held = token;
      token = undefined;
      const wasDisplaced = state === 'displaced';
      state = 'stopped';
      // A displaced instance keeps the lease to the end so that no sibling starts a kicking match; it lapses.
      if (held !== undefined && !wasDisplaced) await o.leases.release(leaseName, holder, held).catch(() => undefined);
      log.info('wecom long connection: stopped');
    },
  };
}
