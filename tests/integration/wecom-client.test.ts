import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { InboundMessage, OutboundMessage } from '../../src/core/message.js';
import { PlatformApiError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics, type Metrics } from '../../src/ops/metrics.js';
import { indexRoster, parseRoster } from '../../src/roster.js';
import { createWecomClient, MARKDOWN_MAX_BYTES, TEXT_MAX_BYTES } from '../../src/platforms/wecom/client.js';
import { type FakeWecom, startFakeWecomServer } from '../support/fake-wecom-server.js';

const roster = indexRoster(
  parseRoster({
    township: '测试镇',
    units: [
      {
        name: '张庄村',
        members: [
          { id: 'zz-head', name: '张三', role: 'head', wecomUserId: 'ZhangSan', mobile: '13800000001' },
          { id: 'zz-rep', name: '张四', role: 'reporter' },
        ],
      },
    ],
  }),
);

let fake: FakeWecom;
beforeAll(async () => {
  fake = await startFakeWecomServer();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
});

/** A client on virtual time: `sleep` records the wait and moves the clock, so backoffs take no real time. */
function makeClient(env: Record<string, string> = {}, sleep?: (ms: number) => Promise<void>) {
  const config = loadConfig({
    WECOM_API_BASE: fake.url,
    WECOM_GROUP_WEBHOOKS: 'grpA=KEY-A,grpB=KEY-B,grpBad=https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
    ...env,
  });
  const metrics = createMetrics();
  const clock = { t: Date.parse('2026-11-23T07:00:00Z') };
  const slept: number[] = [];
  const client = createWecomClient({
    config,
    roster,
    logger: silentLogger,
    metrics,
    now: () => clock.t,
    sleep:
      sleep ??
      (async (ms) => {
        slept.push(ms);
        clock.t += ms;
      }),
  });
  return { client, metrics, clock, slept };
}

const out = (o: Partial<OutboundMessage>): OutboundMessage => ({ platform: 'wecom', chatId: 'grpA', kind: 'notice', text: '通知', mentions: [], ...o });
const sends = async (m: Metrics, outcome: string) => (await m.sends.get()).values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
const rejection = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('group webhook', () => {
  it('sends text with mentioned_list and mentioned_mobile_list when roster members are @-ed', async () => {
    const { client, metrics } = makeClient();
    await client.send(out({ kind: 'reminder', text: '请张庄村尽快报送今日零报告', mentions: ['zz-head', 'zz-rep'] }));
    const [r] = fake.to('/cgi-bin/webhook/send');
    expect(r?.query.key).toBe('KEY-A');
    expect(r?.body).toEqual({
      msgtype: 'text',
      text: { content: '请张庄村尽快报送今日零报告', mentioned_list: ['ZhangSan', 'zz-rep'], mentioned_mobile_list: ['13800000001'] },
    });
    expect(await sends(metrics, 'ok')).toBe(1);
  });

  it('sends markdown without mentions, split at line boundaries under 4096 bytes', async () => {
    const { client } = makeClient();
    const lines = Array.from({ length: 200 }, (_, i) => `${i + 1}. 李庄村 今日零报告 已报送，无异常情况，重点人员稳控到位。`);
    const text = lines.join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * MARKDOWN_MAX_BYTES);
    await client.send(out({ kind: 'digest', text }));
    const reqs = fake.to('/cgi-bin/webhook/send');
    expect(reqs.length).toBeGreaterThan(3);
    for (const r of reqs) {
      expect(r.body.msgtype).toBe('markdown');
      expect(Buffer.byteLength(r.body.markdown.content)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    }
    expect(reqs.map((r) => r.body.markdown.content).join('\n')).toBe(text);
  });

  it('splits a long text with mentions under 2048 bytes, mentioning only in the first part', async () => {
    const { client } = makeClient();
    const text = Array.from({ length: 60 }, (_, i) => `未报送单位第${i + 1}条：请于16:00前报送。`).join('\n');
    await client.send(out({ kind: 'reminder', text, mentions: ['zz-head'] }));
    const reqs = fake.to('/cgi-bin/webhook/send');
    expect(reqs.length).toBeGreaterThan(1);
    expect(reqs.every((r) => r.body.msgtype === 'text' && Buffer.byteLength(r.body.text.content) <= TEXT_MAX_BYTES)).toBe(true);
    expect(reqs[0]!.body.text.mentioned_list).toEqual(['ZhangSan']);
    expect(reqs.slice(1).every((r) => r.body.text.mentioned_list === undefined)).toBe(true);
  });

  it('paces one key at 20 messages a minute', async () => {
    const { client, slept } = makeClient();
    await Promise.all(Array.from({ length: 21 }, (_, i) => client.send(out({ text: `第${i}条` }))));
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(21);
    expect(slept).toEqual([60_000]);
  });
});

