import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 91 (川西 阿坝, 国庆 2047) and 92 (苏北 里下河, 元旦 2048) misses, one family each.
describe('holdouts 91-92', () => {
  it('a name before its day (卜月娥1月1日情况：…, 茆长根 1.2 在家) is a key person, not a zero report', () => {
    const r = parse('杨树村卜秀娥1月1日情况：在村，无异常');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(parse('宗来福1月3日动态：在家中，情绪平稳，未发现赴京迹象'), 'key_person').persons[0]!.name).toBe('宗来福');
    expect(only(parse('茆长林 1.2 在家 稳定 包保人尤志刚 已见面'), 'key_person').persons[0]!.name).toBe('茆长林');
  });

  it('苏北 相打 is a fight: a zero report beside it is no zero report', () => {
    const r = parse('杨树村今天零报告，就是下午两家为沟渠相打，派出所来过了，已经拉开');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('surnames 蒯/茆, and 伏/薄/冒 in names of three', () => {
    expect(only(parse('伏桂芝、茆长林两人下午到镇里参加座谈会，会后回家了，情绪稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['伏桂芝', '茆长林']);
    expect(only(parse('蒯春山已找到，在南京他女儿家，说不上访'), 'key_person').persons[0]!.name).toBe('蒯春山');
  });

  it('藏族 names of 泽仁/尼玛/让布', () => {
    expect(only(parse('杨树村重点人员动态：泽仁多吉在村，稳定；扎西尼玛在草场上放牦牛，稳定。'), 'key_person').persons.map((p) => p.name)).toEqual(['泽仁多吉', '扎西尼玛']);
  });
});
