import { addDays, weekday } from '../dates.js';
import { lunarDay, lunarNewYearsEve } from './lunar.js';
import { parseNumber } from './numbers.js';
import { Scan } from './scan.js';
import { alt, CORRECTED_GOING_REFS, CORRECTION_WORDS, HEARSAY_MARKERS, INCIDENT_REPORT_REFS } from './lexicon.js';

// The day a report is about. The first date expression of the message wins (“10月4日零报告（昨天发成10月3日了）”
// is about the 4th); without one, the day of sentAt in Asia/Shanghai.

const CN = '[零一二三四五六七八九十]';
const N2 = `(\\d{1,2}|${CN}{1,3})`;
// Each form has its own regex with a literal cue checked first (月 / a digit and a dot / 今昨前), so a message
// without dates costs a few indexOf calls.
// 2026年10月2日, 二零二六年十月二日, 10月2日, 10月2号, 十月四日
const MONTH_DAY = new Scan(new RegExp(`(?:(\\d{4}|${CN}{4})\\s*年\\s*)?${N2}\\s*月\\s*${N2}\\s*[日号]?`, 'g'));
// 2026.10.2, 2026-10-02, 2026/10/2, 10.2, 10/2 (not inside a longer number like a phone number or 1.5.3, nor a sum: 4.2万元)
// (…\n2.8名养殖户转到镇政府: a list's item number, then a headcount, is no 2月8日.)
const DOTTED = new Scan(/(?<![\d.])(?:(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})|(\d{1,2})[./](\d{1,2}))(?![\d./]|\s*(?:万|千|亿|元|块|斤|公斤|吨|亩|米|%))(?<!(?:^|\n)\s*\d{1,2}[./]\d{1,2}(?=\s*(?:名|人|户|个|起|件|批|辆|家)))/g);
// relative days (昨晚 is left out: “昨晚从省城返回” dates an event in today's report)
const RELATIVE_RE = /今日|今天|今晚|今早|今晨|昨日|昨天|前天|前日/;
const RELATIVE: Record<string, number> = { 今日: 0, 今天: 0, 今晚: 0, 今早: 0, 今晨: 0, 昨日: -1, 昨天: -1, 前天: -2, 前日: -2 };

// Lunar days, as said around 春节: 初二, 大年初三, 正月十五, 腊月二十三, 冬月初八, 除夕, 大年三十, 元宵节. A month name
// other than 正/腊/冬 counts only before 初N (三月十五 is a solar date said without 日). 初三 of a school year
// (初三学生, 初一年级) and 当初/起初/最初 are not days; 去年初一 is last year's, no day of this report's.
const LUNAR_MONTHS: Record<string, number> = { 正: 1, 腊: 12, 冬: 11 };
const LUNAR_DAY = `(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)`;
const LUNAR = new Scan(
  new RegExp(
    `(?:(正|腊|冬)月${LUNAR_DAY}|(?:([二三四五六七八九]|十一?|十二)月)?(?<![当起最]|去年|前年|往年|那年)(初[一二三四五六七八九十])|(大年|(?<![去前往那])年)(初[一二三四五六七八九十])|(除夕|大年三十|年三十|大年夜)|(元宵节|元宵当天|元宵那天))(?!\\d|学|年级|班|中|生)`,
    'g',
  ),
);
const LUNAR_CUE = /初|正月|腊月|冬月|除夕|三十|大年|元宵/;

function lunarMatch(m: RegExpExecArray, sentDay: string): string | null {
  const dayOf = (s: string) => parseNumber(s.replace(/^初/, '').replace(/^廿/, '二十'));
  if (m[1] !== undefined) {
    const day = dayOf(m[2]!);
    return day === null ? null : lunarDay(LUNAR_MONTHS[m[1]]!, day, sentDay);
  }
  if (m[4] !== undefined) {
    const day = dayOf(m[4]);
    const month = m[3] !== undefined ? parseNumber(m[3]) : null;
    return day === null ? null : lunarDay(month, day, sentDay);
  }
  if (m[6] !== undefined) {
    const day = dayOf(m[6]);
    return day === null ? null : lunarDay(1, day, sentDay);
  }
  if (m[7] !== undefined) return lunarNewYearsEve(sentDay);
  return lunarDay(1, 15, sentDay);
}

