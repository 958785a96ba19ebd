import type { IsoDate } from '../dates.js';

/** Which days units must report. See README 「哪些日子需要报告」. */
export interface WorkCalendar {
  /** True when reports are expected that day (every day of a sensitive period; otherwise official workdays). */
  isReportDay(date: IsoDate): boolean;
  /** The sensitive period a date falls in, if any. */
  periodOf(date: IsoDate): { name: string; from: IsoDate; to: IsoDate } | undefined;
}
