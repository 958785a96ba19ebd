import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that reported something while the parser filed a zero report (holdouts 12–14 at their first
// run). Each case is a variant, not a corpus line: the rule must hold for the family.

describe('a form row under a petition heading with a count is a petition, never a zero report', () => {
  it.each([
    ['进京：无\n赴省：无\n到市：1人（王某某，征地补偿问题）\n集体访：无', 'city', 1],
    ['零报告。到县：2人（李某某等）', 'county', 2],
    ['赴省：3人\n到市：无', 'province', 3],
    ['进京:一人', 'beijing', 1],
  ])('%s', (text, escalation, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.escalation).toBe(escalation);
    expect(i.people).toBe(people);
  });

  it('a row answered 0 is still the form’s none', () => {
    expect(kinds(parse('进京：0人\n赴省：无\n到市：0人\n零报告'))).toEqual(['zero_report']);
  });
});

describe('a threat or plan to petition is someone heading to petition', () => {
  it.each([
    '零报告。杨树村张某某在外地打工，今天打电话说要回来上访',
    '零报告。王某某想去告状',
    '今日零报告，刘某某打算过来上访',
  ])('%s: the named person is abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each([
    '零报告。刚才有个村民打电话说要去乡里问低保的事，已让他先来村委会',
    '今日零报告。有村民说要到镇上讨个说法',
  ])('%s: a plan to take a matter up at the township, no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it.each(['零报告。有村民要去镇上买化肥', '零报告。李某某说要去镇里看病'])('%s: an errand stays a zero report', (text) => {
    expect(kinds(parse(text))).toContain('zero_report');
  });
});

describe('someone gone and being searched for, or unsure to be home, is abnormal', () => {
  it.each([
    '零报告 零报告 （王某某去省城了，村里正在找）',
    '杨树零报告，不过听村民讲刘某某今天好像不在家，我去看一下',
    '今日零报告，李某某不在家，村干部到处找',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('正在找工作 is no search for a person', () => {
    expect(kinds(parse('零报告，李某某儿子正在找工作'))).toEqual(['zero_report']);
  });
});

describe('a quarrel told as a story, settled the same day, is a dispute found that day', () => {
  it.each([
    '杨树村今日零报告。另：下午三组两户因修路占地吵了几句，村调委会已上门调解好了',
    '零报告。两家邻居因为排水拌了几句嘴，已劝开',
    '零报告，张某某和弟弟争了几句，现已和好',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });
});

describe('a petition of a day just past, told now, forbids the zero report', () => {
  it.each([
    '零报告。备注：本村杨某某昨天去县信访局反映林权问题，今日已回家。',
    '杨树村今日零报告。另补报一个情况：上周五下午有2名居民去区信访局反映停车位问题，今天才了解到。',
    '零报告。前天李某某到市信访办反映补偿款的事，今天回来了',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['零报告。昨天没有人去县信访局', '零报告。补充说明：上周五王某某去市信访局的事已经报过了，这两天在家，情绪稳定。'])('%s: denied or filed before, still a zero report', (text) => {
    expect(kinds(parse(text))).toContain('zero_report');
  });
});
