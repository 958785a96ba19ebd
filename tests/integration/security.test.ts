import { createHmac, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { healthRoutes } from '../../src/ops/health-routes.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { metricsRoutes } from '../../src/ops/metrics-routes.js';
import { dingtalkRoutes } from '../../src/platforms/dingtalk/routes.js';
import { sealMessage, signatureOf } from '../../src/platforms/wecom/crypto.js';
import { wecomRoutes } from '../../src/platforms/wecom/routes.js';
import { createServer } from '../../src/server.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';

// The app as main.ts assembles it with both platforms on HTTP and /metrics on the main port behind a token:
// nothing but /healthz and /readyz answers without proof, bodies are size-limited before any work, and a
// replayed callback is never handled twice.

const WECOM = { token: 'secTok', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };
const DING_SECRET = randomBytes(24).toString('base64url');
const METRICS_TOKEN = 'metrics-secret-token';
const NOW = new Date('2026-11-23T02:30:00Z');

const config = loadConfig({
  WECOM_TOKEN: WECOM.token,
  WECOM_ENCODING_AES_KEY: WECOM.aesKey,
  DINGTALK_APP_KEY: 'dingappkey',
  DINGTALK_APP_SECRET: DING_SECRET,
  DINGTALK_MODE: 'http',
  BODY_LIMIT_KB: '4',
  METRICS_TOKEN,
});
const clock = new ManualClock(NOW);
const metrics = createMetrics();
const store = new MemoryReportStore({ clock });
const handled: InboundMessage[] = [];
const inbox = createInbox({ store, logger: silentLogger, metrics, dedupeTtlSeconds: 3600, dispatch: async (m) => void handled.push(m) });

let server: Server;
let base: string;
beforeAll(async () => {
  const deps = { config, inbox, logger: silentLogger, metrics, clock };
  const app = createServer({
    logger: silentLogger,
    routers: [
      healthRoutes({ store, platforms: { wecom: true, dingtalk: true } }),
      wecomRoutes(deps),
      dingtalkRoutes(deps),
      metricsRoutes({ metrics, token: config.METRICS_TOKEN }),
    ],
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const dingSign = (ts: string) => createHmac('sha256', DING_SECRET).update(`${ts}\n${DING_SECRET}`).digest('base64');
function dingMessage(msgId: string) {
  return {
    msgtype: 'text',
    text: { content: '张庄村今日零报告' },
    msgId,
    conversationId: 'cidSec==',
    conversationType: '2',
    senderId: '$:LWCP_v1:$x',
    senderStaffId: 'staff001',
    senderNick: '张三',
    createAt: NOW.getTime(),
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=abc',
    sessionWebhookExpiredTime: NOW.getTime() + 5_400_000,
    robotCode: 'dingappkey',
  };
}
function wecomRequest(msgid: string) {
  const enc = sealMessage(WECOM, JSON.stringify({ msgid, aibotid: 'A', chatid: 'g1', chattype: 'group', from: { userid: 'u1' }, msgtype: 'text', text: { content: '张庄村今日零报告' } }));
  const ts = String(Math.floor(NOW.getTime() / 1000));
  const q = new URLSearchParams({ msg_signature: signatureOf(WECOM.token, ts, 'nonce1', enc), timestamp: ts, nonce: 'nonce1' });
  return { url: `${base}/wecom/callback?${q}`, body: JSON.stringify({ encrypt: enc }) };
}

describe('no endpoint answers without verification except health and metrics', () => {
  it.each([
    ['GET', '/'],
    ['GET', '/admin'],
    ['GET', '/debug/vars'],
    ['GET', '/wecom/callback'],
    ['GET', '/wecom/callback?msg_signature=x&timestamp=1&nonce=n&echostr=abc'],
    ['POST', '/wecom/callback'],
    ['POST', '/wecom/callback?msg_signature=0000000000000000000000000000000000000000&timestamp=1&nonce=n'],
    ['GET', '/dingtalk/callback'],
    ['POST', '/dingtalk/callback'],
    ['PUT', '/dingtalk/callback'],
    ['DELETE', '/wecom/callback'],
    ['GET', '/metrics'],
    ['POST', '/metrics'],
    ['POST', '/healthz'],
  ])('%s %s is refused', async (method, path) => {
    const res = await fetch(`${base}${path}`, { method, ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{"encrypt":"abc","msgtype":"text"}', headers: { 'content-type': 'application/json' } }) });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('/healthz and /readyz answer without credentials and reveal no configuration values', async () => {
    for (const p of ['/healthz', '/readyz']) {
      const res = await fetch(`${base}${p}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const secret of [WECOM.token, WECOM.aesKey, DING_SECRET, METRICS_TOKEN]) expect(text).not.toContain(secret);
    }
  });

  it('/metrics answers only with the bearer token', async () => {
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}` } })).status).toBe(401);
    const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('wwb_messages_received_total');
  });

  it('nothing reached the inbox from any of the refused requests', async () => {
    await inbox.drain();
    expect(handled).toEqual([]);
  });
});

describe('body size limit', () => {
  const big = JSON.stringify({ encrypt: 'A'.repeat(5 * 1024) });
  it.each(['/wecom/callback?msg_signature=x&timestamp=1&nonce=n', '/dingtalk/callback'])('POST %s with a body over BODY_LIMIT_KB is 413', async (path) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', body: big, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
  });
});

describe('replays', () => {
  it('DingTalk: a correctly signed callback outside the one-hour window is refused', async () => {
    const ts = String(NOW.getTime() - 2 * 3600_000);
    const res = await fetch(`${base}/dingtalk/callback`, { method: 'POST', body: JSON.stringify(dingMessage('stale1')), headers: { 'content-type': 'application/json', timestamp: ts, sign: dingSign(ts) } });
    expect(res.status).toBe(401);
  });

  it('DingTalk: the same signed callback sent twice is handled once', async () => {
    const ts = String(NOW.getTime());
    const send = () => fetch(`${base}/dingtalk/callback`, { method: 'POST', body: JSON.stringify(dingMessage('replay-d1')), headers: { 'content-type': 'application/json', timestamp: ts, sign: dingSign(ts) } });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    await inbox.drain();
    expect(handled.filter((m) => m.msgId === 'replay-d1')).toHaveLength(1);
  });

  it('WeCom: the same signed callback sent twice is handled once', async () => {
    const r = wecomRequest('replay-w1');
    for (let i = 0; i < 2; i++) expect((await fetch(r.url, { method: 'POST', body: r.body, headers: { 'content-type': 'application/json' } })).status).toBe(200);
    await inbox.drain();
    expect(handled.filter((m) => m.msgId === 'replay-w1')).toHaveLength(1);
  });

  it('WeCom: a tampered body under a valid signature is refused', async () => {
    const r = wecomRequest('tamper-w1');
    const other = wecomRequest('tamper-w2');
    const res = await fetch(r.url, { method: 'POST', body: other.body, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(401);
  });
});
