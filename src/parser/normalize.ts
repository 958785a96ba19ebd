import * as OpenCC from 'opencc-js/t2cn';
import { alt, SPOKEN_PUNCTUATION, CANTONESE, DAY_BEFORE_OPENERS, PETITION_HEADINGS, PETITION_KINDS, DA_KEPT_BEFORE, DIALECT, KEY_WORDS, LING_VERB_BEFORE, PREFECTURE_AFTER, PREFECTURE_BEFORE, PROVINCIAL_CAPITALS, SIGNATURE_ROLES, ZERO_REPORT_END_TYPOS, ZERO_REPORT_TYPOS, ZERO_REPORT_WORDS } from './lexicon.js';
import { Scan } from './scan.js';
import type { UnitName } from './schema.js';

// One normalised copy of a message that every rule reads: NFKC (full-width digits/letters/punctuation → ASCII,
// ① → 1., Traditional → Simplified, no emoji, no @-mentions, no control characters, common typos fixed.
// The rules are written against this copy only, so each rule needs one spelling of each word.

/** Longer texts are cut: nobody types a 4,000-character report, and regexes stay linear on what is left. */
export const MAX_PARSE_CHARS = 4000;

// Built once per process: the converter's dictionary trie takes ~25 ms to build.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const CIRCLED = /[\u2460-\u2473]/;
const CIRCLED_ALL = /[\u2460-\u2473]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u2060\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u20E3]|\u200D/gu;
// Whether a UTF-16 unit can be (part of) an EMOJI match, memoised per unit (0: not asked yet, 1: no, 2: yes), so the
// Unicode-property regex, slow to scan, runs only on the few messages that have one. Every surrogate may be.
const emojiUnit = new Uint8Array(0x10000);
function mayHaveEmoji(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let e = emojiUnit[c]!;
    if (e === 0) {
      EMOJI.lastIndex = 0;
      e = (c >= 0xd800 && c <= 0xdfff) || EMOJI.test(String.fromCharCode(c)) ? 2 : 1;
      emojiUnit[c] = e;
    }
    if (e === 2) return true;
  }
  return false;
}
// Bot and group-wide mentions can be glued to the text that follows (“@机器人东坡零报告”); other mentions end at a space.
// The bot by whatever name the group gave it: a name that ends in 助手/机器人/bot (@维稳小助手, @信访机器人, @小安bot), or
// one made of 平安 and a place or a word (@平安沂蒙, @网格平安, @陇东平安, @鹭湖平安通), as such bots are named.
const KNOWN_MENTION = /@(?:所有人|全体成员|全体|[^\s@]{0,8}?(?:机器人|助手|助理|小秘书|robot|bot)|平安[\u4e00-\u9fa5]{1,4}|[\u4e00-\u9fa5]{1,4}平安(?:通|宝|哨|帮|管家)?)(?![^\s@])|@(?:所有人|全体成员|全体|机器人|维稳助手|小助手|助手|robot|bot)/gi;
const MENTION = /@[^\s@]{1,12}(?=\s|$)/g;
/** The text without emoji (quote.ts quotes the cadre's words without them, as this copy has none). */
export function withoutEmoji(text: string): string {
  return mayHaveEmoji(text) ? text.replace(EMOJI, '') : text;
}
/** The text without the bot's (or everyone's) @-mention: “@维稳助手 在吗” is put to the bot, not to a person. */
export function withoutBotMention(text: string): string {
  return text.replace(KNOWN_MENTION, ' ').trim();
}
// Placeholders the platforms put in place of media: [图片] [语音] [强].
const PLACEHOLDER = /\[[\u4e00-\u9fa5]{1,4}\]/g;
// Typos real people make, fixed in one pass. 上方 is a real word (“above”); only after a place or 集体 is it 上访.
// 进经 (voice input of 进京) only before what is done there (进经上访, 进经告状), not in 引进经验.
// (The regexes of this file open with a character, lookbehinds after it: V8 skips ahead to where a match can begin
// only then; a pattern that opens with a lookbehind is tried at every position, several times slower.)
const TYPOS = new Scan(/进经(?=上|告|找|闹|反映|信访)|纠份|纠分|化介|调介|重点人元|重点人(?=[\d一二两三四五六七八九十俩仨几个])|模版|文(?<=[都均很]文)定|重点认员|中点人员|重点任远|现信访局|上仿|上坊|信仿|信坊|失连|上(?<=[京省市县区镇里体府局]上)方|正(?<=[乡镇县市区省]正)府|每(?<=[也都]每)有|〇/g);
const TYPO_FIX: Record<string, string> = { 化介: '化解', 调介: '调解', 重点人元: '重点人员', 重点人: '重点人员', 模版: '模板', 信坊: '信访', 进经: '进京', 纠分: '纠纷', 文定: '稳定', 失连: '失联', 纠份: '纠纷', 重点认员: '重点人员', 中点人员: '重点人员', 重点任远: '重点人员', 现信访局: '县信访局', 上仿: '上访', 上坊: '上访', 信仿: '信访', 上方: '上访', 正府: '政府', 每有: '没有', 〇: '零' };
// Only before a measure word: “进京 0 赴省 0” is a form whose spaces separate its fields.
const DIGIT_SPACE = / (?:(?<=[\u4e00-\u9fa5] )(?=\d+ ?[起件人名个位批次户宗])|(?<=\d )(?=[起件人名个位批次户宗]))/g;
// Voice input (语音转文字) has no punctuation; its particles and connectives are where the speaker paused.
// (哈 starts or sits in many a transliterated name and place, 哈力木, 马哈木, 穆哈三, 哈斯, 哈萨克, 哈密, 哈尔滨, 沙马拉哈, 阿苏日哈,
// 德令哈, and the 京族 哈节: no pause there; nor as a surname, 村民哈某某.)
const HA = '(?<![马阿卡努沙巴扎乌其塔拉日穆令])哈(?![尔密力斯萨山达木拉巴日吉图克节某])';
const VOICE_PAUSE = new RegExp(`(?:[啊嗯呀呢]|吧(?!台)|${HA})(?<=[\\u4e00-\\u9fa5].)(?:[啊嗯呀呢]|吧(?!台)|${HA})*(?=[\\u4e00-\\u9fa5])`, 'g');
// Connectives are pauses only in unpunctuated (dictated) text; elsewhere “未报的还有谁” is one phrase.
const VOICE_CONNECTIVE = /(?<=[\u4e00-\u9fa5])(?=然后|另外|还有|但是|不过|而且|接着)/g;
const PUNCTUATED = /[,.;:!?、。]/;
// 零报告 with one homophone wrong (灵报告, 零保告): 领 only where no verb before makes it “lead, collect” (带领报告).
const LING_VERB = new Set<string>([...LING_VERB_BEFORE]);
const ZERO_TYPOS = new Scan(new RegExp(alt(ZERO_REPORT_TYPOS), 'g'));
const ZERO_TYPO_CUE = /报|告/;
// (…after the day or the unit: 今日另报告, 兴华村另报告.)
const ZERO_END_TYPO = new RegExp(`(?<=今日|今天|村|社区|屯|寨|组|[日号])(?:${alt(ZERO_REPORT_END_TYPOS)})(?=[。.!~\\s]*$)`);
function fixZeroTypos(text: string): string {
  if (!ZERO_TYPO_CUE.test(text)) return text;
  text = text.replace(ZERO_END_TYPO, '零报告');
  let out = '';
  let at = 0;
  ZERO_TYPOS.lastIndex = 0;
  for (let m = ZERO_TYPOS.exec(text); m !== null; m = ZERO_TYPOS.exec(text)) {
    if (m[0].startsWith('领') && LING_VERB.has(text[m.index - 1] ?? '')) continue;
    out += `${text.slice(at, m.index)}零报告`;
    at = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}
const DIALECT_RE = new RegExp(alt(Object.keys(DIALECT)), 'gu');
// (…这事算是画上句号了: the phrase, not a mark said aloud.)
const SPOKEN_PUNCT = new RegExp(`(?<=[\\u4e00-\\u9fa5])(?<!画上|划上|打上)(?:${alt(Object.keys(SPOKEN_PUNCTUATION))})(?=[\\u4e00-\\u9fa5]|$)`, 'g');
const YAODE_END = /^(?:[!。,.~\s]|$)/;
const YEAR_TIME_BEFORE = /[过新拜跨当同每那这往早少童幼壮老晚末]/;
// A cheap test first: most messages hold no character that starts a dialect word (the set made from the words, so a
// word added to the lexicon is never skipped).
const DIALECT_CUE = new RegExp(`[${[...new Set(Object.keys(DIALECT).map((w) => String.fromCodePoint(w.codePointAt(0)!)))].join('')}]`, 'u');
const CANTONESE_RE = new RegExp(alt(Object.keys(CANTONESE)), 'g');
// The first characters of the Cantonese words: most messages have none, and skip the replace.
const CANTONESE_CUE = new RegExp(`[${[...new Set(Object.keys(CANTONESE).map((w) => w[0]))].join('')}]`);
// Where a Cantonese word is Mandarin too (电话要…, 打交道, 而家属称, 劝返到家): left as it is.
function cantoneseKept(w: string, at: number, s: string): boolean {
  const before = s[at - 1] ?? '';
  const after = s[at + w.length] ?? '';
  if (w.startsWith('话')) return /[电说讲对通句废神笑闲情]/.test(before);
  if (w === '打交') return after === '道';
  if (w === '而家') return /[属人里中长庭]/.test(after);
  if (w === '今朝') return after === '醉';
  if (w === '返到') return before === '劝' || before === '遣';
  return false;
}
// 木有 (没有, as typed online), but not 树木有/苗木有.
const WOOD_BEFORE = new Set([...'树林草苗积原枕松杉竹灌乔']);
// 还木找着 / 今儿个也木回来: 木 for 没 before a search or a return only after these (沈舍木找到了 ends a name).
const MU_SEARCH = /^木(?:找|回|联系)/;
const MU_SEARCH_BEFORE = new Set([...'还也都仍就又尚']);
// 接待家属, 招待家长, 等待家人: 待 of another word before 家.
const RECEIVE_BEFORE = new Set([...'接招款等期看虐对优善亏']);
// 哒 as 了 only after a word (去县里哒), not after 么/萌 (么么哒), not doubled (哒哒), not alone.
const DA_KEPT = new Set<string>([...DA_KEPT_BEFORE]);
function daKept(at: number, s: string): boolean {
  const before = s[at - 1] ?? '';
  return !/[\u4e00-\u9fa5]/.test(before) || DA_KEPT.has(before) || s[at + 1] === '哒' || s[at + 1] === '嗒';
}
const fixTypo = (t: string) => TYPO_FIX[t] ?? t;
const NO_TYPOS_KEPT: ReadonlySet<string> = new Set();
const keptFor = new WeakMap<readonly UnitName[], ReadonlySet<string>>();
/** The typos a roster's names hold, kept as typed for it (上坊村: there 上坊 is the village, not 上访 mistyped). */
export function typosKept(units: readonly UnitName[]): ReadonlySet<string> {
  let kept = keptFor.get(units);
  if (kept === undefined) {
    const names = units.flatMap((u) => [u.name, ...u.aliases]);
    kept = new Set(Object.keys(TYPO_FIX).filter((t) => names.some((n) => n.includes(t))));
    keptFor.set(units, kept);
  }
  return kept;
}
// 去州里 / 州信访局: the prefecture level, read as 市 (lexicon.ts PREFECTURE_*). Same length, so nothing shifts.
// (赴州6人 / 到州2户: the level with its count, as 赴市6人.)
const PREFECTURE = new RegExp(`州(?<=(?:^|[^\\u4e00-\\u9fa5]|[${PREFECTURE_BEFORE}])州)(?=${alt(PREFECTURE_AFTER)}|[\\u4e00-\\u9fa5]{1,3}局|(?<=[赴到去进]州)(?:\\d{1,4}|[一二两三四五六七八九十]{1,3})(?:人|名|户|批))`, 'g');
// 内蒙古: 旗 is the county's level and 盟 the city's (去旗里, 旗信访局, 旗林草局, 到盟里); 苏木 is the township's (到苏木,
// 苏木政府). Only where they stand alone as the level, as 州 above (红旗, 插旗, 联盟 keep theirs). 奇里 is voice input's 旗里.
const BANNER = new RegExp(`([旗盟])(?<=(?:^|[^\\u4e00-\\u9fa5]|[${PREFECTURE_BEFORE}])[旗盟])(?=${alt(PREFECTURE_AFTER)}|[\\u4e00-\\u9fa5]{1,5}局|行署)`, 'g');
const SUMU = new RegExp(`苏木(?=${alt(PREFECTURE_AFTER)}|[\\u4e00-\\u9fa5]{0,3}(?:局|所|办|站|中心)|门口|干部|大院)|(?<=[${PREFECTURE_BEFORE}])苏木`, 'g');

// 去海口找农垦讨说法 / 到南宁上访: the capital is the province's seat (lexicon.ts PROVINCIAL_CAPITALS); 南宁市 stays a city.
// Only before what is done there (上访, 找…, an office): 搭车去广州，称要到省信访局 keeps the city the journey names.
const CAPITAL = new RegExp(`(?<=[${PREFECTURE_BEFORE}])(?:${alt(PROVINCIAL_CAPITALS)})(?=上访|告状|信访|反映|[\\u4e00-\\u9fa5]{0,6}?(?:讨说法|要说法|总部|厅|局|委|政府))`, 'g');
const CAPITAL_CUE = new RegExp(`${alt(PROVINCIAL_CAPITALS)}`);

// Whether a character is Traditional (converts to something else), memoised per char code (0: not asked yet,
// 1: no, 2: yes): most messages are typed in Simplified, and skipping the phrase converter for them halves the cost
// of normalising. A table rather than a Map: this runs at every character of every message.
const traditional = new Uint8Array(0x10000);
function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    let t = traditional[c]!;
    if (t === 0) {
      const ch = String.fromCharCode(c);
      t = toSimplified(ch) !== ch ? 2 : 1;
      traditional[c] = t;
    }
    if (t === 2) return true;
  }
  return false;
}

