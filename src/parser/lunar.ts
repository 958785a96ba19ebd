import chineseDays from 'chinese-days';
import { addDays } from '../dates.js';

// Lunar days named in reports around 春节 (初二零报告, 正月十五, 腊月二十三, 除夕), resolved against the day the message
// was sent. The chinese-days package (already our holiday calendar) carries the lunar tables, so no table of our
// own: getLunarDate gives a day's lunar month and day, getSolarDateFromLunar the way back. It reads Date objects in
// the process time zone, so it only ever gets date strings. Both are slow-ish (~0.2 ms), so results are memoised.

const memo = new Map<string, string | null>();
function remember(key: string, make: () => string | null): string | null {
  let v = memo.get(key);
  if (v === undefined) {
    v = make();
    if (memo.size > 10_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}

interface Lunar {
  year: number;
  month: number;
  day: number;
}
const lunarMemo = new Map<string, Lunar>();
function lunarOf(day: string): Lunar {
  let l = lunarMemo.get(day);
  if (l === undefined) {
    const d = chineseDays.getLunarDate(day);
    l = { year: d.lunarYear, month: d.lunarMon, day: d.lunarDay };
    if (lunarMemo.size > 10_000) lunarMemo.clear();
    lunarMemo.set(day, l);
  }
  return l;
}

/** The solar day of lunar year/month/day, or null when that month has no such day (三十 of a 29-day month). */
function solar(year: number, month: number, day: number): string | null {
  const d = chineseDays.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;
  const back = lunarOf(d);
  return back.month === month && back.day === day ? d : null;
}

const distance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));

/** Of the candidate days, the one nearest the day sent (a past one on a tie: reports are about days gone by). */
function nearest(days: (string | null)[], sentDay: string): string | null {
  let best: string | null = null;
  for (const d of days) {
    if (d === null) continue;
    if (best === null || distance(d, sentDay) < distance(best, sentDay) || (distance(d, sentDay) === distance(best, sentDay) && d < best)) best = d;
  }
  return best;
}

/**
 * A lunar day: the one nearest the day sent. With a month (正月十五, 腊月二十三), of the lunar year before, this one or
 * the next; without one (初二), of the lunar month before, this one or the next (初二 said on 腊月二十八 is 正月初二).
 */
export function lunarDay(month: number | null, day: number, sentDay: string): string | null {
  if (day < 1 || day > 30 || (month !== null && (month < 1 || month > 12))) return null;
  return remember(`${month}/${day}/${sentDay}`, () => {
    const now = lunarOf(sentDay);
    if (month !== null) return nearest([solar(now.year - 1, month, day), solar(now.year, month, day), solar(now.year + 1, month, day)], sentDay);
    // This month's (when it has the day), the last one's, the next one's: the nearest.
    const lastOfPrevious = addDays(sentDay, -now.day);
    const prev = lunarOf(lastOfPrevious);
    const thirtieth = addDays(sentDay, 30 - now.day);
    const firstOfNext = lunarOf(thirtieth).day === 1 ? thirtieth : addDays(thirtieth, 1);
    const monthLength = lunarOf(addDays(firstOfNext, -1)).day;
    return nearest(
      [day <= monthLength ? addDays(sentDay, day - now.day) : null, day <= prev.day ? addDays(lastOfPrevious, day - prev.day) : null, addDays(firstOfNext, day - 1)],
      sentDay,
    );
  });
}

/** 除夕 / 大年三十: the last day of the lunar year, the one nearest the day sent. */
export function lunarNewYearsEve(sentDay: string): string | null {
  return remember(`eve/${sentDay}`, () => {
    const now = lunarOf(sentDay);
    const firsts = [solar(now.year, 1, 1), solar(now.year + 1, 1, 1)];
    return nearest(
      firsts.map((d) => (d === null ? null : addDays(d, -1))),
      sentDay,
    );
  });
}
