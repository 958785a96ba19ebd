import { z } from 'zod';

// The typed reports of shared/spec/parse-contract.md. One schema per kind; TypeScript types derive from them.
// Extra fields beyond the contract (summary, correction) are ours; the contract's consumers ignore them.

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const EscalationSchema = z.enum(['township', 'county', 'city', 'province', 'beijing']);
export type Escalation = z.infer<typeof EscalationSchema>;
/** Ordered from local to the top; index = severity. */
export const ESCALATION_ORDER: readonly Escalation[] = ['township', 'county', 'city', 'province', 'beijing'];

const dated = {
  unit: z.string().nullable(),
  date: IsoDateSchema,
  correction: z.literal(true).optional(),
};

export const ZeroReportSchema = z.object({ kind: z.literal('zero_report'), ...dated });

export const CountsSchema = z.object({
  disputesFound: z.number().int().nonnegative().optional(),
  disputesResolved: z.number().int().nonnegative().optional(),
  petitions: z.number().int().nonnegative().optional(),
  keyPersons: z.number().int().nonnegative().optional(),
  keyPersonsAbnormal: z.number().int().nonnegative().optional(),
});
export type Counts = z.infer<typeof CountsSchema>;
export const LevelSchema = z.enum(['stable', 'watch', 'alert']);
export type Level = z.infer<typeof LevelSchema>;

export const DailyAssessmentSchema = z.object({
  kind: z.literal('daily_assessment'),
  ...dated,
  counts: CountsSchema,
  level: LevelSchema.nullable(),
});

/** How sure a petition told of is, when it is not an act: threatened (扬言), planned (准备/明天要去), heard (听说/可能). */
export const RiskModalitySchema = z.enum(['threat', 'plan', 'rumour']);

export const PersonSchema = z.object({
  name: z.string().min(1),
  state: z.enum(['stable', 'abnormal']),
  whereabouts: z.enum(['home', 'away', 'unknown']),
  escalation: EscalationSchema.nullable(),
  /** Absent when the petition happened (or there is none); kept with the report so every later reader says the same. */
  modality: RiskModalitySchema.optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const KeyPersonReportSchema = z.object({
  kind: z.literal('key_person'),
  ...dated,
  persons: z.array(PersonSchema).min(1),
});

export const IncidentSchema = z.object({
  kind: z.literal('incident'),
  ...dated,
  escalation: EscalationSchema.nullable(),
  people: z.number().int().positive().nullable(),
  collective: z.boolean(),
  /** A short excerpt of what happened, for receipts and alerts (not part of the contract). */
  summary: z.string().optional(),
  /** As Person.modality: absent for an act (and in reports stored before it was kept: read from the summary). */
  modality: RiskModalitySchema.optional(),
});

export const CommandNameSchema = z.enum(['help', 'missing', 'stats', 'confirm', 'undo']);
export type CommandName = z.infer<typeof CommandNameSchema>;
export const CommandSchema = z.object({ kind: z.literal('command'), name: CommandNameSchema });
export const ChatterSchema = z.object({ kind: z.literal('chatter') });

export const ReportSchema = z.discriminatedUnion('kind', [
  ZeroReportSchema,
  DailyAssessmentSchema,
  KeyPersonReportSchema,
  IncidentSchema,
  CommandSchema,
  ChatterSchema,
]);
export type Report = z.infer<typeof ReportSchema>;
export type ZeroReport = z.infer<typeof ZeroReportSchema>;
export type DailyAssessment = z.infer<typeof DailyAssessmentSchema>;
export type KeyPersonReport = z.infer<typeof KeyPersonReportSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Command = z.infer<typeof CommandSchema>;
/** The kinds that are about a unit and a day, and get stored. */
export type DatedReport = ZeroReport | DailyAssessment | KeyPersonReport | Incident;
export type DatedKind = DatedReport['kind'];
export const DATED_KINDS: readonly DatedKind[] = ['zero_report', 'daily_assessment', 'key_person', 'incident'];

export function isDated(r: Report): r is DatedReport {
  return r.kind !== 'command' && r.kind !== 'chatter';
}

/** Why a message gave a warning. The text shown to people lives in src/strings.ts (parseWarningText). */
export const ParseWarningCodeSchema = z.enum([
  /** 零报告 plus something that happened: the zero report was dropped. */
  'self_contradiction',
  /** Several units' news in one message, one unit's with something to report: the others' zero reports were not filed. */
  'zero_beside_news',
  /** The message names a unit the roster does not know. */
  'unknown_unit',
  /** The report is dated after the day it was sent. */
  'future_date',
  /** It looks like a report but no unit could be found. */
  'no_unit',
  /** The text was cut because it was too long to parse whole. */
  'truncated',
]);
export type ParseWarningCode = z.infer<typeof ParseWarningCodeSchema>;

/** Why the parser is not sure: a 零报告 misspelt twice (灵保告), 同上 / 和昨天一样, a zero report said for tomorrow, a day said quiet in everyday words (今天没事). */
export const UnsureReasonSchema = z.enum(['typo', 'same_as_before', 'future_day', 'quiet']);
export type UnsureReason = z.infer<typeof UnsureReasonSchema>;

export const ParseResultSchema = z.object({
  reports: z.array(ReportSchema),
  warnings: z.array(ParseWarningCodeSchema),
  /** True when the text looks like an attempt at a report that could not be understood (the bot asks back). */
  unclear: z.boolean(),
  /**
   * The message looks like a report the parser could not read for sure: what it would register (the bot asks
   * “您是要报 … 吗？” and a 是 registers it). Absent when the parser is sure (reports) or sees no report (chatter).
   */
  unsure: z.object({ reason: UnsureReasonSchema, guess: ZeroReportSchema }).optional(),
});
export type ParseResult = z.infer<typeof ParseResultSchema>;

/** One unit the parser can recognise: canonical name plus aliases. */
export interface UnitName {
  name: string;
  aliases: readonly string[];
}

export interface ParseInput {
  text: string;
  /** When the message was sent; the default day of a report, in Asia/Shanghai. */
  sentAt: Date;
  /** The unit the sender belongs to (from the roster), or null for leaders and office staff. */
  senderUnit: string | null;
}
