import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Journal, ReplayResult } from '../ops/journal.js';
import type { Metrics } from '../ops/metrics.js';
import { isStoreUnavailable, withStoreTimeout } from '../ops/store-unavailable.js';
import type { DurableQueue, QueueEntry } from '../store/durable-queue.js';
import { createMemoryQueue } from '../store/memory-queue.js';
import type { ReportStore } from '../store/report-store.js';
import type { InboundMessage } from './message.js';
import { createChatOrder } from './chat-order.js';
import { decodeInbound, encodeInbound } from './message-codec.js';
import { createQueueWorker } from './queue-worker.js';

/**
 * Where platform routes hand over a verified, translated message. `accept` makes the message durable (in the
 * inbox queue, or in the local journal while Redis is away) and dedupes on the platform's message id; only then
 * may the route acknowledge. Handlers run from the queue's consumer, never on the acknowledgement path.
 */
export interface Inbox {
  accept(msg: InboundMessage): Promise<'accepted' | 'duplicate'>;
  /** Resolves when every accepted message has been handled (tests, benchmarks). */
  drain(): Promise<void>;
}

/** What the inbox tells an operator when a message failed every attempt (main.ts: a line to the ops chat). */
export interface DeadLetterNotice {
  msg: InboundMessage | undefined;
  entryId: string;
  error: string;
  attempts: number;
}

export interface InboxOptions {
  store: ReportStore;
  logger: Logger;
  metrics: Metrics;
  dedupeTtlSeconds: number;
  /**
   * Runs the handlers for one message; required unless `consume` is false. Its sends are to be claimed under
   * `source` (the notifier's from(): createDispatch does it), so a second run of the message sends nothing twice.
   */
  dispatch?: (msg: InboundMessage, source: string) => Promise<void>;
  /**
   * Whether this inbox also consumes its queue (default true). main.ts sets false with Redis: the consumer runs in
   * its own thread (consumer-thread.ts), this one only accepts.
   */
  consume?: boolean;
  /**
   * The durable queue (redis-queue.ts in production). Default: an in-memory queue whose dedupe claim is the
   * store's claimOnce('message'), for the memory store and tests.
   */
  queue?: DurableQueue;
  /**
   * The local outage journal (src/ops/journal.ts). With it, a message that meets an unreachable Redis is written
   * to disk and acknowledged, then moved into the queue by `recover()`; without it the store error fails the
   * request and the platform retries (WeCom and DingTalk both redeliver a callback not answered with 200).
   */
  journal?: Journal;
  /** Longest wait for the enqueue before the message is journaled instead; well under WeCom's 5 s. */
  claimTimeoutMs?: number;
  /**
   * Handler dispatches running at once, and so the most entries one read of the queue takes (default 256: the
   * more run together, the more of their acknowledgements and sends share one Redis call; bench:consume, 3 Dec:
   * Redis CPU per message 114-119 µs against 152-187 µs with 64).
   */
  maxConcurrentDispatch?: number;
  /** After a store failure, messages skip the queue for this long and go straight to the journal (default 1000). */
  outageBackoffMs?: number;
  /** A handler that throws (not an outage) is tried this many times in all, then dead-lettered (default 3). */
  maxAttempts?: number;
  /**
   * A message handed out more often than this and never acknowledged is parked unhandled (default 5): handling it
   * ended the consumer each time (a crash, not a throw), and it would end every consumer that takes it over.
   */
  maxDeliveries?: number;
  /** Wait before the n-th retry: n × this (default 200 ms). */
  retryDelayMs?: number;
  /** A message taken by a consumer and not acknowledged for this long is taken over by another (default 60 s). */
  reclaimIdleMs?: number;
  reclaimEveryMs?: number;
  /** How long one blocked read of the queue waits (also bounds how long stop() waits for it). */
  blockMs?: number;
  /** Called once a message is parked in the dead-letter list, after the log line and the metric. */
  onDeadLetter?: (n: DeadLetterNotice) => Promise<void>;
  /**
   * The part of its chat a message can change, for the order of handling (chat-order.ts): a unit, the sender alone,
   * or null for the whole chat. Default: the sender alone (main.ts and the consumer thread ask the roster).
   */
  lane?: (msg: InboundMessage) => string | null;
  /** Limits the consumer's reads while the HTTP thread is busy (yield-gate.ts; the consumer thread sets it). */
  admit?: (wanted: number) => Promise<number>;
}

