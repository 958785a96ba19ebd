// The inbox's consumer thread (consumer-thread.ts starts it): the same deps main.ts builds for the handlers, a
// consumer on the inbox stream, sends queued to the outbox stream (the main thread delivers them).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { Counter } from 'prom-client';
import { createDispatch } from '../../handlers/index.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { deadLetterAlert } from '../ops/dead-letter-alert.js';
import { createMetrics } from '../ops/metrics.js';
import { indexRoster, loadRoster, senderLane } from '../roster.js';
import { createWorkCalendar } from '../scheduler/work-calendar.js';
import { createStore } from '../store/create-store.js';
import { createKeys } from '../store/keys.js';
import { createRedisQueue } from '../store/redis-queue.js';
import type { CounterIncs, FromConsumer, ToConsumer } from './consumer-thread.js';
import type { Deps } from './deps.js';
import { createInbox } from './inbox.js';
import { createOutbox } from './outbox.js';
import { createYieldGate } from './yield-gate.js';

const data = workerData as { env: Record<string, string | undefined>; consumer: string; logFd: number };
const port = parentPort;
if (!port) throw new Error('consumer-worker runs as a worker thread (consumer-thread.ts)');
const post = (m: FromConsumer) => port.postMessage(m);

// Below the HTTP thread's priority: on Linux a thread has its own nice value (setpriority on pid 0 is this thread
// only), so when both want the CPU the acknowledgements get it and the consumer takes what is left; what it has
// not reached waits durably in the stream. Elsewhere this changes the whole process's priority: skipped.
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch {
    // not permitted (a container's seccomp policy): the thread runs at the process's priority
  }
}

const config = loadConfig(data.env);
const logger = createLogger({ level: config.LOG_LEVEL, destination: pino.destination({ dest: data.logFd, sync: true }) }).child({ thread: 'consumer' });
// Counters counted here are added to the main thread's registry (the one /metrics serves), summed and sent every
// INC_REPORT_MS: a message to the other thread per increment cost both threads more than the counting (a few per
// handled message; bench:webhook profile, 3 Dec).
const INC_REPORT_MS = 25;
const metrics = createMetrics();
const pendingIncs = new Map<string, CounterIncs[number]>();
let incTimer: NodeJS.Timeout | undefined;
function reportIncs(): void {
  incTimer = undefined;
  if (!pendingIncs.size) return;
  post({ t: 'incs', incs: [...pendingIncs.values()] });
  pendingIncs.clear();
}
for (const [name, m] of Object.entries(metrics)) {
  if (!(m instanceof Counter)) continue;
  (m as unknown as { inc: (...args: unknown[]) => void }).inc = (...args) => {
    const labels = typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, string | number>) : undefined;
    const n = Number((labels ? args[1] : args[0]) ?? 1);
    const key = labels ? `${name}\u0000${JSON.stringify(labels)}` : name;
    const e = pendingIncs.get(key);
    if (e) e.n += n;
    else pendingIncs.set(key, labels ? { name, labels, n } : { name, n });
    incTimer ??= setTimeout(reportIncs, INC_REPORT_MS);
  };
}
const roster = indexRoster(loadRoster(config.ROSTER_PATH));
const { store, cases, redis } = createStore(config, logger);
if (!redis) throw new Error('the consumer thread runs with Redis only (REDIS_URL)');
const keys = createKeys(config.REDIS_PREFIX);
const township = roster.roster.township;
const queueOf = (queue: 'inbox' | 'outbox') => createRedisQueue({ redis, keys, township, queue, consumer: data.consumer });
const calendar = createWorkCalendar({ periods: roster.roster.periods, overridesPath: config.HOLIDAYS_PATH, logger });
// Only send() is used here: it queues under the message's claims; the main thread's outbox worker delivers.
const notifier = createOutbox({ queue: queueOf('outbox'), deliver: () => Promise.reject(new Error('sends are delivered by the main thread')), logger, metrics });
const deps: Deps = { config, roster, store, cases, notifier, clock: systemClock, logger, metrics, calendar };
// The HTTP thread says when it is busy acknowledging (consumer-thread.ts); the consumer then reads a trickle only.
const gate = createYieldGate();
const inbox = createInbox({
  admit: gate.admit,
  store,
  logger,
  metrics,
  dedupeTtlSeconds: config.DEDUPE_TTL_SECONDS,
  dispatch: createDispatch(deps),
  lane: (m) => senderLane(roster.sender(m.platform, m.userId), roster),
  queue: queueOf('inbox'),
  onDeadLetter: deadLetterAlert(config, notifier),
});

port.on('message', (m: ToConsumer) => {
  if (m.t === 'busy') return gate.setBusy(m.busy);
  if (m.t !== 'stop') return;
  gate.release();
  void inbox
    .stop()
    .then(() => store.close())
    .catch((err: unknown) => logger.error({ err }, 'consumer thread: stop failed'))
    .finally(() => {
      if (incTimer) clearTimeout(incTimer);
      reportIncs();
      post({ t: 'stopped' });
      process.exit(0);
    });
});
