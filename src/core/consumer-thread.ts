import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';

// The inbox's consumer (parse, handlers, store writes, queued sends) in a worker thread of its own, so that the
// HTTP event loop does nothing but verify, queue and acknowledge. Measured with bench:webhook (README): with the
// handlers on the same loop, long texts pushed the acknowledgement's p99 to seconds.
//
// A thread and not a pool (piscina): the consumer is one long-lived loop with its own Redis connection that reads
// the stream, keeps one sender's messages in order and acknowledges after the effects; there are no tasks to farm
// out, and a pool would move parsing only, leaving the handlers' Redis work and JSON on the HTTP loop.
// A thread and not a child process: it ends with the process (kill -9 leaves no orphan consuming under the same
// name) and needs no supervision of its own; what it took and did not acknowledge is read back at the next start.

export interface ConsumerThreadOptions {
  /** The environment the configuration is read from (main.ts: process.env), read again in the thread. */
  env: Record<string, string | undefined>;
  /** The consumer name in the stream's group (stable across restarts: see INBOX_CONSUMER). */
  consumer: string;
  /** The file descriptor the thread's logs go to (1, or 2 in console mode). */
  logFd: number;
  logger: Logger;
  /** The counters the handlers bump in the thread are added here, so /metrics shows them. */
  metrics: Metrics;
  /** A thread that dies (an uncaught error) is started again after this long (default 1 s). */
  restartDelayMs?: number;
  /**
   * Every this many ms the HTTP thread is sampled (default 100): when its event loop was busy more than
   * busyUtilization of the time (default 0.5), or it accepted messages at busyRate a second or more (default 200:
   * a burst, which on a machine busy with other work leaves the loop idle while its requests wait for the CPU),
   * the consumer is told to give way (yield-gate.ts). 0 turns this off.
   */
  busySampleMs?: number;
  busyUtilization?: number;
  busyRate?: number;
}

export interface ConsumerThread {
  /** Stops reading; handlers under way finish, the rest stays queued. */
  stop(): Promise<void>;
}

/** Counter increments made in the thread since its last report: a counter's name, its labels, how much. */
export type CounterIncs = { name: string; labels?: Record<string, string | number>; n: number }[];
export type FromConsumer = { t: 'incs'; incs: CounterIncs } | { t: 'stopped' };
/** busy: the HTTP thread's event loop was busy over the last sample (sent every sample while busy, then once not). */
export type ToConsumer = { t: 'busy'; busy: boolean } | { t: 'stop' };

/** The worker's entry beside this file: the .js when built; from the sources, the .ts behind tsx's loader. */
function entry(): { file: URL | string; eval?: true } {
  if (!import.meta.url.endsWith('.ts')) return { file: new URL('./consumer-worker.js', import.meta.url) };
  // Loader hooks of the main thread (node --import tsx, or tsx's register() in scripts/launch.mjs) do not reach a
  // worker on Node 20: the thread registers tsx itself, then imports the entry.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const file = JSON.stringify(new URL('./consumer-worker.ts', import.meta.url).href);
  return { file: `import(${api}).then((tsx) => { tsx.register(); return import(${file}); });`, eval: true };
}

export function startConsumerThread(o: ConsumerThreadOptions): ConsumerThread {
  const { logger, metrics } = o;
  let stopping = false;
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let restart: NodeJS.Timeout | undefined;

  function spawn(): void {
    const e = entry();
    const w = new Worker(e.file, { workerData: { env: o.env, consumer: o.consumer, logFd: o.logFd }, ...(e.eval ? { eval: true } : {}) });
    worker = w;
    w.on('message', (m: FromConsumer) => {
      if (m.t !== 'incs') return;
      for (const { name, labels, n } of m.incs) {
        const counter = (metrics as unknown as Record<string, { inc?: (...a: unknown[]) => void }>)[name];
        if (labels) counter?.inc?.(labels, n);
        else counter?.inc?.(n);
      }
    });
    w.on('error', (err) => logger.error({ err }, 'inbox consumer thread failed'));
    exited = new Promise<void>((resolve) =>
      w.once('exit', (code) => {
        resolve();
        if (stopping) return;
        // What it had taken and not acknowledged is pending under its consumer name: the next one reads it back.
        logger.error({ code }, 'inbox consumer thread ended; starting it again');
        restart = setTimeout(spawn, o.restartDelayMs ?? 1000);
      }),
    );
  }
  spawn();

  // The HTTP thread's busyness, told to the consumer: it is what the acknowledgements lose to the consumer's CPU.
  const sampleMs = o.busySampleMs ?? 100;
  const threshold = o.busyUtilization ?? 0.5;
  const burst = ((o.busyRate ?? 200) * sampleMs) / 1000;
  let last = performance.eventLoopUtilization();
  let lastReceived = 0;
  let wasBusy = false;
  const received = async () => (await metrics.messagesReceived.get()).values.reduce((s, v) => s + v.value, 0);
  const sampler =
    sampleMs > 0
      ? setInterval(() => {
          const now = performance.eventLoopUtilization();
          const utilization = performance.eventLoopUtilization(now, last).utilization;
          last = now;
          void received().then((n) => {
            const busy = utilization > threshold || n - lastReceived >= burst;
            lastReceived = n;
            if (busy || wasBusy) worker?.postMessage({ t: 'busy', busy } satisfies ToConsumer);
            wasBusy = busy;
          });
        }, sampleMs)
      : undefined;
  sampler?.unref();

  return {
    async stop() {
      stopping = true;
      if (sampler) clearInterval(sampler);
      if (restart) clearTimeout(restart);
      const w = worker;
      if (!w) return;
      w.postMessage({ t: 'stop' } satisfies ToConsumer);
      // The thread stops its loop and waits for the handlers under way (they only write to Redis and queue sends).
      const timer = setTimeout(() => void w.terminate(), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
