// A consumer process for tests/e2e/poison-message.test.ts: the real inbox on a real Redis stream, with a dispatch
// that ends the process (SIGKILL, no chance to clean up) on the message whose text is CRASH, as a handler bug that
// crashes Node would. Everything else is recorded as handled; dead-letter alerts are recorded where main.ts would
// send them to the ops chat. Run: node --import tsx tests/support/crashing-consumer.ts (env REDIS_URL, PREFIX).
import { Redis } from 'ioredis';
import { createInbox } from '../../src/core/inbox.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createKeys } from '../../src/store/keys.js';
import { createRedisQueue } from '../../src/store/redis-queue.js';
import { RedisReportStore } from '../../src/store/redis-store.js';

const prefix = process.env.PREFIX as string;
const redis = new Redis(process.env.REDIS_URL as string);
const store = new RedisReportStore(redis, { prefix, rawRetentionDays: 30, logger: silentLogger });
const queue = createRedisQueue({ redis, keys: createKeys(prefix), township: '测试镇', queue: 'inbox', consumer: 'crash-test' });
const inbox = createInbox({
  store,
  logger: silentLogger,
  metrics: createMetrics(),
  dedupeTtlSeconds: 600,
  queue,
  maxDeliveries: Number(process.env.MAX_DELIVERIES ?? 3),
  dispatch: async (m) => {
    if (m.text === 'CRASH') process.kill(process.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 5));
    await redis.rpush(`${prefix}:handled`, m.msgId);
  },
  onDeadLetter: async (d) => void (await redis.rpush(`${prefix}:alerts`, JSON.stringify({ msgId: d.msg?.msgId, error: d.error, attempts: d.attempts }))),
});
process.on('SIGTERM', () => void inbox.stop().finally(() => process.exit(0)));
process.stdout.write('READY\n');
