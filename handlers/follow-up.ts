import { addDays } from '../src/dates.js';
import type { Actor } from '../src/ledger/case-steps.js';
import { progressStep, retractStep } from '../src/ledger/case-steps.js';
import { updateCase } from '../src/ledger/update-case.js';
import { followUpHeading } from '../src/parser/commands.js';
import { type DatedReport, ESCALATION_ORDER } from '../src/parser/schema.js';
import type { SentFollowUp, StoredReport, UnitDay } from '../src/store/report-store.js';
import type { HandlerContext } from './types.js';

// 首报、续报、终报: an incident is reported once and then followed until it is settled. A 续报 or 终报 is news of the
// incident the leaders were alerted about, not a second incident: it goes to them under that alert's number, into
// the 进展 of its case (台账), and its own incident is not stored (the day would count two 即时报告, the ledger two
// cases). A follow-up that says the incident went further (a higher level, or now a crowd) is new news and is
// reported as such; a 更正 replaces (submit-report.ts), it does not follow. The follow-up is an entry of its sender's
// history in the store (MessageWrite.followUp), so a 撤回 after it takes it back, not what came before (undo.ts).

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
  // The follow-up's message names the case too, so a 撤回 of it finds the step it wrote (retractFollowUp).
  await ctx.deps.cases.link(township, source, c.no);
  return c.no;
}

/** The source id of a follow-up's message: its 进展 step carries it, and it is linked to the case. */
export const followUpSource = (platform: string, msgId: string) => `followup:${platform}:${msgId}`;

/** The follow-up as its sender's history keeps it (MessageWrite.followUp): what a 撤回 of it takes back. */
export function sentFollowUp(ctx: HandlerContext, f: FollowUp): SentFollowUp {
  const { meta, date } = f.target;
  return {
    senderId: ctx.sender.id,
    word: f.word,
    unit: f.unit,
    incidentId: meta.id,
    date,
    ...(meta.alert ? { alert: meta.alert } : {}),
    text: followUpText(f, ctx.msg.text),
    platform: ctx.msg.platform,
    msgId: ctx.msg.msgId,
  };
}

/**
 * Takes a follow-up's step back in its case (safe to run again for the same 撤回 message); the case's number, or
 * undefined when the follow-up went into no case (its incident had none).
 */
export async function retractFollowUp(ctx: HandlerContext, f: SentFollowUp, who: Actor): Promise<number | undefined> {
  const township = ctx.deps.roster.roster.township;
  const source = followUpSource(f.platform, f.msgId);
  const c = await ctx.deps.cases.bySource(township, source);
  if (!c?.versions.some((v) => v.action === 'progress' && v.sourceId === source)) return undefined;
  await updateCase(ctx.deps.cases, township, c.no, (cur) => (cur.versions.some((v) => v.action === 'retract' && v.sourceId === source) ? 'done' : retractStep(cur, who, source, f.text)));
  return c.no;
}
