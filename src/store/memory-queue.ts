import { deadLetter, type DeadLetter, type DurableQueue, type QueueEntry } from './durable-queue.js';

export interface MemoryQueueOptions {
  /**
   * The dedupe claim. Defaults to a map kept here; the inbox passes the store's claimOnce so a store that is
   * "away" (tests) fails the enqueue the way Redis would.
   */
  claim?: (id: string, ttlSeconds: number) => Promise<boolean>;
  now?: () => number;
}

/** The in-memory DurableQueue: one process, one consumer; what it holds is lost on exit (like the memory store). */
export function createMemoryQueue(o: MemoryQueueOptions = {}): DurableQueue {
  const now = o.now ?? Date.now;
  const claims = new Map<string, number>();
  const claim =
    o.claim ??
    (async (id: string, ttl: number) => {
      const t = now();
      const until = claims.get(id);
      if (until !== undefined && until > t) return false;
      claims.set(id, t + ttl * 1000);
      if (claims.size > 10_000) for (const [k, u] of claims) if (u <= t) claims.delete(k);
      return true;
    });
  const entries = new Map<string, { payload: string; deliveredAt?: number }>();
  const tries = new Map<string, number>();
  const dead: DeadLetter[] = [];
  let seq = 0;
  let closed = false;
  let wake: (() => void) | undefined;

  const take = (count: number): QueueEntry[] => {
    const out: QueueEntry[] = [];
    for (const [id, e] of entries) {
      if (out.length >= count) break;
      if (e.deliveredAt !== undefined) continue;
      e.deliveredAt = now();
      out.push({ id, payload: e.payload });
    }
    return out;
  };

  return {
    async enqueue(dedupeId, payload, ttlSeconds) {
      if (!(await claim(dedupeId, ttlSeconds))) return 'duplicate';
      entries.set(`${now()}-${++seq}`, { payload });
      wake?.();
      return 'accepted';
    },
    async read(count, blockMs) {
      if (closed) return [];
      const first = take(count);
      if (first.length || blockMs <= 0) return first;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, blockMs);
        timer.unref(); // an idle consumer does not keep the process alive
        function done() {
          clearTimeout(timer);
          if (wake === done) wake = undefined;
          resolve();
        }
        wake = done;
      });
      return closed ? [] : take(count);
    },
    async reclaim(minIdleMs, count) {
      const out: QueueEntry[] = [];
      const t = now();
      for (const [id, e] of entries) {
        if (out.length >= count) break;
        if (e.deliveredAt === undefined || t - e.deliveredAt < minIdleMs) continue;
        e.deliveredAt = t;
        out.push({ id, payload: e.payload });
      }
      return out;
    },
    async ack(id) {
      entries.delete(id);
      tries.delete(id);
    },
    async fail(entry, error, maxAttempts) {
      const attempts = (tries.get(entry.id) ?? 0) + 1;
      if (attempts < maxAttempts) {
        tries.set(entry.id, attempts);
        return { attempts, dead: false };
      }
      dead.push(deadLetter(entry, error, attempts, new Date(now())));
      entries.delete(entry.id);
      tries.delete(entry.id);
      return { attempts, dead: true };
    },
    async deadLetters() {
      return dead.map((d) => ({ ...d }));
    },
    async size() {
      return entries.size;
    },
    async close() {
      closed = true;
      wake?.();
    },
  };
}
