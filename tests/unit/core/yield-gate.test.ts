import { describe, expect, it } from 'vitest';
import { createInbox } from '../../../src/core/inbox.js';
import type { InboundMessage } from '../../../src/core/message.js';
import { createYieldGate } from '../../../src/core/yield-gate.js';
import { silentLogger } from '../../../src/logger.js';
import { createMetrics } from '../../../src/ops/metrics.js';
import { FlakyStore } from '../../support/flaky-store.js';

const msg = (id: string, userId: string): InboundMessage => ({ platform: 'wecom', msgId: id, chatId: 'c1', userId, text: `message ${id}`, at: new Date('2026-10-01T01:00:00Z') });

describe('yield gate', () => {
  it('admits everything while not busy', async () => {
    const gate = createYieldGate({ busyBatch: 2, busyEveryMs: 10_000 });
    expect(await gate.admit(256)).toBe(256);
    expect(await gate.admit(256)).toBe(256);
  });

  it('while busy, admits busyBatch at a time, one batch per busyEveryMs', async () => {
    let t = 1_000;
    const gate = createYieldGate({ busyBatch: 3, busyEveryMs: 20, busyTtlMs: 60_000, now: () => t });
    gate.setBusy(true);
    expect(await gate.admit(256)).toBe(3);
    expect(await gate.admit(2)).toBe(2);
    // The second admit waited (20 ms of real time) for the next slot; the third finds its slot due on the clock.
    t += 20;
    expect(await gate.admit(256)).toBe(3);
  });

  it('opens again as soon as the HTTP thread is no longer busy, ending a wait under way', async () => {
    const gate = createYieldGate({ busyBatch: 1, busyEveryMs: 60_000 });
    gate.setBusy(true);
    expect(await gate.admit(10)).toBe(1);
    const waiting = gate.admit(10);
    gate.setBusy(false);
    expect(await waiting).toBe(10);
  });

  it('a busy signal that is not refreshed lapses after busyTtlMs (a lost "not busy" cannot stop the consumer)', async () => {
    let t = 0;
    const gate = createYieldGate({ busyBatch: 1, busyEveryMs: 5, busyTtlMs: 100, now: () => t });
    gate.setBusy(true);
    expect(await gate.admit(10)).toBe(1);
    t = 100;
    expect(await gate.admit(10)).toBe(10);
  });

  it('release() ends a wait (stop)', async () => {
    const gate = createYieldGate({ busyBatch: 1, busyEveryMs: 60_000 });
    gate.setBusy(true);
    await gate.admit(5);
    const waiting = gate.admit(5);
    gate.release();
    expect(await waiting).toBe(5);
  });
});

describe('Inbox consumer behind a yield gate', () => {
  it('handles only a trickle while busy, everything once the burst is over, each message once', async () => {
    const gate = createYieldGate({ busyBatch: 2, busyEveryMs: 40, busyTtlMs: 60_000 });
    gate.setBusy(true);
    const handled: string[] = [];
    const inbox = createInbox({
      store: new FlakyStore(),
      logger: silentLogger,
      metrics: createMetrics(),
      dedupeTtlSeconds: 600,
      admit: gate.admit,
      dispatch: async (m) => {
        handled.push(m.msgId);
      },
    });
    const ids = Array.from({ length: 40 }, (_, i) => `g${i}`);
    for (const [i, id] of ids.entries()) expect(await inbox.accept(msg(id, `u${i}`))).toBe('accepted');
    await new Promise((r) => setTimeout(r, 150));
    // About 150 / 40 + 1 slots of 2: far from the 40 queued.
    expect(handled.length).toBeGreaterThan(0);
    expect(handled.length).toBeLessThanOrEqual(10);
    gate.setBusy(false);
    await inbox.drain();
    expect([...handled].sort()).toEqual([...ids].sort());
    await inbox.stop();
  });
});
