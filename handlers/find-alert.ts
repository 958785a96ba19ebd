import { addDays, type IsoDate } from '../src/dates.js';
import type { Person } from '../src/parser/schema.js';
import type { PersonState, ReportStore, StoredReport } from '../src/store/report-store.js';

/** How far back 第N号 is looked for: a leader asks about this week's alerts, not last season's. */
const DAYS_BACK = 14;

/**
 * The reports that stand today under a leaders' alert number (a key person's alert opens no case, so the ledger
 * cannot answer 第N号). Numbers only grow, so the search goes back from today and stops at the first day whose
 * alerts are all older than N. Empty when the number was taken back (撤回) or is older than DAYS_BACK.
 */
export async function findAlert(store: ReportStore, township: string, no: number, today: IsoDate): Promise<StoredReport[]> {
  for (let i = 0; i < DAYS_BACK; i++) {
    const day = await store.getDay(township, addDays(today, -i));
    const alerted: StoredReport[] = [];
    for (const d of day.values()) for (const r of [d.keyPersons, ...d.incidents]) if (r?.meta.alert) alerted.push(r);
    const hits = alerted.filter((r) => r.meta.alert?.no === no);
    if (hits.length) return hits;
    if (alerted.some((r) => (r.meta.alert?.no ?? 0) < no)) return [];
  }
  return [];
}

/** Each person of an alerted key-person report as last reported (a later day's 已找到，在家 included), with when. */
export async function personsNow(store: ReportStore, township: string, r: StoredReport & { persons: Person[] }): Promise<PersonState[]> {
  const told = { unit: r.unit, date: r.date, at: r.meta.receivedAt };
  return Promise.all(
    r.persons.map(async (p) => {
      const last = (await store.personHistory(township, r.unit, p.name)).at(-1);
      return last && last.at > told.at ? last : { ...p, ...told };
    }),
  );
}
