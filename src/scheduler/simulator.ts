import { createJobs, type Job } from '../../jobs/index.js';
import { ManualClock } from '../clock.js';
import { type Config, loadConfig } from '../config.js';
import type { Deps } from '../core/deps.js';
import type { InboundMessage, OutboundKind, OutboundMessage } from '../core/message.js';
import { shanghaiDate } from '../dates.js';
import { type Logger, silentLogger } from '../logger.js';
import { createMetrics } from '../ops/metrics.js';
import type { Notifier } from '../platforms/types.js';
import { indexRoster, type Platform, type Roster } from '../roster.js';
import { MemoryReportStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { CaseStore } from '../ledger/case-store.js';
import { MemoryCaseStore } from '../ledger/memory-case-store.js';
import { dueSlots } from './due-slots.js';
import { createRunCoordinator, fireSlot } from './scheduler.js';
import { createWorkCalendar } from './work-calendar.js';

// The reusable core of `simulate` (shared/spec/simulate-contract.md): real handlers, a real store and the real job
// table on a virtual clock. Slots fire through the same coordinator path as production (fireSlot), and their
// times come from the same dueSlots that reads the cron expressions, so a dry run shows what production would do.

/** One chat message of the input. */
export interface SimMessage {
  at: Date;
  platform: Platform;
  chatId: string;
  senderId: string;
  senderName?: string;
  text: string;
}

/** One message the bot sent, as printed by `simulate`. */
export interface SentLine {
  at: string;
  platform: Platform;
  chatId: string;
  kind: OutboundKind;
  text: string;
  mentions: string[];
}

export type DispatchFactory = (deps: Deps) => (msg: InboundMessage) => Promise<void>;

export interface SimulatorOptions {
  roster: Roster;
  /** Where the virtual clock starts (the first message, or --from). */
  start: Date;
  /** Default: a fresh in-memory store on the virtual clock. */
  store?: ReportStore;
  /** Default: a fresh in-memory case ledger. */
  cases?: CaseStore;
  config?: Config;
  logger?: Logger;
  /** Default: the real handlers (`createDispatch` of handlers/index.ts). */
  createDispatch?: DispatchFactory;
  /** Called with every sent message as it is sent (the command streams them to stdout). */
  onSend?: (line: SentLine) => void;
}

export interface Simulator {
  deps: Deps;
  clock: ManualClock;
  jobs: Job[];
  /** Everything the bot sent, in order. */
  sent: SentLine[];
  /** Moves the clock to `to`, firing every slot due on the way (from < slot <= to) at its own time. */
  advanceTo(to: Date): Promise<void>;
  /** Fires the slots up to the message's time, then hands the message to the handlers. Throws if out of order. */
  deliver(msg: SimMessage, msgId?: string): Promise<void>;
}

/** '2026-10-01T15:40:00+08:00': the contract's style, readable by the administrators who run it. */
export function shanghaiIso(at: Date): string {
  const t = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 19);
  return `${shanghaiDate(at)}T${t}+08:00`;
}

export async function createSimulator(o: SimulatorOptions): Promise<Simulator> {
  const clock = new ManualClock(o.start);
  const roster = indexRoster(o.roster);
  const logger = o.logger ?? silentLogger;
  const config = o.config ?? loadConfig({});
  const sent: SentLine[] = [];
  const notifier: Notifier = {
    async send(m: OutboundMessage) {
      const line: SentLine = { at: shanghaiIso(clock.now()), platform: m.platform, chatId: m.chatId, kind: m.kind, text: m.text, mentions: [...m.mentions] };
      sent.push(line);
      o.onSend?.(line);
    },
  };
  const deps: Deps = {
    config,
    roster,
    store: o.store ?? new MemoryReportStore({ clock, rawRetentionDays: config.RAW_RETENTION_DAYS }),
    cases: o.cases ?? new MemoryCaseStore(),
    notifier,
    clock,
    logger,
    metrics: createMetrics(),
    calendar: createWorkCalendar({ periods: roster.roster.periods, overridesPath: config.HOLIDAYS_PATH, logger }),
  };
  // Loaded lazily so the simulator's own tests can inject a dispatch while the handlers are being built.
  const makeDispatch = o.createDispatch ?? (await import('../../handlers/index.js')).createDispatch;
  const dispatch = makeDispatch(deps);
  const jobs = createJobs(roster.roster);
  const coordinator = createRunCoordinator(deps);
  // Slots exactly at the start instant fire too (the contract: the clock starts there).
  let cursor = new Date(o.start.getTime() - 1);
  let seq = 0;

  async function advanceTo(to: Date): Promise<void> {
    if (to.getTime() < cursor.getTime()) throw new Error(`cannot move the clock back from ${shanghaiIso(cursor)} to ${shanghaiIso(to)}`);
    for (const slot of dueSlots(jobs, cursor, to)) {
      clock.set(slot.at);
      await fireSlot(slot.job, deps, slot.at, coordinator, 'simulated');
    }
    cursor = to;
    clock.set(to);
  }

  return {
    deps,
    clock,
    jobs,
    sent,
    advanceTo,
    async deliver(m, msgId) {
      if (m.at.getTime() < clock.now().getTime()) throw new Error(`message at ${shanghaiIso(m.at)} is before the clock (${shanghaiIso(clock.now())}); input must be in time order`);
      // A job slot at the very second of a message fires first, as a cron tick would beat a human.
      await advanceTo(m.at);
      seq += 1;
      await dispatch({
        platform: m.platform,
        msgId: msgId ?? `sim-${seq}`,
        chatId: m.chatId,
        userId: m.senderId,
        ...(m.senderName ? { userName: m.senderName } : {}),
        text: m.text,
        at: m.at,
      });
    },
  };
}
