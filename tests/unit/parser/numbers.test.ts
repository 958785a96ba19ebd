import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/parser/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['3', 3],
    ['12', 12],
    ['零', 0],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['一百零五', 105],
    ['两百', 200],
    ['三千零二', 3002],
    ['二零二六', 2026],
  ])('%s → %i', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  it.each(['', '三x', 'abc', '个'])('%j is not a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});
