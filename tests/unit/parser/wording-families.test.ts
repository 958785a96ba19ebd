import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of language that the blind holdouts showed the parser missing, each tested in wordings of our own (not
// the holdouts'), so that a fix is a rule about the language and not about one sentence.

describe('a day before the report’s day tells the past', () => {
  it.each([
    ['a quarrel of yesterday settled today', '杨树村今日零报告，昨天吵架的两家今天已经和好了'],
    ['a fight of yesterday, named by who fought', '杨树村今天零报告 昨天打架的那两个人上午已经调解好了'],
    ['a dated petition before the report’s date, in a note', '杨树村11月20日零报告（11月18日到市里反映问题的3名村民已于当天劝回）'],
  ])('%s leaves a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a person who went the day before yesterday and is home today is a stable key person beside the zero report', () => {
    const r = parse('马坊村零报告。前天去县信访局的王某某今天在家，情绪稳定');
    expect(kinds(r)).toEqual(['zero_report', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('what yesterday’s people do again today is today’s news (never a zero report)', () => {
    const r = parse('杨树村今日零报告，前天去县里上访的李某某今天又去了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('county');
  });

  it('a report of yesterday reads yesterday’s events as its own', () => {
    const r = parse('杨树村昨日零报告，补报，昨天村民王某某到县里上访');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').date).toBe('2026-11-19');
  });

  it('a day in brackets notes a figure: it neither dates the report nor voids the rest of the clause', () => {
    const a = only(parse('清河村日研判：重点人员5人，异常1人（周某某，昨天去区里上访已劝回），需关注'), 'daily_assessment');
    expect(a.date).toBe('2026-11-20');
    expect(a.counts).toMatchObject({ keyPersons: 5, keyPersonsAbnormal: 1 });
    const b = only(parse('杨树村研判 排查纠纷2起 调处化解1起(前天那起宅基地纠纷的后续) 重点人员3人 无异常'), 'daily_assessment');
    expect(b.counts).toEqual({ disputesFound: 2, disputesResolved: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });
});

describe('counts as forms and people write them', () => {
  const counts = (text: string) => only(parse(text), 'daily_assessment').counts;

  it.each([
    ['a figure then 稳定', '杨树村研判：排查纠纷1起，重点人员四名，稳定，总体平稳'],
    ['a figure then 在村稳定', '马坊村研判：排查纠纷0起，重点人员6人在村稳定'],
    ['均在村 and then 情绪平稳', '清河村研判：排查纠纷0起，重点人员3人，均在村，情绪平稳'],
  ])('all key persons said stable (%s) is 0 abnormal, as the contract says', (_l, text) => {
    expect(counts(text).keyPersonsAbnormal).toBe(0);
  });

  it.each([
    ['均在家 alone', '杨树村研判：排查纠纷0起，重点人员3人，均在家'],
    ['情况稳定 (the situation, not each person)', '杨树村研判：排查纠纷0起，重点人员3人，情况稳定'],
  ])('%s leaves abnormal unsaid', (_l, text) => {
    expect(counts(text).keyPersonsAbnormal).toBeUndefined();
  });

  it('reads shorthand figures with no measure word before a comma', () => {
    expect(counts('马坊村研判 排查纠纷2，化解1，信访0，重点人员4')).toEqual({ disputesFound: 2, disputesResolved: 1, petitions: 0, keyPersons: 4 });
  });

  it('a correction that quotes the wrong figure takes the figure after 应为', () => {
    expect(counts('更正：马坊村今日研判中“化解矛盾纠纷2起”应为1起，排查3起')).toMatchObject({ disputesResolved: 1, disputesFound: 3 });
  });

  it('调处成功 N 件 is the disputes resolved', () => {
    expect(counts('杨树村今日共排查受理各类矛盾纠纷3件，调处成功2件')).toEqual({ disputesFound: 3, disputesResolved: 2 });
  });
});

describe('zero forms beyond the contract’s words', () => {
  it.each([
    ['shorthand fields answered 0 without colons', '杨树村 进京0 赴省0 到市0 集体访0'],
    ['非正常上访 and 超人数上访 negated', '杨树村今日无非正常上访，无超人数上访'],
    ['群访 and 越级访 negated in a list', '杨树村今日无群访、无越级访'],
  ])('%s is a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a shorthand form with one field above 0 is never a zero report', () => {
    const r = parse('杨树村 进京0 赴省1 到市0');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('province');
  });
});
