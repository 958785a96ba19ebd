import { addDays } from '../src/dates.js';
import type { Actor } from '../src/ledger/case-steps.js';
import type { Case } from '../src/ledger/case.js';
import { progressStep, retractStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { followUpHeading } from '../src/parser/commands.js';
import { type DatedReport, ESCALATION_ORDER } from '../src/parser/schema.js';
import type { RawMessage, StoredReport, UnitDay } from '../src/store/report-store.js';
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
export function followUpText(f: Pick<FollowUp, 'word'>, text: string): string {
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
  const source = followUpSource(ctx.msg.platform, ctx.msg.msgId);
  const res = await updateCase(ctx.deps.cases, township, c.no, (cur) => (cur.versions.some((v) => v.note === note && v.at === who.at) ? 'done' : progressStep(cur, who, note, source)));
  if (!res.ok && res.reason !== 'done') return undefined;
  // The follow-up's message names the case too, so a 撤回 of it finds the step it wrote (lastFollowUp).
  await ctx.deps.cases.link(township, source, c.no);
  return c.no;
}

/** The source id of a follow-up's message: its 进展 step carries it, and it is linked to the case. */
export const followUpSource = (platform: string, msgId: string) => `followup:${platform}:${msgId}`;

export interface SentFollowUp {
  word: '续报' | '终报';
  raw: RawMessage;
  source: string;
  case: Case;
  /** The incident followed, when it is still stored (its alert number is the one the leaders know). */
  target: Incident | undefined;
}

/**
 * The sender's latest 续报/终报 of today that went into a case, sent at or after `after` (the sender's latest stored
 * report) and not taken back by another 撤回: what a 撤回 now means. A follow-up stores no report of its own, so
 * without this the 撤回 would take back the incident it followed.
 */
export async function lastFollowUp(ctx: HandlerContext, after: string | undefined): Promise<SentFollowUp | undefined> {
  const township = ctx.deps.roster.roster.township;
  const undoAt = ctx.msg.at.toISOString();
  const raws = (await ctx.deps.store.rawMessages(township, ctx.today))
    .filter((m) => m.platform === ctx.msg.platform && m.senderId === ctx.msg.userId && m.msgId !== ctx.msg.msgId && (after === undefined || m.at >= after) && m.at <= undoAt)
    .sort((a, b) => b.at.localeCompare(a.at));
  for (const raw of raws) {
    const word = followUpHeading(raw.text);
    if (!word) continue;
    const source = followUpSource(raw.platform, raw.msgId);
    const c = await ctx.deps.cases.bySource(township, source);
    if (!c || !c.versions.some((v) => v.action === 'progress' && v.sourceId === source)) continue;
    // Taken back by an earlier 撤回: the next one goes further back. By this one (a retry): the same answer again.
    const retracted = c.versions.find((v) => v.action === 'retract' && v.sourceId === source);
    if (retracted && retracted.at !== undoAt) continue;
    let target: Incident | undefined;
    for (const d of new Set([c.elements.time, c.openedOn])) target ??= (await ctx.deps.store.getUnitDays(township, d, [c.unit])).get(c.unit)?.incidents.find((i) => i.meta.id === c.sourceId);
    return { word, raw, source, case: c, target };
  }
  return undefined;
}

/** Takes the follow-up's step back in its case (safe to run again for the same 撤回 message). */
export async function retractFollowUp(ctx: HandlerContext, f: SentFollowUp, who: Actor): Promise<void> {
  const township = ctx.deps.roster.roster.township;
  await updateCase(ctx.deps.cases, township, f.case.no, (cur) =>
    cur.versions.some((v) => v.action === 'retract' && v.sourceId === f.source) ? 'done' : retractStep(cur, who, f.source, followUpText({ word: f.word }, f.raw.text)),
  );
}
