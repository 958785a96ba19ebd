import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/dates.js';
import { silentLogger } from '../../src/logger.js';
import { createKeys } from '../../src/store/keys.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { type FakeWecom, startFakeWecomServer } from '../support/fake-wecom-server.js';
import { startRedisServer, stopRedisServer } from '../support/redis-global-setup.js';
import { post, type ServerProcess, smartBotRequest, spawnServer } from '../support/spawn-server.js';

// The real server in its own process, a real redis-server, a fake WeCom API: what is answered 200 is never lost,
// what is done is done once, across kill -9, SIGTERM, two instances and a Redis outage.

const TOWNSHIP = '青石镇';
const dirs: string[] = [];
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'wwb-e2e-'));
  dirs.push(d);
  return d;
};
const until = async (what: string, cond: () => Promise<boolean> | boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const track = (s: ServerProcess) => {
  cleanups.push(() => s.child.exitCode === null && s.child.kill('SIGKILL'));
  return s;
};

function env(o: { redisUrl: string; prefix: string; fake: FakeWecom; consumer: string }) {
  return {
    REDIS_URL: o.redisUrl,
    REDIS_PREFIX: o.prefix,
    WECOM_API_BASE: o.fake.url,
    WECOM_GROUP_WEBHOOKS: 'units-chat=units-key,leaders-chat=leaders-key',
    JOURNAL_PATH: join(tmp(), 'journal.jsonl'),
    INBOX_CONSUMER: o.consumer,
  };
}

/** Response codes the fake WeCom got a reply on, with how many times each. */
function repliesByCode(fake: FakeWecom): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of fake.to('/cgi-bin/aibot/response')) m.set(r.query.response_code ?? '', (m.get(r.query.response_code ?? '') ?? 0) + 1);
  return m;
}

async function storedMsgIds(store: RedisReportStore): Promise<string[]> {
  const today = shanghaiDate(new Date());
  const days = [addDays(today, -1), today, addDays(today, 1)];
  return (await Promise.all(days.map((d) => store.rawMessages(TOWNSHIP, d)))).flat().map((r) => r.msgId);
}

/** Each test starts server processes (tsx) on a machine other tests load too: seconds each, more under load. */
const E2E_TIMEOUT_MS = 120_000;
const FILLER = '村里各项工作正常开展，'.repeat(320);

describe('kill -9 mid-burst, then the platform redelivers what was not answered 200', () => {
  it('processes every message once, the ones answered 200 before the kill among them', async () => {
    const redisUrl = inject('redisUrl');
    const prefix = `e2e${randomUUID().slice(0, 8)}`;
    const fake = await startFakeWecomServer();
    cleanups.push(() => fake.close());
    const e = env({ redisUrl, prefix, fake, consumer: 'kill-test' });
    const first = track(await spawnServer(e));
    const N = 150;
    const reqs = Array.from({ length: N }, (_, i) => smartBotRequest({ msgid: `k-${prefix}-${i}`, text: `@维稳助手 张庄村今日零报告，无进京赴省到市上访，无集体访。${FILLER}`, responseUrl: `${fake.url}/cgi-bin/aibot/response?response_code=RC${i}` }));
    const status = new Array<number>(N).fill(0);
    // 100 at once; kill -9 once 40 have been answered.
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < N && !killed) {
        const i = next++;
        status[i] = await post(first.base, reqs[i] as { path: string; body: string });
        if (!killed && status.filter((s) => s === 200).length >= 40) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 100 }, worker));
    await first.exited;
    const answered = status.flatMap((s, i) => (s === 200 ? [i] : []));
    expect(answered.length).toBeGreaterThanOrEqual(40);
    expect(answered.length).toBeLessThan(N);

    // The platform redelivers everything not answered 200 to the restarted server (same consumer name).
    const second = track(await spawnServer(e));
    const again = await Promise.all(status.map((s, i) => (s === 200 ? Promise.resolve(200) : post(second.base, reqs[i] as { path: string; body: string }))));
    expect(again.every((s) => s === 200)).toBe(true);

    const redis = new Redis(redisUrl);
    cleanups.push(() => redis.disconnect());
    const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 30, logger: silentLogger });
    const q = (name: 'inbox' | 'outbox') => createKeys(prefix).queue(TOWNSHIP, name).stream;
    await until('every message handled and answered', async () => (await redis.xlen(q('inbox'))) === 0 && (await redis.xlen(q('outbox'))) === 0 && repliesByCode(fake).size === N);
    const stored = await storedMsgIds(store);
    expect(new Set(stored).size).toBe(N);
    expect(stored.length).toBe(N);
    // Every message answered 200 before the kill was processed: stored and replied to.
    const replies = repliesByCode(fake);
    for (const i of answered) expect(replies.get(`RC${i}`), `message ${i}`).toBeGreaterThanOrEqual(1);
    // Effects once: a receipt is sent again only if its delivery was in flight at the very instant of the kill.
    const twice = [...replies.values()].filter((c) => c > 1).length;
    expect(twice).toBeLessThanOrEqual(3);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, E2E_TIMEOUT_MS);
});

