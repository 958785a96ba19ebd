// Deps for job and scheduler tests: a fixed clock, the memory store (or the one given), a recording notifier.
// No handlers or parser: jobs only read the store and send.
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createNotifier, createRecordingClient } from '../../src/platforms/notifier.js';
import { indexRoster, type Roster } from '../../src/roster.js';
import { createWorkCalendar } from '../../src/scheduler/work-calendar.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import type { ReportStore } from '../../src/store/report-store.js';
import type { CaseStore } from '../../src/ledger/case-store.js';
import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';

export function jobDeps(o: { roster: Roster; now: string | Date; store?: ReportStore; cases?: CaseStore; logger?: Logger; env?: Record<string, string> }) {
  const clock = new ManualClock(o.now);
  const roster = indexRoster(o.roster);
  const logger = o.logger ?? silentLogger;
  const metrics = createMetrics();
  const recorder = createRecordingClient('console', () => clock.now());
  const store = o.store ?? new MemoryReportStore({ clock });
  const notifier = createNotifier({ clients: [], logger, metrics, fallback: recorder });
  const calendar = createWorkCalendar({ periods: roster.roster.periods, logger });
  const cases = o.cases ?? new MemoryCaseStore();
  const deps: Deps = { config: loadConfig(o.env ?? {}), roster, store, cases, notifier, clock, logger, metrics, calendar };
  return { deps, clock, store, cases, metrics, sent: recorder.sent };
}
