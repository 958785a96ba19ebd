import type { Deps } from '../core/deps.js';
import { addDays, type IsoDate } from '../dates.js';
import { isCounted, isOpen } from './case.js';
import { caseLine, supervision } from './supervision.js';

/** The weekly 研判 of the ledger over from..to: new cases (not withdrawn), resolved, open, overdue, and risks (key persons abnormal). */
export async function weeklyReview(deps: Deps, from: IsoDate, to: IsoDate) {
  const township = deps.roster.roster.township;
  const [cases, persons, sup] = await Promise.all([deps.cases.list(township), deps.store.keyPersons(township), supervision(deps, addDays(to, 1))]);
  const opened = cases.filter((c) => isCounted(c) && c.openedOn >= from && c.openedOn <= to);
  const resolved = cases.filter((c) => c.resolvedOn !== undefined && c.resolvedOn >= from && c.resolvedOn <= to);
  const abnormal = persons.filter((p) => p.state === 'abnormal' && p.date >= from && p.date <= to);
  return {
    from,
    to,
    opened: opened.length,
    openedByUnit: [...opened.reduce((m, c) => m.set(c.unit, (m.get(c.unit) ?? 0) + 1), new Map<string, number>())].map(([unit, n]) => ({ unit, n })),
    resolved: resolved.length,
    open: cases.filter((c) => isOpen(c) && c.openedOn <= to).length,
    overdue: sup.overdue.map((o) => caseLine(deps, o.case, { overdueDays: o.days })),
    risks: abnormal.map((p) => ({ unit: p.unit, name: p.name })),
  };
}
