// The 看板 as main.ts builds it, on loopback: real handlers and Inbox, Redis stores (or memory), the web routes on
// the same Koa server, a manual clock. `say` sends a chat message through the real dispatch and returns the replies.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createDispatch } from '../../handlers/index.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import type { OutboundMessage } from '../../src/core/message.js';
import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';
import { RedisCaseStore } from '../../src/ledger/redis-case-store.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createNotifier, createRecordingClient } from '../../src/platforms/notifier.js';
import { indexRoster, type Roster } from '../../src/roster.js';
import { createWorkCalendar } from '../../src/scheduler/work-calendar.js';
import { createServer } from '../../src/server.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { MemoryWebStore } from '../../src/web/memory-web-store.js';
import { RedisWebStore } from '../../src/web/redis-web-store.js';
import { webRoutes } from '../../src/web/web-routes.js';

export const WEB_SECRET = 'test-secret-0123456789-abcdefghijklmnop';

export async function startWebApp(o: { roster: Roster; now: string; redisUrl?: string; prefix?: string }) {
  const clock = new ManualClock(o.now);
  const config = loadConfig({ WEB_PUBLIC_URL: 'http://127.0.0.1/', WEB_SESSION_SECRET: WEB_SECRET, REDIS_PREFIX: o.prefix ?? 'web' });
  const roster = indexRoster(o.roster);
  const logger = silentLogger;
  const metrics = createMetrics();
  const recorder = createRecordingClient('wecom', () => clock.now());
  const redis = o.redisUrl ? new Redis(o.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  const opts = { prefix: config.REDIS_PREFIX, rawRetentionDays: config.RAW_RETENTION_DAYS, logger };
  const store = redis ? new RedisReportStore(redis, opts) : new MemoryReportStore({ clock });
  const cases = redis ? new RedisCaseStore(redis, opts) : new MemoryCaseStore();
  const web = redis ? new RedisWebStore(redis, opts) : new MemoryWebStore(clock);
  const notifier = createNotifier({ clients: [], logger, metrics, fallback: recorder });
  const calendar = createWorkCalendar({ periods: roster.roster.periods, logger });
  const deps: Deps = { config, roster, store, cases, notifier, clock, logger, metrics, calendar };
  const inbox = createInbox({ store, logger, metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps) });
  const server: Server = createHttpServer(createServer({ logger, routers: [webRoutes({ deps, web })] }).callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let seq = 0;
  async function say(userId: string, text: string, chatId = 'units-chat'): Promise<OutboundMessage[]> {
    const before = recorder.sent.length;
    seq += 1;
    await inbox.accept({ platform: 'wecom', msgId: `w${seq}-${Date.now()}`, chatId, userId, text, at: clock.now() });
    await inbox.drain();
    return recorder.sent.slice(before).filter((m) => m.kind === 'reply');
  }
  /** The 看板 link a person gets for `看板` in a group, pointed at this server. */
  async function link(userId: string, chatId: string): Promise<string> {
    const text = (await say(userId, '看板', chatId))[0]?.text ?? '';
    const m = /(https?:\/\/\S+\/web\/login\?t=\S+)/.exec(text);
    if (!m?.[1]) throw new Error(`no link in the reply: ${text}`);
    return m[1].replace('http://127.0.0.1', base);
  }
  return {
    base,
    clock,
    deps,
    web,
    say,
    link,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await store.close();
      redis?.disconnect();
    },
  };
}
