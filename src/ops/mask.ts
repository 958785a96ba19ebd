// PII masking for logs: 18- and 15-digit ID numbers (居民身份证号) and mainland mobile numbers, plus secrets that
// travel inside URLs (webhook keys, access tokens). Every ID-shaped match is masked whatever its checksum: a
// mistyped ID is still personal data. Boundaries are digits only (not letters), so "sfz110101…" is masked too;
// a log line that loses a few digits of a non-PII number is cheap, a leaked ID number is not.

// 6-digit area, 8-digit birth date (18xx–20xx), 3-digit sequence, check digit or X; cadres sometimes type the
// groups with a space or hyphen (6-8-4), so one optional separator is allowed between groups.
const ID18 = /(?<!\d)([1-9]\d{2})\d{3}[ -]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ -]?\d{2}(\d[\dXx])(?!\d)/g;
// Legacy 15-digit IDs: 6-digit area, 6-digit birth date (yymmdd), 3-digit sequence.
const ID15 = /(?<!\d)([1-9]\d{2})\d{5}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d(\d{2})(?!\d)/g;
// 11 digits 1[3-9]x xxxx xxxx, with an optional +86/86 prefix and optional single separators (138-1234-5678).
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)/g;
// Secrets in query strings of logged URLs (WeCom webhook key, DingTalk access_token, signatures).
const URL_SECRET = /([?&](?:key|access_token|accessToken|sign|signature|msg_signature|token|secret|timestamp_sign)=)[^&\s"'<>]+/gi;

const MAYBE_PII = /[0-9０-９]/;
const FULLWIDTH = /[０-９Ｘｘ＋－\u3000]/g;

/**
 * Maps full-width digits, Ｘ, ＋, － and the ideographic space to ASCII, one UTF-16 unit for one, so match
 * positions in the copy are positions in the original (NFKC would also work but changes other punctuation).
 */
function asciiCopy(text: string): string {
  return text.replace(FULLWIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Masks ID numbers and mobile numbers: 110101199003074578 → 110*************78, 13812345678 → 138****5678. */
export function maskPII(text: string): string {
  if (!MAYBE_PII.test(text)) return text;
  const copy = asciiCopy(text);
  // Find matches on the ASCII copy, splice masks into the original so full-width punctuation elsewhere survives.
  const spans: { start: number; end: number; mask: string }[] = [];
  const collect = (re: RegExp, mask: (a: string, b: string) => string) => {
    for (const m of copy.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, mask: mask(m[1] ?? '', m[2] ?? '') });
    }
  };
  collect(ID18, (a, b) => `${a}${'*'.repeat(13)}${b}`);
  collect(ID15, (a, b) => `${a}${'*'.repeat(10)}${b}`);
  collect(MOBILE, (a, b) => `${a}****${b}`);
  if (!spans.length) return text;
  spans.sort((x, y) => x.start - y.start);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + s.mask;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** Masks secrets carried in URL query strings: …/webhook/send?key=abc → …?key=[已脱敏]. */
export function maskUrlSecrets(text: string): string {
  return text.includes('=') ? text.replace(URL_SECRET, '$1[已脱敏]') : text;
}

/** Everything a log line's free text goes through. */
export function maskForLog(text: string): string {
  return maskUrlSecrets(maskPII(text));
}
