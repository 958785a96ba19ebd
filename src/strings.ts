// Every user-facing Chinese string lives here, as named functions. Handlers, jobs and tests use these, so
// rewording a reply changes one line and no test. Keep replies short: they are read on phones in busy groups.
import { shanghaiDate, shanghaiTime } from './dates.js';
import type { Modality } from './parser/modality.js';
import type { Counts, Escalation, Level, ParseWarningCode, Person, UnsureReason } from './parser/schema.js';
import type { IncidentLine } from './stats/summarize.js';

// ——— parser warnings (CLI output and receipts) ———
const PARSE_WARNINGS: Record<ParseWarningCode, string> = {
  self_contradiction: '消息既报了无事（零报告、无异常或各项为0），又报了情况；已按情况登记，未登记零报告。',
  zero_beside_news: '同一条消息里既有零报告又报了情况，零报告未登记；确无情况的村（社区）请单独再发一条零报告。',
  unknown_unit: '消息中的村（社区）不在名册中，请核对名称。',
  future_date: '报告日期晚于发送日期，请核对日期。',
  no_unit: '未能识别是哪个村（社区）的报告，请在消息中写明村（社区）名称。',
  truncated: '消息过长，只解析了前面部分。',
};
export function parseWarningText(code: ParseWarningCode): string {
  return PARSE_WARNINGS[code];
}

// ——— labels shared by receipts, alerts and digests ———
/** '2026-10-03' → '10月3日' */
export function dayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
const ESCALATION: Record<Escalation, string> = { township: '到镇', county: '到县（区）', city: '到市', province: '赴省', beijing: '进京' };
export function escalationLabel(e: Escalation | null): string {
  return e ? ESCALATION[e] : '本地';
}
/** '到县（区）集体访', '进京上访', '本地群体性事件', '本地事件'. */
export function incidentLabel(e: Escalation | null, collective: boolean): string {
  if (e) return `${escalationLabel(e)}${collective ? '集体访' : '上访'}`;
  return collective ? '本地群体性事件' : '本地事件';
}
const LEVEL: Record<Level, string> = { stable: '平稳', watch: '需关注', alert: '紧急' };
export function levelLabel(l: Level | null): string {
  return l ? LEVEL[l] : '未写明';
}
/** A person as reported; a threatened or rumoured petition is said as a risk (`，扬言到市上访（风险）`). */
export function personLabel(p: Person, modality: Modality = p.modality ?? 'act'): string {
  const where = p.whereabouts === 'home' ? '在家' : p.whereabouts === 'away' ? '外出' : '去向未写明';
  const state = p.state === 'abnormal' ? '异常' : '稳定';
  const petition = p.escalation ? (modality === 'act' ? `${escalationLabel(p.escalation)}上访` : riskLabel(modality, p.escalation, false)) : '';
  return `${p.name}（${where}，${state}${petition ? `，${petition}` : ''}）`;
}
/** 化解率 as a whole percentage, or '—' when nothing was found. */
export function rateLabel(resolved: number, found: number): string {
  return found > 0 ? `${Math.round((100 * resolved) / found)}%` : '—';
}
export function countsLabel(c: Counts): string {
  const parts: string[] = [];
  if (c.disputesFound !== undefined) parts.push(`排查纠纷${c.disputesFound}起`);
  if (c.disputesResolved !== undefined) parts.push(`化解${c.disputesResolved}起`);
  if (c.petitions !== undefined) parts.push(`信访${c.petitions}件`);
  if (c.keyPersons !== undefined) parts.push(`重点人员${c.keyPersons}人`);
  if (c.keyPersonsAbnormal !== undefined) parts.push(`异常${c.keyPersonsAbnormal}人`);
  return parts.join('，');
}

