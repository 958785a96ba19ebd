import { withdrawCasesOf } from '../src/ledger/follow-case.js';
import { modalityOf } from '../src/parser/modality.js';
import { mayActFor } from '../src/roster.js';
import type { SentFollowUp, StoredReport } from '../src/store/report-store.js';
import { conversation, dayLabel, ledger } from '../src/strings.js';
import { actor } from './case-context.js';
import { retractFollowUp } from './follow-up.js';
import type { HandlerContext } from './types.js';
import { leaderGroupsFor, needsAlert } from './submit-report.js';
import { type Handler, isCommand } from './types.js';

const KIND = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;

/** What the leaders were told of a report (read again from the text of the message it came in), to say what is withdrawn. */
function alertedItems(r: StoredReport, text: string): string[] {
  if (r.kind === 'incident') return [conversation.alertIncident(r.escalation, r.people, r.collective, r.summary, r.modality ?? modalityOf(r.summary ?? text))];
  if (r.kind === 'key_person') return r.persons.filter(needsAlert).map((p) => conversation.alertPerson(p));
  return [];
}

/**
 * 撤回: takes back the latest thing the sender sent, nothing else: the reports of their last message, or the 续报/终报
 * after it (the store's per-sender history, takeBackLast, decides which, in one atomic step; a retry of the same
 * 撤回 gets the same answer). What the leaders were alerted about is withdrawn only by the unit's own members, staff
 * or leaders, and the leaders' group is told (【撤回】); the leaders told of a follow-up hear it is withdrawn. The
 * cases the removed reports opened (or a correction of them carried) are withdrawn from the 台账 (已撤销); a
 * follow-up's 进展 is taken out of its case.
 */
export const undo: Handler = {
  name: 'undo',
  match: (ctx) => isCommand(ctx, 'undo'),
  async handle(ctx) {
    const { store, roster } = ctx.deps;
    const township = roster.roster.township;
    const withdrawal = { msgId: ctx.msg.msgId, at: ctx.msg.at.toISOString() };
    // Withdrawing an alert filed for another unit needs that unit's authority: looked at before anything is taken
    // back (a follow-up is the sender's own news of an incident, as before; a retry passed this already).
    const latest = await store.lastSent(township, ctx.sender.id, withdrawal);
    if (latest && 'msgId' in latest && !latest.followUp) {
      const today = await store.getDay(township, ctx.today);
      const blocked = [...today.values()]
        .flatMap((d) => [d.zero, d.assessment, d.keyPersons, ...d.incidents])
        .find((r) => r?.meta.senderId === ctx.sender.id && r.meta.msgId === latest.msgId && r.meta.alert && !mayActFor(ctx.sender, r.unit, roster));
      if (blocked) {
        await ctx.reply(conversation.refused(blocked.unit, '撤回'));
        return false;
      }
    }
    const by = ctx.sender.kind === 'unknown' ? (ctx.msg.userName ?? ctx.sender.id) : ctx.sender.name;
    const taken = await store.takeBackLast(township, ctx.sender.id, withdrawal);
    const followLines = taken.followUp ? await takeBackFollowUp(ctx, taken.followUp, by) : [];
    const removed = taken.reports;
    if (removed.length === 0 && followLines.length === 0) {
      await ctx.reply(conversation.undoNothing());
      return false;
    }
    const withdrawn = await withdrawCasesOf(ctx.deps, removed, actor(ctx));
    const caseLine = (unit: string, date: string) => {
      const nos = withdrawn.filter((c) => c.unit === unit && c.openedOn === date).map((c) => c.no);
      return nos.length ? [ledger.casesWithdrawn(nos)] : [];
    };
    const byUnitDay = new Map<string, StoredReport[]>();
    for (const r of removed.filter((x) => x.meta.alert)) byUnitDay.set(`${r.unit}|${r.date}`, [...(byUnitDay.get(`${r.unit}|${r.date}`) ?? []), r]);
    for (const rs of byUnitDay.values()) {
      const nos = [...new Map(rs.map((r) => [r.meta.alert!.no, r.meta.alert!])).values()].sort((a, b) => a.no - b.no);
      const { unit, date } = rs[0]!;
      const alert = conversation.alertWithdrawn({ nos, unit, date, items: rs.flatMap((r) => alertedItems(r, taken.text ?? '')), by });
      const text = [alert, ...caseLine(unit, date)].join('\n');
      for (const g of leaderGroupsFor(ctx)) await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'alert', text, mentions: [] });
    }
    const items = [...followLines.map((l) => l.line), ...removed.map((r) => `${r.unit} ${dayLabel(r.date)} ${KIND[r.kind]}`)];
    const lines = [conversation.undone(items), ...(withdrawn.length ? [ledger.casesWithdrawn(withdrawn.map((c) => c.no))] : [])];
    await ctx.reply(lines.join('\n') + (byUnitDay.size || followLines.some((l) => l.told) ? '\n已同时告知领导群。' : ''));
    return false;
  },
};

/** Retracts the follow-up's 进展 step and tells the leaders who were told of it; the receipt's line for it. */
async function takeBackFollowUp(ctx: HandlerContext, f: SentFollowUp, by: string): Promise<{ line: string; told: boolean }[]> {
  const caseNo = await retractFollowUp(ctx, f, actor(ctx));
  const groups = f.alert ? leaderGroupsFor(ctx) : [];
  if (f.alert) {
    const text = conversation.alertFollowUpWithdrawn({ word: f.word, no: f.alert, unit: f.unit, date: f.date, text: f.text, by });
    for (const g of groups) await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'alert', text, mentions: [] });
  }
  return [{ line: conversation.followUpUndone({ word: f.word, unit: f.unit, date: f.date, no: f.alert?.no, caseNo }), told: groups.length > 0 }];
}
