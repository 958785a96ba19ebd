// Numbers as cadres type them: Arabic (NFKC already turned full-width into ASCII) and Chinese numerals.

/** A regex source matching one number: Arabic digits or a run of Chinese numeral characters. */
export const NUM = '(\\d{1,6}|[零一二两三四五六七八九十百千廿]{1,8})';
/**
 * The same, with the formal numerals of forms and ledgers (壹贰叁…拾, 大写). Only where a figure is expected after a
 * field (重点人员叁人): elsewhere 陆, 伍 and 柒 are surnames and place names (陆家湾).
 */
export const FIGURE = '(\\d{1,6}|[零一二两三四五六七八九十百千廿壹贰叁肆伍陆柒捌玖拾佰仟]{1,8})';

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
const FORMAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九' };
const ALL_DIGITS = /^\d+$/;

/**
 * '12' → 12, '十二' → 12, '廿一' → 21, '叁' → 3, '壹拾贰' → 12, '二十一' → 21, '两' → 2, '一百零五' → 105, '二零二六' → 2026 (digit by digit).
 * Null when the string is not a number.
 */
export function parseNumber(raw: string): number | null {
  if (raw.length === 0) return null;
  if (ALL_DIGITS.test(raw)) return Number(raw);
  // (廿一 / 廿几: 廿 is 二十, as 粤 and 闽 cadres write it.)
  const s = raw.replace(/[壹贰叁肆伍陆柒捌玖]/g, (c) => FORMAL[c]!).replace(/^廿/, '二十');
  let hasUnit = false;
  for (const ch of s) {
    if (UNITS[ch] !== undefined) hasUnit = true;
    else if (DIGITS[ch] === undefined) return null;
  }
  // 三四个, 十二三个: a range said as two neighbouring digits; the lower bound.
  const tail = s.slice(-2);
  if (tail.length === 2 && DIGITS[tail[0]!]! > 0 && DIGITS[tail[1]!] === DIGITS[tail[0]!]! + 1 && (s.length === 2 || s.at(-3) === '十')) {
    return s.length === 2 ? DIGITS[tail[0]!]! : (parseNumber(s.slice(0, -1)) as number);
  }
  if (!hasUnit) {
    // 二零二六 / 一二: read digit by digit (years); a single 零 is 0.
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch]!;
    return v;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      current = d;
      continue;
    }
    const u = UNITS[ch]!;
    total += (current === 0 && u === 10 ? 1 : current) * u;
    current = 0;
  }
  return total + current;
}
