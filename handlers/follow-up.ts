import { addDays } from '../src/dates.js';
import type { Actor } from '../src/ledger/case-steps.js';
import { progressStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { followUpHeading } from '../src/parser/commands.js';
import { type DatedReport, ESCALATION_ORDER } from '../src/parser/schema.js';
import type { StoredReport, UnitDay } from '../src/store/report-store.js';
import type { HandlerContext } from './types.js';

// 首报、续报、终报: an incident is reported once and then followed until it is settled. A 续报 or 终报 is news of the
// incident the leaders were alerted about, not a second incident: it goes to them under that alert's number, into
// the 进展 of its case (台账), and its own incident is not stored (the day would count two 即时报告, the ledger two
// cases). A follow-up that says the incident went further (a higher level, or now a crowd) is new news and is
// reported as such; a 更正 replaces (submit-report.ts), it does not follow.

type Incident = StoredReport & { kind: 'incident' };
export interface FollowUp {
  word: '续报' | '终报';
  unit: string;
  /** The incident followed: the unit's latest on the message's day, or on one of the days before. */
  target: Incident;
}

/** How many days back a follow-up finds its incident: a 终报 often comes a day or two after the 首报. */
const LOOK_BACK_DAYS = 2;

/**
 * The follow-up a message is, or undefined: a 续报/终报 heading, one unit, no correction, and an incident of that unit
 * on the message's day or up to LOOK_BACK_DAYS before (`day` gives the unit-days the handler has read already).
 */
export async function followUpOf(
  ctx: HandlerContext,
  reports: readonly (DatedReport & { unit: string })[],
  day: (unit: string, date: string) => UnitDay | undefined,
): Promise<FollowUp | undefined> {
  const word = followUpHeading(ctx.msg.text);
  const units = new Set(reports.map((r) => r.unit));
  if (!word || units.size !== 1 || reports.some((r) => r.correction)) return undefined;
  const unit = reports[0]!.unit;
  const date = reports.map((r) => r.date).sort().at(-1)!;
  for (let back = 0; back <= LOOK_BACK_DAYS; back++) {
    const d = addDays(date, -back);
    const ud = back === 0 ? day(unit, d) : (await ctx.deps.store.getUnitDays(ctx.deps.roster.roster.township, d, [unit])).get(unit);
    const latest = [...(ud?.incidents ?? [])].sort((a, b) => a.meta.receivedAt.localeCompare(b.meta.receivedAt)).at(-1);
    if (latest) return { word, unit, target: latest };
  }
  return undefined;
}

const level = (e: Incident['escalation']) => (e === null ? -1 : ESCALATION_ORDER.indexOf(e));

/** The follow-up's incident tells of a step further than the one followed: reported as new news. */
export function goesFurther(f: FollowUp, r: DatedReport): boolean {
  return r.kind === 'incident' && (level(r.escalation) > level(f.target.escalation) || (r.collective && !f.target.collective));
}

/** What the follow-up says, without its heading (北岭村续报：…). */
export function followUpText(f: FollowUp, text: string): string {
  const at = text.indexOf(f.word);
  return text.slice(at + f.word.length).replace(/^[一二三四五六七八九十\d]{0,2}[】\]]?\s*[：:，,]?\s*/, '').trim() || text.trim();
}

/**
 * Writes the follow-up into the 进展 of the incident's case; the case's number, or undefined when the incident has
 * none. Safe to run again for the same message (a retry finds its note there).
 */
export async function followCase(ctx: HandlerContext, f: FollowUp, note: string, who: Actor): Promise<number | undefined> {
  const township = ctx.deps.roster.roster.township;
  const c = await ctx.deps.cases.bySource(township, f.target.meta.id);
  if (!c) return undefined;
  const res = await updateCase(ctx.deps.cases, township, c.no, (cur) => (cur.versions.some((v) => v.note === note && v.at === who.at) ? 'done' : progressStep(cur, who, note)));
  return res.ok || res.reason === 'done' ? c.no : undefined;
}
