import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { loadConfig } from '../../src/config.js';
import type { Inbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { type DingtalkStream, startDingtalkStream } from '../../src/platforms/dingtalk/stream.js';
import { waitFor } from '../support/wait-for.js';

class RecordingInbox implements Inbox {
  readonly accepted: InboundMessage[] = [];
  private readonly seen = new Set<string>();
  async accept(msg: InboundMessage): Promise<'accepted' | 'duplicate'> {
    if (this.seen.has(msg.msgId)) return 'duplicate';
    this.seen.add(msg.msgId);
    this.accepted.push(msg);
    return 'accepted';
  }
  async drain(): Promise<void> {}
}

interface Peer {
  ws: WebSocket;
  ticket: string;
  received: Record<string, unknown>[];
  closed: boolean;
}

/** A fake DingTalk Stream gateway: connections/open over HTTP, then a WebSocket server that checks the ticket. */
class FakeGateway {
  readonly registrations: Record<string, unknown>[] = [];
  readonly peers: Peer[] = [];
  readonly rejectedTickets: string[] = [];
  private readonly issued = new Set<string>();
  /** Hand out this many endpoints where nothing listens, before the real one. */
  deadEndpoints = 0;
  deadPort = 0;
  /** A frame sent to the first connection as soon as it is accepted, in the same write as the handshake's answer. */
  greetFirst: string | undefined;
  private http!: Server;
  private wss!: WebSocketServer;
  base = '';

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => this.wss.once('listening', () => r()));
    const wsPort = (this.wss.address() as AddressInfo).port;
    this.wss.on('connection', (ws, req) => {
      const ticket = new URL(req.url ?? '/', 'ws://x').searchParams.get('ticket') ?? '';
      // One ticket, one connection: a reused or unknown ticket is refused.
      if (!this.issued.delete(ticket)) {
        this.rejectedTickets.push(ticket);
        ws.close(4001, 'bad ticket');
        return;
      }
      const peer: Peer = { ws, ticket, received: [], closed: false };
      ws.on('message', (d) => peer.received.push(JSON.parse(d.toString()) as Record<string, unknown>));
      ws.on('close', () => {
        peer.closed = true;
      });
      this.peers.push(peer);
      if (this.greetFirst && this.peers.length === 1) ws.send(this.greetFirst);
    });
    this.http = createServer((req, res) => void this.handle(req, res, wsPort));
    this.http.listen(0, '127.0.0.1');
    await new Promise<void>((r) => this.http.once('listening', () => r()));
    this.base = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse, wsPort: number) {
    let body = '';
    for await (const c of req) body += c;
    if (req.method !== 'POST' || req.url !== '/v1.0/gateway/connections/open') {
      res.writeHead(404).end();
      return;
    }
    const j = JSON.parse(body) as { clientId?: string; clientSecret?: string };
    this.registrations.push({ ...j, accept: req.headers.accept });
    if (j.clientId !== 'dingappkey' || j.clientSecret !== 'app-secret') {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'InvalidAuthentication', message: 'bad client' }));
      return;
    }
    const ticket = `ticket-${this.registrations.length}-${randomUUID()}`;
    this.issued.add(ticket);
    if (this.deadEndpoints > 0) {
      this.deadEndpoints--;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ endpoint: `ws://127.0.0.1:${this.deadPort}/connect`, ticket }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ endpoint: `ws://127.0.0.1:${wsPort}/connect`, ticket }));
  }

  open(): Peer[] {
    return this.peers.filter((p) => !p.closed);
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    await new Promise<void>((r) => this.http.close(() => r()));
  }
}


function frame(type: string, topic: string, data: unknown, messageId: string = randomUUID()) {
  return JSON.stringify({
    specVersion: '1.0',
    type,
    headers: { topic, messageId, contentType: 'application/json', time: String(Date.now()), appId: 'app' },
    data: typeof data === 'string' ? data : JSON.stringify(data),
  });
}

