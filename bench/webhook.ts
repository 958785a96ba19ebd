// npm run bench:webhook — the full signed WeCom callback path under load, beside a bare Koa route.
//
// Full path (built the way main.ts builds the app): createServer + wecomRoutes → verify msg_signature → AES
// decrypt → parse JSON → zod → translate → Inbox (SET NX dedupe in a real redis-server) → acknowledge; after the
// acknowledgement the Inbox dispatches to the real handlers (parse the report, atomic Lua write to Redis) with a
// no-op notifier. Every request is a fresh, validly signed and encrypted message with a unique msgid.
// Baseline: a bare Koa app answering the same POSTs with an empty 200, measured in the same run.
//
// The servers run in child processes so the load generator (autocannon) does not share their event loop; the
// messages are encrypted and signed before the clock runs. Variants alternate for BENCH_ROUNDS rounds (default
// 3) of BENCH_SECONDS each (default 10 s, 100 connections) and medians are reported, so a noisy neighbour on a
// shared machine skews them alike. A third variant, the same app with a no-op dispatch, shows what the
// acknowledgement alone costs. After each full run the child drains its Inbox and reports how many messages were
// stored and how long the backlog took, so the acknowledgement rate is never mistaken for the processing rate.
// BENCH_DISPATCH (default 64, as in main.ts) bounds the dispatches in flight: a lower bound acknowledges faster and
// leaves a longer backlog (16: 30% of bare Koa, p99 50 ms, 3,834 stored/s; 64: 21%, p99 54 ms, 4,171 stored/s).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Router from '@koa/router';
import autocannon from 'autocannon';
import Koa from 'koa';