// ——— conversation (handlers/) ———
export interface ReceiptLine {
  kind: 'zero_report' | 'daily_assessment' | 'key_person' | 'incident';
  unit: string;
  date: string;
  detail: string;
}
export const conversation = {
  /** The receipt of a stored message: one line per report, then notes. */
  receipt(o: {
    lines: ReceiptLine[];
    correction: boolean;
    proxy: boolean;
    unrostered: boolean;
    late: boolean;
    warnings: string[];
    alerted: boolean;
    /** Cases this message opened, carried to its correction, or withdrawn (台账). */
    cases?: number[];
    casesCorrected?: number[];
    casesWithdrawn?: number[];
  }): string {
    const head = o.correction ? '✅ 已更正' : '✅ 已登记';
    const kind = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;
    const lines = o.lines.map((l) => `${l.unit} ${dayLabel(l.date)} ${kind[l.kind]}${l.detail ? `：${l.detail}` : ''}`);
    const notes: string[] = [];
    if (o.proxy) notes.push('（代报）');
    if (o.unrostered) notes.push('（报送人不在名册中，已标注）');
    if (o.late) notes.push('（已过截止时间，记为迟报）');
    const out = [`${head}：${lines.join('\n')}${notes.join('')}`];
    for (const w of o.warnings) out.push(`⚠️ ${w}`);
    if (o.cases?.length) out.push(`📁 已立案：${caseNos(o.cases)}（台账）`);
    if (o.casesCorrected?.length) out.push(ledger.casesCorrected(o.casesCorrected));
    if (o.casesWithdrawn?.length) out.push(ledger.casesWithdrawn(o.casesWithdrawn));
    if (o.alerted) out.push('已同时报送领导群。');
    return out.join('\n');
  },
  zeroDetail: () => '',
  assessmentDetail: (counts: Counts, level: Level | null) => [countsLabel(counts), level ? `研判：${levelLabel(level)}` : ''].filter(Boolean).join('，'),
  personsDetail: (persons: Person[]) => persons.map((p) => personLabel(p)).join('；'),
  // A threat or plan reads as one in the cadre's receipt too (准备到县（区）上访（风险）), as in the leaders' alert.
  incidentDetail: (e: Escalation | null, people: number | null, collective: boolean, modality: Modality = 'act') =>
    [modality === 'act' ? escalationLabel(e) : riskLabel(modality, e, collective), people ? `${people}人` : '人数未写明', collective && modality === 'act' ? '集体访/群体性' : ''].filter(Boolean).join('，'),
  /** 今天村里办丧事，晚点报: the report promised is still due (handlers/promised-later.ts). */
  promisedLater: (unit: string, deadline: string, late: boolean) =>
    late ? `好的。${unit}今天已过${deadline}截止时间，报送后记为迟报。` : `好的。${unit}今天的报告请在${deadline}前报送，逾时记为迟报。`,
  /** A report in a file, a picture or a mailbox (handlers/attachment.ts). */
  attachedReport: () =>
    '机器人读不了文件、图片里的内容，这份报告还没有登记。请用文字再发一遍，例如：\n· 张庄村零报告\n· 张庄村日研判：排查矛盾纠纷2起，化解2起，重点人员4人均稳定，总体平稳',
  /** A message that looks like a report but could not be understood. */
  unclear: () =>
    '没看懂这条报告，请按格式发送，例如：\n· 张庄村零报告\n· 张庄村日研判：排查矛盾纠纷2起，化解2起，重点人员4人均稳定，总体平稳\n发送“@机器人 帮助”查看全部格式。',
  /** A question to the bot it cannot answer: what it can (the office's list is longer). */
  /** 你好 / 在吗 to the bot. */
  greeting: () => '在。请直接发送报告，例如：张庄村零报告；发送“帮助”查看全部格式。',
  questionHint: (office: boolean) =>
    office
      ? '这个问题我还答不了。可以问我：统计、谁没报、查询 张庄村、台账、排名；发送“帮助”查看全部用法。'
      : '这个问题我还答不了。可以问我：我们村今天报了吗、谁没报、统计；发送“帮助”查看全部用法。',
  /** An incident's summary after a correction that fixed a detail only: the report, then the correction. */
  correctedSummary: (report: string, correction: string) => `${report}（更正：${correction}）`,
  /** The parser is not sure (灵保告, 同上, 明天零报告): what it understood, and one question. */
  askGuess: (reason: UnsureReason, unit: string, date: string) =>
    `${{ same_as_before: '您是说情况和上次一样、没有新情况', future_day: '零报告只能报当天的', quiet: '您是说今天没有情况', typo: '没看懂' }[reason]}，您是要报 ${unit} ${dayLabel(date)} 零报告 吗？回复“是”登记。`,
  /** 不是 to the bot's question: nothing registered; what to send instead. */
  guessDeclined: () => '好的，没有登记。请按格式重新发送，例如：张庄村今日零报告',
  noUnit: () => '请写明是哪个村（社区）的报告，例如：张庄村零报告',
  unknownUnit: (names: string) => `名册中没有“${names}”，请核对村（社区）名称后重发。`,
  help: (township: string, deadline: string) =>
    [
      `【${township}维稳助手】请@我发送：`,
      `1. 零报告：张庄村零报告（或：张庄村今日无进京赴省到市上访、无集体访）`,
      '2. 日研判：张庄村日研判：排查矛盾纠纷2起，化解2起，新增信访0件，重点人员4人，均稳定，总体平稳',
      '3. 重点人员：张庄村重点人员王某某在家，情绪稳定；李某某外出务工，稳定',
      '4. 即时报告：张庄村即时报告：村民李某某今天到县信访局上访，已劝返',
      '补报写日期（补报：张庄村10月2日零报告）；改错以“更正：”开头重发。',
      `命令：未报｜统计｜确认（书记、工作组组长签字）｜撤回。每天${deadline}前报送。`,
    ].join('\n'),
  /** 怎么撤回？ / 确认怎么弄 / 怎么看台账: the one line of how, and nothing carried out. */
  helpTopic: (topic: 'undo' | 'confirm' | 'correct' | 'ledger') =>
    `${
      {
        undo: '撤回：发送“撤回”，撤回您最近发的一条报告（续报也一样）；撤回后可以重新发送。',
        confirm: '确认：村（社区）书记或驻村工作组组长发送“确认”，签字确认本村当天的报告；两人都确认了就是双签。',
        correct: '更正：以“更正：”开头把报告重发一遍，例如“更正：张庄村今日日研判：排查矛盾纠纷1起，化解1起”；只改一个数也可以，例如“更正：化解1起”。',
        ledger: '台账：发送“台账”查看本村未办结的案件；“案件N”查看一件；“案件N 进展：…”报进展；化解后发“案件N 已化解”。',
      }[topic]
    }发“帮助”查看全部格式。`,
  /** 帮助 from a leader or the office: what they run, beside the units' formats (they also 代报 in them). */
  helpOffice: (township: string) =>
    [
      `【${township}维稳助手】领导、综治办可@我发送：`,
      '· 报送情况：未报｜统计（统计 本周、本月）｜查询 张庄村 12月2日｜历史 张庄村',
      '· 督办 张庄村 请今天下班前报送详细情况｜免报 张庄村 12月3日 村委换届',
      '· 台账：台账｜超期案件｜案件12｜包案 案件12 李镇长 12月20日前｜确认 案件12｜销号 案件12',
      '· 越级排名｜导出台账｜看板（网页登录链接）',
      '代报与村里格式相同（张庄村零报告），更正以“更正：”开头。发“格式”查看村里报送格式。',
    ].join('\n'),
  missingNone: (date: string) => `${dayLabel(date)}各村（社区）均已报送。`,
  /** 给没报的村发个提醒 from the leaders' group: the list went to the units' group with its cadres @-mentioned. */
  missingReminded: (n: number) => `已在工作群提醒${n}个未报的村（社区）。`,
  missingList: (date: string, units: string[]) => `${dayLabel(date)}尚未报送（${units.length}个）：${units.join('、')}。请尽快报送。`,
  confirmNotAllowed: () => '只有村（社区）书记或驻村工作组组长可以确认本村报告。',
  confirmNothing: (unit: string, date: string) => `${unit}${dayLabel(date)}还没有报告，无法确认。请先报送。`,
  confirmed: (unit: string, date: string, head: boolean, team: boolean) =>
    `✅ 已确认：${unit} ${dayLabel(date)}报告（书记${head ? '✓' : '✗'}，工作组组长${team ? '✓' : '✗'}）${head && team ? '，双签完成。' : '，待另一人确认。'}`,
  undone: (lines: string[]) => `↩️ 已撤回：${lines.join('；')}`,
  undoNothing: () => '没有可以撤回的报告。',
  /** A 续报/终报 taken back, as the sender's receipt lists it (its case's 进展 no longer shows it). */
  followUpUndone: (o: { word: string; unit: string; date: string; no?: number | undefined; caseNo?: number | undefined }) =>
    `${o.unit} ${dayLabel(o.date)}即时报告${o.no ? `第${o.no}号` : ''}的${o.word}${o.caseNo ? `（已从案件${o.caseNo}进展中撤回）` : ''}`,
  stats: (o: { date: string; reported: number; total: number; missing: string[]; incidents: number; found: number; resolved: number; period?: { name: string; from: string; found: number; resolved: number; incidents: number } }) =>
    [
      `【${dayLabel(o.date)}统计】已报${o.reported}/${o.total}${o.missing.length ? `，未报：${o.missing.join('、')}` : ''}`,
      `即时报告${o.incidents}起；排查纠纷${o.found}起，化解${o.resolved}起，化解率${rateLabel(o.resolved, o.found)}`,
      ...(o.period
        ? [`【${o.period.name}以来（${dayLabel(o.period.from)}起）】排查${o.period.found}起，化解${o.period.resolved}起，化解率${rateLabel(o.period.resolved, o.period.found)}；即时报告${o.period.incidents}起`]
        : []),
    ].join('\n'),
  /** Sent at once to the leaders' groups. */
  alert: (o: { unit: string; date: string; items: string[]; reporter: string }) =>
    [`🚨【即时报告】${o.unit} ${dayLabel(o.date)}`, ...o.items.map((i) => `· ${i}`), `报送人：${o.reporter}`].join('\n'),
  alertIncident: (e: Escalation | null, people: number | null, collective: boolean, summary?: string, modality: Modality = 'act') =>
    `${modality === 'act' ? incidentLabel(e, collective) : riskLabel(modality, e, collective)}，${people ? `${people}人` : '人数未写明'}${summary ? `：${summary}` : ''}`,
  /** A person away keeps that in a risk (失联，可能去市里了): 重点人员孙某某（外出，异常），可能到市上访（未核实）. */
  alertPerson: (p: Person, modality: Modality = p.modality ?? 'act') =>
    modality === 'act' || !p.escalation
      ? `重点人员${personLabel(p, modality)}`
      : `重点人员${p.name}${p.whereabouts === 'away' ? `（外出，${p.state === 'abnormal' ? '异常' : '稳定'}），` : ''}${riskLabel(modality, p.escalation, false)}`,
  ...authority(),
};

