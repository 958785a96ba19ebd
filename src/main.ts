// Composition root: config → deps → HTTP server, platform transports, scheduler; SIGTERM stops them in order.
import './ops/heap-growth.js'; // first: the process's garbage-collection setting (see there)
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { pino } from 'pino';
import { createDispatch } from '../handlers/index.js';
import { createJobs } from '../jobs/index.js';
import { systemClock } from './clock.js';
import { checkConfigAgainstRoster, logMentionPaths } from './config-roster.js';
import { ConfigError, type Config, consoleWebEnv, dingtalkConfigured, loadConfig, webConfigured, wecomConfigured, wecomLongConnection } from './config.js';
import type { Deps } from './core/deps.js';
import { startConsumerThread } from './core/consumer-thread.js';
import { createInbox } from './core/inbox.js';
import { createOutbox } from './core/outbox.js';
import { AppError } from './errors.js';
import { createLogger } from './logger.js';
import { deadLetterAlert } from './ops/dead-letter-alert.js';
import { openJournal } from './ops/journal.js';
import { healthRoutes } from './ops/health-routes.js';
import { createMetrics } from './ops/metrics.js';
import { metricsExposure, metricsRoutes, startMetricsServer } from './ops/metrics-routes.js';
import { onShutdown } from './ops/shutdown.js';
import { startConsoleChat } from './platforms/console/console-chat.js';
import { type ConsoleChoices, createConsoleClient } from './platforms/console/console-client.js';
import { createDingtalkClient } from './platforms/dingtalk/client.js';
import { dingtalkRoutes } from './platforms/dingtalk/routes.js';
import { createCardPressHandler } from './platforms/dingtalk/card-press.js';
import { type CardChoiceStore, MemoryCardChoiceStore } from './store/card-choice-store.js';
import { RedisCardChoiceStore } from './store/redis-card-choice-store.js';
import { createNotifier } from './platforms/notifier.js';
import type { PlatformClient } from './platforms/types.js';
import { createWecomClient } from './platforms/wecom/client.js';
import { createWecomLongClient, type WecomLongClient } from './platforms/wecom/long-client.js';
import type { CardPress, OutFrame, WecomLongConnection } from './platforms/wecom/long-connection.js';
import { createPressDesk } from './platforms/wecom/press-desk.js';
import { wecomRoutes } from './platforms/wecom/routes.js';
import { indexRoster, loadRoster, type RosterIndex, senderLane } from './roster.js';
import { startScheduler } from './scheduler/scheduler.js';
import { createWorkCalendar } from './scheduler/work-calendar.js';
import { createServer } from './server.js';
import { createStore } from './store/create-store.js';
import { buttons, conversation } from './strings.js';
import { createKeys } from './store/keys.js';
import { type LeaseStore, MemoryLeaseStore } from './store/lease-store.js';
import { RedisLeaseStore } from './store/redis-lease-store.js';
import { createMemoryQueue } from './store/memory-queue.js';
import { createRedisQueue } from './store/redis-queue.js';

function fail(message: string, hint?: string): never {
  process.stderr.write(`启动失败 (cannot start): ${message}${hint ? `\n  → ${hint}` : ''}\n`);
  process.exit(1);
}

function readConfigAndRoster(env: Record<string, string | undefined>): { config: Config; roster: RosterIndex } {
  try {
    const config = loadConfig(env);
    const roster = indexRoster(loadRoster(config.ROSTER_PATH));
    const problems = checkConfigAgainstRoster(config, roster);
    if (problems.length) throw new ConfigError(problems);
    return { config, roster };
  } catch (err) {
    if (err instanceof ConfigError) fail(`${err.message}\n  (see .env.example)`);
    if (err instanceof AppError) fail(err.message, err.hint);
    throw err;
  }
}

