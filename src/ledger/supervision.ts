import type { Deps } from '../core/deps.js';
import type { IsoDate } from '../dates.js';
import type { CaseLine } from '../strings.js';
import { type Case, isOpen } from './case.js';
import { nameOf } from './case-people.js';
import { workdaysAfter } from './working-days.js';

// What 督办 looks at on a working day: cases due within a working day, cases overdue (counted in working days),
// and open cases one of whose key persons was last reported abnormal.

export interface Supervision {
  dueSoon: Case[];
  overdue: { case: Case; days: number }[];
  /** Open cases with a key person abnormal, by case number → the persons' names. */
  abnormal: Map<number, string[]>;
}

export async function supervision(deps: Deps, today: IsoDate): Promise<Supervision> {
  const township = deps.roster.roster.township;
  const [cases, persons, register] = await Promise.all([deps.cases.list(township), deps.store.keyPersons(township), deps.cases.persons(township)]);
  const open = cases.filter(isOpen);
  const abnormalNames = new Set(persons.filter((p) => p.state === 'abnormal').map((p) => `${p.unit}\0${p.name}`));
  const abnormal = new Map<number, string[]>();
  for (const c of open) {
    // A case's persons: those its elements name, and those registered as belonging to it (逐人建账).
    const names = new Set([...c.elements.keyPersons, ...register.filter((r) => r.active && r.caseNo === c.no).map((r) => r.name)]);
    const hit = [...names].filter((n) => abnormalNames.has(`${c.unit}\0${n}`));
    if (hit.length) abnormal.set(c.no, hit);
  }
  return {
    dueSoon: open.filter((c) => c.deadline !== undefined && c.deadline >= today && workdaysAfter(deps.calendar, today, c.deadline) <= 1),
    overdue: open.filter((c) => c.deadline !== undefined && c.deadline < today).map((c) => ({ case: c, days: workdaysAfter(deps.calendar, c.deadline!, today) })),
    abnormal,
  };
}

export function caseLine(deps: Deps, c: Case, o: { overdueDays?: number; abnormal?: string[] } = {}): CaseLine {
  return {
    no: c.no,
    unit: c.unit,
    title: c.title,
    leader: nameOf(deps.roster, c.leaderId),
    owner: nameOf(deps.roster, c.ownerId),
    ...(c.deadline ? { deadline: c.deadline } : {}),
    ...(o.overdueDays ? { overdueDays: o.overdueDays } : {}),
    ...(o.abnormal?.length ? { abnormal: o.abnormal } : {}),
  };
}
