import { addDays, daysBetween, isValidIsoDate, shanghaiDate } from '../dates.js';
import { parseNumber } from './numbers.js';

// The day a report is about. The first date expression of the message wins (“10月4日零报告（昨天发成10月3日了）”
// is about the 4th); without one, the day of sentAt in Asia/Shanghai.

const CN = '[零一二三四五六七八九十]';
const N2 = `(\\d{1,2}|${CN}{1,3})`;
const DATE_RE = new RegExp(
  [
    // 2026年10月2日, 2026.10.2, 2026-10-02, 2026/10/2, 二零二六年十月二日
    `(\\d{4}|${CN}{4})\\s*[年.\\-/]\\s*${N2}\\s*[月.\\-/]\\s*${N2}\\s*[日号]?`,
    // 10月2日, 10月2号, 十月四日
    `${N2}\\s*月\\s*${N2}\\s*[日号]`,
    // 10.2, 10/2 (not inside a longer number like a phone number or 1.5.3)
    `(?<![\\d.])(\\d{1,2})[./](\\d{1,2})(?![\\d./])`,
    // relative days (昨晚 is left out: “昨晚从省城返回” dates an event in today's report)
    '(今日|今天|今晚|今早|今晨|昨日|昨天|前天|前日)',
  ].join('|'),
  'g',
);

const RELATIVE: Record<string, number> = { 今日: 0, 今天: 0, 今晚: 0, 今早: 0, 今晨: 0, 昨日: -1, 昨天: -1, 前天: -2, 前日: -2 };

export interface FoundDate {
  date: string;
  /** The message named the day (a date or 今天/昨天), rather than taking sentAt's. */
  stated: boolean;
}

function build(year: number, month: number | null, day: number | null): string | null {
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** A date without a year takes sentAt's year, unless that puts it far in the future (12月31日 sent on 1月2日). */
function withInferredYear(month: number | null, day: number | null, sentDay: string): string | null {
  const year = Number(sentDay.slice(0, 4));
  const d = build(year, month, day);
  if (d === null) return build(year - 1, month, day);
  return daysBetween(sentDay, d) > 31 ? build(year - 1, month, day) : d;
}

export function findDate(text: string, sentAt: Date): FoundDate {
  const sentDay = shanghaiDate(sentAt);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    let d: string | null = null;
    if (m[1] !== undefined) {
      const y = parseNumber(m[1]);
      if (y !== null && y >= 2000 && y <= 2100) d = build(y, parseNumber(m[2]!), parseNumber(m[3]!));
    } else if (m[4] !== undefined) d = withInferredYear(parseNumber(m[4]), parseNumber(m[5]!), sentDay);
    else if (m[6] !== undefined) d = withInferredYear(Number(m[6]), Number(m[7]), sentDay);
    else if (m[8] !== undefined) d = addDays(sentDay, RELATIVE[m[8]]!);
    if (d !== null) return { date: d, stated: true };
  }
  return { date: sentDay, stated: false };
}
