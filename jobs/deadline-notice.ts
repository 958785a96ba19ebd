import type { Deps } from '../src/core/deps.js';
import { shanghaiDate } from '../src/dates.js';
import { missingOn } from '../src/stats/membership.js';
import { scheduled } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/**
 * At the deadline, in every leaders group: the units that missed it (漏报), or that all reported. Reports that
 * arrive afterwards are stored and marked late (meta.late) by the report handler, not here.
 */
export async function deadlineNotice(deps: Deps, slot: Date, job = 'deadline-notice'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  if (!deps.calendar.isReportDay(date)) return { sent: 0, skipped: 'not_report_day' };
  const { roster } = deps;
  const r = roster.roster;
  // An excused unit (免报) did not miss the deadline.
  const off = new Set((await deps.store.excused(r.township, date)).map((e) => e.unit));
  const units = (await missingOn(deps.store, r.township, roster, date)).filter((u) => !off.has(u));
  const text = units.length
    ? scheduled.deadlineMissed({ date, deadline: r.deadline, units, total: r.units.length })
    : scheduled.deadlineAllIn({ date, deadline: r.deadline, total: r.units.length });
  let sent = 0;
  for (const g of roster.groups('leaders'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'notice', text, mentions: [] })) sent += 1;
  return { sent };
}
