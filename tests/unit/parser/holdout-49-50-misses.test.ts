import { describe, expect, it } from 'vitest';
import { only, parse } from './helpers.js';

// Families of wording behind the other misses of blind holdouts 49 and 50 (read after their unsafe families were
// fixed). Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('the key persons said all stable after their figure: 0 abnormal (the contract: 均稳定, 无异常 → 0)', () => {
  it.each([
    '杨树村研判：纠纷0，信访0，重点人员1名（周某某）在家稳定，总体平稳',
    '杨树村研判：排查纠纷0起，重点人员1人（王德贵）情绪稳定，总体平稳',
    '杨树村研判：排查纠纷1起，化解0起，重点人员3名，均在家，稳定；研判：稳定可控',
    '杨树村研判：矛盾纠纷0起；信访0；重点人员2人均在厂务工，稳定。平稳。',
    '杨树村研判：发现矛盾纠纷0件；辖区重点人员1名，现实表现稳定，总体平稳',
  ])('%s', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });

  it.each([
    '杨树村研判：排查纠纷1起，重点人员2人，其中1人情绪波动，需关注',
    '杨树村研判：排查纠纷0起，重点人员两个都在家 总体平稳',
    '杨树村研判：排查纠纷0起，重点人员3人（周某某外出未归），需关注',
  ])('%s: no 0 abnormal', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).not.toBe(0);
  });
});
