import { readFileSync } from 'node:fs';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Deps } from '../../src/core/deps.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage, OutboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createNotifier, createRecordingClient } from '../../src/platforms/notifier.js';
import { indexRoster, parseRoster, type Roster } from '../../src/roster.js';
import { createWorkCalendar } from '../../src/scheduler/work-calendar.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import type { ReportStore } from '../../src/store/report-store.js';
import { createDispatch } from '../../handlers/index.js';
import type { CaseStore } from '../../src/ledger/case-store.js';
import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';

export function sampleRoster(): Roster {
  return parseRoster(JSON.parse(readFileSync(new URL('../../roster.sample.json', import.meta.url), 'utf8')));
}

/** Deps for handler tests: sample roster, memory store (or the one given), a manual clock, recording clients. */
export function makeDeps(o: { now?: string; store?: ReportStore; cases?: CaseStore; roster?: Roster } = {}) {
  const clock = new ManualClock(o.now ?? '2026-10-02T10:00:00+08:00');
  const roster = indexRoster(o.roster ?? sampleRoster());
  const logger = silentLogger;
  const metrics = createMetrics();
  const recorder = createRecordingClient('wecom', () => clock.now());
  const store = o.store ?? new MemoryReportStore({ clock });
  const notifier = createNotifier({ clients: [], logger, metrics, fallback: recorder });
  const calendar = createWorkCalendar({ periods: roster.roster.periods, logger });
  const cases = o.cases ?? new MemoryCaseStore();
  const deps: Deps = { config: loadConfig({}), roster, store, cases, notifier, clock, logger, metrics, calendar };
  return { deps, clock, store, cases, recorder, sent: recorder.sent };
}

/**
 * A chat for conversation tests: `say` sends a message as a roster member through the real Inbox and handlers,
 * and returns what the bot sent in answer (replies and alerts).
 */
export function makeChat(o: Parameters<typeof makeDeps>[0] = {}) {
  const made = makeDeps(o);
  const inbox = createInbox({ store: made.store, logger: made.deps.logger, metrics: made.deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(made.deps) });
  let seq = 0;
  async function send(userId: string, text: string, extra: Partial<InboundMessage> = {}): Promise<OutboundMessage[]> {
    const before = made.sent.length;
    seq += 1;
    await inbox.accept({ platform: 'wecom', msgId: `m${seq}`, chatId: 'units-chat', userId, text, at: made.clock.now(), ...extra });
    await inbox.drain();
    return made.sent.slice(before);
  }
  return { ...made, inbox, send, say: async (userId: string, text: string) => (await send(userId, text)).filter((m) => m.kind === 'reply') };
}