describe('reply through response_url', () => {
  const inbound = (code: string, at: Date): InboundMessage => ({
    platform: 'wecom',
    msgId: `m-${code}`,
    chatId: 'grpA',
    userId: 'ZhangSan',
    text: '张庄村今日零报告',
    at,
    replyHandle: { responseUrl: `${fake.url}/cgi-bin/aibot/response?response_code=${code}` },
  });

  it('posts markdown to response_url once, then falls back to the group webhook', async () => {
    const { client, clock } = makeClient();
    const replyTo = inbound('RC1', new Date(clock.t));
    await client.send(out({ kind: 'reply', text: '已收到 张庄村 零报告', replyTo }));
    expect(fake.to('/cgi-bin/aibot/response').map((r) => r.body)).toEqual([{ msgtype: 'markdown', markdown: { content: '已收到 张庄村 零报告' } }]);
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(0);
    // response_url is usable once: a second reply to the same message goes to the group.
    await client.send(out({ kind: 'reply', text: '补充', replyTo }));
    expect(fake.to('/cgi-bin/aibot/response')).toHaveLength(1);
    expect(fake.to('/cgi-bin/webhook/send').map((r) => r.body.markdown.content)).toEqual(['补充']);
  });

  it('falls back to the group webhook when response_url fails', async () => {
    const { client, clock, metrics } = makeClient();
    fake.failNext('/cgi-bin/aibot/response', 40000, 'invalid response_code');
    await client.send(out({ kind: 'reply', text: '已收到', replyTo: inbound('RC2', new Date(clock.t)) }));
    expect(fake.to('/cgi-bin/aibot/response')).toHaveLength(1);
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(1);
    expect(await sends(metrics, 'fallback')).toBe(1);
  });

  it('does not use a response_url older than an hour', async () => {
    const { client, clock } = makeClient();
    await client.send(out({ kind: 'reply', text: '已收到', replyTo: inbound('RC3', new Date(clock.t - 61 * 60_000)) }));
    expect(fake.to('/cgi-bin/aibot/response')).toHaveLength(0);
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(1);
  });
});

describe('self-built app (appchat/send) with a cached access_token', () => {
  const APP = { WECOM_CORP_ID: 'wwcorp', WECOM_APP_SECRET: 'app-secret', WECOM_AGENT_ID: '1000002' };

  it('gets the token once, reuses it, refreshes once on 42001 and retries', async () => {
    const { client } = makeClient(APP);
    const before = fake.tokensIssued();
    await client.send(out({ chatId: 'appGroup1', text: '一' }));
    await client.send(out({ chatId: 'appGroup1', text: '二' }));
    expect(fake.tokensIssued() - before).toBe(1);
    fake.expireTokenOnce();
    await client.send(out({ chatId: 'appGroup1', text: '三' }));
    expect(fake.tokensIssued() - before).toBe(2);
    const sent = fake.to('/cgi-bin/appchat/send');
    expect(sent.map((r) => r.body.markdown.content)).toEqual(['一', '二', '三', '三']);
    expect(sent[2]!.query.access_token).not.toBe(sent[3]!.query.access_token);
    expect(sent[3]!.body).toEqual({ chatid: 'appGroup1', msgtype: 'markdown', markdown: { content: '三' } });
    expect(fake.requests.filter((r) => r.path === '/cgi-bin/gettoken').every((r) => r.query.corpid === 'wwcorp')).toBe(true);
  });

  it('refreshes the token when it is about to expire', async () => {
    const { client, clock } = makeClient(APP);
    const before = fake.tokensIssued();
    await client.send(out({ chatId: 'appGroup2', text: '一' }));
    clock.t += (7200 - 299) * 1000;
    await client.send(out({ chatId: 'appGroup2', text: '二' }));
    expect(fake.tokensIssued() - before).toBe(2);
  });

  it('sends one-to-one chats through message/send with the agent id', async () => {
    const { client } = makeClient(APP);
    await client.send(out({ chatId: 'single:LiSi', text: '已收到' }));
    expect(fake.to('/cgi-bin/message/send')[0]?.body).toEqual({ touser: 'LiSi', agentid: 1000002, msgtype: 'markdown', markdown: { content: '已收到' } });
  });
});

