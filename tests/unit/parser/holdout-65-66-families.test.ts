import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 65 (a 胶东 coastal township, 国庆 2039) and 66 (a 赣北 水库移民
// township, 春节 2039) at their first runs. Each case is an invented variant, never a corpus line.
const persons = (text: string) => only(parse(text), 'key_person').persons.map((p) => [p.name, p.whereabouts]);

describe('胶东 words and surnames', () => {
  it.each([
    ['杨树村零报告，重点人员于滨海待家里，情绪稳定。', [['于滨海', 'home']]],
    ['杨树村零报告。村民初建国今天情绪激动，嚷嚷着要去县里讨说法。', [['初建国', 'unknown']]],
    ['杨树村重点人员：矫立新在社区，稳定；战永刚在烟台务工，未返乡。', [['矫立新', 'home'], ['战永刚', 'away']]],
    ['杨树村外嫁女林秀丽今天去烟台了，说是走亲戚，包保人电话能打通。', [['林秀丽', 'away']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('初三 and 初步 are no names', () => {
    expect(kinds(parse('杨树村重点人员：初三到家的那几个都稳定'))).not.toContain('key_person');
  });
});

describe('news a zero report must not hide', () => {
  it('五六户果农聚着要流转费: a crowd pressing for a fee owed', () => {
    const r = parse('杨树村零报告 合作社那边又有五六户果农聚着要流转费，村里正在做工作');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').collective).toBe(true);
  });

  it.each(['进京0 赴省0 到市1', '单位：杨树村\n进京 0 | 赴省 0 | 到市 1 | 集体访 0\n结论：零报告'])('%s: a tally’s bare figure', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('city');
  });

  it('进京0 赴省0 到市0 is still a zero report', () => {
    expect(kinds(parse('杨树村进京0 赴省0 到市0 零报告'))).toEqual(['zero_report']);
  });

  it('有人…说…要“讨个说法”: an unnamed threat', () => {
    expect(kinds(parse('杨树村零报告。另外听讲两个宗族为祖山界址的事，有人在群里说上坟时要“讨个说法”，我们在盯。'))).not.toContain('zero_report');
  });
});
