import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// A zero report said in everyday chat that the parser took for talk (holdout 13 at its first run); invented variants.

describe('a zero report beside a remark, a channel check or a wrong-group note', () => {
  it.each([
    '喂喂 杨树村 零报告 零报告 听得到吗',
    '马坊村零报告，能收到吗',
    '杨树村今日零报告，周日照常报送😂',
    '清河村今天情况正常，没什么要报的',
    '红星村今天一切正常，没啥要报的',
  ])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('yesterday’s zero report sent to another group is that day’s', () => {
    expect(only(parse('领导，昨天马坊的零报告我发到另一个群了，截图如下[图片]'), 'zero_report')).toMatchObject({ unit: '马坊村', date: '2026-11-19' });
  });

  it.each(['零报告今天照常报', '没有情况也要报', '零报告收到吗？'])('%s stays talk about the report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });
});

describe('more kind wording', () => {
  it('坚持节后赴省 is the person’s plan, not a petition made', () => {
    expect(kinds(parse('马坊村何某某今日仍情绪激动，坚持过完节去省里上访，家属看护，人在家中'))).toEqual(['key_person']);
  });

  it('a ditch blocked is no crowd blocking, people blocking a road are', () => {
    expect(kinds(parse('杨树村：两户因排水沟堵塞吵了几句，已调解'))).toEqual(['incident']);
    expect(kinds(parse('杨树村研判：排查矛盾纠纷1起（下水管堵塞），已化解，平稳'))).not.toContain('incident');
    expect(only(parse('马坊村20余名村民堵塞乡道，要求补偿'), 'incident').collective).toBe(true);
  });

  it('a dispute ledger’s record, a field a line, is one dispute found', () => {
    const r = parse('矛盾纠纷排查台账\n序号：1\n纠纷类型：相邻纠纷（排水沟堵塞）\n当事人：王某某、李某某\n化解情况：已调解');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts.disputesFound).toBe(1);
  });
});

describe('several days’ zero reports listed at once', () => {
  it.each<[string, string[]]>([
    ['杨树村补报：11月17日、11月18日均为零报告（群里发过）', ['2026-11-17', '2026-11-18']],
    ['补报：17号和18号都是零报告', ['2026-11-17', '2026-11-18']],
  ])('%s', (text, dates) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['zero_report', 'zero_report']);
    expect(r.reports.map((x) => (x as { date: string }).date)).toEqual(dates);
  });

  it('a day still to come in the list is no zero report made', () => {
    expect(kinds(parse('11月20日、11月21日都是零报告'))).not.toEqual(['zero_report', 'zero_report']);
  });
});
