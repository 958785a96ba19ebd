import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInbox } from '../../../src/core/inbox.js';
import { createOutbox } from '../../../src/core/outbox.js';
import type { InboundMessage } from '../../../src/core/message.js';
import { silentLogger } from '../../../src/logger.js';
import { openJournal } from '../../../src/ops/journal.js';
import { createMemoryQueue } from '../../../src/store/memory-queue.js';
import { createMetrics } from '../../../src/ops/metrics.js';
import type { ReportStore } from '../../../src/store/report-store.js';
import { FlakyStore } from '../../support/flaky-store.js';

const root = mkdtempSync(join(tmpdir(), 'wwb-inbox-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function msg(id: string, userId = 'u1'): InboundMessage {
  return { platform: 'dingtalk', msgId: id, chatId: 'c1', userId, text: `message ${id}`, at: new Date('2026-10-01T01:00:00Z') };
}

/**
 * A dispatch like the real one in shape: it writes the raw message through the store (so an outage makes it
 * fail) and records what it applied, in order.
 */
function recordingDispatch(store: ReportStore) {
  const applied: string[] = [];
  const dispatch = async (m: InboundMessage) => {
    await store.applyMessage({ township: 't', raw: { msgId: m.msgId, platform: m.platform, chatId: m.chatId, senderId: m.userId, at: m.at.toISOString(), text: m.text }, put: [] });
    applied.push(m.msgId);
  };
  return { applied, dispatch };
}

async function setup(o: { journal?: boolean; store?: ReportStore; claimTimeoutMs?: number; outageBackoffMs?: number } = {}) {
  const flaky = new FlakyStore();
  const store = o.store ?? flaky;
  const journal = o.journal === false ? undefined : await openJournal({ path: join(root, `j${++n}`, 'journal.jsonl'), logger: silentLogger });
  const metrics = createMetrics();
  const { applied, dispatch } = recordingDispatch(store);
  const inbox = createInbox({ store, logger: silentLogger, metrics, dedupeTtlSeconds: 600, dispatch, ...(journal ? { journal } : {}), ...(o.claimTimeoutMs ? { claimTimeoutMs: o.claimTimeoutMs } : {}), outageBackoffMs: o.outageBackoffMs ?? 0 });
  return { flaky, inbox, journal, metrics, applied };
}

describe('Inbox with Redis up', () => {
  it('accepts once, drops redeliveries, dispatches after accept', async () => {
    const { inbox, applied, metrics } = await setup();
    expect(await inbox.accept(msg('a'))).toBe('accepted');
    expect(await inbox.accept(msg('a'))).toBe('duplicate');
    await inbox.drain();
    expect(applied).toEqual(['a']);
    expect((await metrics.duplicatesDropped.get()).values[0]?.value).toBe(1);
  });
});

describe('Inbox dispatch queue', () => {
  it('runs at most maxConcurrentDispatch handlers at once, starting them in arrival order, and drain waits for all', async () => {
    const store = new FlakyStore();
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const inbox = createInbox({
      store,
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      maxConcurrentDispatch: 3,
      dispatch: async (m) => {
        started.push(m.msgId);
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
      },
    });
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    for (const [i, id] of ids.entries()) expect(await inbox.accept(msg(id, `u${i}`))).toBe('accepted');
    await inbox.drain();
    expect(started).toEqual(ids);
    expect(peak).toBe(3);
    expect(running).toBe(0);
  });

  it("handles one sender's messages in a chat one after another, in order, beside other senders' messages", async () => {
    const store = new FlakyStore();
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const inbox = createInbox({
      store,
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      dispatch: async (m) => {
        running++;
        peak = Math.max(peak, running);
        log.push(`start ${m.msgId}`);
        // The first message of u1 is the slowest: its correction must still come after it.
        await new Promise((r) => setTimeout(r, m.msgId === 'a1' ? 30 : 2));
        log.push(`end ${m.msgId}`);
        running--;
      },
    });
    for (const [id, user] of [['a1', 'u1'], ['b1', 'u2'], ['a2', 'u1'], ['b2', 'u2'], ['a3', 'u1']] as const) await inbox.accept(msg(id, user));
    await inbox.drain();
    const at = (e: string) => log.indexOf(e);
    expect(at('end a1')).toBeLessThan(at('start a2'));
    expect(at('end a2')).toBeLessThan(at('start a3'));
    expect(at('end b1')).toBeLessThan(at('start b2'));
    // u2's messages did not wait for u1's slow one.
    expect(at('end b2')).toBeLessThan(at('end a1'));
    expect(peak).toBe(2);
  });
});

describe('Inbox order within a chat', () => {
  it("handles a unit's head report before its team leader's 确认 and a leader's question after both, with the lane it is given", async () => {
    const log: string[] = [];
    const lanes: Record<string, string | null> = { head: 'unit:A', team: 'unit:A', other: 'unit:B', leader: null };
    const inbox = createInbox({
      store: new FlakyStore(),
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      lane: (m) => (m.userId in lanes ? (lanes[m.userId] as string | null) : `user:${m.userId}`),
      dispatch: async (m) => {
        log.push(`start ${m.msgId}`);
        // The report is the slowest: a 确认 of another sender of its unit must still come after it.
        await new Promise((r) => setTimeout(r, m.msgId === 'report' ? 30 : 2));
        log.push(`end ${m.msgId}`);
      },
    });
    for (const [id, user] of [['report', 'head'], ['other', 'other'], ['confirm', 'team'], ['who', 'leader'], ['after', 'other']] as const) await inbox.accept(msg(id, user));
    await inbox.drain();
    const at = (e: string) => log.indexOf(e);
    expect(at('end report')).toBeLessThan(at('start confirm'));
    expect(at('end other')).toBeLessThan(at('end report'));
    expect(at('end confirm')).toBeLessThan(at('start who'));
    expect(at('end who')).toBeLessThan(at('start after'));
  });
});

describe('Inbox during an outage', () => {
  it('journals and acknowledges while the store is down, then replays in order exactly once', async () => {
    const { flaky, inbox, journal, applied, metrics } = await setup();
    await inbox.accept(msg('a'));
    await inbox.drain();
    flaky.down = true;
    for (const id of ['b', 'c', 'd']) expect(await inbox.accept(msg(id))).toBe('accepted');
    await inbox.drain();
    expect(applied).toEqual(['a']);
    expect(inbox.journalPending()).toBe(3);
    expect((await metrics.journaled.get()).values[0]?.value).toBe(3);
    // Still down: recover() leaves the journal alone.
    expect(await inbox.recover()).toBeUndefined();
    expect(inbox.journalPending()).toBe(3);

    flaky.down = false;
    const r = await inbox.recover();
    expect(r).toMatchObject({ replayed: 3, truncated: true });
    await inbox.drain();
    expect(applied).toEqual(['a', 'b', 'c', 'd']);
    expect(inbox.journalPending()).toBe(0);
    // The replay set the dedupe claims: a late redelivery is dropped.
    expect(await inbox.accept(msg('c'))).toBe('duplicate');
    await inbox.drain();
    expect(applied).toEqual(['a', 'b', 'c', 'd']);
    await journal?.close();
  });

  it('keeps arrival order: a message arriving while the journal still holds older ones waits behind them', async () => {
    const { flaky, inbox, journal, applied } = await setup();
    flaky.down = true;
    await inbox.accept(msg('old'));
    flaky.down = false;
    // Redis is back but the journal is not replayed yet: the new message must not overtake the old one. It is
    // journaled behind it, its redelivery too (dropped when the journal is replayed).
    expect(await inbox.accept(msg('new'))).toBe('accepted');
    expect(await inbox.accept(msg('new'))).toBe('accepted');
    await inbox.recover();
    await inbox.drain();
    expect(applied).toEqual(['old', 'new']);
    expect(await inbox.accept(msg('new'))).toBe('duplicate');
    expect(inbox.journalPending()).toBe(0);
    await journal?.close();
  });

  it('keeps a message queued when the store goes away while it is handled, and handles it when the store is back', async () => {
    const { flaky, inbox, journal, applied } = await setup();
    flaky.failApplies = 2;
    expect(await inbox.accept(msg('x'))).toBe('accepted');
    await inbox.drain();
    expect(applied).toEqual(['x']);
    expect(inbox.journalPending()).toBe(0);
    expect(flaky.applied).toBe(1);
    expect(await inbox.deadLetters()).toEqual([]);
    await journal?.close();
  });

  it('stops the replay when the store fails again, and finishes it later', async () => {
    const { flaky, inbox, journal, applied } = await setup();
    flaky.down = true;
    for (const id of ['a', 'b', 'c']) await inbox.accept(msg(id));
    flaky.down = false;
    flaky.failClaims = 2; // queueing 'a' fails twice: the first replay stops at once
    const r1 = await inbox.recover();
    expect(r1).toMatchObject({ replayed: 0, remaining: 3 });
    const r2 = await inbox.recover();
    expect(r2).toMatchObject({ remaining: 3 });
    const r3 = await inbox.recover();
    expect(r3).toMatchObject({ replayed: 3, truncated: true });
    await inbox.drain();
    expect(applied).toEqual(['a', 'b', 'c']);
    await journal?.close();
  });

  it('right after a failure, journals without waiting for another claim (backoff), and still dedupes at replay', async () => {
    const { flaky, inbox, journal, applied } = await setup({ outageBackoffMs: 60_000 });
    flaky.down = true;
    await inbox.accept(msg('a'));
    flaky.down = false;
    // Within the backoff the claim is skipped: the redelivery is journaled too, and dropped inside the journal.
    expect(await inbox.accept(msg('b'))).toBe('accepted');
    expect(await inbox.accept(msg('b'))).toBe('accepted');
    const r = await inbox.recover();
    expect(r).toMatchObject({ replayed: 2, duplicates: 1 });
    await inbox.drain();
    expect(applied).toEqual(['a', 'b']);
    await journal?.close();
  });

  it('journals when the claim hangs (ioredis queueing while reconnecting) instead of missing the deadline', async () => {
    const flaky = new FlakyStore();
    const hanging: ReportStore = Object.assign(Object.create(flaky) as FlakyStore, { claimOnce: () => new Promise<boolean>(() => {}) });
    const { inbox, journal } = await setup({ store: hanging, claimTimeoutMs: 30 });
    expect(await inbox.accept(msg('h'))).toBe('accepted');
    expect(inbox.journalPending()).toBe(1);
    await journal?.close();
  });

  it('without a journal, a store outage fails the request so the platform retries', async () => {
    const { flaky, inbox } = await setup({ journal: false });
    flaky.down = true;
    await expect(inbox.accept(msg('a'))).rejects.toMatchObject({ status: 503, code: 'UNAVAILABLE' });
  });

  it('retries a handler that throws (not an outage) a bounded number of times, then parks it in the dead-letter list with an alert', async () => {
    const store = new FlakyStore();
    const journal = await openJournal({ path: join(root, `j${++n}`, 'journal.jsonl'), logger: silentLogger });
    let calls = 0;
    const alerts: string[] = [];
    const inbox = createInbox({
      store,
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      journal,
      maxAttempts: 3,
      retryDelayMs: 1,
      onDeadLetter: async (d) => void alerts.push(`${d.msg?.msgId}:${d.attempts}`),
      dispatch: async (m) => {
        calls++;
        if (m.msgId === 'a') throw new TypeError('bug');
      },
    });
    await inbox.accept(msg('a'));
    await inbox.accept(msg('b'));
    await inbox.drain();
    expect(calls).toBe(4);
    expect(inbox.journalPending()).toBe(0);
    const dead = await inbox.deadLetters();
    expect(dead.map((d) => [JSON.parse(d.payload).msgId, d.attempts, d.error])).toEqual([['a', 3, 'TypeError: bug']]);
    expect(alerts).toEqual(['a:3']);
    expect(await inbox.accept(msg('a'))).toBe('duplicate');
    await journal.close();
  });

  it('hands each run of a message the same send source, so a retry after a throw sends nothing twice', async () => {
    const delivered: string[] = [];
    const outbox = createOutbox({ queue: createMemoryQueue(), deliver: async (m) => void delivered.push(m.text), logger: silentLogger, metrics: createMetrics() });
    outbox.start();
    const sources: string[] = [];
    const inbox = createInbox({
      store: new FlakyStore(),
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      retryDelayMs: 1,
      dispatch: async (m, source) => {
        sources.push(source);
        await outbox.from(source).send({ platform: m.platform, chatId: m.chatId, kind: 'reply', text: `收到 ${m.msgId}`, mentions: [] });
        if (sources.length === 1) throw new TypeError('fails after its send, the first time');
      },
    });
    await inbox.accept(msg('s1'));
    await inbox.drain();
    await outbox.idle();
    expect(sources).toEqual(['msg:dingtalk:s1', 'msg:dingtalk:s1']);
    expect(delivered).toEqual(['收到 s1']);
    await outbox.stop();
  });
});
