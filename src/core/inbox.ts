import type { Logger } from '../logger.js';
import type { Journal, ReplayResult } from '../ops/journal.js';
import type { Metrics } from '../ops/metrics.js';
import { isStoreUnavailable, withStoreTimeout } from '../ops/store-unavailable.js';
import type { ReportStore } from '../store/report-store.js';
import type { InboundMessage } from './message.js';

/**
 * Where platform routes hand over a verified, translated message. `accept` dedupes on the platform's message id
 * and returns at once; the message is dispatched to the handlers after the route has acknowledged, so a slow
 * handler or a slow outbound send never delays the platform's callback.
 */
export interface Inbox {
  accept(msg: InboundMessage): Promise<'accepted' | 'duplicate'>;
  /** Resolves when every accepted message has been dispatched (graceful shutdown, tests). */
  drain(): Promise<void>;
}

export interface InboxOptions {
  store: ReportStore;
  logger: Logger;
  metrics: Metrics;
  dedupeTtlSeconds: number;
  dispatch: (msg: InboundMessage) => Promise<void>;
  /**
   * The dispatch used when replaying the journal; defaults to `dispatch`. main.ts passes one built with
   * detachSends(notifier) so the in-order replay runs at store speed, not at the pace of rate-limited replies.
   */
  replayDispatch?: (msg: InboundMessage) => Promise<void>;
  /**
   * The local outage journal (src/ops/journal.ts). With it, a message that meets an unreachable Redis is written
   * to disk and acknowledged, then replayed by `recover()`; without it the store error fails the request and the
   * platform retries (WeCom and DingTalk both redeliver a callback that was not answered with 200).
   */
  journal?: Journal;
  /** Longest wait for the dedupe claim before the message is journaled instead; well under WeCom's 5 s. */
  claimTimeoutMs?: number;
  /** Handler dispatches running at once; the rest wait in arrival order (default 256). */
  maxConcurrentDispatch?: number;
  /** After a store failure, messages skip the claim for this long and go straight to the journal (default 1000). */
  outageBackoffMs?: number;
}

export interface JournalingInbox extends Inbox {
  /** Replays the journal if it holds anything and the store answers; called at start-up and by the replayer. */
  recover(): Promise<ReplayResult | undefined>;
  /** Calls recover() every intervalMs until stopped (the timer does not keep the process alive). */
  startReplayer(intervalMs?: number): { stop(): void };
  /** Messages waiting in the journal (for /readyz). */
  journalPending(): number;
}

/*
 * Outage design (nothing lost, each message stored once):
 * 1. The claim (SET NX EX on platform:msgId) fails or times out → the message is journaled (fsync'd) with
 *    claimed=false, then acknowledged.
 * 2. The claim worked but the dispatch failed because the store is unreachable (applyMessage inside a handler)
 *    → the message is journaled with claimed=true. This happens after the acknowledgement, so it is the dispatch
 *    error path, not the request's.
 * 3. While the journal holds anything, new messages go to the journal too (after a claim, if Redis answers), so
 *    the order cadres sent them in is the order they are applied in: a correction or 撤回 never overtakes the
 *    report it corrects.
 * 4. recover() replays in order. For an unclaimed entry it sets the claim (so later redeliveries are dropped)
 *    but dispatches whatever the claim answers: a claim that timed out while Redis was away may still have been
 *    executed later from ioredis's offline queue, so "already claimed" cannot tell our own late claim from a
 *    redelivery. Redeliveries are instead dropped inside the journal (same platform:msgId seen earlier in it),
 *    and the store's writes are idempotent per message id (report ids are msgId-based, raw messages keyed by
 *    msgId), so even the one entry in doubt after a crash mid-replay is stored once.
 * 5. A replayed dispatch that meets the outage again stops the replay; the entry stays for the next attempt.
 */
