// Regexes tried only where a match can begin. V8 tries a pattern at every position of the text, and for an
// alternation of many CJK words (the lexicon's families) it has no cheap way to skip ahead: each such pass costs
// about a microsecond on a 200-character message, and a message goes through a hundred of them. A Scan knows from
// its pattern which characters a match can begin with and runs the pattern (sticky) only at those positions:
// the same matches, in the same order, as the plain regex. For a pattern whose first characters cannot be told
// (a leading `.`, `\s` or negated class, a pattern that can match the empty string) it is the plain regex.

const ANY = null;
type Chars = Set<number> | typeof ANY;
interface First {
  /** Char codes a match of this part can begin with; ANY when that cannot be told. */
  chars: Chars;
  /** The part can match the empty string (then what follows it can begin the match too). */
  nullable: boolean;
}

/** The largest character range taken as a set (a wider one, like [\u4e00-\u9fa5], gives ANY). */
const MAX_RANGE = 4096;
const DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
/** JavaScript's \s. */
const SPACES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

class Reader {
  i = 0;
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }
  peek(): string {
    return this.s[this.i] ?? '';
  }
}

function union(a: Chars, b: Chars): Chars {
  if (a === ANY || b === ANY) return ANY;
  for (const c of b) a.add(c);
  return a;
}

/** One escape after a backslash (r.i at the character after it), outside or inside a class. */
function escaped(r: Reader, inClass: boolean): Chars | 'zero-width' {
  const c = r.s[r.i++] ?? '';
  if (c === 'd') return new Set(DIGITS);
  if (c === 's') return new Set(SPACES);
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(r.s.slice(r.i, r.i + 4))) {
    r.i += 4;
    return new Set([Number.parseInt(r.s.slice(r.i - 4, r.i), 16)]);
  }
  const control: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };
  if (control[c] !== undefined) return new Set([control[c]]);
  if (!inClass && (c === 'b' || c === 'B')) return 'zero-width';
  if (/[a-zA-Z1-9]/.test(c)) return ANY; // \w \S \D \W \p, backreferences…: not told
  return new Set([c.charCodeAt(0)]);
}

function charClass(r: Reader): Chars {
  // r.i just after '['
  let negated = false;
  if (r.peek() === '^') {
    negated = true;
    r.i++;
  }
  let chars: Chars = new Set();
  while (r.i < r.s.length && r.peek() !== ']') {
    let lo: number;
    if (r.peek() === '\\') {
      r.i++;
      const e = escaped(r, true);
      if (e === 'zero-width' || e === ANY || e.size !== 1) {
        chars = union(chars, e === 'zero-width' ? ANY : e);
        continue;
      }
      lo = [...e][0]!;
    } else lo = r.s.charCodeAt(r.i++);
    if (r.peek() === '-' && r.s[r.i + 1] !== ']' && r.i + 1 < r.s.length) {
      r.i++;
      let hi: number;
      if (r.peek() === '\\') {
        r.i++;
        const e = escaped(r, true);
        if (e === 'zero-width' || e === ANY || e.size !== 1) return skipClass(r);
        hi = [...e][0]!;
      } else hi = r.s.charCodeAt(r.i++);
      if (hi - lo > MAX_RANGE) chars = ANY;
      else if (chars !== ANY) for (let c = lo; c <= hi; c++) chars.add(c);
    } else if (chars !== ANY) chars.add(lo);
  }
  r.i++; // ']'
  return negated ? ANY : chars;
}

/** Past the rest of a class whose characters cannot be told. */
function skipClass(r: Reader): Chars {
  while (r.i < r.s.length && r.peek() !== ']') r.i += r.peek() === '\\' ? 2 : 1;
  r.i++;
  return ANY;
}

/** A quantifier after an atom, if any: whether it allows zero repetitions. */
function quantifier(r: Reader): boolean | undefined {
  const c = r.peek();
  let zero: boolean | undefined;
  if (c === '?' || c === '*') {
    r.i++;
    zero = true;
  } else if (c === '+') {
    r.i++;
    zero = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(r.s.slice(r.i));
    if (!m) return undefined;
    r.i += m[0].length;
    zero = Number(m[1]) === 0;
  } else return undefined;
  if (r.peek() === '?') r.i++; // lazy
  return zero;
}

