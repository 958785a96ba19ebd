import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 87 (景德镇 城郊, 元旦 2047) and 88 (黔西北 乌蒙山, 春节 2047) misses, one family each.
describe('holdouts 87-88', () => {
  it('赣语 么子: 冇么子事 and 么子事都冇 say the day was quiet', () => {
    expect(kinds(parse('杨树今天冇么子情况，报个零'))).toEqual(['zero_report']);
    expect(kinds(parse('马坊今天么子事都冇哈，放心', '马坊村'))).toEqual(['zero_report']);
  });

  it('a unit named by an alias without 村, then a calm word, is read like one with 村', () => {
    expect(parse('凤凰今天没什么情况', '凤凰社区').reports).toEqual([{ kind: 'zero_report', unit: '凤凰社区', date: '2026-11-20' }]);
    // …while a bare 没什么事 with no unit is still anyone's answer.
    expect(kinds(parse('好的，没什么事'))).toEqual(['chatter']);
  });

  it('卯, 陇 and 文 as surnames after a key persons’ word or at a clause’s start', () => {
    expect(only(parse('杨树村重点人员卯春林：在村，稳定，今天帮屋头杀年猪。'), 'key_person').persons[0]!.name).toBe('卯春林');
    expect(only(parse('更正：杨树村重点人员文德昌不是在家，是外出走亲戚，稳定。'), 'key_person').persons[0]).toMatchObject({ name: '文德昌', whereabouts: 'away' });
    expect(kinds(parse('文件已经发群里了，请查收', null))).toEqual(['chatter']);
  });

  it('a 彝族 name before 情况: and in the key persons’ brackets', () => {
    expect(only(parse('吉克阿果情况：在屋头，情绪稳定，包保干部今日已见面。'), 'key_person').persons[0]).toMatchObject({ name: '吉克阿果', whereabouts: 'home' });
    expect(only(parse('杨树村研判：今天排查矛盾纠纷0起，重点人员1人（沙马阿呷）在家无异常，平稳。'), 'key_person').persons[0]!.name).toBe('沙马阿呷');
  });
});
