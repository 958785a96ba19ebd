import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../../src/platforms/dingtalk/split-message.js';

const byLength = (n: number) => (s: string) => [...s].length <= n;

describe('splitMessage', () => {
  it('returns a text that fits as it is', () => {
    expect(splitMessage('一\n二', byLength(10))).toEqual(['一\n二']);
  });

  it('cuts at line boundaries, packing as many lines as fit', () => {
    expect(splitMessage('aaa\nbbb\nccc\nddd', byLength(7))).toEqual(['aaa\nbbb', 'ccc\nddd']);
  });

  it('cuts an over-long line between characters, never inside a surrogate pair', () => {
    const parts = splitMessage('😀😀😀😀😀', byLength(2));
    expect(parts).toEqual(['😀😀', '😀😀', '😀']);
  });

  it('every part fits, and the parts hold every character of the text in order', () => {
    const line = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom('a', 'b', ' ', '张', '村', '😀', '，') }).filter((l) => l.trim() !== '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 60 }), (lines, max) => {
        const text = lines.join('\n');
        const parts = splitMessage(text, byLength(max));
        for (const p of parts) expect([...p].length).toBeLessThanOrEqual(max);
        // Cuts fall on line breaks or inside over-long lines; nothing else changes.
        const squash = (s: string) => s.replace(/[\n ]/g, '');
        expect(squash(parts.join(''))).toBe(squash(text));
        // A line that fits on its own is never cut.
        for (const l of lines) if ([...l].length <= max) expect(parts.some((p) => p.split('\n').includes(l))).toBe(true);
      }),
    );
  });
});
