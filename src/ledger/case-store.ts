import type { Case, NewCase, RegisteredPerson } from './case.js';

// The port of the case ledger (memory and Redis; one contract suite runs on both). Handlers and jobs see only this.

export interface CaseStore {
  /**
   * Opens a case with the township's next number (atomic: two messages at once get two numbers). Idempotent by
   * `sourceId`: a source that already opened a case gets that case back with `created: false`.
   */
  open(township: string, draft: NewCase): Promise<{ case: Case; created: boolean }>;
  get(township: string, no: number): Promise<Case | undefined>;
  /** The case a source opened, or was linked to (link); undefined when none. */
  bySource(township: string, sourceId: string): Promise<Case | undefined>;
  /**
   * Makes `sourceId` name case `no` too (a correction's report carries the case of the report it replaced), so a later
   * correction, 撤回 or redelivery of it finds that case. First link wins, as with open: returns the number the
   * source names afterwards, or undefined (nothing written) when case `no` does not exist.
   */
  link(township: string, sourceId: string, no: number): Promise<number | undefined>;
  /** Every case of the township, by number. Records that fail validation are skipped and logged. */
  list(township: string): Promise<Case[]>;
  /**
   * Compare-and-set: stores `next` only while the stored case still has `expectedVersions` versions (nobody stepped
   * in between). Returns false when it changed; the caller reads again (see updateCase).
   */
  replace(township: string, next: Case, expectedVersions: number): Promise<boolean>;
  /** Registers or updates a key person (unit + name), or records its 销号 (active: false). */
  putPerson(township: string, p: RegisteredPerson): Promise<void>;
  /** The register as stored (chat registrations and 销号; the roster's persons are merged by person-register.ts). */
  persons(township: string): Promise<RegisteredPerson[]>;
}