const LUNAR_REPORT_AFTER = /^\s*(?:那天|当天|这天)?的?\s*(?:零报|0报|日研判|研判|报告|动态|情况|重点人员|无)/;
const LUNAR_REPORT_BEFORE = /(?:(?:零报告?|0报告?|研判|报告|动态)\s*\(\s*|补报\s*:?\s*[\u4e00-\u9fa5]{0,6}?)$/;
function lunarNamesReport(text: string, l: DayMention): boolean {
  return LUNAR_REPORT_AFTER.test(text.slice(l.end, l.end + 8)) || LUNAR_REPORT_BEFORE.test(text.slice(Math.max(0, l.at - 12), l.at));
}

/** Every lunar day the text names, with where. */
function lunarMentions(text: string, sentDay: string): DayMention[] {
  const out: DayMention[] = [];
  if (!LUNAR_CUE.test(text)) return out;
  LUNAR.lastIndex = 0;
  for (let m = LUNAR.exec(text); m !== null; m = LUNAR.exec(text)) {
    const d = lunarMatch(m, sentDay);
    if (d !== null) out.push({ at: m.index, end: m.index + m[0].length, date: d });
  }
  return out;
}

// A date that names who or when in a story, told before the day reported (3月8日晚聚集的人员…今日村里平稳,
// 初三那批群众今天又…, 3月2日的那户…今天): 今天 later says when.
// (3月6日家长集体反映小学撤并的事已经终报…今天冇人反映: a matter of that day named by what happened.)
const STORY_AFTER = /^(?:晚上?|夜里|夜间|凌晨|深夜|半夜|那|这|(?:(?!零报|研判|报告)[\u4e00-\u9fa5]){0,12}?的(?!零报|0报|报告|日研判|研判|动态|情况))/;
// (红砂村零报告。3月8日有3人去市里的事已处理完毕: the report made in a sentence of its own before, the day's matter
// told after it.)
const MATTER_OF_DAY = /^[^,;。\n]{0,16}?的事/;
const REPORT_SENTENCE_BEFORE = /(?:零报告?|0报告?|研判)[^。\n]{0,6}[。\n]\s*$/;
function storyDate(text: string, end: number, at = end): boolean {
  return (STORY_AFTER.test(text.slice(end, end + 16)) && /今天|今日/.test(text.slice(end))) || (MATTER_OF_DAY.test(text.slice(end, end + 20)) && REPORT_SENTENCE_BEFORE.test(text.slice(0, at)));
}

// 上周五的零报告, 昨晚的零报告: a week day or last night named right before the report's word (elsewhere 上周五
// and 昨晚 tell the story: 上周五到县里的那户, 昨晚从省城返回). A bare week day (周五日研判, 星期三零报告) is the last
// one up to the day sent, and its 日研判's 日 is no day of the month (五日).
const NAMED_BEFORE_REPORT = /(昨晚|昨天晚上|昨夜)的?\s*(?=零报|0报|日研判|研判|报告)|(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])的?\s*(?=零报|0报|日研判|研判|报告)/;
// 国庆第一天的零报告补一下 / 五一假期第三天研判: a day of a holiday that begins on a fixed date, beside the report's word.
const HOLIDAY_DAY = /(国庆|五一|劳动节|元旦)(?:节|假期|长假|期间)?第([一二三四五六七八九十]|\d{1,2})天的?\s*(?=零报|0报|日研判|研判|报告|情况)/;
const HOLIDAY_START: Record<string, string> = { 国庆: '10-01', 五一: '05-01', 劳动节: '05-01', 元旦: '01-01' };
function holidayDay(m: RegExpExecArray, sentDay: string): string | null {
  const n = parseNumber(m[2]!);
  if (n === null || n < 1 || n > 10) return null;
  const first = `${sentDay.slice(0, 4)}-${HOLIDAY_START[m[1]!]!}`;
  const d = shift(first, n - 1);
  return d > sentDay ? null : d;
}
const WEEK_DAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
function namedBeforeReport(m: RegExpExecArray, sentDay: string): string {
  if (m[1] !== undefined) return shift(sentDay, -1);
  const today = weekday(sentDay) || 7; // Monday 1 … Sunday 7
  const by = WEEK_DAY[m[3]!]! - today - (m[2] === '上' ? 7 : 0);
  return shift(sentDay, m[2] === undefined && by > 0 ? by - 7 : by);
}

