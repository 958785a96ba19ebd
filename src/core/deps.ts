import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { Notifier } from '../platforms/types.js';
import type { RosterIndex } from '../roster.js';
import type { WorkCalendar } from '../scheduler/work-calendar.js';
import type { ReportStore } from '../store/report-store.js';
import type { CaseStore } from '../ledger/case-store.js';

/** Everything handlers and jobs need, built once in main.ts (or by a test, or by `simulate`). */
export interface Deps {
  config: Config;
  roster: RosterIndex;
  store: ReportStore;
  /** The case ledger (台账) and key-person register, beside the reports. */
  cases: CaseStore;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  calendar: WorkCalendar;
}
