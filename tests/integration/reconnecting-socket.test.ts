import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createReconnectingSocket, type ReconnectingSocket, type ReconnectingSocketOptions, type Timers } from '../../src/platforms/reconnecting-socket.js';
import { captureLogger } from '../support/capture-logger.js';
import { waitFor } from '../support/wait-for.js';

// The socket the WeCom long connection and DingTalk Stream both keep open, against a real `ws` server on loopback:
// a dropped socket is replaced with exponential backoff, a quiet one (no frame, or pings unanswered) is replaced,
// replace() opens the new socket before the old one goes, and after stop() nothing reconnects.

interface Conn {
  ws: WebSocket;
  closed: boolean;
  got: string[];
}

let wss: WebSocketServer;
let url = '';
let conns: Conn[] = [];
/** The server's view in order: `open 1`, `close 1`, … */
let events: string[] = [];
/** What the server does with a new connection. */
let onConnection: (c: Conn) => void = () => undefined;
let sock: ReconnectingSocket | undefined;

beforeEach(async () => {
  conns = [];
  events = [];
  onConnection = () => undefined;
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  // This test's lists, held here: a socket of the test before that closes late (after its server was torn down)
  // records into that test's lists, not into this one's (`close 3` showed up first in replace()'s events under load).
  const mine = { conns, events };
  wss.on('connection', (ws) => {
    const c: Conn = { ws, closed: false, got: [] };
    mine.conns.push(c);
    const n = mine.conns.length;
    mine.events.push(`open ${n}`);
    ws.on('message', (d) => c.got.push(d.toString()));
    ws.on('close', () => {
      c.closed = true;
      mine.events.push(`close ${n}`);
    });
    onConnection(c);
  });
});
afterEach(async () => {
  await sock?.stop();
  sock = undefined;
  for (const c of wss.clients) c.terminate();
  await new Promise<void>((r) => wss.close(() => r()));
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const open = () => conns.filter((c) => !c.closed);

/** Node's timers, counting those set and not yet fired or cleared. The process-wide count of active timeouts was
 *  tried first and failed now and then under load: other tests' sockets in the same worker hold timers too. */
function countingTimers() {
  const live = new Set<NodeJS.Timeout>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const t = setTimeout(() => {
        live.delete(t);
        fn();
      }, ms);
      live.add(t);
      return t;
    },
    clearTimeout: (t) => {
      if (t) live.delete(t);
      clearTimeout(t);
    },
    setInterval: (fn, ms) => {
      const t = setInterval(fn, ms);
      live.add(t);
      return t;
    },
    clearInterval: (t) => {
      if (t) live.delete(t);
      clearInterval(t);
    },
  };
  return { timers, live };
}

function start(o: Partial<ReconnectingSocketOptions> = {}) {
  const log = captureLogger();
  const got: { from: WebSocket; text: string }[] = [];
  sock = createReconnectingSocket({
    name: 'test socket',
    log: log.logger,
    address: async () => url,
    onMessage: (ws, d) => got.push({ from: ws, text: d.toString() }),
    backoffBaseMs: 40,
    backoffMaxMs: 160,
    random: () => 0,
    ...o,
  });
  sock.connect();
  const delays = () => log.lines.filter((l) => l.msg === 'test socket: reconnecting after a pause').map((l) => l.delayMs);
  return { sock, got, log, delays };
}

