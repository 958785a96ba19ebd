import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// News of the day told in passing beside 零报告: never a zero report. Invented variants of four families.
describe('news of the day beside 零报告', () => {
  it.each([
    ['a dispute mediated today', '马坊村零报告，今天调解了一起邻里纠纷，已化解'],
    ['a group asking at the township', '清河村今日零报告。但今天仍有6名村民到镇里询问补偿款进度'],
    ['a few asking, counted after', '红星村零报告 今天几个老人去镇上问了问养老金的事 一共7个 已经回去了'],
    ['a matter of this morning', '前进社区零报告（上午王某某去市里的事已经劝回来了，人在家）'],
    ['villagers asking at the township, answered there', '马坊村零报告。今天下午有4个村民到镇里问土地补偿的事，已当面答复。'],
    ['wages demanded at the township', '清河村零报告，今天上午王某某带着两个老乡又去镇里要工资了。'],
    ['a dispute told with 有个', '红星村零报告 无进京上访 对了今天2组有个纠纷 排查出来了 已经化解'],
    ['an objection being handled on the spot', '前进社区零报告。五楼住户今天又把楼道堵了，楼上的人不服，正在现场协调。'],
  ])('%s', (_l, text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each([
    ['an earlier dispute settled today', '马坊村零报告，前期排查的纠纷今天化解1起'],
    ['none found today, one old settled', '马坊村零报告。排查纠纷0起，化解纠纷1起'],
    ['a matter of last week', '马坊村零报告，上周王某某去北京的事已经处理完了'],
    ['work planned, nobody objecting', '杨树村零报告，正在协调明年的修路资金'],
  ])('…but not %s', (_l, text) => {
    expect(kinds(parse(text))).toContain('zero_report');
  });

  it('a group asking at the township is a collective incident there', () => {
    expect(only(parse('凤凰社区今天有部分居民（6人）到街道办询问加装电梯补贴进度'), 'incident')).toMatchObject({ escalation: 'township', people: 6, collective: true });
  });

  it('a key persons’ report that negates their intentions is no zero report', () => {
    const r = parse('重新上报：马坊村重点人员动态，孙某某在家，情绪已平稳，无进京赴省到市意向。');
    expect(kinds(r)).toEqual(['key_person']);
  });
});
