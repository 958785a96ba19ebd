import { shanghaiDate } from '../src/dates.js';
import { withdrawCasesOf } from '../src/ledger/follow-case.js';
import { clauseOf, modalityOf } from '../src/parser/modality.js';
import { mayActFor } from '../src/roster.js';
import type { StoredReport } from '../src/store/report-store.js';
import { conversation, dayLabel, ledger } from '../src/strings.js';
import { actor } from './case-context.js';
import { followUpText, lastFollowUp, retractFollowUp, type SentFollowUp } from './follow-up.js';
import type { HandlerContext } from './types.js';
import { leaderGroupsFor, needsAlert } from './submit-report.js';
import { type Handler, isCommand } from './types.js';

const KIND = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;

/** What the leaders were told of a report (read again from the message it came in), to say what is withdrawn. */
function alertedItems(r: StoredReport, text: string): string[] {
  if (r.kind === 'incident') return [conversation.alertIncident(r.escalation, r.people, r.collective, r.summary, modalityOf(r.summary ?? text))];
  if (r.kind === 'key_person') return r.persons.filter(needsAlert).map((p) => conversation.alertPerson(p, modalityOf(clauseOf(text, p.name))));
  return [];
}

/**
 * 撤回: removes the sender's own last stored message, nothing else. What the leaders were alerted about is
 * withdrawn only by the unit's own members, staff or leaders, and the leaders' group is told (【撤回】). The cases
 * the removed reports opened (or a correction of them carried) are withdrawn from the 台账 (已撤销).
 */
export const undo: Handler = {
  name: 'undo',
  match: (ctx) => isCommand(ctx, 'undo'),
  async handle(ctx) {
    const { store, roster } = ctx.deps;
    const township = roster.roster.township;
    // The sender's latest reports of today: withdrawing an alert filed for another unit needs that unit's authority.
    const today = await store.getDay(township, ctx.today);
    const mine = [...today.values()].flatMap((d) => [d.zero, d.assessment, d.keyPersons, ...d.incidents]).filter((r): r is StoredReport => r?.meta.senderId === ctx.sender.id);
    const lastAt = mine.map((r) => r.meta.receivedAt).sort().at(-1);
    // 续报/终报 store no report: sent after the sender's last report, it is what the 撤回 takes back (with the reports
    // of its own message, if it had any), not the incident before it.
    const follow = await lastFollowUp(ctx, lastAt);
    const blocked = follow ? undefined : mine.find((r) => r.meta.receivedAt === lastAt && r.meta.alert && !mayActFor(ctx.sender, r.unit, roster));
    if (blocked) {
      await ctx.reply(conversation.refused(blocked.unit, '撤回'));
      return false;
    }
    const by = ctx.sender.kind === 'unknown' ? (ctx.msg.userName ?? ctx.sender.id) : ctx.sender.name;
    const followLines = follow ? await takeBackFollowUp(ctx, follow, by) : [];
    // The follow-up's own message stored reports too (a person named in it): those go with it. Told by the message,
    // not the time: a 首报 and its 续报 may share a second (WeCom's CreateTime, a console paste).
    const sameMessage = !follow || mine.some((r) => r.meta.receivedAt === lastAt && r.meta.platform === follow.raw.platform && r.meta.msgId === follow.raw.msgId);
    const removed = sameMessage ? await store.undoLast(township, ctx.sender.id, { msgId: ctx.msg.msgId, at: ctx.msg.at.toISOString() }) : [];
    if (follow && removed.length === 0) {
      await ctx.reply([conversation.undone(followLines.map((l) => l.line)), ...(followLines.some((l) => l.told) ? ['已同时告知领导群。'] : [])].join('\n'));
      return false;
    }
    if (removed.length === 0) {
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
    const texts = new Map<string, string>();
    for (const day of new Set(removed.map((r) => shanghaiDate(new Date(r.meta.receivedAt)))))
      for (const m of await store.rawMessages(township, day)) texts.set(`${m.platform}:${m.msgId}`, m.text);
    for (const rs of byUnitDay.values()) {
      const nos = [...new Map(rs.map((r) => [r.meta.alert!.no, r.meta.alert!])).values()].sort((a, b) => a.no - b.no);
      const { unit, date } = rs[0]!;
      const alert = conversation.alertWithdrawn({ nos, unit, date, items: rs.flatMap((r) => alertedItems(r, texts.get(`${r.meta.platform}:${r.meta.msgId}`) ?? '')), by });
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
  await retractFollowUp(ctx, f, actor(ctx));
  const no = f.target?.meta.alert;
  const groups = no ? leaderGroupsFor(ctx) : [];
  const date = f.target?.date ?? f.case.openedOn;
  if (no) {
    const text = conversation.alertFollowUpWithdrawn({ word: f.word, no, unit: f.case.unit, date, text: followUpText(f, f.raw.text), by });
    for (const g of groups) await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'alert', text, mentions: [] });
  }
  return [{ line: conversation.followUpUndone({ word: f.word, unit: f.case.unit, date, no: no?.no, caseNo: f.case.no }), told: groups.length > 0 }];
}
