import { addDays, type IsoDate } from '../dates.js';
import type { WorkCalendar } from '../scheduler/work-calendar.js';

/** Official working days d with from < d <= to (调休 make-up days count, holidays and weekends do not). */
export function workdaysAfter(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  let n = 0;
  // Bounded: a deadline years away still ends the loop at `to`; overdue cases are at most a campaign old.
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkday(d)) n += 1;
  return n;
}