export interface FoundDate {
  date: string;
  /** The message named the day (a date or 今天/昨天), rather than taking sentAt's. */
  stated: boolean;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function build(year: number, month: number | null, day: number | null): string | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]!) return null;
  if (month === 2 && day === 29 && !isLeap(year)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// 昨天/前天 of the same few days, over and over: memoised (addDays goes through Date and toISOString).
const shifted = new Map<string, string>();
function shift(day: string, by: number): string {
  if (by === 0) return day;
  const key = `${day}${by}`;
  let d = shifted.get(key);
  if (d === undefined) {
    d = addDays(day, by);
    if (shifted.size > 10_000) shifted.clear();
    shifted.set(key, d);
  }
  return d;
}

/** A date without a year takes sentAt's year, unless that puts it far in the future (12月31日 sent on 1月2日). */
function withInferredYear(month: number | null, day: number | null, sentDay: string): string | null {
  const year = Number(sentDay.slice(0, 4));
  const d = build(year, month, day);
  if (d === null) return build(year - 1, month, day);
  if (d > shift(sentDay, 31)) return build(year - 1, month, day);
  // 1月3日 said on 12月30日 is the coming 3 January, not the one eleven months ago (a promise across the year's end).
  return d < shift(sentDay, -334) ? build(year + 1, month, day) : d;
}

// A date right after a person or 于/从/至 dates an event in the story (韩某某11月9日去省城, 已于11月9日返回,
// 从10月1日至8日), not the report.
// (赵某某，1月26日从大连返乡: a comma after the person changes nothing.)
const EVENT_BEFORE = /(?:某\s*[,:]?|于|从|自|至|到)\s*$/;
// A deadline or a promise (承诺3月10日前兑付, 定于5月6日召开) dates what will be done, not the report.
const DEADLINE_AFTER = /^\s*(?:前|之前|以前|以后|后|起|止|截止|到期)/;
// In a report, …11月8日回 / 3月2日返 says when someone comes back, and 11月10日—20日 / 3月3日至10日 gives a period's
// first day: neither is the day reported (a command's 请假 12月3日-12月5日 reads the range itself: command-args.ts).
const STORY_SPAN_AFTER = /^\s*(?:回来|回(?!访|复)|返回|返|[—–~～-]+\s*(?:\d{1,2}月)?\d{1,2}[日号]|(?:至|到)\s*(?:\d{1,2}月)?\d{1,2}[日号])/;
const PROMISE_BEFORE = /(?:承诺|计划|预计|定于|将于|拟于|约定|答应)\s*$/;
// 去年春节正月初三, 上个月8号: a day of an earlier year or month, in a story.
const EARLIER_PERIOD_BEFORE = /(?:去年|前年|往年|上个?月|上周|上星期)[\u4e00-\u9fa5]{0,4}$/;
// 号召业主10月3日一起去区政府 (sent on the 2nd): a day still to come, then a going, is a plan's day, not the report's.
// A day still to come dates a report only when the report's words follow it (5月3日零报告, asked back as a day ahead);
// 开发商同意1月3日与业主座谈, 答复5月8日召开会议 say when something will be done.
const REPORT_AFTER = /^\s*(?:上午|下午|晚上|早上)?的?\s*(?:零报|0报|日研判|研判|报告|重点人员|动态|情况)/;
// A date inside brackets that do not name the report (排查1起（系12月31日集体访事项）) notes a story, as 昨天 does there.
const PLAN_AFTER = /^\s*(?:上午|下午|晚上|早上|中午)?(?:一起|一块|一同|集体|统一)?(?:去|到|赴|前往|进京|上访|集合|聚集|拉横幅|堵)/;
// 转发：“…”以上为前天情况，已化解。今天胜利村零报告: the day of what is quoted above, when the report names its own.
const ABOVE_BEFORE = /以上(?:为|是|系)\s*$/;
const TODAY_LATER = /今天|今日/;
function aboveTold(text: string, at: number, end: number): boolean {
  return ABOVE_BEFORE.test(text.slice(Math.max(0, at - 3), at)) && TODAY_LATER.test(text.slice(end));
}
function eventDate(text: string, at: number, end = at, report = true): boolean {
  return (
    aboveTold(text, at, end) ||
    EVENT_BEFORE.test(text.slice(Math.max(0, at - 3), at)) ||
    EARLIER_PERIOD_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ||
    PROMISE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) ||
    DEADLINE_AFTER.test(text.slice(end, end + 3)) ||
    (report && STORY_SPAN_AFTER.test(text.slice(end, end + 8)))
  );
}
// 老街社区6日零报告: a day of the month alone, right before the report's words (this month, or the last one when
// that day is still to come).
// 8号上午的零报告, 6号的零报告忘了发: a time of the day and 的 may stand between.
// (24号者黑社区零报告: the unit's name may stand between; 中秋节当天（15号）栗子坪村零报告: a bracket closing the day.
// 三号井社区, 五号楼: a numbered pit, building or line names a place, no day.)
const DAY_ONLY = new Scan(/(?<![\d月.\-/年])(\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?![井楼院线坑矿桥门栋])(?=\)?\s*(?:上午|下午|晚上|早上)?的?\s*(?:[\u4e00-\u9fa5]{1,6}?(?:村|社区|管理区|互市点|园区|林场))?\s*(?:零报|0报|日研判|研判|报告|重点人员|情况|无))/);

