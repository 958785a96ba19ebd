import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cluster, Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import type { IsoDate } from '../../src/dates.js';
import { silentLogger } from '../../src/logger.js';
import { openJournal } from '../../src/ops/journal.js';
import { createRedisClient, parseRedisUrl } from '../../src/store/create-store.js';
import { createKeys } from '../../src/store/keys.js';
import { createRedisQueue } from '../../src/store/redis-queue.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { makeDeps, sampleRoster } from '../support/make-deps.js';
import { startRedisServer, stopRedisServer } from '../support/redis-global-setup.js';

// Nothing lost when Redis is away: a stream of reports goes through the real Inbox (its Redis stream), the real
// handlers and the Redis store; the redis-server is stopped in the middle of the stream (messages still being
// handled), the stream goes on into the local journal, Redis restarts on the same port and data directory, the
// journal is moved into the inbox stream, and every report is found stored exactly once, every message answered
// exactly once.

const roster = sampleRoster();
const units = roster.units.map((u) => ({ name: u.name, member: u.members[0]?.id as string }));
const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06'] as IsoDate[];

/** One zero report per unit and day: every message stores a report of its own. */
const stream: { msg: InboundMessage; unit: string; day: IsoDate }[] = DAYS.flatMap((day, d) =>
  units.map((u, i) => ({
    unit: u.name,
    day,
    msg: { platform: 'wecom' as const, msgId: `out-${d}-${i}`, chatId: 'units-chat', userId: u.member, text: `${u.name}今日零报告`, at: new Date(`${day}T09:${String(10 + i).padStart(2, '0')}:00+08:00`) },
  })),
);

const dirs: string[] = [];
let redisProc: ChildProcess | undefined;
let client: Redis | Cluster | undefined;
afterAll(async () => {
  client?.disconnect();
  if (redisProc) await stopRedisServer(redisProc);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('Redis outage in the middle of a message stream', () => {
  it('stores every report exactly once and answers every message once', async () => {
    const first = await startRedisServer();
    redisProc = first.proc;
    dirs.push(first.dir);
    const url = `redis://127.0.0.1:${first.port}`;
    client = createRedisClient(parseRedisUrl(url), silentLogger);
    // The helper starts Redis without persistence; production runs with AOF. Save on shutdown so the restart
    // below finds what was written before the stop, as a restarted production Redis would.
    await client.config('SET', 'save', '3600 1');
    const prefix = `t-${randomUUID()}`;
    const store = new RedisReportStore(client, { prefix, rawRetentionDays: 30, logger: silentLogger });
    const queue = createRedisQueue({ redis: client, keys: createKeys(prefix), township: roster.township, queue: 'inbox', consumer: 'outage-test' });

    const journalDir = mkdtempSync(join(tmpdir(), 'wwb-outage-'));
    dirs.push(journalDir);
    const journalPath = join(journalDir, 'data', 'journal.jsonl');
    const journal = await openJournal({ path: journalPath, logger: silentLogger });
    const { deps, sent } = makeDeps({ store, now: '2026-10-07T12:00:00+08:00' });
    const third = Math.floor(stream.length / 3);
    // The last few messages before the stop are still being handled when Redis dies: they are in the stream, their
    // dispatch reaches the store only after the stop (a slow handler); they stay pending and are retried.
    const inFlightAtStop = new Set(stream.slice(third - 4, third).map((s) => s.msg.msgId));
    let redisStopped: () => void = () => {};
    const stopped = new Promise<void>((r) => {
      redisStopped = r;
    });
    const dispatch = createDispatch(deps);
    const inbox = createInbox({
      store,
      logger: silentLogger,
      metrics: deps.metrics,
      dedupeTtlSeconds: 86_400,
      journal,
      queue,
      claimTimeoutMs: 500,
      dispatch: async (m, source) => {
        if (inFlightAtStop.has(m.msgId)) await stopped;
        return dispatch(m, source);
      },
    });

    const results: string[] = [];
    // Before the outage: normal path. No drain before the stop, so some dispatches are still in flight.
    for (const s of stream.slice(0, third)) results.push(await inbox.accept(s.msg));
    await stopRedisServer(first.proc);
    redisStopped();
    // During the outage: every message must still be accepted (acknowledged) — from the journal.
    for (const s of stream.slice(third, 2 * third)) results.push(await inbox.accept(s.msg));
    // A platform redelivery during the outage must not be stored twice.
    results.push(await inbox.accept(stream[third]?.msg as InboundMessage));
    // Into the journal: every message of the outage, and the redelivery (dropped when the journal is replayed).
    const journaled = readFileSync(journalPath, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { claimed: boolean; msg: { msgId: string } });
    expect(journaled.map((e) => e.msg.msgId)).toEqual([...stream.slice(third, 2 * third), stream[third]].map((s) => s?.msg.msgId));
    expect(inbox.journalPending()).toBe(third + 1);
    expect(await inbox.recover()).toBeUndefined(); // Redis still away: nothing replayed

    const second = await startRedisServer(first.port, first.dir);
    redisProc = second.proc;
    for (let i = 0; i < 100 && !(await store.ping()); i++) await new Promise((r) => setTimeout(r, 100));
    // After the restart: the replay runs while new messages keep arriving; they queue behind the journal.
    const recovering = inbox.recover();
    for (const s of stream.slice(2 * third)) results.push(await inbox.accept(s.msg));
    await recovering;
    for (let i = 0; i < 50 && inbox.journalPending() > 0; i++) await inbox.recover();
    await inbox.drain();

    expect(results.every((r) => r === 'accepted')).toBe(true);
    expect(inbox.journalPending()).toBe(0);
    expect(statSync(journalPath).size).toBe(0);
    expect((await deps.metrics.journaled.get()).values[0]?.value ?? 0).toBeGreaterThanOrEqual(third);

    // Every report stored, by the message that sent it, once.
    const township = roster.township;
    let stored = 0;
    for (const day of DAYS) {
      const got = await store.getDay(township, day);
      for (const s of stream.filter((x) => x.day === day)) {
        expect(got.get(s.unit)?.zero?.meta.msgId, `${day} ${s.unit}`).toBe(s.msg.msgId);
        stored++;
      }
      const raws = (await store.rawMessages(township, day)).map((r) => r.msgId);
      expect(raws.sort()).toEqual(stream.filter((x) => x.day === day).map((x) => x.msg.msgId).sort());
    }
    expect(stored).toBe(stream.length);

    // Every message answered exactly once (a receipt), none twice.
    const replies = new Map<string, number>();
    for (const m of sent.filter((x) => x.kind === 'reply')) replies.set(m.replyTo?.msgId ?? '?', (replies.get(m.replyTo?.msgId ?? '?') ?? 0) + 1);
    expect(replies.size).toBe(stream.length);
    expect([...replies.values()].every((c) => c === 1)).toBe(true);

    // A redelivery after recovery is still recognised.
    expect(await inbox.accept(stream[third + 1]?.msg as InboundMessage)).toBe('duplicate');
    await inbox.stop();
    await journal.close();
  });
});
