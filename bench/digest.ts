import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cpus, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { buildSemiMonthlySummary } from '../jobs/semi-monthly-summary.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Deps } from '../src/core/deps.js';
import { addDays, dateRange, shanghaiInstant } from '../src/dates.js';
import { silentLogger } from '../src/logger.js';
import { HEAP_GROWING_PERCENT } from '../src/ops/heap-growth.js';
import { createMetrics } from '../src/ops/metrics.js';
import { indexRoster, parseRoster } from '../src/roster.js';
import { MemoryCaseStore } from '../src/ledger/memory-case-store.js';
import { createWorkCalendar } from '../src/scheduler/work-calendar.js';
import { RedisReportStore } from '../src/store/redis-store.js';
import type { MessageWrite, StoredReport } from '../src/store/report-store.js';
import { referenceDigest, referenceSummary } from '../tests/support/reference-jobs.js';
import { startRedisServer, stopRedisServer } from '../tests/support/redis-global-setup.js';
import { unlinkPrefix } from './unlink-prefix.js';

// npm run bench:digest -- --units N --days D
// Fills a real Redis through the store's own write path (RedisReportStore.applyMessage, many messages in flight:
// ioredis pipelines them) with D days of about one message per unit and day, then times, in a fresh child process
// (so its RSS is the job's, not the filler's), the morning digest of day D (cumulative over a sensitive period of
// D days: two half-months) and the semi-monthly 汇总表 of the first half-month (cumulative since 1 January). The
// child runs the compiled build as production does (bench/digest-job.mjs on dist/, built first when stale), not
// the sources through tsx (until 3 Dec it did: tsx was ~95 MB of the RSS figure).
// Baseline in the same run: a bare HGETALL of day D's hash (the records of one day, not decoded), the least the
// jobs read before aggregates. Up to 20,000 units the old way (summarize over every record of every day) is timed
// too and both texts are checked equal. Last line: `bench:digest units=N days=D digest_ms=N summary_ms=N rss_mb=N`.
// Targets: 100,000 units × 16 days: digest < 1 s, summary < 2 s, RSS < 400 MB; 10,000 units: both < 150 ms.

const { values: opt } = parseArgs({
  options: { units: { type: 'string' }, days: { type: 'string' }, keep: { type: 'boolean' } },
  allowPositionals: true,
});
const UNITS = Number(opt.units ?? process.env.BENCH_UNITS ?? 10_000);
const DAYS = Number(opt.days ?? process.env.BENCH_DAYS ?? 16);
const RUNS = 5;
const CONCURRENCY = 512;
const TOWNSHIP = '青石镇';
const FROM = '2026-10-01';
const LAST = addDays(FROM, DAYS - 1);
/** The 汇总表 sent the day after the first half-month of the run. */
const SUMMARY_DATE = DAYS >= 16 ? '2026-10-16' : addDays(LAST, 1);
const REFERENCE_MAX_UNITS = 20_000;

const rnd = (n: number) => Math.floor(Math.random() * n);

/** The roster file's content, as an operator would write it (the job process loads it as the bot does). */
function rosterData(n: number) {
  return {
    township: TOWNSHIP,
    periods: [{ name: '国庆', from: FROM, to: addDays(FROM, Math.max(DAYS, 8) - 1) }],
    units: Array.from({ length: n }, (_, i) => ({
      name: `第${i + 1}村`,
      members: [
        { id: `u${i}-head`, name: `书记${i}`, role: 'head' },
        { id: `u${i}-team`, name: `组长${i}`, role: 'team_leader' },
        { id: `u${i}-clerk`, name: `文书${i}`, role: 'reporter' },
      ],
    })),
    leaders: [{ id: 'leader', name: '镇长' }],
    groups: [{ platform: 'wecom', chatId: 'leaders', kind: 'leaders' }],
  };
}

/** Writes the roster file for the job process; removed when the run ends. */
function writeRosterFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-digest-'));
  const path = join(dir, 'roster.json');
  writeFileSync(path, JSON.stringify(rosterData(UNITS)));
  return path;
}