// Characters spaced out one by one (东湖社区  零 报 告, 零　报　告 with full-width spaces): a space next to a lone
// CJK character is typing, not a pause. Two words of two or more characters (柳林 石桥两村) keep theirs.
const FIELDS_ON_A_LINE = /([:：]\s*[^\s:：]{1,8}?)[ \u3000]{2,}(?=[^\s:：]{1,8}\s*[:：])/g;
// (进京：无　赴省：无: one space is enough after a field answered none; a name after one space stays with its title.)
const NONE_FIELDS_ON_A_LINE = /([:：]\s*(?:无|没有|0|否|正常|平稳|稳定|未发现))[ \u3000](?=[^\s:：]{1,8}\s*[:：])/g;
// 进京 无 / 集体访 0: a form's field answered none after a space, no colon (typed on a phone): the field and its answer.
const SPACED_NONE_FIELD = new RegExp(`((?:${alt([...PETITION_HEADINGS, ...PETITION_KINDS, '上访', '信访', '矛盾纠纷', '纠纷', '群体性事件', '舆情'])})[^\\s:：,;。]{0,3})[ \\u3000]+(无|没有|0)(?=[ \\u3000]|$)`, 'gm');
const SPACED_OUT = / (?:(?<=(?:^|[\s,.;:!?、])[\u4e00-\u9fa5] )(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5] )(?=[\u4e00-\u9fa5](?:$|[\s,.;:!?、])))/g;

