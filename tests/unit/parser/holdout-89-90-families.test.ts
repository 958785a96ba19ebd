import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 89 (闽东 渔排, 清明 2047) and 90 (赤峰 农区, 五一 2047) misses, one family each.
describe('holdouts 89-90', () => {
  it('the 旗 is the county: a crowd gone to 旗里 to demand money owed is no zero report', () => {
    const r = parse('杨树村零报告，格日勒图带着五个人上旗里要光伏租金去了，工作队长已跟过去。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('county');
    // (the township's money given, and a trip to a doctor, are no demand)
    expect(kinds(parse('杨树村零报告，镇里要给他补贴，他去县里看病了'))).toEqual(['zero_report']);
  });

  it('北方 排查了仨，化解了俩 and 都挺稳当 are figures', () => {
    expect(only(parse('杨树今天研判一下哈：纠纷排查了仨，化解了俩，重点人员五个，都挺稳当，总体平稳'), 'daily_assessment').counts).toEqual({ disputesFound: 3, disputesResolved: 2, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('一个有点情绪 after the key persons’ figure is one abnormal', () => {
    expect(only(parse('杨树村今天研判 排查了两起草场的事 化解了一起 重点人员两个 一个有点情绪 需要关注'), 'daily_assessment').counts).toMatchObject({ keyPersons: 2, keyPersonsAbnormal: 1 });
  });

  it('蒙古族 names right after the unit named', () => {
    expect(only(parse('杨树村朝鲁、斯琴高娃今日均在家，情绪稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['朝鲁', '斯琴高娃']);
  });

  it('闽东 侬/今旦/𣍐/好势, and 船民 as people', () => {
    expect(only(parse('马坊有侬去市里上访，两只侬，伊讲渔排钱无到位', '马坊村'), 'incident')).toMatchObject({ escalation: 'city', people: 2 });
    expect(only(parse('郑阿福伊今旦在厝食饭，好势'), 'key_person').persons[0]).toMatchObject({ name: '郑阿福', whereabouts: 'home' });
    expect(only(parse('报告一下杨树村有五六个船民在村委会门口坐着说安置房的事情现在还没走'), 'incident')).toMatchObject({ people: null, collective: true });
  });
});