/** One unit's day: 5% miss; else mostly a zero report or an assessment, sometimes key persons or an incident. */
function dayWrite(unit: string, i: number, date: string): MessageWrite | undefined {
  if (Math.random() < 0.05) return undefined;
  const msgId = randomBytes(16).toString('hex');
  const at = new Date(shanghaiInstant(date, '09:00').getTime() + rnd(6 * 3600_000)).toISOString();
  const meta = (k: number) => ({ id: `${msgId}:${k}`, msgId, platform: 'wecom' as const, chatId: 'units', senderId: `u${i}-clerk`, receivedAt: at, ...(Math.random() < 0.03 ? { late: true } : {}) });
  const put: StoredReport[] = [];
  if (Math.random() < 0.6) put.push({ kind: 'zero_report', unit, date, meta: meta(0) });
  else
    put.push({
      kind: 'daily_assessment',
      unit,
      date,
      counts: { disputesFound: rnd(4), disputesResolved: rnd(3), petitions: rnd(2), keyPersons: 3, keyPersonsAbnormal: rnd(2) },
      level: 'stable',
      meta: meta(0),
    });
  if (Math.random() < 0.07)
    put.push({
      kind: 'key_person',
      unit,
      date,
      persons: [{ name: `王某${i}`, state: Math.random() < 0.3 ? 'abnormal' : 'stable', whereabouts: Math.random() < 0.3 ? 'away' : 'home', escalation: null }],
      meta: meta(1),
    });
  if (Math.random() < 0.03)
    put.push({ kind: 'incident', unit, date, escalation: Math.random() < 0.5 ? 'county' : 'township', people: 1 + rnd(20), collective: Math.random() < 0.3, summary: '到县信访局反映问题', meta: meta(2) });
  return { township: TOWNSHIP, raw: { msgId, platform: 'wecom', chatId: 'units', senderId: `u${i}-clerk`, at, text: '（bench）' }, put };
}

function depsFor(url: string, prefix: string): { deps: Deps; redis: Redis; store: RedisReportStore } {
  const redis = new Redis(url, { enableAutoPipelining: true });
  const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger: silentLogger });
  const roster = indexRoster(parseRoster(rosterData(UNITS)));
  const calendar = createWorkCalendar({ periods: roster.roster.periods, logger: silentLogger });
  const deps: Deps = {
    config: loadConfig({}),
    roster,
    store,
    notifier: { send: async () => undefined },
    clock: systemClock,
    logger: silentLogger,
    metrics: createMetrics(),
    calendar,
    cases: new MemoryCaseStore(),
  };
  return { deps, redis, store };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; first: number; last: T }> {
  let t = performance.now();
  await fn(); // the first run: cold (JIT, connection, scripts, the digest's per-day counts not cached yet)
  const first = performance.now() - t;
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: ms.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, first, last: last as T };
}

interface Memory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

interface JobFigures {
  digest: number;
  digestCold: number;
  summary: number;
  summaryCold: number;
  rssMb: number;
  startMb: number;
  rosterMb: number;
  afterRoster: Memory;
  atEnd: Memory;
  digestText: string;
  summaryLines: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the sources the build compiles (as scripts/launch.mjs checks). */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src', 'handlers', 'jobs']) walk(join(root, d));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

/** The job process runs the compiled build (bench/digest-job.mjs): `npm run build` first when dist/ is missing or older than the sources. */
function ensureBuild(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist/.built')).mtimeMs;
  } catch {}
  if (built >= newestSource()) return;
  console.log('dist/ is missing or older than the sources: npm run build');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

function runJob(url: string, prefix: string): Promise<JobFigures> {
  ensureBuild();
  const rosterPath = writeRosterFile();
  return new Promise<JobFigures>((resolve, reject) => {
    // Plain node on the build, no tsx, with production's flag (deploy/Dockerfile, deploy/weiwen-bot.service) and
    // main.ts's garbage-collection setting (bench/digest-job.mjs): the job's RSS as production would see it.
    const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'bench/digest-job.mjs'), url, prefix, rosterPath, LAST, SUMMARY_DATE, String(RUNS)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`job process exited ${code}`))));
  }).finally(() => rmSync(dirname(rosterPath), { recursive: true, force: true }));
}

