import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 83 (江汉 湖区, 国庆 2045) and 84 (舟山 海岛, 春节 2046) misses, one family each.
describe('holdouts 83-84', () => {
  it('a bot named 平安通/平安宝 is the bot, and 查下X报了冇 asks who has not reported', () => {
    expect(only(parse('@清河平安通 模板发一个', null), 'command').name).toBe('help');
    expect(only(parse('@杨树平安宝 查下马坊报了冇', null), 'command').name).toBe('missing');
  });

  it('舟山 and 宁波 calm words make a zero report: 么事体, 么啥事体, 太太平平', () => {
    expect(parse('杨树今朝么啥事体，一切太平').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
    expect(kinds(parse('阿拉马坊今朝太太平平，么事体哦', '马坊村'))).toEqual(['zero_report']);
  });

  it('湖北 么斯/么事 and a typo of 零 (林报告)', () => {
    expect(kinds(parse('杨树村今天冇得么斯情况，报个零'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村今日林报告，杨国兵'))).toEqual(['zero_report']);
  });

  it('昨天零报告忘了报，补上 files yesterday’s zero report (no 的 needed)', () => {
    expect(parse('昨天零报告忘了报，补上。').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-19' }]);
  });

  it('a neighbour next door (隔壁林彩凤) is someone of ours, and 吵了一场 is a quarrel', () => {
    const r = parse('杨树村零报告。另外讲一下，饭店昨夜放音乐放到一点钟，隔壁郑彩凤上门吵了一场，今早已调解好。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
    // …while 隔壁 before a place is still another place's news.
    expect(kinds(parse('听说隔壁青山镇昨天有十几个人去市里集体访了，杨树村今天零报告'))).toEqual(['zero_report']);
  });

  it('voice input: 乡正府上方 is 乡政府上访', () => {
    expect(only(parse('杨树村民6人到乡正府上方，反应渡船票价问题'), 'incident')).toMatchObject({ people: 6 });
  });

  it('浙 surnames 应/忻/贝/乐 in a key persons’ message, and 阿 names', () => {
    expect(only(parse('杨树村重点人员：应国强情绪激动，扬言要到市里反映，目前在家。'), 'key_person').persons[0]).toMatchObject({ name: '应国强', state: 'abnormal' });
    expect(only(parse('杨树村零报告，无进京赴省到市访。忻海林今天讲补贴少发了，情绪有点激动'), 'key_person').persons[0]!.name).toBe('忻海林');
    expect(only(parse('杨树村重点人员周秀娣、贝阿四均在家，无异常'), 'key_person').persons.map((p) => p.name)).toEqual(['周秀娣', '贝阿四']);
  });

  it('gone by boat to a named place, or at sea, is away; 在X朋友家 too', () => {
    expect(only(parse('杨树村重点人员鲍其林，今天早上坐船去岱山了，讲去看毛病，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('岑根发今天跟船出海了，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('续：鲍其林找到了，在沈家门朋友家里打牌'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it('湖北 屋里 is home, and a name before 打电话', () => {
    expect(only(parse('皮德旺今天在屋里，上午克塘里看了虾'), 'key_person').persons[0]).toMatchObject({ name: '皮德旺', whereabouts: 'home' });
    expect(only(parse('聂小平打电话说已经在回来的路上，明天到家'), 'key_person').persons[0]!.name).toBe('聂小平');
  });

  it('a person who is not to be found (不见了) is news of a person', () => {
    expect(only(parse('王国平今天一早就不见了，正在找'), 'key_person').persons[0]).toMatchObject({ name: '王国平', state: 'abnormal' });
  });
});