function robotBody(msgId: string, content = ' 王村今日零报告') {
  return {
    msgtype: 'text',
    text: { content },
    msgId,
    conversationId: 'cidStreamGroup==',
    conversationType: '2',
    senderId: '$:LWCP_v1:$x',
    senderStaffId: 'staff-wang',
    senderNick: '王五',
    createAt: 1_763_860_000_000,
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=s',
    sessionWebhookExpiredTime: 1_763_865_400_000,
  };
}

const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

let gw: FakeGateway;
let inbox: RecordingInbox;
let stream: DingtalkStream | undefined;

beforeEach(async () => {
  gw = new FakeGateway();
  await gw.start();
  inbox = new RecordingInbox();
});
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
  await gw.stop();
});

function start(extra: { watchdogMs?: number; secret?: string } = {}) {
  const config = loadConfig({ DINGTALK_APP_KEY: 'dingappkey', DINGTALK_APP_SECRET: extra.secret ?? 'app-secret', DINGTALK_API_BASE: gw.base });
  const o = { config, inbox, logger: silentLogger, metrics: createMetrics(), backoffBaseMs: 20, backoffMaxMs: 100 };
  stream = startDingtalkStream(extra.watchdogMs ? { ...o, watchdogMs: extra.watchdogMs } : o);
  return stream;
}