export interface JournalingInbox extends Inbox {
  /** Moves the journal into the queue if it holds anything and the store answers; at start-up and by the replayer. */
  recover(): Promise<ReplayResult | undefined>;
  /** Calls recover() every intervalMs until stopped (the timer does not keep the process alive). */
  startReplayer(intervalMs?: number): { stop(): void };
  /** Messages waiting in the journal (for /readyz). */
  journalPending(): number;
  /** Stops taking messages from the queue and waits for the handlers under way; the rest stays queued. */
  stop(): Promise<void>;
  /** The queue's dead letters (operators, tests). */
  deadLetters(): ReturnType<DurableQueue['deadLetters']>;
}

/*
 * Design (nothing answered 200 is lost, each message applied once):
 * 1. accept: one atomic step claims platform:msgId and appends the message to the queue (Lua: SET NX EX + XADD),
 *    so "claimed" always means "queued". Then the route answers 200.
 * 2. The consumer reads the queue (XREADGROUP), runs the handlers with the message as the source of their sends
 *    (outbox claims), and acknowledges (XACK + XDEL) after the effects. Report writes are keyed by message id and
 *    sends by (message, recipient, kind, n), so a second run of the same message changes nothing.
 * 3. A handler that throws is retried maxAttempts times in all, then parked in the dead-letter list with an alert.
 *    A store outage is not the message's fault: it stays with this consumer and is retried until Redis answers.
 * 4. A consumer that dies leaves its entries pending: the same instance reads them back at start-up (stable
 *    consumer name), another instance takes them over after reclaimIdleMs (XAUTOCLAIM). Those come back with
 *    their delivery count and are handled alone (queue-worker.ts); one delivered more than maxDeliveries times
 *    killed its consumer every time: it is parked with an alert instead of killing this one.
 * 6. A chat's messages are handled in the order they were queued wherever one can change what another reads: a
 *    correction or a 撤回 after the report, a team leader's 确认 after the village head's report, a leader's
 *    今天谁没报 after every report before it (chat-order.ts; `lane` says what a message can change). Other units'
 *    and other chats' messages are handled meanwhile.
 * 5. Redis unreachable at accept (error or claimTimeoutMs) → the message is journaled (fsync'd), then
 *    acknowledged. While the journal holds anything, new messages go to it too, so a correction never overtakes
 *    the report it corrects. recover() enqueues the journal in order: a 'duplicate' answer is right to drop (a
 *    timed-out enqueue that ran later from ioredis's offline queue queued the message itself, atomically).
 */
