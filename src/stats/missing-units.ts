import type { RosterIndex, Unit } from '../roster.js';
import type { UnitDay } from '../store/report-store.js';

/** True when a unit stored any report that day (a confirmation alone is not a report). */
export function hasReported(d: UnitDay | undefined): boolean {
  return Boolean(d && (d.zero || d.assessment || d.keyPersons || d.incidents.length > 0));
}

/** The roster's units without any stored report in `day`, in roster order (the order cadres know from the documents). */
export function missingUnits(day: Map<string, UnitDay>, roster: RosterIndex): Unit[] {
  return roster.roster.units.filter((u) => !hasReported(day.get(u.name)));
}
