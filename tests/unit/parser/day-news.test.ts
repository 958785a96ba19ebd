import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// News of the day told in passing beside 零报告: never a zero report. Invented variants of four families.
describe('news of the day beside 零报告', () => {
  it.each([
    ['a dispute mediated today', '马坊村零报告，今天调解了一起邻里纠纷，已化解'],
    ['a group asking at the township', '清河村今日零报告。但今天仍有6名村民到镇里询问补偿款进度'],
    ['a few asking, counted after', '红星村零报告 今天几个老人去镇上问了问养老金的事 一共7个 已经回去了'],
    ['a matter of this morning', '前进社区零报告（上午王某某去市里的事已经劝回来了，人在家）'],
  ])('%s', (_l, text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each([
    ['an earlier dispute settled today', '马坊村零报告，前期排查的纠纷今天化解1起'],
    ['none found today, one old settled', '马坊村零报告。排查纠纷0起，化解纠纷1起'],
    ['a matter of last week', '马坊村零报告，上周王某某去北京的事已经处理完了'],
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