export function createInbox(o: InboxOptions): JournalingInbox {
  const { store, logger, metrics, journal } = o;
  const claimTimeoutMs = o.claimTimeoutMs ?? 2000;
  const outageBackoffMs = o.outageBackoffMs ?? 1000;
  const maxConcurrent = o.maxConcurrentDispatch ?? 256;
  const maxAttempts = o.maxAttempts ?? 3;
  const maxDeliveries = o.maxDeliveries ?? 5;
  const retryDelayMs = o.retryDelayMs ?? 200;
  const blockMs = o.blockMs ?? 1000;
  const queue = o.queue ?? createMemoryQueue({ claim: (id, ttl) => store.claimOnce('message', id, ttl) });
  const inFlight = new Set<Promise<unknown>>();
  let appending = 0;
  let outageLogged = false;
  let recovering: Promise<ReplayResult | undefined> | undefined;
  let kick: NodeJS.Timeout | undefined;
  let lastOutageAt = 0;
  let stopped = false;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };
  const key = (msg: InboundMessage) => `${msg.platform}:${msg.msgId}`;
  // Bounded in time only when a journal can take the message instead (see 5. above). Without one, a timed-out
  // call would fail the request while the enqueue may still land; we wait for Redis's own answer instead.
  const enqueue = (msg: InboundMessage) => {
    const p = queue.enqueue(key(msg), encodeInbound(msg), o.dedupeTtlSeconds);
    return journal ? withStoreTimeout(p, claimTimeoutMs, 'enqueue') : p;
  };
  const updateGauge = () => metrics.journalPending.set(journal?.pending() ?? 0);

  function duplicate(msg: InboundMessage): 'duplicate' {
    metrics.duplicatesDropped.inc({ platform: msg.platform });
    logger.info({ platform: msg.platform, msgId: msg.msgId }, 'redelivered message ignored');
    return 'duplicate';
  }

  async function toJournal(j: Journal, msg: InboundMessage, err?: unknown): Promise<void> {
    appending++;
    try {
      await j.append(msg, { claimed: false });
    } finally {
      appending--;
    }
    metrics.journaled.inc();
    updateGauge();
    if (err && !outageLogged) {
      outageLogged = true;
      logger.error({ err, journal: j.path }, 'Redis unreachable: messages are kept in the local journal and will be replayed when it answers');
    }
    logger.info({ platform: msg.platform, msgId: msg.msgId, pending: j.pending() }, 'message journaled');
  }

  // ————— the consumer —————

  /** Acknowledges after the effects; through a short outage too (else the message is handled again, harmlessly). */
  async function ack(e: QueueEntry): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await queue.ack(e.id);
        return;
      } catch (err) {
        if (stopped || !isStoreUnavailable(err)) throw err;
        await sleep(Math.min(2000, 100 * (i + 1)));
      }
    }
  }

  async function park(e: QueueEntry, msg: InboundMessage | undefined, error: string, attempts: number): Promise<void> {
    metrics.deadLetters.inc({ queue: 'inbox' });
    logger.error({ entry: e.id, platform: msg?.platform, msgId: msg?.msgId, attempts, error }, 'message failed in the handlers every time; parked in the dead-letter list for an operator');
    await o.onDeadLetter?.({ msg, entryId: e.id, error, attempts }).catch((err: unknown) => logger.error({ err }, 'dead-letter alert failed'));
  }

  // Each chat's messages in their order (chat-order.ts); the lane says which earlier messages one must follow.
  const order = createChatOrder();
  const laneOf = o.lane ?? ((msg: InboundMessage) => `user:${msg.userId}`);

  function handle(e: QueueEntry): Promise<void> {
    const msg = decodeInbound(e.payload);
    if (!msg) return queue.fail(e, 'undecodable inbox entry', 1).then((r) => park(e, undefined, 'undecodable inbox entry', r.attempts));
    if (e.deliveries !== undefined && e.deliveries > maxDeliveries) {
      const error = `delivered ${e.deliveries} times and never acknowledged: handling it ended the consumer each time`;
      return queue.fail(e, error, 1).then((r) => park(e, msg, error, r.attempts));
    }
    return order.after(`${msg.platform}\u0000${msg.chatId}`, laneOf(msg), () => apply(e, msg));
  }

  async function apply(e: QueueEntry, msg: InboundMessage): Promise<void> {
    for (let outage = 0; !stopped; ) {
      try {
        await dispatch(msg, `msg:${key(msg)}`);
      } catch (err) {
        if (isStoreUnavailable(err)) {
          // Not this message's fault: it stays ours, pending, and is tried again when Redis answers.
          outage++;
          if (outage === 1) logger.warn({ platform: msg.platform, msgId: msg.msgId }, 'store unreachable while handling a message; it stays queued and is retried');
          await sleep(Math.min(2000, 100 * outage));
          continue;
        }
        const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        const r = await queue.fail(e, error, maxAttempts);
        if (r.dead) return park(e, msg, error, r.attempts);
        logger.warn({ err, platform: msg.platform, msgId: msg.msgId, attempt: r.attempts, of: maxAttempts }, 'message failed in the handlers; retrying');
        await sleep(retryDelayMs * r.attempts);
        continue;
      }
      await ack(e);
      metrics.messagesHandled.inc();
      return;
    }
  }

  const consume = o.consume ?? true;
  const dispatch = o.dispatch ?? (() => Promise.reject(new Error('this inbox does not consume')));
  if (consume && !o.dispatch) throw new Error('createInbox: dispatch is required unless consume is false');
  const worker = !consume
    ? undefined
    : createQueueWorker({
    name: 'inbox',
    what: 'messages',
    queue,
    handle,
    logger,
    maxInFlight: maxConcurrent,
    blockMs,
    reclaimIdleMs: o.reclaimIdleMs ?? 60_000,
    reclaimEveryMs: o.reclaimEveryMs ?? 10_000,
    ...(o.admit ? { admit: o.admit } : {}),
  });
  const running: ReadonlySet<Promise<void>> = worker?.inFlight ?? new Set();
  const consuming = worker?.start() ?? Promise.resolve();

  // ————— the journal —————

  /** Journal mode: keep arrival order behind what is already journaled; dedupe happens when it is replayed. */
  async function acceptIntoJournal(j: Journal, msg: InboundMessage, cause?: unknown): Promise<'accepted'> {
    try {
      await track(toJournal(j, msg, cause));
    } catch (err) {
      // Not kept anywhere: the request must fail (503), so the platform redelivers it; never a 200.
      throw new AppError(ErrorCode.Unavailable, 'message not kept: Redis unreachable and the journal could not be written', {
        hint: `check free space and permissions of JOURNAL_PATH (${j.path}); the platform redelivers the message`,
        cause: err,
      });
    }
    metrics.messagesReceived.inc({ platform: msg.platform });
    if (!cause) scheduleRecover();
    return 'accepted';
  }

  function scheduleRecover(): void {
    if (kick || recovering) return;
    kick = setTimeout(() => {
      kick = undefined;
      void recover();
    }, 0);
  }

  async function replayStep(msg: InboundMessage): Promise<'done' | 'stop'> {
    try {
      if ((await enqueue(msg)) === 'duplicate') duplicate(msg);
      return 'done';
    } catch (err) {
      if (!isStoreUnavailable(err)) logger.error({ err, platform: msg.platform, msgId: msg.msgId }, 'journaled message could not be queued; the replay stops here and tries again later');
      return 'stop';
    }
  }

  async function recover(): Promise<ReplayResult | undefined> {
    if (!journal) return undefined;
    if (recovering) return recovering;
    if (journal.pending() === 0) return undefined;
    recovering = (async () => {
      try {
        if (!(await withStoreTimeout(store.ping(), claimTimeoutMs, 'ping').catch(() => false))) return undefined;
        const r = await journal.replay((e) => replayStep(e.msg));
        metrics.journalReplayed.inc(r.replayed);
        updateGauge();
        if (r.replayed || r.duplicates) logger.info({ ...r }, 'journal replayed');
        if (r.truncated) outageLogged = false;
        return r;
      } finally {
        recovering = undefined;
      }
    })();
    // A message journaled while the replay was finishing (after its last read) is picked up at once.
    void recovering.then((r) => {
      if (r && r.remaining === 0 && journal.pending() > 0) scheduleRecover();
    });
    return track(recovering);
  }

  return {
    async accept(msg) {
      if (journal && (journal.pending() > 0 || appending > 0 || recovering)) return acceptIntoJournal(journal, msg);
      // Right after a failure, do not make every message wait for another failing call: journal it at once.
      if (journal && Date.now() - lastOutageAt < outageBackoffMs) return acceptIntoJournal(journal, msg, new Error('outage backoff'));
      let res: 'accepted' | 'duplicate';
      try {
        res = await enqueue(msg);
      } catch (err) {
        if (!isStoreUnavailable(err)) throw err;
        if (!journal) throw new AppError(ErrorCode.Unavailable, 'message not kept: Redis unreachable', { hint: 'check REDIS_URL and that redis-server runs; the platform redelivers the message', cause: err });
        lastOutageAt = Date.now();
        return acceptIntoJournal(journal, msg, err);
      }
      if (res === 'duplicate') return duplicate(msg);
      metrics.messagesReceived.inc({ platform: msg.platform });
      return 'accepted';
    },
    async drain() {
      for (;;) {
        if (inFlight.size) await Promise.allSettled([...inFlight]);
        else if (running.size) await Promise.race([...running]);
        else if (stopped || (await queue.size()) === 0) {
          if (!running.size && !inFlight.size) return;
        } else await sleep(2); // queued and not read yet (the consumer is about to take it)
      }
    },
    recover,
    startReplayer(intervalMs = 5000) {
      const timer = setInterval(() => void recover().catch((err: unknown) => logger.error({ err }, 'journal replay failed')), intervalMs);
      timer.unref();
      return {
        stop() {
          clearInterval(timer);
          if (kick) clearTimeout(kick);
          kick = undefined;
        },
      };
    },
    journalPending: () => journal?.pending() ?? 0,
    async stop() {
      stopped = true;
      worker?.stop();
      await queue.close();
      await consuming;
      while (running.size) await Promise.allSettled([...running]);
    },
    deadLetters: () => queue.deadLetters(),
  };
}
