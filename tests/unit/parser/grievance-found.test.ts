import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// A grievance found on the day's rounds, told without the word 纠纷 (走访发现…有意见): a dispute found that day,
// so never a zero report's day. Invented variants.
describe('a grievance found without the word 纠纷', () => {
  it.each([
    ['有意见', '前进社区网格员今天走访发现两户因物业费有意见'],
    ['有怨气', '马坊村今日摸排出一户对低保评定有怨气'],
    ['有争议', '清河村今天了解到两兄弟因老人赡养有争议'],
  ])('%s is one dispute found', (_l, text) => {
    expect(only(parse(text), 'daily_assessment').counts.disputesFound).toBe(1);
  });

  it('beside 零报告 it forbids the zero report', () => {
    const r = parse('红星村今日零报告，走访中发现村民对修路占地补偿有意见，已做解释');
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each([
    ['none found', '杨树村今日零报告，走访中未发现群众有意见'],
    ['none at all', '杨树村今日零报告，无群众有怨气'],
  ])('%s stays a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});
