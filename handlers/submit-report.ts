import type { Choice } from '../src/core/message.js';
import { shanghaiInstant } from '../src/dates.js';
import { isOfficeTalk, LEDGER_WORDS, signsOff } from '../src/parser/commands.js';
import { clauseOf, deniesAct, modalityOf } from '../src/parser/modality.js';
import { unknownUnitName } from '../src/parser/units.js';
import { type DatedKind, type DatedReport, isDated, type Person } from '../src/parser/schema.js';
import { isOfficeSender, mayActFor } from '../src/roster.js';
import type { MessageWrite, StoredReport, UnitDay } from '../src/store/report-store.js';
import { validateWrite } from '../src/store/validate-write.js';
import { buttons, conversation, ledger, parseWarningText, type ReceiptLine } from '../src/strings.js';
import { type Case, isOpen } from '../src/ledger/case.js';
import { followCorrections } from '../src/ledger/follow-case.js';
import { followDisputes } from '../src/ledger/follow-disputes.js';
import { alertKeepers } from '../src/ledger/keeper-alert.js';
import { openCasesForReports, unregisteredDisputes } from '../src/ledger/open-case.js';
import { actor } from './case-context.js';
import { signerOf, signToday } from './confirm.js';
import { followCase, followUpOf, followUpText, goesFurther, sentFollowUp } from './follow-up.js';
import { needsAlert, personNews } from './person-news.js';

export { needsAlert };
import { type Handler, type HandlerContext, isCommand } from './types.js';


/** Something happened that day: the unit's zero report of that day can no longer stand. */
function contradictsZero(r: DatedReport): boolean {
  if (r.kind === 'incident') return true;
  if (r.kind === 'key_person') return r.persons.some((p) => p.state === 'abnormal' || p.escalation !== null);
  if (r.kind === 'daily_assessment') return (r.counts.disputesFound ?? 0) > 0 || (r.counts.keyPersonsAbnormal ?? 0) > 0;
  return false;
}

/** What the receipt (and 历史, 查询, 第N号) says of a report; threats read as risks (the report keeps its modality). */
export function detail(r: DatedReport): string {
  switch (r.kind) {
    case 'zero_report':
      return conversation.zeroDetail();
    case 'daily_assessment':
      return conversation.assessmentDetail(r.counts, r.level);
    case 'key_person':
      return conversation.personsDetail(r.persons);
    case 'incident':
      return conversation.incidentDetail(r.escalation, r.people, r.collective, r.modality ?? modalityOf(r.summary ?? ''));
  }
}

/**
 * 更正：王某某不是去市信访局，是去市医院看病: a correction of a person that says the act told of them did not happen
 * takes back the unit-day's incidents, when every one of them was told of the persons it names. (A correction that
 * tells them home again without a denial, 更正：王某某已劝返回家, leaves the incident: it happened.)
 */
function deniesIncidents(r: DatedReport, day: UnitDay | undefined, text: string): boolean {
  if (!r.correction || r.kind !== 'key_person' || !day || day.incidents.length === 0) return false;
  if (r.persons.some((p) => p.state === 'abnormal' || p.escalation)) return false;
  const denied = r.persons.filter((p) => deniesAct(clauseOf(text, p.name)));
  return day.incidents.every((i) => denied.some((p) => i.summary?.includes(p.name)));
}

/** Removals that keep a unit-day consistent: a correction replaces, and anything that happened voids a zero report. */
export function removalsFor(reports: DatedReport[], dayOf: (r: DatedReport) => UnitDay | undefined = () => undefined, text = ''): NonNullable<MessageWrite['remove']> {
  const byDay = new Map<string, { unit: string; date: string; kinds: Set<DatedKind> }>();
  for (const r of reports) {
    if (!r.unit) continue;
    const k = `${r.unit}|${r.date}`;
    const entry = byDay.get(k) ?? { unit: r.unit, date: r.date, kinds: new Set<DatedKind>() };
    byDay.set(k, entry);
    if (contradictsZero(r)) entry.kinds.add('zero_report');
    // A corrected incident replaces the day's earlier incidents; a corrected zero report says there were none.
    if (r.correction && (r.kind === 'incident' || r.kind === 'zero_report')) entry.kinds.add('incident');
    if (!reports.some((x) => x.kind === 'incident' && x.unit === r.unit && x.date === r.date) && deniesIncidents(r, dayOf(r), text)) entry.kinds.add('incident');
  }
  return [...byDay.values()].filter((e) => e.kinds.size > 0).map((e) => ({ unit: e.unit, date: e.date, kinds: [...e.kinds] }));
}

