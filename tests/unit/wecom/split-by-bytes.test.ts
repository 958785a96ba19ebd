import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByBytes } from '../../../src/platforms/wecom/split-by-bytes.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitByBytes', () => {
  it('returns short text unchanged', () => {
    expect(splitByBytes('张庄村今日零报告', 2048)).toEqual(['张庄村今日零报告']);
  });

  it('counts UTF-8 bytes, not characters (一 is 3 bytes)', () => {
    expect(splitByBytes('一二三\n四五六', 9)).toEqual(['一二三', '四五六']);
    expect(splitByBytes('一二三\n四五六', 19)).toEqual(['一二三\n四五六']);
  });

  it('packs whole lines while they fit', () => {
    expect(splitByBytes('aa\nbb\ncc\ndd', 5)).toEqual(['aa\nbb', 'cc\ndd']);
  });

  it('cuts an over-long line between code points, never inside one', () => {
    const parts = splitByBytes('一二三四五', 7);
    expect(parts).toEqual(['一二', '三四', '五']);
    expect(splitByBytes('😀😀😀', 8)).toEqual(['😀😀', '😀']);
  });

  it('keeps every part within the limit and loses no text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 8, max: 200 }), (lines, max) => {
        const text = lines.join('\n');
        const parts = splitByBytes(text, max);
        if (bytes(text) > max) for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(max);
        const squash = (s: string) => s.replace(/\s/g, '');
        expect(squash(parts.join(''))).toBe(squash(text));
      }),
    );
  });
});
