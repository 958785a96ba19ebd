import { describe, expect, it } from 'vitest';
import { kinds, parse } from './helpers.js';

describe('zero reports', () => {
  it.each([
    ['the bare word', '马坊村零报告', '马坊村'],
    ['0报告', '马坊村0报告', '马坊村'],
    ['零报 and 今日', '马坊村今日零报', '马坊村'],
    ['an alias', '马坊今天零报告', '马坊村'],
    ['the unit after the word', '零报告 清河', '清河村'],
    ['Traditional characters', '清河村今日零報告，無進京赴省到市上訪，無集體訪', '清河村'],
    ['full-width digits', '红星村１１月２０日零报告', '红星村'],
    ['emoji', '✅红星村零报告🙏🙏', '红星村'],
    ['an @-mention of the bot', '@机器人 红星村零报告', '红星村'],
    ['a header and a numbered negated list', '【前进社区零报告】\n1、无进京赴省到市上访；\n2、无集体访、联名信；\n3、无群体性事件。\n报告人：周敏 13800001111', '前进社区'],
    ['the negated list alone', '凤凰社区：今日无进京赴省到市上访、无集体访、无越级访。', '凤凰社区'],
    ['negated items split by 、', '清河村今日零报告\n无进京、赴省、到市上访\n重点人员均在控', '清河村'],
    ['平安无事', '清河村今日平安无事，零报告。', '清河村'],
    ['一切正常 without the word', '红星村今天一切正常', '红星村'],
    ['无情况', '红星村今日无情况', '红星村'],
    ['a typo 上方 in the negated list', '红星村零报告，无进京赴省到市上方', '红星村'],
    ['我村 is the sender\'s unit', '我村今日零报告', '杨树村'],
    ['no unit named: the sender\'s', '今日零报告，无集体访', '杨树村'],
    ['a proxy report from the office', '清河村今日零报告（镇包村干部代报）', '清河村'],
  ])('%s', (_label, text, unit) => {
    const r = parse(text);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit, date: '2026-11-20' }]);
    expect(r.unclear).toBe(false);
  });

  it.each([
    ['two aliases and 两村', '马坊、清河两村今日均零报告', ['马坊村', '清河村']],
    ['full names with 、', '红星村、前进社区11月20日零报告（镇综治办汇总代报）', ['红星村', '前进社区']],
    ['three units with 和', '杨树村、马坊村和清河村今日零报告', ['杨树村', '马坊村', '清河村']],
  ])('several units in one message: %s', (_label, text, units) => {
    const r = parse(text, null);
    expect(kinds(r)).toEqual(units.map(() => 'zero_report'));
    expect(r.reports.map((x) => ('unit' in x ? x.unit : undefined))).toEqual(units);
  });

  it('a unit named later in passing does not make a second report', () => {
    const r = parse('杨树村零报告。重点人员王某某在马坊亲戚家，稳定');
    expect(r.reports.filter((x) => x.kind === 'zero_report')).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });

  it('an unknown unit: unit null and a warning', () => {
    const r = parse('白沙村今日零报告', null);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: null, date: '2026-11-20' }]);
    expect(r.warnings).toContain('unknown_unit');
  });

  it('a sender outside the roster with no unit in the text: unit null and a warning', () => {
    const r = parse('今日零报告', '不存在村');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: null, date: '2026-11-20' }]);
    expect(r.warnings).toContain('unknown_unit');
  });

  it('no unit at all (an office sender): unit null and no_unit', () => {
    const r = parse('今日零报告', null);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: null, date: '2026-11-20' }]);
    expect(r.warnings).toContain('no_unit');
  });

  it.each([
    ['昨日 + 补报', '马坊村昨日零报告，补报', '2026-11-19'],
    ['a named date + 补报', '补报：马坊村11月18日零报告，前天忘了发', '2026-11-18'],
    ['late after midnight with the day named', '马坊村11月19日零报告（开会晚了）', '2026-11-19'],
  ])('补报 is a late report, not a correction: %s', (_label, text, date) => {
    const r = parse(text);
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '马坊村', date }]);
  });
});

describe('talk about a zero report is not a zero report', () => {
  it.each([
    '今天的零报告晚点报，书记在开会',
    '@李主任 我们村的零报告已经发了，麻烦查收',
    '零报告稍后发',
    '收到，零报告已发',
    '请问零报告发群里还是私发？',
    '我们的零报告要不要写报告人？',
    '好的，我们村明天一早补报零报告',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['chatter']);
    expect(r.unclear).toBe(false);
  });

  it.each([
    '@所有人 节日期间各村每天16点前报零报告，严禁漏报瞒报。',
    '镇信访办提醒：要严防进京赴省到市上访，重点人员落实包保责任，有情况立即报告。',
    '县里通知，今晚各村再排查一遍重点人员，没情况明早报零报告。',
    '明天上午九点召开维稳工作会议，请各村书记参加。',
  ])('a leader\'s notice is chatter: %s', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });
});