describe('DingTalk Stream client', () => {
  it('registers for robot callbacks, ACKs a CALLBACK frame and hands the message to the inbox', async () => {
    start();
    const peer = await waitFor('a connection', () => gw.open()[0]);
    expect(gw.registrations[0]).toMatchObject({
      clientId: 'dingappkey',
      clientSecret: 'app-secret',
      subscriptions: [{ type: 'CALLBACK', topic: '/v1.0/im/bot/messages/get' }],
      accept: 'application/json',
    });
    const messageId = 'frame-1';
    peer.ws.send(frame('CALLBACK', '/v1.0/im/bot/messages/get', robotBody('msg-1'), messageId));
    const ack = await waitFor('the ACK', () => peer.received.find((m) => (m.headers as { messageId?: string })?.messageId === messageId));
    expect(ack).toMatchObject({ code: 200, message: 'OK', headers: { messageId } });
    expect(JSON.parse(ack.data as string)).toEqual({ response: null });
    const msg = await waitFor('the inbox', () => inbox.accepted[0]);
    expect(msg).toMatchObject({ platform: 'dingtalk', msgId: 'msg-1', chatId: 'cidStreamGroup==', userId: 'staff-wang', text: '王村今日零报告' });
  });

  it('ACKs a callback it cannot parse, and hands nothing on', async () => {
    start();
    const peer = await waitFor('a connection', () => gw.open()[0]);
    peer.ws.send(frame('CALLBACK', '/v1.0/im/bot/messages/get', '{"msgtype":', 'bad-1'));
    peer.ws.send(frame('CALLBACK', '/v1.0/im/bot/messages/get', robotBody('msg-2'), 'good-2'));
    await waitFor('both ACKs', () => peer.received.length >= 2);
    await waitFor('the good message', () => inbox.accepted[0]);
    expect(peer.received.map((m) => m.code)).toEqual([200, 200]);
    expect(inbox.accepted.map((m) => m.msgId)).toEqual(['msg-2']);
  });

  it('answers an EVENT frame with SUCCESS and an unknown callback topic with 404, handing nothing on', async () => {
    start();
    const peer = await waitFor('a connection', () => gw.open()[0]);
    peer.ws.send(frame('EVENT', 'chat_update_title', { x: 1 }, 'event-1'));
    peer.ws.send(frame('CALLBACK', '/v1.0/card/instances/callback', { y: 2 }, 'card-1'));
    await waitFor('two answers', () => peer.received.length >= 2);
    const byId = (id: string) => peer.received.find((m) => (m.headers as { messageId?: string }).messageId === id)!;
    expect(byId('event-1').code).toBe(200);
    expect(JSON.parse(byId('event-1').data as string)).toMatchObject({ status: 'SUCCESS' });
    expect(byId('card-1').code).toBe(404);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('answers a SYSTEM ping with the same opaque', async () => {
    start();
    const peer = await waitFor('a connection', () => gw.open()[0]);
    peer.ws.send(frame('SYSTEM', 'ping', { opaque: 'opaque-42' }, 'ping-1'));
    const pong = await waitFor('the pong', () => peer.received.find((m) => (m.headers as { messageId?: string })?.messageId === 'ping-1'));
    expect(pong.code).toBe(200);
    expect(JSON.parse(pong.data as string)).toEqual({ opaque: 'opaque-42' });
  });

  it('on a disconnect frame opens a new connection with a fresh ticket, then drops the old one', async () => {
    start();
    const first = await waitFor('a connection', () => gw.open()[0]);
    first.ws.send(frame('SYSTEM', 'disconnect', { reason: 'connection is expired' }));
    const second = await waitFor('a second connection', () => gw.peers[1]);
    expect(second.ticket).not.toBe(first.ticket);
    expect(gw.registrations).toHaveLength(2);
    await waitFor('the old socket to close', () => first.closed);
    // Messages keep flowing on the new one.
    second.ws.send(frame('CALLBACK', '/v1.0/im/bot/messages/get', robotBody('msg-after')));
    await waitFor('the message after reconnecting', () => inbox.accepted.find((m) => m.msgId === 'msg-after'));
    expect(gw.rejectedTickets).toEqual([]);
  });

  it('a disconnect frame that comes with the handshake itself still opens a new connection', async () => {
    // Read in the same tick as the socket's open: before, the attempt that opened it still held the reconnect mutex
    // (cleared a promise callback later), and the request for a new socket was dropped.
    gw.greetFirst = frame('SYSTEM', 'disconnect', { reason: 'connection is expired' });
    start();
    const second = await waitFor('a second connection', () => gw.peers[1], 5000);
    expect(second.ticket).not.toBe(gw.peers[0]!.ticket);
  });

  it('reconnects when the gateway drops the socket, and when registration fails it keeps trying', async () => {
    start();
    const first = await waitFor('a connection', () => gw.open()[0]);
    first.ws.terminate();
    const second = await waitFor('a reconnection', () => gw.peers[1]);
    expect(second.ticket).not.toBe(first.ticket);
  });

  it('after failed handshakes takes exactly one new ticket per attempt (no doubled reconnect paths)', async () => {
    // A port that was just free: connecting to it is refused.
    const probe = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => probe.once('listening', () => r()));
    gw.deadPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    gw.deadEndpoints = 2;
    start();
    await waitFor('a connection', () => gw.open()[0]);
    expect(gw.registrations).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 300)); // longer than the test backoff: nothing else starts
    expect(gw.registrations).toHaveLength(3);
    expect(gw.open()).toHaveLength(1);
  });

  it('keeps retrying registration with backoff while the credentials are refused', async () => {
    start({ secret: 'wrong' });
    await waitFor('three attempts', () => gw.registrations.length >= 3);
    expect(gw.peers).toHaveLength(0);
  });

  it('replaces a silent connection when the watchdog fires', async () => {
    start({ watchdogMs: 200 });
    const first = await waitFor('a connection', () => gw.open()[0]);
    const second = await waitFor('a replacement', () => gw.peers[1], 5000);
    expect(second.ticket).not.toBe(first.ticket);
    await waitFor('the silent socket to close', () => first.closed);
  });

  it('stop() closes the socket and leaves no timers behind', async () => {
    const before = timeouts();
    const s = start();
    const peer = await waitFor('a connection', () => gw.open()[0]);
    peer.ws.send(frame('CALLBACK', '/v1.0/im/bot/messages/get', robotBody('msg-stop')));
    await waitFor('the message', () => inbox.accepted[0]);
    expect(timeouts()).toBeGreaterThan(before); // the watchdog is armed while connected
    await s.stop();
    stream = undefined;
    await waitFor('the server to see the close', () => peer.closed);
    expect(gw.open()).toHaveLength(0);
    expect(timeouts()).toBe(before);
    // Nothing reconnects afterwards.
    const regs = gw.registrations.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(gw.registrations.length).toBe(regs);
  });
});
