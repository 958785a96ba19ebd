// PII masking for logs: 18- and 15-digit ID numbers and mainland mobile numbers.
// Every ID-shaped match is masked whatever its checksum: a mistyped ID is still personal data.

const ID18 = /(?<![0-9A-Za-z])([1-9]\d{2})\d{3}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2}(\d[\dXx])(?![0-9A-Za-z])/g;
const ID15 = /(?<!\d)([1-9]\d{2})\d{5}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d(\d{2})(?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?\d{4}[- ]?(\d{4})(?!\d)/g;
const FULLWIDTH_DIGITS = /[０-９Ｘｘ]/g;
const HAS_FULLWIDTH = /[０-９]/;

export function maskPII(text: string): string {
  if (!/\d|[０-９]/.test(text)) return text;
  const s = HAS_FULLWIDTH.test(text) ? text.replace(FULLWIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
  return s
    .replace(ID18, (_m, a: string, b: string) => `${a}${'*'.repeat(13)}${b}`)
    .replace(ID15, (_m, a: string, b: string) => `${a}${'*'.repeat(10)}${b}`)
    .replace(MOBILE, (_m, a: string, b: string) => `${a}****${b}`);
}
