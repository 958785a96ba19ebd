import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/parser/normalize.js';
import { kinds, only, parse } from './helpers.js';

// The families of issue 12: wording seen in real reports that the parser misread. One case or two per family,
// in this file's own made-up units, so the rules are about the wording and not a corpus.

describe('spacing, forms and tables', () => {
  it.each([
    ['spaces between single characters', '前进社区  零 报 告'],
    ['full-width spaces between every character', '前　进　社　区　零　报　告'],
  ])('%s are typing, not pauses', (_l, text) => {
    expect(only(parse(text, '前进社区'), 'zero_report').unit).toBe('前进社区');
  });

  it('keeps the space between two words of two characters (two units)', () => {
    const r = parse('马坊 清河两村今日均零报告', null);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : null))).toEqual(['马坊村', '清河村']);
  });

  it('a form field answered 无 negates every thing it lists (集体访、联名信：无)', () => {
    expect(kinds(parse('杨树村\n一、进京上访：无\n二、集体访、联名信：无\n三、矛盾纠纷：无'))).toEqual(['zero_report']);
  });

  it('reads 项目：数量 fields with 数/数量 and no measure word', () => {
    const a = only(parse('杨树村日研判\n矛盾纠纷排查数：3件\n调处化解数：3件\n重点人员稳控数量：8人'), 'daily_assessment');
    expect(a.counts).toEqual({ disputesFound: 3, disputesResolved: 3, keyPersons: 8 });
    expect(only(parse('杨树村日研判：纠纷排查数2，调处成功2件，稳控数量5人'), 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 2, keyPersons: 5 });
    expect(only(parse('杨树村今日解决2件，受理信访事项0件'), 'daily_assessment').counts).toEqual({ disputesResolved: 2, petitions: 0 });
  });

  it('turns Excel rows into field:value clauses (a header over figures, or label-figure pairs)', () => {
    expect(normalizeText('杨树村\t排查\t3\t化解\t3').text).toBe('杨树村,排查:3,化解:3');
    const a = only(parse('杨树村日研判\n排查纠纷数\t化解数\t重点人员数\n3\t2\t8'), 'daily_assessment');
    expect(a.counts).toEqual({ disputesFound: 3, disputesResolved: 2, keyPersons: 8 });
  });

  it('reads a table of units, one report per row', () => {
    const r = parse('12月1日零报告汇总\n序号\t单位\t情况\n1\t杨树村\t无\n2\t马坊村\t无', null);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['杨树村', '马坊村']);
  });

  it('a person form (姓名：…\\n行踪：…) is one person', () => {
    const p = only(parse('杨树村重点人员\n姓名：王某某\n行踪：在家'), 'key_person').persons;
    expect(p).toEqual([{ name: '王某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it.each([
    ['a signature line', '杨树村今日零报告。村支书：贺某（签字）'],
    ['a reporter and a phone number', '杨树村今日零报告。报告人：王某某 联系电话：13912345678'],
  ])('%s is neither a key person nor an incident', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('whose and when: clause scope', () => {
  it.each([
    ['a past petition', '杨树村今日零报告，上月赴京上访的郭某某已息诉罢访'],
    ['last year', '杨树村零报告。去年元旦有人去北京上访过，今年我们提前做好工作'],
    ['disputes of an earlier period', '杨树村今日零报告，前期排查的2起纠纷已化解'],
    ['hearsay about another township', '杨树村零报告。听说隔壁青山镇昨天有十几个人去市里集体访了'],
  ])('%s is not today’s news of the unit', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a warning to everyone built on another village’s case reports nothing', () => {
    expect(parse('上周有个村出现了赴省上访，大家一定要吸取教训').reports.some((r) => r.kind === 'incident')).toBe(false);
  });

  it('the other party of a dispute is not another place (与邻村起了争执)', () => {
    expect(kinds(parse('杨树村即时报告：村民符某某家与邻村在山林界址上起了争执，双方十来个人在山上对峙'))).toContain('incident');
  });

  it('有个村民 is a villager of ours, not another village', () => {
    expect(kinds(parse('杨树村零报告，另外有个村民上午跑到县里去了，说是要告村干部'))).toEqual(['incident']);
  });

  it('a dispute told as news of the day is never a zero report, even settled', () => {
    const r = parse('杨树村今日零报告，村民李某某到村委会反映宅基地纠纷，已调解');
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it('暂未表现出上访意愿 is a negation', () => {
    expect(kinds(parse('杨树村重点人员王某某在家，暂未表现出上访意愿'))).toEqual(['key_person']);
  });
});

describe('zero reports without the word', () => {
  it.each([
    ['无涉稳情况, 特此报告', '经排查，本村今日无涉稳情况，特此报告'],
    ['a form of zeros', '杨树村 进京：0 赴省：0 到市：0 集体访：0'],
    ['未发现 before the usual list', '杨树村今日：未发现越级访、未发现集体访'],
    ['今日情况：无', '杨树村今日情况：无。'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text))).toContain('zero_report');
  });

  it.each([
    ['the duty talked about', '每天都要报，没有情况也要报一声'],
    ['a template', '零报告模板：××村×月×日零报告，无进京赴省到市上访'],
  ])('but not %s', (_l, text) => {
    expect(kinds(parse(text, null))).not.toContain('zero_report');
  });
});

describe('units', () => {
  it('a place not on the roster named before the report is not filed under the sender’s unit', () => {
    const r = parse('李家庄零报告', '杨树村');
    expect(r.reports.every((x) => x.kind !== 'zero_report' || x.unit === null)).toBe(true);
    expect(r.warnings).toContain('unknown_unit');
  });
});
