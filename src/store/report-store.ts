import { z } from 'zod';
import type { IsoDate } from '../dates.js';
import { type DatedKind, IncidentSchema, DailyAssessmentSchema, KeyPersonReportSchema, PersonSchema, ZeroReportSchema } from '../parser/schema.js';
import { PlatformSchema, RoleSchema } from '../roster.js';
import type { DayAggregate, PeriodId, Vec } from './aggregates.js';

// The port every store implements (memory and Redis). Handlers and jobs see only this file.

/** Who, how and when: stored beside each report so a digest can say 代报/迟报 and an audit can trace it. */
export const ReportMetaSchema = z.object({
  /** Unique id of this stored report (message id + index). */
  id: z.string(),
  msgId: z.string(),
  platform: PlatformSchema,
  chatId: z.string(),
  senderId: z.string(),
  senderName: z.string().optional(),
  /** When the bot received it (ISO instant). */
  receivedAt: z.string(),
  /** Reported by someone of another unit (代报), or by someone not on the roster. */
  proxy: z.boolean().optional(),
  unrostered: z.boolean().optional(),
  /** Arrived after that day's deadline (迟报). */
  late: z.boolean().optional(),
  /** The leaders' alert this report was told in (or updates): its number and when it was first sent. */
  alert: z.object({ no: z.number().int().positive(), at: z.string() }).optional(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

const withMeta = { meta: ReportMetaSchema };
export const StoredReportSchema = z.discriminatedUnion('kind', [
  ZeroReportSchema.extend({ unit: z.string(), ...withMeta }),
  DailyAssessmentSchema.extend({ unit: z.string(), ...withMeta }),
  KeyPersonReportSchema.extend({ unit: z.string(), ...withMeta }),
  IncidentSchema.extend({ unit: z.string(), ...withMeta }),
]);
/** A dated report with a known unit, as stored. */
export type StoredReport = z.infer<typeof StoredReportSchema>;

export const RawMessageSchema = z.object({
  msgId: z.string(),
  platform: PlatformSchema,
  chatId: z.string(),
  senderId: z.string(),
  at: z.string(),
  text: z.string(),
});
export type RawMessage = z.infer<typeof RawMessageSchema>;

/** A signature; `version` is the unit-day's version seq it was given for (the last ReportVersion.seq seen). */
export const ConfirmationSchema = z.object({ memberId: z.string(), role: RoleSchema, at: z.string(), version: z.number().int().nonnegative().optional() });
export type Confirmation = z.infer<typeof ConfirmationSchema>;

export const PersonStateSchema = PersonSchema.extend({ unit: z.string(), date: z.string(), at: z.string() });
/** The latest known state of a key person, with the day it was reported. */
export type PersonState = z.infer<typeof PersonStateSchema>;

/**
 * One version of a unit-day's reports, oldest first in history(): every stored report ('report', or 'correction'
 * when it was sent as 更正) and every withdrawal ('withdrawn': the report `reportId` was taken back by `senderId`).
 * Nothing is overwritten: the current state (getDay) is what the versions leave standing.
 */
export const ReportVersionSchema = z.object({
  /** 1, 2, 3… within the unit-day. */
  seq: z.number().int().positive(),
  action: z.enum(['report', 'correction', 'withdrawn']),
  kind: z.enum(['zero_report', 'daily_assessment', 'key_person', 'incident']),
  reportId: z.string(),
  /** The report as stored ('report' and 'correction' only). */
  report: StoredReportSchema.optional(),
  senderId: z.string(),
  msgId: z.string(),
  at: z.string(),
});
export type ReportVersion = z.infer<typeof ReportVersionSchema>;

/** Who takes a report back with undoLast (the 撤回 message), recorded as the 'withdrawn' version. */
export interface Withdrawal {
  msgId: string;
  at: string;
}

/**
 * A 续报/终报 (handlers/follow-up.ts) as its sender's history keeps it. It stores no report of its own (its news goes
 * to the leaders under the followed incident's number and into that incident's case), so without this entry a 撤回
 * after it would take back what the sender sent before it.
 */
export const SentFollowUpSchema = z.object({
  /** Whose: the roster id (as a report's meta.senderId). */
  senderId: z.string(),
  word: z.enum(['续报', '终报']),
  unit: z.string(),
  /** The incident followed: its report id and day. */
  incidentId: z.string(),
  date: z.string(),
  /** The followed incident's alert: the number the leaders know it by (they were told the follow-up under it). */
  alert: z.object({ no: z.number().int().positive(), at: z.string() }).optional(),
  /** What it said, without its heading (as the leaders and the case's 进展 were told). */
  text: z.string(),
  /** Its message: the source of the 进展 step it wrote into the case. */
  platform: PlatformSchema,
  msgId: z.string(),
});
export type SentFollowUp = z.infer<typeof SentFollowUpSchema>;

/** What takeBackLast took back: the sender's latest message's reports and, if it was one, the follow-up. */
export interface TakenBack {
  reports: StoredReport[];
  followUp?: SentFollowUp;
  /** The text of that message, kept when it alerted the leaders or was a follow-up (to tell them what is withdrawn). */
  text?: string;
}

/** What takeBackLast would take back, for the checks before it (see lastSent). */
export type LastSent = { msgId: string; followUp: boolean } | { retry: true };

/** A unit excused from reporting on a day (免报), by a leader or staff. */
export const ExcuseSchema = z.object({ unit: z.string(), date: z.string(), reason: z.string(), by: z.string(), at: z.string() });
export type Excuse = z.infer<typeof ExcuseSchema>;

/** A member on leave (请假) or away (外出) from `from` to `to` inclusive; reminders do not @ them. */
export const LeaveSchema = z.object({
  memberId: z.string(),
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(['leave', 'away']),
  by: z.string(),
  at: z.string(),
});
export type Leave = z.infer<typeof LeaveSchema>;

/** What one unit reported on one day. */
export interface UnitDay {
  unit: string;
  zero?: StoredReport & { kind: 'zero_report' };
  assessment?: StoredReport & { kind: 'daily_assessment' };
  keyPersons?: StoredReport & { kind: 'key_person' };
  incidents: (StoredReport & { kind: 'incident' })[];
  confirmations: Confirmation[];
}

/** Everything written for one inbound message, applied atomically (all or nothing). */
export interface MessageWrite {
  township: string;
  raw: RawMessage;
  /** Reports to store. zero_report, daily_assessment and key_person replace the unit-day's earlier one of the same kind. */
  put: StoredReport[];
  /** Kinds to delete for a unit-day before the puts (e.g. a correction that turns a zero report into an incident). */
  remove?: { unit: string; date: IsoDate; kinds: DatedKind[] }[];
  /** The message is a 续报/终报 (its sender must be the puts' sender): recorded in the sender's history (takeBackLast). */
  followUp?: SentFollowUp;
}
// The write path: applyMessage is the ONE function (one Lua script in Redis) that applies a message's changes.
// Per put it also appends a ReportVersion to the unit-day's history; an incident whose meta.id is already stored
// replaces that incident in place (the same report sent again updates it); a put with `correction` clears the
// unit-day's confirmations (signatures apply to the version they saw; a correction asks for them again).

export type ClaimScope = 'message' | 'job' | 'send' | 'link';
/** Where a pending question was asked: one sender in one chat. */
export interface PendingAt {
  platform: string;
  chatId: string;
  senderId: string;
}

export interface ReportStore {
  /**
   * Keeps the raw message (audit) and applies the reports, atomically; validates everything first and writes nothing
   * if anything is invalid (throws). When `put` is not empty or the message is a follow-up, it becomes the latest
   * entry of its sender's history (`put[0].meta.senderId` / `followUp.senderId`, the id handlers pass to
   * takeBackLast); a raw-only write (chatter, commands) does not. A follow-up keeps the entry before it under it (a
   * 撤回 of the follow-up leaves that the latest again; at most HISTORY_DEPTH entries are kept); a message of reports
   * replaces the history (a 撤回 takes back one message of reports, as before). The same message applied again (a
   * retry) replaces its own entry, never stacks on it.
   */
  applyMessage(write: MessageWrite): Promise<void>;
  /**
   * Takes back the latest entry of the sender's history (撤回), in one atomic step: removes the reports of that
   * message (each removed report gets a 'withdrawn' version by `senderId` in the message `by`, and its unit-day
   * loses its confirmations), and returns them with its follow-up, if it was one; the entry under it becomes the
   * latest. Restores nothing else. The same `by.msgId` again (a retry of the 撤回) gets the same answer and takes
   * nothing more back.
   */
  takeBackLast(township: string, senderId: string, by: Withdrawal): Promise<TakenBack>;
  /** takeBackLast's reports only. */
  undoLast(township: string, senderId: string, by: Withdrawal): Promise<StoredReport[]>;
  /**
   * What takeBackLast(township, senderId, by) would take back, read only: the latest entry's message id and whether
   * it is a follow-up; `retry` when this 撤回 (`by.msgId`) took back an entry already; undefined when nothing is left.
   */
  lastSent(township: string, senderId: string, by: Withdrawal): Promise<LastSent | undefined>;
  /** The versions of a unit-day's reports, oldest first (see ReportVersion). */
  history(township: string, date: IsoDate, unit: string): Promise<ReportVersion[]>;
  /** The next number of a leaders' alert of the township: 1, 2, 3… never reused. */
  nextAlertNumber(township: string): Promise<number>;
  /** Excuses a unit for a day (免报); a second excuse of the same unit-day replaces the first. */
  excuse(township: string, e: Excuse): Promise<void>;
  /** The units excused on a day. */
  excused(township: string, date: IsoDate): Promise<Excuse[]>;
  /** Records a leave; one per member and start day (a second one with the same start replaces it). */
  addLeave(township: string, l: Leave): Promise<void>;
  /** The leaves that cover a day. */
  leaves(township: string, date: IsoDate): Promise<Leave[]>;
  /** Adds a confirmation (head or team leader) to a unit's day; returns all confirmations of that day. */
  confirm(township: string, date: IsoDate, unit: string, c: Confirmation): Promise<Confirmation[]>;
  /**
   * Every unit that reported anything on a day, keyed by unit name (a unit with confirmations but no report is left
   * out). One read (one HGETALL in Redis). Records that fail validation are skipped and logged.
   */
  getDay(township: string, date: IsoDate): Promise<Map<string, UnitDay>>;
  /**
   * getDay plus the day's data version, read together atomically (the same one HGETALL in Redis). Every write that
   * changes the township-day (applyMessage puts/removes, undoLast, confirm) sets a new version in the same atomic
   * step; a version is never reused, also after the day expired. '0' for a day never written.
   */
  getDayVersioned(township: string, date: IsoDate): Promise<{ version: string; units: Map<string, UnitDay> }>;
  /**
   * Cached totals of a day (whatever putDayTotals stored, unvalidated: the caller validates it), or undefined when
   * none is cached or the day changed since they were computed (the stored version differs from the current one).
   */
  getDayTotals(township: string, date: IsoDate): Promise<unknown | undefined>;
  /**
   * Caches totals computed from the day at `version` (from getDayVersioned). Ignored when the day changed since
   * (compare-and-set), so a stale computation never overwrites a newer one. Kept no longer than the day data.
   * For a day never written (version '0') the day gets a fresh version with the totals: empty days are cached too.
   */
  putDayTotals(township: string, date: IsoDate, totals: unknown, version: string): Promise<void>;
  /**
   * The aggregates of a day (aggregates.ts): sums over its units and its highlight units, kept by every write that
   * changes the day (applyMessage, undoLast, confirm) in the same atomic step. Zero sums for a day never written.
   */
  dayAggregate(township: string, date: IsoDate): Promise<DayAggregate>;
  /**
   * Only the sums of dayAggregate, for each date (one round trip in Redis): cumulative figures need no more. With
   * each, the day's change counter (`seq`, bumped by every write that changes its aggregates) and the count cached
   * under `countKey` by putDayCount when it was put at the current seq.
   */
  daySums(township: string, dates: readonly IsoDate[], countKey?: string): Promise<{ sums: Vec; seq: number; count?: number }[]>;
  /** Caches a count computed from a day's aggregates read at `seq` (e.g. roster units that reported); kept with them. */
  putDayCount(township: string, date: IsoDate, countKey: string, seq: number, count: number): Promise<void>;
  /**
   * The per-unit records of a half-month (`YYYY-MM-1|2`) or a year (`YYYY`), in batches of about `batch` units
   * (HSCAN in Redis: a province-sized township is never read in one reply). Damaged records are skipped and logged.
   */
  scanPeriod(township: string, period: PeriodId, batch?: number): AsyncIterable<[string, Vec][]>;
  /**
   * scanPeriod without an array per unit (the jobs read 100,000 records per period, several periods a run): calls
   * `each` with every unit's record in one array reused from call to call (copy what you keep), batch by batch.
   */
  eachInPeriod(township: string, period: PeriodId, each: (unit: string, rec: Readonly<Vec>) => void, batch?: number): Promise<void>;
  /** The unit-days of the given units on a day (units that reported nothing are left out), read by field. */
  getUnitDays(township: string, date: IsoDate, units: readonly string[]): Promise<Map<string, UnitDay>>;
  /** Every unit-day of a day, in batches of about `batch` units (for a rebuild: never a whole day in memory at once). */
  scanDay(township: string, date: IsoDate, batch?: number): AsyncIterable<UnitDay[]>;
  /**
   * Replaces stored aggregates with recomputed ones (`cli aggregates rebuild`): the given days' aggregates and the
   * given periods' records, each key replaced as a whole.
   */
  replaceAggregates(township: string, days: ReadonlyMap<IsoDate, DayAggregate>, periods: ReadonlyMap<PeriodId, ReadonlyMap<string, Vec>>): Promise<void>;
  /** Latest state of every key person of the township (name + unit → state). */
  keyPersons(township: string): Promise<PersonState[]>;
  /** A key person's reported states, oldest first. */
  personHistory(township: string, unit: string, name: string): Promise<PersonState[]>;
  /** Raw inbound messages of a day (audit), oldest first. */
  rawMessages(township: string, date: IsoDate): Promise<RawMessage[]>;
  /**
   * SET NX EX: true the first time (scope, id) is claimed within ttl. Scopes: 'message' (platform redelivery),
   * 'job' (one cron slot across instances), 'send' (one digest per group per day). Keys are built in keys.ts.
   */
  claimOnce(scope: ClaimScope, id: string, ttlSeconds: number): Promise<boolean>;
  /** Keeps the bot's pending question to a sender in a chat (replacing any earlier one) for `ttlSeconds`. */
  putPending(township: string, at: PendingAt, value: string, ttlSeconds: number): Promise<void>;
  /** Reads and deletes the pending question atomically (an answer registers it once); undefined when none or expired. */
  takePending(township: string, at: PendingAt): Promise<string | undefined>;
  /** True if the store is reachable (readiness). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export { ZeroReportSchema, DailyAssessmentSchema, KeyPersonReportSchema, IncidentSchema };
