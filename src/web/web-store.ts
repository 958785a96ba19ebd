import { z } from 'zod';

// The 看板's own port (memory and Redis; one contract suite runs on both): sessions and the audit trail. Login-link
// nonces are claimed with ReportStore.claimOnce('link', …), the store's one "first time only" primitive.

/** A logged-in person. Who they are is re-read from the roster on every request; the session keeps only the id. */
export const SessionSchema = z.object({
  personId: z.string().min(1),
  /** The token every POST form carries (CSRF). */
  csrf: z.string().min(16),
  /** ISO instants. */
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const AuditActionSchema = z.enum(['login', 'login_refused', 'logout', 'denied', 'assign', 'resolve', 'confirm', 'close', 'download']);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** One line of the audit trail: who did what, when, and whether it went through. */
export const AuditEntrySchema = z.object({
  at: z.string(),
  /** Roster id, or '' when nobody could be identified (a refused link). */
  by: z.string(),
  action: AuditActionSchema,
  ok: z.boolean(),
  /** What it was about: a case number, a workbook, the refusal's code. Never a secret, an ID or a phone number. */
  detail: z.string().max(500).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export interface WebStore {
  /** Keeps a session for `ttlSeconds` under its cookie value (stored hashed). */
  putSession(id: string, s: Session, ttlSeconds: number): Promise<void>;
  /** The session of a cookie value, or undefined when unknown, expired or damaged. */
  getSession(id: string): Promise<Session | undefined>;
  dropSession(id: string): Promise<void>;
  /** Appends to the township's audit trail of `date` (Asia/Shanghai), kept as long as the raw messages. */
  audit(township: string, date: string, e: AuditEntry): Promise<void>;
  /** The audit trail of a day, oldest first. */
  auditTrail(township: string, date: string): Promise<AuditEntry[]>;
}
