import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// A fake DingTalk API on loopback: access tokens, groupMessages/send, custom robot /robot/send (checks the 加签
// signature itself, with node:crypto, not with our sign.ts) and sessionWebhook /robot/sendBySession. It records
// every request and can answer token errors and rate limits on demand. It also speaks Stream (connections/open,
// then a WebSocket on /connect that checks the one-use ticket) and the interactive-card API (createAndDeliver, PUT
// card/instances), so a test can push a robot message or a card press and read the acknowledgement.

export interface StreamPeer {
  ws: WebSocket;
  subscriptions: { type: string; topic: string }[];
  /** Frames the client sent (acknowledgements). */
  received: Record<string, unknown>[];
}

export interface FakeCard {
  templateId: string;
  openSpaceId: string;
  params: Record<string, string>;
  deliver: Record<string, unknown>;
  updates: number;
}

export interface RecordedRequest {
  path: string;
  /** The query exactly as sent (to catch double URL-encoding). */
  rawQuery: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  bodyBytes: number;
}

export type FakeChannel = 'group' | 'custom' | 'session';

export class FakeDingtalkServer {
  readonly requests: RecordedRequest[] = [];
  appKey = 'dingappkey';
  appSecret = 'app-secret';
  /** Seconds a token lives (DingTalk: 7200). */
  expireIn = 7200;
  /** Custom robots: access_token → SEC… secret ('' = no signing). */
  readonly customRobots = new Map<string, string>();
  /** Sessions that answer as expired. */
  readonly expiredSessions = new Set<string>();
  private readonly validTokens = new Set<string>();
  private tokensIssued = 0;
  private revokeOnce = false;
  private readonly limits: Record<FakeChannel, { n: number; errcode: number | string; status: number }> = {
    group: { n: 0, errcode: 0, status: 200 },
    custom: { n: 0, errcode: 0, status: 200 },
    session: { n: 0, errcode: 0, status: 200 },
  };
  private readonly failures: Partial<Record<FakeChannel, { status: number; body: Record<string, unknown> }>> = {};
  private drops = 0;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private readonly tickets = new Set<string>();
  private frameSeq = 0;
  readonly streamPeers: StreamPeer[] = [];
  /** Cards created, by outTrackId. */
  readonly cards = new Map<string, FakeCard>();
  base = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const u = new URL(req.url ?? '/', 'ws://x');
      const ticket = u.searchParams.get('ticket') ?? '';
      // One ticket, one connection.
      if (u.pathname !== '/connect' || !this.tickets.delete(ticket)) {
        socket.destroy();
        return;
      }
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        const reg = this.registrations.find((r) => r.ticket === ticket);
        const peer: StreamPeer = { ws, subscriptions: reg?.subscriptions ?? [], received: [] };
        ws.on('message', (d) => peer.received.push(JSON.parse(d.toString()) as Record<string, unknown>));
        this.streamPeers.push(peer);
      });
    });
    this.server.listen(0, '127.0.0.1');
    await new Promise<void>((r) => this.server!.once('listening', () => r()));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stream registrations (connections/open), with the ticket each was given. */
  readonly registrations: { ticket: string; subscriptions: { type: string; topic: string }[] }[] = [];

  /** Sends a CALLBACK frame on the newest connection subscribed to `topic`; returns its messageId. */
  push(topic: string, data: Record<string, unknown>, messageId = `frame-${++this.frameSeq}`): string {
    const peer = [...this.streamPeers].reverse().find((p) => p.ws.readyState === p.ws.OPEN && p.subscriptions.some((s) => s.topic === topic));
    if (!peer) throw new Error(`no Stream connection subscribed to ${topic}`);
    peer.ws.send(JSON.stringify({ specVersion: '1.0', type: 'CALLBACK', headers: { topic, messageId, contentType: 'application/json', time: String(Date.now()), appId: this.appKey }, data: JSON.stringify(data) }));
    return messageId;
  }

  /** The acknowledgement the client sent for a frame. */
  ackOf(messageId: string): Record<string, unknown> | undefined {
    for (const p of this.streamPeers) {
      const a = p.received.find((f) => (f.headers as { messageId?: string } | undefined)?.messageId === messageId);
      if (a) return a;
    }
    return undefined;
  }

  async stop(): Promise<void> {
    for (const p of this.streamPeers) p.ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The next groupMessages/send finds its token revoked (as if it expired early). */
  revokeTokensOnce(): void {
    this.revokeOnce = true;
  }

  /** The next `n` sends on `channel` are rate-limited with DingTalk's code for that channel. */
  rateLimit(channel: FakeChannel, n: number, errcode?: number | string, status?: number): void {
    const defaults: Record<FakeChannel, { errcode: number | string; status: number }> = {
      group: { errcode: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', status: 403 },
      custom: { errcode: 410100, status: 200 },
      session: { errcode: 410100, status: 200 },
    };
    this.limits[channel] = { n, errcode: errcode ?? defaults[channel].errcode, status: status ?? defaults[channel].status };
  }

  /** The next `n` custom-robot sends are received, then the connection is cut before any answer. */
  dropCustom(n: number): void {
    this.drops = n;
  }

  /** Every send on `channel` fails with this answer until cleared. */
  fail(channel: FakeChannel, status: number, body: Record<string, unknown>): void {
    this.failures[channel] = { status, body };
  }

  get tokenRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1.0/oauth2/accessToken');
  }
  get groupSends(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1.0/robot/groupMessages/send');
  }
  get directSends(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/v1.0/robot/oToMessages/batchSend');
  }
  get customSends(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/robot/send');
  }
  get sessionSends(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === '/robot/sendBySession');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.base);
    const rec: RecordedRequest = {
      path: url.pathname,
      rawQuery: (req.url ?? '').split('?')[1] ?? '',
      query: url.searchParams,
      headers: req.headers,
      body: raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {},
      bodyBytes: raw.length,
    };
    this.requests.push(rec);
    const send = (status: number, body: Record<string, unknown>): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };

    const tokenOk = () => this.validTokens.has(String(req.headers['x-acs-dingtalk-access-token'] ?? ''));
    switch (url.pathname) {
      case '/v1.0/gateway/connections/open': {
        if (rec.body.clientId !== this.appKey || rec.body.clientSecret !== this.appSecret) return send(401, { code: 'invalidClient', message: 'clientId or clientSecret wrong' });
        const ticket = `ticket-${this.requests.length}`;
        this.tickets.add(ticket);
        this.registrations.push({ ticket, subscriptions: (rec.body.subscriptions as { type: string; topic: string }[]) ?? [] });
        return send(200, { endpoint: `${this.base.replace('http', 'ws')}/connect`, ticket });
      }
      case '/v1.0/card/instances/createAndDeliver': {
        if (!tokenOk()) return send(401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const b = rec.body as { cardTemplateId?: string; outTrackId?: string; callbackType?: string; openSpaceId?: string; cardData?: { cardParamMap?: Record<string, unknown> } };
        const params = b.cardData?.cardParamMap ?? {};
        if (!b.cardTemplateId || !b.outTrackId || !b.openSpaceId || Object.values(params).some((v) => typeof v !== 'string'))
          return send(400, { code: 'param.error', message: 'cardTemplateId, outTrackId, openSpaceId and string cardParamMap values are required' });
        if (this.cards.has(b.outTrackId)) return send(400, { code: 'param.error', message: 'outTrackId already used' });
        this.cards.set(b.outTrackId, { templateId: b.cardTemplateId, openSpaceId: b.openSpaceId, params: params as Record<string, string>, deliver: rec.body, updates: 0 });
        return send(200, { success: true, result: { outTrackId: b.outTrackId, deliverResults: [{ success: true }] } });
      }
      case '/v1.0/card/instances': {
        if (req.method !== 'PUT') return send(404, { code: 'NotFound', message: url.pathname });
        if (!tokenOk()) return send(401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const b = rec.body as { outTrackId?: string; cardData?: { cardParamMap?: Record<string, string> }; cardUpdateOptions?: { updateCardDataByKey?: boolean } };
        const card = b.outTrackId ? this.cards.get(b.outTrackId) : undefined;
        if (!card) return send(400, { code: 'cardInstance.notExist', message: 'card instance does not exist' });
        card.params = b.cardUpdateOptions?.updateCardDataByKey ? { ...card.params, ...b.cardData?.cardParamMap } : { ...b.cardData?.cardParamMap };
        card.updates++;
        return send(200, { success: true, result: true });
      }
      case '/v1.0/oauth2/accessToken': {
        if (rec.body.appKey !== this.appKey || rec.body.appSecret !== this.appSecret) return send(400, { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' });
        const t = `tok-${++this.tokensIssued}`;
        this.validTokens.add(t);
        return send(200, { accessToken: t, expireIn: this.expireIn });
      }
      case '/v1.0/robot/groupMessages/send': {
        const tok = String(req.headers['x-acs-dingtalk-access-token'] ?? '');
        if (this.revokeOnce) {
          this.revokeOnce = false;
          this.validTokens.clear();
        }
        if (!this.validTokens.has(tok)) return send(401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        if (this.take('group', send)) return;
        const f = this.failures.group;
        if (f) return send(f.status, f.body);
        const p = rec.body.msgParam;
        if (typeof p !== 'string' || Buffer.byteLength(p) > 15_000) return send(400, { code: 'invalidParameter.msgParam.invalid', message: 'msgParam 不合法' });
        JSON.parse(p);
        return send(200, { processQueryKey: `pqk-${this.requests.length}` });
      }
      case '/v1.0/robot/oToMessages/batchSend': {
        const tok = String(req.headers['x-acs-dingtalk-access-token'] ?? '');
        if (!this.validTokens.has(tok)) return send(401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        const ids = rec.body.userIds;
        if (!Array.isArray(ids) || ids.length === 0 || ids.length > 20) return send(400, { code: 'invalidParameter.userIds.invalid', message: 'userIds 不合法' });
        return send(200, { processQueryKey: `pqk-${this.requests.length}` });
      }
      case '/robot/send': {
        const tok = url.searchParams.get('access_token') ?? '';
        const secret = this.customRobots.get(tok);
        if (secret === undefined) return send(200, { errcode: 300001, errmsg: 'token is not exist' });
        if (secret) {
          const ts = url.searchParams.get('timestamp') ?? '';
          if (!/^\d{13}$/.test(ts) || Math.abs(Date.now() - Number(ts)) > 3_600_000) return send(200, { errcode: 310000, errmsg: 'invalid timestamp' });
          const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`, 'utf8').digest('base64');
          // Encoded exactly once in the raw query: no '%25' (double), no raw '+' (none).
          const rawSign = /(?:^|&)sign=([^&]*)/.exec(rec.rawQuery)?.[1] ?? '';
          if (rawSign !== encodeURIComponent(expected)) return send(200, { errcode: 310000, errmsg: 'sign not match' });
        }
        if (rec.bodyBytes > 20_000) return send(200, { errcode: 460101, errmsg: 'body 大小不合法' });
        if (this.drops > 0) {
          this.drops--;
          req.socket.destroy();
          return;
        }
        if (this.take('custom', send)) return;
        const f = this.failures.custom;
        if (f) return send(f.status, f.body);
        return send(200, { errcode: 0, errmsg: 'ok' });
      }
      case '/robot/sendBySession': {
        const session = url.searchParams.get('session') ?? '';
        if (this.expiredSessions.has(session)) return send(200, { errcode: 300001, errmsg: 'session 不存在或已过期' });
        if (this.take('session', send)) return;
        const f = this.failures.session;
        if (f) return send(f.status, f.body);
        return send(200, { errcode: 0, errmsg: 'ok' });
      }
      default:
        return send(404, { code: 'NotFound', message: url.pathname });
    }
  }

  private take(channel: FakeChannel, send: (status: number, body: Record<string, unknown>) => void): boolean {
    const l = this.limits[channel];
    if (l.n <= 0) return false;
    l.n--;
    if (typeof l.errcode === 'number') send(l.status, { errcode: l.errcode, errmsg: '发送速度太快而限流' });
    else send(l.status, { code: l.errcode, message: 'rate limited' });
    return true;
  }
}