async function main() {
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? `redis://127.0.0.1:${own?.port}`;
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  const { deps, redis, store } = depsFor(url, prefix);
  try {
    const dates = dateRange(FROM, LAST);
    const t0 = performance.now();
    let messages = 0;
    for (const d of dates) {
      const writes = deps.roster.roster.units.map((u, i) => dayWrite(u.name, i, d)).filter((w): w is MessageWrite => w !== undefined);
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < writes.length) await store.applyMessage(writes[next++]!);
        }),
      );
      messages += writes.length;
    }
    const fillS = (performance.now() - t0) / 1000;
    console.log(`redis ${(await redis.info('server')).match(/redis_version:(\S+)/)?.[1]}, node ${process.version}, ${cpus()[0]?.model ?? ''} ×${cpus().length}`);
    console.log(`${UNITS} units × ${DAYS} days: ${messages} messages through applyMessage in ${fillS.toFixed(1)} s (${(messages / fillS).toFixed(0)} messages/s, ${CONCURRENCY} in flight, auto-pipelined)`);

    const job = await runJob(url, prefix);
    // The baseline here, not in the job process: its reply would count in the job's RSS.
    const r = { ...job, bare: (await timed(() => redis.hgetall(store.keys.day(TOWNSHIP, LAST)))).ms };
    const cold = (ms: number) => `(first run ${ms.toFixed(0)} ms)`;
    const ratio = (ms: number) => `${(ms / r.bare).toFixed(2)}× HGETALL`;
    const small = UNITS <= 10_000;
    const target = (ms: number, big: number) => (small ? `target < 150 ms: ${ms < 150 ? 'met' : 'NOT met'}` : `target < ${big} ms: ${ms < big ? 'met' : 'NOT met'}`);
    console.log(`\nmedian of ${RUNS} runs after a warm-up (the jobs in a process of their own):`);
    console.log(`  baseline: HGETALL of day ${LAST}'s hash (one day's records, undecoded)  ${r.bare.toFixed(1).padStart(9)} ms`);
    console.log(`  morning digest of ${LAST} (period of ${DAYS} days)   ${r.digest.toFixed(1).padStart(9)} ms   ${ratio(r.digest)}   ${target(r.digest, 1000)}   ${cold(r.digestCold)}`);
    console.log(`  semi-monthly summary sent ${SUMMARY_DATE} (${r.summaryLines} lines)   ${r.summary.toFixed(1).padStart(9)} ms   ${ratio(r.summary)}   ${target(r.summary, 2000)}   ${cold(r.summaryCold)}`);
    console.log(`  job process max RSS   ${r.rssMb.toFixed(0).padStart(9)} MB (node --enable-source-maps on the build in dist/, no tsx, heap growing factor ${1 + HEAP_GROWING_PERCENT / 100} as main.ts sets it), ${r.startMb.toFixed(0)} MB once its modules were loaded, ${r.rosterMb.toFixed(0)} MB before the first job (the roster file of ${UNITS} units read, parsed, validated)   ${small ? '' : `target < 400 MB: ${r.rssMb < 400 ? 'met' : 'NOT met'}`}`);
    const mem = (m: Memory) => `rss ${m.rss} MB = V8 heap ${m.heapTotal} (${m.heapUsed} used) + external ${m.external} (array buffers ${m.arrayBuffers}) + the rest (code, stacks, native)`;
    console.log(`    after the roster: ${mem(r.afterRoster)}`);
    console.log(`    after the jobs:   ${mem(r.atEnd)}`);
    if (UNITS <= REFERENCE_MAX_UNITS) {
      // The old way, in this process: every record of every day read, decoded, validated and summarised.
      let t = performance.now();
      const refDigest = await referenceDigest(deps, LAST);
      const refDigestMs = performance.now() - t;
      t = performance.now();
      const refSummary = await referenceSummary(deps, SUMMARY_DATE);
      const refSummaryMs = performance.now() - t;
      const same = refDigest === r.digestText && refSummary === (await buildSemiMonthlySummary(deps, SUMMARY_DATE));
      console.log(`  recomputed from every record (before aggregates): digest ${refDigestMs.toFixed(0)} ms (${(refDigestMs / r.digest).toFixed(0)}× slower), summary ${refSummaryMs.toFixed(0)} ms (${(refSummaryMs / r.summary).toFixed(0)}× slower)`);
      console.log(`  texts identical to the recomputation: ${same ? 'yes' : 'NO (a bug)'}`);
      if (!same) process.exitCode = 1;
    } else console.log(`  recomputation from every record skipped above ${REFERENCE_MAX_UNITS} units (issue 15 measured 20.7 s and 3.3 GB at 100,000)`);
    console.log(`\ndigest (${r.digestText.length} characters):`);
    console.log(r.digestText.split('\n').map((l) => `  | ${l}`).join('\n'));
    console.log(`bench:digest units=${UNITS} days=${DAYS} digest_ms=${r.digest.toFixed(0)} summary_ms=${r.summary.toFixed(0)} rss_mb=${r.rssMb.toFixed(0)}`);
  } finally {
    if (opt.keep && !own) console.log(`kept: REDIS_URL=${url} prefix ${prefix}`);
    else {
      await unlinkPrefix(redis, prefix);
    }
    await redis.quit();
    if (own) {
      await stopRedisServer(own.proc);
      rmSync(own.dir, { recursive: true, force: true });
    }
  }
}

if (opt.keep && process.env.BENCH_PREFIX) {
  // Time the jobs again on a Redis kept by an earlier `--keep` run (REDIS_URL and BENCH_PREFIX as it printed).
  console.log(JSON.stringify({ ...(await runJob(process.env.REDIS_URL!, process.env.BENCH_PREFIX)), digestText: undefined }));
} else await main();
