// npm run bench:consume — what the consumer costs per message, without the HTTP load beside it.
//
// BENCH_MESSAGES messages (default 20,000; the texts of bench:webhook) are queued in the inbox stream of a fresh
// redis-server while no consumer runs; then the consumer thread (consumer-thread.ts, as main.ts starts it) and the
// outbox worker (delivering to a no-op client, on this thread as on the HTTP thread) drain it. Reported: messages per
// second of wall time, CPU of this process (both threads) and of redis-server per message, and Redis commands per
// message (INFO commandstats, commands run inside Lua counted too). BENCH_STATS=1 adds Redis's time per command and
// per script (SLOWLOG with no threshold; it costs Redis time itself). bench:webhook measures the same consumer beside
// the acknowledgements, where its CPU and Redis's are what the acknowledgements lose.
//
// What node_us holds (3 Dec, 20,000 messages, load average 7-12; each thread's CPU read from /proc/self/task/*/stat,
// a probe not committed): the consumer thread 180-230 µs a message, this thread's outbox deliveries 40-50, and V8's
// background threads 170-210: GC helpers and the optimizing compiler. The compiler's part is mostly warm-up, 2.2-2.5 s
// a run (with --no-concurrent-recompilation it moved onto the consumer thread: +110-125 µs a message); with 60,000
// messages node_us was 260 against 428 with 20,000. On this shared machine alternate runs of the same code differ by
// ±20%: compare two versions by running them at the same time, several times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { startConsumerThread } from '../src/core/consumer-thread.js';
import { createInbox } from '../src/core/inbox.js';
import type { InboundMessage } from '../src/core/message.js';
import { createOutbox } from '../src/core/outbox.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createMetrics } from '../src/ops/metrics.js';
import { createStore } from '../src/store/create-store.js';
import { createKeys } from '../src/store/keys.js';
import { createRedisQueue } from '../src/store/redis-queue.js';
import { startRedisServer, stopRedisServer } from '../tests/support/redis-global-setup.js';

const N = Number(process.env.BENCH_MESSAGES ?? 20_000);
const TOWNSHIP = '青石镇';
const UNITS = ['张庄村', '李家湾村', '王庄村', '东坡社区', '河西村', '柳林村', '石桥村', '新华社区', '南关村', '北岭村', '桃园村', '西街社区'];
const TEXTS = [
  (u: string) => `@维稳助手 ${u}今日零报告，无进京赴省到市上访，无集体访`,
  (u: string) => `@维稳助手 ${u}日研判：排查矛盾纠纷3起，化解2起，重点人员5人，均稳定，总体平稳`,
  (u: string) => `@维稳助手 ${u}重点人员动态：王某某在家，稳定；李某某外出务工，稳定。`,
  () => '收到，谢谢领导！',
];

