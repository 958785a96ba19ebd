import { ALIAS_NAME_NEXT_WORDS, alt, CALM_STATES, FAR_PLACE_NAMES, NAME_HOLDING_ALIAS_SURNAMES, ROAD_WORDS, ORG_WORDS_AFTER, ORG_WORDS_BEFORE } from './lexicon.js';
import { simplifiedName } from './normalize.js';
import type { UnitName } from './schema.js';

// Which unit a message is about: names and aliases from the roster (longest first, so 东坡社区 beats 东坡),
// 我村/本村 for the sender's own unit, and unit-like names the roster does not know (青山村 → unknown).

export interface UnitMention {
  unit: string;
  index: number;
  end: number;
  /** Said as 我村/本村 (the sender's own unit), not by name. */
  self?: boolean;
}

interface Matcher {
  re: RegExp | null;
  canonical: Map<string, string>;
  /** No name holds a line break, ; or 。 (see rosterMentionsIn). */
  unbroken: boolean;
}

const cache = new WeakMap<readonly UnitName[], Matcher>();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcherFor(units: readonly UnitName[]): Matcher {
  let m = cache.get(units);
  if (m) return m;
  const canonical = new Map<string, string>();
  // (A name with a character the normaliser converts (山澫村, read in the text as 山𬇕村) is found in either form.)
  for (const u of units) {
    for (const n of [u.name, ...u.aliases]) {
      if (!n) continue;
      for (const form of [n, simplifiedName(n)]) if (!canonical.has(form)) canonical.set(form, u.name);
    }
  }
  const names = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  m = { re: names.length ? new RegExp(names.join('|'), 'g') : null, canonical, unbroken: [...canonical.keys()].every((n) => !/[\n;。]/.test(n)) };
  cache.set(units, m);
  return m;
}

// (张庄、王庄两村 lists units: a numeral, 各, 本… before 村 is no part of a name.)
const TOWNSHIP_NAME = /^(?![到去在赴来回往进上下找跑从和与及、的])[\u4e00-\u9fa5](?:镇|乡)(?![里上长政党委])/;
// 乌力吉苏木巴彦查干嘎查 around the alias 查干嘎查 (of 查干淖尔嘎查): the tail of another township's village's name.
const ANOTHER_TOWNSHIPS_BEFORE = /(?:苏木|镇|乡)[\u4e00-\u9fa5]{1,3}$/;
const NAME_TAIL_ALIAS = /(?:村|社区|嘎查)$/;
const NAME_TAIL_NEXT = /^(?:村|社区|嘎查)/;
// (佛岭镇上后畈村: the township, then its village 上后畈村; not 集镇上看到半岭村: 镇上, 乡里 are places there.)
const RUN_ON_AFTER_TOWNSHIP = /(?:苏木|镇|乡)(?:[上下]|(?![上里下政府长党])[\u4e00-\u9fa5]{1,2})$/;
const LONGER_NAME = /^(?![^村社居嘎]{0,1}[两二三四五六七八九十几各本我该全每此这那等的和与及、驻])[\u4e00-\u9fa5]{1,2}(?:村(?![里民干上内口头部组])|社区(?![里内干])|居委会|嘎查(?![里]))/;
// 金沙街道综治中心, 桃花坪乡中心学校: an alias inside an organisation's name (lexicon ORG_WORDS_*). 乡/镇 alone after
// the alias are the township of that name (桃花坪乡今天…), but not 乡里/镇上 (the alias then names the place).
const ORG_BEFORE = new RegExp(`(?:${alt(ORG_WORDS_BEFORE)})$`);
const ORG_AFTER = new RegExp(`^(?:${alt(ORG_WORDS_AFTER)}|[乡镇](?![里上下亲村民]))`);
// (霞美鞋业, 龙湫锑业, 茶岭春茶业: a trade's 业 after one or two characters names a firm too.)
// (通达国际物流公司, 冷嘎措旅游公司: up to four characters of the name or trade before 公司, none a village's or a clause's.)
// (陶浜五金厂, 红星砖瓦厂, 红砂鑫源砂石厂: two to four characters of the name or trade, then 厂; 东垟鞋厂 is the village's own factory, 园区某酒厂 one in the park.)
const ENTERPRISE_AFTER = /^(?:(?:(?![的有个在今昨没去到来和与跟找村])[\u4e00-\u9fa5]){0,4}?(?:公司|集团|合作社)|[\u4e00-\u9fa5]{2,6}?有限(?:责任)?公司|[\u4e00-\u9fa5]?贸(?:易)?|[\u4e00-\u9fa5]{1,2}业(?![主户务余内])|[厂矿](?!社区|村|区|里|上|长)|(?:(?![的有个在今昨没去到来和与跟某内里])[\u4e00-\u9fa5]){2,4}[厂矿](?!社区|村|区|里|上|长))/;
const SELF = /我村|本村|我们村|我社区|本社区|我们社区|我居|本居/g;
// 今儿个村里太平，没啥事: an alias that is also a word for calm (太平, 平安), said as the day's state, not the unit.
const CALM_ALIAS = new Set<string>(CALM_STATES);
const GREETING_AFTER = /^(?:安康|美满|快乐|吉祥|如意)/;
const FIELD_ALIAS = /(?:园|田|地|林|坝|塘)$/;
const AT_BEFORE = /[在到去]$/;
const IN_AFTER = /^[里中头]/;
const PLANT_PLACE_AFTER = /^(?:山|林|树|籽|果|苗|田|地(?!区))/;
// (上午龙溪河边消落带那块地, 去查干湖看冬捕: an alias inside the name of a river, a lake or a reservoir.)
const FAR_BEFORE = new RegExp(`(?:${alt(FAR_PLACE_NAMES)})(?:省|市)?$`);
const FAR_AT = new RegExp(`^(?:${alt(FAR_PLACE_NAMES)})`);
const ROAD_AFTER = new RegExp(`^(?:${alt(ROAD_WORDS)}|路(?![上过边费灯]))`);
const WATER_AFTER = /^(?:河|江|湖|水库|沟(?!里))(?![村组社])/;
const SAID_AS_STATE = /^(?:[,;。!、]|$|了|的|无事|得很|着呢)/;
// (祝大家新年平安, 岁岁平安: a wish, not the unit.)
const WISHED_BEFORE = /(?:新年|节日|春节|元旦|国庆|中秋|一路|出入|岁岁|保|祝[\u4e00-\u9fa5]{0,5})$/;

