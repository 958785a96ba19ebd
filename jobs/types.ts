import type { Deps } from '../src/core/deps.js';

/** What one run of a job did, for logs, metrics and tests. */
export interface JobResult {
  /** Messages handed to the notifier. */
  sent: number;
  /** Why nothing was sent, when nothing was (e.g. 'not_report_day', 'none_missing', 'nothing_reported'). */
  skipped?: string;
}

/**
 * One row of the job table. `run` gets the scheduled instant (the slot), not the wall clock: a run that starts a
 * little late, or a start-up catch-up, is still about the day of its slot.
 */
export interface Job {
  /** Unique; also the node-cron task name and the run-coordinator key prefix. */
  name: string;
  /** node-cron expression, always read in Asia/Shanghai. */
  cron: string;
  /** Sent once at start-up if its slot passed less than CATCHUP_HOURS ago today and it was not sent. */
  catchUp?: boolean;
  run(deps: Deps, slot: Date): Promise<JobResult>;
}
