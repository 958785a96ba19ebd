// Business dates are always Asia/Shanghai, whatever TZ the process runs under (containers default to UTC).
// China has no daylight saving time, so the offset is a constant +08:00.
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export type IsoDate = string; // 'YYYY-MM-DD'

/** The Asia/Shanghai calendar date of an instant, as 'YYYY-MM-DD'. */
export function shanghaiDate(at: Date): IsoDate {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Asia/Shanghai wall-clock time of an instant, as 'HH:MM'. */
export function shanghaiTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant of a Shanghai wall-clock date and 'HH:MM' (or 'HH:MM:SS'). */
export function shanghaiInstant(date: IsoDate, time = '00:00'): Date {
  const t = time.length === 5 ? `${time}:00` : time;
  return new Date(`${date}T${t}+08:00`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Every date from `from` to `to`, inclusive. */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
