import { addDays, weekday } from '../dates.js';
import { RANGE_SEP, SPAN_WORDS } from './commands.js';
import { findDate } from './dates.js';
import type { UnitName } from './schema.js';
import { findUnitMentions } from './units.js';

// The arguments of a bot command: which unit, which day or days, and the rest (a reason, a note, a name).

export interface CommandArgs {
  unit: string | null;
  /** The day named (a date, 今天/昨天), or the day it was sent. */
  date: string;
  dateStated: boolean;
  /** The last day of a range (请假 12月3日-12月5日), when one is given. */
  to?: string;
  span?: 'week' | 'month' | 'period';
  /** What is left once the unit and the dates are taken out (a reason, a note, a person's name). */
  rest: string;
  /** The words after the unit, as written (督办 张庄村 请今天下班前报送…). */
  after: string;
}

const DATE_TEXT = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?|(?<!\d)\d{1,2}[日号]|今天|今日|昨天|昨日|前天|明天|后天/g;

export function commandArgs(text: string, sentDay: string, units: readonly UnitName[], senderUnit: string | null): CommandArgs {
  const mention = findUnitMentions(text, units, senderUnit)[0];
  const first = findDate(text, sentDay, false);
  let date = first.date;
  // 12月10日起休假: the report dater leaves a date before 起 alone (自10月1日起实行 is a notice's, not a report's day);
  // in a command it is the day the leave or the request starts.
  const written = first.stated ? undefined : /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?/.exec(text);
  if (written) date = findDate(written[0], sentDay, false).date;
  else if (!first.stated) {
    if (/明天/.test(text)) date = addDays(sentDay, 1);
    else if (/后天/.test(text)) date = addDays(sentDay, 2);
  }
  const after = mention ? text.slice(mention.end).replace(/^[\s,，:：、]+/, '').trim() : text.trim();
  const out: CommandArgs = { unit: mention?.unit ?? null, date, dateStated: first.stated || date !== sentDay, rest: '', after };
  const dates = [...text.matchAll(DATE_TEXT)];
  if (dates.length >= 2 && new RegExp(`^${RANGE_SEP.source}$`).test(text.slice(dates[0]!.index + dates[0]![0].length, dates[1]!.index))) {
    const second = dates[1]![0];
    const to = /月/.test(second) ? findDate(second, sentDay, false).date : findDate(`${Number(date.slice(5, 7))}月${second}`, sentDay, false).date;
    if (to >= date) out.to = to;
  }
  for (const [span, re] of SPAN_WORDS) if (re.test(text)) out.span = span;
  let rest = text;
  if (mention) rest = rest.slice(0, mention.index) + rest.slice(mention.end);
  rest = rest.replace(DATE_TEXT, ' ').replace(new RegExp(RANGE_SEP.source, 'g'), ' ');
  for (const [, re] of SPAN_WORDS) rest = rest.replace(re, ' ');
  out.rest = rest.replace(/[\s,，:：、]+/g, ' ').trim();
  return out;
}

/** The first and last day of a span ending today: 本周 from Monday, 本月 from the 1st, 本期 from `periodFrom`. */
export function spanDays(span: 'week' | 'month' | 'period', today: string, periodFrom: string): { from: string; to: string } {
  if (span === 'week') return { from: addDays(today, -((weekday(today) + 6) % 7)), to: today };
  if (span === 'month') return { from: `${today.slice(0, 8)}01`, to: today };
  return { from: periodFrom, to: today };
}
