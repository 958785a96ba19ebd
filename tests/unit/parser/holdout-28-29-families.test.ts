import { describe, expect, it } from 'vitest';
import { kinds, parse } from './helpers.js';

// Families of wording that yielded an unsafe zero report in blind holdouts 28 (苏北) and 29 (河南, urban) at their
// first run. Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe("a province's department (厅) is an office of that level, not a hall", () => {
  it.each([
    ['马坊村零报告，有6个村民今天到省人社厅反映社保问题', 6],
    ['清河村零报告，业主十来个人今天去了省住建厅', null],
    ['杨树村今日零报告，另有3名农民工上午到省人社厅讨薪', 3],
  ])('%s: a provincial incident, no zero report', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const incident = r.reports.find((x) => x.kind === 'incident');
    expect(incident).toMatchObject({ escalation: 'province' });
    if (people !== null) expect(incident).toMatchObject({ people });
  });

  it.each(['杨树村零报告，村民8人今天去县城餐厅吃饭', '清河村零报告，几个村民去省城大厅办证', '马坊村零报告，几个村民去了市里的餐厅'])('%s: a hall or a restaurant is an errand: still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('banging the table at an office is a flare-up', () => {
  it.each(['杨树村平安无事。下午村民4人到村部拍桌子要征地款，已劝离', '马坊村今天无事，就是有两户在社区掀桌子，民警到场'])('%s: an incident, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });
});