type Known = DatedReport & { unit: string };

/** The unit-day holds a report that came before the deadline. */
function reportedInTime(d: UnitDay | undefined): boolean {
  return !!d && [d.zero, d.assessment, d.keyPersons, ...d.incidents].some((r) => r !== undefined && !r.meta.late);
}

/**
 * A corrected report keeps what its correction does not say. A 日研判's figures not said again stay. An incident:
 * 更正：今天上访的是6个人不是5个 changes the headcount
 * of the one incident the unit-day holds, not its level, which the new text leaves unknown. Replaced as a whole, the
 * level the leaders were alerted about would silently become 不明. Only when the day holds one incident: with several,
 * which one is meant is not known, and the correction stands as written.
 */
export function keepUnsaid<R extends Known>(r: R, earlier: readonly StoredReport[]): R {
  if (!r.correction) return r;
  // 更正：化解1起 after 排查3起，化解2起，重点人员2人: the figure said is changed, the others stay. Replaced as a
  // whole, the day would count 排查0起 and the 化解率 would be wrong from then on.
  if (r.kind === 'daily_assessment') {
    const old = earlier.find((x) => x.kind === 'daily_assessment');
    if (old?.kind !== 'daily_assessment') return r;
    const said = Object.fromEntries(Object.entries(r.counts).filter(([, v]) => v !== undefined));
    return { ...r, counts: { ...old.counts, ...said }, level: r.level ?? old.level };
  }
  if (r.kind !== 'incident') return r;
  const olds = earlier.filter((x) => x.kind === 'incident');
  const old = olds.length === 1 ? olds[0] : undefined;
  if (old?.kind !== 'incident') return r;
  const sizeUnsaid = r.people === null;
  const summary = correctedSummary(old.summary, r.summary);
  return {
    ...r,
    escalation: r.escalation ?? old.escalation,
    people: r.people ?? old.people,
    collective: sizeUnsaid ? r.collective || old.collective : r.collective,
    ...(summary !== undefined ? { summary } : {}),
  };
}

/**
 * What a corrected incident says happened. A correction that tells the event again (most of its words are the
 * report's) replaces it; one that only fixes a figure or a place (是去市信访局，不是县里) is added to the report, so the
 * digest and the 台账 still say what happened and why.
 */
function correctedSummary(old: string | undefined, said: string | undefined): string | undefined {
  if (!old || !said) return said ?? old;
  const x = bigrams(said);
  const y = bigrams(old);
  const shared = [...x].filter((g) => y.has(g)).length;
  return shared / Math.max(1, x.size) >= 0.5 ? said : conversation.correctedSummary(old, said);
}
type Alerted = { no: number; at: string };

/** The alert numbers a unit-day's current reports were told in, oldest first, each once. */
function alertsOf(d: UnitDay | undefined, only?: (r: StoredReport) => boolean): Alerted[] {
  if (!d) return [];
  const all = [...d.incidents, ...(d.keyPersons ? [d.keyPersons] : [])].filter((r) => !only || only(r));
  const seen = new Map<number, Alerted>();
  for (const r of all) if (r.meta.alert && !seen.has(r.meta.alert.no)) seen.set(r.meta.alert.no, r.meta.alert);
  return [...seen.values()].sort((a, b) => a.no - b.no);
}

/** Two characters in a row, for comparing summaries that differ by a word. */
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** The same incident told again (a resend after a bad connection): same place, same size, nearly the same words. */
function sameIncident(a: Known & { kind: 'incident' }, b: StoredReport & { kind: 'incident' }): boolean {
  if (a.escalation !== b.escalation || a.collective !== b.collective) return false;
  if (a.people !== null && b.people !== null && a.people !== b.people) return false;
  if ((a.summary ?? '') === (b.summary ?? '')) return true;
  const x = bigrams(a.summary ?? '');
  const y = bigrams(b.summary ?? '');
  const common = [...x].filter((g) => y.has(g)).length;
  return common / Math.max(1, Math.min(x.size, y.size)) >= 0.8;
}

