import type { Deps } from '../core/deps.js';
import type { IsoDate } from '../dates.js';
import type { RegisteredPerson } from './case.js';
import { byUnitName } from './memory-case-store.js';

// 逐人建账: the register of key persons, from the roster file (keyPersons) and the chat (重点人员登记/销号). What the
// chat stored wins over the file for the same unit and name (a 销号 in the chat strikes off a file entry too).

export async function registeredPersons(deps: Deps): Promise<RegisteredPerson[]> {
  const { roster } = deps.roster;
  const stored = await deps.cases.persons(roster.township);
  const byKey = new Map<string, RegisteredPerson>();
  for (const p of roster.keyPersons)
    byKey.set(`${p.unit}\0${p.name}`, {
      unit: p.unit,
      name: p.name,
      category: p.category,
      ...(p.stabilizer ? { stabilizerId: p.stabilizer } : {}),
      ...(p.case ? { caseNo: p.case } : {}),
      source: 'roster',
      active: true,
      registeredAt: '1970-01-01T00:00:00.000Z',
      registeredBy: 'roster',
    });
  for (const p of stored) byKey.set(`${p.unit}\0${p.name}`, p);
  return [...byKey.values()].sort(byUnitName);
}

/**
 * The active registered persons no key-person report named on `date` (稳控到位 means seen every day). Reads only the
 * records of the units that have registered persons.
 */
export async function unseenKeyPersons(deps: Deps, date: IsoDate): Promise<RegisteredPerson[]> {
  const active = (await registeredPersons(deps)).filter((p) => p.active);
  if (active.length === 0) return [];
  const units = [...new Set(active.map((p) => p.unit))];
  const days = await deps.store.getUnitDays(deps.roster.roster.township, date, units);
  return active.filter((p) => !(days.get(p.unit)?.keyPersons?.persons ?? []).some((x) => x.name === p.name));
}
