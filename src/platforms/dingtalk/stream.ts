import type WebSocket from 'ws';
import type { RawData } from 'ws';
import { type Clock, systemClock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Inbox } from '../../core/inbox.js';
import { AppError, ErrorCode, PlatformApiError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import { createReconnectingSocket } from '../reconnecting-socket.js';
import { ConnectionOpenSchema, RobotMessageSchema, type StreamFrame, StreamFrameSchema, TOPIC_ROBOT } from './schema.js';
import { TOPIC_CARD } from './card-press.js';
import { translateDingtalk } from './translate.js';

// Stream mode: an outbound WebSocket, so a township needs no public address, certificate or callback signature.
// Protocol: https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol
// Our own client rather than npm dingtalk-stream 2.1.5, whose published release leaks sockets and timers on
// reconnect and ignores `disconnect` frames (shared/reference/dingtalk.md §2.4).

export interface DingtalkStreamOptions {
  config: Config;
  inbox: Inbox;
  logger: Logger;
  metrics: Metrics;
  clock?: Clock;
  WebSocketImpl?: typeof WebSocket;
  fetch?: typeof fetch;
  /** Reconnect after this long without any frame (zombie sockets still answer pings but deliver nothing). */
  watchdogMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  random?: () => number;
  /** Card button presses: subscribes the card topic; resolves with the acknowledgement's `response`. */
  onCardCallback?: (data: string, messageId: string) => Promise<unknown>;
}

export interface DingtalkStream {
  stop(): Promise<void>;
}

const WATCHDOG_MS = 60_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;
/** Registration and the WebSocket handshake each get this long before we try again. */
const CONNECT_TIMEOUT_MS = 10_000;
const UA = 'weiwen-report-bot/0.1 (node ws)';

export function startDingtalkStream(o: DingtalkStreamOptions): DingtalkStream {
  const clientId = o.config.DINGTALK_APP_KEY;
  const clientSecret = o.config.DINGTALK_APP_SECRET;
  if (!clientId || !clientSecret) {
    throw new AppError(ErrorCode.ConfigInvalid, 'DingTalk Stream mode needs DINGTALK_APP_KEY and DINGTALK_APP_SECRET', {
      hint: '钉钉开发者后台 → 应用开发 → 企业内部应用 → 凭证与基础信息 → Client ID / Client Secret',
    });
  }
  const doFetch = o.fetch ?? fetch;
  const clock = o.clock ?? systemClock;
  const log = o.logger.child({ platform: 'dingtalk', transport: 'stream' });

  const handovers = new Set<Promise<void>>();
  const abort = new AbortController();
  let stopped = false;

  function reply(ws: WebSocket, frame: StreamFrame, code: number, data: string): void {
    if (ws.readyState !== ws.OPEN) return;
    const ack = { code, headers: { contentType: 'application/json', messageId: frame.headers.messageId }, message: code === 200 ? 'OK' : 'unknown topic', data };
    ws.send(JSON.stringify(ack), (err) => {
      if (err) log.warn({ err }, 'dingtalk stream: acknowledgement not sent');
    });
  }

  function handOver(data: string): void {
    const p = (async () => {
      let body: unknown;
      try {
        body = JSON.parse(data);
      } catch {
        o.metrics.rejected.inc({ platform: 'dingtalk', reason: 'malformed_json' });
        log.warn('dingtalk stream: callback data is not JSON');
        return;
      }
      const parsed = RobotMessageSchema.safeParse(body);
      if (!parsed.success) {
        o.metrics.rejected.inc({ platform: 'dingtalk', reason: 'schema_invalid' });
        log.warn({ paths: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) }, 'dingtalk stream: callback is not a robot message');
        return;
      }
      const msg = translateDingtalk(parsed.data, clock.now());
      if (!msg) return;
      await o.inbox.accept(msg);
    })()
      .catch((err: unknown) => log.error({ err }, 'dingtalk stream: message could not be handed to the inbox'))
      .finally(() => handovers.delete(p));
    handovers.add(p);
  }

  function onFrame(ws: WebSocket, raw: RawData): void {
    // A frame, not the handshake, proves the connection works: a gateway that accepts and drops at once must not
    // reset the backoff into a tight loop.
    socket.established();
    let frame: StreamFrame;
    try {
      frame = StreamFrameSchema.parse(JSON.parse(raw.toString()));
    } catch {
      log.warn('dingtalk stream: unreadable frame ignored');
      return;
    }
    const { topic } = frame.headers;
    if (frame.type === 'SYSTEM') {
      if (topic === 'ping') {
        reply(ws, frame, 200, frame.data); // echo the opaque
      } else if (topic === 'disconnect') {
        // The server will close this socket in ~10 s and delivers nothing more to it: open the next one now,
        // before the old one goes, so no message falls in the gap (shared/reference/dingtalk.md §2.3).
        log.info('dingtalk stream: server asked to reconnect');
        if (ws === socket.current()) socket.replace();
      } else {
        log.debug({ topic }, 'dingtalk stream: system frame ignored');
      }
      return;
    }
    if (frame.type === 'EVENT') {
      // Not subscribed; answer so the platform does not redeliver it.
      reply(ws, frame, 200, JSON.stringify({ status: 'SUCCESS', message: 'ignored' }));
      return;
    }
    if (topic === TOPIC_CARD && o.onCardCallback) {
      // Acknowledged once the press is safely in the inbox (a card callback's answer may change the card).
      const p = o.onCardCallback(frame.data, frame.headers.messageId)
        .catch((err: unknown) => {
          log.error({ err }, 'dingtalk stream: card press could not be handed to the inbox');
          return null;
        })
        .then((response) => reply(ws, frame, 200, JSON.stringify({ response: response ?? null })))
        .finally(() => handovers.delete(p));
      handovers.add(p);
      return;
    }
    if (topic !== TOPIC_ROBOT) {
      reply(ws, frame, 404, JSON.stringify({ response: null }));
      return;
    }
    // ACK first, then work: robot callbacks are not redelivered, the ACK is diagnostic; dedupe is on msgId.
    reply(ws, frame, 200, JSON.stringify({ response: null }));
    handOver(frame.data);
  }

  async function register(): Promise<{ endpoint: string; ticket: string }> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), CONNECT_TIMEOUT_MS);
    const onStop = () => timeout.abort();
    abort.signal.addEventListener('abort', onStop, { once: true });
    try {
      const res = await doFetch(`${o.config.DINGTALK_API_BASE}/v1.0/gateway/connections/open`, {
        method: 'POST',
        // Without Accept the gateway answers XML (comment in the official SDK).
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ clientId, clientSecret, subscriptions: [{ type: 'CALLBACK', topic: TOPIC_ROBOT }, ...(o.onCardCallback ? [{ type: 'CALLBACK', topic: TOPIC_CARD }] : [])], ua: UA }),
        signal: timeout.signal,
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new PlatformApiError('dingtalk', 'malformed_response', 'connections/open did not answer JSON', res.status);
      }
      if (!res.ok) {
        const j = json as { code?: string; message?: string };
        throw new PlatformApiError('dingtalk', j.code ?? res.status, j.message ?? 'connections/open failed', res.status);
      }
      return ConnectionOpenSchema.parse(json);
    } finally {
      clearTimeout(timer);
      abort.signal.removeEventListener('abort', onStop);
    }
  }

  /** A fresh ticket for each connection: the ticket is good for one connection within 90 s, never reused. */
  async function address(): Promise<string | undefined> {
    let target: { endpoint: string; ticket: string };
    try {
      target = await register();
    } catch (err) {
      if (stopped) return undefined;
      const e = err as PlatformApiError;
      log.warn({ errcode: e.errcode, httpStatus: e.httpStatus, error: e.message, hint: 'check DINGTALK_APP_KEY / DINGTALK_APP_SECRET and that the app has 机器人 with 消息接收模式 = Stream' }, 'dingtalk stream: registration failed');
      return undefined;
    }
    const url = new URL(target.endpoint);
    url.searchParams.set('ticket', target.ticket);
    return url.toString();
  }

  const socket = createReconnectingSocket({
    name: 'dingtalk stream',
    log,
    address,
    addressFailure: 'register_failed',
    onOpen: () => log.info('dingtalk stream: connected'),
    onMessage: onFrame,
    // Zombie sockets still answer WebSocket pings but deliver nothing: any frame is life, none for this long is not.
    liveness: { kind: 'silence', ms: o.watchdogMs ?? WATCHDOG_MS, hint: 'check the firewall allows api.dingtalk.com and wss-open-connection.dingtalk.com on 443' },
    backoffBaseMs: o.backoffBaseMs ?? BACKOFF_BASE_MS,
    backoffMaxMs: o.backoffMaxMs ?? BACKOFF_MAX_MS,
    handshakeTimeoutMs: CONNECT_TIMEOUT_MS,
    ...(o.random ? { random: o.random } : {}),
    ...(o.WebSocketImpl ? { WebSocketImpl: o.WebSocketImpl } : {}),
  });
  socket.connect();

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      abort.abort();
      await socket.stop();
      while (handovers.size) await Promise.all([...handovers]);
      log.info('dingtalk stream: stopped');
    },
  };
}
