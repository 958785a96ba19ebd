import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Being brought back from a petition office or a far city today (在北京被劝返, 在市里被接回) means the person got
// there: abnormal, at that level, whatever the message says of the journey. Invented variants.
describe('a key person brought back from far away today', () => {
  it.each([
    ['in Beijing', '马坊村孙某某今天在北京被劝返，正在往回接', 'beijing'],
    ['at the provincial capital', '清河村吴某某在省城被截回，明天到家', 'province'],
    ['at the city', '红星村周某某上午在市里被接回', 'city'],
  ] as const)('%s is abnormal at that level', (_l, text, level) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: level });
  });

  it('beside 零报告 it forbids the zero report', () => {
    expect(kinds(parse('杨树村今日零报告。王某某在北京被劝返，村干部正在接'))).not.toContain('zero_report');
  });

  it('brought back on a day before and calm at home today is stable', () => {
    expect(only(parse('马坊村孙某某昨天在北京被劝返，今天已到家，情绪稳定'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});
