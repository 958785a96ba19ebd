import type { Logger } from '../logger.js';

export interface ShutdownStep {
  name: string;
  run: () => Promise<unknown>;
}

export interface ShutdownOptions {
  logger: Logger;
  /** Run in this order: stop accepting, finish in-flight messages, stop jobs, close clients, close the store. */
  steps: ShutdownStep[];
  /** Default SIGTERM (systemd, docker stop) and SIGINT (Ctrl-C). */
  signals?: NodeJS.Signals[];
  /** Give up and exit 1 after this long; keep it under systemd's TimeoutStopSec and docker's stop_grace_period. */
  timeoutMs?: number;
  /** process.exit by default; tests pass their own. */
  exit?: (code: number) => void;
}

/**
 * Graceful shutdown: on the first signal, runs the steps one after another (a failing step is logged and the
 * next still runs, so Redis is closed even if a client hangs up badly), then exits 0; exits 1 if the whole thing
 * takes longer than timeoutMs. A second signal exits at once. Returns `stop(reason)` for other triggers (stdin
 * closed in console mode); calling it twice returns the same promise.
 */
export function onShutdown(o: ShutdownOptions): (reason: string) => Promise<void> {
  const signals = o.signals ?? ['SIGTERM', 'SIGINT'];
  const timeoutMs = o.timeoutMs ?? 25_000;
  const exit = o.exit ?? ((code: number) => process.exit(code));
  let stopping: Promise<void> | undefined;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      o.logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    void stop(signal);
  };
  for (const s of signals) process.on(s, onSignal);

  function stop(reason: string): Promise<void> {
    stopping ??= run(reason);
    return stopping;
  }

  async function run(reason: string): Promise<void> {
    const started = Date.now();
    o.logger.info({ reason }, 'shutting down');
    let current = '';
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref();
    });
    const steps = (async () => {
      for (const step of o.steps) {
        current = step.name;
        const t = Date.now();
        try {
          await step.run();
          o.logger.info({ step: step.name, ms: Date.now() - t }, 'shutdown step done');
        } catch (err) {
          o.logger.error({ err, step: step.name }, 'shutdown step failed; continuing');
        }
      }
      return 'done' as const;
    })();
    const outcome = await Promise.race([steps, timedOut]);
    clearTimeout(timer);
    for (const s of signals) process.off(s, onSignal);
    if (outcome === 'timeout') {
      o.logger.error({ step: current, timeoutMs }, 'shutdown timed out; exiting anyway');
      exit(1);
      return;
    }
    o.logger.info({ ms: Date.now() - started }, 'shutdown complete');
    exit(0);
  }

  return stop;
}
