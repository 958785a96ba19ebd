import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 75 (皖南, 清明/五一 2041) and 76 (河北 坝上, 元旦 2042) misses.
describe('holdouts 75-76', () => {
  it('a name before 那家 or 老太太, then the person’s mood', () => {
    expect(only(parse('杨树村零报告。区里要求民宿证照不全的停业整改，方向东那家在名单里，他有点情绪'), 'key_person').persons[0]).toMatchObject({ name: '方向东', state: 'abnormal' });
    expect(only(parse('杨树村零报告。就是武秀兰老太太又打电话说补贴还没到卡上，说明天要去镇里问问，先劝住了'), 'key_person').persons[0]).toMatchObject({ name: '武秀兰', state: 'abnormal' });
  });

  it('a quarrel of yesterday told today, the other side named at length, is that day’s incident', () => {
    const r = parse('杨树村零报告。昨天下午胡富贵跟马坊村的人在山上为界桩又吵了一架，当时就劝开了，忘记报了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').date).toBe('2026-11-19');
  });

  it('a conditional threat with 要是 and a city named before its seat (去张家口市里)', () => {
    const r = parse('杨树村零报告。闫福贵说禁牧补贴要是还按老标准，他就领着人去张家口市里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'city' });
  });

  it('重点人员侯三小1人在村 is 1 key person', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷0起，重点人员侯三小1人在村，无异常，稳定可控'), 'daily_assessment').counts).toMatchObject({ keyPersons: 1, keyPersonsAbnormal: 0 });
  });

  it('还差哪几个村 asks who is missing; 确认签字 signs', () => {
    expect(parse('@平安助手 今天还差哪几个村', null).reports).toEqual([{ kind: 'command', name: 'missing' }]);
    expect(parse('杨树村今日报告，驻村工作队队长冀文斌确认签字').reports).toEqual([{ kind: 'command', name: 'confirm' }]);
  });
});