// (修改下 景颇山15号打架那个是2个人: 修改 opening the message corrects too.)
const CORRECTED = new RegExp(`${alt(CORRECTION_WORDS)}|^[\\s【[(]*修改`);
const CORRECTED_DAY = new Scan(new RegExp(`(?<![\\d月.\\-/年])(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?![井楼院线坑矿桥门栋])(?=(?:那个|那起|那件|那次|的)?(?:${alt([...INCIDENT_REPORT_REFS, ...CORRECTED_GOING_REFS])}))`));

// “团结村零报告。昨天反映分红问题的几户今天都在家”: once a first sentence has made the report without a day,
// a 昨天 in a later sentence tells the story, not the day reported on.
const HEADLINE = /零报告|研判|动态|报告|平安|无[^,;。\n]{0,8}访/;
// 弄怀村零报告，农某某酒醒了，讲昨天是气话 / 向阳社区零报告 锦华园的事昨天物业退了… : a first clause that is the zero
// report with no day, then 昨天 in a later clause of its own, telling a story (not 零报告，昨天忘了发 / 昨天的补上: a
// clause that speaks of reporting names the day; 补报/更正 name it too).
// 昨天有人讲…去县里，是谣言。那坡村零报告: the story in a sentence of its own before the report's, which names no day.
const ZERO_HEAD = /^[^,;。\n\s]{0,16}?(?:零报告?|0报告?)[!~]*(?=[,;。\s])/;
const ABOUT_REPORTING = /报|发|补|漏|忘|研判|^\s*(?:昨天|昨日|前天|前日)的?\s*$/;
const DAY_WORD = /今|昨|前天|前日|\d|月|[日号]|初[一二三四五六七八九十]|除夕/;
function clauseOf(text: string, at: number, ends: RegExp): string {
  let s = at;
  while (s > 0 && !ends.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !ends.test(text[e]!)) e++;
  return text.slice(s, e);
}
function narrative(text: string, at: number): boolean {
  const end = text.search(/[。;\n]/);
  if (end >= 0 && at > end && HEADLINE.test(text.slice(0, end))) return true;
  if (REFILED_OR_AGAIN.test(text)) return false;
  const head = ZERO_HEAD.exec(text);
  if (head && at > head[0].length && !DAY_WORD.test(head[0]) && !ABOUT_REPORTING.test(clauseOf(text, at, /[,;。!?\s\n]/))) return true;
  const sentence = clauseOf(text, at, /[。;!?\n]/);
  return end >= 0 && at < end && !ABOUT_REPORTING.test(sentence) && !HEADLINE.test(sentence) && ZERO_SENTENCE_NO_DAY.test(text.slice(end + 1));
}
const REFILED_OR_AGAIN = /补报|更正|续报|纠正|修改|重报|都是零报|都零报/;
// The report's own sentence after the story: a unit and 零报告, nothing else.
const ZERO_SENTENCE_NO_DAY = /^\s*[\u4e00-\u9fa5]{0,8}?(?:零报告?|0报告?)[。!~\s]*$/;

