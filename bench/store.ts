import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { addDays, shanghaiInstant } from '../src/dates.js';
import { silentLogger } from '../src/logger.js';
import { encodeInbound } from '../src/core/message-codec.js';
import { createKeys, DAY_TTL_DAYS } from '../src/store/keys.js';
import { createRedisQueue } from '../src/store/redis-queue.js';
import { RedisReportStore } from '../src/store/redis-store.js';
import type { MessageWrite, StoredReport } from '../src/store/report-store.js';
import { startRedisServer, stopRedisServer } from '../tests/support/redis-global-setup.js';
import { unlinkPrefix } from './unlink-prefix.js';

// npm run bench:store — Redis memory per stored report (INFO memory, used_memory delta over 100,000 reports), and
// all-in per message (inbox claim and stream entry once deleted, report, raw audit copy, versions, aggregates),
// reports stored per second through RedisReportStore.applyMessage, and a baseline in the same run: one plain
// SET per report of its full JSON (JSON.stringify of the StoredReport), pipelined.
// Uses REDIS_URL if set (figures then include whatever else that server does), else a fresh redis-server.

const REPORTS = Number(process.env.BENCH_REPORTS ?? 100_000);
const CONCURRENCY = 256;
const TOWNSHIPS = 20;
const UNITS_PER_TOWNSHIP = 50;
const BIG_DAY_UNITS = 10_000;
const TEXT_CHARS = 100;
/** config.DEDUPE_TTL_SECONDS default: a message's dedupe claim lives this long (one day of claims in steady state). */
const DEDUPE_TTL = 86_400;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国';
const VILLAGE = '东西南北上下新老大小前后';
const rnd = (n: number) => Math.floor(Math.random() * n);
const pick = <T>(s: readonly T[]): T => s[rnd(s.length)]!;
const ch = (s: string) => s[rnd(s.length)]!;
const personName = () => ch(SURNAMES) + ch(GIVEN) + (Math.random() < 0.6 ? ch(GIVEN) : '');

interface Unit {
  township: string;
  name: string;
  chatId: string;
  reporter: string;
  reporterName: string;
  persons: string[];
}

function makeUnits(): Unit[] {
  const units: Unit[] = [];
  for (let t = 0; t < TOWNSHIPS; t++) {
    const township = `${ch(VILLAGE)}${ch(VILLAGE)}${t}镇`;
    const chatId = `wr${randomBytes(15).toString('base64url')}`; // WeCom chat ids look like this (~22 chars)
    for (let u = 0; u < UNITS_PER_TOWNSHIP; u++)
      units.push({
        township,
        name: `${ch(VILLAGE)}${ch(GIVEN)}${u}村`,
        chatId,
        reporter: `u${t}${String(u).padStart(3, '0')}${randomBytes(3).toString('hex')}`,
        reporterName: personName(),
        persons: Array.from({ length: 1 + rnd(3) }, personName),
      });
  }
  return units;
}

