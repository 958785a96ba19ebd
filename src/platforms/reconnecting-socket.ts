import WebSocket, { type RawData } from 'ws';
import type { Logger } from '../logger.js';

// One outbound WebSocket kept open: reconnect with backoff after a drop, a liveness rule that replaces a socket
// that has gone quiet, make-before-break replacement, and a stop after which nothing reconnects. The WeCom long
// connection and DingTalk Stream both dial out this way; what they say on the socket stays with them.
//
// Liveness comes in the two forms the platforms need: `silence` (DingTalk: any frame is life; none for `ms` and the
// socket is replaced, since a zombie socket still answers WebSocket pings) and `ping` (WeCom: an application ping
// every `everyMs`, started once the connection is established; `maxUnanswered` in a row and it is replaced, the
// official SDK's rule).

export type Liveness =
  | { kind: 'silence'; ms: number; hint?: string }
  | { kind: 'ping'; everyMs: number; maxUnanswered: number; ping: (ws: WebSocket) => Promise<unknown> };

export interface ReconnectingSocketOptions {
  /** Names the connection in logs, e.g. 'dingtalk stream'. */
  name: string;
  log: Logger;
  /** The address for one attempt, asked afresh each time (DingTalk's ticket is good for one connection); undefined or
   *  a rejection fails the attempt (the caller logs why) and it is retried with backoff. */
  address: () => Promise<string | undefined>;
  /** The reason logged for a retry after `address` failed. Default 'no_address'. */
  addressFailure?: string;
  /** Whether a connection is wanted now (WeCom: only while this instance holds the lease). Default: always. */
  wanted?: () => boolean;
  /** A new socket is open (it is already current; `previous` is closed next when this replaced it). */
  onOpen?: (ws: WebSocket) => void;
  /** A frame, from the current socket or from one being replaced (it delivers until it closes). */
  onMessage: (ws: WebSocket, data: RawData) => void;
  /** A socket closed; `wasCurrent` when it was the current one (not one replaced or dropped before). */
  onClose?: (ws: WebSocket, code: number, wasCurrent: boolean) => void;
  /** A retry is scheduled (the module logs it too). */
  onRetry?: () => void;
  liveness?: Liveness;
  backoffBaseMs: number;
  backoffMaxMs: number;
  random?: () => number;
  WebSocketImpl?: typeof WebSocket;
  handshakeTimeoutMs?: number;
  /** Node's timers by default; a test passes its own to see that stop() leaves none running. */
  timers?: Timers;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): NodeJS.Timeout;
  clearTimeout(t: NodeJS.Timeout | undefined): void;
  setInterval(fn: () => void, ms: number): NodeJS.Timeout;
  clearInterval(t: NodeJS.Timeout | undefined): void;
}

const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t),
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (t) => clearInterval(t),
};

export interface ReconnectingSocket {
  /** Opens a socket unless one is open or opening. */
  connect(): void;
  /** Opens a new socket even though one is open; the old one is closed once the new one is open. */
  replace(): void;
  current(): WebSocket | undefined;
  /** The connection proved usable (subscribed, a frame arrived): the next retry starts from the base delay again;
   *  ping liveness starts on the first call for a socket. */
  established(): void;
  /** Closes the current socket and hears nothing more from it; it is replaced only if still `wanted()`. */
  drop(reason: string): void;
  /** Closes every socket (waits for them) and cancels retries: nothing reconnects afterwards. */
  stop(): Promise<void>;
}

const HANDSHAKE_TIMEOUT_MS = 10_000;
/** After close(1000) a peer that does not answer is cut off. */
const CLOSE_GRACE_MS = 3_000;