export function createInbox(o: InboxOptions): JournalingInbox {
  const { store, logger, metrics, journal } = o;
  const claimTimeoutMs = o.claimTimeoutMs ?? 2000;
  const outageBackoffMs = o.outageBackoffMs ?? 1000;
  const inFlight = new Set<Promise<unknown>>();
  let appending = 0;
  let outageLogged = false;
  let recovering: Promise<ReplayResult | undefined> | undefined;
  let kick: NodeJS.Timeout | undefined;
  let lastOutageAt = 0;

  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };
  // The claim is bounded in time only when a journal can take the message instead. Without one, a timed-out claim
  // would fail the request while the SET NX may still land, and the platform's retry would then be dropped as a
  // duplicate: so without a journal we wait for Redis's own answer (ioredis fails fast when disconnected).
  const claim = (msg: InboundMessage) => {
    const p = store.claimOnce('message', `${msg.platform}:${msg.msgId}`, o.dedupeTtlSeconds);
    return journal ? withStoreTimeout(p, claimTimeoutMs, 'claimOnce') : p;
  };
  const updateGauge = () => metrics.journalPending.set(journal?.pending() ?? 0);

  function duplicate(msg: InboundMessage): 'duplicate' {
    metrics.duplicatesDropped.inc({ platform: msg.platform });
    logger.info({ platform: msg.platform, msgId: msg.msgId }, 'redelivered message ignored');
    return 'duplicate';
  }

  async function toJournal(j: Journal, msg: InboundMessage, claimed: boolean, err?: unknown): Promise<void> {
    appending++;
    try {
      await j.append(msg, { claimed });
    } finally {
      appending--;
    }
    metrics.journaled.inc();
    updateGauge();
    if (err && !outageLogged) {
      outageLogged = true;
      logger.error({ err, journal: j.path }, 'Redis unreachable: messages are kept in the local journal and will be replayed when it answers');
    }
    logger.info({ platform: msg.platform, msgId: msg.msgId, claimed, pending: j.pending() }, 'message journaled');
  }

  // Dispatches run at most maxConcurrent at a time, first come first served: a bound on memory and on concurrent
  // Redis scripts if a flood arrives. It is generous on purpose: a handler awaits its reply, and a platform's
  // rate window (a WeCom group robot sends 20 messages a minute) can hold a send for a minute; a small bound would
  // then hold back the store writes of every later message too.
  const maxConcurrent = o.maxConcurrentDispatch ?? 256;
  let waiting: InboundMessage[] = [];
  let head = 0;
  let running = 0;
  let idle: { promise: Promise<void>; resolve: () => void } | undefined;

  function dispatchLater(msg: InboundMessage): void {
    waiting.push(msg);
    pump();
  }

  function pump(): void {
    while (running < maxConcurrent && head < waiting.length) {
      const msg = waiting[head++] as InboundMessage;
      if (head > 1024 && head * 2 > waiting.length) {
        waiting = waiting.slice(head);
        head = 0;
      }
      running++;
      setImmediate(() => {
        void dispatchOne(msg).finally(() => {
          running--;
          pump();
          if (running === 0 && head >= waiting.length && idle) {
            idle.resolve();
            idle = undefined;
          }
        });
      });
    }
  }

  function dispatchIdle(): Promise<void> {
    if (running === 0 && head >= waiting.length) return Promise.resolve();
    if (!idle) {
      let resolve: () => void = () => {};
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      idle = { promise, resolve };
    }
    return idle.promise;
  }

  async function dispatchOne(msg: InboundMessage): Promise<void> {
    try {
      await o.dispatch(msg);
    } catch (err) {
      if (journal && isStoreUnavailable(err)) {
        lastOutageAt = Date.now();
        // The claim is ours already; keep the message for the replay instead of losing it.
        try {
          await track(toJournal(journal, msg, true, err));
        } catch (jerr) {
          logger.fatal({ err: jerr, platform: msg.platform, msgId: msg.msgId }, 'message LOST: store unreachable and journal not writable (check JOURNAL_PATH disk space and permissions)');
        }
        return;
      }
      logger.error({ err, platform: msg.platform, msgId: msg.msgId }, 'dispatch failed');
    }
  }

  /** Journal mode: keep arrival order behind what is already journaled. Claims first when Redis answers. */
  async function acceptIntoJournal(j: Journal, msg: InboundMessage): Promise<'accepted' | 'duplicate'> {
    let claimed = false;
    let cause: unknown;
    // Right after a failure, do not make every message wait for another failing claim: journal it at once.
    if (Date.now() - lastOutageAt >= outageBackoffMs) {
      try {
        if (!(await claim(msg))) return duplicate(msg);
        claimed = true;
      } catch (err) {
        if (!isStoreUnavailable(err)) throw err;
        lastOutageAt = Date.now();
        cause = err;
      }
    }
    await track(toJournal(j, msg, claimed, cause));
    metrics.messagesReceived.inc({ platform: msg.platform });
    if (claimed) scheduleRecover();
    return 'accepted';
  }

  function scheduleRecover(): void {
    if (kick || recovering) return;
    kick = setTimeout(() => {
      kick = undefined;
      void recover();
    }, 0);
  }

  async function replayStep(msg: InboundMessage, claimed: boolean): Promise<'done' | 'stop'> {
    if (!claimed) {
      try {
        await claim(msg); // sets the dedupe key for later redeliveries; its answer is not trusted (see above)
      } catch (err) {
        if (isStoreUnavailable(err)) return 'stop';
        throw err;
      }
    }
    try {
      await (o.replayDispatch ?? o.dispatch)(msg);
    } catch (err) {
      if (isStoreUnavailable(err)) return 'stop';
      // Not an outage: a bug or bad data in this one message. Log it and move on rather than block the journal.
      logger.error({ err, platform: msg.platform, msgId: msg.msgId }, 'replayed message failed in the handlers; skipped');
    }
    return 'done';
  }

  async function recover(): Promise<ReplayResult | undefined> {
    if (!journal) return undefined;
    if (recovering) return recovering;
    if (journal.pending() === 0) return undefined;
    recovering = (async () => {
      try {
        if (!(await withStoreTimeout(store.ping(), claimTimeoutMs, 'ping').catch(() => false))) return undefined;
        const r = await journal.replay((e, { inDoubt }) => {
          if (inDoubt) logger.warn({ platform: e.msg.platform, msgId: e.msg.msgId }, 'replaying the message that was in flight when the process stopped');
          return replayStep(e.msg, e.claimed);
        });
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
      let first: boolean;
      try {
        first = await claim(msg);
      } catch (err) {
        if (!journal || !isStoreUnavailable(err)) throw err;
        lastOutageAt = Date.now();
        await track(toJournal(journal, msg, false, err));
        metrics.messagesReceived.inc({ platform: msg.platform });
        return 'accepted';
      }
      if (!first) return duplicate(msg);
      metrics.messagesReceived.inc({ platform: msg.platform });
      dispatchLater(msg);
      return 'accepted';
    },
    async drain() {
      while (inFlight.size || running || head < waiting.length) await Promise.allSettled([...inFlight, dispatchIdle()]);
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
  };
}
