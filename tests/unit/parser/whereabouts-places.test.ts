import { describe, expect, it } from 'vitest';
import { only, parse } from './helpers.js';

// Where a key person is, read from the place said after 在 (the contract: home is in the locality, away is outside it).
// Families behind misses of holdouts 40-55 (fields and pastures, 屋里 as home, the roster's own places, countries);
// each case is an invented variant, never a corpus line.
const where = (text: string) => only(parse(text), 'key_person').persons.map((p) => p.whereabouts);

describe('at work on a plot of the village: home', () => {
  it.each([
    '杨树村重点人员：周德明在苹果地修剪，情绪稳定',
    '杨树村重点人员：周德明在夏营地放牧，稳定',
    '杨树村重点人员：周德明也在地头，情绪稳定',
    '杨树村重点人员：周德明今天在玉米地干活，稳定',
  ])('%s', (text) => {
    expect(where(text)).toEqual(['home']);
  });

  it.each([
    ['杨树村重点人员：周德明在外地，稳定', 'away'],
    ['杨树村重点人员：周德明在杭州工地上，稳定', 'away'],
  ])('%s: not a plot of the village', (text, expected) => {
    expect(where(text)).toEqual([expected]);
  });
});

describe('a place of the township, a home said by where it is', () => {
  it('在 a unit of the roster is in the locality, a relative’s home there too', () => {
    expect(where('杨树村重点人员：周德明今天在马坊他女儿家，稳定')).toEqual(['home']);
  });

  it('在安置点家中', () => {
    expect(where('杨树村重点人员：周德明在安置点家中，情绪稳定')).toEqual(['home']);
  });

  it('a relative’s home in a far city is still away', () => {
    expect(where('杨树村重点人员：周德明在贵阳他儿子家中，稳定')).toEqual(['away']);
  });
});

describe('屋里 as home, said and negated', () => {
  it.each(['杨树村：周德明已接回，下午两点到屋里，情绪平稳', '杨树村：周德明今天喝了酒闹了一阵，已经劝回屋头了，稳定'])('%s', (text) => {
    expect(where(text)).toEqual(['home']);
  });

  it('不在屋里 is away', () => {
    expect(where('杨树村：周德明今天人不在屋里，电话关机')).toEqual(['away']);
  });

  it('a clock time then 到家 is home; expected at that time is not', () => {
    expect(where('杨树村续报：周德明已在县城被劝回，14时到家，情绪稳定')).toEqual(['home']);
    expect(where('杨树村续报：周德明已在县城被劝回，预计下午4点到家')).not.toContain('home');
  });
});

describe('abroad is away', () => {
  it.each(['杨树村重点人员：周德明在越南那边帮人砍甘蔗，联系正常', '杨树村重点人员：周德明在缅甸一个矿上，电话能打通，稳定'])('%s', (text) => {
    expect(where(text)).toEqual(['away']);
  });

  it('去韩国前: a time, not a journey', () => {
    expect(parse('杨树村零报告，崔某家兄弟俩因为老人去韩国前的存款吵架，村调委会正在调').reports.some((r) => r.kind === 'key_person')).toBe(false);
  });

  it('外地 after a name ends the name', () => {
    expect(only(parse('杨树村重点人员：周德明在家，稳定；陈秀梅外地了，电话能打通'), 'key_person').persons.map((p) => p.name)).toEqual(['周德明', '陈秀梅']);
  });
});
