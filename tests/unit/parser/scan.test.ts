import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alt, CALM_WORDS, MODAL_BEFORE, SIGNATURE_ROLES } from '../../../src/parser/lexicon.js';
import { firstChars, Scan } from '../../../src/parser/scan.js';

// A Scan must find exactly what the plain global regex finds (same places, same groups, same order): it only skips
// the positions where no match can begin. Checked on patterns of the shapes the parser uses, over random strings
// made of the patterns' own characters and a few others.

const PATTERNS: RegExp[] = [
  new RegExp(alt(MODAL_BEFORE), 'g'),
  new RegExp(`(?:${alt(SIGNATURE_ROLES)})\\s*:[^\\n。;,]{0,40}`, 'g'),
  new RegExp(`(?<!建设|创建)平安(?=[。.!]|$)|${alt(CALM_WORDS)}`, 'g'),
  /纠份|上仿|上(?<=[京省市县区镇里体]上)方|每(?<=[也都]每)有|〇/g,
  /(?:(\d{4}|[零一二三四五六七八九十]{4})\s*年\s*)?(\d{1,2}|[零一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[零一二三四五六七八九十]{1,3})\s*[日号]?/g,
  /(?:抖音|网上)[^,;。\n]{0,8}(?:发|曝光)|发帖|讨薪(?!问题|的事)|聚在[^,;。\n]{0,8}(?:门口|村委)|发生[^,;。\n]{0,10}(?:事件|事故)/g,
  /(?:^|\n|[;。:]|重点人员|\d{1,2}[.、):]?)\s*([王李张][\u4e00-\u9fa5]{1,2}?)(?=\s*[:,]\s*(?:在|外)|\s*(?:在家|外出))/g,
  /派人|接访|(?<!由[\u4e00-\u9fa5]{1,6}|在[\u4e00-\u9fa5]{1,6})陪同(?!下)|值班(?!室)|[无没未不]/g,
  /是|第|\d[.、)]/,
];
const EXTRA = [...'，。；：:, \n\t0123456789一二三十年月日号某村民由在下室a'];

function matches(re: RegExp | Scan, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(`${m.index}:${m.join('|')}`);
  }
  return out;
}

describe('Scan: a regex tried only where a match can begin', () => {
  it.each(PATTERNS.map((re) => [re.source.slice(0, 40), re] as const))('%s: the same matches as the plain regex', (_name, re) => {
    const chars = [...new Set([...re.source, ...EXTRA])];
    const plain = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const scan = new Scan(re);
    expect(firstChars(re), 'a first-character table for this pattern').not.toBeNull();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (cs) => {
        const s = cs.join('');
        const want = matches(plain, s);
        expect(matches(scan, s)).toEqual(want);
        expect(scan.test(s)).toBe(want.length > 0);
        expect(scan.search(s)).toBe(s.search(plain));
        if (re.global) expect(scan.replace(s, (m) => `<${m}>`)).toBe(s.replace(plain, (m) => `<${m}>`));
      }),
      { numRuns: 400 },
    );
  });

  it('no table where the first character cannot be told: a pattern that matches empty, a leading . or negated class, flag i', () => {
    for (const re of [/a*/g, /(?:x|)y?/g, /.b/g, /[^,]c/g, /ab/gi, /\wd/g]) expect(firstChars(re), re.source).toBeNull();
    // …and then a Scan is the plain regex.
    const scan = new Scan(/[^,]c/g);
    expect(matches(scan, 'ac,c bc')).toEqual(['0:ac', '5:bc']);
  });
});

describe('a pattern that can match nothing', () => {
  it('moves on by one after an empty match, as matchAll does, so a loop over exec ends', () => {
    for (const re of [/(?<=说)(?=\d)/g, /a*/g]) {
      const scan = new Scan(re);
      const at: number[] = [];
      for (let m = scan.exec('说8号说9号'); m !== null && at.length < 100; m = scan.exec('说8号说9号')) at.push(m.index);
      expect(at).toEqual([...'说8号说9号'.matchAll(new RegExp(re.source, 'g'))].map((m) => m.index));
    }
  });
});
