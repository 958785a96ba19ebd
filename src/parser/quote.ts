import { normalizeText, withoutBotMention, withoutEmoji } from './normalize.js';
import type { Report } from './schema.js';

// An incident's summary is cut from the normalised copy, where dialect and typos were rewritten for the rules
// (上旗里 → 上县里, 仲喺 → 还在, 讲 → 说). Leaders read it in alerts and on the board as what the cadre wrote, so it
// is quoted from the message itself: the sentence of the original whose normalised form holds the summary.

const SENTENCES = /[^。；;\n]+/g;
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const MAX = 60;
/** How far the quote's start is looked for (past a list number, a heading such as 续报：), and its end. */
const MAX_LEAD = 24;

/** A piece of the original as summaryOf would have put it. */
const asSummary = (s: string) =>
  normalizeText(s).text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,:;!?()]/g, (c) => FULL_WIDTH[c] ?? c);

const NOT_A_WORD = /[^\u4e00-\u9fa5\p{L}\p{N}]/gu;
const wordsOf = (s: string) => s.replace(NOT_A_WORD, '');
const shown = (s: string) => withoutBotMention(withoutEmoji(s)).replace(/\s+/g, ' ').trim();

/** The original's words for a summary, or the summary itself where they cannot be found. */
export function quoteOriginal(summary: string, original: string): string {
  const cut = summary.endsWith('…');
  const want = cut ? summary.slice(0, -1) : summary;
  // Nearly always the summary is the cadre's words already, or differs from them in layout only (地点｜ → 地点：).
  if (want.length < 2 || original.includes(want) || wordsOf(original).includes(wordsOf(want))) return summary;
  for (const m of original.matchAll(SENTENCES)) {
    const sentence = m[0];
    const whole = asSummary(sentence);
    const k = whole.indexOf(want);
    if (k < 0) continue;
    let p = 0;
    if (k > 0) {
      p = 1;
      while (p <= MAX_LEAD && p < sentence.length && !asSummary(sentence.slice(p)).startsWith(want)) p++;
      if (p > MAX_LEAD || p === sentence.length) continue;
    }
    // The summary may end before the sentence does (its block ended there): the original is cut to match.
    let q = sentence.length;
    if (!cut && whole.length > k + want.length) {
      const last = Math.max(p + 1, q - MAX_LEAD);
      while (q > last && asSummary(sentence.slice(p, q - 1)).startsWith(want)) q--;
    }
    const quote = shown(sentence.slice(p, q));
    if (!quote) continue;
    return quote.length > MAX ? `${quote.slice(0, MAX - 1)}…` : quote;
  }
  return summary;
}

/** The reports with each incident's summary in the cadre's own words. */
export function quoteSummaries(reports: Report[], original: string): Report[] {
  return reports.map((r) => (r.kind === 'incident' && r.summary ? { ...r, summary: quoteOriginal(r.summary, original) } : r));
}
