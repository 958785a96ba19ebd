import type { Analysis } from './analysis.js';
import { inResponse } from './analysis.js';
import { alt, GROUP_WORDS, HOUSEHOLD_NOUNS, PERSON_NOUNS } from './lexicon.js';
import { NUM, parseNumber } from './numbers.js';

// A group as the subject of a sentence (十几户拆迁户, 三四个人, 一伙人, 业主们): what a group does or threatens to do
// beyond the township is reported at once, where one named person's threat stays a key person's risk.

// 十几户拆迁户放话说…就一起去市里 / 有三四个人说要去县里 / 业主说…已经联系了四五十户: a group heading beyond the
// township, even only threatening to, is reported at once (a named person's threat stays a key person's risk).
// (6个槟榔种植户: who they are may stand between the measure word and the noun.)
const GROUP = new RegExp(
  `(?:${NUM}|几|好几|十几|几十)(余|多|几|来)?(?:(?:个|名|位)(?![村组户家社镇乡])[\\u4e00-\\u9fa5]{1,2}?|个|名|位)?(?:${alt([...PERSON_NOUNS, ...HOUSEHOLD_NOUNS])})|${alt(GROUP_WORDS)}`,
  'g',
);
// 重点人员3人，其中1人扬言…: the assessment's figures, not a crowd.
const FIGURE_BEFORE = /(?:重点人员|重点对象|稳控对象|异常|其中|共|有异常动向)[:\s]*$/;
// 已落实两人24小时看护 / 三人轮流盯守: those who look after the person, said before the looking after, are cadres too.
const ALONG_WITH_BEFORE = /(?:跟|和|同|随)[\u4e00-\u9fa5]{0,4}$/;
const GUARDING_AFTER = /^(?:轮流|24小时|二十四小时|全天候?|昼夜|日夜)?(?:看护|看管|看守|盯守|守护|陪护|值守)/;
export function groupIn(a: Analysis, start: number, end: number): boolean {
  const s = a.masked.slice(start, end);
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(s); m !== null; m = GROUP.exec(s)) {
    // 已安排两人看护: the cadres sent, not the crowd.
    if (FIGURE_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index)) || inResponse(a, start + m.index) || GUARDING_AFTER.test(s.slice(m.index + m[0].length))) continue;
    // (说要跟张圩那帮人一起去县里: the band pointed at is who the person would go along with, not the one who goes.)
    if (/^[那这]/.test(m[0]) && ALONG_WITH_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (m[1] !== undefined) {
      const n = parseNumber(m[1]);
      if (n === null || (n < 2 && m[2] === undefined)) continue;
    }
    return true;
  }
  return false;
}

/** 。 ; or a line break. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x0a;

/** A group in the sentence around position i. */
export function groupInSentence(a: Analysis, i: number): boolean {
  let s = i;
  while (s > 0 && !isSentenceEnd(a.masked.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < a.masked.length && !isSentenceEnd(a.masked.charCodeAt(e))) e++;
  return groupIn(a, s, e);
}
