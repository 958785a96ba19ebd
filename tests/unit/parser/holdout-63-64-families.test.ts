import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 63 (a 豫东 township, 两会 2039) and 64 (a 辽宁 老工业区 街道, 元旦 2039)
// at their first runs. Each case is an invented variant, never a corpus line.
const names = (text: string) => only(parse(text), 'key_person').persons.map((p) => p.name);

describe('a named person’s news with no report word in it', () => {
  it.each([
    ['周德明上午10点到家了 包保干部刘建国24小时守着', '周德明'],
    ['周德明今天早上坐车去郑州了，他说是去医院陪他儿，包保干部跟着一起去了', '周德明'],
    ['周德明今儿去镇上集上赶集了 包保干部跟着 情绪中', '周德明'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('更正：X不是在北京打工: the person corrected', () => {
    expect(only(parse('更正：孙志刚不是在北京打工，是在天津打工，电话联系正常'), 'key_person')).toMatchObject({ correction: true, persons: [{ name: '孙志刚', whereabouts: 'away' }] });
  });
});

describe('a 续报/终报 of a person back home: the person and the incident’s follow-up', () => {
  it.each(['续报：马金锁已经回家了，镇里答应下周一给他答复', '终报：刘桂荣下午2点半已回到家，情绪平稳'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['key_person', 'incident']);
  });

  it('found when missing (找着了) is only the person’s news', () => {
    expect(kinds(parse('续报：高树林找着了，在他二姐家喝多了睡了一宿，现已回家，情绪稳定'))).toEqual(['key_person']);
  });
});

describe('满族 surnames in a key persons’ list', () => {
  it.each([
    ['杨树村重点人员动态：关淑珍在家，稳定；那德顺在家，稳定；富春生在大连，稳定。', ['关淑珍', '那德顺', '富春生']],
    ['杨树村重点人员关淑珍、那德顺、富春生均在家，情绪稳定。', ['关淑珍', '那德顺', '富春生']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['杨树村零报告，下岗职工那几个都在家，没甚情况', '杨树村日研判：排查矛盾纠纷1件（村民和林场因为运材车压坏村路），重点人员2名，均稳定'])('%s: no name', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });
});