const redisServer = await startRedisServer();
const redisUrl = `redis://127.0.0.1:${redisServer.port}`;
const journalDir = mkdtempSync(join(tmpdir(), 'wwb-bench-consume-'));
const prefix = `benchconsume${Date.now()}`;
const env = {
  WECOM_TOKEN: 'benchToken',
  WECOM_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  REDIS_URL: redisUrl,
  REDIS_PREFIX: prefix,
  JOURNAL_PATH: join(journalDir, 'journal.jsonl'),
  ROSTER_PATH: fileURLToPath(new URL('../roster.sample.json', import.meta.url)),
  LOG_LEVEL: 'warn',
};
const logger = createLogger({ level: 'warn', destination: { write: (s: string) => void process.stderr.write(s) } });
const config = loadConfig(env);
const metrics = createMetrics();
const { store, redis } = createStore(config, logger);
if (!redis) throw new Error('no redis');
const keys = createKeys(prefix);
const queueOf = (queue: 'inbox' | 'outbox') => createRedisQueue({ redis, keys, township: TOWNSHIP, queue, consumer: 'bench-consume' });
const inbox = createInbox({ store, logger, metrics, dedupeTtlSeconds: config.DEDUPE_TTL_SECONDS, queue: queueOf('inbox'), consume: false });
const outbox = createOutbox({ queue: queueOf('outbox'), deliver: async () => {}, logger, metrics });
const admin = new Redis(redisServer.port, '127.0.0.1');
try {
  const run = Date.now().toString(36);
  const at = new Date();
  for (let i = 0; i < N; i += 500) {
    const batch: Promise<unknown>[] = [];
    for (let j = i; j < Math.min(N, i + 500); j++) {
      const msg: InboundMessage = { platform: 'wecom', msgId: `c-${run}-${j}`, chatId: 'units-chat', userId: `u${j % 500}`, text: (TEXTS[j % TEXTS.length] as (u: string) => string)(UNITS[j % UNITS.length] as string), at };
      batch.push(inbox.accept(msg));
    }
    await Promise.all(batch);
  }
  const cpuOf = async () => {
    const info = await admin.info('cpu');
    const f = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return f('used_cpu_user') + f('used_cpu_sys');
  };
  const commandsOf = async () => {
    const info = await admin.info('commandstats');
    let n = 0;
    for (const m of info.matchAll(/calls=(\d+)/g)) n += Number(m[1]);
    return n;
  };
  await admin.config('RESETSTAT');
  if (process.env.BENCH_STATS) {
    await admin.config('SET', 'slowlog-log-slower-than', '0');
    await admin.config('SET', 'slowlog-max-len', '1000000');
    await admin.slowlog('RESET');
  }
  const sum = async (c: { get(): Promise<{ values: { value: number }[] }> }) => (await c.get()).values.reduce((s, v) => s + v.value, 0);
  const redis0 = await cpuOf();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  outbox.start();
  const thread = startConsumerThread({ env, consumer: 'bench-consume', logFd: 2, logger, metrics });
  while ((await sum(metrics.messagesHandled)) < N) await new Promise((r) => setTimeout(r, 20));
  await outbox.idle();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const redisCpu = (await cpuOf()) - redis0;
  const commands = await commandsOf();
  if (process.env.BENCH_STATS) {
    const log = (await admin.slowlog('GET', -1)) as [number, number, number, string[]][];
    const by = new Map<string, [number, number]>();
    for (const [, , us, args] of log) {
      const k = args[0] === 'evalsha' ? `evalsha ${String(args[1]).slice(0, 8)} ${args[3]?.slice(-20)}` : String(args[0]);
      const e = by.get(k) ?? [0, 0];
      e[0]++;
      e[1] += us;
      by.set(k, e);
    }
    const applies = log.filter(([, , , a]) => a[0] === 'evalsha' && String(a[3]).includes(':raw:')).reverse();
    const avg = (xs: typeof applies) => (xs.reduce((t, x) => t + x[2], 0) / xs.length).toFixed(1);
    console.log(`applyMessage script, µs per call: first 300 calls ${avg(applies.slice(0, 300))}, last 300 calls ${avg(applies.slice(-300))}`);
    console.log([...by].sort((a, b) => b[1][1] - a[1][1]).map(([k, [n, us]]) => `${k}: ${n} calls, ${(us / n).toFixed(1)} µs/call, ${us} µs`).join('\n'));
  }
  await thread.stop();
  await outbox.stop();
  const perMsg = (s: number) => ((s * 1e6) / N).toFixed(0);
  console.log(`consumed ${N} messages in ${wall.toFixed(2)} s; node CPU ${perMsg((cpu.user + cpu.system) / 1e6)} µs/msg, redis CPU ${perMsg(redisCpu)} µs/msg, ${(commands / N).toFixed(1)} redis commands/msg`);
  console.log(`bench:consume messages=${N} rps=${Math.round(N / wall)} node_us=${perMsg((cpu.user + cpu.system) / 1e6)} redis_us=${perMsg(redisCpu)} cmds=${(commands / N).toFixed(1)}`);
} finally {
  admin.disconnect();
  await store.close();
  await stopRedisServer(redisServer.proc);
  rmSync(redisServer.dir, { recursive: true, force: true });
  rmSync(journalDir, { recursive: true, force: true });
}