const BOT = { token: 'benchToken', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const POOL = Number(process.env.BENCH_POOL ?? 130_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = 2;

// ————— child: one server, `--serve bare|full <redisUrl>` —————

async function serve(mode: string, redisUrl: string | undefined): Promise<void> {
  if (mode === 'bare') {
    const app = new Koa();
    const router = new Router();
    router.post('/wecom/callback', (ctx) => {
      ctx.status = 200;
      ctx.body = '';
    });
    app.use(router.routes());
    const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`));
    return;
  }
  const { loadConfig } = await import('../src/config.js');
  const { createInbox } = await import('../src/core/inbox.js');
  const { createDispatch } = await import('../handlers/index.js');
  const { systemClock } = await import('../src/clock.js');
  const { createLogger } = await import('../src/logger.js');
  const { createMetrics } = await import('../src/ops/metrics.js');
  const { openJournal } = await import('../src/ops/journal.js');
  const { healthRoutes } = await import('../src/ops/health-routes.js');
  const { wecomRoutes } = await import('../src/platforms/wecom/routes.js');
  const { indexRoster, parseRoster } = await import('../src/roster.js');
  const { createWorkCalendar } = await import('../src/scheduler/work-calendar.js');
  const { createServer } = await import('../src/server.js');
  const { createStore } = await import('../src/store/create-store.js');

  const journalDir = mkdtempSync(join(tmpdir(), 'wwb-bench-journal-'));
  const config = loadConfig({ WECOM_TOKEN: BOT.token, WECOM_ENCODING_AES_KEY: BOT.aesKey, REDIS_URL: redisUrl, REDIS_PREFIX: `bench${Date.now()}`, JOURNAL_PATH: join(journalDir, 'journal.jsonl') });
  const logger = createLogger({ level: 'warn', destination: { write: (s: string) => void process.stderr.write(s) } });
  const metrics = createMetrics({ defaults: true });
  const roster = indexRoster(parseRoster(JSON.parse(readFileSync(new URL('../roster.sample.json', import.meta.url), 'utf8'))));
  const { store, cases } = createStore(config, logger);
  const calendar = createWorkCalendar({ periods: roster.roster.periods, logger });
  const notifier = { send: async () => {} };
  const deps = { config, roster, store, cases, notifier, clock: systemClock, logger, metrics, calendar };
  const journal = await openJournal({ path: config.JOURNAL_PATH, logger });
  let stored = 0;
  const dispatch = createDispatch(deps);
  const inbox = createInbox({
    store,
    logger,
    metrics,
    dedupeTtlSeconds: config.DEDUPE_TTL_SECONDS,
    journal,
    // As in src/main.ts: sends are detached there, so a handler slot is held only for parse + store.
    maxConcurrentDispatch: Number(process.env.BENCH_DISPATCH ?? 64),
    dispatch: async (m) => {
      if (mode === 'full') await dispatch(m);
      stored++;
    },
  });
  const control = new Router();
  control.get('/__bench/drain', async (ctx) => {
    const t = performance.now();
    await inbox.drain();
    const received = (await metrics.messagesReceived.get()).values.reduce((s, v) => s + v.value, 0);
    const duplicates = (await metrics.duplicatesDropped.get()).values.reduce((s, v) => s + v.value, 0);
    ctx.body = { received, stored, duplicates, journaled: journal.pending(), drainMs: Math.round(performance.now() - t) };
  });
  const app = createServer({ logger, routers: [healthRoutes({ store, platforms: { wecom: true, dingtalk: false } }), wecomRoutes({ config, inbox, logger, metrics, clock: systemClock }), control] });
  const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`));
  process.on('SIGTERM', () => {
    server.close();
    void store.close().then(() => {
      rmSync(journalDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

// ————— parent: start Redis, run both servers under autocannon, print figures —————

const UNITS = ['张庄村', '李家湾村', '王庄村', '东坡社区', '河西村', '柳林村', '石桥村', '新华社区', '南关村', '北岭村', '桃园村', '西街社区'];
const TEXTS = [
  (u: string) => `@维稳助手 ${u}今日零报告，无进京赴省到市上访，无集体访`,
  (u: string) => `@维稳助手 ${u}日研判：排查矛盾纠纷3起，化解2起，重点人员5人，均稳定，总体平稳`,
  (u: string) => `@维稳助手 ${u}重点人员动态：王某某在家，稳定；李某某外出务工，稳定。`,
  () => '收到，谢谢领导！',
];

async function startChild(mode: string, redisUrl?: string): Promise<{ proc: ChildProcess; port: number }> {
  const self = fileURLToPath(import.meta.url);
  const proc = spawn(process.execPath, ['--import', 'tsx', self, '--serve', mode, ...(redisUrl ? [redisUrl] : [])], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    proc.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
  return { proc, port };
}

function stopChild(proc: ChildProcess): Promise<void> {
  return new Promise((r) => {
    proc.once('exit', () => r());
    proc.kill('SIGTERM');
  });
}

/** Pre-built requests: each a fresh message (unique msgid, own nonce, valid signature), built before the clock runs. */
async function buildPool(n: number): Promise<{ path: string; body: string }[]> {
  const { sealMessage, signatureOf } = await import('../src/platforms/wecom/crypto.js');
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const pool: { path: string; body: string }[] = [];
  for (let i = 0; i < n; i++) {
    const unit = UNITS[i % UNITS.length] as string;
    const payload = {
      msgid: `bench-${run}-${i}`,
      aibotid: 'AIBOTID',
      chatid: 'units-chat',
      chattype: 'group',
      from: { userid: `u${i % 500}` },
      response_url: 'https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=RC',
      msgtype: 'text',
      text: { content: (TEXTS[i % TEXTS.length] as (u: string) => string)(unit) },
    };
    const enc = sealMessage(BOT, JSON.stringify(payload));
    const nonce = `n${i}`;
    const q = new URLSearchParams({ msg_signature: signatureOf(BOT.token, timestamp, nonce, enc), timestamp, nonce });
    pool.push({ path: `/wecom/callback?${q}`, body: JSON.stringify({ encrypt: enc }) });
  }
  return pool;
}

/** Runs autocannon for SECONDS; `cursor` walks the pool so a server never sees the same message twice. */
function load(port: number, pool: { path: string; body: string }[], cursor: { next: number }, seconds = SECONDS): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // A pool entry per request; the pool is sized so it does not wrap (a wrap would show as duplicates below).
        setupRequest: (req) => ({ ...req, ...(pool[cursor.next++ % pool.length] as { path: string; body: string }) }),
      },
    ],
  });
}

type Row = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number; total: number };
function summary(name: string, r: autocannon.Result): Row {
  return { name, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, total: r.requests.total };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
function medianRow(name: string, rows: Row[]): Row {
  const m = (k: keyof Row) => median(rows.map((r) => r[k] as number));
  return { name: `${name} (median)`, rps: m('rps'), p50: m('p50'), p99: m('p99'), non2xx: rows.reduce((s, r) => s + r.non2xx, 0), errors: rows.reduce((s, r) => s + r.errors, 0), timeouts: rows.reduce((s, r) => s + r.timeouts, 0), total: rows.reduce((s, r) => s + r.total, 0) };
}

type Drain = { received: number; stored: number; duplicates: number; journaled: number; drainMs: number };
const drainOf = async (port: number) => (await (await fetch(`http://127.0.0.1:${port}/__bench/drain`)).json()) as Drain;

async function main(): Promise<void> {
  const { startRedisServer, stopRedisServer } = await import('../tests/support/redis-global-setup.js');
  const redis = await startRedisServer();
  const redisUrl = `redis://127.0.0.1:${redis.port}`;
  console.log(`bench:webhook — ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per variant (alternating, medians), loopback, Node ${process.version}, redis on :${redis.port}`);
  const children: ChildProcess[] = [];
  try {
    const pool = await buildPool(POOL);
    const bare = await startChild('bare');
    const full = await startChild('full', redisUrl);
    // The same app with a no-op dispatch: what the acknowledgement path alone costs (verify, decrypt, dedupe).
    const ack = await startChild('ack', redisUrl);
    children.push(bare.proc, full.proc, ack.proc);
    const cursors = { bare: { next: 0 }, full: { next: 0 }, ack: { next: 0 } };
    const rows: Record<'bare' | 'full' | 'ack', Row[]> = { bare: [], full: [], ack: [] };
    // Warm-up (not measured): JIT, Redis script cache, connection pools.
    for (const [name, c] of [['bare', bare], ['full', full], ['ack', ack]] as const) {
      await load(c.port, pool, cursors[name], WARMUP_SECONDS);
      if (name !== 'bare') await drainOf(c.port);
    }
    const before = await drainOf(full.port);
    let drainMsTotal = 0;
    // Alternate the variants round by round, so a noisy neighbour on a shared machine hits them all alike.
    for (let round = 1; round <= ROUNDS; round++) {
      rows.bare.push(summary(`bare Koa route #${round}`, await load(bare.port, pool, cursors.bare)));
      rows.full.push(summary(`full WeCom path #${round}`, await load(full.port, pool, cursors.full)));
      // Let the full path finish its backlog before the next run, so it does not steal the next run's CPU.
      drainMsTotal += (await drainOf(full.port)).drainMs;
      rows.ack.push(summary(`ack path only #${round}`, await load(ack.port, pool, cursors.ack)));
      await drainOf(ack.port);
    }
    const after = await drainOf(full.port);
    const drain = { received: after.received - before.received, stored: after.stored - before.stored, duplicates: after.duplicates - before.duplicates };
    const med = { bare: medianRow('bare Koa route', rows.bare), full: medianRow('full WeCom path', rows.full), ack: medianRow('ack path only', rows.ack) };
    console.table([...rows.bare, ...rows.full, ...rows.ack]);
    console.table([med.bare, med.full, med.ack]);
    const ratio = med.full.rps / med.bare.rps;
    const processedPerSec = Math.round(drain.stored / (ROUNDS * SECONDS + drainMsTotal / 1000));
    console.log(`full path: acknowledged ${med.full.total} (non-2xx ${med.full.non2xx}); accepted by the inbox ${drain.received}; dispatched and stored ${drain.stored}; duplicates ${drain.duplicates}; backlogs drained in ${drainMsTotal} ms in total`);
    console.log(`processed end to end (parse + Lua write in Redis): ${processedPerSec} messages/s (stored ÷ (run time + drain time))`);
    for (const [name, c] of Object.entries(cursors))
      if (name !== 'bare' && c.next > pool.length) console.log(`WARNING: the ${name} run used ${c.next} requests but the pool holds ${pool.length}: repeats were cheap duplicates; raise BENCH_POOL`);
    console.log(`ack-only / bare requests/s: ${((med.ack.rps / med.bare.rps) * 100).toFixed(1)}%`);
    console.log(`full / bare requests/s: ${(ratio * 100).toFixed(1)}%  (target ≥ 40%)  ${ratio >= 0.4 ? 'OK' : 'BELOW TARGET'}`);
    console.log(`full p99: ${med.full.p99} ms  (target < 50 ms at ${CONNECTIONS} connections)  ${med.full.p99 < 50 ? 'OK' : 'ABOVE TARGET'};  bare p99: ${med.bare.p99} ms`);
  } finally {
    await Promise.all(children.map(stopChild));
    await stopRedisServer(redis.proc);
    rmSync(redis.dir, { recursive: true, force: true });
  }
}

const i = process.argv.indexOf('--serve');
if (i >= 0) await serve(process.argv[i + 1] as string, process.argv[i + 2]);
else await main();