// 王永福屋里人讲…, 杨金花也为摊位闹过: an alias of two after a surname, the person's words after it, is a given name.
const SURNAME_BEFORE = new Set(NAME_HOLDING_ALIAS_SURNAMES);
const PERSON_WORDS_AFTER = new RegExp(`^(?:${alt(ALIAS_NAME_NEXT_WORDS)}|\\d{1,2}(?:点|:))`);
const personsName = (text: string, at: number, len: number) =>
  len === 2 && at > 0 && SURNAME_BEFORE.has(text[at - 1]!) && PERSON_WORDS_AFTER.test(text.slice(at + len, at + len + 3));

// The roster's names found in the last text asked: the parser asks for the same text several times (its lines for
// blocks of units, then the whole), and the alternation of every name and alias is one of its dearer scans.
let lastText = '';
let lastUnits: readonly UnitName[] | null = null;
let lastFound: readonly UnitMention[] = [];

/** The roster's names and aliases in the text (not 我村), in text order. Callers must not change the mentions. */
function rosterMentions(text: string, units: readonly UnitName[]): readonly UnitMention[] {
  if (text === lastText && units === lastUnits) return lastFound;
  const { re, canonical } = matcherFor(units);
  const out: UnitMention[] = [];
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const unit = canonical.get(m[0])!;
      // 石门坎村 beside the alias 石门 (of 石门村): a longer name the roster does not know, not that unit (乌兰村驻村队 is
      // the unit's work team).
      if (unit !== m[0] && LONGER_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      // 南渡岭镇港北社区 beside the alias 南渡 (of 南渡村): the township's own name, not that unit.
      if (unit !== m[0] && TOWNSHIP_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // (龙潭乡大海子村 beside 海子 or 海子村: another township's village, its name begun before the roster's.)
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (unit !== m[0] && NAME_TAIL_ALIAS.test(m[0]) && ANOTHER_TOWNSHIPS_BEFORE.test(before)) continue;
      if ((unit === m[0] || NAME_TAIL_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) && RUN_ON_AFTER_TOWNSHIP.test(before)) continue;
      if (unit !== m[0] && WATER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // (广州新塘那边, 拉萨达孜区: a far city or province named right before the alias names a place of its own; 从乌兰浩特回来了:
      // the alias begins a far city's name.)
      if (unit !== m[0] && (FAR_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || (FAR_AT.exec(text.slice(m.index, m.index + 8))?.[0].length ?? 0) > m[0].length)) continue;
      // (县城金竹路罗汉果收购点, 者冲路口菜市场, 龙池路那边3栋: an alias inside a road's name.)
      if (unit !== m[0] && ROAD_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // (为分油茶山扯皮, 杨树林里: an alias that is a plant's name, inside a word for the hill or grove of it.)
      if (unit !== m[0] && PLANT_PLACE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      if (unit !== m[0] && CALM_ALIAS.has(m[0]) && (SAID_AS_STATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) || WISHED_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)))) continue;
      // (今天全村都在葡萄园里剪枝, 羊跑到涝坝里去了: an alias that is a field's or a pond's word, 在 before it and 里 after, is
      // the field or the pond.)
      if (unit !== m[0] && FIELD_ALIAS.test(m[0]) && AT_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) && IN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
      // (各村日研判汇总（向家湾片）: an area named after a village, the 片区 a cadre reports for, not that unit.)
      if (unit !== m[0] && text.charCodeAt(m.index + m[0].length) === 0x7247) continue;
      // (祝大家国庆快乐，幸福安康: an alias inside a greeting's set phrase.)
      if (unit !== m[0] && GREETING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      // (在锑山矿做过事的, 在龙湫锑业公司务工的: an alias inside the name of a mine, a factory or a company.)
      // (热贡唐卡艺术有限公司: a firm's full name runs longer.)
      if (unit !== m[0] && ENTERPRISE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      if (unit !== m[0] && (ORG_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || ORG_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)))) continue;
      if (unit !== m[0] && personsName(text, m.index, m[0].length)) continue;
      out.push({ unit, index: m.index, end: m.index + m[0].length });
    }
  }
  lastText = text;
  lastUnits = units;
  lastFound = out;
  return out;
}

