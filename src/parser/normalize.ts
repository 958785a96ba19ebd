import * as OpenCC from 'opencc-js/t2cn';

// One normalised copy of a message that every rule reads: NFKC (full-width digits/letters/punctuation → ASCII,
// ① → 1), Traditional → Simplified, no emoji, no @-mentions, no control characters, common typos fixed.
// The rules are written against this copy only, so each rule needs one spelling of each word.

/** Longer texts are cut: nobody types a 4,000-character report, and regexes stay linear on what is left. */
export const MAX_PARSE_CHARS = 4000;

// Built once per process: the converter's dictionary trie takes ~25 ms to build.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u2060\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]|\u200D/gu;
// Bot and group-wide mentions can be glued to the text that follows (“@机器人东坡零报告”); other mentions end at a space.
const KNOWN_MENTION = /@(?:所有人|全体成员|全体|机器人|维稳助手|小助手|助手|robot|bot)/gi;
const MENTION = /@[^\s@]{1,12}(?=\s|$)/g;
// Placeholders the platforms put in place of media: [图片] [语音] [强].
const PLACEHOLDER = /\[[\u4e00-\u9fa5]{1,4}\]/g;
// Typos real people make, fixed in one pass. 上方 is a real word (“above”); only after a place or 集体 is it 上访.
const TYPOS = /纠份|重点认员|上仿|上坊|信仿|(?<=[京省市县区镇里体])上方|(?<=[也都])每有|〇/g;
const TYPO_FIX: Record<string, string> = { 纠份: '纠纷', 重点认员: '重点人员', 上仿: '上访', 上坊: '上访', 信仿: '信访', 上方: '上访', 每有: '没有', 〇: '零' };
// Only before a measure word: “进京 0 赴省 0” is a form whose spaces separate its fields.
const DIGIT_SPACE = /(?<=[\u4e00-\u9fa5]) (?=\d+ ?[起件人名个位批次户宗])|(?<=\d) (?=[起件人名个位批次户宗])/g;
// Voice input (语音转文字) has no punctuation; its particles and connectives are where the speaker paused.
const VOICE_PAUSE = /(?<=[\u4e00-\u9fa5])(?:[啊嗯呀呢]|吧(?!台)|哈(?![尔密]))+(?=[\u4e00-\u9fa5])/g;
// Connectives are pauses only in unpunctuated (dictated) text; elsewhere “未报的还有谁” is one phrase.
const VOICE_CONNECTIVE = /(?<=[\u4e00-\u9fa5])(?=然后|另外|还有|但是|不过|而且|接着)/g;
const PUNCTUATED = /[,.;:!?、。]/;
const fixTypo = (t: string) => TYPO_FIX[t] ?? t;

// Whether a character is Traditional (converts to something else), memoised: most messages are typed in
// Simplified, and skipping the phrase converter for them halves the cost of normalising.
const traditional = new Map<number, boolean>();
function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    let t = traditional.get(c);
    if (t === undefined) {
      const ch = String.fromCharCode(c);
      t = toSimplified(ch) !== ch;
      if (traditional.size < 50_000) traditional.set(c, t);
    }
    if (t) return true;
  }
  return false;
}

export interface Normalized {
  text: string;
  truncated: boolean;
  /** The message @-mentioned someone (usually the bot). */
  mentioned: boolean;
  /** It @-mentioned a person and not the bot (“@王姐 模板在哪？” asks her, not us). */
  toPerson: boolean;
}

export function normalizeText(raw: string): Normalized {
  let text = raw;
  const truncated = text.length > MAX_PARSE_CHARS;
  if (truncated) text = text.slice(0, MAX_PARSE_CHARS);
  if (/[\uD800-\uDFFF]/.test(text)) text = text.replace(LONE_SURROGATE, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\t')) text = text.replace(/\t/g, ' ');
  text = text.replace(CONTROL, '');
  text = text.normalize('NFKC');
  if (hasTraditional(text)) text = toSimplified(text);
  const mentioned = text.includes('@');
  let toPerson = false;
  if (mentioned) {
    const before = text;
    text = text.replace(KNOWN_MENTION, ' ');
    const botNamed = text !== before;
    const rest = text;
    text = text.replace(MENTION, ' ');
    toPerson = !botNamed && text !== rest;
  }
  text = text.replace(EMOJI, '');
  if (text.includes('[')) text = text.replace(PLACEHOLDER, ' ');
  text = text.replace(TYPOS, fixTypo);
  text = text.replace(/[ \u3000]+/g, ' ').trim();
  // 排查矛盾纠纷 3 起 / 重点人员 4 人: a space around a figure is typing, not structure.
  if (text.includes(' ')) text = text.replace(DIGIT_SPACE, '');
  const dictated = text.length > 20 && !PUNCTUATED.test(text);
  text = text.replace(VOICE_PAUSE, ',');
  if (dictated) text = text.replace(VOICE_CONNECTIVE, ',');
  return { text, truncated, mentioned, toPerson };
}
