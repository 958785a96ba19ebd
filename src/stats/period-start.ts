import type { IsoDate } from '../dates.js';

/**
 * Where cumulative figures start: the sensitive period the day falls in, else the half-month of the documents
 * (the 1st or the 16th), which is also what the semi-monthly summary covers.
 */
export function periodStart(date: IsoDate, period: { name: string; from: IsoDate } | undefined): { name: string; from: IsoDate } {
  if (period) return { name: period.name, from: period.from };
  const day = Number(date.slice(8, 10));
  return { name: day >= 16 ? '下半月' : '上半月', from: `${date.slice(0, 8)}${day >= 16 ? '16' : '01'}` };
}