describe('two instances and a Redis outage', () => {
  it('sends each receipt and each alert once, every message redelivered to both instances', async () => {
    const own = await startRedisServer();
    cleanups.push(() => stopRedisServer(redisProc));
    let redisProc = own.proc;
    dirs.push(own.dir);
    const redisUrl = `redis://127.0.0.1:${own.port}`;
    const admin = new Redis(redisUrl);
    admin.on('error', () => {}); // while the server is stopped
    cleanups.push(() => admin.disconnect());
    // The helper starts Redis without persistence; production runs with AOF: save on shutdown for the restart.
    await admin.config('SET', 'save', '3600 1');
    const prefix = `two${randomUUID().slice(0, 8)}`;
    const fake = await startFakeWecomServer();
    cleanups.push(() => fake.close());
    const [a, b] = await Promise.all([spawnServer(env({ redisUrl, prefix, fake, consumer: 'a' })), spawnServer(env({ redisUrl, prefix, fake, consumer: 'b' }))]);
    track(a as ServerProcess);
    track(b as ServerProcess);
    const msg = (i: number) =>
      smartBotRequest({
        msgid: `two-${prefix}-${i}`,
        // Every fourth message reports an incident: the leaders' group gets an alert.
        text: i % 4 === 0 ? `@维稳助手 张庄村：今天有${i + 5}人到县信访局集体上访，反映征地补偿问题，已劝返。` : `@维稳助手 张庄村今日零报告，无进京赴省到市上访，无集体访。`,
        responseUrl: `${fake.url}/cgi-bin/aibot/response?response_code=RC${i}`,
      });
    // The platform delivers each message to both instances at once (a retry landing on the other one).
    const both = (i: number) => Promise.all([post(a.base, msg(i)), post(b.base, msg(i))]);
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => both(i)));
    await stopRedisServer(redisProc);
    const during = await Promise.all(Array.from({ length: 20 }, (_, i) => both(20 + i)));
    expect([...first, ...during].flat().every((s) => s === 200)).toBe(true);
    redisProc = (await startRedisServer(own.port, own.dir)).proc;

    const alerts = () => fake.to('/cgi-bin/webhook/send').filter((r) => r.query.key === 'leaders-key');
    await until('every receipt and alert', () => repliesByCode(fake).size === 40 && alerts().length >= 10).catch((err: unknown) => {
      // What the servers said, to tell a slow machine from a stuck message.
      const said = [...a.lines, ...b.lines].filter((l) => /"level":(40|50|60)/.test(l)).slice(-30);
      throw new Error(`${(err as Error).message}: ${repliesByCode(fake).size} receipts, ${alerts().length} alerts\n${said.join('\n')}`);
    });
    const q = (name: 'inbox' | 'outbox') => createKeys(prefix).queue(TOWNSHIP, name).stream;
    await until('queues empty', async () => (await admin.xlen(q('inbox'))) === 0 && (await admin.xlen(q('outbox'))) === 0);
    await new Promise((r) => setTimeout(r, 300)); // a second send, if any, would come now
    expect([...repliesByCode(fake).values()].every((c) => c === 1)).toBe(true);
    const alertTexts = alerts().map((r) => JSON.stringify(r.body));
    expect(alertTexts).toHaveLength(10);
    expect(new Set(alertTexts).size).toBe(10);
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  }, E2E_TIMEOUT_MS);
});

describe('SIGTERM under load', () => {
  it('stops in seconds and loses no receipt: what was not delivered goes out after the next start', async () => {
    const redisUrl = inject('redisUrl');
    const prefix = `term${randomUUID().slice(0, 8)}`;
    const fake = await startFakeWecomServer();
    cleanups.push(() => fake.close());
    const e = env({ redisUrl, prefix, fake, consumer: 'term-test' });
    const first = track(await spawnServer(e));
    // Roster members: each receipt @-mentions its sender, so it goes through the group webhook (20 a minute).
    const N = 30;
    const reqs = Array.from({ length: N }, (_, i) => smartBotRequest({ msgid: `t-${prefix}-${i}`, userid: 'zhangzhuang-clerk', text: `@维稳助手 张庄村今日零报告，无进京赴省到市上访，无集体访（${i}）` }));
    const status = await Promise.all(reqs.map((r) => post(first.base, r)));
    expect(status.every((s) => s === 200)).toBe(true);
    const receipts = () => fake.to('/cgi-bin/webhook/send').filter((r) => r.query.key === 'units-key');
    // One sender's messages are handled one after another: wait until the webhook's minute is used up (20), so the
    // next start has at most 10 to send and needs no second rate window.
    await until('the first 20 receipts', () => receipts().length >= 20);
    const t = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const shutdownMs = Date.now() - t;
    expect(shutdownMs).toBeLessThan(10_000); // the 25 s timeout is far away: nothing waits for a rate window
    const delivered = receipts().length;
    expect(delivered).toBeLessThan(N); // the webhook's 20 a minute held the rest back

    const second = track(await spawnServer(e));
    await until('every receipt', () => receipts().length >= N);
    await new Promise((r) => setTimeout(r, 300));
    expect(receipts()).toHaveLength(N);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, E2E_TIMEOUT_MS);
});
