import cron, { type RunCoordinator, type ScheduledTask, type TaskContext } from 'node-cron';
import type { Job, JobResult } from '../../jobs/types.js';
import type { Deps } from '../core/deps.js';
import { shanghaiDate } from '../dates.js';
import type { Logger } from '../logger.js';
import { dueSlots } from './due-slots.js';

export { dueSlots } from './due-slots.js';

/**
 * How long a job slot stays claimed. Long on purpose and never deleted: if the claim expired (or were released
 * on completion) an instance firing late (event-loop stall, clock skew) could run the slot a second time.
 */
export const JOB_CLAIM_TTL_SECONDS = 2 * 86_400;

/** node-cron's coordinator key for a slot: "<task name>:<slot ISO>", identical on every instance. */
export function slotKey(job: Pick<Job, 'name'>, slot: Date): string {
  return `${job.name}:${slot.toISOString()}`;
}

/** A node-cron RunCoordinator over the store's SET NX EX claims: the first instance to claim a slot runs it. */
export function createRunCoordinator(deps: Pick<Deps, 'store' | 'roster'>, ttlSeconds = JOB_CLAIM_TTL_SECONDS): RunCoordinator {
  const township = deps.roster.roster.township;
  // No onComplete: deleting the claim would let a late instance re-run the slot.
  return { shouldRun: (key) => deps.store.claimOnce('job', `${township}:${key}`, ttlSeconds) };
}

export type RunReason = 'scheduled' | 'catchup' | 'simulated';

/** Runs one slot of a job; never throws (a failed digest must not stop the scheduler), logs and counts instead. */
export async function runJob(job: Job, deps: Deps, slot: Date, reason: RunReason): Promise<JobResult | undefined> {
  const log = deps.logger.child({ job: job.name, slot: slot.toISOString(), reason });
  try {
    const res = await job.run(deps, slot);
    deps.metrics.jobRuns.inc({ job: job.name, outcome: res.skipped ? 'skipped' : reason === 'catchup' ? 'catchup' : 'ok' });
    log.info({ sent: res.sent, skipped: res.skipped }, 'job done');
    return res;
  } catch (err) {
    deps.metrics.jobRuns.inc({ job: job.name, outcome: 'error' });
    log.error({ err }, 'job failed');
    return undefined;
  }
}

export type FireOutcome = 'ran' | 'not-elected' | 'coordinator-error';

/**
 * The coordinated path of one slot, exactly as node-cron's distributed runner takes it (same key, same
 * fail-closed handling): the simulator and the multi-instance tests go through here.
 */
export async function fireSlot(job: Job, deps: Deps, slot: Date, coordinator: RunCoordinator, reason: RunReason = 'scheduled'): Promise<FireOutcome> {
  let allowed: boolean;
  try {
    allowed = await coordinator.shouldRun(slotKey(job, slot), JOB_CLAIM_TTL_SECONDS * 1000);
  } catch (err) {
    onSkipped(job, deps, slot, 'coordinator-error', err);
    return 'coordinator-error';
  }
  if (!allowed) {
    onSkipped(job, deps, slot, 'not-elected');
    return 'not-elected';
  }
  await runJob(job, deps, slot, reason);
  return 'ran';
}

function onSkipped(job: Job, deps: Deps, slot: Date, reason: string | undefined, err?: unknown): void {
  if (reason === 'coordinator-error') {
    // node-cron fails closed: without this line a Redis outage would silently drop a digest.
    deps.metrics.jobRuns.inc({ job: job.name, outcome: 'coordinator_error' });
    deps.logger.error({ job: job.name, slot: slot.toISOString(), err }, 'job slot skipped: the run coordinator (Redis) failed; check Redis');
  } else {
    deps.metrics.jobRuns.inc({ job: job.name, outcome: 'not_elected' });
    deps.logger.debug({ job: job.name, slot: slot.toISOString() }, 'job slot taken by another instance');
  }
}

/** The slots of catch-up jobs that passed less than `hours` ago today (Asia/Shanghai), the latest per job. */
export function catchUpSlots(jobs: readonly Job[], now: Date, hours: number): { job: Job; at: Date }[] {
  if (hours <= 0) return [];
  const today = shanghaiDate(now);
  const from = new Date(now.getTime() - hours * 3_600_000);
  return jobs
    .filter((j) => j.catchUp)
    .flatMap((j) => dueSlots([j], from, now).filter((s) => shanghaiDate(s.at) === today).slice(-1));
}

function cronLogger(logger: Logger) {
  const l = logger.child({ component: 'node-cron' });
  return {
    info: (m: string) => l.info(m),
    warn: (m: string) => l.warn(m),
    error: (m: string | Error, err?: Error) => l.error({ err: err ?? (m instanceof Error ? m : undefined) }, String(m instanceof Error ? m.message : m)),
    debug: (m: string | Error) => l.debug(String(m)),
  };
}

export interface SchedulerOptions {
  /** Start-up catch-up window; default config.CATCHUP_HOURS. 0 turns it off. */
  catchUpHours?: number;
  /** Override the store-backed coordinator (tests). */
  coordinator?: RunCoordinator;
}

export interface Scheduler {
  /** Settles when the start-up catch-up has run. */
  readonly catchUp: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Schedules every job with node-cron in Asia/Shanghai, coordinated across instances through the store, and sends
 * once at start-up a digest or summary whose slot passed less than CATCHUP_HOURS ago today (node-cron does not
 * persist or replay missed runs). Sends are additionally guarded by a per-job, per-day, per-group claim.
 */
export function startScheduler(jobs: readonly Job[], deps: Deps, options: SchedulerOptions = {}): Scheduler {
  const coordinator = options.coordinator ?? createRunCoordinator(deps);
  const logger = cronLogger(deps.logger);
  const tasks: ScheduledTask[] = jobs.map((job) => {
    const task = cron.schedule(job.cron, (ctx: TaskContext) => runJob(job, deps, ctx.date, 'scheduled'), {
      timezone: 'Asia/Shanghai',
      name: job.name,
      noOverlap: true,
      distributed: true,
      runCoordinator: coordinator,
      distributedLease: JOB_CLAIM_TTL_SECONDS * 1000,
      logger,
    });
    task.on('execution:skipped', (ctx) => onSkipped(job, deps, ctx.date, ctx.reason, ctx.error));
    task.on('execution:missed', (ctx) => {
      deps.metrics.jobRuns.inc({ job: job.name, outcome: 'missed' });
      deps.logger.warn({ job: job.name, slot: ctx.date.toISOString() }, 'job slot missed (process busy or clock jump)');
    });
    return task;
  });
  deps.logger.info({ jobs: jobs.map((j) => `${j.name} ${j.cron}`) }, 'scheduler started (Asia/Shanghai)');

  const hours = options.catchUpHours ?? deps.config.CATCHUP_HOURS;
  const catchUp = (async () => {
    for (const { job, at } of catchUpSlots(jobs, deps.clock.now(), hours)) {
      deps.logger.info({ job: job.name, slot: at.toISOString() }, 'catch-up: slot passed while down; sending once if not sent');
      // Not through the coordinator: its claim is taken before a run, so a run that died half-way would block the
      // catch-up forever. The per-group send claims make a repeat harmless.
      await runJob(job, deps, at, 'catchup');
    }
  })();

  return {
    catchUp,
    async stop() {
      await catchUp;
      for (const t of tasks) await t.destroy();
    },
  };
}