/** The alert-worthy persons of a key-person report, as comparable keys. */
function alertKeys(persons: readonly Person[]): string {
  return persons
    .filter(needsAlert)
    .map((p) => `${p.name}|${p.state}|${p.escalation ?? ''}`)
    .sort()
    .join(';');
}

/** What the leaders read about one report: acts as acts, threats and hearsay as risks. */
function alertItems(r: Known, text: string, all = false): string[] {
  if (r.kind === 'incident') return [conversation.alertIncident(r.escalation, r.people, r.collective, r.summary, r.modality ?? modalityOf(r.summary ?? text))];
  if (r.kind === 'key_person')
    return r.persons.filter((p) => all || needsAlert(p)).map((p) => conversation.alertPerson(p));
  if (all && r.kind === 'daily_assessment') return [conversation.assessmentDetail(r.counts, r.level)];
  return [];
}

/** Stores the reports of a message, answers with a receipt, and alerts the leaders at once when needed. */
export const submitReport: Handler = {
  name: 'submit-report',
  // A leader's or staff member's question or instruction that names a unit and an event is not a report of it.
  match: (ctx) => ctx.parsed.reports.some(isDated) && !(isOfficeSender(ctx.sender) && isOfficeTalk(ctx.msg.text)),
  async handle(ctx) {
    const reports = ctx.parsed.reports.filter(isDated);
    const unknown = reports.filter((r) => r.unit === null);
    if (unknown.length === reports.length) {
      await ctx.reply(ctx.parsed.warnings.includes('unknown_unit') ? conversation.unknownUnit(unknownUnitName(ctx.msg.text) ?? ctx.msg.text.slice(0, 12)) : conversation.noUnit());
      ctx.deps.metrics.parseFailures.inc();
      return false;
    }
    const { deps, sender, msg } = ctx;
    const roster = deps.roster.roster;
    const known = reports.filter((r): r is Known => r.unit !== null);
    const dates = [...new Set(known.map((r) => r.date))];
    // Only the units this message reports on: the whole day would be read and decoded for every report.
    const unitsOn = (d: string) => [...new Set(known.filter((r) => r.date === d).map((r) => r.unit))];
    const days = new Map(await Promise.all(dates.map(async (d) => [d, await deps.store.getUnitDays(roster.township, d, unitsOn(d))] as const)));
    const before = (r: Known) => days.get(r.date)?.get(r.unit);

    // Authority: a unit's own members, members who report for it, staff and leaders. Others (members of other
    // units, senders not on the roster) may still add what happened (an incident, a person at risk) as 代报, but
    // never correct, soften or withdraw what was reported; a member of another unit files no zero report or 日研判.
    const updates = (r: Known) =>
      (r.kind === 'key_person' && before(r)?.keyPersons?.meta.alert !== undefined) ||
      (r.correction === true && (r.kind === 'incident' || r.kind === 'zero_report') && alertsOf(before(r), (x) => x.kind === 'incident').length > 0);
    const refused: Known[] = [];
    const accepted = known.filter((r) => {
      if (mayActFor(sender, r.unit, deps.roster)) return true;
      const adds = !r.correction && (r.kind === 'incident' || (r.kind === 'key_person' && r.persons.some(needsAlert)));
      const ok = !updates(r) && (sender.kind === 'unknown' ? !r.correction : adds);
      if (!ok) refused.push(r);
      return ok;
    });
    // A plain 零报告 never stands beside news already stored for that unit-day (only 更正：零报告 may void it), or the
    // day would count as both quiet and not; the sender is told, never silently filed.
    const hasNews = (d: UnitDay | undefined) => !!d && [...d.incidents, ...(d.keyPersons ? [d.keyPersons] : []), ...(d.assessment ? [d.assessment] : [])].some(contradictsZero);
    const overNews = accepted.filter((r) => r.kind === 'zero_report' && !r.correction && hasNews(before(r)));
    for (const r of overNews) accepted.splice(accepted.indexOf(r), 1);
    // A 零报告 or 日研判 says how a day went: one that has not begun cannot be reported (a cadre filing the holiday's
    // zero reports ahead would leave every later day counted as reported). What happened is never refused for its date.
    const ahead = accepted.filter((r) => (r.kind === 'zero_report' || r.kind === 'daily_assessment') && r.date > ctx.today);
    for (const r of ahead) accepted.splice(accepted.indexOf(r), 1);
    for (const [i, r] of accepted.entries()) {
      const b = before(r);
      accepted[i] = keepUnsaid(r, [...(b?.incidents ?? []), ...(b?.assessment ? [b.assessment] : [])]);
    }
    const refusals = [
      ...new Map(refused.map((r) => [r.unit, conversation.refused(r.unit, r.correction ? '更正' : '报送')])).values(),
      ...overNews.map((r) => conversation.zeroAfterNews(r.unit, r.date)),
      ...[...new Map(ahead.map((r) => [`${r.unit}|${r.date}`, conversation.dayAhead(r.unit, r.date)])).values()],
    ];
    if (accepted.length === 0) {
      await ctx.reply(refusals.join('\n'));
      return false;
    }
    // 续报/终报 (follow-up.ts): news of an incident told before goes to the leaders under its number and into its
    // case; its own incident is not a second one. One that went further is new news, reported as such.
    const maybeFollow = refused.length === 0 ? await followUpOf(ctx, accepted, (u, d) => days.get(d)?.get(u)) : undefined;
    const follow = maybeFollow && !accepted.some((r) => goesFurther(maybeFollow, r)) ? maybeFollow : undefined;
    const folded = follow ? accepted.filter((r) => r.kind === 'incident') : [];
    for (const r of folded) accepted.splice(accepted.indexOf(r), 1);

    // Alerts: the same report sent again keeps its alert silently; a change to what was alerted is an update of
    // that alert; anything else alert-worthy gets a new number.
    const reporter = sender.kind === 'unknown' ? (msg.userName ?? sender.id) : sender.name;
    const at = msg.at.toISOString();
    const resent: number[] = [];
    const alertOf = new Map<Known, Alerted | undefined>();
    /** Unit-days whose alert this same message already numbered on an earlier run (see below). */
    const retriedAlert = new Map<string, number>();
    const updated = new Map<string, { unit: string; date: string; nos: Alerted[] }>();
    const fresh = new Map<string, { unit: string; date: string; reports: Known[] }>();
    const reuseId = new Map<Known, string>();
    for (const r of accepted) {
      const b = before(r);
      if (follow) {
        // Told to the leaders in the follow-up, under the number of the incident it follows.
        if (follow.target.meta.alert && alertItems(r, msg.text).length) alertOf.set(r, follow.target.meta.alert);
        continue;
      }
      if (updates(r)) {
        const nos = alertsOf(b, (x) => x.kind === r.kind || (r.kind === 'zero_report' && x.kind === 'incident'));
        if (r.kind === 'key_person' && b?.keyPersons?.meta.alert && alertKeys(b.keyPersons.persons) === alertKeys(r.persons)) {
          alertOf.set(r, b.keyPersons.meta.alert);
          resent.push(b.keyPersons.meta.alert.no);
          continue;
        }
        alertOf.set(r, nos[0]);
        const k = `${r.unit}|${r.date}`;
        const e = updated.get(k) ?? { unit: r.unit, date: r.date, nos: [] };
        for (const n of nos) if (!e.nos.some((x) => x.no === n.no)) e.nos.push(n);
        updated.set(k, e);
        continue;
      }
      if (r.kind === 'incident' && !r.correction) {
        const same = b?.incidents.find((i) => sameIncident(r, i));
        if (same) {
          reuseId.set(r, same.meta.id);
          alertOf.set(r, same.meta.alert);
          // This very message stored it before (a retry after a failure part-way, or a takeover after a crash):
          // its alert is sent again under the same number; the outbox's claim makes it go out once in all.
          if (same.meta.alert && same.meta.msgId === msg.msgId && alertItems(r, msg.text).length) retriedAlert.set(`${r.unit}|${r.date}`, same.meta.alert.no);
          else {
            if (same.meta.alert) resent.push(same.meta.alert.no);
            if (same.meta.alert || !alertItems(r, msg.text).length) continue;
          }
        }
      }
      if (alertItems(r, msg.text).length === 0) continue;
      const k = `${r.unit}|${r.date}`;
      const e = fresh.get(k) ?? { unit: r.unit, date: r.date, reports: [] };
      e.reports.push(r);
      fresh.set(k, e);
    }
    // A correction that updates an alert tells everything of its unit-day in that update (its items are all of the
    // message's reports there): a key person named in the same correction is not a second, new alert.
    for (const [k, u] of updated) {
      const f = fresh.get(k);
      if (!f) continue;
      for (const r of f.reports) alertOf.set(r, u.nos[0]);
      fresh.delete(k);
    }
    const groups = leaderGroupsFor(ctx);
    const numbered = new Map<string, number>();
    if (groups.length > 0)
      for (const [k, e] of fresh) {
        const no = retriedAlert.get(k) ?? (await deps.store.nextAlertNumber(roster.township));
        numbered.set(k, no);
        for (const r of e.reports) alertOf.set(r, { no, at });
      }

    const put: StoredReport[] = accepted.map((r, i) => {
      const proxy = sender.kind === 'leader' || sender.kind === 'staff' || (sender.kind === 'member' && sender.unit !== r.unit);
      // Late is when the unit-day's first report came: a unit that reported in time and updates its report after the
      // deadline (a person found in the evening, a 更正) has not reported late, though the update replaces that report.
      const late = msg.at.getTime() > shanghaiInstant(r.date, roster.deadline).getTime() && !reportedInTime(before(r));
      const alert = alertOf.get(r);
      return {
        ...r,
        meta: {
          id: reuseId.get(r) ?? `${msg.platform}:${msg.msgId}:${i}`,
          msgId: msg.msgId,
          platform: msg.platform,
          chatId: msg.chatId,
          senderId: sender.id,
          ...(sender.kind !== 'unknown' ? { senderName: sender.name } : msg.userName ? { senderName: msg.userName } : {}),
          receivedAt: at,
          ...(proxy ? { proxy: true } : {}),
          ...(sender.kind === 'unknown' ? { unrostered: true } : {}),
          ...(late ? { late: true } : {}),
          ...(alert ? { alert } : {}),
        },
      } as StoredReport;
    });
    // A follow-up is an entry of its sender's history, so a 撤回 after it takes it back (undo.ts).
    const write = { township: roster.township, raw: ctx.raw, put, remove: removalsFor(accepted, (r) => (r.unit ? before(r as Known) : undefined), msg.text), ...(follow ? { followUp: sentFollowUp(ctx, follow) } : {}) };
    const { remove } = write;
    // 台账, before the write: a correction carries the case of the incident it replaces, or withdraws it (更正 to a
    // zero report), and a 日研判 replacing the day's earlier one keeps the cases of the disputes it describes again.
    // Read from the unit-days as they were, so a retry after a failure in between still sees what was replaced (the
    // steps are idempotent); a write that could never be stored is refused before the ledger changes.
    validateWrite(write);
    const putIds = new Set(put.map((r) => r.meta.id));
    const replaced = remove.filter((x) => x.kinds.includes('incident')).flatMap((x) => (days.get(x.date)?.get(x.unit)?.incidents ?? []).filter((i) => !putIds.has(i.meta.id)));
    const oldAssessments = accepted.flatMap((r) => (r.kind === 'daily_assessment' && before(r)?.assessment && !putIds.has(before(r)!.assessment!.meta.id) ? [before(r)!.assessment!] : []));
    const byIncident = await followCorrections(deps, put, replaced, actor(ctx));
    const byDispute = await followDisputes(deps, put, oldAssessments, msg.text, actor(ctx));
    const followed = { corrected: [...byIncident.corrected, ...byDispute.corrected], withdrawn: [...byIncident.withdrawn, ...byDispute.withdrawn] };
    await deps.store.applyMessage(write);
    for (const r of put) deps.metrics.reportsStored.inc({ kind: r.kind });
    // Then an incident opens a case at once, and a 日研判 that describes its disputes one per dispute not yet in the
    // ledger (a carried case comes back under the corrected report's id).
    const carried = new Set(followed.corrected.map((c) => c.no));
    const cases = (await openCasesForReports(deps, put, msg.text)).filter((c) => !carried.has(c.no));

    const send = async (text: string, choices?: Choice[]) => {
      for (const g of groups) await deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'alert', text, mentions: [], ...(choices?.length ? { choices } : {}) });
    };
    for (const [k, e] of fresh) {
      const no = numbered.get(k);
      if (no === undefined) continue;
      // The leaders take a new case (包案) or say it is resolved (已化解) with one tap: the typed commands, checked
      // against the roster when pressed. Two cases at most, so the buttons fit every platform's card.
      const open = cases.filter((c) => c.unit === e.unit && c.openedOn === e.date && c.status === 'open').slice(0, 2);
      const choices = open.flatMap((c) => [
        { label: buttons.assignCase(c.no), command: buttons.assignCaseCommand(c.no) },
        { label: buttons.resolveCase(c.no), command: buttons.resolveCase(c.no) },
      ]);
      await send(conversation.alertNumbered({ no, unit: e.unit, date: e.date, items: e.reports.flatMap((r) => alertItems(r, msg.text)), reporter }), choices);
    }
    for (const [k, e] of updated) {
      const items = accepted.filter((r) => `${r.unit}|${r.date}` === k).flatMap((r) => alertItems(r, msg.text, true));
      // What the leaders were told before, beside what it is now: a correction's own words ("是8人") replace the
      // report's summary, and the leaders would lose what happened and who was involved.
      const told = (days.get(e.date)?.get(e.unit)?.incidents ?? []).filter((i) => e.nos.some((n) => n.no === i.meta.alert?.no));
      // Its summary is left out where the corrected one carries it (a correction that fixed a figure only).
      const was = told.flatMap((i) => alertItems({ ...i, summary: items.some((x) => i.summary && x.includes(i.summary)) ? undefined : i.summary }, i.summary ?? '')).filter((w) => !items.includes(w));
      // The leaders may have taken the case (包案): they hear that it follows the correction, or is withdrawn.
      const ofDay = (cs: Case[]) => cs.filter((c) => `${c.unit}|${c.openedOn}` === k).map((c) => c.no);
      const caseLines = [...(ofDay(followed.corrected).length ? [ledger.casesCorrected(ofDay(followed.corrected))] : []), ...(ofDay(followed.withdrawn).length ? [ledger.casesWithdrawn(ofDay(followed.withdrawn))] : [])];
      const news = !accepted.some((r) => `${r.unit}|${r.date}` === k && r.correction);
      await send([conversation.alertUpdate({ nos: e.nos, unit: e.unit, date: e.date, items, was, reporter, news }), ...caseLines].join('\n'));
    }
    let followed_: { caseNo?: number; alerted: boolean } | undefined;
    if (follow) {
      const said = followUpText(follow, msg.text);
      const caseNo = await followCase(ctx, follow, `${follow.word}：${said}`, actor(ctx));
      const no = follow.target.meta.alert;
      if (no && groups.length) await send(conversation.alertFollowUp({ word: follow.word, no, unit: follow.unit, date: follow.target.date, text: said, reporter }));
      followed_ = { ...(caseNo !== undefined ? { caseNo } : {}), alerted: Boolean(no && groups.length) };
    }
    // A person alerted about on a day before, reported otherwise now (person-news.ts); a follow-up told it already.
    const personUpdates = groups.length && !follow ? await personNews(ctx, accepted.filter((r) => !updates(r) && !fresh.has(`${r.unit}|${r.date}`))) : [];
    for (const n of personUpdates) {
      const asOf = accepted.find((r) => r.unit === n.unit && r.kind === 'key_person')!.date;
      await send(conversation.alertUpdate({ nos: [n.no], unit: n.unit, date: n.date, items: n.persons.map((p) => conversation.alertPerson(p)), reporter, news: true, asOf }));
    }
    // 张庄村今日零报告，确认 / 确认。张庄村今日零报告: the unit's head or team leader reporting today and signing in the same
    // message signs it.
    const signer = signsOff(msg.text) || isCommand(ctx, 'confirm') ? signerOf(sender) : undefined;
    const signedLine = signer && accepted.some((r) => r.unit === signer.unit && r.date === ctx.today) ? await signToday(ctx, signer) : undefined;
    const alerted = groups.length > 0 && (numbered.size > 0 || updated.size > 0 || Boolean(followed_?.alerted) || personUpdates.length > 0);
    // 逐人建账: a registered key person abnormal also reaches their 稳控责任人 and 包案领导 by @, in this chat.
    await alertKeepers(deps, msg, accepted.flatMap((r) => (r.kind === 'key_person' ? [r] : [])));

    const lines: ReceiptLine[] = accepted.map((r) => ({ kind: r.kind, unit: r.unit, date: r.date, detail: detail(r) }));
    const warnings = ctx.parsed.warnings.map(parseWarningText);
    const followLine = follow ? conversation.followUpNote({ word: follow.word, unit: follow.unit, date: follow.target.date, no: follow.target.meta.alert?.no, caseNo: followed_?.caseNo }) : undefined;
    if (follow && accepted.length === 0) {
      // Only the follow-up: no receipt lines. Its 撤回 button takes it back (undo.ts), whether or not it went into a case.
      // (终报：双方已达成协议: the case it went into is offered its 已化解, which the 包案领导 then confirms.)
      const settled = followed_?.caseNo !== undefined && LEDGER_WORDS.resolvedSaid.test(followUpText(follow, msg.text)) ? await deps.cases.get(roster.township, followed_.caseNo) : undefined;
      const offer = settled && isOpen(settled) && settled.status !== 'claimed' ? settled.no : undefined;
      const hint = offer !== undefined ? [ledger.resolvedHint(offer)] : [];
      const choices: Choice[] = [...(offer !== undefined ? [{ label: buttons.resolveCase(offer), command: buttons.resolveCase(offer) }] : []), { label: buttons.undo, command: buttons.undoCommand }];
      await ctx.reply([conversation.followUpReceipt(followLine!, alerted), ...hint, ...refusals].join('\n'), undefined, choices);
      return true;
    }
    const unsigned = [...new Set(accepted.filter((r) => r.correction && (before(r)?.confirmations.length ?? 0) > 0).map((r) => r.unit))];
    const receipt = conversation.receipt({
      lines,
      correction: accepted.some((r) => r.correction),
      proxy: put.some((r) => r.meta.proxy),
      unrostered: sender.kind === 'unknown',
      late: put.some((r) => r.meta.late),
      warnings,
      alerted,
      cases: cases.map((c) => c.no),
      casesCorrected: [...carried],
      casesWithdrawn: followed.withdrawn.map((c) => c.no),
    });
    // A zero report filed earlier for a unit-day this message reports news of is gone (removalsFor): say so, or the
    // cadre who sent both believes the day still stands as 零报告.
    const voided = [...new Map(accepted.filter((r) => contradictsZero(r) && before(r)?.zero).map((r) => [`${r.unit}|${r.date}`, conversation.zeroVoided(r.unit, r.date)])).values()];
    const unregistered = (await unregisteredDisputes(deps, put)).map((x) => (x.settledKnown ? ledger.registerAsk(x.unit, x.count) : ledger.registerAskUnsure(x.unit, x.count)));
    const notes = [...(followLine ? [followLine] : []), ...unregistered, ...(signedLine ? [signedLine] : []), ...voided, ...(resent.length ? [conversation.resent([...new Set(resent)])] : []), ...(unsigned.length ? [conversation.reconfirm(unsigned)] : []), ...refusals];
    // Signatures cleared by a correction are asked for again: the unit's head and team leader are @-mentioned.
    const signers = unsigned.flatMap((u) => (deps.roster.unit(u)?.members ?? []).filter((m) => m.role === 'head' || m.role === 'team_leader').map((m) => m.id));
    // One tap for what usually follows a receipt: the unit's head and team leader sign today's report (确认), the
    // sender takes it back (撤回). Each button is the typed command, checked against the roster when pressed.
    const choices: Choice[] = [
      ...(accepted.some((r) => r.date === ctx.today) ? [{ label: buttons.confirm, command: buttons.confirmCommand }] : []),
      { label: buttons.undo, command: buttons.undoCommand },
    ];
    await ctx.reply([receipt, ...notes].join('\n'), signers.length && sender.kind !== 'unknown' ? [sender.id, ...signers.filter((id) => id !== sender.id)] : undefined, choices);
    return true;
  },
};

/** The leaders' groups on the platform the message came from; all of them when that platform has none. */
export function leaderGroupsFor(ctx: HandlerContext) {
  const all = ctx.deps.roster.groups('leaders');
  const same = all.filter((g) => g.platform === ctx.msg.platform);
  return same.length > 0 ? same : all;
}
