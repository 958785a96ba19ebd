import { setTimeout as sleep } from 'node:timers/promises';

// How much the inbox's consumer may read while the HTTP thread is busy acknowledging.
//
// On a small machine the consumer (parse, handlers, their Redis writes, and the V8 compiler and GC work they bring
// onto the process's shared background threads) costs about twice what an acknowledgement costs, so both at full
// speed halve the acknowledgement rate. The consumer thread's lower priority (consumer-worker.ts) does not reach
// that background work nor redis-server's. So while the HTTP thread reports itself busy (consumer-thread.ts), the
// consumer takes a trickle of entries; the rest waits durably in the stream and is handled once the burst is over.
// bench:webhook (README) measured both ways side by side.

export interface YieldGateOptions {
  /**
   * While busy, at most this many entries are read… (default 16) …per this many milliseconds (default 1000: 16 a
   * second). Few and together: bench:webhook measured a message handled in a trickle at several times its CPU in a
   * batch (8 per 250 ms: about 1.4 ms of the consumer thread a message, against 0.2-0.4 ms in a drain).
   */
  busyBatch?: number;
  busyEveryMs?: number;
  /** Longest stretch the gate stays closed on one busy signal without a refresh (default 1000 ms). */
  busyTtlMs?: number;
  now?: () => number;
}

export interface YieldGate {
  /** The HTTP thread's state: busy until told otherwise, or until busyTtlMs has passed without another signal. */
  setBusy(busy: boolean): void;
  /** How many of `wanted` entries may be read now; waits for the next slot while busy. */
  admit(wanted: number): Promise<number>;
  /** Ends a wait under way (stop). */
  release(): void;
}

export function createYieldGate(o: YieldGateOptions = {}): YieldGate {
  const busyBatch = o.busyBatch ?? 16;
  const busyEveryMs = o.busyEveryMs ?? 1000;
  const busyTtlMs = o.busyTtlMs ?? 1000;
  const now = o.now ?? Date.now;
  let busyUntil = 0;
  let nextSlot = 0;
  let wake: AbortController | undefined;

  const busy = () => now() < busyUntil;

  return {
    setBusy(b) {
      busyUntil = b ? now() + busyTtlMs : 0;
      // A wait for the next slot ends at once when the HTTP thread is no longer busy.
      if (!b) wake?.abort();
    },
    async admit(wanted) {
      if (!busy()) return wanted;
      const wait = nextSlot - now();
      if (wait > 0) {
        wake = new AbortController();
        await sleep(wait, undefined, { signal: wake.signal }).catch(() => undefined);
        wake = undefined;
        if (!busy()) return wanted;
      }
      nextSlot = now() + busyEveryMs;
      return Math.min(wanted, busyBatch);
    },
    release() {
      busyUntil = 0;
      wake?.abort();
    },
  };
}
