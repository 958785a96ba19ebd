// The durable-queue port: what the inbox (verified inbound messages) and the outbox (outbound sends) need of a
// store. Two implementations run one contract suite: Redis Streams with a consumer group (redis-queue.ts) and an
// in-memory queue for `npm start` without Redis (memory-queue.ts).
//
// Delivery is at least once: an entry read and not acknowledged (the consumer crashed, or is still working) is
// read again by its consumer after a restart, or taken over by another one after it has been idle long enough.
// The effects of handling an entry are keyed by the entry's own identity (message id; message, recipient and
// kind for a send), so a second delivery finds them done.

export interface QueueEntry {
  id: string;
  payload: string;
  /**
   * How many times the entry was handed out, set when it comes back from a pending list (a restart under the same
   * consumer name, a takeover): above 1, a consumer took it before and died or gave up without acknowledging it.
   */
  deliveries?: number;
}

export interface DeadLetter {
  id: string;
  payload: string;
  /** The last error, as a short message (never a stack with message contents). */
  error: string;
  attempts: number;
  /** When it was parked (ISO instant). */
  at: string;
}

export interface DurableQueue {
  /**
   * Claims `dedupeId` for `ttlSeconds` and appends `payload`, as one atomic step: a claimed id is always in the
   * queue (or was handled). 'duplicate' when the id was claimed already: the payload is not appended.
   */
  enqueue(dedupeId: string, payload: string, ttlSeconds: number): Promise<'accepted' | 'duplicate'>;
  /**
   * Up to `count` entries for this consumer: first those it read before and never acknowledged (a previous run
   * under the same consumer name), one at a time and with their `deliveries`, then new ones. Waits up to
   * `blockMs` when there are none; [] after close().
   */
  read(count: number, blockMs: number): Promise<QueueEntry[]>;
  /** Entries read by any consumer and left unacknowledged for at least `minIdleMs` become this consumer's (with their `deliveries`). */
  reclaim(minIdleMs: number, count: number): Promise<QueueEntry[]>;
  /** Done: the entry leaves the queue. */
  ack(id: string): Promise<void>;
  /**
   * Counts a failed attempt. At `maxAttempts` the entry is parked in the dead-letter list and leaves the queue
   * (dead: true); before that it stays with this consumer for another attempt.
   */
  fail(entry: QueueEntry, error: string, maxAttempts: number): Promise<{ attempts: number; dead: boolean }>;
  /** The dead-letter list, oldest first. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Entries appended and not yet acknowledged or parked (all consumers). */
  size(): Promise<number>;
  /** Ends a blocked read (it returns []) and closes what the queue opened itself. Idempotent. */
  close(): Promise<void>;
}

/** The dead-letter record as both stores keep it. */
export function deadLetter(entry: QueueEntry, error: string, attempts: number, at: Date): DeadLetter {
  return { id: entry.id, payload: entry.payload, error: error.slice(0, 300), attempts, at: at.toISOString() };
}