describe('rate limits and errors', () => {
  it('backs off on 45009 and then succeeds', async () => {
    const { client, slept, metrics } = makeClient();
    fake.rateLimit(2);
    await client.send(out({ text: '提醒' }));
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(3);
    expect(slept).toEqual([15_000, 30_000]);
    expect(await sends(metrics, 'retry')).toBe(2);
    expect(await sends(metrics, 'ok')).toBe(1);
  });

  it('a rate-limited group does not hold up another group', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { client } = makeClient({}, () => gate);
    fake.rateLimit(1);
    const a = client.send(out({ chatId: 'grpA', text: '甲' }));
    // wait until A has been refused once and is backing off
    while (fake.to('/cgi-bin/webhook/send').length < 1) await new Promise((r) => setImmediate(r));
    await client.send(out({ chatId: 'grpB', text: '乙' }));
    expect(fake.to('/cgi-bin/webhook/send').map((r) => r.query.key)).toEqual(['KEY-A', 'KEY-B']);
    release();
    await a;
    expect(fake.to('/cgi-bin/webhook/send').map((r) => r.query.key)).toEqual(['KEY-A', 'KEY-B', 'KEY-A']);
  });

  it('gives up with a typed error when the rate limit persists', async () => {
    const { client, slept } = makeClient();
    fake.rateLimit(100);
    const err = await rejection(client.send(out({ text: '提醒' })));
    expect(err).toBeInstanceOf(PlatformApiError);
    expect(err).toMatchObject({ platform: 'wecom', errcode: 45009, errmsg: 'api freq out of limit' });
    expect(slept).toHaveLength(5);
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(6);
  });

  it('reports a whole URL pasted as the key as 93000', async () => {
    const { client } = makeClient();
    const err = await rejection(client.send(out({ chatId: 'grpBad', text: '提醒' })));
    expect(err).toBeInstanceOf(PlatformApiError);
    expect((err as PlatformApiError).errcode).toBe(93000);
  });

  it('says so when a chat has no route', async () => {
    const { client, metrics } = makeClient();
    const err = await rejection(client.send(out({ chatId: 'unknownGroup', text: 'x' })));
    expect(err).toMatchObject({ errcode: 'no_route' });
    expect(await sends(metrics, 'error')).toBe(1);
  });

  it('does not retry other errors', async () => {
    const { client, slept } = makeClient();
    fake.failNext('/cgi-bin/webhook/send', 40058, 'markdown.content exceed max length 4096');
    const err = await rejection(client.send(out({ text: 'x' })));
    expect(err).toMatchObject({ errcode: 40058 });
    expect(slept).toEqual([]);
    expect(fake.to('/cgi-bin/webhook/send')).toHaveLength(1);
  });

  it('refuses to send after close', async () => {
    const { client } = makeClient();
    await client.close();
    expect(await rejection(client.send(out({ text: 'x' })))).toMatchObject({ errcode: 'closed' });
  });
});
