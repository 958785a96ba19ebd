import type { Deps } from '../core/deps.js';
import type { StoredReport } from '../store/report-store.js';
import { ledger } from '../strings.js';
import { type Case, isOpen } from './case.js';
import { type Actor, correctStep, withdrawStep } from './case-steps.js';
import { incidentFacts } from './open-case.js';
import { updateCase } from './update-case.js';

// Cases follow the reports that opened them. A correction (更正) that replaces a unit-day's incidents carries their
// case: the corrected incident is linked to it (CaseStore.link) and the case takes the corrected facts, so one
// incident stays one case however often it is corrected. What is voided — 更正 to a zero report, 撤回 — withdraws
// the case (已撤销); a case already resolved or closed stays as it is.
//
// Several incidents of a unit-day replaced by one message: its corrected incidents take the replaced incidents'
// cases in number order (the first corrected incident the lowest-numbered case, usually the one the leaders took
// first); replaced cases left over are withdrawn as merged into the first one; corrected incidents left over open
// cases of their own (openCasesForReports).

type Incident = StoredReport & { kind: 'incident' };
const isIncident = (r: StoredReport): r is Incident => r.kind === 'incident';
const dayOf = (r: StoredReport) => `${r.unit}|${r.date}`;

export interface Followed {
  /** Cases that took a corrected incident instead of a new case being opened. */
  corrected: Case[];
  withdrawn: Case[];
}

/**
 * Carries or withdraws the cases of the incidents a message's corrections replace (`replaced`: the unit-days'
 * incidents stored before it, which the message removes). Run before the message is stored (afterwards a retry
 * could no longer see what it replaced) and before openCasesForReports, which then finds the carried case under the
 * corrected incident's id. Safe to run again for the same message (a retry).
 */
export async function followCorrections(deps: Deps, put: readonly StoredReport[], replaced: readonly StoredReport[], who: Actor): Promise<Followed> {
  const township = deps.roster.roster.township;
  const news = put.filter(isIncident).filter((r) => r.correction);
  const out: Followed = { corrected: [], withdrawn: [] };
  for (const day of new Set([...replaced, ...news].map(dayOf))) {
    // A corrected incident already linked (this message ran before) keeps its case.
    const pending: Incident[] = [];
    const carried: Case[] = [];
    for (const r of news.filter((x) => dayOf(x) === day)) {
      const c = await deps.cases.bySource(township, r.meta.id);
      if (!c) pending.push(r);
      else if (c.sourceId !== r.meta.id) carried.push(c);
    }
    const olds = await Promise.all(replaced.filter((x) => isIncident(x) && dayOf(x) === day).map((x) => deps.cases.bySource(township, x.meta.id)));
    const live = olds.filter((c): c is Case => c !== undefined && c.status !== 'withdrawn' && !carried.some((x) => x.no === c.no));
    const cases = [...new Map(live.map((c) => [c.no, c])).values()].sort((a, b) => a.no - b.no);
    for (const [i, r] of pending.entries()) {
      const c = cases[i];
      if (!c) break;
      const res = await updateCase(deps.cases, township, c.no, (cur) =>
        // This report already corrected it (a retry between this step and the link below).
        cur.versions.some((v) => v.sourceId === r.meta.id) ? 'done' : correctStep(cur, who, { ...incidentFacts(r), sourceId: r.meta.id }, ledger.correctedNote(cur.title)),
      );
      await deps.cases.link(township, r.meta.id, c.no);
      const now = res.ok ? res.case : await deps.cases.get(township, c.no);
      if (now) carried.push(now);
    }
    out.corrected.push(...carried);
    const into = carried[0]?.no;
    for (const c of cases.slice(pending.length)) {
      const w = await withdraw(deps, c.no, who, into ? ledger.withdrawnNote('merged', into) : ledger.withdrawnNote('zero'));
      if (w) out.withdrawn.push(w);
    }
  }
  return out;
}

/** 撤回: the cases the removed reports opened (an incident's, a 日研判's disputes) are withdrawn. */
export async function withdrawCasesOf(deps: Deps, removed: readonly StoredReport[], who: Actor): Promise<Case[]> {
  const township = deps.roster.roster.township;
  const sources = removed.flatMap((r) =>
    r.kind === 'incident' ? [r.meta.id] : r.kind === 'daily_assessment' ? Array.from({ length: r.counts.disputesFound ?? 0 }, (_, i) => `${r.meta.id}:d${i}`) : [],
  );
  const out: Case[] = [];
  for (const id of sources) {
    const c = await deps.cases.bySource(township, id);
    // Withdrawn already by this same 撤回 (a retry after its handling failed part-way): still named in its answers.
    const last = c?.versions.at(-1);
    const again = c?.status === 'withdrawn' && last?.action === 'withdraw' && last.by === who.by && last.at === who.at;
    const w = c ? (again ? c : await withdraw(deps, c.no, who, ledger.withdrawnNote('undo'))) : undefined;
    if (w && !out.some((x) => x.no === w.no)) out.push(w);
  }
  return out;
}

/** Withdraws a case still being worked on; a resolved, closed or already withdrawn case is left as it is. */
export async function withdraw(deps: Deps, no: number, who: Actor, note: string): Promise<Case | undefined> {
  const res = await updateCase(deps.cases, deps.roster.roster.township, no, (c) => (isOpen(c) ? withdrawStep(c, who, note) : 'kept'));
  return res.ok ? res.case : undefined;
}
