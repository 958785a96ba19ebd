import type { Sender } from '../roster.js';
import type { Case } from './case.js';

// Who may do what to a case (roster rules). Each rule returns null when allowed, else the refusal's code; the
// Chinese line for each code lives in strings.ts (ledger.refusal).

export type Refusal =
  | 'not_rostered'
  | 'leader_only_assign'
  | 'leader_only_close'
  | 'not_case_unit'
  | 'leader_only_confirm'
  | 'not_assigned'
  | 'nothing_to_confirm'
  | 'not_resolved'
  | 'already_closed'
  | 'already_resolved'
  | 'withdrawn';

/** Registering a dispute or a key person: anyone on the roster (a village cadre for any unit is 代报, as reports are). */
export function mayRegister(s: Sender): Refusal | null {
  return s.kind === 'unknown' ? 'not_rostered' : null;
}

/** A case that takes no more steps: struck off (销号), or withdrawn with the report that opened it. */
function ended(c: Case): Refusal | null {
  return c.status === 'closed' ? 'already_closed' : c.status === 'withdrawn' ? 'withdrawn' : null;
}

/** 包案: a leader; a closed or withdrawn case is not assigned. */
export function mayAssign(s: Sender, c: Case): Refusal | null {
  if (s.kind !== 'leader') return s.kind === 'unknown' ? 'not_rostered' : 'leader_only_assign';
  return ended(c);
}

/** 进展 and 已化解/息诉罢访: the case's unit, its 责任人 or 稳控责任人, or a leader; not after 销号 or 撤销. */
export function mayReport(s: Sender, c: Case): Refusal | null {
  if (s.kind === 'unknown') return 'not_rostered';
  const end = ended(c);
  if (end) return end;
  if (s.kind === 'leader' || s.kind === 'staff' || s.id === c.ownerId || s.id === c.stabilizerId || s.unit === c.unit) return null;
  return 'not_case_unit';
}

/** The 包案领导 confirms a resolution (a case without one must be assigned first). */
export function mayConfirm(s: Sender, c: Case): Refusal | null {
  const end = ended(c);
  if (end) return end;
  if (c.status === 'resolved') return 'already_resolved';
  if (!c.leaderId) return 'not_assigned';
  if (s.id !== c.leaderId) return 'leader_only_confirm';
  return c.status === 'claimed' ? null : 'nothing_to_confirm';
}

/** 销号: a leader, once the resolution is confirmed. */
export function mayClose(s: Sender, c: Case): Refusal | null {
  if (s.kind !== 'leader') return s.kind === 'unknown' ? 'not_rostered' : 'leader_only_close';
  const end = ended(c);
  if (end) return end;
  return c.status === 'resolved' ? null : 'not_resolved';
}