/** One day's message of a unit: mostly a zero report or an assessment, sometimes key persons or an incident too. */
function message(u: Unit, date: string): MessageWrite {
  const msgId = randomBytes(16).toString('hex'); // WeCom msgid: 32 hex characters
  const at = new Date(shanghaiInstant(date, '09:00').getTime() + rnd(6 * 3600_000)).toISOString();
  const meta = (i: number) => ({ id: `wecom:${msgId}:${i}`, msgId, platform: 'wecom' as const, chatId: u.chatId, senderId: u.reporter, senderName: u.reporterName, receivedAt: at });
  type Body = StoredReport extends infer R ? (R extends StoredReport ? Omit<R, 'meta'> : never) : never;
  const bodies: Body[] = [];
  const r = Math.random();
  if (r < 0.62) bodies.push({ kind: 'zero_report', unit: u.name, date });
  else
    bodies.push({
      kind: 'daily_assessment',
      unit: u.name,
      date,
      counts: { disputesFound: rnd(4), disputesResolved: rnd(3), petitions: rnd(2), keyPersons: u.persons.length, keyPersonsAbnormal: rnd(2) },
      level: pick(['stable', 'stable', 'stable', 'watch', 'alert'] as const),
    });
  if (Math.random() < 0.12)
    bodies.push({
      kind: 'key_person',
      unit: u.name,
      date,
      persons: u.persons.slice(0, 1 + rnd(u.persons.length)).map((name) => ({
        name,
        state: Math.random() < 0.85 ? ('stable' as const) : ('abnormal' as const),
        whereabouts: pick(['home', 'home', 'away', 'unknown'] as const),
        escalation: Math.random() < 0.1 ? ('county' as const) : null,
      })),
    });
  if (Math.random() < 0.03)
    bodies.push({ kind: 'incident', unit: u.name, date, escalation: pick(['township', 'county'] as const), people: 1 + rnd(30), collective: Math.random() < 0.3, summary: `${u.name}村民因土地流转问题发生纠纷，已到场调处` });
  // Exactly 100 characters, the size the capacity figure is quoted for.
  const said = `${u.name}${date.slice(5)}日报：${bodies.map((b) => (b.kind === 'zero_report' ? '今日零报告，无矛盾纠纷、无上访、无重点人员异常。' : '矛盾纠纷排查情况如上，重点人员在控。')).join('')}报告人：${u.reporterName}。`;
  const text = said.padEnd(TEXT_CHARS, '各村（社区）继续做好矛盾纠纷排查化解和重点人员稳控工作。').slice(0, TEXT_CHARS);
  return {
    township: u.township,
    raw: { msgId, platform: 'wecom', chatId: u.chatId, senderId: u.reporter, at, text },
    put: bodies.map((b, i) => ({ ...b, meta: meta(i) }) as StoredReport),
  };
}

function makeMessages(units: Unit[], reports: number): MessageWrite[] {
  const out: MessageWrite[] = [];
  let n = 0;
  for (let day = 0; n < reports; day++) {
    const date = addDays('2026-11-23', -day);
    for (const u of units) {
      const m = message(u, date);
      if (n + m.put.length > reports) m.put = m.put.slice(0, reports - n);
      if (!m.put.length) break;
      out.push(m);
      n += m.put.length;
    }
  }
  return out;
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

/** The whole path of each message (see main), on a fresh prefix; prints the bytes per message and their parts. */
async function allInPhase(redis: Redis, prefix: string, tag: string, label: string, msgs: MessageWrite[]): Promise<void> {
  const f = (n: number) => n.toFixed(0);
  // — all-in: the whole path of a message, on a fresh prefix: the inbox's claim + XADD, applyMessage (report,
  // raw audit copy, versions, aggregates), then XACK + XDEL as the inbox does once the effects are stored —
  const allPrefix = `${prefix}-all${tag}`;
  const allStore = new RedisReportStore(redis, { prefix: allPrefix, rawRetentionDays: 180, logger: silentLogger });
  const allKeys = createKeys(allPrefix);
  const byTownship = new Map<string, MessageWrite[]>();
  for (const m of msgs) byTownship.set(m.township, [...(byTownship.get(m.township) ?? []), m]);
  const m3 = await usedMemory(redis);
  const t = performance.now();
  await Promise.all(
    [...byTownship].map(async ([township, list]) => {
      // Each message is claimed at its own time, as it is when it arrives: the claims of a township fall in the
      // buckets of their day (a quarter day each), not all 87 days' in one.
      let clock = 0;
      const queue = createRedisQueue({ redis, keys: allKeys, township, queue: 'inbox', consumer: 'bench', now: () => clock });
      for (let i = 0; i < list.length; i += 200) {
        const chunk = list.slice(i, i + 200);
        await Promise.all(
          chunk.map((m) => {
            clock = Date.parse(m.raw.at);
            return queue.enqueue(`wecom:${m.raw.msgId}`, encodeInbound({ platform: 'wecom', msgId: m.raw.msgId, chatId: m.raw.chatId, userId: m.raw.senderId, text: m.raw.text, at: new Date(m.raw.at) }), DEDUPE_TTL);
          }),
        );
        const byId = new Map(chunk.map((m) => [m.raw.msgId, m]));
        const entries = await queue.read(chunk.length, 10);
        await Promise.all(
          entries.map(async (e) => {
            await allStore.applyMessage(byId.get((JSON.parse(e.payload) as { msgId: string }).msgId)!);
            await queue.ack(e.id);
          }),
        );
      }
      await queue.close();
    }),
  );
  const allSec = (performance.now() - t) / 1000;
  const allIn = (await usedMemory(redis)) - m3;
  // What each part holds: drop its keys and see how much memory goes with them.
  const dropped = async (pattern: string) => {
    const before = await usedMemory(redis);
    let cursor = '0';
    do {
      const [c, ks] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 5000);
      cursor = c;
      if (ks.length) await redis.del(...ks);
    } while (cursor !== '0');
    return before - (await usedMemory(redis));
  };
  const parts: [string, number][] = [];
  for (const [name, pattern] of [
    ['dedupe claims', `*${allPrefix}*:q:inbox:claims:*`],
    ['inbox stream (entries deleted)', `*${allPrefix}*:q:inbox`],
    ['raw audit copies', `*${allPrefix}*:raw*`], // with the names hash their chat and sender numbers point into
    ['report versions', `*${allPrefix}*:ver:*`],
    ['aggregates (day, half-month, year)', `*${allPrefix}*:a[dhy]:*`],
    ['key persons, last message', `*${allPrefix}*:k[ph]`],
  ] as const)
    parts.push([name, (await dropped(pattern)) + (name === 'raw audit copies' ? await dropped(`*${allPrefix}*:names`) : 0)]);
  parts.push(['reports (day hashes) and the rest', allIn - parts.reduce((a, [, b]) => a + b, 0)]);
  console.log(`\nall-in, per message of ${TEXT_CHARS} characters, ${label} (inbox claim at the message's own time + stream entry, applyMessage, XACK + XDEL; ${f(msgs.length / allSec)} messages/s):`);
  console.log(`  total:                        ${f(allIn / msgs.length)} bytes/message   (target ≤ 600)`);
  for (const [name, b] of parts) console.log(`    ${name.padEnd(36)} ${f(b / msgs.length).padStart(5)}`);
  // Capacity: one message per unit and day; reports, versions and aggregates kept DAY_TTL_DAYS, raw copies
  // RAW_RETENTION_DAYS (default 180), claims DEDUPE_TTL (one day); key-person histories counted as growing like
  // reports (an upper bound: they are per person, and the last-message hash is per sender).
  const per = (name: string) => (parts.find(([n]) => n === name)?.[1] ?? 0) / msgs.length;
  const unitBytes =
    DAY_TTL_DAYS * (per('reports (day hashes) and the rest') + per('report versions') + per('aggregates (day, half-month, year)') + per('inbox stream (entries deleted)') + per('key persons, last message')) +
    180 * per('raw audit copies') +
    per('dedupe claims');
  console.log(`  capacity: ${(unitBytes / 2 ** 20).toFixed(2)} MB per unit kept (${DAY_TTL_DAYS} days of reports, 180 of raw copies); one GB of Redis holds ${f(2 ** 30 / unitBytes / 50)} townships of 50 units, ${f(2 ** 30 / unitBytes / 1000)} of 1,000 units`);
}

