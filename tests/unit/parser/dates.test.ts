import { describe, expect, it } from 'vitest';
import { findDate } from '../../../src/parser/dates.js';
import { parse } from './helpers.js';

// findDate takes the Shanghai day of sentAt; here the message was sent on 2026-11-20.
describe('findDate', () => {
  it.each([
    ['马坊村零报告', '2026-11-20', false],
    ['今日零报告', '2026-11-20', true],
    ['今天零报告', '2026-11-20', true],
    ['昨日零报告，补报', '2026-11-19', true],
    ['昨天的补上', '2026-11-19', true],
    ['前天零报告', '2026-11-18', true],
    ['11月18日零报告', '2026-11-18', true],
    ['11月18号零报告', '2026-11-18', true],
    ['十一月十八日零报告', '2026-11-18', true],
    ['2026年11月17日零报告', '2026-11-17', true],
    ['二零二六年十一月十六日', '2026-11-16', true],
    ['2026.11.15 零报告', '2026-11-15', true],
    ['2026-11-14 零报告', '2026-11-14', true],
    ['11.13零报告', '2026-11-13', true],
    ['11/12 零报告', '2026-11-12', true],
    // The first date of the message wins: the aside in brackets is about the mistake, not the report.
    ['11月19日零报告（昨天写成11月18日了）', '2026-11-19', true],
    // A date in someone's story is not the report's day.
    ['马坊村零报告。另：重点人员韩某某11月18日去省城看望女儿，今日已返回', '2026-11-20', true],
    ['王某某已于11月17日返回', '2026-11-20', false],
    // 昨天 in a later sentence, after a report made without a day, tells the story.
    ['马坊村零报告。昨天反映分红问题的几户今天都在家', '2026-11-20', false],
    ['马坊村零报告。说是昨天去了县里', '2026-11-20', false],
    ['昨天漏报了。马坊村零报告', '2026-11-19', true],
    // Not dates: a phone number, a time, an impossible day.
    ['报告人 13907261135', '2026-11-20', false],
    ['16:00前报送', '2026-11-20', false],
    ['11月31日零报告', '2026-11-20', false],
  ])('%s → %s', (text, date, stated) => {
    expect(findDate(text, '2026-11-20')).toEqual({ date, stated });
  });

  it('a date without a year far in the future means last year', () => {
    expect(findDate('12月31日零报告（补报）', '2027-01-02').date).toBe('2026-12-31');
    expect(findDate('1月2日零报告', '2027-01-02').date).toBe('2027-01-02');
  });
});

describe('report dates in Asia/Shanghai (tests run under TZ=UTC)', () => {
  it.each([
    // 16:30Z is 00:30 the next day in Shanghai.
    ['2026-11-20T16:30:00Z', '2026-11-21'],
    ['2026-11-20T15:59:00Z', '2026-11-20'],
    ['2026-11-21T00:10:00+08:00', '2026-11-21'],
  ])('sent %s → %s', (sentAt, date) => {
    expect(parse('杨树村零报告', '杨树村', sentAt).reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date }]);
  });

  it('昨日 just after Shanghai midnight is the day before in Shanghai', () => {
    expect(parse('杨树村昨日零报告', '杨树村', '2026-11-20T16:05:00Z').reports[0]).toMatchObject({ date: '2026-11-20' });
  });

  it('warns about a date after the day it was sent', () => {
    const r = parse('杨树村11月25日零报告');
    expect(r.reports[0]).toMatchObject({ date: '2026-11-25' });
    expect(r.warnings).toContain('future_date');
  });
});
