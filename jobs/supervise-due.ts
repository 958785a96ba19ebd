import type { Deps } from '../src/core/deps.js';
import { shanghaiDate } from '../src/dates.js';
import { caseMentions, splitForGroups } from '../src/ledger/case-people.js';
import { caseLine, supervision } from '../src/ledger/supervision.js';
import { ledger } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/**
 * 督办, before the deadline: on the last working day before a case's 办结时限 and on the day itself, @-mentioning each
 * case's 责任人 in the units' groups and its 包案领导 in the leaders' groups, where each of them is (a leader may not be
 * in the units' group; without a leaders' group, all in the units' group). Working days only (the work calendar, 调休
 * included).
 */
export async function superviseDue(deps: Deps, slot: Date, job = 'supervise-due'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  if (!deps.calendar.isWorkday(date)) return { sent: 0, skipped: 'not_workday' };
  const { dueSoon, abnormal } = await supervision(deps, date);
  if (dueSoon.length === 0) return { sent: 0, skipped: 'none_due' };
  const text = ledger.dueSoon({ date, cases: dueSoon.map((c) => caseLine(deps, c, { abnormal: abnormal.get(c.no) ?? [] })) });
  const mentions = [...new Set(dueSoon.flatMap((c) => caseMentions(c)))];
  const leaderGroups = deps.roster.groups('leaders');
  const split = splitForGroups(deps.roster, mentions, leaderGroups.length > 0);
  let sent = 0;
  for (const g of deps.roster.groups('units'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'reminder', text, mentions: split.units })) sent += 1;
  if (split.leaders.length)
    for (const g of leaderGroups) if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'reminder', text, mentions: split.leaders })) sent += 1;
  return { sent };
}