/** What was threatened, planned or heard is not what happened: `扬言到市上访（风险）`, `可能进京上访（未核实）`. */
export function riskLabel(m: Exclude<Modality, 'act'>, e: Escalation | null, collective: boolean): string {
  const what = e ? `${escalationLabel(e)}${collective ? '集体访' : '上访'}` : collective ? '聚集' : '闹事';
  return { threat: `扬言${what}（风险）`, plan: `准备${what}（风险）`, rumour: `可能${what}（未核实）` }[m];
}

/** '12月3日 10:15' in Asia/Shanghai, for referring to an earlier alert. */
export function momentLabel(iso: string): string {
  const at = new Date(iso);
  return `${dayLabel(shanghaiDate(at))} ${shanghaiTime(at).slice(0, 5)}`;
}

const KIND_LABEL = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;
export type LeaveKind = 'leave' | 'away';

/** Who may do what, versions, the life of an alert, leaders' commands and leave (issue 13). */
function authority() {
  return {
    /** One short line: who may change a unit's reports. */
    refused: (unit: string, verb: '报送' | '更正' | '撤回') => `未登记：${unit}的报告只能由${unit}的同志、镇综治办（信访办）或镇领导${verb}。`,
    /** The receipt's note for an incident sent again. */
    resent: (nos: number[]) => `（与已报送的第${nos.join('、')}号相同，已更新，不再重复报送领导群）`,
    /** A plain 零报告 for a unit-day that already holds news: never filed over it (the contract's safety rule). */
    /** A 零报告 or 日研判 of a day that has not begun. */
    dayAhead: (unit: string, date: string) => `未登记：${unit} ${dayLabel(date)}还没到，零报告和日研判只能报当天或之前的。`,
    /** News for a unit-day that held a 零报告: the zero report no longer stands. */
    zeroVoided: (unit: string, date: string) => `（${unit} ${dayLabel(date)}此前的零报告已作废，以本条为准）`,
    zeroAfterNews: (unit: string, date: string) => `未登记零报告：${unit} ${dayLabel(date)}已报送情况。如当天确实无事，请发“更正：零报告”。`,
    reconfirm: (units: string[]) => `${units.join('、')}的报告已更正，请书记、工作组组长重新确认。`,
    alertNumbered: (o: { no: number; unit: string; date: string; items: string[]; reporter: string }) =>
      [`🚨【即时报告】第${o.no}号 ${o.unit} ${dayLabel(o.date)}`, ...o.items.map((i) => `· ${i}`), `报送人：${o.reporter}`].join('\n'),
    /** A 续报/终报 of an incident the leaders were alerted about, under its number. */
    alertFollowUp: (o: { word: string; no: { no: number; at: string }; unit: string; date: string; text: string; reporter: string }) =>
      [`📌【${o.word}】第${o.no.no}号（${momentLabel(o.no.at)}） ${o.unit} ${dayLabel(o.date)}`, `· ${o.text}`, `报送人：${o.reporter}`].join('\n'),
    /** What the receipt says of a 续报/终报: which incident it follows, that it is not counted again, its case. */
    followUpNote: (o: { word: string; unit: string; date: string; no?: number | undefined; caseNo?: number | undefined }) =>
      `📌 ${o.unit} ${dayLabel(o.date)}即时报告${o.no ? `第${o.no}号` : ''}的${o.word}已登记，不另计一起${o.caseNo ? `，已记入案件${o.caseNo}进展` : ''}。`,
    followUpReceipt: (note: string, alerted: boolean) => `✅ ${note.replace(/^📌 /, '')}${alerted ? '\n已同时报送领导群。' : ''}`,
    /** A correction of what the leaders were alerted about: always sent. */
    alertUpdate: (o: { nos: { no: number; at: string }[]; unit: string; date: string; items: string[]; was?: string[]; reporter: string; news?: boolean; asOf?: string }) =>
      [
        // news: the state of a person alerted about, reported again (王某某已联系上), not a 更正 of the report.
        `🔄【更新】${o.nos.map((n) => `第${n.no}号（${momentLabel(n.at)}）`).join('、')} ${o.unit} ${dayLabel(o.date)}${o.news ? `最新情况${o.asOf && o.asOf !== o.date ? `（${dayLabel(o.asOf)}）` : ''}` : '已更正为'}：`,
        ...(o.items.length ? o.items.map((i) => `· ${i}`) : ['· 无上述情况']),
        ...(o.was?.length ? [`原报：${o.was.join('；')}`] : []),
        `${o.news ? '报送人' : '更正人'}：${o.reporter}`,
      ].join('\n'),
    /** A 续报/终报 the leaders were told of (📌), taken back by its sender. */
    alertFollowUpWithdrawn: (o: { word: string; no: { no: number; at: string }; unit: string; date: string; text: string; by: string }) =>
      [`↩️【撤回】第${o.no.no}号（${momentLabel(o.no.at)}） ${o.unit} ${dayLabel(o.date)}的${o.word}已撤回：`, `· ${o.text}`, `撤回人：${o.by}`].join('\n'),
    alertWithdrawn: (o: { nos: { no: number; at: string }[]; unit: string; date: string; items: string[]; by: string }) =>
      [
        `↩️【撤回】${o.nos.map((n) => `第${n.no}号（${momentLabel(n.at)}）`).join('、')} ${o.unit} ${dayLabel(o.date)}的以下报告已撤回：`,
        ...o.items.map((i) => `· ${i}`),
        `撤回人：${o.by}`,
      ].join('\n'),
    historyList: (unit: string, date: string, lines: { seq: number; at: string; who: string; action: 'report' | 'correction' | 'withdrawn'; kind: keyof typeof KIND_LABEL; detail: string }[]) =>
      lines.length
        ? [
            `【${unit} ${dayLabel(date)}报告记录】`,
            ...lines.map(
              (l) => `${l.seq}. ${momentLabel(l.at).split(' ')[1]} ${l.who} ${{ report: '报送', correction: '更正', withdrawn: '撤回' }[l.action]}${KIND_LABEL[l.kind]}${l.detail ? `：${l.detail}` : ''}`,
            ),
          ].join('\n')
        : `${unit}${dayLabel(date)}没有报告记录。`,
    queryDay: (unit: string, date: string, lines: string[], o: { excused?: string; confirmed: string }) =>
      lines.length || o.excused
        ? [`【${unit} ${dayLabel(date)}】`, ...(o.excused ? [`免报：${o.excused}`] : []), ...lines.map((l) => `· ${l}`), ...(lines.length ? [`签字：${o.confirmed}`] : [])].join('\n')
        : `${unit}${dayLabel(date)}没有报告。`,
    queryLine: (kind: keyof typeof KIND_LABEL, detail: string, who: string, at: string) => `${KIND_LABEL[kind]}${detail ? `：${detail}` : ''}（${who} ${momentLabel(at).split(' ')[1]}）`,
    needUnit: (example: string) => `请写明村（社区），例如：${example}`,
    /** 督办: posted in the units' group, @-mentioning the unit's members. */
    supervise: (o: { unit: string; by: string; note: string }) => `📌【督办】${o.unit}：${o.note || '请尽快报送并落实有关情况'}（${o.by}）`,
    superviseSent: (unit: string) => `已督办${unit}。`,
    /** A leader's instruction about a unit, said to the bot: the 督办 it can send, as it would be typed. */
    superviseOffer: (unit: string, command: string) => `要督办${unit}吗？点“督办${unit}”或发送：${command}`,
    /** 督办 案件12 …: to the case's people, by @. */
    superviseCase: (o: { no: number; unit: string; title: string; by: string; note: string }) =>
      `📌【督办】案件${o.no} ${o.unit} ${o.title}：${o.note || '请抓紧办理，按时化解'}（${o.by}）`,
    excused: (unit: string, date: string, reason: string) => `✅ 已登记：${unit} ${dayLabel(date)}免报${reason ? `（${reason}）` : ''}。`,
    leaveRecorded: (o: { name: string; from: string; to: string; kind: LeaveKind }) =>
      `✅ 已登记：${o.name} ${dayLabel(o.from)}${o.to !== o.from ? `—${dayLabel(o.to)}` : ''}${o.kind === 'leave' ? '请假' : '外出'}，期间提醒不再@本人。`,
    leaveNeedsDate: () => '请写明日期，例如：请假 12月3日-12月5日',
    leaveWhoFor: () => '请写明为谁请假，例如：请假 王磊 12月3日-12月5日',
    onlyLeaders: () => '只有镇领导或镇综治办（信访办）可以督办、免报。',
    periodStats: (o: { label: string; from: string; to: string; days: number; reported: number; expected: number; found: number; resolved: number; incidents: number; beyond: number }) =>
      [
        `【${o.label}统计（${dayLabel(o.from)}—${dayLabel(o.to)}）】应报${o.expected}次，已报${o.reported}次`,
        `即时报告${o.incidents}起（越级${o.beyond}起）；排查纠纷${o.found}起，化解${o.resolved}起，化解率${rateLabel(o.resolved, o.found)}`,
      ].join('\n'),
    confirmStale: () => '报告已更正，签字需重新确认。',
  };
}

