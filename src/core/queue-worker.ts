import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { DurableQueue, QueueEntry } from '../store/durable-queue.js';

// The consumer side both durable queues share (the inbox's messages, the outbox's sends): read up to the free slots,
// hand each entry to `handle` once per process, take over entries another consumer left idle, and keep reading through
// an outage without flooding the log. What an entry means, and when it is acknowledged, stays with the caller.

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
  let stopped = false;
  let slot: (() => void) | undefined;
  let reclaimTimer: NodeJS.Timeout | undefined;

  function run(e: QueueEntry): void {
    if (active.has(e.id)) return;
    active.add(e.id);
    const p = o
      .handle(e)
      .catch((err: unknown) => logger.error({ err, entry: e.id }, `${name} entry not acknowledged; it will be handled again`))
      .finally(() => {
        active.delete(e.id);
        inFlight.delete(p);
        slot?.();
      });
    inFlight.add(p);
  }

  async function loop(): Promise<void> {
    let failures = 0;
    let logged = false;
    while (!stopped) {
      if (inFlight.size >= o.maxInFlight) {
        await new Promise<void>((r) => {
          slot = r;
        });
        slot = undefined;
        continue;
      }
      let entries: QueueEntry[];
      try {
        entries = await queue.read(o.maxInFlight - inFlight.size, o.blockMs);
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
      for (const e of entries) run(e);
    }
  }

  return {
    inFlight,
    start() {
      reclaimTimer = setInterval(() => {
        if (stopped || inFlight.size >= o.maxInFlight) return;
        void queue
          .reclaim(o.reclaimIdleMs, o.maxInFlight - inFlight.size)
          .then((es) => {
            if (es.length) logger.warn({ count: es.length }, `${name}: took over ${o.what} another consumer left unfinished`);
            for (const e of es) run(e);
          })
          .catch(() => undefined);
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
