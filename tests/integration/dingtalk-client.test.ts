import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { InboundMessage, OutboundMessage } from '../../src/core/message.js';
import { PlatformApiError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { dingtalkErrorHint } from '../../src/platforms/dingtalk/api-errors.js';
import { createDingtalkClient, type DingtalkClient } from '../../src/platforms/dingtalk/client.js';
import type { DingtalkReplyHandle } from '../../src/platforms/dingtalk/translate.js';
import { indexRoster, parseRoster } from '../../src/roster.js';
import { FakeDingtalkServer } from '../support/fake-dingtalk-server.js';

const GROUP = 'cidGroupA0001==';
const GROUP_B = 'cidGroupB0002==';
const ROBOT_TOKEN = 'c0ffee'.repeat(10);
const ROBOT_SECRET = `SEC${'ab12'.repeat(16)}`;

const roster = indexRoster(
  parseRoster({
    township: '测试镇',
    units: [
      {
        name: '张庄村',
        members: [
          { id: 'zhang', name: '张三', role: 'reporter', dingtalkUserId: 'staff-zhang', mobile: '13800001111' },
          { id: 'li', name: '李四', role: 'head' },
        ],
      },
    ],
    groups: [{ platform: 'dingtalk', chatId: GROUP, kind: 'units' }],
  }),
);

let fake: FakeDingtalkServer;
let client: DingtalkClient | undefined;
let clockMs: number;
let sleeps: number[];

beforeEach(async () => {
  fake = await new FakeDingtalkServer().start();
  fake.customRobots.set(ROBOT_TOKEN, ROBOT_SECRET);
  clockMs = Date.now();
  sleeps = [];
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  await fake.stop();
});

function makeClient(env: Record<string, string> = {}, sleep?: (ms: number) => Promise<void>) {
  const config = loadConfig({
    DINGTALK_APP_KEY: fake.appKey,
    DINGTALK_APP_SECRET: fake.appSecret,
    DINGTALK_API_BASE: fake.base,
    DINGTALK_OAPI_BASE: fake.base,
    ...env,
  });
  const metrics = createMetrics();
  client = createDingtalkClient({
    config,
    roster,
    logger: silentLogger,
    metrics,
    now: () => clockMs,
    sleep:
      sleep ??
      (async (ms) => {
        sleeps.push(ms);
      }),
  });
  return { client, metrics };
}

function inbound(handle?: Partial<DingtalkReplyHandle>): InboundMessage {
  return {
    platform: 'dingtalk',
    msgId: 'm1',
    chatId: GROUP,
    userId: 'staff-zhang',
    text: '张庄村今日零报告',
    at: new Date(clockMs),
    replyHandle: { sessionWebhook: `${fake.base}/robot/sendBySession?session=s1`, expiresAt: clockMs + 90 * 60_000, direct: false, ...handle },
  };
}

function out(over: Partial<OutboundMessage> = {}): OutboundMessage {
  return { platform: 'dingtalk', chatId: GROUP, kind: 'reply', text: '已收到张庄村今日零报告', mentions: [], ...over };
}

async function counter(metrics: ReturnType<typeof createMetrics>, outcome: string): Promise<number> {
  const text = await metrics.registry.getSingleMetricAsString('wwb_sends_total');
  return Number(new RegExp(`outcome="${outcome}",platform="dingtalk"} (\\d+)|platform="dingtalk",outcome="${outcome}"} (\\d+)`).exec(text)?.slice(1).find(Boolean) ?? 0);
}

describe('DingTalk client: sessionWebhook replies', () => {
  it('replies through the sessionWebhook as text with at.atUserIds and @userId in the content, needing no token', async () => {
    const { client, metrics } = makeClient();
    await client.send(out({ replyTo: inbound(), mentions: ['zhang'] }));
    expect(fake.sessionSends).toHaveLength(1);
    const body = fake.sessionSends[0]!.body as { msgtype: string; text: { content: string }; at: { atUserIds: string[] } };
    expect(body.msgtype).toBe('text');
    expect(body.at.atUserIds).toEqual(['staff-zhang']);
    expect(body.text.content).toContain('@staff-zhang');
    expect(body.text.content).toContain('已收到张庄村今日零报告');
    expect(fake.tokenRequests).toHaveLength(0);
    expect(fake.groupSends).toHaveLength(0);
    expect(await counter(metrics, 'ok')).toBe(1);
  });

  it('sends a multi-line reply without mentions as markdown with DingTalk line breaks', async () => {
    const { client } = makeClient();
    await client.send(out({ replyTo: inbound(), text: '已登记：\n张庄村 零报告\n<无异常>' }));
    const body = fake.sessionSends[0]!.body as { msgtype: string; markdown: { title: string; text: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.text).toBe('已登记：  \n张庄村 零报告  \n&lt;无异常&gt;');
    expect(body.markdown.title).toBe('已登记：');
  });

  it('falls back to groupMessages/send when the sessionWebhook has expired', async () => {
    const { client, metrics } = makeClient();
    await client.send(out({ replyTo: inbound({ expiresAt: clockMs - 1 }) }));
    expect(fake.sessionSends).toHaveLength(0);
    expect(fake.groupSends).toHaveLength(1);
    const g = fake.groupSends[0]!;
    expect(g.headers['x-acs-dingtalk-access-token']).toBe('tok-1');
    expect(g.body).toMatchObject({ robotCode: fake.appKey, openConversationId: GROUP, msgKey: 'sampleText' });
    expect(JSON.parse(g.body.msgParam as string)).toEqual({ content: '已收到张庄村今日零报告' });
    expect(await counter(metrics, 'fallback')).toBe(1);
  });

  it('falls back to the group when the sessionWebhook answers an error', async () => {
    const { client } = makeClient();
    fake.expiredSessions.add('s1');
    await client.send(out({ replyTo: inbound() }));
    expect(fake.sessionSends).toHaveLength(1);
    expect(fake.groupSends).toHaveLength(1);
  });

  it('falls back to the one-to-one send for a direct chat whose sessionWebhook has expired', async () => {
    const { client } = makeClient();
    await client.send(out({ chatId: 'cidDirect==', replyTo: { ...inbound({ expiresAt: clockMs - 1, direct: true }), chatId: 'cidDirect==' } }));
    expect(fake.groupSends).toHaveLength(0);
    expect(fake.directSends).toHaveLength(1);
    expect(fake.directSends[0]!.body).toMatchObject({ robotCode: fake.appKey, userIds: ['staff-zhang'], msgKey: 'sampleText' });
  });

  it('ignores a sessionWebhook on a host other than DINGTALK_OAPI_BASE', async () => {
    const { client } = makeClient();
    await client.send(out({ replyTo: inbound({ sessionWebhook: 'http://127.0.0.2:9/robot/sendBySession?session=evil' }) }));
    expect(fake.sessionSends).toHaveLength(0);
    expect(fake.groupSends).toHaveLength(1);
  });
});

describe('DingTalk client: access token', () => {
  it('caches the token across sends and refreshes it before it expires', async () => {
    const { client } = makeClient();
    await client.send(out({ text: '一' }));
    await client.send(out({ text: '二' }));
    expect(fake.tokenRequests).toHaveLength(1);
    expect(fake.tokenRequests[0]!.body).toEqual({ appKey: fake.appKey, appSecret: fake.appSecret });
    clockMs += (7200 - 4 * 60) * 1000; // 4 minutes before expiry: inside the refresh margin
    await client.send(out({ text: '三' }));
    expect(fake.tokenRequests).toHaveLength(2);
    expect(fake.groupSends.map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('refreshes once and retries when the token is rejected', async () => {
    const { client } = makeClient();
    await client.send(out({ text: '一' }));
    fake.revokeTokensOnce();
    await client.send(out({ text: '二' }));
    expect(fake.tokenRequests).toHaveLength(2);
    expect(fake.groupSends.map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['tok-1', 'tok-1', 'tok-2']);
  });

  it('reports a refused app secret as a typed error', async () => {
    const { client, metrics } = makeClient({ DINGTALK_APP_SECRET: 'wrong' });
    const err = await client.send(out()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformApiError);
    expect(err).toMatchObject({ platform: 'dingtalk', errcode: 'invalidClientIdOrSecret', httpStatus: 400 });
    expect(await counter(metrics, 'error')).toBe(1);
  });
});

describe('DingTalk client: custom robot for @-mentions', () => {
  const robots = { DINGTALK_CUSTOM_ROBOTS: `${GROUP}=${ROBOT_TOKEN}:${ROBOT_SECRET}` };

  it('sends reminders with mentions through the signed custom robot (the fake server checks the signature)', async () => {
    const { client } = makeClient(robots);
    await client.send(out({ kind: 'reminder', text: '请尽快报送今日零报告', mentions: ['zhang', 'li'] }));
    expect(fake.customSends).toHaveLength(1);
    expect(fake.groupSends).toHaveLength(0);
    const r = fake.customSends[0]!;
    expect(r.query.get('access_token')).toBe(ROBOT_TOKEN);
    expect(r.query.get('timestamp')).toBe(String(clockMs));
    const body = r.body as { msgtype: string; text: { content: string }; at: { atUserIds: string[]; atMobiles: string[] }; msgUuid: string };
    expect(body.msgtype).toBe('text');
    expect(body.at.atMobiles).toEqual(['13800001111']);
    expect(body.at.atUserIds).toEqual(['li']);
    expect(body.text.content).toContain('@13800001111');
    expect(body.text.content).toContain('@li');
    expect(body.msgUuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends without mentions through groupMessages/send even when a custom robot exists', async () => {
    const { client } = makeClient(robots);
    await client.send(out({ kind: 'digest', text: '今日汇总\n张庄村 已报' }));
    expect(fake.customSends).toHaveLength(0);
    expect(fake.groupSends[0]!.body.msgKey).toBe('sampleMarkdown');
  });

  it('reports a wrong custom-robot secret as PlatformApiError 310000', async () => {
    const { client } = makeClient({ DINGTALK_CUSTOM_ROBOTS: `${GROUP}=${ROBOT_TOKEN}:SECwrong` });
    const err = await client.send(out({ mentions: ['zhang'] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformApiError);
    expect((err as PlatformApiError).errcode).toBe(310000);
    expect(dingtalkErrorHint(310000)).toContain('DINGTALK_CUSTOM_ROBOTS');
  });

  it('names the people in plain text when the group has no custom robot', async () => {
    const { client } = makeClient();
    await client.send(out({ kind: 'reminder', text: '请报送', mentions: ['zhang'] }));
    expect(fake.customSends).toHaveLength(0);
    expect(fake.groupSends[0]!.body.msgKey).toBe('sampleMarkdown');
    expect(JSON.parse(fake.groupSends[0]!.body.msgParam as string).text).toBe('@张三  \n请报送');
  });
});

describe('DingTalk client: rate limits', () => {
  const robots = { DINGTALK_CUSTOM_ROBOTS: `${GROUP}=${ROBOT_TOKEN}:${ROBOT_SECRET}` };

  it('backs off on 410100 and retries the custom robot with the same msgUuid and a fresh timestamp', async () => {
    const { client, metrics } = makeClient(robots);
    fake.rateLimit('custom', 2);
    const sending = client.send(out({ mentions: ['zhang'] }));
    await sending;
    expect(fake.customSends).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]!).toBeGreaterThan(sleeps[0]!);
    expect(new Set(fake.customSends.map((r) => r.body.msgUuid)).size).toBe(1);
    expect(await counter(metrics, 'rate_limited')).toBe(2);
    expect(await counter(metrics, 'ok')).toBe(1);
  });

  it('retries a custom-robot send whose answer was lost, with the same msgUuid', async () => {
    const { client } = makeClient(robots);
    fake.dropCustom(1);
    await client.send(out({ mentions: ['zhang'] }));
    expect(fake.customSends).toHaveLength(2);
    expect(fake.customSends[0]!.body.msgUuid).toBe(fake.customSends[1]!.body.msgUuid);
  });

  it('does not retry a groupMessages/send whose answer was lost (it has no idempotency key)', async () => {
    const { client } = makeClient();
    await client.send(out({ text: '预热' })); // token first
    await fake.stop();
    const err = await client.send(out()).catch((e: unknown) => e);
    expect(err).toMatchObject({ errcode: 'network_error' });
    expect(sleeps).toHaveLength(0);
    fake = await new FakeDingtalkServer().start();
  });

  it('paces a custom robot at 20 messages a minute instead of running into its 10-minute block', async () => {
    const { client } = makeClient(robots);
    for (let i = 0; i < 21; i++) await client.send(out({ text: `提醒${i}`, mentions: ['zhang'] }));
    expect(fake.customSends).toHaveLength(21);
    expect(sleeps).toEqual([60_000]); // the clock stood still: the 21st waits a full minute
  });

  it.each([
    ['QpsLimit (403)', 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', 403],
    ['send.too.fast', 'send.too.fast', 400],
    ['HTTP 429', 'Throttling', 429],
  ] as const)('backs off on %s from groupMessages/send, then succeeds', async (_name, code, status) => {
    const { client } = makeClient();
    fake.rateLimit('group', 3, code, status);
    await client.send(out());
    expect(fake.groupSends).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it('gives up with a typed error after too many rate limits', async () => {
    const { client } = makeClient();
    fake.rateLimit('group', 100);
    const err = await client.send(out()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformApiError);
    expect((err as PlatformApiError).errcode).toBe('Forbidden.AccessDenied.QpsLimitForAppkeyAndApi');
    expect(sleeps.length).toBe(10);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(5 * 60_000 * 1.1);
  });

  it('a rate-limited group waits without holding up another group', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { client } = makeClient({}, async (ms) => {
      sleeps.push(ms);
      await gate;
    });
    fake.rateLimit('group', 1);
    const a = client.send(out({ chatId: GROUP, text: 'A 组' }));
    // Wait until group A is parked in its backoff.
    while (sleeps.length === 0) await new Promise((r) => setImmediate(r));
    await client.send(out({ chatId: GROUP_B, text: 'B 组' }));
    // A's first try was refused and A is still waiting; B went out meanwhile.
    expect(fake.groupSends.map((r) => r.body.openConversationId)).toEqual([GROUP, GROUP_B]);
    release();
    await a;
    expect(fake.groupSends.map((r) => r.body.openConversationId)).toEqual([GROUP, GROUP_B, GROUP]);
  });

  it('keeps the order of messages within one group', async () => {
    const { client } = makeClient();
    fake.rateLimit('group', 1);
    await Promise.all([client.send(out({ text: '第一条' })), client.send(out({ text: '第二条' }))]);
    const contents = fake.groupSends.map((r) => JSON.parse(r.body.msgParam as string).content);
    expect(contents).toEqual(['第一条', '第一条', '第二条']);
  });
});

describe('DingTalk client: errors and size limits', () => {
  it('turns a DingTalk error answer into PlatformApiError with code, message and status', async () => {
    const { client } = makeClient();
    fake.fail('group', 400, { code: 'invalidParameter.robotCode.notExist', message: 'robotCode 不存在' });
    const err = await client.send(out()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformApiError);
    expect(err).toMatchObject({ errcode: 'invalidParameter.robotCode.notExist', errmsg: 'robotCode 不存在', httpStatus: 400 });
    expect(sleeps).toHaveLength(0); // not a rate limit: no retry
  });

  it('uses DINGTALK_ROBOT_CODE when set', async () => {
    const { client } = makeClient({ DINGTALK_ROBOT_CODE: 'robot-code-x' });
    await client.send(out());
    expect(fake.groupSends[0]!.body.robotCode).toBe('robot-code-x');
  });

  it('splits a long message at line boundaries into parts that fit the limits, in order', async () => {
    const { client } = makeClient();
    const lines = Array.from({ length: 400 }, (_, i) => `第${i + 1}行：张庄村今日巡查情况正常，无新增矛盾纠纷，重点人员稳定在控。`);
    const text = lines.join('\n');
    await client.send(out({ kind: 'digest', text }));
    expect(fake.groupSends.length).toBeGreaterThan(1);
    const parts = fake.groupSends.map((r) => JSON.parse(r.body.msgParam as string) as { title: string; text: string });
    for (const [i, r] of fake.groupSends.entries()) {
      expect(Buffer.byteLength(r.body.msgParam as string)).toBeLessThanOrEqual(15_000);
      expect([...parts[i]!.text].length).toBeLessThanOrEqual(5_000 + 3 * 400);
      expect(parts[i]!.title).toContain(`(${i + 1}/${parts.length})`);
    }
    const rejoined = parts.flatMap((p) => p.text.split('  \n'));
    expect(rejoined).toEqual(lines);
  });

  it('cuts a single over-long line without breaking characters', async () => {
    const { client } = makeClient();
    const line = '长'.repeat(9_000);
    await client.send(out({ text: line }));
    const contents = fake.groupSends.map((r) => JSON.parse(r.body.msgParam as string).content as string);
    expect(contents.length).toBeGreaterThan(1);
    expect(contents.join('')).toBe(line);
  });

  it('close() waits for queued sends and refuses new ones', async () => {
    const { client } = makeClient();
    const p = client.send(out());
    await client.close();
    await p;
    expect(fake.groupSends).toHaveLength(1);
    await expect(client.send(out())).rejects.toBeInstanceOf(PlatformApiError);
  });
});