// ——— scheduled messages (jobs/) ———
/** At most `max` names, then “等N个”: a digest for thousands of units must still fit a phone screen. */
export function nameList(names: readonly string[], max = 30): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}个`;
}
export interface DigestFigures {
  reported: number;
  missing: string[];
  late: string[];
  confirmed: number;
  found: number;
  resolved: number;
  petitions: number;
}
/** An incident line of the digest: the summary's incident, its day implied by the digest. */
export type DigestIncident = Omit<IncidentLine, 'date'>;
export interface SummaryRow {
  unit: string;
  found: number;
  resolved: number;
  cumFound: number;
  cumResolved: number;
}
const MAX_LINES = 10;
function capped<T>(items: readonly T[], line: (t: T) => string, more: (n: number) => string): string[] {
  const out = items.slice(0, MAX_LINES).map((t) => `· ${line(t)}`);
  if (items.length > MAX_LINES) out.push(more(items.length - MAX_LINES));
  return out;
}
export const scheduled = {
  /** In the units' groups before the deadline; the missing units' members are @-mentioned by the platform. */
  reminder: (o: { date: string; deadline: string; units: string[]; allAway?: string[] }) =>
    `⏰【报送提醒】今天（${dayLabel(o.date)}）${o.deadline}截止，以下${o.units.length}个村（社区）尚未报送：${nameList(o.units)}。请被@的同志尽快报送，无情况也请报“零报告”。${
      o.allAway?.length ? `\n${nameList(o.allAway)}人员均请假或外出，请镇综治办代报。` : ''
    }`,
  /** Digest lines: units excused for the day (免报) and members on leave or away. */
  digestAbsence: (o: { excused: { unit: string; reason: string }[]; away: { unit: string; name: string; kind: LeaveKind }[] }) => [
    ...(o.excused.length ? [`免报${o.excused.length}：${nameList(o.excused.map((e) => (e.reason ? `${e.unit}（${e.reason}）` : e.unit)), 10)}`] : []),
    ...(o.away.length ? [`请假/外出${o.away.length}人：${nameList(o.away.map((a) => `${a.unit}${a.name}（${a.kind === 'leave' ? '请假' : '外出'}）`), 10)}`] : []),
  ],
  /** In the leaders' groups at the deadline. */
  deadlineMissed: (o: { date: string; deadline: string; units: string[]; total: number }) =>
    `📋【漏报通报】${dayLabel(o.date)}${o.deadline}截止，${o.units.length}/${o.total}个村（社区）未按时报送：${nameList(o.units)}。此后补报的记为迟报。`,
  deadlineAllIn: (o: { date: string; deadline: string; total: number }) =>
    `📋【报送情况】${dayLabel(o.date)}${o.deadline}截止，${o.total}个村（社区）均已按时报送。`,
  /** The morning digest about the previous day, in the leaders' groups. */
  digest: (o: {
    township: string;
    date: string;
    periodName?: string;
    total: number;
    day: DigestFigures;
    incidents: DigestIncident[];
    persons: (Person & { unit: string })[];
    cumulative: { name: string; from: string; reported: number; missing: number; found: number; resolved: number; incidents: number };
  }) =>
    [
      `📰【${o.township}维稳日报】${dayLabel(o.date)}${o.periodName ? `（${o.periodName}期间）` : ''}`,
      `报送：已报${o.day.reported}/${o.total}${o.day.missing.length ? `，未报${o.day.missing.length}：${nameList(o.day.missing, 20)}` : '，全部报送'}${o.day.late.length ? `；迟报${o.day.late.length}：${nameList(o.day.late, 10)}` : ''}；书记、组长双签${o.day.confirmed}个`,
      o.incidents.length ? `即时报告${o.incidents.length}起：` : '即时报告：无',
      ...capped(
        o.incidents,
        (i) => `${i.unit} ${i.modality ? riskLabel(i.modality, i.escalation, i.collective) : incidentLabel(i.escalation, i.collective)}，${i.people ? `${i.people}人` : '人数未写明'}${i.summary ? `：${i.summary}` : ''}${i.late ? '（迟报）' : ''}${i.latest ? `\n  最新进展：${i.latest}` : ''}`,
        (n) => `……另有${n}起，发送“统计”查看`,
      ),
      o.persons.length ? `重点人员异常或外出${o.persons.length}人：` : '重点人员：无异常、无外出',
      ...capped(o.persons, (p) => `${p.unit} ${personLabel(p)}`, (n) => `……另有${n}人`),
      `矛盾纠纷：排查${o.day.found}起，化解${o.day.resolved}起，化解率${rateLabel(o.day.resolved, o.day.found)}；信访${o.day.petitions}件`,
      `【${o.cumulative.name}累计（${dayLabel(o.cumulative.from)}起）】应报未报${o.cumulative.missing}次；排查${o.cumulative.found}起，化解${o.cumulative.resolved}起，化解率${rateLabel(o.cumulative.resolved, o.cumulative.found)}；即时报告${o.cumulative.incidents}起`,
    ].join('\n'),
  /** The semi-monthly 汇总表 (1st and 16th), in the leaders' groups. */
  summary: (o: { township: string; from: string; to: string; cumFrom: string; rows: SummaryRow[]; total: SummaryRow; ranking: { unit: string; count: number }[] }) => {
    const row = (r: SummaryRow) =>
      `${r.unit}｜${r.found}｜${r.resolved}｜${rateLabel(r.resolved, r.found)}｜${r.cumFound}｜${r.cumResolved}｜${rateLabel(r.cumResolved, r.cumFound)}`;
    // Rows joined a thousand at a time: a row built by a template is a tree of a dozen pieces until joined, and
    // 100,000 such trees at once were ~40 MB of heap (a province's table).
    const body: string[] = [];
    for (let i = 0; i < o.rows.length; i += 1000) body.push(o.rows.slice(i, i + 1000).map(row).join('\n'));
    return [
      `📊【${o.township}矛盾纠纷排查化解汇总表】${dayLabel(o.from)}—${dayLabel(o.to)}`,
      '单位｜排查数｜化解数｜化解率｜累计排查数｜累计化解数｜累计化解率',
      ...body,
      row({ ...o.total, unit: '合计' }),
      // With its year: the table of 16–31 December goes out on 1 January, when a bare 1月1日 reads as that day.
      `（累计自${o.cumFrom.slice(0, 4)}年${dayLabel(o.cumFrom)}起）`,
      o.ranking.length
        ? `越级上访（到县及以上）排名：${o.ranking.map((r, i) => `${i + 1}. ${r.unit} ${r.count}起`).join('；')}`
        : '越级上访（到县及以上）：无',
    ].join('\n');
  },
};

// ——— platform and server notices ———

// ——— buttons (WeCom template cards, numbered choices on the console) ———
export const buttons = {
  /** Labels; each button stands for the typed command a handler gives it. */
  confirm: '确认',
  undo: '撤回',
  /** The 督办 offered for a leader's instruction about a unit. */
  superviseUnit: (unit: string) => `督办${unit}`,
  /** On the card that welcomes someone opening the bot's one-to-one chat (WeCom long connection). */
  help: '帮助',
  /** The commands those buttons send, exactly as a cadre would type them. */
  confirmCommand: '确认',
  undoCommand: '撤回',
  helpCommand: '帮助',
  yesCommand: '是',
  noCommand: '不是',
  yes: '是',
  no: '不是',
  /** Card title when the reply is too long to sit on the card itself (the reply goes before it). */
  chooseTitle: '请选择',
  /** The card after a press the handlers have not answered within WeCom's 5 s (slow, or nothing to say). */
  pressReceived: (label: string) => `已收到“${label}”`,
  /** The ledger's buttons (leaders): take a case, say it is resolved, confirm a resolution. Commands as typed. */
  assignCase: (no: number) => `包案 案件${no}`,
  assignCaseCommand: (no: number) => `包案 案件${no} 我`,
  resolveCase: (no: number) => `案件${no} 已化解`,
  confirmCase: (no: number) => `确认 案件${no}`,
  /** Where a platform cannot show the buttons: the words that do the same. */
  typeHint: (commands: readonly string[]) => `（可直接回复：${commands.map((c) => `“${c}”`).join(' 或 ')}）`,
  /** Console: the buttons as numbered choices. */
  consoleChoices: (labels: readonly string[]) => `${labels.map((l, i) => `[${i + 1}] ${l}`).join('  ')}（输入序号即可，也可直接打字）`,
};

// ——— the case ledger (台账): handlers/case-*.ts, jobs/supervise-*.ts, src/export ———
const RESOLUTION = { resolved: '已化解', petition_ended: '息诉罢访' } as const;
const CASE_STATUS = { open: '待包案', assigned: '办理中', claimed: '待确认', resolved: '已化解', closed: '已销号', withdrawn: '已撤销' } as const;
const caseNos = (nos: readonly number[]) => nos.map((n) => `案件${n}`).join('、');
export function resolutionLabel(r: 'resolved' | 'petition_ended' | undefined): string {
  return r ? RESOLUTION[r] : '';
}
export function caseStatusLabel(s: keyof typeof CASE_STATUS, r?: 'resolved' | 'petition_ended'): string {
  return s === 'resolved' && r ? RESOLUTION[r] : CASE_STATUS[s];
}
const CASE_ACTION = { open: '登记', assign: '包案', progress: '进展', claim: '报化解', resolve: '确认化解', close: '销号', correct: '更正', withdraw: '撤销', retract: '撤回进展', supervise: '督办' } as const;
export function caseActionLabel(a: keyof typeof CASE_ACTION): string {
  return CASE_ACTION[a];
}
const REFUSAL = {
  not_rostered: () => '你不在名册中，不能办理案件。',
  leader_only_assign: () => '只有镇领导可以包案。',
  leader_only_close: () => '只有镇领导可以销号。',
  not_case_unit: () => '只有案件所在村（社区）的同志或镇领导可以报送本案进展。',
  leader_only_confirm: (_no: number, leader: string) => `只有包案领导${leader}可以确认化解。`,
  not_assigned: (no: number) => `案件${no}尚未包案，请领导先包案。`,
  nothing_to_confirm: (no: number) => `案件${no}还没有报化解，无需确认。`,
  not_resolved: (no: number) => `案件${no}尚未确认化解，不能销号。`,
  already_closed: (no: number) => `案件${no}已销号。`,
  already_resolved: (no: number) => `案件${no}已确认化解。`,
  withdrawn: (no: number) => `案件${no}已撤销（所报事件已撤回或更正为零报告），无需办理。`,
} as const;
export type LedgerRefusal = keyof typeof REFUSAL;
export interface CaseLine {
  no: number;
  unit: string;
  title: string;
  leader: string;
  owner: string;
  deadline?: string;
  overdueDays?: number;
  abnormal?: string[];
  /** 待包案, 办理中, 待确认: printed only where cases of several states are listed (台账 in the chat). */
  status?: string;
}
const caseLine = (c: CaseLine) =>
  `案件${c.no} ${c.unit} ${c.title}${c.status ? `［${c.status}］` : ''}｜包案：${c.leader}｜责任人：${c.owner}${c.deadline ? `｜时限：${dayLabel(c.deadline)}` : ''}${c.overdueDays ? `｜已逾期${c.overdueDays}个工作日` : ''}${c.abnormal?.length ? `｜⚠️重点人员异常：${c.abnormal.join('、')}` : ''}`;
export const ledger = {
  refusal: (code: LedgerRefusal, no = 0, leader = '') => REFUSAL[code](no, leader),
  /** 第3号什么情况？ when neither a case nor a standing report carries that alert number. */
  alertCaseNotFound: (no: number) => `近两周没有第${no}号告警（或已撤回）。发“台账”查看在办案件。`,
  /** A person of an alert that opened no case, as last reported, and when. */
  alertPersonNow: (p: Person, at: string) => `重点人员：${personLabel(p)}（${momentLabel(at)}）`,
  /** 第3号什么情况？ of an alert that opened no case (a key person's): what stands of it now, line by line. */
  alertShow: (o: { no: number; at: string; unit: string; lines: string[] }) =>
    [`📋 第${o.no}号（${momentLabel(o.at)}） ${o.unit}，未立案。最新情况：`, ...o.lines.map((l) => `· ${l}`)].join('\n'),
  notFound: (no: number) => `没有案件${no}，请核对编号。`,
  /** Under a 查询 of a unit (南关村的事处理得怎么样了): its cases not yet closed, as they stand now. */
  unitCases: (cases: CaseLine[], more: number) => [`在办案件${cases.length + more}件：`, ...cases.map((c) => `· ${caseLine(c)}`), ...(more ? [`……另有${more}件，发“台账”查看。`] : [])].join('\n'),
  registered: (no: number, unit: string, title: string, existed: boolean) => `${existed ? '📁 已登记过' : '📁 已登记'}：案件${no} ${unit} ${title}。请领导包案（例：包案 案件${no} 李镇长 12月20日前）。`,
  /** A 续报 that tells the dispute settled: the step that closes the case is one tap away. */
  resolvedHint: (no: number) => `如已化解，请发“案件${no} 已化解”，包案领导确认后销号。`,
  registerHow: () => '请按格式登记，例如：登记：张庄村 王某某与李某某宅基地纠纷，涉及2户',
  /** A 日研判 left disputes open without describing them: they have no case until registered. */
  registerAsk: (unit: string, n: number) => `📁 ${unit}还有${n}起未化解的纠纷没进台账，请逐起登记，例如：登记：${unit} 王某某与李某某宅基地纠纷，涉及2户`,
  /** The figures found disputes but said nothing of settling them. */
  registerAskUnsure: (unit: string, n: number) => `📁 ${unit}报的${n}起纠纷没说是否化解；未化解的请逐起登记进台账，例如：登记：${unit} 王某某与李某某宅基地纠纷，涉及2户`,
  /** 案件12 with words no ledger command takes. */
  caseHow: (no: number) => `没看懂对案件${no}要做什么。可以发：案件${no}（查看）｜案件${no} 进展：…｜案件${no} 已化解｜包案 案件${no} 李镇长 12月20日前｜销号 案件${no}`,
  assignHow: (no: number) => `请写明包案领导和办结时限，例如：包案 案件${no} 李镇长 12月20日前`,
  deadlinePast: (date: string) => `办结时限${dayLabel(date)}已过，请重新写时限。`,
  assigned: (o: { no: number; leader: string; owner: string; stabilizer: string; deadline: string }) =>
    `✅ 案件${o.no}已包案：包案领导${o.leader}，责任人${o.owner}，稳控责任人${o.stabilizer}，${dayLabel(o.deadline)}前办结。`,
  assignedNoDeadline: (o: { no: number; leader: string; owner: string; stabilizer: string }) =>
    `✅ 案件${o.no}已包案：包案领导${o.leader}，责任人${o.owner}，稳控责任人${o.stabilizer}。请补充办结时限，例如：包案 案件${o.no} 我 12月20日前`,
  progressHow: (no: number) => `请写明进展，例如：案件${no} 进展：已约谈双方`,
  progressed: (no: number, seq: number) => `✅ 案件${no}进展已记录（第${seq}步）。`,
  claimed: (no: number, how: 'resolved' | 'petition_ended', leader: string | null) =>
    `✅ 案件${no}${RESOLUTION[how]}已记录，${leader ? `待包案领导${leader}确认。` : '尚未包案，请领导包案后确认。'}`,
  confirmed: (no: number, how: 'resolved' | 'petition_ended') => `✅ 案件${no}${RESOLUTION[how]}，包案领导已确认，可销号。`,
  closed: (no: number) => `✅ 案件${no}已销号，案结事了。`,
  /** A case's trail when the report that opened it changes: what it said before, or why it was withdrawn. */
  correctedNote: (before: string) => `报告已更正，原为：${before}`,
  withdrawnNote: (why: 'undo' | 'zero' | 'merged' | 'dropped', into = 0) =>
    ({ undo: '所报事件已撤回', zero: '报告已更正为零报告', merged: `报告已更正，与案件${into}为同一事件，并入案件${into}`, dropped: '日研判已更正，不再列出此纠纷' })[why],
  casesCorrected: (nos: readonly number[]) => `📁 已按更正更新：${caseNos(nos)}（台账，不另立案）`,
  casesWithdrawn: (nos: readonly number[]) => `📁 已撤销：${caseNos(nos)}（台账，不计入排查和督办）`,
  show: (o: {
    no: number;
    unit: string;
    title: string;
    status: string;
    leader: string;
    owner: string;
    stabilizer: string;
    deadline?: string;
    progress?: string;
    /** Why and by whom a withdrawn case was withdrawn. */
    withdrawn?: { note: string; by: string };
    steps: number;
  }) =>
    [
      `📁 案件${o.no} ${o.unit}：${o.title}`,
      `状态：${o.status}；包案领导：${o.leader}；责任人：${o.owner}；稳控责任人：${o.stabilizer}${o.deadline ? `；时限：${dayLabel(o.deadline)}` : ''}`,
      ...(o.progress ? [`最新进展：${o.progress}`] : []),
      ...(o.withdrawn ? [`撤销原因：${o.withdrawn.note}（${o.withdrawn.by}）`] : []),
      `共${o.steps}步记录。`,
    ].join('\n'),
  /** 台账 in the chat: the active cases (of the sender's unit for a unit's member), overdue first, at most `shown`. */
  list: (o: { scope: string; overdueOnly: boolean; total: number; overdue: number; cases: CaseLine[] }) =>
    o.total === 0
      ? `📁 ${o.scope}${o.overdueOnly ? '没有逾期未办结的案件。' : '台账中没有未办结的案件。'}`
      : [
          `📁【台账】${o.scope}${o.overdueOnly ? `逾期未办结${o.total}件：` : `未办结${o.total}件${o.overdue ? `（逾期${o.overdue}件）` : ''}：`}`,
          ...o.cases.map((c) => `· ${caseLine(c)}`),
          ...(o.total > o.cases.length ? [`……另有${o.total - o.cases.length}件，请在看板查看或导出台账。`] : []),
          '查看一件：案件N；报进展：案件N 进展：…；化解后：案件N 已化解。',
        ].join('\n'),
  /** 导出台账 in the chat: the dashboard's link when there is one, else how an administrator gets the file. */
  exportLink: (url: string) => `📊 台账、汇总表和报送情况请在此查看和下载：${url}`,
  exportHow: () => '📊 台账请由管理员导出：npm run cli -- export ledger --from 起始日期 --to 截止日期 --out 台账.xlsx（汇总表用 summary，报送情况用 reports）。',
  /** 督办: before a deadline, in the units' groups, @ the 责任人 and the 包案领导. */
  dueSoon: (o: { date: string; cases: CaseLine[] }) => [`⏰【办结提醒】以下案件临近办结时限，请被@的同志抓紧办理：`, ...o.cases.map((c) => `· ${caseLine(c)}`)].join('\n'),
  /** 督办: every working day a case stays overdue, in the leaders' groups. */
  supervise: (o: { date: string; overdue: CaseLine[]; flagged: CaseLine[] }) =>
    [
      `🔴【督办】${dayLabel(o.date)}`,
      ...(o.overdue.length ? [`逾期未办结${o.overdue.length}件：`, ...o.overdue.map((c) => `· ${caseLine(c)}`)] : []),
      ...(o.flagged.length ? [`重点人员异常的案件${o.flagged.length}件：`, ...o.flagged.map((c) => `· ${caseLine(c)}`)] : []),
      '请包案领导督促办理，办结后回复“案件N 已化解”。',
    ].join('\n'),
  personRegistered: (unit: string, name: string, category: string, stabilizer: string) => `✅ 已建账：${unit} ${name}（${category}），稳控责任人${stabilizer}。`,
  personRemoved: (unit: string, name: string) => `✅ 已销号：${unit} ${name}。`,
  personUnknown: (name: string) => `重点人员名册中没有“${name}”，请核对。`,
  personHow: () => '请按格式发送，例如：重点人员登记：张庄村 王某某 上访老户 稳控责任人刘芳',
};

/** Lines for the operators' chat (OPS_CHAT). */
export const ops = {
  /** A message failed in the handlers every time and waits in the dead-letter list; never its text. */
  deadLetter: (o: { platform: string; msgId: string; attempts: number }) =>
    `⚠️【运维提示】一条消息处理失败（${o.platform} 消息 ${o.msgId}，已试 ${o.attempts} 次），已转入待处理队列，未丢失。请运维人员查看日志后处理。`,
};

// ——— Excel exports (src/export) ———
export type ReportStatus = 'on_time' | 'late' | 'missing' | 'not_due';
const REPORT_STATUS: Record<ReportStatus, string> = { on_time: '按时', late: '迟报', missing: '漏报', not_due: '无需报送' };
const range = (from: string, to: string) => `${from}至${to}`;
export const exportText = {
  ledgerSheet: '台账',
  ledgerTitle: (township: string, from: string, to: string) => `${township}矛盾纠纷排查化解台账（${range(from, to)}）`,
  caseKind: (k: 'incident' | 'dispute') => (k === 'incident' ? '信访事件' : '矛盾纠纷'),
  summarySheet: '汇总表',
  summaryTitle: (township: string, from: string, to: string, cumFrom: string) => `${township}矛盾纠纷排查化解汇总表（${range(from, to)}，累计自${cumFrom}）`,
  summaryNote: (cumFrom: string) => `排查数、化解数取自各单位日研判；台账数取自逐案登记（化解以包案领导确认为准）；累计自${cumFrom}起。`,
  total: '合计',
  reportsSheet: '报送明细',
  reportsTotalSheet: '报送汇总',
  reportsTitle: (township: string, from: string, to: string) => `${township}维稳信息报送情况（${range(from, to)}）`,
  reportStatus: (s: ReportStatus) => REPORT_STATUS[s],
  yesNo: (b: boolean) => (b ? '是' : '否'),
};

// ——— the 看板 (web page, src/web and handlers/dashboard.ts) ———
const WEB_STATUS = { on_time: '按时报', late: '迟报', missing: '未报', pending: '待报', excused: '免报' } as const;
const WEB_KIND = { zero_report: '零报告', daily_assessment: '日研判', key_person: '重点人员', incident: '即时报告' } as const;
const WEB_LINK_REFUSED = {
  invalid: '链接无效（不完整或已被改动）。请在群里重新发送“看板”获取新链接。',
  expired: '链接已过期。请在群里重新发送“看板”获取新链接。',
  used: '链接已使用过，每个链接只能登录一次。请在群里重新发送“看板”获取新链接。',
  no_view: '名册中你没有查看看板的权限。',
} as const;
const WEB_CASE_FILTER = { active: '未办结', open: '待包案', assigned: '办理中', claimed: '待确认', resolved: '已化解', closed: '已销号', withdrawn: '已撤销' } as const;
const WEB_DONE = { assign: '已包案。', resolve: '已记录化解。', confirm: '已确认化解，可销号。', close: '已销号，案结事了。' } as const;
export const web = {
  /** Static labels of the pages. */
  L: {
    brand: '维稳看板',
    today: '今日',
    todaySuffix: '（今日）',
    history: '历史',
    trends: '趋势·排名',
    ledger: '台账',
    logout: '退出',
    login: '登录看板',
    enter: '进入看板',
    loginHint: '链接只能使用一次，请勿转发。',
    go: '查看',
    notReportDay: '今天不是报送日，未报的村（社区）记为免报。',
    alerts: '即时报告与重点人员',
    zero: '零报告',
    head: '书记',
    team: '组长',
    calendar: '报送日历',
    unitCases: '本村案件',
    current: '当日报告',
    nothing: '当日没有报告。',
    versions: '报送记录（含更正、撤回）',
    noVersions: '没有记录。',
    weekdays: ['一', '二', '三', '四', '五', '六', '日'],
    chartOnTime: '每日报送情况',
    chartIncidents: '每周即时报告（按去向）',
    noIncidents: '期间没有即时报告。',
    chartRate: '矛盾纠纷累计化解率',
    ranking: '各村（社区）按时报送率排名',
    beyond: '越级上访（到县及以上）排名',
    noBeyond: '期间没有越级上访。',
    allUnits: '全部村（社区）',
    allStatus: '全部状态',
    allLeaders: '全部包案领导',
    overdue: '已逾期',
    filter: '筛选',
    noCases: '没有符合条件的案件。',
    leader: '包案领导',
    owner: '责任人',
    stabilizer: '稳控责任人',
    deadline: '办结时限',
    opened: '登记日期',
    place: '地点',
    cause: '诱因',
    progress: '最新进展',
    none: '未定',
    actions: '领导操作',
    assign: '包案',
    confirm: '确认化解',
    resolve: '报化解',
    resolved: '已化解',
    petitionEnded: '息诉罢访',
    note: '说明（可不填）',
    close: '销号',
    trail: '办理记录',
    downloads: '下载 Excel',
    downloadButton: '下载',
  },
  status: (s: keyof typeof WEB_STATUS) => WEB_STATUS[s],
  kind: (k: keyof typeof WEB_KIND) => WEB_KIND[k],
  versionAction: (a: 'report' | 'correction' | 'withdrawn') => ({ report: '报送', correction: '更正', withdrawn: '撤回' })[a],
  alertState: (s: 'new' | 'updated' | 'withdrawn') => ({ new: '新报', updated: '已更新', withdrawn: '已撤回' })[s],
  alertNo: (n: number) => `第${n}号`,
  alertKind: (k: 'incident' | 'person') => (k === 'incident' ? '即时报告' : '重点人员'),
  nothingSaid: () => '未写明数字',
  excusedBecause: (reason: string) => (reason ? `免报：${reason}` : '免报'),
  download: (kind: 'ledger' | 'summary' | 'reports') => ({ ledger: '台账', summary: '汇总表', reports: '报送情况' })[kind],
  /** The downloaded file's name. */
  fileName: (township: string, kind: 'ledger' | 'summary' | 'reports', from: string, to: string) =>
    `${township}${({ ledger: '矛盾纠纷排查化解台账', summary: '矛盾纠纷排查化解汇总表', reports: '维稳信息报送情况' })[kind]}（${from}至${to}）.xlsx`,
  more: (n: number) => `……另有${n}条`,
  monthLabel: (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`,
  rangeLabel: (from: string, to: string, period: string) => `${dayLabel(from)}—${dayLabel(to)}${period ? `（${period}）` : ''}`,
  /** The charts start later than asked: nothing was reported before that day (the bot was not yet in use). */
  dataFrom: (d: string) => `${dayLabel(d)}以前没有报送记录，图表从这一天起。`,
  countOf: (n: number) => `${n}起`,
  caseNo: (n: number) => `案件${n}`,
  caseCount: (shown: number, total: number) => `${shown}/${total}件`,
  caseFilter: (s: keyof typeof WEB_CASE_FILTER) => WEB_CASE_FILTER[s],
  instant: (iso: string) => {
    const d = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
    return `${dayLabel(d.slice(0, 10))} ${d.slice(11, 16)}`;
  },
  done: (k: keyof typeof WEB_DONE) => WEB_DONE[k],
  /** A refused page action: the chat's own refusal line when there is one. */
  refusal: (code: string, no: number, leader: string) =>
    code in REFUSAL ? ledger.refusal(code as LedgerRefusal, no, leader) : code === 'deadline_past' ? '办结时限已过，请重新选择时限。' : code === 'bad_leader' ? '请选择名册中的镇领导。' : '操作未完成，请重试。',
  loginAs: (name: string) => (name ? `${name}，点击下方按钮进入看板。` : '点击下方按钮进入看板。'),
  loginNeededTitle: () => '请先登录',
  loginNeeded: () => '请在工作群里@机器人发送“看板”，点击收到的链接登录。',
  linkRefusedTitle: () => '无法登录',
  linkRefused: (reason: keyof typeof WEB_LINK_REFUSED) => WEB_LINK_REFUSED[reason],
  loggedOutTitle: () => '已退出',
  loggedOut: () => '已退出看板。再次查看请在群里发送“看板”。',
  forbiddenTitle: () => '无权查看',
  otherUnit: () => '你只能查看本村（社区）的情况。',
  csrfFailed: () => '页面已过期，请返回刷新后重试。',
  badInputTitle: () => '参数有误',
  badInput: () => '地址中的日期或名称有误，请从看板页面进入。',
  notFoundTitle: () => '没有找到',
  /** Labels the chart script shows (series names). */
  chart: () => ({ onTime: '按时报', late: '迟报', missing: '未报', rate: '化解率', onTimeRate: '按时报送率', weekOf: '周' }),
  /** The reply to 看板: a personal link, and that it works once. */
  link: (url: string, minutes: number, unit: string | null) =>
    `📊 ${unit ? `${unit}的` : ''}看板登录链接（仅限本人，${minutes}分钟内有效，只能用一次）：${url}`,
  linkNotForYou: () => '看板仅供镇领导、综治办和村（社区）书记、驻村工作组组长查看。',
  linkInLeadersGroup: () => '全镇看板的登录链接请在领导群里发送“看板”获取（工作群里人人都能点开）。',
  notConfigured: () => '看板尚未开通，请管理员配置 WEB_PUBLIC_URL 和 WEB_SESSION_SECRET。',
};

