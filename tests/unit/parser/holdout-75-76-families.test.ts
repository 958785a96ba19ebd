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

  it('a name before a festival (鲍长寿清明去合肥儿子家过节了) or 的包保人', () => {
    expect(only(parse('杨树村零报告。重点人员鲍长寿清明去合肥儿子家过节了，每天视频联系，情绪稳定。'), 'key_person').persons[0]).toMatchObject({ name: '鲍长寿', whereabouts: 'away', state: 'stable' });
    expect(only(parse('杨树村零报告，许多福的包保人方卫东今天在他家陪他吃饭，人在家里'), 'key_person').persons.map((p) => p.name)).toEqual(['许多福']);
  });

  it('黄姓因… is a clan, no name', () => {
    expect(kinds(parse('杨树村即时报告：谭姓与马坊村黄姓因清明祭扫，对祖坟山边界有争议，双方约30余人在山上聚集争吵'))).toEqual(['incident']);
  });

  it('the office’s rule 遇…，须…报告 is no incident', () => {
    expect(kinds(parse('@所有人 清明期间各村实行每日零报告制度。遇进京、赴省、到市上访和集体访，须30分钟内电话报告。', null))).toEqual(['chatter']);
  });

  it('a 续报 of someone picked up in Beijing is the incident’s follow-up, office reached or not', () => {
    expect(kinds(parse('续报：王有福已在北京南站被接住，没去信访接待场所，民警明天陪他回来'))).toEqual(['key_person', 'incident']);
  });

  it('the office that has notified is nobody’s destination; people at the office, then 已通知, still are there', () => {
    expect(kinds(parse('收到。区信访局已通知，黄委员带队过去了，杨树村把名单报上来', null))).toEqual(['chatter']);
  });
});