describe('reconnecting socket', () => {
  it('replaces a dropped socket, each retry waiting twice as long up to the cap, and from the base again once established', async () => {
    // The server drops every connection as soon as it opens.
    onConnection = (c) => c.ws.terminate();
    const { sock: s, delays } = start();
    await waitFor('five connections', () => conns.length >= 5);
    expect(delays().slice(0, 4)).toEqual([40, 80, 160, 160]);
    // Now it keeps them: once the client says the connection works, the next drop retries from the base delay.
    onConnection = () => undefined;
    const kept = await waitFor('a kept connection', () => open()[0]);
    s.established();
    const before = delays().length;
    const n = conns.length;
    kept.ws.terminate();
    await waitFor('a new connection', () => conns.length > n);
    expect(delays()[before]).toBe(40);
  });

  it('asks for the address afresh on every attempt, and retries with backoff when there is none', async () => {
    let asked = 0;
    const { delays } = start({ address: async () => (++asked < 3 ? undefined : url), addressFailure: 'no_ticket' });
    await waitFor('a connection', () => open()[0]);
    expect(asked).toBe(3);
    expect(delays()).toEqual([40, 80]);
  });

  it('after stop() closes the socket, reconnects nothing and leaves no timer behind', async () => {
    const { timers, live } = countingTimers();
    const { sock: s } = start({ liveness: { kind: 'silence', ms: 60_000 }, timers });
    const c = await waitFor('a connection', () => open()[0]);
    expect(live.size).toBeGreaterThan(0);
    await s.stop();
    sock = undefined;
    await waitFor('the server to see the close', () => c.closed);
    await pause(300); // several times the backoff
    expect(conns).toHaveLength(1);
    expect(live.size).toBe(0);
  });

  it('replaces a socket that stays silent (silence liveness), and keeps one that talks', async () => {
    // The first connection talks every 30 ms, the later ones say nothing.
    onConnection = (c) => {
      if (conns.length !== 1) return;
      const t = setInterval(() => (c.closed ? clearInterval(t) : c.ws.send('tick')), 30);
    };
    const { got } = start({ liveness: { kind: 'silence', ms: 150 } });
    const first = await waitFor('a connection', () => open()[0]);
    await waitFor('ten frames', () => got.length >= 10);
    expect(first.closed).toBe(false);
    expect(conns).toHaveLength(1);
    first.ws.close();
    const second = await waitFor('a second connection', () => conns[1]);
    await waitFor('the silent one replaced', () => second.closed && conns[2]);
  });

  it('pings once established and replaces the socket after the set number of unanswered pings (ping liveness)', async () => {
    // The server answers a ping with "pong" on the first connection only.
    onConnection = (c) => {
      const n = conns.length;
      c.ws.on('message', (d) => n === 1 && d.toString() === 'ping' && c.ws.send('pong'));
    };
    let waiting: (() => void) | undefined;
    const ping = (ws: WebSocket) =>
      new Promise<void>((resolve) => {
        waiting = resolve;
        ws.send('ping');
      });
    const { sock: s } = start({
      liveness: { kind: 'ping', everyMs: 40, maxUnanswered: 2, ping },
      onMessage: (_ws, d) => {
        if (d.toString() === 'pong') waiting?.();
      },
      onOpen: () => queueMicrotask(() => s.established()),
    });
    const first = await waitFor('a connection', () => open()[0]);
    await waitFor('four answered pings', () => first.got.filter((m) => m === 'ping').length >= 4);
    expect(first.closed).toBe(false);
    first.ws.close();
    const second = await waitFor('a second connection', () => conns[1]);
    await waitFor('the unanswered one replaced', () => second.closed && conns[2]);
    // Exactly the allowed unanswered pings went out on it before it was given up.
    expect(second.got.filter((m) => m === 'ping')).toHaveLength(2);
  });

  it('replace() opens the new socket before the old one closes, and the old one delivers until then', async () => {
    const { sock: s, got } = start();
    const first = await waitFor('a connection', () => open()[0]);
    first.ws.send('on the old one');
    await waitFor('its frame', () => got.find((g) => g.text === 'on the old one'));
    s.replace();
    const second = await waitFor('a second connection', () => conns[1]);
    await waitFor('the old one closed', () => first.closed);
    expect(events).toEqual(['open 1', 'open 2', 'close 1']);
    second.ws.send('on the new one');
    await waitFor('its frame', () => got.find((g) => g.text === 'on the new one'));
    expect(conns).toHaveLength(2);
  });

  it('closes a socket that opens after the connection stopped being wanted', async () => {
    let want = true;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { sock: s } = start({ wanted: () => want, address: () => gate.then(() => url) });
    want = false; // while the attempt waits for its address
    release();
    const c = await waitFor('the connection', () => conns[0]);
    await waitFor('its close', () => c.closed);
    expect(s.current()).toBeUndefined();
    await pause(300);
    expect(conns).toHaveLength(1);
  });

  it('drop() hears nothing more from the socket and reconnects only while a connection is wanted', async () => {
    let want = true;
    const { sock: s, got } = start({ wanted: () => want });
    const first = await waitFor('a connection', () => open()[0]);
    want = false;
    s.drop('lease lost');
    first.ws.send('after the drop'); // reaches the client while its socket closes, and is not heard
    await waitFor('the close', () => first.closed);
    await pause(300);
    expect(conns).toHaveLength(1);
    expect(got).toEqual([]);
    want = true;
    s.connect();
    await waitFor('a new connection', () => open()[0]);
  });
});
