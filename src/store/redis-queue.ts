import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { batcher } from './batcher.js';
import { type DeadLetter, type DurableQueue, deadLetter, type QueueEntry } from './durable-queue.js';
import type { Keys, QueueName } from './keys.js';
import { ACK_LUA, ENQUEUE_LUA, FAIL_LUA } from './queue-scripts.js';
import { LuaScript } from './redis-scripts.js';

// The Redis DurableQueue: a stream per township and queue, one consumer group (`workers`), one consumer name per
// process. Chosen over BullMQ: the claim and the append must be one Lua step with our own dedupe key, which a job
// queue library does not offer, and streams give XREADGROUP / XACK / XAUTOCLAIM, which is the whole of what we need.

const enqueueScript = new LuaScript(ENQUEUE_LUA);
const ackScript = new LuaScript(ACK_LUA);
const failScript = new LuaScript(FAIL_LUA);

export const QUEUE_GROUP = 'workers';

const DeadSchema = z.object({ id: z.string(), payload: z.string(), error: z.string(), attempts: z.number(), at: z.string() });

export interface RedisQueueOptions {
  redis: Redis | Cluster;
  keys: Keys;
  township: string;
  queue: QueueName;
  /**
   * This process's consumer name. Stable across restarts of the same instance (main.ts: host and port), so a
   * restarted process reads back what it had taken and not acknowledged before it died.
   */
  consumer: string;
  /** The clock the dedupe-claim buckets go by (keys.ts); Date.now unless a bench replays messages of other days. */
  now?: () => number;
}

type StreamReply = [string, [string, string[] | null][]][] | null;

