import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import { isStoreUnavailable } from '../ops/store-unavailable.js';
import type { Notifier } from '../platforms/types.js';
import type { DurableQueue, QueueEntry } from '../store/durable-queue.js';
import type { OutboundMessage } from './message.js';
import { decodeOutbound, encodeOutbound } from './message-codec.js';
import { createQueueWorker } from './queue-worker.js';

// The outbox: the Notifier handlers and jobs call. send() only appends the message to a durable queue, under a
// claim per (source, recipient, kind, n), and returns; a worker delivers it through the platform clients and
// acknowledges it after the delivery. So:
// - a restart, a replay or a second instance handling the same message again makes the same claims: nothing is
//   sent twice (the source is the inbound message, set by the inbox around each dispatch);
// - a send not delivered when the process stops stays in the queue for the next start (shutdown takes seconds);
// - a handler never waits for a platform's rate window.
// The one send in doubt is a delivery that completed just before a crash and was not acknowledged yet: it is sent
// again (a receipt twice rather than none).


/** How long a send's claim is kept: longer than any redelivery or retry of its source. */
export const SEND_DEDUPE_TTL_SECONDS = 3 * 86_400;

export interface OutboxOptions {
  queue: DurableQueue;
  /** Delivers one message through the platform clients; throws when it could not (createNotifier with rethrow). */
  deliver: (msg: OutboundMessage) => Promise<void>;
  logger: Logger;
  metrics: Metrics;
  /** Deliveries handed to the clients at once (they queue per chat and pace to each platform's rate). */
  maxInFlight?: number;
  /** A send taken by an instance and not acknowledged for this long is taken over (that instance died). */
  reclaimIdleMs?: number;
  reclaimEveryMs?: number;
  /** How long a blocked read waits before looking again (also bounds how long stop() waits for it). */
  blockMs?: number;
}

export interface Outbox extends Notifier {
  /**
   * The notifier for one run of a source (e.g. `msg:wecom:<msgId>`, an inbound message): its n-th send of a kind to
   * a chat gets the claim `<source>|<platform>|<chat>|<kind>|<n>`, the same on every run of the same source. send()
   * of the outbox itself, outside any source (a job that claims its slot itself), makes every send its own.
   * Passed explicitly, not through AsyncLocalStorage: with one enabled, every promise of the thread pays its hooks
   * (bench:consume, 3 Dec: about a third more CPU per await).
   */
  from(source: string): Notifier;
  /** Starts the delivery worker. */
  start(): void;
  /** Stops taking sends from the queue; deliveries under way go on (close the clients to end them). */
  stop(): Promise<void>;
  /** Resolves when no delivery is under way; after stop(), when every delivery has ended (done or left queued). */
  settled(): Promise<void>;
  /** Resolves when the queue is empty and nothing is under way (tests, benchmarks). */
  idle(): Promise<void>;
}

export function createOutbox(o: OutboxOptions): Outbox {
  const { queue, logger, metrics } = o;
  const maxInFlight = o.maxInFlight ?? 512;
  const blockMs = o.blockMs ?? 1000;
  let stopped = false;
  let started = false;
  let loopDone: Promise<void> = Promise.resolve();

  async function send(claim: string, msg: OutboundMessage): Promise<void> {
    const res = await queue.enqueue(claim, encodeOutbound(msg), SEND_DEDUPE_TTL_SECONDS);
    if (res === 'duplicate') {
      metrics.sends.inc({ platform: msg.platform, outcome: 'duplicate' });
      logger.info({ platform: msg.platform, chatId: msg.chatId, kind: msg.kind }, 'send already made for this message; not sending again');
    }
  }

  async function sendOnce(claim: string, msg: OutboundMessage): Promise<boolean> {
    // The job's claim is the queue's own dedupe claim: claimed and queued in one Lua step (queue-scripts.ts).
    const res = await queue.enqueue(`job:${claim}`, encodeOutbound(msg), SEND_DEDUPE_TTL_SECONDS);
    if (res === 'duplicate') metrics.sends.inc({ platform: msg.platform, outcome: 'duplicate' });
    return res === 'accepted';
  }

  async function ackLater(id: string): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await queue.ack(id);
        return;
      } catch (err) {
        // Redis away: the entry stays with us and is delivered again after a restart (the one duplicate we accept).
        if (stopped || !isStoreUnavailable(err)) throw err;
        await sleep(Math.min(2000, 100 * (i + 1)));
      }
    }
  }

  async function handle(e: QueueEntry): Promise<void> {
    const msg = decodeOutbound(e.payload);
    if (!msg) {
      await queue.fail(e, 'undecodable outbox entry', 1);
      logger.error({ entry: e.id }, 'outbox entry could not be read; parked in the dead-letter list');
      return;
    }
    try {
      await o.deliver(msg);
    } catch (err) {
      // Stopping: the clients were closed under it; it was not delivered and stays queued for the next start.
      if (stopped) return;
      // The clients retry rate limits and transient faults for minutes before they give up: park it for an operator.
      metrics.sends.inc({ platform: msg.platform, outcome: 'dead' });
      logger.error({ err, platform: msg.platform, chatId: msg.chatId, kind: msg.kind }, 'send failed for good; parked in the outbox dead-letter list');
      await queue.fail(e, err instanceof Error ? err.message : String(err), 1);
      return;
    }
    await ackLater(e.id);
  }

  const worker = createQueueWorker({
    name: 'outbox',
    what: 'sends',
    queue,
    handle,
    logger,
    maxInFlight,
    blockMs,
    reclaimIdleMs: o.reclaimIdleMs ?? 120_000,
    reclaimEveryMs: o.reclaimEveryMs ?? 15_000,
  });
  const { inFlight } = worker;

  return {
    send: (msg) => send(`any:${randomUUID()}`, msg),
    sendOnce,
    from(source) {
      const seq = new Map<string, number>();
      return {
        send(msg) {
          const k = `${msg.platform}|${msg.chatId}|${msg.kind}`;
          const n = (seq.get(k) ?? 0) + 1;
          seq.set(k, n);
          return send(`${source}|${k}|${n}`, msg);
        },
        sendOnce,
      };
    },
    start() {
      if (started) return;
      started = true;
      loopDone = worker.start();
    },
    async stop() {
      stopped = true;
      worker.stop();
      await queue.close();
      await loopDone;
    },
    async settled() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    async idle() {
      while (inFlight.size || (await queue.size()) > 0) {
        if (stopped) return;
        await (inFlight.size ? Promise.race([...inFlight]) : sleep(5));
      }
    },
  };
}
