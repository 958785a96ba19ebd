import type { Deps } from '../core/deps.js';
import { shanghaiDate } from '../dates.js';
import type { Case } from '../ledger/case.js';
import { defaultOwner, defaultStabilizer } from '../ledger/case-people.js';
import { mayAssign, mayClose, mayConfirm, mayReport, type Refusal } from '../ledger/case-rules.js';
import { type Actor, assignStep, closeStep, confirmStep, resolveStep } from '../ledger/case-steps.js';
import { updateCase } from '../ledger/update-case.js';
import type { Viewer } from './viewer.js';

// The 台账's actions from the page, under the chat's rules: the same rule functions (case-rules.ts), the same steps
// (case-steps.ts) and the same compare-and-set (updateCase) the handlers call, so a case changed from the page and
// from the group cannot disagree, and the trail records the page's steps like any other.

export type CaseAction =
  | { kind: 'assign'; no: number; leaderId: string; deadline: string }
  | { kind: 'resolve'; no: number; how: 'resolved' | 'petition_ended'; note: string }
  | { kind: 'confirm'; no: number }
  | { kind: 'close'; no: number };

export type ActionResult = { ok: true; case: Case } | { ok: false; reason: Refusal | 'not_found' | 'bad_leader' | 'deadline_past' };

export async function applyCaseAction(deps: Deps, v: Viewer, a: CaseAction): Promise<ActionResult> {
  const { roster, cases, clock } = deps;
  const at = clock.now();
  const who: Actor = { by: v.id, byName: v.name, at: at.toISOString(), today: shanghaiDate(at) };
  const township = roster.roster.township;
  switch (a.kind) {
    case 'assign': {
      const leader = roster.roster.leaders.find((l) => l.id === a.leaderId);
      if (!leader) return { ok: false, reason: 'bad_leader' };
      if (a.deadline < who.today) return { ok: false, reason: 'deadline_past' };
      return updateCase(cases, township, a.no, (c) => {
        const refusal = mayAssign(v.sender, c);
        if (refusal) return refusal;
        // As in the chat: the 责任人 and 稳控责任人 stay as they are, or default to the unit's head and team leader.
        const owner = (c.ownerId ? roster.person(c.ownerId) : undefined) ?? defaultOwner(roster, c.unit);
        const stabilizer = (c.stabilizerId ? roster.person(c.stabilizerId) : undefined) ?? defaultStabilizer(roster, c.unit);
        return assignStep(c, who, { leaderId: leader.id, ...(owner ? { ownerId: owner.id } : {}), ...(stabilizer ? { stabilizerId: stabilizer.id } : {}), deadline: a.deadline });
      });
    }
    case 'resolve':
      return updateCase(cases, township, a.no, (c) => mayReport(v.sender, c) ?? resolveStep(c, who, a.how, a.note));
    case 'confirm':
      return updateCase(cases, township, a.no, (c) => mayConfirm(v.sender, c) ?? confirmStep(c, who));
    case 'close':
      return updateCase(cases, township, a.no, (c) => mayClose(v.sender, c) ?? closeStep(c, who));
  }
}
