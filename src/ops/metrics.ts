import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics; one registry per app instance so tests do not share counters. */
export function createMetrics(options: { defaults?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'wwb_' });
  const m = {
    registry,
    messagesReceived: new Counter({ name: 'wwb_messages_received_total', help: 'Inbound chat messages accepted after verification', labelNames: ['platform'] as const, registers: [registry] }),
    messagesHandled: new Counter({ name: 'wwb_messages_handled_total', help: 'Inbound messages handled and acknowledged (received minus handled: the backlog)', registers: [registry] }),
    reportsStored: new Counter({ name: 'wwb_reports_stored_total', help: 'Reports stored, by kind', labelNames: ['kind'] as const, registers: [registry] }),
    parseFailures: new Counter({ name: 'wwb_parse_failures_total', help: 'Messages that looked like reports but could not be understood', registers: [registry] }),
    duplicatesDropped: new Counter({ name: 'wwb_duplicates_dropped_total', help: 'Platform redeliveries dropped', labelNames: ['platform'] as const, registers: [registry] }),
    rejected: new Counter({ name: 'wwb_requests_rejected_total', help: 'Callbacks rejected, by reason', labelNames: ['platform', 'reason'] as const, registers: [registry] }),
    sends: new Counter({ name: 'wwb_sends_total', help: 'Outbound sends, by platform and outcome', labelNames: ['platform', 'outcome'] as const, registers: [registry] }),
    jobRuns: new Counter({ name: 'wwb_job_runs_total', help: 'Scheduled job runs and skips', labelNames: ['job', 'outcome'] as const, registers: [registry] }),
    journaled: new Counter({ name: 'wwb_journaled_total', help: 'Messages written to the local journal while Redis was unreachable', registers: [registry] }),
    journalReplayed: new Counter({ name: 'wwb_journal_replayed_total', help: 'Journaled messages replayed after Redis came back', registers: [registry] }),
    deadLetters: new Counter({ name: 'wwb_dead_letters_total', help: 'Entries parked in a dead-letter list after failing every attempt (alert on any)', labelNames: ['queue'] as const, registers: [registry] }),
    journalPending: new Gauge({ name: 'wwb_journal_pending', help: 'Messages in the local journal waiting for Redis (alert if it stays above 0)', registers: [registry] }),
    webhookLatency: new Histogram({
      name: 'wwb_webhook_duration_seconds',
      help: 'Time from request to acknowledgement of platform callbacks',
      labelNames: ['platform'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
  return m;
}
export type Metrics = ReturnType<typeof createMetrics>;
