import { normalizeText } from './normalize.js';
import { alt, REDIRECT_REF_WORDS, REDIRECT_WRONG_WORDS, MISWRITTEN_AS_WORDS } from './lexicon.js';

// 更正，上条是老寨村的零报告，手滑打成新寨了 / 修改一下：刚才发的是今天5月30日的零报告，不是昨天的 / 更正：光伏园区昨天那条零报告
// 日期写错了，应为5月31日: a zero report sent before, put right by saying what it should have said. The message says
// the right unit or day among words about the wrong one; this drops the wrong one and the pointing at the earlier message,
// and gives the zero report it should have been (更正：老寨村零报告), which the parser then reads as any correction.
const CORRECTION_LEAD = /^[\s【[(]*(?:更正|修改|纠正|改正)(?:一下)?[\s】\])]*[:,]?\s*/;
const REF = new RegExp(`(?:${alt(REDIRECT_REF_WORDS)})(?:发|报)?的?(?:是|为)?`, 'g');
const MISWRITTEN = new RegExp(`(?:手滑|不小心|一不小心)?(?:${alt(MISWRITTEN_AS_WORDS)})[^,;。!?\\n]{1,10}?了?(?=[,;。!?\\n]|$)`, 'g');
const NOT_THAT = /[,;。\s]*不是[^,;。!?\n]{1,10}?(?=[,;。!?\n]|$)/g;
const WRONG = new RegExp(`(?:日期|时间|单位|村名|名字|日子)?(?:${alt(REDIRECT_WRONG_WORDS)})`, 'g');
const SHOULD_BE = /[,;。\s]*(?:应为|应是|应该是|改为|改成|更正为)\s*([^,;。!?\n]{2,12})/;
const DAY_LIKE = /^(?:今天|今日|昨天|昨日|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])/;

/** The zero report a correction of an earlier one means, as plain words (更正：老寨村零报告), or null. */
export function redirectedZero(raw: string): string | null {
  if (!raw.includes('零报告')) return null;
  const text = normalizeText(raw).text;
  const lead = CORRECTION_LEAD.exec(text);
  if (!lead) return null;
  let body = text.slice(lead[0].length);
  REF.lastIndex = 0;
  if (!REF.test(body)) return null;
  body = body.replace(MISWRITTEN, '').replace(NOT_THAT, '').replace(WRONG, '').replace(REF, '');
  const should = SHOULD_BE.exec(body);
  let right = '';
  if (should) {
    right = should[1]!;
    body = body.slice(0, should.index) + body.slice(should.index + should[0].length);
  }
  body = body.replace(/零报告.*$/s, '').replace(/[的,;。\s()]+/g, '');
  const day = right && DAY_LIKE.test(right) ? right : '';
  const unit = right && !day ? right : '';
  return `更正：${unit}${body}${day}零报告`;
}
