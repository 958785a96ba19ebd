import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the eighteenth session (after their first runs), each tried on invented variants.

describe('cadres still beside a person in Beijing or a provincial capital (仍在贵阳，镇村干部陪同，尚未返回)', () => {
  it.each([
    '杨树村今日零报告。李某某仍在贵阳，镇村干部陪同，尚未返回。',
    '杨树村零报告，王某某还在北京，驻京工作组陪着，明天回。',
    '杨树村零报告。赵某某在省城，包村干部正在做工作。',
  ])('%s is no zero report: the person is abnormal and away', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a hospital visit in the capital with cadres is an errand (在昆明看病，村干部陪同)', () => {
    expect(only(parse('杨树村李某某在昆明看病，村干部陪同，情况正常'), 'key_person').persons[0]!.state).toBe('stable');
  });

  it('a relative at the side is no cadre (在贵阳儿子家，儿子陪着)', () => {
    expect(kinds(parse('杨树村零报告，李某某还在贵阳儿子家，儿子陪着'))).toContain('zero_report');
  });
});
