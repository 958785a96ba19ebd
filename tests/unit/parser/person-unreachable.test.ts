import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Someone who cannot be reached is a person to worry about, however it is put; a calm word negated (没找到, 不正常)
// says the opposite of itself. Invented variants, none from a corpus.
describe('a key person who cannot be reached', () => {
  it.each([
    ['没联系上', '马坊村重点人员孙某某今天一直没联系上'],
    ['联系不到', '清河村：吴某某从早上到现在联系不到'],
    ['phone off and not found', '红星村周某某手机关机，人没找到'],
    ['still not found', '前进社区陈某某昨晚出门，到现在还没找到'],
    ['失去联系', '凤凰社区重点人员朱某某与家人失去联系'],
    ['mood not normal', '马坊村重点人员王某某情绪不正常，在家里骂人'],
    ['not home last night', '清河村郑某某昨晚没回家'],
    ['找不到了, no key-person word', '红星村：褚某某找不到了'],
  ])('%s is abnormal', (_l, text) => {
    const p = only(parse(text), 'key_person').persons;
    expect(p).toHaveLength(1);
    expect(p[0]?.state).toBe('abnormal');
  });

  it('beside 零报告 it forbids the zero report', () => {
    const r = parse('杨树村今日零报告，重点人员刘某某电话一直打不通，没联系上');
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each([
    ['reached again', '马坊村孙某某前两天手机关机，今天已联系上，在家，稳定'],
    ['found', '清河村吴某某已找到，在亲戚家，情绪稳定'],
  ])('%s is stable', (_l, text) => {
    expect(only(parse(text), 'key_person').persons[0]?.state).toBe('stable');
  });

  it('none unreachable is still a zero report', () => {
    expect(kinds(parse('杨树村今日零报告，重点人员均在家，无失联、无联系不到情况'))).toEqual(['zero_report']);
  });
});
