import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind the other misses of blind holdouts 49 and 50 (read after their unsafe families were
// fixed). Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('the key persons said all stable after their figure: 0 abnormal (the contract: 均稳定, 无异常 → 0)', () => {
  it.each([
    '杨树村研判：纠纷0，信访0，重点人员1名（周某某）在家稳定，总体平稳',
    '杨树村研判：排查纠纷0起，重点人员1人（王德贵）情绪稳定，总体平稳',
    '杨树村研判：排查纠纷1起，化解0起，重点人员3名，均在家，稳定；研判：稳定可控',
    '杨树村研判：矛盾纠纷0起；信访0；重点人员2人均在厂务工，稳定。平稳。',
    '杨树村研判：发现矛盾纠纷0件；辖区重点人员1名，现实表现稳定，总体平稳',
  ])('%s', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });

  it.each([
    '杨树村研判：排查纠纷1起，重点人员2人，其中1人情绪波动，需关注',
    '杨树村研判：排查纠纷0起，重点人员两个都在家 总体平稳',
    '杨树村研判：排查纠纷0起，重点人员3人（周某某外出未归），需关注',
  ])('%s: no 0 abnormal', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).not.toBe(0);
  });
});

describe('names written 姓某X', () => {
  it.each([
    ['重点人员：周建业今日在家。周某海稳定。', '周某海'],
    ['杨树村研判：排查纠纷0起，重点人员1人（冯某强），无异常。', '冯某强'],
    ['冯某某、冯某勇父子今天都在村里，稳定', '冯某勇'],
  ])('%s names %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toContain(name);
  });

  it('罗某两兄弟: a numeral after 某 counts the people', () => {
    expect(only(parse('杨树村罗某某、罗某两兄弟今天都在家，情绪稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['罗某某', '罗某']);
  });
});

describe('a headerless table of key persons: its first row is a person, not a header', () => {
  it('蔡木桂	在家	稳定 over 蔡某某	汕头务工	稳定', () => {
    const persons = only(parse('重点人员在位情况：\n周木根\t在家\t稳定\n周某某\t深圳务工\t稳定'), 'key_person').persons;
    expect(persons).toEqual([
      expect.objectContaining({ name: '周木根', whereabouts: 'home' }),
      expect.objectContaining({ name: '周某某', whereabouts: 'away' }),
    ]);
  });

  it('a header with 在调 or 在家情况 is still a header', () => {
    expect(only(parse('单位\t排查\t化解\t在调\t重点人员\t异常\n杨树村\t2\t1\t1\t5\t0'), 'daily_assessment').counts).toMatchObject({ disputesFound: 2, disputesResolved: 1, keyPersons: 5 });
  });
});

describe('where a key person is', () => {
  it.each([
    ['重点人员：\n1. 周德才，商铺补偿诉求，在位：在铺经营，表现：稳定', 'home'],
    ['重点人员：周德才 在店里 稳定', 'home'],
    ['重点人员在位情况：周德才：泉州经商未回（电话联系正常），稳定', 'away'],
  ])('%s: %s', (text, where) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name: '周德才', whereabouts: where });
  });
});

it('names listed, then how many they are (周明高、余世才两个都在村头，稳定)', () => {
  const r = parse('杨树村今日零报告。周明高、余世才两个都在村头，稳定。');
  expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['周明高', '余世才']);
});

describe('where a key person is, said by what the person does', () => {
  it.each([
    ['杨树村重点人员：周国兵今天在园区上班，情绪稳定', 'home'],
    ['杨树村重点人员：周国兵今天早上去菜市场买菜，稳定', 'home'],
    ['杨树村重点人员：周国兵今天去镇上赶集了，稳定', 'home'],
    ['杨树村重点人员：周国兵今天去县城赶集了，稳定', 'away'],
    ['杨树村重点人员：周国兵找到了，在綦江区人民医院住院，他儿子陪着，情绪稳定', 'away'],
    ['杨树村重点人员：周国兵在丽水市区女儿家带孙子，稳定', 'away'],
  ])('%s: %s', (text, where) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name: '周国兵', whereabouts: where });
  });
});

describe("a leader's word that someone must not be let go", () => {
  it.each(['杨树村这个工伤的，叫司法所去调，莫让他们跑区里。', '书记把人稳住，别让他们去市里', '请社区做好解释，不要让群众再跑镇里。'])('%s: nothing happened', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });
});
