import { createHmac, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Inbox } from '../../src/core/inbox.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { dingtalkRoutes } from '../../src/platforms/dingtalk/routes.js';
import type { DingtalkReplyHandle } from '../../src/platforms/dingtalk/translate.js';
import { createServer } from '../../src/server.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { RecordingInbox } from '../support/recording-inbox.js';
import { testRoster } from '../support/test-roster.js';


// A throwaway secret; the signature is computed here with node:crypto, independently of src/platforms/dingtalk/sign.ts.
const SECRET = randomBytes(24).toString('base64url');
const sign = (ts: string, secret = SECRET) => createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
const NOW = new Date('2026-11-23T02:30:00Z');

function robotMessage(over: Record<string, unknown> = {}) {
  const createAt = NOW.getTime() - 1000;
  return {
    msgtype: 'text',
    text: { content: ' 张庄村今日零报告' },
    msgId: `msg${randomBytes(6).toString('hex')}`,
    conversationId: 'cidTestGroup0001==',
    conversationType: '2',
    conversationTitle: '维稳工作群',
    senderId: '$:LWCP_v1:$abcdef',
    senderStaffId: 'staff001',
    senderNick: '张三',
    createAt,
    sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=abc',
    sessionWebhookExpiredTime: createAt + 5_400_000,
    isInAtList: true,
    atUsers: [{ dingtalkId: '$:LWCP_v1:$robot' }],
    robotCode: 'dingappkey',
    chatbotUserId: '$:LWCP_v1:$robot',
    ...over,
  };
}

/** Log lines as written, to check what a refusal logs (and what it must not). */
const logLines: Record<string, unknown>[] = [];
const logger = createLogger({ level: 'info', destination: { write: (s: string) => logLines.push(JSON.parse(s) as Record<string, unknown>) } });

let server: Server;
let base: string;
let inbox: RecordingInbox;
const clock = new ManualClock(NOW);
const metrics = createMetrics();
const config = loadConfig({ DINGTALK_APP_KEY: 'dingappkey', DINGTALK_APP_SECRET: SECRET, DINGTALK_MODE: 'http', BODY_LIMIT_KB: '8' });
const sharedInbox: Inbox = {
  accept: (m) => inbox.accept(m),
  drain: () => inbox.drain(),
};

beforeAll(async () => {
  const app = createServer({ logger, routers: [dingtalkRoutes({ config, inbox: sharedInbox, logger, metrics, clock })] });
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  logLines.length = 0;
  inbox = new RecordingInbox();
  clock.set(NOW);
});

async function post(body: string, headers: Record<string, string | undefined>) {
  const h: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h[k] = v;
  const res = await fetch(`${base}/dingtalk/callback`, { method: 'POST', headers: h, body });
  return { status: res.status, text: await res.text() };
}
const signed = (ts = String(clock.now().getTime())) => ({ timestamp: ts, sign: sign(ts) });

