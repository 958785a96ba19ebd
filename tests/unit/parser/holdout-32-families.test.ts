import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording among the unsafe zero reports of blind holdout 32 (鲁西南 township, 山东 chat: 俺, 木有, 清早).
// Each case is an invented variant (other names, places, numbers, phrasings), never a corpus line: a message that
// reports anything beside its 零报告 is no zero report. SENT is Friday 2026-11-20.

// (Not found yet is away, as 去向不明 is: holdout 110 labels it so; it was unknown here before.)
describe('a person still not found (还没找着, 还没找见) is missing', () => {
  it.each(['马坊零报告，李某某还没找着', '清河村零报告，赵某某到现在还没找见', '红星村零报告，孙某某还未找到'])('%s: abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });
});

describe('gone AGAIN to an office’s seat (又去镇上了, 又去县里了) is an incident at that level', () => {
  it.each([
    ['马坊村零报告，王某某今天又去镇上了', 'township', 1],
    ['清河村零报告，拆迁户那6个代表今天又去县里了。', 'county', 6],
    ['红星村李某某今天又去市里了', 'city', 1],
  ] as const)('%s: %s, %d', (text, escalation, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation, people });
  });

  it.each(['清河村王某某又去镇上了，买化肥', '马坊村零报告，王某某今天又去镇上赶集了'])('%s: an errand said, no incident', (text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });
});

describe('outsiders acting in our village are our news (外村人在俺村口…)', () => {
  it.each([
    ['马坊村零报告，有两个外村人在村口发传单说要联名去北京告状', 'beijing'],
    ['马坊村零报告，清早有三个外乡人在俺村口散发传单，说要联名去省里告状', 'province'],
    ['杨树村零报告，有几个外村人来俺村发传单，说要一块去市里告状', 'city'],
  ] as const)('%s: an incident (%s)', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation });
  });

  it('outsiders who went elsewhere are still the other place’s news', () => {
    expect(kinds(parse('马坊村零报告，外村人去县里上访了'))).toEqual(['zero_report']);
  });
});

describe('households who 找到 the 村委 to press for money come in a crowd', () => {
  it.each([
    '马坊 零报告 木有进京的 木有集体访的 就是工钱还木给，二十来户找到村委来要',
    '清河村零报告，没有进京的，就是补偿款还没给，十几户找到村部来要',
    '马坊村零报告，三户找到村部来要补偿',
  ])('%s: an incident, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: null });
  });

  it('people found again are no crowd', () => {
    expect(kinds(parse('杨树村零报告，走丢的三个人都找到了'))).toEqual(['zero_report']);
  });
});

describe('a tab table: 零报告<TAB>是 is a row, not a header over the next', () => {
  it('a dispute counted beside it leaves no zero report', () => {
    const r = parse('清河村\t11月20日\n零报告\t是\n排查矛盾纠纷\t2起（土地）\n重点人员异常\t无');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 2 });
  });

  it('the row last, under the count, reads the same', () => {
    const r = parse('红星村\n排查纠纷\t1起（邻里）\n零报告\t是');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 1 });
  });

  it('alone, it is the zero report', () => {
    expect(kinds(parse('清河村\n零报告\t是'))).toEqual(['zero_report']);
  });
});

describe('going AGAIN to an office level, told of a day just past', () => {
  it('is that day\'s incident beside today\'s 零报告, which it voids', () => {
    const r = parse('马坊村零报告，孙某某昨天又去县里了', '马坊村');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', date: '2026-11-19' });
    expect(r.warnings).toContain('self_contradiction');
    expect(only(parse('清河村今日零报告，周某某前天又去市政府了', '清河村'), 'incident')).toMatchObject({ escalation: 'city', date: '2026-11-18' });
  });
  it('an errand said after it clears it, as on the day itself', () => {
    expect(kinds(parse('马坊村零报告，孙某某昨天又去县里看病了', '马坊村'))).toEqual(['zero_report']);
  });
});