const NOTE_NAMES_REPORT = /零报|0报|报告|研判/;
// 零报告（杨柳村昨日）: brackets that end with the day, right after the report's word, say whose and which day.
const REPORT_BEFORE = /(?:零报告?|0报告?|研判|报告|动态)\s*$/;
const NOTE_ENDS_WITH_DAY = /^[\u4e00-\u9fa5]{0,8}(?:今日|今天|昨日|昨天|前天|前日)的?$/;
/** Inside (…) that does not itself name the report. */
function inNote(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  const note = text.slice(open, close < 0 ? text.length : close);
  if (REPORT_BEFORE.test(text.slice(Math.max(0, open - 4), open)) && NOTE_ENDS_WITH_DAY.test(note.slice(1))) return false;
  return !NOTE_NAMES_REPORT.test(note);
}

// A date inside a note on a figure (排查1起（系12月31日集体访事项）) tells the matter's story, not the day reported; a
// note beside the report's words (研判（12月30日）, 初三（2月15日）零报告, 零报告（补报3月7日）) still dates it.
function storyNote(text: string, at: number): boolean {
  if (!inNote(text, at)) return false;
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  if (/补报|更正/.test(text.slice(open, close < 0 ? text.length : close))) return false;
  // (日研判汇总（11月12日）：… — a heading's date, before its colon.)
  return !REPORT_BEFORE.test(text.slice(Math.max(0, open - 6), open)) && !/汇总\s*$/.test(text.slice(Math.max(0, open - 4), open)) && !(close >= 0 && (REPORT_AFTER.test(text.slice(close + 1, close + 13)) || /^\s*:/.test(text.slice(close + 1, close + 3))));
}

const REPORT_OF_DAY = /^的?(?:零报|0报)/;
// (补报：昨天下午我村2名村民到省信访局…，今天上午已劝返到家: a late report of yesterday's matter, its end told after.)
const FILED_LATE_BEFORE = /补报/;
// (昨天没事，今天也没事，零报告: the report's word after 今天 is today's; 昨天零报告，今天下午再报 names yesterday's, and
// …今天才报上来，补报 files yesterday's late.)
const PAST_THEN_TODAY = /^(?![^。;\n]*?补报)(?:(?!零报|0报|报告|研判|动态|没报|没发|忘)[^。;\n]){0,24}?,\s*(?:今天|今日)(?!才报|才上报)/;
const PAST_MATTER = /^[^,;。\n]{1,12}?的(?:事情|事)(?!情况)/;
const REFILED = /补报|更正|续报|纠正|修改/;
/**
 * `sentDay`: the Asia/Shanghai day of sentAt (shanghaiDate), computed once by the caller. `report`: the day a report
 * is about (false for a command's dates, where a range's first day is the one meant).
 */
// 更正：刚才报的是10月2日的，应为10月3日零报告 / 10月4日零报告日期写错了，应为10月5日: the day put right is the wrong
// one; the one after 应为 is the report's.
const PUT_RIGHT_AFTER = /^\s*的?\s*(?:(?:零报告?|日研判|研判|报告)[,;]?\s*(?:的)?(?:日期)?(?:写错了|填错了|打错了|错了|有误)\s*)?[,;]?\s*(?:应为|应是|应该是|改为|更正为)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/;
export function findDate(text: string, sentDay: string, report = true): FoundDate {
  const { date, stated } = locateDate(text, sentDay, report);
  return { date, stated };
}