// 零 报告, 重点 人员: a space typed inside one of the report's own words.
const SPACED_WORD = new RegExp(
  [...ZERO_REPORT_WORDS, ...KEY_WORDS]
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].join(' ?'))
    .join('|'),
  'g',
);

// The pairs of characters that follow each other in those words (重点 → 重,点): SPACED_WORD changes the text only
// where a space stands between such a pair, and most texts with spaces have none (报告人：王某 联系电话…).
const SPACED_PAIRS = new Set<number>();
for (const w of [...ZERO_REPORT_WORDS, ...KEY_WORDS]) {
  const cs = [...w]; // by code point, as SPACED_WORD puts its spaces
  for (let i = 1; i < cs.length; i++) SPACED_PAIRS.add(cs[i - 1]!.charCodeAt(cs[i - 1]!.length - 1) * 0x10000 + cs[i]!.charCodeAt(0));
}
function spacedPair(text: string): boolean {
  for (let i = text.indexOf(' ', 1); i > 0 && i < text.length - 1; i = text.indexOf(' ', i + 1)) {
    if (SPACED_PAIRS.has(text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i + 1))) return true;
  }
  return false;
}

// A signature or contact line (村支书：贺某（签字）, 报告人：王某某 联系电话：139…): who signed, never a report.
// The role word, a colon, and a short value that tells nothing (no petition, dispute or state word).
// A bracket ends the value unless it is the value's own note (贺某（签字）): 张宏图（包保人：李国强）在家 keeps 在家.
const SIGNATURE = new Scan(new RegExp(`(?:${alt(SIGNATURE_ROLES)})\\s*:[^\\n。;,〕()]{0,40}(?:\\([^()\\n]{0,10}\\))?`, 'g'));
const SIGNATURE_CUE = new Scan(new RegExp(`(?:${alt(SIGNATURE_ROLES)})\\s*:`));
const TELLS_SOMETHING = /访|纠纷|矛盾|零报|报告(?!人)|研判|稳定|稳控|平安|异常|在家|外出|失联|无|没有|情况|发生|聚集|冲突|今日|今天|村民|居民|重点/;
const SIGNED = /\(?(?:签字|签名|盖章)\)?\s*$/;
const PHONE_ROLE = /^(?:联系电话|电话|手机号?)\s*:/;