export function createReconnectingSocket(o: ReconnectingSocketOptions): ReconnectingSocket {
  const WS = o.WebSocketImpl ?? WebSocket;
  const random = o.random ?? Math.random;
  const wanted = o.wanted ?? (() => true);
  const { setTimeout, clearTimeout, setInterval, clearInterval } = o.timers ?? nodeTimers;
  const sockets = new Set<WebSocket>();
  const killTimers = new Set<NodeJS.Timeout>();
  let current: WebSocket | undefined;
  /** An attempt in progress: the mutex that stops two reconnect paths racing. */
  let connecting: Promise<void> | undefined;
  /** The latest attempt's number: only it may clear `connecting`. */
  let attempts = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let silenceTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;
  let pinging: WebSocket | undefined;
  let failures = 0;
  let stopped = false;

  function scheduleRetry(why: string): void {
    if (stopped || connecting || retryTimer || !wanted()) return;
    // Exponential backoff capped, plus up to 20 % jitter so instances do not reconnect in step.
    const base = Math.min(o.backoffMaxMs, o.backoffBaseMs * 2 ** failures);
    const delayMs = Math.round(base * (1 + 0.2 * random()));
    failures++;
    o.log.warn({ why, delayMs, failures }, `${o.name}: reconnecting after a pause`);
    o.onRetry?.();
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      // Another path may have connected meanwhile (a lease taken again): one socket, not two.
      if (!current) attempt();
    }, delayMs);
  }

  function stopLiveness(): void {
    clearTimeout(silenceTimer);
    clearInterval(pingTimer);
    silenceTimer = pingTimer = pinging = undefined;
  }

  function armSilence(): void {
    const l = o.liveness;
    if (l?.kind !== 'silence') return;
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      silenceTimer = undefined;
      const ws = current;
      if (!ws || stopped) return;
      o.log.warn({ silenceMs: l.ms, ...(l.hint ? { hint: l.hint } : {}) }, `${o.name}: no frame for too long, replacing the connection`);
      current = undefined;
      ws.terminate();
    }, l.ms);
  }

  function startPings(ws: WebSocket): void {
    const l = o.liveness;
    if (l?.kind !== 'ping' || pinging === ws) return;
    clearInterval(pingTimer);
    pinging = ws;
    let missed = 0;
    pingTimer = setInterval(() => {
      if (missed >= l.maxUnanswered) {
        o.log.warn({ missed }, `${o.name}: heartbeats unanswered, replacing the connection`);
        ws.terminate();
        return;
      }
      missed++;
      l.ping(ws).then(
        () => {
          missed = 0;
        },
        () => undefined,
      );
    }, l.everyMs);
  }

  function closeGracefully(ws: WebSocket, reason: string): Promise<void> {
    if (ws.readyState === WS.CLOSED) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const kill = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
      killTimers.add(kill);
      ws.once('close', () => {
        clearTimeout(kill);
        killTimers.delete(kill);
        resolve();
      });
      if (ws.readyState === WS.CONNECTING) ws.terminate();
      else if (ws.readyState === WS.OPEN) ws.close(1000, reason);
    });
  }

  function attempt(): void {
    if (stopped || connecting || !wanted()) return;
    const n = ++attempts;
    connecting = open(n).then((failure) => {
      if (attempts === n) connecting = undefined;
      if (failure) scheduleRetry(failure);
    });
  }

  /** Resolves once the new socket is open (undefined) or has failed (the reason; a retry is scheduled). */
  async function open(n: number): Promise<string | undefined> {
    const url = await o.address().catch(() => undefined);
    if (stopped) return undefined;
    if (!url) return o.addressFailure ?? 'no_address';
    const ws = new WS(url, { handshakeTimeout: o.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS });
    sockets.add(ws);
    return new Promise<string | undefined>((settle) => {
      let opened = false;
      ws.on('open', () => {
        opened = true;
        // The attempt is over once open, at once: a frame in the same packet as the handshake (DingTalk's disconnect
        // asking for a new socket) is read before a promise's callback could clear the mutex, and replace() would
        // find an attempt still in progress and do nothing.
        if (attempts === n) connecting = undefined;
        // No longer wanted while it was opening (WeCom: the lease was lost meanwhile, drop() found no current socket):
        // close it, keep the current one, and hear nothing it brings while it closes.
        if (!wanted()) {
          ws.removeAllListeners('message');
          void closeGracefully(ws, 'not wanted');
          settle(undefined);
          return;
        }
        const old = current;
        current = ws;
        stopLiveness();
        armSilence();
        o.onOpen?.(ws);
        if (old && old !== ws) void closeGracefully(old, 'replaced');
        settle(undefined);
      });
      ws.on('message', (data) => {
        if (ws === current) armSilence();
        o.onMessage(ws, data);
      });
      ws.on('error', (err) => o.log.warn({ error: err.message }, `${o.name}: socket error`));
      ws.on('close', (code) => {
        sockets.delete(ws);
        if (!opened) {
          settle(stopped ? undefined : 'handshake_failed');
          return;
        }
        const wasCurrent = ws === current;
        if (wasCurrent) {
          current = undefined;
          stopLiveness();
        }
        o.onClose?.(ws, code, wasCurrent);
        if (!current) scheduleRetry(`closed_${code}`);
      });
    });
  }

  return {
    connect() {
      if (!current) attempt();
    },
    replace: attempt,
    current: () => current,
    established() {
      failures = 0;
      if (current) startPings(current);
    },
    drop(reason) {
      const ws = current;
      current = undefined;
      stopLiveness();
      if (!ws) return;
      ws.removeAllListeners('message');
      void closeGracefully(ws, reason);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      stopLiveness();
      // Close first: a socket still in its handshake is cut off, which also settles an attempt in progress.
      await Promise.all([...sockets].map((ws) => closeGracefully(ws, 'shutdown')));
      await connecting;
      await Promise.all([...sockets].map((ws) => closeGracefully(ws, 'shutdown')));
      for (const t of killTimers) clearTimeout(t);
      killTimers.clear();
      current = undefined;
    },
  };
}
