import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/parser/normalize.js';
import { kinds, parse } from './helpers.js';

// Zero reports in the wording people really use besides 零报告: checked and nothing found (经排查，暂未发现…特此报告),
// a calm place (今日村里平稳), 零报告 typed with one homophone wrong (灵报告, 零保告); and the safety rule over all of them.

const zero = (unit: string) => [{ kind: 'zero_report', unit, date: '2026-11-20' }];

describe('零报告 with one homophone wrong is read as 零报告', () => {
  it.each([
    ['领 for 零', '马坊村领报告', '马坊村'],
    ['灵 for 零', '清河村今日灵报告', '清河村'],
    ['令 for 零', '红星村令报告，无进京赴省到市上访', '红星村'],
    ['保 for 报', '马坊村零保告', '马坊村'],
    ['宝 for 报', '凤凰社区今天零宝告', '凤凰社区'],
    ['〇 for 零', '〇报告 清河', '清河村'],
    ['0报高', '马坊村0报高', '马坊村'],
    ['木有 for 没有 beside it', '红星村领报告 今天木有情况', '红星村'],
  ])('%s', (_l, text, unit) => {
    const r = parse(text);
    expect(r.reports).toEqual(zero(unit));
    expect(r.unsure).toBeUndefined();
  });

  it('two homophones wrong is asked back, not filed', () => {
    const r = parse('灵保告');
    expect(kinds(r)).toEqual(['chatter']);
    expect(r.unsure?.reason).toBe('typo');
  });

  it('a misspelt 零报告 beside a petition is no zero report either', () => {
    const r = parse('马坊村灵报告，村民赵某某今天去县里上访了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });

  it.each([
    ['带领 (lead)', '书记带领报告组下村', '带领报告'],
    ['去领 (collect)', '明天去领报告', '去领报告'],
    ['树木有', '村口树木有三棵倒了', '树木有'],
  ])('not a typo: %s', (_l, text, kept) => {
    expect(normalizeText(text).text).toContain(kept);
  });
});

describe('checked and nothing found: a zero report without the word', () => {
  it.each([
    ['暂未发现…特此报告', '清河村：经排查，今日暂未发现矛盾纠纷和信访苗头。特此报告。', '清河村'],
    ['未发现 and 无…问题', '凤凰社区经排查未发现矛盾纠纷，无信访问题，特此报告', '凤凰社区'],
    ['没有发现不稳定因素', '红星村今日没有发现不稳定因素', '红星村'],
    ['nothing to report', '马坊村今天暂无需要上报的', '马坊村'],
    ['a calm village', '清河村今日村里平稳', '清河村'],
    ['a calm area', '凤凰社区今天辖区总体稳定', '凤凰社区'],
    ['all calm', '红星村今天村里一切平稳。', '红星村'],
    ['an old dispute settled, none new', '马坊村今天无新增矛盾纠纷，张家的赡养纠纷已调解', '马坊村'],
    ['没情况', '红星村今天没情况', '红星村'],
    ['一切如常', '清河村今天一切如常', '清河村'],
    ['无事可报', '凤凰社区今日无事可报', '凤凰社区'],
    ['太平', '马坊今天太平', '马坊村'],
    ['木有啥事', '红星村今天木有啥事', '红星村'],
  ])('%s', (_l, text, unit) => {
    expect(parse(text).reports).toEqual(zero(unit));
  });

  it.each([
    ['a duty, not the day', '请各村做好维护社区稳定工作', null],
    ['the zero report’s register', '督导组明天检查，请把零报告登记本准备好', null],
    ['the zero report’s ledger', '零报告台账下周一交到综治办', '杨树村'],
  ])('talk, not a zero report: %s', (_l, text, sender) => {
    expect(kinds(parse(text, sender))).not.toContain('zero_report');
  });
});

describe('the safety rule holds for every zero wording', () => {
  it.each([
    ['a calm village and a quarrel', '马坊村今日村里平稳，下午两户因宅基地吵架，已调解'],
    ['nothing found and a petition', '红星村暂未发现矛盾纠纷，王某某今天去市里上访了'],
    ['一切正常 and a dispute settled that day', '马坊村一切正常，一户纠纷已化解'],
    ['零报告 and a dispute settled that day', '清河村零报告，两户的矛盾当场化解了'],
    ['a rumour still being checked', '凤凰社区零报告，听说陈某某去北京了，正在核实'],
    ['没情况 and a petition', '马坊村零报告，今天没情况，王某某去县里上访了'],
    ['a matter still open', '清河村零报告，王某某进京的事还没平息'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it('a rumour that was checked and found false does not spoil the zero report', () => {
    const r = parse('凤凰社区今天零报告，下午群里传陈某某去北京了，经核实是误传，人在家');
    expect(kinds(r)).toContain('zero_report');
    expect(r.reports.flatMap((x) => ('persons' in x ? x.persons : []))).toEqual([{ name: '陈某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it('news the county sent round, with no one of the unit in it, is not the unit’s news', () => {
    expect(parse('红星村零报告。镇里通报的那起到市集体访，我村逐户排查，无人参与').reports).toEqual(zero('红星村'));
  });
});
