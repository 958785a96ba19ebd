import { describe, expect, it } from 'vitest';
import type { Counts, Level } from '../../../src/parser/schema.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families of wording from holdouts 14, 18 and 19 (read after scoring), each in sentences of our own: other units,
// other names, other figures and phrasings than the corpus's.

const assessment = (text: string, sender: string | null = '杨树村') => only(parse(text, sender), 'daily_assessment');
const day = (text: string) => parse(text).reports.map((r) => ('date' in r ? r.date : null));

describe('日研判 figures said loosely', () => {
  it.each<[string, string, Counts]>([
    ['a degree word between 情绪 and its word', '杨树村十五研判 纠纷排查了2起 化解了1起 重点人员6人 2人情绪略有波动 需关注', { disputesFound: 2, disputesResolved: 1, keyPersons: 6, keyPersonsAbnormal: 2 }],
    ['有点 after a comma', '马坊村研判：重点人员4人，1人情绪有点激动，排查纠纷0起', { keyPersons: 4, keyPersonsAbnormal: 1, disputesFound: 0 }],
    ['其中 with 有所', '清河村日研判：重点对象5人，其中2人情绪有所波动', { keyPersons: 5, keyPersonsAbnormal: 2 }],
    ['来访接待了 N 批', '红星村今天研判一下：没啥纠纷，来访接待了2批（问医保的），重点人员4个人都在家，平稳', { petitions: 2, keyPersons: 4 }],
    ['受理了 N 件', '凤凰社区研判：来访受理了3件，排查纠纷1起', { petitions: 3, disputesFound: 1 }],
  ])('%s', (_l, text, want) => {
    expect(assessment(text).counts).toEqual(want);
  });

  it('a figure of people without any word of their state gives no abnormal figure', () => {
    expect(assessment('杨树村研判 重点人员12人情绪稳定 平稳').counts.keyPersonsAbnormal).toBeUndefined();
  });
});

describe('the judgement: 可控 of the whole, and 结论', () => {
  it.each<[string, string, Level]>([
    ['总体可控', '马坊村日研判：新排查0起，化解0起，重点人员6名，异常0，研判：总体可控', 'stable'],
    ['基本可控', '清河村研判：排查纠纷1起，化解1起，基本可控', 'stable'],
    ['结论：稳定', '红星村日研判：新排查1起，化解1起；重点人员5人，异常0人；结论：稳定。', 'stable'],
    ['研判意见：可控', '前进社区日研判：排查纠纷2起，研判意见：可控', 'stable'],
    ['风险可控 of one matter does not outweigh 需关注', '清河村日研判：排查1起，风险可控，需关注', 'watch'],
  ])('%s', (_l, text, want) => {
    expect(assessment(text).level).toBe(want);
  });

  it('a judgement said of all the units at the end is each one’s', () => {
    const r = parse('前进社区日研判：排查矛盾纠纷3起，化解2起；凤凰社区日研判：排查矛盾纠纷1起，化解1起。两个社区均总体平稳。', null);
    expect(r.reports.map((x) => (x.kind === 'daily_assessment' ? [x.unit, x.level] : x.kind))).toEqual([
      ['前进社区', 'stable'],
      ['凤凰社区', 'stable'],
    ]);
    const w = parse('杨树村日研判：排查矛盾纠纷3起，化解2起；清河村日研判：排查矛盾纠纷1起，化解1起。以上两村都需关注', null);
    expect(w.reports.map((x) => (x.kind === 'daily_assessment' ? x.level : x.kind))).toEqual(['watch', 'watch']);
  });
});

describe('the day reported when an earlier day tells a story', () => {
  const today = SENT.slice(0, 10);
  it.each<[string, string]>([
    ['a past clause, then 今天 opens the next', '马坊村研判：李建国昨天已从县里接回，今天在家，情绪仍有波动；重点人员3人，需关注'],
    ['a matter settled before, nothing new today', '杨树村零报告，修路的事情前天已经协调好了，今天没有新情况'],
    ['a matter of an earlier day, named', '杨树村重点人员：王某某在家，情绪稳定，昨天说要去市里的事经做工作已打消念头'],
    ['a long description of who by the earlier day', '清河村昨天到县里反映拆迁补偿的十几户居民已全部返回。今日研判：排查纠纷0起，平稳'],
    ['a period’s first day in brackets', '红星村日研判：两会期间（3月3日—15日）累计排查纠纷8起；今日排查0起，平稳'],
    ['a period with 至', '红星村日研判：11月3日至15日累计排查纠纷8起，今日排查1起'],
    ['the day someone comes back', '杨树村重点人员动态：孙某外地出差，电话联系称11月28日回，稳定'],
  ])('%s', (_l, text) => {
    expect(new Set(day(text))).toEqual(new Set([today]));
  });

  it.each<[string, string, string]>([
    ['yesterday’s zero report, sent today', '昨天的零报告忘了发，今天补上', '2026-11-19'],
    ['a matter of yesterday filed late stays yesterday’s', '补报：昨天张某某去县信访局反映宅基地的事', '2026-11-19'],
    ['a return visit dated is that day’s', '11月3日回访情况：杨树村平稳，排查纠纷0起', '2026-11-03'],
  ])('%s', (_l, text, want) => {
    expect(day(text)).toContain(want);
    expect(kinds(parse(text)).length).toBeGreaterThan(0);
  });
});
