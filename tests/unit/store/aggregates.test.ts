import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVec, encodeVec, halfMonthOf, VEC_LEN } from '../../../src/store/aggregates.js';
import { halfMonthsBetween } from '../../../src/store/rebuild-aggregates.js';

describe('aggregate records', () => {
  it('encode and decode back any vector; trailing zeros are left out', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1 << 16), { minLength: VEC_LEN, maxLength: VEC_LEN }), (v) => {
        expect(decodeVec(encodeVec(v))).toEqual(v);
      }),
    );
    expect(encodeVec([1, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('1');
    expect(decodeVec('')).toEqual(new Array(VEC_LEN).fill(0));
  });

  it('a damaged record decodes to nothing', () => {
    for (const bad of ['x', '1,', ',1', '1,,2', '-1', '1.5', '1,2,3,4,5,6,7,8,9,10,11', '99999999999999999999']) expect(decodeVec(bad), bad).toBeUndefined();
  });

  it('half-months: the 1st–15th and the 16th to the month end, with each date’s bit', () => {
    expect(halfMonthOf('2026-10-01')).toEqual({ id: '2026-10-1', from: '2026-10-01', bit: 0 });
    expect(halfMonthOf('2026-10-31')).toEqual({ id: '2026-10-2', from: '2026-10-16', bit: 15 });
    expect(halfMonthsBetween('2026-02-10', '2026-03-01').map((h) => `${h.id} ${h.from}..${h.to}`)).toEqual([
      '2026-02-1 2026-02-01..2026-02-15',
      '2026-02-2 2026-02-16..2026-02-28',
      '2026-03-1 2026-03-01..2026-03-15',
    ]);
  });
});
