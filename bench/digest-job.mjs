// The job process of bench:digest (bench/digest.ts): the compiled build (dist/, `npm run build`), run by plain node
// as production runs it (node dist/src/main.js), not the TypeScript sources through tsx, whose loader and compiled
// module cache measured ~95 MB of the job's RSS. Loads the roster from its file as the bot does, times the morning
// digest and the semi-monthly 汇总表, and prints one JSON line: the times, the process's peak RSS, and what the RSS is
// made of at the end (process.memoryUsage(): V8 heap, external, array buffers).
//
// Started with the flags production starts node with (deploy/Dockerfile: --enable-source-maps).
//
// node bench/digest-job.mjs <redis url> <prefix> <roster path> <digest date> <summary date> <runs>
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';

const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
// What main.ts imports first, for the process's garbage-collection setting (the jobs run in the bot's process).
await load('src/ops/heap-growth.js');
const [{ buildMorningDigest }, { buildSemiMonthlySummary }, { systemClock }, { loadConfig }, { silentLogger }, { createMetrics }, { indexRoster, loadRoster }, { MemoryCaseStore }, { createWorkCalendar }, { RedisReportStore }] =
  await Promise.all([
    load('jobs/morning-digest.js'),
    load('jobs/semi-monthly-summary.js'),
    load('src/clock.js'),
    load('src/config.js'),
    load('src/logger.js'),
    load('src/ops/metrics.js'),
    load('src/roster.js'),
    load('src/ledger/memory-case-store.js'),
    load('src/scheduler/work-calendar.js'),
    load('src/store/redis-store.js'),
  ]);

const [url, prefix, rosterPath, digestDate, summaryDate, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg);
const mb = (n) => Math.round((n / 2 ** 20) * 10) / 10;
const memory = () => {
  const m = process.memoryUsage();
  return { rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
};

async function timed(fn) {
  let t = performance.now();
  await fn(); // the first run: cold (JIT, connection, scripts, the digest's per-day counts not cached yet)
  const first = performance.now() - t;
  const ms = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: ms.sort((a, b) => a - b)[Math.floor(RUNS / 2)], first, last };
}

const startMb = process.resourceUsage().maxRSS / 1024;
const redis = new Redis(url, { enableAutoPipelining: true });
const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger: silentLogger });
const roster = indexRoster(loadRoster(rosterPath));
const calendar = createWorkCalendar({ periods: roster.roster.periods, logger: silentLogger });
const deps = { config: loadConfig({}), roster, store, notifier: { send: async () => undefined }, clock: systemClock, logger: silentLogger, metrics: createMetrics(), calendar, cases: new MemoryCaseStore() };
const rosterMb = process.resourceUsage().maxRSS / 1024;
const afterRoster = memory();
const digest = await timed(async () => (await buildMorningDigest(deps, digestDate)) ?? '');
const summary = await timed(() => buildSemiMonthlySummary(deps, summaryDate));
const rssMb = process.resourceUsage().maxRSS / 1024;
const out = {
  digest: digest.ms,
  digestCold: digest.first,
  summary: summary.ms,
  summaryCold: summary.first,
  rssMb,
  startMb,
  rosterMb,
  afterRoster,
  atEnd: memory(),
  digestText: digest.last,
  summaryLines: summary.last.split('\n').length,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
await redis.quit();