/** findDate, and where the day is named (-1 when it is not). */
export function locateDate(text: string, sentDay: string, report = true): FoundDate & { at: number } {
  let at = Number.POSITIVE_INFINITY;
  let found: string | null = null;
  let noted = false;
  if (text.includes('月')) {
    MONTH_DAY.lastIndex = 0;
    for (let m = MONTH_DAY.exec(text); m !== null; m = MONTH_DAY.exec(text)) {
      // M月 without 日 is a month (“国庆期间10月”), unless a year says it is a full date.
      if (!/[日号]\s*$/.test(m[0]) && m[1] === undefined) continue;
      if (PUT_RIGHT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const y = m[1] !== undefined ? parseNumber(m[1]) : null;
      // (2027年三月三期间我村曾发生…。新圩村3月31日零报告, sent in 2028: a date of an earlier year tells a story, unless the
      // report's words follow it, 补报2027年12月31日零报告.)
      if (y !== null && y < Number(sentDay.slice(0, 4)) && !REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const d =
        y !== null ? (y >= 2000 && y <= 2100 ? build(y, parseNumber(m[2]!), parseNumber(m[3]!)) : null) : withInferredYear(parseNumber(m[2]!), parseNumber(m[3]!), sentDay);
      if (d !== null && !eventDate(text, m.index, m.index + m[0].length, report) && !storyDate(text, m.index + m[0].length, m.index) && !(d > sentDay && (PLAN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) || (report && !REPORT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) && !(report && storyNote(text, m.index))) {
        if (m.index < at) [at, found] = [m.index, d];
        // 今天零报告（10月3日的，刚开完会）: a date opening the brackets after the report's word says which day's it is.
        noted = text[m.index - 1] === '(' && REPORT_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index - 1));
        break;
      }
    }
  }
  for (const l of lunarMentions(text, sentDay)) {
    if (l.at >= at) break;
    // 扬言初三要去北京 (sent before 初三): a lunar day still to come is a plan's.
    // 初四走的, 正月初三到市里: a lunar day dates the report only beside the report's word (初二零报告, 除夕那天的零报告,
    // 日研判（初六）, 补报初二…).
    if (l.date > sentDay || eventDate(text, l.at, l.end) || storyDate(text, l.end) || !lunarNamesReport(text, l)) continue;
    [at, found] = [l.at, l.date];
    break;
  }
  if (/\d[./-]\d/.test(text)) {
    DOTTED.lastIndex = 0;
    for (let m = DOTTED.exec(text); m !== null; m = DOTTED.exec(text)) {
      const d =
        m[1] !== undefined ? (Number(m[1]) >= 2000 && Number(m[1]) <= 2100 ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null) : withInferredYear(Number(m[4]), Number(m[5]), sentDay);
      if (d !== null && !eventDate(text, m.index) && !storyDate(text, m.index + m[0].length)) {
        if (m.index < at) [at, found] = [m.index, d];
        break;
      }
    }
  }
  if (found === null && (text.includes('日') || text.includes('号'))) {
    const m = DAY_ONLY.firstMatch(text);
    const day = m ? parseNumber(m[1]!) : null;
    if (m && day !== null && !aboveTold(text, m.index, m.index + m[0].length)) {
      const month = Number(sentDay.slice(5, 7));
      let d = withInferredYear(month, day, sentDay);
      if (d !== null && d > sentDay) d = withInferredYear(month === 1 ? 12 : month - 1, day, sentDay);
      if (d !== null) [at, found] = [m.index, d];
    }
  }
  // 更正 30号那个打架的实际是6个人: a correction of an incident names its day before the matter.
  if (found === null && CORRECTED.test(text)) {
    const m = CORRECTED_DAY.firstMatch(text);
    const day = m ? parseNumber(m[1]!) : null;
    if (m && day !== null) {
      const month = Number(sentDay.slice(5, 7));
      let d = withInferredYear(month, day, sentDay);
      if (d !== null && d > sentDay) d = withInferredYear(month === 1 ? 12 : month - 1, day, sentDay);
      if (d !== null) [at, found] = [m.index, d];
    }
  }
  if (text.includes('第') && text.includes('天')) {
    const m = HOLIDAY_DAY.exec(text);
    const d = m ? holidayDay(m, sentDay) : null;
    if (m && d !== null && m.index < at) [at, found] = [m.index, d];
  }
  if (text.includes('周') || text.includes('星期') || text.includes('礼拜') || text.includes('昨')) {
    const m = NAMED_BEFORE_REPORT.exec(text);
    if (m && m.index < at) [at, found] = [m.index, namedBeforeReport(m, sentDay)];
  }
  let rel = RELATIVE_RE.exec(text);
  // “异常1人（刘某某，前天进京已接回）”: a day inside brackets notes a story; it dates the report only when the
  // brackets name the report (（11月5日）的零报告, 前天（…）零报告 are read as usual).
  // 黄某某昨天从市里接回来: a day right after a person dates the person's story, as with a date (韩某某11月9日…).
  // 比昨天平稳 compares.
  while (
    rel &&
    (inNote(text, rel.index) ||
      (RELATIVE[rel[0]]! < 0 && /(?:某\s*[,:]?|比|较)\s*$/.test(text.slice(Math.max(0, rel.index - 3), rel.index)) && !/^的?(?:零报|0报|报告|日研判|研判)/.test(text.slice(rel.index + 2))))
  ) {
    const next = RELATIVE_RE.exec(text.slice(rel.index + 2));
    rel = next ? Object.assign(next, { index: next.index + rel.index + 2 }) : null;
  }
  // 昨天那几个人今天又来了: 昨天 describes who, 今天 says when.
  // 周某某前天已从市里接回，今天在家 / 讨薪的事昨天已经处理好了，今天没有新情况: the past clause tells the story, the
  // next clause, opened by 今天, the day reported (not when the past clause is a report: 昨天的零报告忘了，今天补上;
  // 昨天零报告 今天下午再报 names yesterday's report).
  if (rel && RELATIVE[rel[0]]! < 0 && (/^[^,;。\n]{0,12}(?:今天|今日)/.test(text.slice(rel.index + 2)) || PAST_THEN_TODAY.test(text.slice(rel.index + 2))) && !REPORT_OF_DAY.test(text.slice(rel.index + 2)) && !FILED_LATE_BEFORE.test(text.slice(0, rel.index))) rel = null;
  // 前天扬言去县里的事…已打消念头: a matter of an earlier day, named, is told today (补报/更正 of it stays that day's).
  if (rel && RELATIVE[rel[0]]! < 0 && PAST_MATTER.test(text.slice(rel.index + 2)) && !REFILED.test(text)) rel = null;
  // “昨天讨薪的返乡人员今天又有8人…”: 昨天 inside a description, and the report is about 今天 (or now: 昨天去县里的
  // 田某某…目前在家).
  // (昨天到镇上反映占地补偿的7名群众…。今日研判: a longer description.)
  if (rel && RELATIVE[rel[0]]! < 0 && /^[\u4e00-\u9fa5]{1,14}的/.test(text.slice(rel.index + 2)) && !text.startsWith('的', rel.index + 2)) {
    const today = /今天|今日|目前|现在|现已/.exec(text.slice(rel.index + 2));
    if (today) rel = null;
  }
  // “罗某某昨天的事…今天人在家”, “昨天那6个人…今日零报告”: 昨天的/那 names a matter or people; 今天 says when (but
  // “昨天的零报告忘记发了” is a report of that day).
  if (rel && RELATIVE[rel[0]]! < 0 && /^(?:的|那|这)(?!零报|0报|报告|日研判|研判|动态|情况)/.test(text.slice(rel.index + 2)) && /今天|今日/.test(text.slice(rel.index + 2))) rel = null;
  // 听说隔壁洒勇乡昨天有几个人去州里上访了，我们平岑今天莫得啥子，零报告: a day in hearsay dates the hearsay; 今天 said
  // after it, the report.
  if (rel && RELATIVE[rel[0]]! < 0 && HEARSAY_BEFORE.test(text.slice(Math.max(0, rel.index - 12), rel.index)) && /今天|今日/.test(text.slice(rel.index + 2))) rel = null;
  if (rel && RELATIVE[rel[0]]! < 0 && aboveTold(text, rel.index, rel.index + rel[0].length)) rel = null;
  if (rel && rel.index < at && !noted && !(RELATIVE[rel[0]]! < 0 && (narrative(text, rel.index) || /^(?:晚上|夜里|半夜|深夜)/.test(text.slice(rel.index + 2))))) [at, found] = [rel.index, shift(sentDay, RELATIVE[rel[0]]!)];
  return found !== null ? { date: found, stated: true, at } : { date: sentDay, stated: false, at: -1 };
}

const HEARSAY_BEFORE = new RegExp(`(?:${alt(HEARSAY_MARKERS)})[^,;。!?\\n]*$`);

/** A day named in the text (a date or 今天/昨天/前天), with where it is said. */
export interface DayMention {
  at: number;
  end: number;
  date: string;
}

// (昨天晚上 is 昨晚, left out the same way.)
const DAY_WORDS = /今日|今天|今晚|今早|今晨|昨日|昨天(?!晚上|夜里|半夜|深夜)|前天|前日/g;
// (昨天晚上跟高坪的人打了一架: 的 of the other party, people of a place, names nobody by last night; nor 昨晚俩邻居因为
// 烧秸秆的事吵起来: 的事 of the cause.)
const LAST_NIGHT_WHO = /(?:昨晚|昨夜|昨天晚上|昨天夜里)(?=[\u4e00-\u9fa5]{1,8}?的)(?![跟和与同][\u4e00-\u9fa5]{1,6}?的(?:人|那些人|那几个人|几个人))(?![\u4e00-\u9fa5]{0,4}?(?:因为|为了|为|因)[\u4e00-\u9fa5]{1,8}?的事)/g;
/**
 * Every day the text names, for the clause analysis: a clause about a day before the report's (昨天打架那两户…,
 * 12月2日到市里反映问题的…) tells the past, not the day reported on. 昨晚 is left out: the evening before is in
 * the reporting period of a morning report.
 */
export function dayMentions(text: string, sentDay: string): DayMention[] {
  const out: DayMention[] = [];
  DAY_WORDS.lastIndex = 0;
  for (let m = DAY_WORDS.exec(text); m !== null; m = DAY_WORDS.exec(text)) out.push({ at: m.index, end: m.index + m[0].length, date: shift(sentDay, RELATIVE[m[0]]!) });
  // …but 昨晚打架的两家 names who by last night's matter: that is the past.
  if (text.includes('昨')) {
    LAST_NIGHT_WHO.lastIndex = 0;
    for (let m = LAST_NIGHT_WHO.exec(text); m !== null; m = LAST_NIGHT_WHO.exec(text)) out.push({ at: m.index, end: m.index + m[0].length, date: shift(sentDay, -1) });
  }
  if (text.includes('月')) {
    MONTH_DAY.lastIndex = 0;
    for (let m = MONTH_DAY.exec(text); m !== null; m = MONTH_DAY.exec(text)) {
      if (!/[日号]\s*$/.test(m[0]) && m[1] === undefined) continue;
      if (PUT_RIGHT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const y = m[1] !== undefined ? parseNumber(m[1]) : null;
      const d = y !== null ? (y >= 2000 && y <= 2100 ? build(y, parseNumber(m[2]!), parseNumber(m[3]!)) : null) : withInferredYear(parseNumber(m[2]!), parseNumber(m[3]!), sentDay);
      if (d !== null) out.push({ at: m.index, end: m.index + m[0].length, date: d });
    }
  }
  out.push(...lunarMentions(text, sentDay));
  return out.sort((x, y) => x.at - y.at);
}

const RECENT_DAY = /^(?:(昨天晚上|昨天夜里|昨天|昨日|昨晚|昨夜)|(前天|前日)|(?:(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])))/;
/**
 * The day a word of the days just past names (昨天, 前天, 上周五, 周三), told on sentDay; null when it names none
 * (前几天, 这几天). A week day said bare is the last one up to sentDay.
 */
export function recentDay(word: string, sentDay: string): string | null {
  const m = RECENT_DAY.exec(word);
  if (!m) return null;
  if (m[1] !== undefined) return shift(sentDay, -1);
  if (m[2] !== undefined) return shift(sentDay, -2);
  const today = weekday(sentDay) || 7;
  let by = WEEK_DAY[m[4]!]! - today;
  if (m[3] === '上') by -= 7;
  else if (m[3] === undefined && by > 0) by -= 7;
  return by > 0 ? null : shift(sentDay, by);
}
