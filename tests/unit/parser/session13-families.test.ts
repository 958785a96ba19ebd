import { describe, expect, it } from 'vitest';
import { only, parse } from './helpers.js';

// Invented variants of misses in the older corpora and holdouts 105-107, one family each.
describe('whereabouts: the places a key person is at home', () => {
  it('at their own business or house (在自家民宿, 在自己家), at the resettlement site (在安置点)', () => {
    expect(only(parse('重点人员李德林今天在自家农家乐招呼客人，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('张桂花、王小妹两人今日在安置点，情绪平稳'), 'key_person').persons.map((p) => p.whereabouts)).toEqual(['home', 'home']);
  });

  it('talked back to the rented room or the dormitory (已劝回出租屋, 拉回宿舍)', () => {
    expect(only(parse('刘大成下午到管委会问工资，情绪有点激动，已劝回出租屋。'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('重点人员陈二牛喝了酒骂人，工友把他拉回宿舍了'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});