/**
 * The roster mentions of each [start, end) span of the text (its lines or sentences), indexed from the span's
 * start: what findUnitMentions(text.slice(start, end), units, null) gives, from one scan of the whole text. Equal
 * because a name never holds what separates the spans (a line break, ; or 。), so no match of the whole text
 * crosses a span's edge; null when some name does.
 */
export function rosterMentionsIn(text: string, spans: readonly (readonly [number, number])[], units: readonly UnitName[]): UnitMention[][] | null {
  if (!matcherFor(units).unbroken) return null;
  const all = rosterMentions(text, units);
  const out: UnitMention[][] = spans.map(() => []);
  let k = 0;
  for (const m of all) {
    while (k < spans.length && spans[k]![1] <= m.index) k++;
    if (k === spans.length) break;
    const [s] = spans[k]!;
    if (m.index >= s) out[k]!.push({ unit: m.unit, index: m.index - s, end: m.end - s });
  }
  return out;
}

export function findUnitMentions(text: string, units: readonly UnitName[], senderUnit: string | null): UnitMention[] {
  const out: UnitMention[] = rosterMentions(text, units).slice();
  if (senderUnit) {
    SELF.lastIndex = 0;
    for (let m = SELF.exec(text); m !== null; m = SELF.exec(text)) out.push({ unit: senderUnit, index: m.index, end: m.index + m[0].length, self: true });
    out.sort((a, b) => a.index - b.index);
  }
  return out;
}

/** The canonical name of a unit name/alias, or null. */
export function canonicalUnit(name: string | null, units: readonly UnitName[]): string | null {
  if (!name) return null;
  return matcherFor(units).canonical.get(name) ?? null;
}

/**
 * Units listed together at the first mention: “张庄、王庄两村”, “李家湾村、河西村”, “张庄村和王庄村”.
 * One unit when the message names only one (or names others later in passing: “在王庄亲戚家”).
 */
export function unitChain(text: string, mentions: readonly UnitMention[]): string[] {
  return mentions.length === 0 ? [] : chainFrom(text, mentions, 0).units;
}

