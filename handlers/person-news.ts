import { addDays } from '../src/dates.js';
import { ESCALATION_ORDER, type DatedReport, type Person } from '../src/parser/schema.js';
import type { HandlerContext } from './types.js';

/** A person the leaders must hear about at once: abnormal, or heading to the county or higher. */
export function needsAlert(p: Person): boolean {
  return p.state === 'abnormal' || (p.escalation !== null && ESCALATION_ORDER.indexOf(p.escalation) >= ESCALATION_ORDER.indexOf('county'));
}

/** How a person stands, as compared for alerts. */
export const standing = (p: Person) => `${p.state}|${p.whereabouts}|${p.escalation ?? ''}`;

/** How many days back a person alerted about is followed: 失联 in the evening is often 已找到 the next morning. */
const LOOK_BACK_DAYS = 2;

export interface PersonNews {
  /** The alert the leaders had, its unit-day, and the persons of it now reported otherwise. */
  no: { no: number; at: string };
  unit: string;
  date: string;
  persons: Person[];
}

/**
 * Persons the leaders were alerted about on one of the days before (赵某某 失联 yesterday) whom a key-person report
 * of this message gives in another state (已找到，在家): the leaders always learn of a change to what they were told,
 * and it goes to them under that alert's number. The same unit-day is submit-report's own update path.
 */
export async function personNews(ctx: HandlerContext, reports: readonly (DatedReport & { unit: string })[]): Promise<PersonNews[]> {
  const township = ctx.deps.roster.roster.township;
  const out: PersonNews[] = [];
  for (const r of reports) {
    if (r.kind !== 'key_person') continue;
    const left = new Map(r.persons.map((p) => [p.name, p]));
    for (let back = 1; back <= LOOK_BACK_DAYS && left.size > 0; back++) {
      const date = addDays(r.date, -back);
      const kp = (await ctx.deps.store.getUnitDays(township, date, [r.unit])).get(r.unit)?.keyPersons;
      if (!kp) continue;
      const persons: Person[] = [];
      for (const was of kp.persons) {
        const now = left.get(was.name);
        if (!now) continue;
        // The most recent day that names the person is what the leaders last heard of them.
        left.delete(was.name);
        if (kp.meta.alert && needsAlert(was) && standing(now) !== standing(was)) persons.push(now);
      }
      if (kp.meta.alert && persons.length) out.push({ no: kp.meta.alert, unit: r.unit, date, persons });
    }
  }
  return out;
}
