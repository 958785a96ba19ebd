// Conversation tests that must hold on the memory store and on real Redis: one store per test, closed after.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { inject } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import type { ReportStore } from '../../src/store/report-store.js';

export const STORE_KINDS = ['memory', 'redis'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

const open: ReportStore[] = [];

/** A fresh store of the kind (Redis: its own key prefix on the test server). Close them with closeStores. */
export function makeStore(kind: StoreKind, clock?: Clock): ReportStore {
  const store =
    kind === 'memory'
      ? new MemoryReportStore(clock ? { clock } : {})
      : new RedisReportStore(new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 }), { prefix: `t-${randomUUID()}`, rawRetentionDays: 180, logger: silentLogger });
  open.push(store);
  return store;
}

export async function closeStores(): Promise<void> {
  await Promise.all(open.splice(0).map((s) => s.close()));
}
