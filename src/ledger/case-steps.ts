import type { IsoDate } from '../dates.js';
import type { Case, CaseAction, Resolution } from './case.js';

// The steps of a case as pure functions: each returns the next case with one more version (who, when, what).
// Permissions are checked before (case-rules.ts); the store compare-and-sets the result (update-case.ts).

export interface Actor {
  /** Roster id. */
  by: string;
  byName?: string;
  /** ISO instant of the message. */
  at: string;
  /** Its Asia/Shanghai day. */
  today: IsoDate;
}

function withVersion(c: Case, action: CaseAction, who: Actor, note?: string, sourceId?: string): Case['versions'] {
  const extra = { ...(who.byName ? { byName: who.byName } : {}), ...(note ? { note } : {}), ...(sourceId ? { sourceId } : {}) };
  return [...c.versions, { seq: c.versions.length + 1, action, at: who.at, by: who.by, ...extra }];
}

/** 包案; without a deadline (a leader taking the case with one tap) the case keeps the one it had, if any. */
export function assignStep(c: Case, who: Actor, o: { leaderId: string; ownerId?: string; stabilizerId?: string; deadline?: IsoDate }): Case {
  const deadline = o.deadline ?? c.deadline;
  const note = `包案领导 ${o.leaderId}，责任人 ${o.ownerId ?? '—'}，稳控责任人 ${o.stabilizerId ?? '—'}，时限 ${deadline ?? '未定'}`;
  return {
    ...c,
    leaderId: o.leaderId,
    ...(o.ownerId ? { ownerId: o.ownerId } : {}),
    ...(o.stabilizerId ? { stabilizerId: o.stabilizerId } : {}),
    ...(deadline ? { deadline } : {}),
    status: c.status === 'open' ? 'assigned' : c.status,
    versions: withVersion(c, 'assign', who, note),
  };
}

export function progressStep(c: Case, who: Actor, note: string, sourceId?: string): Case {
  return { ...c, progress: note, versions: withVersion(c, 'progress', who, note, sourceId) };
}

/** 督办 案件12 请…: the leader's request, in the trail (the 进展 stays the unit's). */
export function superviseStep(c: Case, who: Actor, note: string): Case {
  return { ...c, versions: withVersion(c, 'supervise', who, note) };
}

/**
 * 撤回 of a 续报/终报: the step from `sourceId` stays in the trail (nothing is rewritten) and a 'retract' step says it
 * was taken back; the latest progress is again the one before it that stands.
 */
export function retractStep(c: Case, who: Actor, sourceId: string, note: string): Case {
  const versions = withVersion(c, 'retract', who, note, sourceId);
  const retracted = new Set(versions.filter((v) => v.action === 'retract').map((v) => v.sourceId));
  const standing = versions.filter((v) => v.action === 'progress' && !(v.sourceId && retracted.has(v.sourceId))).at(-1);
  const { progress: _gone, ...rest } = c;
  return { ...rest, ...(standing?.note ? { progress: standing.note } : {}), versions };
}

/** 已化解/息诉罢访: said by the 包案领导 it is confirmed at once; said by anyone else it waits for them. */
export function resolveStep(c: Case, who: Actor, how: Resolution, note: string): Case {
  if (c.leaderId && who.by === c.leaderId) return confirmStep({ ...c, resolution: how }, who, note);
  return { ...c, status: 'claimed', resolution: how, versions: withVersion(c, 'claim', who, note) };
}

export function confirmStep(c: Case, who: Actor, note?: string): Case {
  return { ...c, status: 'resolved', resolution: c.resolution ?? 'resolved', resolvedOn: who.today, versions: withVersion(c, 'resolve', who, note) };
}

export function closeStep(c: Case, who: Actor): Case {
  return { ...c, status: 'closed', closedOn: who.today, versions: withVersion(c, 'close', who) };
}

/** What a corrected report says of its case (see incidentFacts in open-case.ts). */
export type CaseFacts = Pick<Case, 'title' | 'escalation'> & { elements: Pick<Case['elements'], 'cause' | 'people' | 'keyPersons'> };

/**
 * 更正: the report that opened the case was corrected; the case takes the corrected title and how far it went, and the
 * cause, number of people and names the correction gives, and keeps its number, people in charge, deadline and status.
 * What a correction does not say (刚才去县里的是3人不是5人 names nobody) stays as it was. The note says what it was.
 */
export function correctStep(c: Case, who: Actor, facts: CaseFacts & { sourceId: string }, note: string): Case {
  const { cause, people, keyPersons } = facts.elements;
  return {
    ...c,
    title: facts.title,
    escalation: facts.escalation,
    elements: { ...c.elements, ...(cause ? { cause } : {}), ...(people ? { people } : {}), ...(keyPersons.length ? { keyPersons } : {}) },
    versions: withVersion(c, 'correct', who, note, facts.sourceId),
  };
}

/** 撤销: the report that opened the case was withdrawn or corrected away; the case leaves the active ledger. */
export function withdrawStep(c: Case, who: Actor, note: string): Case {
  return { ...c, status: 'withdrawn', withdrawnOn: who.today, versions: withVersion(c, 'withdraw', who, note) };
}
