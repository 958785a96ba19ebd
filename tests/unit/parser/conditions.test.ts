import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// A condition put (如果今天没情况就…, 没事的话…) or a reminder (记得报零报告) says nothing of the day: no zero report
// is read from it. Found by using the console: 今天没事的话一起去村部 was filed as 杨树村's zero report. Invented variants.

describe('a condition is not a day told', () => {
  it.each([
    '今天没事的话一起去村部',
    '马坊村今天没事的话下午三点开会',
    '如果今天没情况就报零报告',
    '要是没啥事就发个零报告',
    '假如今天平安就报个零报告',
    '今天如无情况请各村按时零报告',
    '倘若无异常，则按时报零',
    '没情况的话大家早点下班',
  ])('%s: chatter, no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it.each(['大家记得今天零报告', '记得报零报告', '别忘了今天的零报告', '各位记住明天零报告'])('%s: a reminder, no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it.each([
    '杨树村今日零报告，如有情况随时报告',
    '马坊村今天没事，要是有情况再报',
    '清河村今日零报告。如果明天有事再报',
    '杨树村今日无进京赴省到市上访，如有异常第一时间报告',
    '红星村今日无事，零报告，万一有情况马上报',
  ])('%s: the report made, with a condition on later news after it: still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a threat put as a condition is still a person to watch, never a zero report', () => {
    const r = parse('凤凰村今日零报告，王某某说要是月底还不给钱他就去县里');
    expect(kinds(r)).not.toContain('zero_report');
  });
});

describe('a figure put right in plain words at the start is a 更正', () => {
  it.each([
    ['不对，化解是1起', { disputesResolved: 1 }],
    ['写错了，排查应该是4起', { disputesFound: 4 }],
    ['刚才报错了，重点人员是6人', { keyPersons: 6 }],
    ['不对不对，化解两起', { disputesResolved: 2 }],
  ])('%s: a corrected 日研判 figure', (text, counts) => {
    const r = only(parse(text), 'daily_assessment');
    expect(r.correction).toBe(true);
    expect(r.counts).toMatchObject(counts);
  });

  it.each(['不对', '不对吧，你看错了', '这个表格填错了，明天重新发', '不对，他没去县里'])('%s: no figure after it: nothing corrected', (text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });
});
