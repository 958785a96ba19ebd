import type { Deps } from '../src/core/deps.js';
import { shanghaiDate } from '../src/dates.js';
import { missingOn } from '../src/stats/membership.js';
import { scheduled } from '../src/strings.js';
import { sendOnce } from './send-once.js';
import type { JobResult } from './types.js';

/**
 * Before the deadline, in every units group: names the units without a report today and @-mentions all their
 * members (who reports for a unit varies from day to day) except those on leave or away; a unit whose members
 * are all away is said in the notice. Nobody of a unit that reported is mentioned; excused units (免报) are left out.
 */
export async function remindMissing(deps: Deps, slot: Date, job = 'remind-missing'): Promise<JobResult> {
  const date = shanghaiDate(slot);
  if (!deps.calendar.isReportDay(date)) return { sent: 0, skipped: 'not_report_day' };
  const { roster } = deps;
  const township = roster.roster.township;
  const [missingNames, excused, leaves] = await Promise.all([missingOn(deps.store, township, roster, date), deps.store.excused(township, date), deps.store.leaves(township, date)]);
  const off = new Set(excused.map((e) => e.unit));
  const away = new Set(leaves.map((l) => l.memberId));
  const units = missingNames.filter((name) => !off.has(name)).map((name) => roster.unit(name)!);
  if (units.length === 0) return { sent: 0, skipped: 'none_missing' };
  const allAway = units.filter((u) => u.members.length > 0 && u.members.every((m) => away.has(m.id))).map((u) => u.name);
  const text = scheduled.reminder({ date, deadline: roster.roster.deadline, units: units.map((u) => u.name), ...(allAway.length ? { allAway } : {}) });
  const mentions = units.flatMap((u) => u.members.filter((m) => !away.has(m.id)).map((m) => m.id));
  let sent = 0;
  for (const g of roster.groups('units'))
    if (await sendOnce(deps, job, date, { platform: g.platform, chatId: g.chatId, kind: 'reminder', text, mentions })) sent += 1;
  return { sent };
}
