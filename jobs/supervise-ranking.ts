import type { Deps } from '../src/core/deps.js';
import { shanghaiDate } from '../src/dates.js';
import { previousQuarter } from '../src/ledger/ranking.js';
import { rankingText } from '../src/ledger/ranking-text.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/** Each quarter (1 January, April, July, October at summaryAt): last quarter's ranking and 通报, in the leaders' groups. */
export async function superviseRanking(deps: Deps, slot: Date, job = 'supervise-ranking'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  const { from, to } = previousQuarter(date);
  const text = await rankingText(deps, from, to);
  let sent = 0;
  for (const g of deps.roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'summary', text, mentions: [] })) sent += 1;
  return { sent };
}
