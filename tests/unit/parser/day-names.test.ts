import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/parser/dates.js';
import { lunarDay, lunarNewYearsEve } from '../../../src/parser/lunar.js';
import { kinds, only, parse } from './helpers.js';

// Days named the way cadres name them around holidays and in late reports: lunar days (初二, 正月十五, 除夕), a day
// of the month with a time of day (8号上午), a week day (上周五), and the day in brackets after the report's word.
// 2027: 正月初一 is 2月6日, 除夕 2月5日; 2026: 正月初一 is 2月17日.

describe('lunar days', () => {
  it.each([
    // sent on 正月初五 (2027-02-10)
    ['初三的零报告补一下', '2027-02-10', '2027-02-08'],
    ['大年初二零报告（补报）', '2027-02-10', '2027-02-07'],
    ['除夕那天的零报告', '2027-02-10', '2027-02-05'],
    ['大年三十零报告补发', '2027-02-10', '2027-02-05'],
    ['正月初一零报告', '2027-02-10', '2027-02-06'],
    // with a month: the nearest year's
    ['腊月二十三零报告', '2027-02-10', '2027-01-30'],
    ['正月十五零报告', '2026-03-04', '2026-03-03'],
    ['元宵节零报告', '2026-03-04', '2026-03-03'],
  ])('%s (sent %s) → %s', (text, sent, date) => {
    expect(findDate(text, sent)).toEqual({ date, stated: true });
  });

  it.each(['初三学生放假在家', '当初三个人说好的', '月初零报告'])('%s is no day', (text) => {
    expect(findDate(text, '2027-02-10')).toEqual({ date: '2027-02-10', stated: false });
  });

  it('初二 said late in 腊月 is the coming 正月初二 (the nearest), a plan’s day: it does not date the report', () => {
    expect(lunarDay(null, 2, '2027-02-03')).toBe('2027-02-07');
    expect(findDate('说过了初二就去县里', '2027-02-03')).toEqual({ date: '2027-02-03', stated: false });
  });

  it('a lunar day resolves through the package and back', () => {
    expect(lunarDay(1, 1, '2026-12-01')).toBe('2027-02-06');
    expect(lunarNewYearsEve('2026-02-20')).toBe('2026-02-16');
    // 腊月 of 2026 has 29 days: no 腊月三十
    expect(lunarDay(12, 30, '2027-02-01')).toBeNull();
  });

  it('a late zero report for a lunar day is dated that day, the unit from the text', () => {
    const r = parse('补报：马坊村初一零报告，当天书记在外面没报上', '马坊村', '2027-02-09T09:00:00+08:00');
    expect(only(r, 'zero_report')).toMatchObject({ unit: '马坊村', date: '2027-02-06' });
  });

  it('a lunar day before the report names who, 今天 says when', () => {
    const r = parse('清河村即时报告：初二闹事的那几户今天又有6人到县里去了，村干部已赶过去', '清河村', '2027-02-10T10:00:00+08:00');
    expect(only(r, 'incident')).toMatchObject({ date: '2027-02-10', escalation: 'county', people: 6, collective: true });
  });

  it('a threat for a lunar day still to come is a threat, not the past', () => {
    const r = parse('马坊村重点人员韩某某今天情绪不稳，说过了初六就去市里上访', '马坊村', '2027-02-08T10:00:00+08:00');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩某某', state: 'abnormal', escalation: 'city' });
  });
});

describe('other named days', () => {
  it.each([
    // sent on Thursday 2027-03-11
    ['6号上午的零报告补一下', '2027-03-06'],
    ['9号的零报告忘了发', '2027-03-09'],
    ['上周五零报告补报', '2027-03-05'],
    ['上星期日的日研判补发', '2027-03-07'],
    ['本周一的零报告漏了', '2027-03-08'],
    ['昨晚的零报告忘发了', '2027-03-10'],
    // the day in brackets right after the report's word
    ['零报告(清河村昨日)补报', '2027-03-10'],
    ['零报告(前天的)', '2027-03-09'],
  ])('%s → %s', (text, date) => {
    expect(findDate(text, '2027-03-11')).toEqual({ date, stated: true });
  });

  it('a bracketed story after the report is still the story', () => {
    expect(findDate('零报告(昨天发错群了)', '2027-03-11')).toEqual({ date: '2027-03-11', stated: false });
  });

  it('上周五 and 昨晚 in a story do not date the report', () => {
    expect(findDate('王某某上周五去县里了，已回', '2027-03-11').date).toBe('2027-03-11');
    expect(findDate('昨晚从省城返回', '2027-03-11').date).toBe('2027-03-11');
  });

  it('a date with an evening, before 今日, names what happened then: today is reported', () => {
    const r = parse('红星村3月9日晚在村委会门口聚集的村民已全部散去，今日村里平稳，零报告', '红星村', '2027-03-11T10:00:00+08:00');
    expect(kinds(r)).toEqual(['zero_report']);
    expect(only(r, 'zero_report').date).toBe('2027-03-11');
  });
});

describe('a named day’s zero report, late', () => {
  it.each([
    ['昨天的零报告补报', '2027-02-09'],
    ['初四的零报告忘了发', '2027-02-09'],
    ['8号的零报告漏了，补上', '2027-02-08'],
  ])('%s is that day’s zero report', (text, date) => {
    expect(only(parse(text, '马坊村', '2027-02-10T10:00:00+08:00'), 'zero_report')).toMatchObject({ unit: '马坊村', date });
  });

  it('…but asked about, or not sent, it is talk', () => {
    expect(kinds(parse('昨天的零报告发了吗', '马坊村', '2027-02-10T10:00:00+08:00'))).toEqual(['chatter']);
    expect(parse('杨树村昨天的零报告没发', null, '2027-02-10T10:00:00+08:00').reports.some((r) => r.kind === 'zero_report')).toBe(false);
  });
});