// 梅林村委会 钟某 13900009911 / 新城社区 肖某 187****0935: the last line, a unit or its office, a name and a phone, with no
// role word and no colon: who sent the report, not a key person.
const SIGN_LINE = /\n[^\n:,;。]{0,16}?(?:村委会|居委会|村|社区|街道|办事处|镇|乡|办)\s+[\u4e00-\u9fa5]{2,4}\s*1\d{2}[\d*]{4}\d{4}\s*$/;
function dropSignLine(text: string, out: string[]): string {
  const m = SIGN_LINE.exec(text);
  if (!m) return text;
  out.push(m[0].trim());
  return text.slice(0, m.index);
}

/** Signature lines out of the text, kept aside for --explain. */
function dropSignatures(text: string, out: string[]): string {
  if (!SIGNATURE_CUE.test(text)) return text;
  return SIGNATURE.replace(text, (m) => {
    // A value that tells something is a form field of the report (书记：今天零报告), not a signature.
    const value = m.slice(m.indexOf(':') + 1).replace(SIGNED, '');
    if (TELLS_SOMETHING.test(value.replace(/\d[\d\s-]*/g, ''))) return m;
    // (接群众电话：河湾村有人在镇政府门口拉横幅: a phone's field with no number is what the call said.)
    if (PHONE_ROLE.test(m) && !/\d/.test(value)) return m;
    out.push(m.trim());
    return ' ';
  });
}

