import { shanghaiInstant } from '../src/dates.js';
import { type DatedKind, type DatedReport, ESCALATION_ORDER, isDated, type Person } from '../src/parser/schema.js';
import type { MessageWrite, StoredReport } from '../src/store/report-store.js';
import { conversation, parseWarningText, type ReceiptLine } from '../src/strings.js';
import { openCasesForReports } from '../src/ledger/open-case.js';
import type { Handler, HandlerContext } from './types.js';

/** A person the leaders must hear about at once: abnormal, or heading to the county or higher. */
export function needsAlert(p: Person): boolean {
  return p.state === 'abnormal' || (p.escalation !== null && ESCALATION_ORDER.indexOf(p.escalation) >= ESCALATION_ORDER.indexOf('county'));
}

/** Something happened that day: the unit's zero report of that day can no longer stand. */
function contradictsZero(r: DatedReport): boolean {
  if (r.kind === 'incident') return true;
  if (r.kind === 'key_person') return r.persons.some((p) => p.state === 'abnormal' || p.escalation !== null);
  if (r.kind === 'daily_assessment') return (r.counts.disputesFound ?? 0) > 0 || (r.counts.keyPersonsAbnormal ?? 0) > 0;
  return false;
}

function detail(r: DatedReport): string {
  switch (r.kind) {
    case 'zero_report':
      return conversation.zeroDetail();
    case 'daily_assessment':
      return conversation.assessmentDetail(r.counts, r.level);
    case 'key_person':
      return conversation.personsDetail(r.persons);
    case 'incident':
      return conversation.incidentDetail(r.escalation, r.people, r.collective);
  }
}

/** Removals that keep a unit-day consistent: a correction replaces, and anything that happened voids a zero report. */
export function removalsFor(reports: DatedReport[]): NonNullable<MessageWrite['remove']> {
  const byDay = new Map<string, { unit: string; date: string; kinds: Set<DatedKind> }>();
  for (const r of reports) {
    if (!r.unit) continue;
    const k = `${r.unit}|${r.date}`;
    const entry = byDay.get(k) ?? { unit: r.unit, date: r.date, kinds: new Set<DatedKind>() };
    byDay.set(k, entry);
    if (contradictsZero(r)) entry.kinds.add('zero_report');
    // A corrected incident replaces the day's earlier incidents; a corrected zero report says there were none.
    if (r.correction && (r.kind === 'incident' || r.kind === 'zero_report')) entry.kinds.add('incident');
  }
  return [...byDay.values()].filter((e) => e.kinds.size > 0).map((e) => ({ unit: e.unit, date: e.date, kinds: [...e.kinds] }));
}

/** Stores the reports of a message, answers with a receipt, and alerts the leaders at once when needed. */
export const submitReport: Handler = {
  name: 'submit-report',
  match: (ctx) => ctx.parsed.reports.some(isDated),
  async handle(ctx) {
    const reports = ctx.parsed.reports.filter(isDated);
    const unknown = reports.filter((r) => r.unit === null);
    if (unknown.length === reports.length) {
      await ctx.reply(ctx.parsed.warnings.includes('unknown_unit') ? conversation.unknownUnit(ctx.msg.text.slice(0, 12)) : conversation.noUnit());
      ctx.deps.metrics.parseFailures.inc();
      return false;
    }
    const { deps, sender, msg } = ctx;
    const roster = deps.roster.roster;
    const known = reports.filter((r): r is DatedReport & { unit: string } => r.unit !== null);
    const put: StoredReport[] = known.map((r, i) => {
      const proxy = sender.kind === 'leader' || (sender.kind === 'member' && sender.unit !== r.unit);
      const late = msg.at.getTime() > shanghaiInstant(r.date, roster.deadline).getTime();
      return {
        ...r,
        meta: {
          id: `${msg.platform}:${msg.msgId}:${i}`,
          msgId: msg.msgId,
          platform: msg.platform,
          chatId: msg.chatId,
          senderId: sender.id,
          ...(sender.kind !== 'unknown' ? { senderName: sender.name } : msg.userName ? { senderName: msg.userName } : {}),
          receivedAt: msg.at.toISOString(),
          ...(proxy ? { proxy: true } : {}),
          ...(sender.kind === 'unknown' ? { unrostered: true } : {}),
          ...(late ? { late: true } : {}),
        },
      } as StoredReport;
    });
    await deps.store.applyMessage({ township: roster.township, raw: ctx.raw, put, remove: removalsFor(known) });
    for (const r of put) deps.metrics.reportsStored.inc({ kind: r.kind });
    // An incident opens a case at once; a 日研判 that describes its disputes opens one per dispute (台账).
    const cases = await openCasesForReports(deps, put, msg.text);

    const alerted = await alertLeaders(ctx, known);
    const lines: ReceiptLine[] = known.map((r) => ({ kind: r.kind, unit: r.unit, date: r.date, detail: detail(r) }));
    const warnings = ctx.parsed.warnings.map(parseWarningText);
    await ctx.reply(
      conversation.receipt({
        lines,
        correction: known.some((r) => r.correction),
        proxy: put.some((r) => r.meta.proxy),
        unrostered: sender.kind === 'unknown',
        late: put.some((r) => r.meta.late),
        warnings,
        alerted,
        cases: cases.map((c) => c.no),
      }),
    );
    return true;
  },
};

async function alertLeaders(ctx: HandlerContext, reports: (DatedReport & { unit: string })[]): Promise<boolean> {
  const byUnit = new Map<string, { date: string; items: string[] }>();
  for (const r of reports) {
    const items: string[] = [];
    if (r.kind === 'incident') items.push(conversation.alertIncident(r.escalation, r.people, r.collective, r.summary));
    if (r.kind === 'key_person') for (const p of r.persons.filter(needsAlert)) items.push(conversation.alertPerson(p));
    if (items.length === 0) continue;
    const e = byUnit.get(r.unit) ?? { date: r.date, items: [] };
    e.items.push(...items);
    byUnit.set(r.unit, e);
  }
  const groups = leaderGroupsFor(ctx);
  if (byUnit.size === 0 || groups.length === 0) return false;
  const reporter = ctx.sender.kind === 'unknown' ? (ctx.msg.userName ?? ctx.sender.id) : ctx.sender.name;
  for (const [unit, e] of byUnit) {
    const text = conversation.alert({ unit, date: e.date, items: e.items, reporter });
    for (const g of groups) await ctx.deps.notifier.send({ platform: g.platform, chatId: g.chatId, kind: 'alert', text, mentions: [] });
  }
  return true;
}

/** The leaders' groups on the platform the message came from; all of them when that platform has none. */
function leaderGroupsFor(ctx: HandlerContext) {
  const all = ctx.deps.roster.groups('leaders');
  const same = all.filter((g) => g.platform === ctx.msg.platform);
  return same.length > 0 ? same : all;
}
