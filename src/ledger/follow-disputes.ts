import type { Deps } from '../core/deps.js';
import { LEDGER_WORDS as W } from '../parser/commands.js';
import type { StoredReport } from '../store/report-store.js';
import { ledger } from '../strings.js';
import type { Case } from './case.js';
import { causeOf, describedDisputes } from './case-elements.js';
import { type Actor, correctStep } from './case-steps.js';
import { type Followed, withdraw } from './follow-case.js';
import { updateCase } from './update-case.js';

// A unit has one 日研判 a day: a second one (更正, or sent again) replaces the first, and the disputes it describes
// would otherwise open their cases a second time. A dispute described again keeps its case (the new 日研判's dispute
// is linked to it, as a corrected incident is); a dispute a 更正 no longer describes is withdrawn (a plain second
// 日研判 that leaves one out says nothing of it: the case stays); a new one opens its case in openCasesForReports,
// which runs after this.

type Assessment = StoredReport & { kind: 'daily_assessment' };

const names = (s: string) => [...new Set(s.match(W.maskedName) ?? [])];
const people = (s: string) => names(s).sort().join('、');
/** The same dispute: the same words, or the same cause between the same people (王某某和李某某宅基地纠纷). */
const same = (a: string, b: string) => a === b || (causeOf(a) !== undefined && causeOf(a) === causeOf(b) && people(a) !== '' && people(a) === people(b));

/** The disputes of `put`'s 日研判 against those of the 日研判 it replaced (`replaced`, stored before it). */
export async function followDisputes(deps: Deps, put: readonly StoredReport[], replaced: readonly Assessment[], text: string, who: Actor): Promise<Followed> {
  const township = deps.roster.roster.township;
  const out: Followed = { corrected: [], withdrawn: [] };
  for (const r of put) {
    if (r.kind !== 'daily_assessment') continue;
    const old = replaced.find((x) => x.unit === r.unit && x.date === r.date);
    if (!old) continue;
    const sourcesOf = (a: Assessment) => Array.from({ length: a.counts.disputesFound ?? 0 }, (_, i) => `${a.meta.id}:d${i}`);
    const found = await Promise.all(sourcesOf(old).map((id) => deps.cases.bySource(township, id)));
    const olds = found.filter((c): c is Case => c !== undefined && c.status !== 'withdrawn');
    const items = describedDisputes(text).slice(0, r.counts.disputesFound ?? 0);
    const kept = new Set<number>();
    for (const [i, item] of items.entries()) {
      const c = olds.find((x) => !kept.has(x.no) && same(x.title, item));
      if (!c) continue;
      kept.add(c.no);
      const id = `${r.meta.id}:d${i}`;
      // Told in other words: the case takes them, and its trail says what it said (once, however often this runs).
      const facts = { title: item, escalation: null, elements: { cause: causeOf(item), keyPersons: names(item) }, sourceId: id };
      if (c.title !== item) await updateCase(deps.cases, township, c.no, (cur) => (cur.versions.some((v) => v.sourceId === id) ? 'done' : correctStep(cur, who, facts, ledger.correctedNote(cur.title))));
      await deps.cases.link(township, id, c.no);
      const now = await deps.cases.get(township, c.no);
      if (now && r.correction) out.corrected.push(now);
    }
    // A 更正 that describes its disputes, or says none was found, drops the ones it leaves out; one that fixes a
    // figure only (更正：化解1起, its other figures kept by submit-report's keepUnsaid) says nothing of them.
    const drops = r.correction && (items.length > 0 || (r.counts.disputesFound ?? 0) === 0);
    // Not told again and not dropped: the new 日研判 names them, so a later 更正 of it still finds them.
    if (items.length === 0 && !drops) for (const [i, c] of olds.entries()) await deps.cases.link(township, `${r.meta.id}:d${i}`, c.no);
    for (const c of drops ? olds.filter((x) => !kept.has(x.no)) : []) {
      const w = await withdraw(deps, c.no, who, ledger.withdrawnNote('dropped'));
      if (w) out.withdrawn.push(w);
    }
  }
  return out;
}