// Rows pasted from Excel: cells separated by tabs. A header row (no figures) over rows of figures becomes
// “header:cell” clauses; a single row becomes “label:figure” pairs (排查	3	化解	3 → 排查:3,化解:3).
const ROW_LABEL = /^(?:项目|类别|事项|内容|指标|类型|名称|情形)$/;
const LEDGER_HEADER = /^(?:当事人|纠纷类型|矛盾类型|纠纷名称|纠纷事由|基本情况|简要情况|化解情况|调处情况|调处结果|涉及人员|双方当事人)$/;
// (Full-width figures too: the table is read before NFKC makes them ASCII.)
const HAS_FIGURE = /[\d０-９]|^[零一二两三四五六七八九十]+$|^(?:无|没有|暂无)$/;
// 零报告	是 / 是否稳定	否: a yes-or-no answer is a row's cell, so its row is no header over the next one.
const YES_NO = /^(?:是|否)$/;
const NOTE_CELL = /^(?:备注|说明|附注|结论|研判结论)$/;
// (库木坎儿孜村	零报告 over 进京	无: the unit's report said in the first row, the form's fields under it; no header.)
const ZERO_CELL = new RegExp(`^(?:${alt(ZERO_REPORT_WORDS)})$`);
// 研判人	肖某 (a form's last row): a role and who holds it, a label:value row (dropped as a signature), never a header's
// row of names under 研判结论	总体平稳.
const ROLE_CELL = new RegExp(`^(?:${alt(SIGNATURE_ROLES)})$`);
// 蔡木桂	在家	稳定 over 蔡某某	汕头务工	稳定: a row of a person's state is the table's first row, not its header (在位情况 is a
// header's word, and so are 在调 and 在家情况).
// The labels a form of two columns opens with (单位	上寨村 / 日期	4月5日 / 进京访	无): each row a field and its value, the
// first row no header over the rest.
const FORM_LABEL = /^(?:单位|报告单位|填报单位|报送单位|村名|日期|时间|报送日期|填报日期|报告日期|报告时间)$/;
const STATE_CELL = /^(?:在(?![位岗调访册控])[\u4e00-\u9fa5]{1,4}(?<!情况|状态|人数|动态)|稳定|正常|平稳|情绪稳定|外出|失联)$/;
function tableRows(text: string): string {
  const lines = text.split('\n');
  const tabbed = lines.map((l) => l.includes('\t'));
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('\t')) {
      header = null;
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    const next = lines[i + 1]?.split('\t');
    // A header: no figures nor names in it, over a row of the same width with figures or names (姓名	现实表现 over
    // 蒋某某	稳定).
    if (!cells.some((c) => HAS_FIGURE.test(c) || YES_NO.test(c) || c.includes('某') || STATE_CELL.test(c) || (cells.length === 2 && ZERO_CELL.test(c))) && next && next.length === cells.length && next.some((c) => HAS_FIGURE.test(c.trim()) || YES_NO.test(c.trim()) || /某/.test(c)) && !ROLE_CELL.test(next[0]!.trim()) && !(cells.length === 2 && FORM_LABEL.test(cells[0]!) && FORM_LABEL.test(next[0]!.trim()))) {
      header = cells;
      lines[i] = '';
      continue;
    }
    if (header && header.length === cells.length) {
      // 项目	数量 / 进京访	0: the first column names the row's field; 备注	零报告 under the header's row: a note of its own.
      if (ROW_LABEL.test(header[0]!) || NOTE_CELL.test(cells[0]!)) lines[i] = `${cells[0]}:${cells.slice(1).filter(Boolean).join(',')}。`;
      else {
        const row = cells.map((c, j) => (header![j] ? `${header![j]}:${c}` : c)).filter((c) => c && !c.endsWith(':')).join(',');
        // A row of a dispute ledger (纠纷类型, 当事人, 基本情况…) describes a dispute its figures count: a note, whose
        // parties are not key persons and whose 争执 is not a flare-up of the day.
        lines[i] = header.some((h) => LEDGER_HEADER.test(h)) ? `〔${row}〕` : `${row}。`;
      }
      continue;
    }
    header = null;
    const parts: string[] = [];
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j]!;
      if (!c) continue;
      const n = cells[j + 1];
      if (n !== undefined && !HAS_FIGURE.test(c) && (HAS_FIGURE.test(n) || YES_NO.test(n) || ROLE_CELL.test(c)) && !c.endsWith(':')) {
        parts.push(`${c}:${n}`);
        j++;
      } else parts.push(c);
    }
    lines[i] = parts.join(',');
  }
  // A header row emptied above is dropped; an empty line of the text stays.
  return lines.filter((l, i) => l !== '' || !tabbed[i]).join('\n');
}

