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