// ——— key persons register (逐人建账) ———
export const keyPersonText = {
  /** The digest's line in a sensitive period: registered persons nobody reported that day. */
  unseen: (persons: { unit: string; name: string }[]) => `⚠️ 在册重点人员当日无人报告动态${persons.length}人：${nameList(persons.map((p) => `${p.unit}${p.name}`), 20)}`,
  /** In the chat the report came from: the 稳控责任人 and 包案领导 are @-mentioned. */
  keeperAlert: (o: { unit: string; name: string; caseNo?: number; keepers: string[] }) =>
    `🚨 ${o.unit}在册重点人员${o.name}${o.caseNo ? `（案件${o.caseNo}）` : ''}报告异常，请${o.keepers.join('、')}立即落实稳控措施。已报送领导群。`,
};

// ——— the ledger's figures: 通报, weekly 研判, the 汇总表's ledger line ———
export const ledgerReport = {
  /** The ranking by petitions beyond the township, naming the last two (通报). */
  ranking: (o: { township: string; from: string; to: string; rows: { unit: string; count: number }[]; lastTwo: { unit: string; count: number }[] }) =>
    [
      `📣【通报】${o.township}${dayLabel(o.from)}—${dayLabel(o.to)}越级上访（到县及以上）排名`,
      // A list of twelve 0起 ranks nobody: with none beyond the township, the one line says so.
      ...(o.rows.some((r) => r.count > 0) ? o.rows.map((r, i) => `${i + 1}. ${r.unit} ${r.count}起`) : []),
      o.lastTwo.length
        ? `排名后${o.lastTwo.length === 2 ? '两' : '一'}位：${o.lastTwo.map((r) => `${r.unit}（${r.count}起）`).join('、')}，予以通报，请包案领导督促整改。`
        : '各村（社区）均无越级上访。',
    ].join('\n'),
  /** Monday, in the leaders' groups: the week of the ledger. */
  weekly: (o: { township: string; from: string; to: string; opened: number; openedByUnit: { unit: string; n: number }[]; resolved: number; open: number; overdue: CaseLine[]; risks: { unit: string; name: string }[] }) =>
    [
      `🗂【${o.township}台账周研判】${dayLabel(o.from)}—${dayLabel(o.to)}`,
      `新增案件${o.opened}件${o.openedByUnit.length ? `（${o.openedByUnit.map((u) => `${u.unit}${u.n}`).join('、')}）` : ''}，化解${o.resolved}件，未办结${o.open}件，逾期${o.overdue.length}件。`,
      ...o.overdue.map((c) => `· ${caseLine(c)}`),
      o.risks.length ? `风险：重点人员异常${o.risks.length}人：${nameList(o.risks.map((r) => `${r.unit}${r.name}`), 20)}` : '风险：本周无重点人员异常。',
    ].join('\n'),
  /** The 汇总表's line of ledger figures (resolved = confirmed by the 包案领导). */
  summaryLine: (t: { found: number; resolved: number; cumFound: number; cumResolved: number; open: number; overdue: number }) =>
    `【台账】立案${t.found}件，化解${t.resolved}件，化解率${rateLabel(t.resolved, t.found)}；累计立案${t.cumFound}件，化解${t.cumResolved}件，化解率${rateLabel(t.cumResolved, t.cumFound)}；未办结${t.open}件，其中逾期${t.overdue}件`,
  rankingNotAllowed: () => '越级上访排名通报仅限镇领导查询。',
};