export function createRedisQueue(o: RedisQueueOptions): DurableQueue {
  const { redis, consumer } = o;
  const now = o.now ?? Date.now;
  const k = o.keys.queue(o.township, o.queue);
  let groupReady: Promise<void> | undefined;
  // A blocking XREADGROUP holds its connection: it gets one of its own, so the shared (auto-pipelined) one never waits.
  let blocking: Redis | Cluster | undefined;
  /** Where the read of our own pending entries (from before a restart) has got to; undefined once it is done. */
  let backlog: string | undefined = '0';
  let closed = false;

  const ensureGroup = () =>
    (groupReady ??= redis
      .xgroup('CREATE', k.stream, QUEUE_GROUP, '0', 'MKSTREAM')
      .then(() => undefined)
      .catch((err: unknown) => {
        if (err instanceof Error && err.message.includes('BUSYGROUP')) return;
        groupReady = undefined;
        throw err;
      }));

  /** A restarted or flushed Redis may have lost the group: create it again and retry once. */
  async function withGroup<T>(fn: () => Promise<T>): Promise<T> {
    await ensureGroup();
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('NOGROUP')) throw err;
      groupReady = undefined;
      await ensureGroup();
      return fn();
    }
  }

  const entriesOf = (reply: StreamReply, out: QueueEntry[], gone: string[]) => {
    for (const [, list] of reply ?? []) {
      for (const [id, fields] of list) {
        const i = fields ? fields.indexOf('p') : -1;
        if (fields && i >= 0 && i + 1 < fields.length) out.push({ id, payload: fields[i + 1] as string });
        else gone.push(id); // deleted while pending (acknowledged elsewhere): nothing to do but forget it
      }
    }
  };

  /**
   * Each entry's delivery count, from the group's pending list (a crash loop shows there as a count that grows).
   * An entry no longer pending was acknowledged since it was read (an acknowledgement under way when our pending
   * list was read again): it is done, and left out.
   */
  const withDeliveries = async (entries: QueueEntry[]) =>
    (
      await Promise.all(
        entries.map(async (e) => {
          const [row] = (await redis.xpending(k.stream, QUEUE_GROUP, e.id, e.id, 1)) as [string, string, number, number][];
          return row ? { ...e, deliveries: Number(row[3]) } : undefined;
        }),
      )
    ).filter((e): e is QueueEntry & { deliveries: number } => e !== undefined);

  // The enqueues and acknowledgements of one event-loop turn go to Redis as one script call each (batcher.ts): a
  // consumer handling a batch of messages acknowledges them together and queues their sends together; the HTTP
  // thread's concurrent requests share a call too.
  const ackBatch = batcher<string, void>(async (ids) => {
    await ackScript.run(redis, [k.stream, k.tries], [QUEUE_GROUP, ...ids]);
    return [];
  });
  const enqueueBatch = batcher<{ dedupeId: string; payload: string; ttlSeconds: number; at: number }, boolean>(async (items) => {
    // One window and one bucket to write per call (the inbox and the outbox each use one TTL, and a turn's enqueues
    // share a bucket but at its edge); a batch mixing them is cut into runs.
    const out: boolean[] = [];
    const bucketOf = (e: (typeof items)[number]) => {
      const b = k.claims(e.at, e.ttlSeconds);
      return { b, id: `${e.ttlSeconds} ${b.keys[b.write]}` };
    };
    for (let i = 0; i < items.length; ) {
      const { b, id } = bucketOf(items[i] as (typeof items)[number]);
      let j = i + 1;
      while (j < items.length && bucketOf(items[j] as (typeof items)[number]).id === id) j++;
      const run = items.slice(i, j);
      const res = (await enqueueScript.run(
        redis,
        [k.stream, ...b.keys, ...run.map((e) => k.legacySeen(e.dedupeId))],
        [b.keys.length, b.write + 1, b.expireSeconds, ...run.flatMap((e) => [e.payload, claimField(e.dedupeId)])],
      )) as (string | null)[];
      for (const r of res) out.push(Boolean(r));
      i = j;
    }
    return out;
  });

  const forget = (ids: string[]) => Promise.all(ids.map((id) => ackBatch(id)));

  async function readOnce(count: number, blockMs: number): Promise<QueueEntry[]> {
    const out: QueueEntry[] = [];
    const gone: string[] = [];
    if (backlog !== undefined) {
      // Our own pending entries first (the process that used this consumer name died before acknowledging),
      // each once: the cursor moves past what was handed out. One at a time: reading one raises its delivery
      // count, and an entry that kills the process must not raise the counts of the entries read beside it.
      const reply = (await redis.xreadgroup('GROUP', QUEUE_GROUP, consumer, 'COUNT', Math.min(1, count), 'STREAMS', k.stream, backlog)) as StreamReply;
      const ids = (reply ?? []).flatMap(([, list]) => list.map(([id]) => id));
      entriesOf(reply, out, gone);
      await forget(gone);
      backlog = ids.length ? ids[ids.length - 1] : undefined;
      if (ids.length) return withDeliveries(out);
    }
    if (!blocking) {
      blocking = duplicate(redis);
      // A blocked XREADGROUP cut off by a lost connection may have handed us entries whose reply never arrived
      // (ioredis resends the command after reconnecting): after a reconnect, our pending list is read again.
      blocking.on('close', () => {
        if (!closed) backlog = '0';
      });
    }
    const conn = blocking;
    try {
      const reply = (await conn.xreadgroup('GROUP', QUEUE_GROUP, consumer, 'COUNT', count, 'BLOCK', Math.max(1, blockMs), 'STREAMS', k.stream, '>')) as StreamReply;
      entriesOf(reply, out, gone);
    } catch (err) {
      if (closed) return [];
      throw err;
    }
    await forget(gone);
    return out;
  }

  return {
    async enqueue(dedupeId, payload, ttlSeconds) {
      return (await enqueueBatch({ dedupeId, payload, ttlSeconds, at: now() })) ? 'accepted' : 'duplicate';
    },
    async read(count, blockMs) {
      if (closed) return [];
      return withGroup(async () => {
        try {
          return await readOnce(count, blockMs);
        } catch (err) {
          // A read whose reply was lost (Redis went away mid-command) may still have handed us entries: they sit in
          // our pending list. Look there again first once Redis answers (the caller skips what it is handling).
          backlog = '0';
          throw err;
        }
      });
    },
    async reclaim(minIdleMs, count) {
      if (closed) return [];
      return withGroup(async () => {
        const reply = (await redis.xautoclaim(k.stream, QUEUE_GROUP, consumer, Math.max(0, Math.floor(minIdleMs)), '0-0', 'COUNT', count)) as [string, [string, string[] | null][], string[]?];
        const out: QueueEntry[] = [];
        const gone: string[] = [];
        entriesOf([[k.stream, reply[1] ?? []]], out, gone);
        await forget(gone);
        return withDeliveries(out);
      });
    },
    async ack(id) {
      await ackBatch(id);
    },
    async fail(entry, error, maxAttempts) {
      const d = deadLetter(entry, error, maxAttempts, new Date());
      const n = Number(await failScript.run(redis, [k.stream, k.tries, k.dead], [QUEUE_GROUP, entry.id, maxAttempts, entry.payload, d.error, d.at]));
      return { attempts: Math.abs(n), dead: n < 0 };
    },
    async deadLetters() {
      const list = await redis.lrange(k.dead, 0, -1);
      const out: DeadLetter[] = [];
      for (const s of list) {
        try {
          const r = DeadSchema.safeParse(JSON.parse(s));
          if (r.success) out.push(r.data);
        } catch {
          // a damaged record is skipped; the list itself is never trimmed
        }
      }
      return out;
    },
    async size() {
      return redis.xlen(k.stream);
    },
    async close() {
      closed = true;
      blocking?.disconnect();
      blocking = undefined;
    },
  };
}

/**
 * A claim's field: the first 12 bytes of the SHA-256 of the dedupe id (16 B in Redis instead of ~40 for the id).
 * 96 bits: two ids of one window share a field (and the second is dropped as a duplicate) with a chance of about
 * n² / 2^97, below 10^-17 for a million messages.
 */
function claimField(dedupeId: string): Buffer {
  return createHash('sha256').update(dedupeId).digest().subarray(0, 12);
}

function duplicate(redis: Redis | Cluster): Redis | Cluster {
  const c = 'isCluster' in redis && redis.isCluster ? (redis as Cluster).duplicate() : (redis as Redis).duplicate();
  // The shared client already logs Redis errors; an 'error' event without a listener would crash the process.
  c.on('error', () => {});
  return c;
}