/** The units listed together from mentions[start] on, and where the list ends in the text (commas: a comma lists too). */
export function chainFrom(text: string, mentions: readonly UnitMention[], start: number, commas = true): { units: string[]; end: number; next: number } {
  let prev = mentions[start]!;
  const units = [prev.unit];
  let i = start + 1;
  for (; i < mentions.length; i++) {
    const m = mentions[i]!;
    const between = text.slice(prev.end, m.index);
    // 柳林 石桥两村: a space between two names lists them too. 什统片区（什统村、番响村）: a 片区 named by its first unit,
    // its units in brackets.
    if (!/^(?:村|社区)?(?:\s*[、,和及与跟]\s*|\s+)$|^片区?\s*\(\s*$/.test(between) || (!commas && between.includes(','))) break;
    if (!units.includes(m.unit)) units.push(m.unit);
    prev = m;
  }
  return { units, end: prev.end, next: i };
}

// A unit-like name near the start of the message (after 【…】, 补报：, 代…报, its township): “青山村今日零报告”, “南埭镇西洋村零报告”
// (not a resort, 汤泉度假村).
const UNKNOWN_RE = /^(?:(?:领导|各位领导|报告|今天|今日|昨天|昨日)[,:\s]*)?(?:[【[(]?\s*(?:零报告|日研判|即时报告|重点人员动态|更正|修改|补报|重新上报)?\s*[】\]):]?\s*)?(?:代)?(?:[\u4e00-\u9fa5]{1,3}?[镇乡](?![里上政府长]))?([\u4e00-\u9fa5]{2,4}?)(村(?![里民干上内口头部组])(?<!度假村)|社区(?![里内干])|居委会|嘎查|居委)/;
// (听说村里…, 据说社区里…: 村里/社区里 is “in the village”, no name.)
const STOP = /[今昨前明本我咱俺全各该每两三几此这那们的在到去回和与及、驻包进镇县区市省日月年报告零研判听据说]/;

// …跟咱杨树村没关系，杨树村零报告: a unit-like name right before 零报告 at a clause's start, later in the message (not 隔壁村).
const ZERO_NAMED_UNKNOWN = /(?:^|[,;。!?\s])([\u4e00-\u9fa5]{2,4}?)(村|社区)(?:今日|今天)?(?:零报告|0报告)/;
const NEAR_UNIT = /^(?:隔壁|邻|外|其他|其余|别的)/;
// 李家庄零报告 / 石门湾今日无情况: a place name (…庄, …湾, …坪) right before the report's words names a unit too.
const PLACE_UNKNOWN_RE = /^(?:[【[(]?\s*(?:补报|更正|修改|代)?\s*[】\]):]?\s*)?([\u4e00-\u9fa5]{1,3}?(?:庄|湾|屯|寨|坪|沟|营|铺|堡|岭|坡|洼|峪|集|店|坝|塘|岗|嘴|垭|坎|冲|园|桥))\s*(?=今日|今天|昨日|昨天|\d{1,2}月|零报|0报|日研判|研判|重点人员|即时报告|无情况|情况)/;

/** A unit name the roster does not know, at the start of the message; null when none. */
export function unknownUnitName(text: string): string | null {
  const m = UNKNOWN_RE.exec(text);
  if (m) {
    const stem = m[1]!;
    return STOP.test(stem) ? null : stem + m[2]!;
  }
  const p = PLACE_UNKNOWN_RE.exec(text);
  if (p && !STOP.test(p[1]!.slice(0, -1))) return p[1]!;
  const z = ZERO_NAMED_UNKNOWN.exec(text);
  return z && !STOP.test(z[1]!) && !NEAR_UNIT.test(z[1]!) ? z[1]! + z[2]! : null;
}

/**
 * 下平村 for 下坪村, 张装村 for 张庄村: the one roster name of the same length that differs from the name in one
 * character (not its 村/社区), a slip of the input method; null when none or more than one. Only the sender's own
 * unit is taken this way (a member files for that unit alone); another is named back as unknown.
 */
export function similarUnit(name: string, units: readonly UnitName[]): string | null {
  let found: string | null = null;
  for (const u of units) {
    const n = u.name;
    if (n.length !== name.length || n === name) continue;
    let diff = -1;
    let count = 0;
    for (let i = 0; i < n.length; i++) {
      if (n[i] !== name[i]) {
        diff = i;
        count++;
      }
    }
    if (count !== 1 || diff >= n.length - 1 || (n.endsWith('社区') && diff >= n.length - 2)) continue;
    if (found !== null) return null;
    found = n;
  }
  return found;
}
