import type { Redis } from 'ioredis';

/** Removes every key a benchmark wrote under its own prefix, in SCAN batches (never KEYS on a shared Redis). */
export async function unlinkPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [c, ks] = await redis.scan(cursor, 'MATCH', `*${prefix}*`, 'COUNT', 5000);
    cursor = c;
    if (ks.length) await redis.unlink(...ks);
  } while (cursor !== '0');
}
