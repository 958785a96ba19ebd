import { z } from 'zod';
import { isValidIsoDate } from '../dates.js';
import { DATED_KINDS } from '../parser/schema.js';
import { PERSON_SEP } from './keys.js';
import { type MessageWrite, RawMessageSchema, SentFollowUpSchema, StoredReportSchema } from './report-store.js';

/** A MessageWrite that does not validate; nothing of it was written. */
export class InvalidWriteError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid message write: ${issues.join('; ')}`);
    this.name = 'InvalidWriteError';
    this.issues = issues;
  }
}

const RemoveSchema = z.object({
  unit: z.string().min(1),
  date: z.string().refine(isValidIsoDate, 'must be a date YYYY-MM-DD'),
  kinds: z.array(z.enum(DATED_KINDS as [string, ...string[]])),
});

const WriteSchema = z.object({
  township: z.string().min(1).refine((t) => !/[{}]/.test(t), 'must not contain braces'),
  raw: RawMessageSchema,
  put: z.array(
    StoredReportSchema.refine((r) => r.unit.length > 0 && !r.unit.includes(PERSON_SEP) && isValidIsoDate(r.date), 'unit must be non-empty, date valid').refine(
      (r) => r.kind !== 'key_person' || r.persons.every((p) => !p.name.includes(PERSON_SEP)),
      'person names must not contain control characters',
    ),
  ),
  remove: z.array(RemoveSchema).optional(),
  followUp: SentFollowUpSchema.optional(),
})
  // One sender's history entry: a follow-up is its message's, and its reports are the same sender's.
  .refine((w) => !w.followUp || (w.followUp.msgId === w.raw.msgId && w.followUp.platform === w.raw.platform), 'followUp must be of the raw message')
  .refine((w) => !w.followUp || w.put.every((r) => r.meta.senderId === w.followUp!.senderId), 'followUp.senderId must be the reports\' sender');

/**
 * Validates everything before anything is written, so a bad report never leaves half a message behind.
 * Returns the parsed copy (the caller's objects are never stored by reference).
 */
export function validateWrite(write: MessageWrite): MessageWrite {
  const res = WriteSchema.safeParse(write);
  if (!res.success) throw new InvalidWriteError(res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return res.data as MessageWrite;
}
