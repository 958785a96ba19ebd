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