async function runPool<T>(items: readonly T[], fn: (x: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function main() {
  const own = process.env.REDIS_URL ? undefined : await startRedisServer();
  const url = process.env.REDIS_URL ?? `redis://127.0.0.1:${own!.port}`;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
  redis.on('error', () => {});
  const prefix = `bench-${randomUUID().slice(0, 8)}`;
  const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 180, logger: silentLogger });
  const keys = createKeys(prefix);
  try {
    const units = makeUnits();
    const msgs = makeMessages(units, REPORTS);
    const reports = msgs.reduce((s, m) => s + m.put.length, 0);
    const kinds = new Map<string, number>();
    for (const m of msgs) for (const r of m.put) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const days = new Set(msgs.map((m) => m.put[0]!.date)).size;
    console.log(`redis ${(await redis.info('server')).match(/redis_version:(\S+)/)?.[1]}; ${reports} reports in ${msgs.length} messages, ${units.length} units in ${TOWNSHIPS} townships over ${days} days`);
    console.log(`  kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);

    // — baseline: one plain SET of the full JSON per report, pipelined —
    const m0 = await usedMemory(redis);
    let t = performance.now();
    for (let i = 0; i < msgs.length; i += 1000) {
      const p = redis.pipeline();
      for (const m of msgs.slice(i, i + 1000)) for (const r of m.put) p.set(`${prefix}:base:${r.unit}:${r.date}:${r.meta.id}`, JSON.stringify(r));
      await p.exec();
    }
    const baseSec = (performance.now() - t) / 1000;
    const baseBytes = (await usedMemory(redis)) - m0;
    let cursor = '0';
    do {
      const [c, ks] = await redis.scan(cursor, 'MATCH', `${prefix}:base:*`, 'COUNT', 5000);
      cursor = c;
      if (ks.length) await redis.unlink(...ks);
    } while (cursor !== '0');

    // — the store: applyMessage with CONCURRENCY messages in flight —
    const m1 = await usedMemory(redis);
    t = performance.now();
    await runPool(msgs, (m) => store.applyMessage(m));
    const storeSec = (performance.now() - t) / 1000;
    const withRaw = (await usedMemory(redis)) - m1;
    // Raw messages (audit) counted apart: drop their keys and see how much memory they held.
    const m2 = await usedMemory(redis);
    const rawKeys = [...new Set(msgs.map((m) => keys.rawLog(m.township, m.raw.at.slice(0, 10))))];
    for (const m of msgs) rawKeys.push(keys.rawLog(m.township, addDays(m.raw.at.slice(0, 10), 1)));
    for (let i = 0; i < rawKeys.length; i += 500) await redis.del(...rawKeys.slice(i, i + 500));
    const rawBytes = m2 - (await usedMemory(redis));
    const storeBytes = withRaw - rawBytes;

    await allInPhase(redis, prefix, '', 'Redis defaults', msgs);
    if (own) {
      // Small hashes as listpacks (see README): the day, raw and version hashes of a township stay compact.
      await redis.config('SET', 'hash-max-listpack-value', '1024');
      await redis.config('SET', 'hash-max-listpack-entries', '512');
      await allInPhase(redis, prefix, '-lp', 'hash-max-listpack-value 1024, -entries 512', msgs);
    }

    // — getDay of a 10,000-unit township-day (the digest's read) —
    const bigUnits: Unit[] = Array.from({ length: BIG_DAY_UNITS }, (_, i) => ({ ...units[i % units.length]!, township: '大镇', name: `单位${i}` }));
    await runPool(bigUnits, (u) => store.applyMessage(message(u, '2026-11-23')));
    const times: number[] = [];
    let day = new Map();
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      day = await store.getDay('大镇', '2026-11-23');
      times.push(performance.now() - t);
    }
    const getDayMs = times.sort((a, b) => a - b)[2]!;
    // Baseline for the read: the same HGETALL without decoding or validation.
    const rawTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await redis.hgetall(keys.day('大镇', '2026-11-23'));
      rawTimes.push(performance.now() - t);
    }
    const hgetallMs = rawTimes.sort((a, b) => a - b)[2]!;
    const enc = await redis.object('ENCODING', keys.day(units[0]!.township, '2026-11-23'));

    const f = (n: number) => n.toFixed(0);
    console.log('\nmemory (INFO memory used_memory delta)');
    console.log(`  store, reports only:          ${f(storeBytes / reports)} bytes/report   (target ≤ 400)`);
    console.log(`  store, with raw audit msgs:   ${f(withRaw / reports)} bytes/report   (raw: ${f(rawBytes / msgs.length)} bytes/message)`);
    console.log(`  baseline SET of full JSON:    ${f(baseBytes / reports)} bytes/report`);
    console.log(`  ratio store/baseline:         ${(storeBytes / baseBytes).toFixed(2)} (reports only), ${(withRaw / baseBytes).toFixed(2)} (with raw)`);
    console.log(`  day hash encoding (${UNITS_PER_TOWNSHIP} units): ${enc}`);
    console.log('\nthroughput');
    console.log(`  store applyMessage (${CONCURRENCY} in flight, Lua, raw kept): ${f(reports / storeSec)} reports/s (${f(msgs.length / storeSec)} messages/s)`);
    console.log(`  baseline pipelined SET:       ${f(reports / baseSec)} reports/s`);
    console.log(`  ratio store/baseline:         ${(baseSec / storeSec).toFixed(2)}`);
    console.log(`\ngetDay of one township-day with ${day.size} units: ${getDayMs.toFixed(0)} ms median of 5 (zod-validated); bare HGETALL ${hgetallMs.toFixed(0)} ms`);
    console.log(`load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  } finally {
    await unlinkPrefix(redis, prefix);
    await redis.quit();
    if (own) {
      await stopRedisServer(own.proc);
      rmSync(own.dir, { recursive: true, force: true });
    }
  }
}

await main();