// 姓名｜在位情况｜思想动态｜包保人 over rows of cells: a table typed with bars is read as one pasted with tabs. Only
// runs of two or more lines with the same number of bars and no colon (项目：…｜数量：… is read by ITEM_AND_FIGURE).
const BAR = /[|｜]/g;
const FIELD_BAR = /^\s*[\u4e00-\u9fa5]{2,6}\s*[|｜]/;
function barRows(text: string): string {
  const lines = text.split('\n');
  const bars = lines.map((l) => (/[:：]/.test(l) ? 0 : (l.match(BAR)?.length ?? 0)));
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const n = bars[i]!;
    // 时间｜3月6日8:50 / 地点｜港城街道办事处门口: one bar after a field's name is a form's field, not a table's two cells.
    if (FIELD_BAR.test(lines[i]!) && lines[i]!.match(BAR)?.length === 1) {
      lines[i] = lines[i]!.replace(BAR, ':');
      changed = true;
      continue;
    }
    // (赵玉兰｜在家｜稳定 alone under its heading: two bars make a row of cells, one only beside rows like it.)
    if (n < 1 || (n < 2 && bars[i - 1] !== n && bars[i + 1] !== n)) continue;
    lines[i] = lines[i]!.replace(BAR, '\t');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

// 序号 姓名 现实表现 包保人 over rows of as many cells split by spaces: a table typed with spaces, read as one with tabs
// (only under a header that names 姓名, so a sentence with spaces is never cut into cells).
const SPACE_HEADER = /^(?=.*姓名)[\u4e00-\u9fa5]{2,6}(?: [\u4e00-\u9fa5]{2,6}){2,}$/;
function spaceRows(text: string): string {
  const lines = text.split('\n');
  let width = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const cells = line.split(/\s+/);
    if (SPACE_HEADER.test(line)) width = cells.length;
    else if (width === 0 || cells.length !== width) {
      width = 0;
      continue;
    }
    lines[i] = cells.join('\t');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

// A person's form (姓名：王某某\n行踪：在家\n表现：稳定): the fields after a name line belong to that person, so
// they join its line (a line break would end what is said of the name).
// (人员姓名, 包保对象, 稳控对象: the person's field however the form words it; 包保人 is the cadre's.)
const NAME_FIELD = /^\s*(?:\d{1,2}[.、)]?\s*)?(?:[\u4e00-\u9fa5]{0,4}(?:姓名|对象)|人员|[\u4e00-\u9fa5]{0,6}?重点人员)\s*:/;
// Any short field (所属村组：, 当日表现：, 稳控措施：) that follows, as forms name them in many ways; a new name or a
// line that is not a field ends the person.
const PERSON_FIELD = /^\s*[\u4e00-\u9fa5]{2,8}\s*:/;
// (重点人员：詹某某\n位置：在家: the key persons' field holding one name, not their count: 重点人员：6人.)
const PERSON_LINE = /(?:^|\n)\s*(?:人员\s*:|[\u4e00-\u9fa5]{0,6}?重点人员\s*:\s*(?![\d一二两三四五六七八九十])[\u4e00-\u9fa5]{2,4}\s*(?:\(|\n))/;
function joinPersonFields(text: string): string {
  const lines = text.split('\n');
  let inPerson = false;
  let out = lines[0] ?? '';
  inPerson = NAME_FIELD.test(out);
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (NAME_FIELD.test(l)) inPerson = true;
    else if (inPerson && PERSON_FIELD.test(l)) {
      out += `,${l.trim()}`;
      continue;
    } else inPerson = false;
    out += `\n${l}`;
  }
  return out;
}

const ITEM_AND_FIGURE = /(?:项目|类别|事项|指标|名称|内容)\s*:\s*([^|,\n:]{1,16}?)\s*[|,]\s*(?:数量|数值|数据|件数|人数|情况|结果)\s*:/g;
const ANSWERED_NONE = /(?:有没有|是否有|有无)([^?,.;:!。\n]{1,16})\?\s*(?:没有|无|没|否)(?:的)?[。.!,;]?/g;

/** A roster name as the text reads after normalising (山澫村 → 山𬇕村): the converter's form of a Traditional name. */
export function simplifiedName(name: string): string {
  return hasTraditional(name) ? toSimplified(name) : name;
}

export interface Normalized {
  text: string;
  /** Signature and contact lines taken out of the text (for --explain). */
  signatures?: string[];
  truncated: boolean;
  /** The message @-mentioned someone (usually the bot). */
  mentioned: boolean;
  /** It @-mentioned a person and not the bot (“@王姐 模板在哪？” asks her, not us). */
  toPerson: boolean;
}

// 塘边今天零报告前日打架那两家也和好了 (no stop typed): the report's word ends its clause before a day named after it.
const ZERO_THEN_DAY = new RegExp(`(${alt(ZERO_REPORT_WORDS)})(?=${alt(DAY_BEFORE_OPENERS)})`, 'g');
// 无一起纠纷 / 没有一件上访的: “not one”, no figure of one.
const NOT_ONE = /(无|没有|没)一(?:起|件|宗|例)(?=[\u4e00-\u9fa5]{0,6}?(?:纠纷|矛盾|上访|信访|事件))/g;
const NAME_FORM = /^[\u4e00-\u9fa5]{2,4}\n(?:状态|去向|动态|现状|位置|情绪|行踪|表现)\s*[:：]/;
// (「库湾村：【首报】…」\n新湾村无此类情况，今日零报告 / 回复 龙王沟村：龙王沟村1月29日零报告\n我村同样零报告: a sender's words
// quoted on the first line (the quote of a reply begins with the name replied to), the reply under them read.)
// (【引用 幸福社区：【首报】…】\n收到，我们这边没有人参与: the app's quote in brackets, brackets inside it, on its own line.)
const QUOTED_REPLY = /^(?:「[^」]*」\s*\n[-—\s]{5,}\n|「[^」:：\n]{1,20}[:：][^」]*」\s*\n|【引用\s*[^:：\n】]{1,20}[:：][^\n]*】\s*\n|回复\s*([^:：\n]{2,12})[:：]\s*\1[^\n]*\n)/;
export function normalizeText(raw: string, kept: ReadonlySet<string> = NO_TYPOS_KEPT): Normalized {
  let text = raw;
  const truncated = text.length > MAX_PARSE_CHARS;
  if (truncated) text = text.slice(0, MAX_PARSE_CHARS);
  if (/[\uD800-\uDFFF]/.test(text)) text = text.replace(LONE_SURROGATE, '');
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // 「沙河村：沙河村今日零报告」\n- - - - - -\n收到: the app's quoted reply; the message is the answer below the rule, not the quote.
  if (text.startsWith('「') || text.startsWith('回复') || text.startsWith('【引用')) text = text.replace(QUOTED_REPLY, '');
  // 曾桂田\n状态：稳定\n去向：在家: a name alone on the first line, the person's fields under it, is one line of news.
  if (NAME_FORM.test(text)) text = text.replace(/\n+/g, '，');
  if (text.includes('｜') || text.includes('|')) text = barRows(text);
  if (text.includes('姓名') && text.includes(' ')) text = spaceRows(text);
  // Before NFKC: full-width colons in table cells are read after it, as any colon.
  if (text.includes('\t')) text = tableRows(text).replace(/\t/g, ' ');
  text = text.replace(CONTROL, '');
  // ① → 1. (NFKC alone gives a bare 1, glued to what follows: ②刘玉兰 would read 2刘玉兰).
  if (CIRCLED.test(text)) text = text.replace(CIRCLED_ALL, (c) => `${c.charCodeAt(0) - 0x245f}.`);
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
  if (mayHaveEmoji(text)) text = text.replace(EMOJI, '');
  if (text.includes('[')) text = text.replace(PLACEHOLDER, ' ');
  if (text.includes('号')) text = text.replace(SPOKEN_PUNCT, (w) => SPOKEN_PUNCTUATION[w] ?? w);
  text = TYPOS.replace(text, kept.size === 0 ? fixTypo : (t) => (kept.has(t) ? t : fixTypo(t)));
  text = fixZeroTypos(text);
  if (text.includes('州')) text = text.replace(PREFECTURE, '市');
  if (text.includes('旗') || text.includes('盟') || text.includes('奇里')) text = text.replace(/奇里/g, '旗里').replace(BANNER, (w) => (w === '旗' ? '县' : '市'));
  if (text.includes('苏木')) text = text.replace(SUMU, (w) => (w.length === 2 ? '镇' : w));
  if (CAPITAL_CUE.test(text)) text = text.replace(CAPITAL, '省城');
  if (CANTONESE_CUE.test(text)) text = text.replace(CANTONESE_RE, (w, at: number, s: string) => (cantoneseKept(w, at, s) ? w : (CANTONESE[w] ?? w)));
  if (DIALECT_CUE.test(text)) text = text.replace(DIALECT_RE, (w, at: number, s: string) => ((w === '没得' && (s[at + 2] === '到' || s[at + 2] === '了')) || (w[0] === '木' && (WOOD_BEFORE.has(s[at - 1] ?? '') || (MU_SEARCH.test(w) && !MU_SEARCH_BEFORE.has(s[at - 1] ?? '')))) || (w === '哒' && daKept(at, s)) || (w === '咧' && (s[at + 1] === '嘴' || s[at + 1] === '咧' || s[at - 1] === '咧')) || (w === '夜来' && s[at + 2] === '香') || (w === '要得' && !YAODE_END.test(s.slice(at + 2, at + 3))) || (w === '年时' && YEAR_TIME_BEFORE.test(s[at - 1] ?? '')) || (w === '待家' && (RECEIVE_BEFORE.has(s[at - 1] ?? '') || s[at + 2] === '属' || s[at + 2] === '长' || s[at + 2] === '人')) ? w : (DIALECT[w] ?? w)));
  if (text.includes('零') || text.includes('0')) text = text.replace(ZERO_THEN_DAY, '$1,');
  if (text.includes('一')) text = text.replace(NOT_ONE, '$1');
  // (上访：无  聚集：无 / 进京：无　赴省：无: a form's fields on one line, set apart by a wide gap or after a none, are lines,
  // not one spaced-out word.)
  if ((text.includes(' ') || text.includes('\u3000')) && (text.includes('无') || text.includes('0'))) text = text.replace(SPACED_NONE_FIELD, '$1:$2');
  if ((text.includes(' ') || text.includes('\u3000')) && (text.includes(':') || text.includes('：'))) text = text.replace(FIELDS_ON_A_LINE, '$1\n').replace(NONE_FIELDS_ON_A_LINE, '$1\n');
  text = text.replace(/[ \u3000]+/g, ' ').trim();
  if (text.includes(' ')) {
    text = text.replace(SPACED_OUT, '');
    if (spacedPair(text)) text = text.replace(SPACED_WORD, (w) => w.replace(/ /g, ''));
  }
  // (【续报】仁化村\n人员：崔永哲\n现状：…: a follow-up's form names its person as 人员.)
  if ((text.includes('姓名') || text.includes('对象') || PERSON_LINE.test(text)) && text.includes('\n')) text = joinPersonFields(text);
  const signatures: string[] = [];
  if (text.includes('\n')) text = dropSignLine(text, signatures);
  if (text.includes(':')) text = dropSignatures(text, signatures).replace(/ {2,}/g, ' ').replace(/ +(?=\n|$)/g, '').trim();
  // 排查矛盾纠纷 3 起 / 重点人员 4 人: a space around a figure is typing, not structure.
  if (text.includes(' ')) text = text.replace(DIGIT_SPACE, '');
  // 有没有人进京？没有。: a form's question answered “none” at once is the negated item (无人进京。).
  if (text.includes('?')) text = text.replace(ANSWERED_NONE, '无$1。');
  // 项目：排查矛盾纠纷｜数量：1起: a form's line that names its field and figure in two cells.
  // (序号\t项目\t数量 over tab rows reads 序号:1,项目:排查矛盾纠纷,数量:1件 after tableRows: a comma between too.)
  if (text.includes('|') || text.includes('项目:') || text.includes('项目：')) text = text.replace(ITEM_AND_FIGURE, '$1:');
  const dictated = text.length > 20 && !PUNCTUATED.test(text);
  text = text.replace(VOICE_PAUSE, ',');
  if (dictated) text = text.replace(VOICE_CONNECTIVE, ',');
  return { text, truncated, mentioned, toPerson, ...(signatures.length ? { signatures } : {}) };
}
