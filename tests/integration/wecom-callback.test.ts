import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createInbox, type Inbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { sealMessage, signatureOf } from '../../src/platforms/wecom/crypto.js';
import { wecomRoutes } from '../../src/platforms/wecom/routes.js';
import { createServer } from '../../src/server.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { RecordingInbox } from '../support/recording-inbox.js';

// Throwaway keys: fixtures are encrypted and signed here with our own crypto (crypto.test.ts pins that crypto to
// the official vectors, so the two cannot share a bug).
const BOT = { token: 'botToken42', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };
const APP = { token: 'appToken77', aesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', receiveId: 'wwcorp0123456789' };


const config = loadConfig({
  WECOM_TOKEN: BOT.token,
  WECOM_ENCODING_AES_KEY: BOT.aesKey,
  WECOM_CORP_ID: APP.receiveId,
  WECOM_APP_SECRET: 'unused-secret',
  WECOM_APP_TOKEN: APP.token,
  WECOM_APP_ENCODING_AES_KEY: APP.aesKey,
  BODY_LIMIT_KB: '4',
});
const metrics = createMetrics();
/** Every log line the routes write, parsed (info and above, as in production). */
const logLines: { level: number; reason?: string; hint?: string; chatId?: string; msg: string }[] = [];
const logger = createLogger({ level: 'info', destination: { write: (s: string) => void logLines.push(JSON.parse(s)) } });
const clock = new ManualClock('2026-11-23T07:00:00Z');
let inbox: RecordingInbox;
let server: Server;
let base: string;

beforeAll(async () => {
  const inboxProxy: Inbox = { accept: (m) => inbox.accept(m), drain: () => inbox.drain() };
  const app = createServer({ logger, routers: [wecomRoutes({ config, inbox: inboxProxy, logger, metrics, clock })] });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  inbox = new RecordingInbox();
  logLines.length = 0;
});

let nonceSeq = 0;
function signedQuery(keys: typeof BOT, enc: string, extra: Record<string, string> = {}, at = clock.now()) {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const nonce = `n${++nonceSeq}`;
  return new URLSearchParams({ msg_signature: signatureOf(keys.token, timestamp, nonce, enc), timestamp, nonce, ...extra }).toString();
}

function smartBotText(msgid: string, content: string, chat: 'group' | 'single' = 'group') {
  return {
    msgid,
    aibotid: 'AIBOTID',
    ...(chat === 'group' ? { chatid: 'wrkSFfCgAAgroup1' } : {}),
    chattype: chat,
    from: { userid: 'zhangsan' },
    response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC1',
    msgtype: 'text',
    text: { content },
  };
}

function postSmartBot(payload: unknown, opts: { sign?: (enc: string) => string } = {}) {
  const enc = sealMessage(BOT, JSON.stringify(payload));
  const q = opts.sign ? opts.sign(enc) : signedQuery(BOT, enc);
  return fetch(`${base}/wecom/callback?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: enc }) });
}

const rejected = async (reason: string) => (await metrics.rejected.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

describe('GET /wecom/callback (URL verification)', () => {
  it('answers the bare decrypted echostr', async () => {
    const echostr = sealMessage(BOT, '5927782489442352469');
    const res = await fetch(`${base}/wecom/callback?${signedQuery(BOT, echostr, { echostr })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('5927782489442352469');
  });

  it("restores a '+' that arrived unencoded (decoded as a space)", async () => {
    // Find an echostr with a '+' in it, then send it without percent-encoding the '+'.
    let echostr = '';
    for (let i = 0; !echostr.includes('+'); i++) echostr = sealMessage(BOT, `echo-${i}`);
    const q = `${signedQuery(BOT, echostr)}&echostr=${encodeURIComponent(echostr).replace(/%2B/g, '+')}`;
    expect(q).toMatch(/echostr=[^&]*\+/);
    const res = await fetch(`${base}/wecom/callback?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^echo-\d+$/);
  });

  it('refuses a wrong signature with 401', async () => {
    const echostr = sealMessage(BOT, '123');
    const q = new URLSearchParams({ msg_signature: 'a'.repeat(40), timestamp: '1', nonce: 'x', echostr });
    const res = await fetch(`${base}/wecom/callback?${q}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('123');
  });
});

describe('POST /wecom/callback (smart bot)', () => {
  it('accepts a signed message once, with the @-mention stripped, and answers 200 with an empty body', async () => {
    const res = await postSmartBot(smartBotText('CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=', '@维稳助手\u2005张庄村今日零报告'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(inbox.accepted).toHaveLength(1);
    const m = inbox.accepted[0]!;
    expect(m).toMatchObject({ platform: 'wecom', msgId: 'CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=', chatId: 'wrkSFfCgAAgroup1', userId: 'zhangsan', text: '张庄村今日零报告' });
    expect(m.at.toISOString()).toBe(clock.now().toISOString());
    expect(m.replyHandle).toEqual({ responseUrl: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC1' });
    // The chat id is logged (admins need it for WECOM_GROUP_WEBHOOKS); the message text never is at info level.
    expect(logLines).toEqual([expect.objectContaining({ level: 30, chatId: 'wrkSFfCgAAgroup1', outcome: 'accepted' })]);
    expect(JSON.stringify(logLines)).not.toContain('零报告');
  });

  it("maps a one-to-one chat to 'single:'+userid", async () => {
    await postSmartBot(smartBotText('m-single', '查询', 'single'));
    expect(inbox.accepted[0]).toMatchObject({ chatId: 'single:zhangsan', text: '查询' });
  });

  it('keeps the text items of a mixed message', async () => {
    const mixed = {
      ...smartBotText('m-mixed', ''),
      msgtype: 'mixed',
      text: undefined,
      mixed: { msg_item: [{ msgtype: 'text', text: { content: '@维稳助手 李庄村日研判' } }, { msgtype: 'image', image: { url: 'https://x/y.png' } }, { msgtype: 'text', text: { content: '无异常' } }] },
    };
    expect((await postSmartBot(mixed)).status).toBe(200);
    expect(inbox.accepted.map((m) => m.text)).toEqual(['李庄村日研判\n无异常']);
  });

  it('acknowledges events and stream refreshes without accepting anything', async () => {
    const event = { ...smartBotText('m-ev', ''), msgtype: 'event', text: undefined, create_time: 1700000000, event: { eventtype: 'enter_chat' } };
    const stream = { ...smartBotText('m-st', ''), msgtype: 'stream', text: undefined, stream: { id: 'stream1' } };
    expect((await postSmartBot(event)).status).toBe(200);
    expect((await postSmartBot(stream)).status).toBe(200);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('answers a redelivery 200 and accepts it once', async () => {
    const payload = smartBotText('m-redeliver', '@维稳助手 王庄村零报告');
    expect((await postSmartBot(payload)).status).toBe(200);
    expect((await postSmartBot(payload)).status).toBe(200);
    expect(inbox.accepted).toHaveLength(1);
  });

  it('refuses a wrong signature with 401 and accepts nothing', async () => {
    const before = await rejected('signature_invalid');
    const res = await postSmartBot(smartBotText('m-bad', 'x'), { sign: (enc) => signedQuery({ ...BOT, token: 'wrongToken' }, enc) });
    expect(res.status).toBe(401);
    expect(inbox.accepted).toHaveLength(0);
    expect(await rejected('signature_invalid')).toBe(before + 1);
    // One warn line, with the reason and what to check.
    expect(logLines).toHaveLength(1);
    expect(logLines[0]).toMatchObject({ level: 40, reason: 'signature_invalid' });
    expect(logLines[0]!.hint).toContain('WECOM_TOKEN');
  });

  it('refuses a validly signed request outside WECOM_MAX_SKEW_SECONDS (a replay) with 401, either side of our clock', async () => {
    const skew = config.WECOM_MAX_SKEW_SECONDS * 1000;
    const before = await rejected('timestamp_stale');
    for (const at of [new Date(clock.now().getTime() - skew - 1000), new Date(clock.now().getTime() + skew + 1000)]) {
      const res = await postSmartBot(smartBotText('replayed-1', '@维稳助手 张庄村今日零报告'), { sign: (enc) => signedQuery(BOT, enc, {}, at) });
      expect(res.status).toBe(401);
      expect(await res.text()).toBe('timestamp_stale');
    }
    expect(inbox.accepted).toHaveLength(0);
    expect(await rejected('timestamp_stale')).toBe(before + 2);
    // Inside the window it passes, and the dedupe window (DEDUPE_TTL_SECONDS) outlasts the whole window twice over.
    const inside = await postSmartBot(smartBotText('replayed-1', '@维稳助手 张庄村今日零报告'), { sign: (enc) => signedQuery(BOT, enc, {}, new Date(clock.now().getTime() - skew + 5000)) });
    expect(inside.status).toBe(200);
    expect(config.DEDUPE_TTL_SECONDS).toBeGreaterThan(2 * config.WECOM_MAX_SKEW_SECONDS);
  });

  it('refuses missing signature parameters with 401', async () => {
    const enc = sealMessage(BOT, JSON.stringify(smartBotText('m-noq', 'x')));
    const res = await fetch(`${base}/wecom/callback?timestamp=1&nonce=2`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) });
    expect(res.status).toBe(401);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await fetch(`${base}/wecom/callback?${signedQuery(BOT, 'x')}`, { method: 'POST', body: '{"encrypt": ' });
    expect(res.status).toBe(400);
  });

  it('refuses a signed field that is not base64 with 400', async () => {
    const enc = 'not base64 at all!';
    const res = await fetch(`${base}/wecom/callback?${signedQuery(BOT, enc)}`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('not_base64');
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses a payload sealed for another receive id with 401', async () => {
    const enc = sealMessage({ aesKey: BOT.aesKey, receiveId: 'wwsomecorp' }, JSON.stringify(smartBotText('m-rid', 'x')));
    const res = await fetch(`${base}/wecom/callback?${signedQuery(BOT, enc)}`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) });
    expect(res.status).toBe(401);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses a decrypted message of the wrong shape with 400', async () => {
    const res = await postSmartBot({ msgtype: 'text', text: { content: 'no msgid, no sender' } });
    expect(res.status).toBe(400);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${base}/wecom/callback?${signedQuery(BOT, 'x')}`, { method: 'POST', body: JSON.stringify({ encrypt: 'A'.repeat(5000) }) });
    expect(res.status).toBe(413);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('times every callback', async () => {
    const h = (await metrics.webhookLatency.get()).values.find((v) => v.metricName === 'wwb_webhook_duration_seconds_count');
    expect(h?.value).toBeGreaterThan(5);
  });
});

describe('/wecom/app/callback (self-built app, XML)', () => {
  const appXml = (msgId: string, content: string) =>
    `<xml><ToUserName><![CDATA[${APP.receiveId}]]></ToUserName><FromUserName><![CDATA[LiSi]]></FromUserName><CreateTime>1763881200</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const postApp = (inner: string, keys = APP) => {
    const enc = sealMessage(keys, inner);
    const body = `<xml><ToUserName><![CDATA[${APP.receiveId}]]></ToUserName><Encrypt><![CDATA[${enc}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`;
    return fetch(`${base}/wecom/app/callback?${signedQuery(keys, enc)}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  };

  it('verifies the URL with the corpid as receive id', async () => {
    const echostr = sealMessage(APP, '4561255354251345929');
    const res = await fetch(`${base}/wecom/app/callback?${signedQuery(APP, echostr, { echostr })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('4561255354251345929');
  });

  it('accepts a text message once, answers an empty 200 (not the public-account habit "success"), keeps the 64-bit MsgId exact', async () => {
    const inner = appXml('4561255354251345929', '张庄村今日零报告');
    const res = await postApp(inner);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect((await postApp(inner)).status).toBe(200);
    expect(inbox.accepted).toHaveLength(1);
    expect(inbox.accepted[0]).toMatchObject({ chatId: 'single:LiSi', userId: 'LiSi', text: '张庄村今日零报告' });
    expect(inbox.accepted[0]!.msgId).toContain('4561255354251345929');
    expect(inbox.accepted[0]!.at.toISOString()).toBe('2025-11-23T07:00:00.000Z');
  });

  it('refuses the smart bot keys on the app route', async () => {
    const res = await postApp(appXml('1', 'x'), { ...BOT, receiveId: APP.receiveId });
    expect(res.status).toBe(401);
    expect(inbox.accepted).toHaveLength(0);
  });

  it('refuses character references XML does not allow with 400, before any signature work (never a 500)', async () => {
    for (const ref of ['&#x110000;', '&#xD800;', '&#0;', '&#99999999999;']) {
      const res = await fetch(`${base}/wecom/app/callback?msg_signature=${'0'.repeat(40)}&timestamp=1&nonce=n`, { method: 'POST', body: `<xml><Encrypt>${ref}</Encrypt></xml>` });
      expect(res.status).toBe(400);
    }
  });

  it('refuses a body that is not WeCom XML with 400', async () => {
    const res = await fetch(`${base}/wecom/app/callback?${signedQuery(APP, 'x')}`, { method: 'POST', body: '<xml><Encrypt>' });
    expect(res.status).toBe(400);
  });
});

describe('with the real Inbox (memory store)', () => {
  it('dispatches after the acknowledgement and drops the redelivery', async () => {
    const dispatched: InboundMessage[] = [];
    const real = createInbox({ store: new MemoryReportStore({ clock }), logger, metrics: createMetrics(), dedupeTtlSeconds: 600, dispatch: async (m) => void dispatched.push(m) });
    const app = createServer({ logger, routers: [wecomRoutes({ config, inbox: real, logger, metrics, clock })] });
    const srv = app.listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/wecom/callback`;
      const enc = sealMessage(BOT, JSON.stringify(smartBotText('m-real', '@维稳助手 赵庄村零报告')));
      const post = () => fetch(`${url}?${signedQuery(BOT, enc)}`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) });
      expect((await post()).status).toBe(200);
      expect((await post()).status).toBe(200);
      await real.drain();
      expect(dispatched.map((m) => [m.msgId, m.text])).toEqual([['m-real', '赵庄村零报告']]);
    } finally {
      await new Promise<void>((r) => srv.close(() => r()));
    }
  });
});
