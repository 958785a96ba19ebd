import type { Deps } from '../src/core/deps.js';
import { shanghaiDate } from '../src/dates.js';
import { caseLine, supervision } from '../src/ledger/supervision.js';
import { buttons, ledger } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/**
 * 【督办】 in the leaders' groups, every working day a case stays past its 办结时限 (days counted in working days),
 * and every open case with a key person reported abnormal, @-mentioning their 包案领导.
 */
export async function superviseOverdue(deps: Deps, slot: Date, job = 'supervise-overdue'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  if (!deps.calendar.isWorkday(date)) return { sent: 0, skipped: 'not_workday' };
  const { overdue, abnormal } = await supervision(deps, date);
  const overdueNos = new Set(overdue.map((o) => o.case.no));
  const cases = await deps.cases.list(deps.roster.roster.township);
  const flagged = cases.filter((c) => abnormal.has(c.no) && !overdueNos.has(c.no));
  if (overdue.length === 0 && flagged.length === 0) return { sent: 0, skipped: 'none_overdue' };
  const text = ledger.supervise({
    date,
    overdue: overdue.map((o) => caseLine(deps, o.case, { overdueDays: o.days, abnormal: abnormal.get(o.case.no) ?? [] })),
    flagged: flagged.map((c) => caseLine(deps, c, { abnormal: abnormal.get(c.no) ?? [] })),
  });
  const mentions = [...new Set([...overdue.map((o) => o.case), ...flagged].flatMap((c) => (c.leaderId ? [c.leaderId] : [])))];
  // 已化解 with one tap for the first cases (the typed 案件N 已化解: said by the 包案领导 it is confirmed at once).
  const choices = [...overdue.map((o) => o.case), ...flagged].slice(0, 4).map((c) => ({ label: buttons.resolveCase(c.no), command: buttons.resolveCase(c.no) }));
  let sent = 0;
  for (const g of deps.roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'notice', text, mentions, ...(choices.length ? { choices } : {}) })) sent += 1;
  return { sent };
}
