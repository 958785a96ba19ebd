import type { Roster } from '../src/roster.js';
import { deadlineNotice } from './deadline-notice.js';
import { morningDigest } from './morning-digest.js';
import { remindMissing } from './remind-missing.js';
import { semiMonthlySummary } from './semi-monthly-summary.js';
import { superviseDue } from './supervise-due.js';
import { superviseOverdue } from './supervise-overdue.js';
import { superviseRanking } from './supervise-ranking.js';
import { superviseWeekly } from './supervise-weekly.js';
import type { Job } from './types.js';

export type { Job, JobResult } from './types.js';

/** 'HH:MM' → the minute and hour fields of a cron expression (seconds default to 0). */
function at(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return `${m} ${h}`;
}

/**
 * The job table, from the roster's times. The only place with cron syntax; every expression is read in
 * Asia/Shanghai by the scheduler and the simulator alike. Which days need reports is decided inside the jobs
 * (work calendar), not in the expressions: cron knows no holidays.
 */
export function createJobs(roster: Roster): Job[] {
  return [
    ...roster.reminders.map((t): Job => {
      const name = `remind-missing@${t}`;
      return { name, cron: `${at(t)} * * *`, run: (deps, slot) => remindMissing(deps, slot, name) };
    }),
    { name: 'deadline-notice', cron: `${at(roster.deadline)} * * *`, run: (deps, slot) => deadlineNotice(deps, slot) },
    { name: 'morning-digest', cron: `${at(roster.digestAt)} * * *`, catchUp: true, run: (deps, slot) => morningDigest(deps, slot) },
    { name: 'semi-monthly-summary', cron: `${at(roster.summaryAt)} 1,16 * *`, catchUp: true, run: (deps, slot) => semiMonthlySummary(deps, slot) },
    { name: 'supervise-due', cron: `${at(roster.superviseAt)} * * *`, catchUp: true, run: (deps, slot) => superviseDue(deps, slot) },
    { name: 'supervise-overdue', cron: `${at(roster.superviseAt)} * * *`, catchUp: true, run: (deps, slot) => superviseOverdue(deps, slot) },
    { name: 'supervise-weekly', cron: `${at(roster.superviseAt)} * * 1`, catchUp: true, run: (deps, slot) => superviseWeekly(deps, slot) },
    { name: 'supervise-ranking', cron: `${at(roster.summaryAt)} 1 1,4,7,10 *`, catchUp: true, run: (deps, slot) => superviseRanking(deps, slot) },
  ];
}