function atom(r: Reader): First {
  const c = r.s[r.i++]!;
  let f: First;
  if (c === '(') {
    let lookaround = false;
    if (r.s.startsWith('?:', r.i)) r.i += 2;
    else if (r.s.startsWith('?=', r.i) || r.s.startsWith('?!', r.i)) {
      r.i += 2;
      lookaround = true;
    } else if (r.s.startsWith('?<=', r.i) || r.s.startsWith('?<!', r.i)) {
      r.i += 3;
      lookaround = true;
    } else if (r.s.startsWith('?<', r.i)) r.i = r.s.indexOf('>', r.i) + 1;
    const inner = alternation(r);
    r.i++; // ')'
    f = lookaround ? { chars: new Set(), nullable: true } : inner;
  } else if (c === '[') f = { chars: charClass(r), nullable: false };
  else if (c === '\\') {
    const e = escaped(r, false);
    f = e === 'zero-width' ? { chars: new Set(), nullable: true } : { chars: e, nullable: false };
  } else if (c === '^' || c === '$') f = { chars: new Set(), nullable: true };
  else if (c === '.') f = { chars: ANY, nullable: false };
  else f = { chars: new Set([c.charCodeAt(0)]), nullable: false };
  const zero = quantifier(r);
  return zero ? { chars: f.chars, nullable: true } : f;
}

function sequence(r: Reader): First {
  let chars: Chars = new Set();
  let open = true; // every atom so far can match empty: the next one can begin the match
  while (r.i < r.s.length && r.peek() !== '|' && r.peek() !== ')') {
    const a = atom(r);
    if (!open) continue;
    chars = union(chars, a.chars);
    if (!a.nullable) open = false;
  }
  return { chars, nullable: open };
}

function alternation(r: Reader): First {
  let chars: Chars = new Set();
  let nullable = false;
  for (;;) {
    const s = sequence(r);
    chars = union(chars, s.chars);
    nullable ||= s.nullable;
    if (r.peek() !== '|') return { chars, nullable };
    r.i++;
  }
}

/** The char codes a match of the pattern can begin with, as a table; null when they cannot be told. */
export function firstChars(re: RegExp): Uint32Array | null {
  if (/[iumsv]/.test(re.flags)) return null;
  const r = new Reader(re.source);
  const f = alternation(r);
  if (r.i !== r.s.length || f.nullable || f.chars === ANY) return null;
  // A bit a char code (8 KiB): a byte a code (64 KiB a pattern) missed the CPU's caches on CJK text.
  const table = new Uint32Array(0x10000 >>> 5);
  for (const c of f.chars) table[c >>> 5]! |= 1 << (c & 31);
  return table;
}

/** A regex run only where a match can begin: `exec` and `lastIndex` behave as the global regex's, `test` as its non-global copy's. */
export class Scan {
  lastIndex = 0;
  private readonly global: RegExp;
  private readonly sticky: RegExp;
  private readonly first: Uint32Array | null;
  constructor(re: RegExp) {
    const flags = re.flags.replace(/[gy]/g, '');
    this.global = new RegExp(re.source, `${flags}g`);
    this.sticky = new RegExp(re.source, `${flags}y`);
    this.first = firstChars(re);
  }

  exec(s: string): RegExpExecArray | null {
    const first = this.first;
    if (first === null) {
      this.global.lastIndex = this.lastIndex;
      const m = this.global.exec(s);
      // An empty match moves on by one, as matchAll does: a pattern that can match nothing never stalls a loop.
      this.lastIndex = m !== null && m[0] === '' ? m.index + 1 : this.global.lastIndex;
      return m;
    }
    for (let i = this.lastIndex; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if ((first[c >>> 5]! & (1 << (c & 31))) === 0) continue;
      this.sticky.lastIndex = i;
      const m = this.sticky.exec(s);
      if (m !== null) {
        this.lastIndex = m[0] === '' ? i + 1 : this.sticky.lastIndex;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }

  /** The first match from the start of the text, or null (as a non-global regex's exec). */
  firstMatch(s: string): RegExpExecArray | null {
    this.lastIndex = 0;
    const m = this.exec(s);
    this.lastIndex = 0;
    return m;
  }

  /** Whether the text holds a match (anywhere, from its start). */
  test(s: string): boolean {
    this.lastIndex = 0;
    const found = this.exec(s) !== null;
    this.lastIndex = 0;
    return found;
  }

  /** Where the first match is, or -1 (as String.search). */
  search(s: string): number {
    this.lastIndex = 0;
    const m = this.exec(s);
    this.lastIndex = 0;
    return m === null ? -1 : m.index;
  }

  /** Every match from the start, as String.replace(globalRegex, fn) with fn of the matched text. */
  replace(s: string, fn: (match: string) => string): string {
    this.lastIndex = 0;
    let out = '';
    let at = 0;
    let matched = false;
    for (let m = this.exec(s); m !== null; m = this.exec(s)) {
      matched = true;
      out += s.slice(at, m.index) + fn(m[0]);
      at = m.index + m[0].length;
      if (m[0] === '') this.lastIndex++; // as String.replace steps past an empty match
    }
    return matched ? out + s.slice(at) : s;
  }
}
