import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { buildMorningDigest } from '../jobs/morning-digest.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import type { Deps } from '../src/core/deps.js';
import { addDays, dateRange, shanghaiInstant } from '../src/dates.js';
import { MemoryCaseStore } from '../src/ledger/memory-case-store.js';
import { silentLogger } from '../src/logger.js';
import { createMetrics } from '../src/ops/metrics.js';
import { indexRoster, parseRoster } from '../src/roster.js';
import { createWorkCalendar } from '../src/scheduler/work-calendar.js';
import { summarize } from '../src/stats/summarize.js';
import { DAY_TOTALS_FIELD } from '../src/store/keys.js';
import { RedisReportStore } from '../src/store/redis-store.js';
import type { MessageWrite, ReportStore, StoredReport } from '../src/store/report-store.js';
import { startRedisServer, stopRedisServer } from '../tests/support/redis-global-setup.js';

// npm run bench:digest — time to build the morning digest of a township with 10,000 units from Redis
// (buildMorningDigest: the digest's day read in full + the totals of every earlier day of the period, from the
// day-totals cache or, on a miss, read in full and summarised), against baselines measured in the same run: the
// bare HGETALL of the day hash, and getDay alone (HGETALL + decode + zod validation). The period digest is timed
// with the cache cold (every `_t` field deleted before each run), warm, and switched off (the old behaviour).
// Target: under 1 s. BENCH_UNITS, BENCH_DAYS (days of the period so far, default 8), REDIS_URL.

const UNITS = Number(process.env.BENCH_UNITS ?? 10_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 8);
const RUNS = 7;
const CONCURRENCY = 256;
const TOWNSHIP = '青石镇';
const FROM = '2026-10-01';

const rnd = (n: number) => Math.floor(Math.random() * n);

function rosterOf(n: number) {
  return parseRoster({
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
  });
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

async function timed<T>(fn: () => Promise<T>, before?: () => Promise<unknown>): Promise<{ ms: number[]; last: T }> {
  await before?.();
  await fn(); // warm-up (JIT, connection)
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    await before?.(); // untimed set-up (e.g. emptying the cache)
    const t = performance.now();
    last = await fn();
    ms.push(performance.now() - t);
  }
  return { ms, last: last as T };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const f = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;

async function main() {
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? `redis://127.0.0.1:${own?.port}`;
  const redis = new Redis(url);
  const prefix = `bench-${randomUUID()}`;
  const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 7, logger: silentLogger });
  try {
    const roster = indexRoster(rosterOf(UNITS));
    const calendar = createWorkCalendar({ periods: roster.roster.periods, logger: silentLogger });
    const deps: Deps = {
      config: loadConfig({}),
      roster,
      store,
      cases: new MemoryCaseStore(),
      notifier: { send: async () => undefined },
      clock: systemClock,
      logger: silentLogger,
      metrics: createMetrics(),
      calendar,
    };
    const dates = dateRange(FROM, addDays(FROM, DAYS - 1));
    const date = dates[dates.length - 1] as string;
    const t0 = performance.now();
    for (const d of dates) {
      const writes = roster.roster.units.map((u, i) => dayWrite(u.name, i, d)).filter((w): w is MessageWrite => w !== undefined);
      for (let i = 0; i < writes.length; i += CONCURRENCY) await Promise.all(writes.slice(i, i + CONCURRENCY).map((w) => store.applyMessage(w)));
    }
    const dayKey = store.keys.day(TOWNSHIP, date);
    console.log(`redis ${(await redis.info('server')).match(/redis_version:(\S+)/)?.[1]}, node ${process.version}, ${cpus()[0]?.model ?? ''}`);
    console.log(`${UNITS} units, ${DAYS} day(s) of reports written in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${await redis.hlen(dayKey)} fields in the last day's hash`);

    const bare = await timed(() => redis.hgetall(dayKey));
    const getDay = await timed(() => store.getDay(TOWNSHIP, date));
    const day = getDay.last;
    const sum = await timed(async () => summarize([{ date, day, expected: true }], roster));
    // The cache switched off: every past day read in full, as before the day-totals cache.
    const noCache: ReportStore = Object.assign(Object.create(store) as RedisReportStore, {
      getDayTotals: async () => undefined,
      putDayTotals: async () => undefined,
    });
    const dropCache = async () => {
      for (const d of dates) await redis.hdel(store.keys.day(TOWNSHIP, d), DAY_TOTALS_FIELD);
    };
    const oneDay = await timed(async () => (await buildMorningDigest(deps, FROM)) ?? '');
    const off = await timed(async () => (await buildMorningDigest({ ...deps, store: noCache }, date)) ?? '');
    const cold = await timed(async () => (await buildMorningDigest(deps, date)) ?? '', dropCache);
    const warm = await timed(async () => (await buildMorningDigest(deps, date)) ?? '');
    if (cold.last !== off.last || warm.last !== off.last) throw new Error('digest differs with the cache: a bug');

    const ratio = (ms: number[]) => `${(median(ms) / median(bare.ms)).toFixed(1).padStart(5)}× HGETALL`;
    const target = (ms: number[]) => `target < 1000 ms: ${median(ms) < 1000 ? 'met' : 'NOT met'}`;
    console.log(`\nmedian of ${RUNS} runs (after one warm-up):`);
    console.log(`  baseline: HGETALL of the day hash                  ${f(median(bare.ms))}`);
    console.log(`  getDay (HGETALL + decode + zod)                    ${f(median(getDay.ms))}   ${ratio(getDay.ms)}`);
    console.log(`  summarize one day (pure)                           ${f(median(sum.ms))}`);
    console.log(`  digest, 1 day (first day of the period)            ${f(median(oneDay.ms))}   ${ratio(oneDay.ms)}   ${target(oneDay.ms)}`);
    console.log(`  digest, ${String(DAYS).padStart(2)} days, cache off (every day in full)   ${f(median(off.ms))}   ${ratio(off.ms)}   ${target(off.ms)}`);
    console.log(`  digest, ${String(DAYS).padStart(2)} days, cache cold (fills it)           ${f(median(cold.ms))}   ${ratio(cold.ms)}   ${target(cold.ms)}`);
    console.log(`  digest, ${String(DAYS).padStart(2)} days, cache warm                      ${f(median(warm.ms))}   ${ratio(warm.ms)}   ${target(warm.ms)}`);
    console.log(`  slowest warm run                                   ${f(Math.max(...warm.ms))}`);
    console.log(`  digest text identical with the cache off, cold and warm: yes`);
    const text = warm.last;
    console.log(`\ndigest: ${text.length} characters, ${text.split('\n').length} lines (${day.size} units reported)`);
    console.log(text.split('\n').map((l) => `  | ${l}`).join('\n'));
  } finally {
    const keys = await redis.keys(`*${prefix}*`);
    for (const k of keys) await redis.del(k);
    await redis.quit();
    if (own) {
      await stopRedisServer(own.proc);
      rmSync(own.dir, { recursive: true, force: true });
    }
  }
}

await main();
