import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { MemoryReportStore } from './memory-store.js';
import type { ReportStore } from './report-store.js';
import { RedisReportStore } from './redis-store.js';
import type { CaseStore } from '../ledger/case-store.js';
import { MemoryCaseStore } from '../ledger/memory-case-store.js';
import { RedisCaseStore } from '../ledger/redis-case-store.js';
import { systemClock } from '../clock.js';
import { MemoryWebStore } from '../web/memory-web-store.js';
import { RedisWebStore } from '../web/redis-web-store.js';
import type { WebStore } from '../web/web-store.js';

// REDIS_URL forms:
//   (unset)                                                     in-memory store; data lost on restart (one warning)
//   redis://[:password@]host:6379[/db]                          one Redis server
//   rediss://[:password@]host:6380[/db]                         the same over TLS
//   redis-sentinel://[:password@]h1:26379,h2:26379/mymaster[?db=0&sentinelPassword=…]
//                                                               Redis Sentinel: the master named "mymaster";
//                                                               password is the master's, sentinelPassword the sentinels'
//   redis-cluster://[:password@]h1:7000,h2:7001                 Redis Cluster (seed nodes; the rest is discovered)
// Every multi-key operation uses one township's hash tag (keys.ts), so Cluster works.

/** Commands fail after this many reconnect attempts instead of queueing for ever: an outage must surface fast
 *  (the inbox then journals the message locally and replays it later). */
const MAX_RETRIES_PER_REQUEST = 1;

/** Reconnect with backoff: 100 ms, 200 ms … capped at 3 s, for ever (the server keeps running while Redis is down). */
export function retryStrategy(times: number): number {
  return Math.min(times * 100, 3000);
}

const common: RedisOptions = {
  maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST,
  retryStrategy,
  connectTimeout: 5000,
  // Batches the commands of one event-loop tick into one round trip (many concurrent messages, getDay + claims).
  enableAutoPipelining: true,
};

export type RedisTarget =
  | { kind: 'single'; url: string }
  | { kind: 'sentinel'; sentinels: { host: string; port: number }[]; name: string; password?: string; sentinelPassword?: string; db: number }
  | { kind: 'cluster'; nodes: { host: string; port: number }[]; password?: string };

function hostList(s: string, defaultPort: number): { host: string; port: number }[] {
  return s.split(',').map((hp) => {
    const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(hp.trim());
    if (!m) throw new Error(`REDIS_URL: cannot read host "${hp}"`);
    return { host: m[1]!, port: m[2] ? Number(m[2]) : defaultPort };
  });
}

/** Reads REDIS_URL (see the forms above). Throws with the expected form when it cannot. */
export function parseRedisUrl(url: string): RedisTarget {
  if (/^rediss?:\/\//.test(url)) return { kind: 'single', url };
  const m = /^(redis-sentinel|redis-cluster):\/\/(?:(?:[^:@/]*):([^@/]*)@)?([^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(url);
  if (!m) throw new Error('REDIS_URL must look like redis://host:6379/0, rediss://…, redis-sentinel://h1:26379,h2:26379/mymaster or redis-cluster://h1:7000,h2:7001');
  const [, scheme, pass, hosts, path, query] = m;
  const password = pass ? decodeURIComponent(pass) : undefined;
  const q = new URLSearchParams(query ?? '');
  if (scheme === 'redis-cluster') return { kind: 'cluster', nodes: hostList(hosts!, 6379), ...(password ? { password } : {}) };
  if (!path) throw new Error('REDIS_URL: redis-sentinel://… needs the master name as its path, e.g. redis-sentinel://h1:26379,h2:26379/mymaster');
  const sentinelPassword = q.get('sentinelPassword') ?? undefined;
  return {
    kind: 'sentinel',
    sentinels: hostList(hosts!, 26379),
    name: decodeURIComponent(path),
    db: Number(q.get('db') ?? 0),
    ...(password ? { password } : {}),
    ...(sentinelPassword ? { sentinelPassword } : {}),
  };
}

/** A connected-on-demand ioredis client for a target, with an error listener (an unhandled 'error' would crash). */
export function createRedisClient(target: RedisTarget, logger: Logger): Redis | Cluster {
  let client: Redis | Cluster;
  if (target.kind === 'single') client = new Redis(target.url, common);
  else if (target.kind === 'sentinel')
    client = new Redis({ ...common, sentinels: target.sentinels, name: target.name, db: target.db, password: target.password, sentinelPassword: target.sentinelPassword });
  else
    client = new Cluster(target.nodes, {
      clusterRetryStrategy: retryStrategy,
      enableAutoPipelining: true,
      redisOptions: { maxRetriesPerRequest: MAX_RETRIES_PER_REQUEST, connectTimeout: 5000, password: target.password },
    });
  let lastLogged = 0;
  client.on('error', (err: Error) => {
    // Reconnect loops emit an error per attempt; one line per 10 s is enough to see the outage.
    const now = Date.now();
    if (now - lastLogged > 10_000) {
      lastLogged = now;
      logger.error({ err: { type: err.name, message: err.message, code: (err as { code?: unknown }).code } }, 'Redis error');
    }
  });
  return client;
}

/** The store for this configuration: Redis when REDIS_URL is set, else the in-memory store with one warning. */
export function createStore(config: Config, logger: Logger): { store: ReportStore; cases: CaseStore; web: WebStore; redis?: Redis | Cluster } {
  if (!config.REDIS_URL) {
    logger.warn('REDIS_URL 未配置：使用内存存储，重启后数据丢失');
    return { store: new MemoryReportStore({ rawRetentionDays: config.RAW_RETENTION_DAYS }), cases: new MemoryCaseStore(), web: new MemoryWebStore(systemClock) };
  }
  const redis = createRedisClient(parseRedisUrl(config.REDIS_URL), logger);
  return {
    store: new RedisReportStore(redis, { prefix: config.REDIS_PREFIX, rawRetentionDays: config.RAW_RETENTION_DAYS, logger }),
    cases: new RedisCaseStore(redis, { prefix: config.REDIS_PREFIX, logger }),
    web: new RedisWebStore(redis, { prefix: config.REDIS_PREFIX, rawRetentionDays: config.RAW_RETENTION_DAYS, logger }),
    redis,
  };
}
