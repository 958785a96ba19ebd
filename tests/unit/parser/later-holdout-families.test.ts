import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording among the misses of holdouts 30–37 read after their first fixes. Each case is an invented
// variant (other names, places, phrasings), never a corpus line.

describe('a report sent again to put the last one right (重报, 写错了…应为, 发成了)', () => {
  it.each([
    ['重报：杨树村11月19日零报告（刚才日期打错了）', 'zero_report'],
    ['【重报】马坊村日研判 排查纠纷2起，化解1起，重点人员3人均稳定', 'daily_assessment'],
    ['重报 清河村今日研判 排查一起 化解一起 平稳', 'daily_assessment'],
    ['上条不算，单位写错了，应为：红星村零报告', 'zero_report'],
    ['不对，刚才马坊村的研判填错了，应该是排查矛盾纠纷3起，化解2起', 'daily_assessment'],
    ['清河村11月18日零报告，上午发成了10月18日', 'zero_report'],
  ] as const)('%s: a corrected %s', (text, kind) => {
    const r = parse(text);
    expect(kinds(r)).toEqual([kind]);
    expect(only(r, kind).correction).toBe(true);
  });

  it('whoever did it counted again (…的是八个人，不是六个) is the incident corrected', () => {
    const r = parse('更正：马坊村围村部的是八个人，不是六个');
    expect(only(r, 'incident')).toMatchObject({ people: 8, correction: true });
  });

  it.each(['请马坊村核实后重报', '马坊村零报告，明天别再写错了'])('%s: no correction', (text) => {
    expect(parse(text).reports.some((x) => 'correction' in x)).toBe(false);
  });
});