describe('POST /dingtalk/callback', () => {
  it('acknowledges a valid message with {"msgtype":"empty"} and hands one translated message to the inbox', async () => {
    const m = robotMessage();
    const res = await post(JSON.stringify(m), signed());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ msgtype: 'empty' });
    expect(inbox.accepted).toHaveLength(1);
    const got = inbox.accepted[0]!;
    expect(got).toMatchObject({ platform: 'dingtalk', msgId: m.msgId, chatId: 'cidTestGroup0001==', userId: 'staff001', userName: '张三', text: '张庄村今日零报告' });
    expect(got.at.getTime()).toBe(m.createAt);
    expect(got.replyHandle as DingtalkReplyHandle).toEqual({ sessionWebhook: m.sessionWebhook, expiresAt: m.sessionWebhookExpiredTime, direct: false });
  });

  it('accepts createAt as a string and richText, joining its text parts', async () => {
    const m = robotMessage({
      msgtype: 'richText',
      text: undefined,
      createAt: String(NOW.getTime()),
      content: { richText: [{ text: '李庄村日研判：' }, { type: 'picture', downloadCode: 'x' }, { text: '无异常' }] },
    });
    const res = await post(JSON.stringify(m), signed());
    expect(res.status).toBe(200);
    expect(inbox.accepted.map((x) => x.text)).toEqual(['李庄村日研判：\n无异常']);
    expect(inbox.accepted[0]!.at.getTime()).toBe(NOW.getTime());
  });

  it.each([
    ['a wrong signature', { timestamp: String(NOW.getTime()), sign: sign(String(NOW.getTime()), 'not the secret') }],
    ['no sign header', { timestamp: String(NOW.getTime()) }],
    ['no headers at all', {}],
    ['a signature for another timestamp', { timestamp: String(NOW.getTime()), sign: sign(String(NOW.getTime() - 1)) }],
  ])('refuses %s with 401 and accepts nothing', async (_name, headers) => {
    const res = await post(JSON.stringify(robotMessage()), headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.text).toBe('SIGNATURE_INVALID');
    expect(inbox.accepted).toHaveLength(0);
  });

  it('logs one warn line per refusal with the reason and a hint, never the header values', async () => {
    const ts = String(NOW.getTime());
    const bad = sign(ts, 'not the secret');
    await post(JSON.stringify(robotMessage()), { timestamp: ts, sign: bad });
    const warns = logLines.filter((l) => l.level === 40);
    expect(warns).toHaveLength(1);
    expect(warns[0]).toMatchObject({ reason: 'signature_mismatch', code: 'SIGNATURE_INVALID' });
    expect(String(warns[0]!.hint)).toContain('DINGTALK_APP_SECRET');
    const all = JSON.stringify(logLines);
    expect(all).not.toContain(bad);
    expect(all).not.toContain(ts);
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain('张庄村今日零报告');
  });

  it('refuses a correctly signed but stale timestamp (61 minutes old) with 401', async () => {
    const ts = String(NOW.getTime() - 61 * 60_000);
    const res = await post(JSON.stringify(robotMessage()), signed(ts));
    expect(res.status).toBe(401);
    expect(res.text).toBe('TIMESTAMP_EXPIRED');
    expect(inbox.accepted).toHaveLength(0);
  });

  it('accepts a timestamp 59 minutes old', async () => {
    const ts = String(NOW.getTime() - 59 * 60_000);
    const res = await post(JSON.stringify(robotMessage()), signed(ts));
    expect(res.status).toBe(200);
    expect(inbox.accepted).toHaveLength(1);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post('{"msgtype":"text",', signed());
    expect(res.status).toBe(400);
    expect(inbox.accepted).toHaveLength(0);
  });

  it.each([
    ['no msgId', { msgId: undefined }],
    ['conversationType as a number', { conversationType: 2 }],
    ['text without content', { text: {} }],
    ['no sender at all', { senderId: undefined, senderStaffId: undefined }],
  ])('refuses a schema-invalid body (%s) with 400', async (_name, over) => {
    const res = await post(JSON.stringify(robotMessage(over)), signed());
    expect(res.status).toBe(400);
    expect(res.text).toBe('PAYLOAD_INVALID');
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses a body over BODY_LIMIT_KB with 413', async () => {
    const m = robotMessage({ text: { content: '很长'.repeat(3000) } });
    const res = await post(JSON.stringify(m), signed());
    expect(res.status).toBe(413);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('acknowledges a redelivered message again but accepts it once', async () => {
    const body = JSON.stringify(robotMessage());
    const first = await post(body, signed());
    clock.advance(5_000);
    const second = await post(body, signed());
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(JSON.parse(second.text)).toEqual({ msgtype: 'empty' });
    expect(inbox.accepted).toHaveLength(1);
  });

  it('acknowledges a picture (no text) without handing anything on', async () => {
    const m = robotMessage({ msgtype: 'picture', text: undefined, content: { downloadCode: 'abc' } });
    const res = await post(JSON.stringify(m), signed());
    expect(res.status).toBe(200);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('counts refusals by reason', async () => {
    const before = (await metrics.registry.getSingleMetricAsString('wwb_requests_rejected_total')).match(/reason="signature_mismatch"} (\d+)/)?.[1] ?? '0';
    await post(JSON.stringify(robotMessage()), { timestamp: String(NOW.getTime()), sign: 'AAAA' });
    const after = (await metrics.registry.getSingleMetricAsString('wwb_requests_rejected_total')).match(/reason="signature_mismatch"} (\d+)/)?.[1];
    expect(Number(after)).toBe(Number(before) + 1);
  });
});

describe('POST /dingtalk/callback: a captured timestamp+sign pair is useless for other bodies', () => {
  // As main.ts wires it: the roster and a store claim (the memory store here; Redis SET NX in production).
  const roster = testRoster({
    groups: [{ platform: 'dingtalk', chatId: 'cidTestGroup0001==', kind: 'units' }],
    units: [{ name: '张庄村', aliases: ['张庄'], members: [{ id: 'zz-head', name: '张庄村书记', role: 'head', dingtalkUserId: 'staff001' }] }],
  });
  const store = new MemoryReportStore({ clock });
  let guarded: Server;
  let url: string;
  beforeAll(async () => {
    const routes = dingtalkRoutes({ config, inbox: sharedInbox, logger, metrics, clock, roster, claimOnce: (id, ttl) => store.claimOnce('message', id, ttl) });
    guarded = createServer({ logger, routers: [routes] }).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => guarded.once('listening', resolve));
    url = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}/dingtalk/callback`;
  });
  afterAll(() => new Promise<void>((resolve) => guarded.close(() => resolve())));
  const send = async (m: Record<string, unknown>, headers: Record<string, string>) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(m) })).status;

  it('accepts a pair with one message only: the same message again is a redelivery, another body is refused', async () => {
    const pair = signed();
    const real = robotMessage();
    expect(await send(real, pair)).toBe(200);
    expect(await send(real, pair)).toBe(200); // redelivery: acknowledged, accepted once
    const forged = Array.from({ length: 5 }, (_, i) => robotMessage({ text: { content: `张庄村今日零报告 ${i}` } }));
    for (const f of forged) expect(await send(f, pair)).toBe(401);
    expect(inbox.accepted.map((m) => m.msgId)).toEqual([real.msgId]);
  });

  it('refuses a sender not on the roster, a chat not in the roster, and another robot, whatever the signature', async () => {
    expect(await send(robotMessage({ senderStaffId: 'stranger' }), signed(String(clock.now().getTime() + 1)))).toBe(401);
    expect(await send(robotMessage({ conversationId: 'cidOtherGroup==' }), signed(String(clock.now().getTime() + 2)))).toBe(401);
    expect(await send(robotMessage({ robotCode: 'another-robot' }), signed(String(clock.now().getTime() + 3)))).toBe(401);
    expect(await send(robotMessage({ conversationType: '1', conversationId: 'cidDirect==' }), signed(String(clock.now().getTime() + 4)))).toBe(200);
    expect(inbox.accepted).toHaveLength(1);
  });
});
