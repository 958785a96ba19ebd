import { z } from 'zod';
import { EscalationSchema, IsoDateSchema } from '../parser/schema.js';

// A case of the ledger (台账): one dispute or petition, from registration to 销号. Every step is a version with who
// and when; the record carries its whole trail, so the ledger, the 督办 and an audit read one value.

/**
 * open: registered, nobody in charge yet · assigned: a leader took it (包案) with a deadline · claimed: the unit says
 * 已化解/息诉罢访, waiting for the 包案领导 · resolved: the 包案领导 confirmed it · closed: a leader struck it off (销号) ·
 * withdrawn: the report that opened it was withdrawn (撤回) or corrected away (更正：零报告) before it was resolved —
 * kept with its trail, but out of the active ledger, the figures and the 督办.
 */
export const CaseStatusSchema = z.enum(['open', 'assigned', 'claimed', 'resolved', 'closed', 'withdrawn']);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** 已化解 (the dispute is settled) or 息诉罢访 (the petitioner stopped petitioning). */
export const ResolutionSchema = z.enum(['resolved', 'petition_ended']);
export type Resolution = z.infer<typeof ResolutionSchema>;

/**
 * correct: the report that opened the case was corrected (更正) and the case follows it · withdraw: see 'withdrawn' ·
 * retract: a 续报/终报 written into the 进展 was taken back (撤回); its sourceId names the follow-up's step ·
 * supervise: a leader's 督办 of the case, its request in the note.
 */
export const CaseActionSchema = z.enum(['open', 'assign', 'progress', 'claim', 'resolve', 'close', 'correct', 'withdraw', 'retract', 'supervise']);
export type CaseAction = z.infer<typeof CaseActionSchema>;

export const CaseVersionSchema = z.object({
  /** 1, 2, 3 …: the position in the trail (compare-and-set uses the count). */
  seq: z.number().int().positive(),
  action: CaseActionSchema,
  /** ISO instant of the message (or job) that made the step. */
  at: z.string(),
  /** Roster id of who did it ('system' for a job). */
  by: z.string(),
  byName: z.string().optional(),
  note: z.string().optional(),
  /**
   * The stored report a 'correct' step took its facts from (a retry of the same message finds it done); the follow-up
   * message a 续报/终报's 'progress' step came from, and that a 'retract' step takes back.
   */
  sourceId: z.string().optional(),
});
export type CaseVersion = z.infer<typeof CaseVersionSchema>;

/** The elements the documents list for every case. */
export const CaseElementsSchema = z.object({
  /** 诱因 */
  cause: z.string().optional(),
  /** 时间 (when it arose; the day it was registered when not said) */
  time: IsoDateSchema,
  /** 地点 */
  place: z.string().optional(),
  /** 涉及人数 (persons, or households when only 户 was said) */
  people: z.number().int().nonnegative().optional(),
  households: z.number().int().nonnegative().optional(),
  /** 重点人员 (names as reported) */
  keyPersons: z.array(z.string()).default([]),
  /** 事态发展预测 */
  forecast: z.string().optional(),
  /** 工作预案 */
  plan: z.string().optional(),
});
export type CaseElements = z.infer<typeof CaseElementsSchema>;

export const CaseSourceSchema = z.enum(['incident', 'chat', 'assessment', 'web']);
export type CaseSource = z.infer<typeof CaseSourceSchema>;

export const CaseSchema = z.object({
  /** The short number of the township (案件12). */
  no: z.number().int().positive(),
  /**
   * What opened it (a stored report id, a message id): one source opens one case, however often it arrives. A
   * correction's report id is linked to the case too (CaseStore.link), so the case keeps the id it was opened with.
   */
  sourceId: z.string().min(1),
  source: CaseSourceSchema,
  kind: z.enum(['incident', 'dispute']),
  /** 承办单位 */
  unit: z.string().min(1),
  /** One line: what the case is about. */
  title: z.string().min(1),
  openedOn: IsoDateSchema,
  elements: CaseElementsSchema,
  /** The leaders' alert number of the incident that opened it (🚨 第3号), so “第3号什么情况？” finds it. */
  alertNo: z.number().int().positive().optional(),
  /** How far a petition went (incidents): the ranking counts those beyond the township. */
  escalation: EscalationSchema.nullable().default(null),
  /** Roster ids: 包案领导, 具体责任人, 稳控责任人. */
  leaderId: z.string().optional(),
  ownerId: z.string().optional(),
  stabilizerId: z.string().optional(),
  /** 办结时限 */
  deadline: IsoDateSchema.optional(),
  status: CaseStatusSchema,
  resolution: ResolutionSchema.optional(),
  /** The day the 包案领导 confirmed the resolution (counts as 化解 in the figures). */
  resolvedOn: IsoDateSchema.optional(),
  closedOn: IsoDateSchema.optional(),
  /** The day it was withdrawn (status 'withdrawn'). */
  withdrawnOn: IsoDateSchema.optional(),
  /** The latest progress note. */
  progress: z.string().optional(),
  versions: z.array(CaseVersionSchema).min(1),
});
export type Case = z.infer<typeof CaseSchema>;

/** What opening a case needs: the rest (number, status, trail) the store and openCase fill in. */
export type NewCase = Omit<Case, 'no' | 'status' | 'versions'> & { versions: [CaseVersion] };

/** Still needs work: not yet confirmed resolved, struck off nor withdrawn. */
export function isOpen(c: Case): boolean {
  return c.status === 'open' || c.status === 'assigned' || c.status === 'claimed';
}

/** A key person registered person by person (逐人建账), from the roster file or the chat. */
export const RegisteredPersonSchema = z.object({
  unit: z.string().min(1),
  name: z.string().min(1),
  /** 上访老户, 涉稳人员 … as the unit says. */
  category: z.string().default('重点人员'),
  /** Roster id of the 稳控责任人. */
  stabilizerId: z.string().optional(),
  /** The case the person belongs to. */
  caseNo: z.number().int().positive().optional(),
  source: z.enum(['roster', 'chat']).default('chat'),
  active: z.boolean().default(true),
  /** ISO instants and roster ids of registration and 销号. */
  registeredAt: z.string(),
  registeredBy: z.string(),
  removedAt: z.string().optional(),
  removedBy: z.string().optional(),
});
export type RegisteredPerson = z.infer<typeof RegisteredPersonSchema>;

/** Counts in the ledger's figures (found, open, ranking): every case but a withdrawn one. */
export function isCounted(c: Case): boolean {
  return c.status !== 'withdrawn';
}
