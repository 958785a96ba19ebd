import { describe, expect, it } from 'vitest';
import { only, parse } from './helpers.js';

// Invented variants of the families found while holdouts 97-100 were being written, and of the misses listed at the
// end of the last session, one family each.
describe('local work places', () => {
  it('working on a fish raft, in a guesthouse, a greenhouse or on a building site is being in the locality (home)', () => {
    const at = (text: string) => only(parse(text), 'key_person').persons[0]!.whereabouts;
    expect(at('重点人员刘某某在渔排上干活，情绪稳定')).toBe('home');
    expect(at('王某某在民宿帮工，稳定')).toBe('home');
    expect(at('重点人员陈某某在大棚里摘菜，无异常')).toBe('home');
    // (a building site in a far city is still away)
    expect(at('王某某在深圳工地打工')).toBe('away');
  });
});
