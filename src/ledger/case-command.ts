import { addDays, type IsoDate, isValidIsoDate, weekday } from '../dates.js';
import { LEDGER_WORDS as W } from '../parser/commands.js';
import { parseNumber } from '../parser/numbers.js';
import type { Resolution } from './case.js';

// The ledger's commands in the group, read from the message text (the bot's @ already removed). Words come from
// the parser's lexicon (LEDGER_WORDS); roster names are resolved by the handlers, which know the roster.

export type LedgerCommand =
  | { kind: 'register'; body: string }
  | { kind: 'assign'; no: number; rest: string; deadline: IsoDate | null }
  | { kind: 'progress'; no: number; note: string }
  | { kind: 'resolve'; no: number; how: Resolution; note: string }
  | { kind: 'confirm'; no: number }
  | { kind: 'close'; no: number }
  | { kind: 'show'; no: number }
  /** 第3号什么情况？: the case of the leaders' alert No. 3. */
  | { kind: 'show-alert'; alertNo: number }
  /** 案件12 then words no command takes (案件3 这个谁来管): asked back, never silence, when nothing else is reported. */
  | { kind: 'unclear'; no: number }
  | { kind: 'export' }
  | { kind: 'ranking' }
  | { kind: 'list'; overdueOnly: boolean }
  | { kind: 'person-register'; body: string }
  | { kind: 'person-remove'; body: string };

const LEAD = /^[\s,.:;!?，。：；、【】[\]()（）]+/;

/** The case number a text names, and the text around it without it. */
export function caseRef(text: string): { no: number; before: string; after: string } | null {
  const m = W.caseRef.exec(text);
  if (!m) return null;
  const no = Number(m[1] ?? m[2]);
  return no > 0 ? { no, before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) } : null;
}

/**
 * 12月20日 (this year, or next when that is long past), 2026-12-20 or 2026年12月20日; or a limit counted from
 * today (3天 → today + 3, 两周, 1个月, 本周内 → this Sunday, 月底前); null when none or invalid.
 */
export function deadlineIn(text: string, today: IsoDate): IsoDate | null {
  const m = W.deadline.exec(text);
  if (!m) return deadlineWithin(text, today);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[4]) return isValidIsoDate(`${m[4]}-${m[5]}-${m[6]}`) ? `${m[4]}-${m[5]}-${m[6]}` : null;
  const md = `${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  if (m[1]) return isValidIsoDate(`${m[1]}-${md}`) ? `${m[1]}-${md}` : null;
  const year = Number(today.slice(0, 4));
  const d = `${year}-${md}`;
  // In December, “1月10日前” means next January.
  if (isValidIsoDate(d) && d >= addDays(today, -60)) return d;
  return isValidIsoDate(`${year + 1}-${md}`) ? `${year + 1}-${md}` : null;
}

function deadlineWithin(text: string, today: IsoDate): IsoDate | null {
  const m = W.deadlineWithin.exec(text);
  if (!m) return null;
  const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
  const iso = (t: Date) => t.toISOString().slice(0, 10);
  if (m[3] === '本周' || m[3] === '这周') return addDays(today, (7 - weekday(today)) % 7);
  if (m[3]) return iso(new Date(Date.UTC(y, mo, 0)));
  const n = parseNumber(m[1] ?? '');
  if (!n || n > 366) return null;
  if (m[2] === '个月') {
    // The same day n months on, or the month's last day when it has no such day (1月31日 + 1个月 → 2月28日).
    const last = new Date(Date.UTC(y, mo - 1 + n + 1, 0)).getUTCDate();
    return iso(new Date(Date.UTC(y, mo - 1 + n, Math.min(d, last))));
  }
  return addDays(today, m[2] === '周' || m[2] === '星期' ? 7 * n : n);
}

// Transports remove the bot's @, but a forwarded or typed “@机器人 …” may still carry one.
const AT = /^(?:@\S+\s+)+/;
const clean = (s: string) => s.replace(LEAD, '').replace(AT, '').replace(LEAD, '').trim();

export function parseLedgerCommand(raw: string, today: IsoDate): LedgerCommand | null {
  // Full-width digits (案件１２) read as digits; the rest is kept as typed (notes keep their Chinese punctuation).
  const text = clean(raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  if (!text) return null;
  if (W.export.test(text)) return { kind: 'export' };
  if (W.ranking.test(text)) return { kind: 'ranking' };
  const asked = text.replace(/[\s？?。.!！]+$/, '');
  if (W.list.test(asked)) return { kind: 'list', overdueOnly: W.listOverdue.test(asked) };
  const alert = W.alertAsk.exec(text);
  if (alert) return { kind: 'show-alert', alertNo: Number(alert[1]) };
  let m = W.personRegister.exec(text);
  if (m) return { kind: 'person-register', body: text.slice(m[0].length).trim() };
  m = W.personRemove.exec(text);
  if (m) return { kind: 'person-remove', body: text.slice(m[0].length).trim() };
  m = W.register.exec(text);
  if (m) return { kind: 'register', body: text.slice(m[0].length).trim() };

  const ref = caseRef(text);
  if (!ref) return null;
  const before = clean(ref.before);
  const after = clean(ref.after);
  if (W.assign.test(before)) return { kind: 'assign', no: ref.no, rest: after, deadline: deadlineIn(after, today) };
  if (W.close.test(before)) return { kind: 'close', no: ref.no };
  if (W.confirm.test(before) && after.length <= 8) return { kind: 'confirm', no: ref.no };
  if (before !== '') return null;
  // 案件12 包案 李镇长 3天 / 案件12 销号 / 案件12 确认: the number said first, then the step, as people also write it.
  const verb = W.assign.exec(after);
  if (verb) {
    const rest = clean(after.slice(verb[0].length));
    return { kind: 'assign', no: ref.no, rest, deadline: deadlineIn(rest, today) };
  }
  if (W.close.test(after) && after.length <= 8) return { kind: 'close', no: ref.no };
  if (W.confirm.test(after) && after.length <= 8) return { kind: 'confirm', no: ref.no };
  const p = W.progress.exec(after);
  if (p && p.index <= 2) return { kind: 'progress', no: ref.no, note: clean(after.slice(p.index + p[0].length)) };
  const how: Resolution | null = W.petitionEnded.test(after) ? 'petition_ended' : W.resolved.test(after) ? 'resolved' : null;
  if (how && after.length <= 60) return { kind: 'resolve', no: ref.no, how, note: after };
  if (after.length <= 6) return { kind: 'show', no: ref.no };
  return after.length <= 30 ? { kind: 'unclear', no: ref.no } : null;
}
