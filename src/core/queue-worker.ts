import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { DurableQueue, QueueEntry } from '../store/durable-queue.js';

// The consumer side both durable queues share (the inbox's messages, the outbox's sends): read up to the free slots,
// hand each entry to `handle` once per process, take over entries another consumer left idle, and keep reading through
// an outage without flooding the log. What an entry means, and when it is acknowledged, stays with the caller.
//
// An entry handed out before (deliveries > 1: read back after a restart, or taken over from a consumer that went
// silent) may be the one that killed that consumer. It is handled alone, once nothing else is under way, and taken
// over one at a time: if it kills this process too, only its own delivery count has grown, so a count cap
// (inbox.ts) parks the culprit and never the entries that happened to be read beside it.

const RECENT_DONE = 10_000;

export interface QueueWorkerOptions {
  /** For log lines: 'inbox' or 'outbox'. */
  name: string;
  queue: Pick<DurableQueue, 'read' | 'reclaim'>;
  /** Handles one entry; a throw is logged and the entry, not acknowledged, is handed out again later. */
  handle(e: QueueEntry): Promise<void>;
  logger: Logger;
  maxInFlight: number;
  /** How long a blocked read waits before looking again (also bounds how long stopping waits for it). */
  blockMs: number;
  /** An entry taken and not acknowledged for this long belongs to a consumer that died: take it over. */
  reclaimIdleMs: number;
  reclaimEveryMs: number;
  /** What waits in Redis while it is away, and what was taken over: 'messages', 'sends'. */
  what: string;
  /** How many of the free slots may be filled now (yield-gate.ts: fewer while the HTTP thread is busy). */
  admit?: (wanted: number) => Promise<number>;
}

export interface QueueWorker {
  /** Entries being handled here. */
  readonly inFlight: ReadonlySet<Promise<void>>;
  /** Starts reading and taking over; the promise resolves once stopped and the read under way has returned. */
  start(): Promise<void>;
  /** Stops reading and taking over (entries under way go on); call the queue's close() to end a blocked read. */
  stop(): void;
}

export function createQueueWorker(o: QueueWorkerOptions): QueueWorker {
  const { queue, logger, name } = o;
  const inFlight = new Set<Promise<void>>();
  // Ids handled here: a re-read of our own pending list (after a reconnect) or a reclaim may hand them out again.
  const active = new Set<string>();
  // Ids handled here to the end, the latest RECENT_DONE: a re-read of our pending list that raced with their
  // acknowledgement (read before it landed, handed out after) would hand them out again. Stream ids are never
  // reused, so one seen here is done; an acknowledgement that Redis lost (a restart from an older snapshot) leaves
  // it pending, and it is handled again once it has left this window (effects are keyed: nothing twice).
  const done = new Set<string>();
  let stopped = false;
  let slot: (() => void) | undefined;
  let reclaimTimer: NodeJS.Timeout | undefined;
  let reclaimDue = false;

  function run(e: QueueEntry): Promise<void> | undefined {
    if (active.has(e.id) || done.has(e.id)) return undefined;
    active.add(e.id);
    const p = o
      .handle(e)
      .then(() => {
        done.add(e.id);
        if (done.size > RECENT_DONE) done.delete(done.values().next().value as string);
      })
      .catch((err: unknown) => logger.error({ err, entry: e.id }, `${name} entry not acknowledged; it will be handled again`))
      .finally(() => {
        active.delete(e.id);
        inFlight.delete(p);
        slot?.();
      });
    inFlight.add(p);
    return p;
  }

  const suspect = (e: QueueEntry) => (e.deliveries ?? 1) > 1;

  /** Handles a suspect entry with nothing else under way. */
  async function alone(e: QueueEntry): Promise<void> {
    while (inFlight.size) await Promise.allSettled([...inFlight]);
    await run(e);
  }

  /** Takes over what other consumers left idle, one entry at a time, each handled alone. */
  async function takeOver(): Promise<void> {
    reclaimDue = false;
    let taken = 0;
    while (!stopped && taken < o.maxInFlight) {
      const [e] = await queue.reclaim(o.reclaimIdleMs, 1);
      if (!e) break;
      if (active.has(e.id) || done.has(e.id)) continue;
      if (taken++ === 0) logger.warn({ entry: e.id }, `${name}: taking over ${o.what} another consumer left unfinished`);
      await alone(e);
    }
  }

  async function loop(): Promise<void> {
    let failures = 0;
    let logged = false;
    while (!stopped) {
      if (reclaimDue) {
        await takeOver().catch(() => undefined);
        continue;
      }
      if (inFlight.size >= o.maxInFlight) {
        await new Promise<void>((r) => {
          slot = r;
        });
        slot = undefined;
        continue;
      }
      let free = o.maxInFlight - inFlight.size;
      if (o.admit) {
        free = await o.admit(free);
        if (stopped) break;
        if (free <= 0) continue;
      }
      let entries: QueueEntry[];
      try {
        entries = await queue.read(free, o.blockMs);
        failures = 0;
        logged = false;
      } catch (err) {
        if (stopped) break;
        failures++;
        if (!logged) logger.error({ err }, `${name}: cannot read the queue (Redis away?); ${o.what} wait in Redis until it answers`);
        logged = true;
        await sleep(Math.min(2000, 100 * failures));
        continue;
      }
      for (const e of entries) {
        // Being handled here already (a re-read after a reconnect): waiting for it would hand it out a second time.
        if (active.has(e.id) || done.has(e.id)) continue;
        if (suspect(e)) await alone(e);
        else run(e);
      }
    }
  }

  return {
    inFlight,
    start() {
      reclaimTimer = setInterval(() => {
        if (stopped) return;
        reclaimDue = true;
        slot?.();
      }, o.reclaimEveryMs);
      reclaimTimer.unref();
      return loop();
    },
    stop() {
      stopped = true;
      if (reclaimTimer) clearInterval(reclaimTimer);
      slot?.();
    },
  };
}
