import type { Deps } from '../src/core/deps.js';
import { addDays, shanghaiDate } from '../src/dates.js';
import { weeklyReview } from '../src/ledger/weekly-review.js';
import { ledgerReport } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/** Mondays at superviseAt: the ledger's 研判 of the week before (Monday–Sunday), in the leaders' groups. */
export async function superviseWeekly(deps: Deps, slot: Date, job = 'supervise-weekly'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  const w = await weeklyReview(deps, addDays(date, -7), addDays(date, -1));
  if (w.opened === 0 && w.open === 0 && w.resolved === 0 && w.risks.length === 0) return { sent: 0, skipped: 'no_cases' };
  const text = ledgerReport.weekly({ township: deps.roster.roster.township, ...w });
  let sent = 0;
  for (const g of deps.roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'summary', text, mentions: [] })) sent += 1;
  return { sent };
}