async function main(): Promise<void> {
  let env: Record<string, string | undefined> = process.env;
  let { config, roster } = readConfigAndRoster(env);
  // The console's own 看板 (config.ts): the environment the consumer thread reads gets it too.
  const consoleWeb = consoleWebEnv(config, randomBytes(32).toString('hex'));
  if (consoleWeb) {
    env = { ...env, ...consoleWeb };
    ({ config, roster } = readConfigAndRoster(env));
  }
  const hasWecom = wecomConfigured(config);
  const hasDingtalk = dingtalkConfigured(config);
  const consoleMode = !hasWecom && !hasDingtalk;
  // In console mode the chat owns stdout; logs go to stderr so they do not break into the conversation.
  const logger = createLogger({ level: config.LOG_LEVEL, ...(consoleMode ? { destination: pino.destination(2) } : {}) });
  const metrics = createMetrics({ defaults: true });
  const clock = systemClock;
  const { store, cases, web, redis } = createStore(config, logger);
  const wecomLong = hasWecom && wecomLongConnection(config);
  // One WeCom long connection per bot across instances: a lease in Redis, or in memory for a single instance.
  const leases: LeaseStore = redis ? new RedisLeaseStore(redis, createKeys(config.REDIS_PREFIX)) : new MemoryLeaseStore(clock);
  let longConnection: WecomLongConnection | undefined;
  // Loaded only in that mode (it brings `ws`); started below once the inbox exists.
  const longModule = wecomLong ? import('./platforms/wecom/long-connection.js') : undefined;
  let longClient: WecomLongClient | undefined;
  logMentionPaths({ config, roster, logger, wecom: hasWecom, dingtalk: hasDingtalk });
  const calendar = createWorkCalendar({ periods: roster.roster.periods, overridesPath: config.HOLIDAYS_PATH, logger });
  const township = roster.roster.township;
  // Inbox and outbox: Redis streams with this instance as a consumer; in memory when there is no Redis.
  const consumer = config.INBOX_CONSUMER ?? `${hostname()}:${config.PORT}`;
  const keys = createKeys(config.REDIS_PREFIX);
  const queueOf = (queue: 'inbox' | 'outbox') => (redis ? createRedisQueue({ redis, keys, township, queue, consumer }) : createMemoryQueue());

  const clients: (PlatformClient & { close?: () => Promise<void> })[] = [];
  // A WeCom callback press waits in its request for the handlers' answer, which the client hands over here.
  const pressDesk = createPressDesk();
  if (hasWecom) {
    const http = createWecomClient({ config, roster, logger, metrics, pressDesk });
    // Started below, once the inbox exists; nothing is sent before that (the scheduler starts after it too).
    const deliver = (f: OutFrame) => (longConnection ? longConnection.deliver(f) : Promise.reject(new Error('WeCom long connection not started')));
    if (wecomLong) {
      const long = createWecomLongClient({ config, logger, deliver, webhooks: http });
      longClient = long;
      clients.push(Object.assign(long, { close: async () => void (await Promise.all([long.close(), http.close()])) }));
    } else clients.push(http);
  }
  // The buttons of the DingTalk cards sent: a press names only the card and the button, and any instance may get it.
  const cardChoices: CardChoiceStore = redis ? new RedisCardChoiceStore(redis, keys) : new MemoryCardChoiceStore(clock);
  if (hasDingtalk) clients.push(createDingtalkClient({ config, roster, logger, metrics, cards: cardChoices }));
  const consoleChoices: ConsoleChoices = { current: [] };
  const consoleClient = consoleMode ? createConsoleClient({ roster, write: (s) => process.stdout.write(s), choices: consoleChoices }) : undefined;
  // Handlers and jobs send through the outbox: send() queues durably and returns; the outbox's worker delivers
  // through the clients (each queues per chat and paces to its platform's rate) and acknowledges after delivery.
  const sender = createNotifier({ clients, logger, metrics, rethrow: true, ...(consoleClient ? { fallback: consoleClient } : {}) });
  const outbox = createOutbox({ queue: queueOf('outbox'), deliver: (m) => sender.send(m), logger, metrics });
  const notifier = outbox;

  const deps: Deps = { config, roster, store, cases, notifier, clock, logger, metrics, calendar };
  // The journal keeps verified messages while Redis is away; the memory store cannot be away, so it needs none.
  let journal: Awaited<ReturnType<typeof openJournal>> | undefined;
  try {
    journal = config.REDIS_URL ? await openJournal({ path: config.JOURNAL_PATH, logger }) : undefined;
  } catch (err) {
    fail(`JOURNAL_PATH=${config.JOURNAL_PATH}: ${(err as Error).message}`, 'give a writable file path (its directory is created 0700)');
  }
  // With Redis, the handlers run in a thread of their own (consumer-thread.ts): this event loop only verifies,
  // queues and acknowledges. Without Redis (memory store, console) the queue lives in this process: consumed here.
  const consumerThread = redis ? startConsumerThread({ env, consumer, logFd: consoleMode ? 2 : 1, logger, metrics }) : undefined;
  const inbox = createInbox({
    store,
    logger,
    metrics,
    dedupeTtlSeconds: config.DEDUPE_TTL_SECONDS,
    queue: queueOf('inbox'),
    lane: (m) => senderLane(roster.sender(m.platform, m.userId), roster),
    ...(journal ? { journal } : {}),
    ...(consumerThread ? { consume: false } : { dispatch: createDispatch(deps), onDeadLetter: deadLetterAlert(config, notifier) }),
  });
  outbox.start();
  void inbox.recover().catch((err: unknown) => logger.error({ err }, 'journal replay failed'));
  const replayer = inbox.startReplayer(1_000);

  const routers = [healthRoutes({ store, platforms: { wecom: hasWecom, dingtalk: hasDingtalk }, journalPending: () => inbox.journalPending() })];
  const routeDeps = { config, inbox, logger, metrics, clock };
  if (hasWecom) routers.push(wecomRoutes({ ...routeDeps, pressDesk }));
  if (hasDingtalk && config.DINGTALK_MODE === 'http') routers.push(dingtalkRoutes({ ...routeDeps, roster, claimOnce: (id, ttl) => store.claimOnce('message', id, ttl) }));
  const exposure = metricsExposure(config);
  const metricsServer = exposure === 'own-port' && config.METRICS_PORT ? startMetricsServer(config.METRICS_PORT, { metrics, token: config.METRICS_TOKEN }) : undefined;
  if (exposure === 'token' || exposure === 'loopback') routers.push(metricsRoutes({ metrics, token: config.METRICS_TOKEN }));
  // The 看板 (web page): on when WEB_PUBLIC_URL and WEB_SESSION_SECRET are set (in the console, by default). Loaded only then, like the socket
  // transports below: its templates and workbooks (eta, exceljs) and `ws` are most of a bare start-up otherwise.
  if (webConfigured(config)) routers.push((await import('./web/web-routes.js')).webRoutes({ deps, web }));
  if (exposure === 'off') logger.warn('/metrics is off: the server listens beyond loopback and METRICS_TOKEN is unset (set METRICS_TOKEN, or METRICS_PORT for a separate port)');

  const server = createServer({ logger, routers }).listen(config.PORT, config.HOST);
  server.once('listening', () => logger.info({ port: config.PORT, wecom: hasWecom, dingtalk: hasDingtalk, mode: consoleMode ? 'console' : 'platforms' }, 'server listening'));
  server.once('error', (err) => fail(`cannot listen on ${config.HOST}:${config.PORT}: ${err.message}`, 'set PORT to a free port'));
  // Card presses come over Stream (the cards are delivered with callbackType STREAM), only when cards are on.
  const onCardCallback = config.DINGTALK_CARD_TEMPLATE_ID ? createCardPressHandler({ inbox, cards: cardChoices, logger, metrics, clock }) : undefined;
  const stream =
    hasDingtalk && config.DINGTALK_MODE === 'stream'
      ? (await import('./platforms/dingtalk/stream.js')).startDingtalkStream({ ...routeDeps, ...(onCardCallback ? { onCardCallback } : {}) })
      : undefined;
  if (wecomLong) {
    // A button press is handed in as the message its command would be, from the presser: same inbox, same checks.
    const onCardPress = async (press: CardPress) => {
      const msg = longClient?.pressed(press);
      if (msg) await inbox.accept(msg);
    };
    const welcome = () => ({ text: conversation.help(roster.roster.township, roster.roster.deadline), choices: [{ label: buttons.help, command: buttons.helpCommand }] });
    longConnection = (await longModule)!.startWecomLongConnection({ config, inbox, leases, logger, metrics, clock, onCardPress, welcome });
  }
  const scheduler = startScheduler(createJobs(roster.roster), deps, { catchUpHours: config.CATCHUP_HOURS });

  const stop = onShutdown({
    logger,
    steps: [
      { name: 'http', run: () => new Promise<void>((r) => server.close(() => r())) },
      { name: 'dingtalk-stream', run: async () => stream?.stop() },
      { name: 'replayer', run: async () => replayer.stop() },
      // Handlers under way finish (they only write to Redis and queue sends); unread messages stay queued.
      { name: 'inbox', run: async () => void (await Promise.all([inbox.stop(), consumerThread?.stop()])) },
      { name: 'scheduler', run: async () => scheduler.stop() },
      // Deliveries under way get a moment; what is still waiting for a rate window stays queued for the next start.
      { name: 'outbox', run: () => outbox.stop() },
      { name: 'sends', run: () => Promise.race([outbox.settled(), new Promise((r) => setTimeout(r, 1500).unref())]) },
      // After the last replies went out on it.
      { name: 'wecom-long', run: async () => longConnection?.stop() },
      { name: 'clients', run: async () => void (await Promise.all(clients.map((c) => c.close?.()))) },
      { name: 'sends-settled', run: () => outbox.settled() },
      { name: 'metrics', run: () => new Promise<void>((r) => (metricsServer ? metricsServer.close(() => r()) : r())) },
      { name: 'journal', run: async () => journal?.close() },
      { name: 'store', run: () => store.close() },
    ],
  });
  if (consoleMode) {
    // On /quit or the end of piped input, what was typed is answered before the shutdown: the in-memory store keeps
    // nothing for a next start. With Redis the consumer thread owns the queue and unread messages stay in it.
    const answerTyped = async () => {
      if (consumerThread) return;
      await inbox.drain();
      await outbox.idle();
    };
    const onClose = () => void Promise.race([answerTyped(), new Promise((r) => setTimeout(r, 10_000).unref())]).finally(() => void stop('stdin closed'));
    startConsoleChat({ roster, inbox, clock, choices: consoleChoices, input: process.stdin, write: (s) => process.stdout.write(s), onClose });
  }
}

await main();
