import { ABNORMAL_COUNT_WORDS, ALL_WELL_WORDS, ASSESSMENT_GRADE_LABELS, ASSESSMENT_GRADES, alt, DEGREE_WORDS, MEDIATION_REQUEST_WORDS, REQUEST_RECEIVED_WORDS, SETTLING_VERBS, COUNT_FIELD_SUFFIX, COUNT_VERBS, MISSING_WORDS, NOT_FINE_WORDS, PAST_MARKERS, RECENT_PAST_WORDS, THE_REST_WORDS, UNNAMED_ABNORMAL_WORDS, CUMULATIVE_WORDS, DAY_PART_WORDS, KEY_PERSON_WORDS, NOT_DONE_BEFORE, PERIOD_WORDS, PETITION_CHANNELS, PETITION_TOTALS, VISITOR_WORDS } from './lexicon.js';
import { FIGURE as NUM, parseNumber } from './numbers.js';
import type { Counts, Level } from './schema.js';
import { Scan } from './scan.js';

// 日研判 figures. Only what the message states: a count it does not state stays absent, never 0.

const U = '(?:起|件次|件|个|宗|条|处|批次|批|次|人次)';
const U_NOT_PLACE = '(?:起|件次|件|个|宗|条|批次|批|次|人次)';
// A figure that is not the one read (重点人员由2人调整为5人: the 2).
const OTHER_NUM = NUM.replace('(', '(?:');
// Between the field and its figure: 排查矛盾纠纷：共3起, 重点人员应为9人 (a correction).
const FILL = '[:\\s|]*(?:应该是|应该为|应为|应是|改为|更正为|为|是|共|合计|总计|有)?';
// 纠纷排查数：3 / 稳控数量：8人: a field named as a number (数, 数量) may give its figure without a measure word.
const SFX = `(?:${alt(COUNT_FIELD_SUFFIX)})`;
// What ends a bare figure (排查2 化解2, 新排查0｜化解1（…）, 信访：0, 纠纷1/化解1).
const BARE_END = '(?=$|[\\s,;。、|()/])';
// The figure after a field: with a measure word, or without one after 数/数量 or a colon (排查:3 from a table row).
// Shorthand (排查2 化解2 信访0 重点人员3, 信访零) gives an Arabic figure or 零 with no measure word before a space or the end.
// 排查纠纷（起）：2 — a form's heading gives the measure word in brackets. (“化解”一栏应为0: a correction's bare figure.)
const UNIT_NOTE = '(?:\\((?:起|件|个|宗|人|名|位|批|批次|次|人次)\\))?';
const fig = (u: string) => `${UNIT_NOTE}(?:${SFX}${FILL}${NUM}(余|多)?${u}?| *[:|] *${NUM}(余|多)?(?:${u}|${BARE_END})|${FILL}${NUM}(余|多)?${u}| ?(\\d{1,5}|零)${BARE_END}|(?:应为|应是|改为|更正为)\\s*(\\d{1,5}|零)${BARE_END})`;
// A dispute's kind between the verb and 纠纷 (化解家庭纠纷1起, 排查出土地流转租金纠纷1起): words, no figure, no
// punctuation and no other figure's verb (but see KIND_CHAR).
// A verb before 的 is part of the kind (化解昨天排查的宅基地纠纷2起: what was found yesterday, settled today).
// (表格中矛盾纠纷0: the form's field named after 中, 的 or 里.)
const BARE_ZERO_DISPUTES = new RegExp(`(?:(?<![\\u4e00-\\u9fa5])|(?<=[中的里]))(?:排查)?(?:矛盾纠纷|纠纷)\\s*[:|]?\\s*[0零]${BARE_END}`);
// (排查了两起纠纷 一起是田坎: a figure and its measure word, 两起, are never the kind.)
const KIND_CHAR = `(?:(?:${alt(COUNT_VERBS)})的|(?!${alt(COUNT_VERBS)}|[一二两三四五六七八九十]{1,3}(?:起|件|宗))[^\\s\\d,;。:|()、_!?“”"'‘’])`;
const DISPUTE = `${KIND_CHAR}{0,10}?(?:矛盾纠纷|纠纷|矛盾)`;
const NOT_DONE = `(?<!${alt(NOT_DONE_BEFORE)})`;
// (今天排查出来一起: 出来 as 出.)
const FOUND_VERB = '(?:新排查|排查出|排查|新发现|发现|摸排)(?:出来|出|到)?';
const FIELD_RES: readonly [keyof Counts, RegExp | Scan][] = [
  // 排查：棚改1起、房屋压塌引发诉求1起，共2起: kinds listed after the field, then their total.
  ['disputesFound', new RegExp(`${FOUND_VERB}(?:${DISPUTE})?\\s*[:|]\\s*[^\\n;。:]{0,30}?[,、]\\s*(?:共计|合计|总计|共)${NUM}(余|多)?${U}`, 'g')],
  // 排查矛盾纠纷：棚改补偿1起（王桂兰等8户）: one kind named after the field's colon, then its figure (not a list of kinds).
  ['disputesFound', new RegExp(`${FOUND_VERB}(?:${DISPUTE})?\\s*[:|]\\s*(?:(?![零一二两三四五六七八九十百千几])${KIND_CHAR}){1,8}?${NUM}(余|多)?${U}(?![^\\n;。]{0,24}?、)`, 'g')],
  // 排查了两起 化解了一起: a figure said after 了, with or without the noun (without it, not 处: 发现一处冒烟 is a place).
  ['disputesFound', new RegExp(`${FOUND_VERB}了?(?!的)(?:(?:(?:各类)?隐患|${DISPUTE}(?:隐患)?)${fig(U)}|${fig(U_NOT_PLACE)})`, 'g')],
  // 新发现的纠纷2起, but not 化解昨天排查的纠纷2起 (what was found is the kind of what is settled).
  ['disputesFound', new Scan(new RegExp(`(?<!(?:${alt(SETTLING_VERBS)})[^\\s\\d,;。:|()、_]{0,10})${FOUND_VERB}的${DISPUTE}${fig(U)}`, 'g'))],
  // (矛盾纠纷排查零报告: the survey's zero report, 零 no figure. 纠纷排了3起, 纠纷查了2个: 排查 as said in chat.)
  ['disputesFound', new RegExp(`(?:矛盾纠纷|纠纷|矛盾)(?:排查|摸排|排了|查了|查出)${SFX}?${FILL}(?!零报)${NUM}(余|多)?${U}?`, 'g')],
  // 矛盾纠纷新发2起 / 纠纷新增1件 / 矛盾纠纷：新增1起: the field first, then new.
  ['disputesFound', new RegExp(`(?:矛盾纠纷|纠纷|矛盾)[:\\s|]*(?:新发现|新发生|新排查|新发|新增)${FILL}${NUM}(余|多)?${U}`, 'g')],
  // 排查了3起纠纷 / 发现2起邻里矛盾: the figure before the noun.
  ['disputesFound', new RegExp(`${FOUND_VERB}了?${NUM}(余|多)?(?:起|件|宗)${KIND_CHAR}{0,8}?(?:矛盾纠纷|纠纷|矛盾)`, 'g')],
  // 纠纷：1 / 纠纷1/化解1 is a form's row; 矛盾纠纷：0 stays a zero form's none (进京：0 集体访：0 矛盾纠纷：0), not a figure.
  // 2起邻里纠纷 without a verb, unless a settling verb or a breakdown governs it (调处商铺租赁纠纷1件, 其中邻里纠纷2起).
  // (A Scan: opening with lookbehinds, the plain regex would be tried at every character.)
  // (欠薪纠纷1起在调: one still being handled, not found today; 上午误报纠纷1起: the figure sent wrongly.)
  ['disputesFound', new Scan(new RegExp(`(?<!(?:${alt(SETTLING_VERBS)}|剩余|剩下|余下|另|其中|误报|错报)${KIND_CHAR}{0,10})(?:矛盾纠纷|纠纷)(?:${FILL}${NUM}(余|多)?${U}(?!在调|正在调|调处中)| *[:|]? *(?![0零]${BARE_END})(\\d{1,5})${BARE_END})`, 'g'))],
  // 受理调解申请1件 / 收到群众的调解申请两件: disputes brought to the unit that day are found that day.
  ['disputesFound', new RegExp(`(?:${alt(REQUEST_RECEIVED_WORDS)})了?(?:群众|村民|居民|当事人)?的?(?:${alt(MEDIATION_REQUEST_WORDS)})${fig(U)}`, 'g')],
  // 受理了一起邻里纠纷的调解申请: the figure before the noun.
  ['disputesFound', new RegExp(`(?:${alt(REQUEST_RECEIVED_WORDS)})了?${NUM}(?:起|件|份)[^\\s\\d,;。:|()、_]{0,10}?(?:${alt(MEDIATION_REQUEST_WORDS)})`, 'g')],
  // 调处 alone is handling, not settling (调处1件, 在调2): only a verb that says it is done (化解, 调解, 调处化解).
  // (联合调解一次，双方未达成一致 / 组织双方调解1次，尚未化解: a mediation held, counted in sittings, settles nothing yet.)
  // (化了一起: 化解了, said short; not 恶化了, 变化了.)
  ['disputesResolved', new RegExp(`${NOT_DONE}(?:调处化解|成功化解|已化解|化解|成功调解|调解成功|调处成功|已调解|调解好|调好|调解|已调处|(?<![变恶融消转分老绿美净强弱淡])化(?=了))了?(?:${DISPUTE})?${fig(U)}(?<!(?:调解|调处)了?\\s*(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s*次)`, 'g')],
  // 前期遗留纠纷化解1起 / 纠纷已化解1起 / 纠纷已成功调解1起: the noun first.
  ['disputesResolved', new RegExp(`(?:矛盾纠纷|纠纷|矛盾)(?:已经?|成功|当场|现场){0,2}(?:调处化解|化解|调解成功|调处成功|调解)${FILL}${NUM}(余|多)?${U}`, 'g')],
  // 排查矛盾纠纷2起，其中1起已化解: the part settled.
  ['disputesResolved', new RegExp(`(?:其中|已有)${NUM}(余|多)?${U}(?:已经?|均已|已经成功|已成功)(?:当场|现场|当即)?(?:化解|调解|调处|解决|调好)`, 'g')],
  // 解决2件 only when no 化解/调解 figure is given (受理诉求5件，已解决4件，化解2起: the 化解 is the disputes').
  ['disputesResolved', new RegExp(`${NOT_DONE}(?:已解决|解决)了?(?:矛盾纠纷|纠纷)?${fig(U)}`, 'g')],
  // 重点人员由2人增加为5人: the total now.
  ['keyPersons', new RegExp(`(?:重点人员|重点对象|稳控对象|重点人)(?:数|人数)?(?:由|从)${OTHER_NUM}[人名个]?(?:增加|增至|增为|减少|减至|减为|调整|变更|变)(?:为|到|至)?${NUM}[人名个]`, 'g')],
  // 重点人员新增1人，共6人: the total, not the one added.
  ['keyPersons', new RegExp(`(?:重点人员|重点对象|稳控对象|重点人)(?:新增|增加|新纳入|新列入)${OTHER_NUM}[人名个][^;。\\n]{0,8}?(?:共计|总计|合计|总数|共有|现有|共|现)(?:为|有|计)?${NUM}[人名个]`, 'g')],
  // 重点人员郭秀兰等3人 / 重点人员侯三小1人在村 / 重点人员曾火根、曾桂英2人 / 重点人员：佟建国等3人: the total after the
  // first of them named, or after all of them, or the one. (重点人员异常0人 is the abnormal figure: 异常 names nobody.)
  ['keyPersons', new RegExp(`(?:重点人员|重点对象|稳控对象)[:\\s]*(?!异常|不稳|失联|外出|在外)(?:(?![共计有均在为约:])[\\u4e00-\\u9fa5]){2,4}?(?:、(?:(?![共计有均在为约:])[\\u4e00-\\u9fa5]){2,4}?){0,5}(?:等${NUM}|(\\d{1,3})(?=(?:人|名)(?:在|,|均|情绪|稳定)))(?:人|名|个|位)`, 'g')],
  // 重点人员：在控3人 / 重点人员共有5名 (新增重点人员1人 is the one added, not the total; 排查纠纷无新增重点人员两个均稳定, typed
  // without a stop, is 无新增 closing the disputes' field).
  ['keyPersons', new RegExp(`(?<!(?<![无没冇])新增|增加|新纳入|新列入|减少)(?:(?:重点人员|重点对象|稳控对象|重点人|重点(?=\\s*\\d|[:|]\\s*\\d|\\s*[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖]+[人名]))(?:稳控|在控|管控|排查)?|(?<![\\u4e00-\\u9fa5])(?:稳控|在控)(?=${SFX}))(?:情况)?(?:[:\\s]*(?:在控|稳控|管控|在册|共有|现有|共计))?\\(?${fig('(?:人|名|个|位)')}`, 'g')],
  // 孙桂兰等2名重点人员情绪稳定: the figure before the key persons' word, after who leads them (新增2名重点人员 is the one added).
  ['keyPersons', new RegExp(`(?<=[\\u4e00-\\u9fa5]{2,3}等)${NUM}(?:名|个|位)(?:重点人员|重点对象|稳控对象)`, 'g')],
  ['keyPersonsAbnormal', new RegExp(`(?:有异常动向|异常动向|有异常情况|异常情况|有异常|异常|不稳定)(?:人员)?${fig('(?:人|名|个|位)')}`, 'g')],
  // (其中1人情绪有波动: 有 may stand after 情绪 as well as before it; 其中王某某、李某某2人情绪波动: who, then how many.)
  ['keyPersonsAbnormal', new RegExp(`(?:其中|有)(?:[\\u4e00-\\u9fa5]{2,3}(?:[、,和及与][\\u4e00-\\u9fa5]{2,3}){0,6})?${NUM}(?:个人|人|名|个|位)(?:有)?(?:情绪)?(?:有|出现)?(?:${alt(DEGREE_WORDS)})?(?:${alt(ABNORMAL_COUNT_WORDS)})`, 'g')],
  // 有上访苗头1人 / 有失联的2人 / 其中情绪波动1人: the abnormal word first, then the figure.
  ['keyPersonsAbnormal', new RegExp(`(?:(?<![\u4e00-\u9fa5])有|其中有?)(?:情绪)?(?:${alt(ABNORMAL_COUNT_WORDS)})的?(?:人员)?${fig('(?:人|名|个|位)')}`, 'g')],
];
// 化解昨日纠纷1起, 调解了前天的邻里纠纷2起, 前期遗留纠纷化解1起, 成功调解了一起以前的婆媳矛盾: an earlier day names the
// dispute; the settling is the day's.
const EARLIER = alt([...RECENT_PAST_WORDS, ...PAST_MARKERS]);
const SETTLED_EARLIER = new RegExp(
  `${NOT_DONE}(?:调处化解|成功化解|已化解|化解|成功调解|调解成功|已调解|调解)了?(?:${EARLIER})(?:那|的)?${DISPUTE}${fig(U)}|(?:${EARLIER})${DISPUTE}(?:已经?|成功|当场|现场){0,2}(?:调处化解|化解|调解成功|调处成功|调解)${FILL}${NUM}(余|多)?${U}|${NOT_DONE}(?:调处化解|成功化解|已化解|化解|成功调解|调解成功|已调解|调解)了?${NUM}(余|多)?(?:起|件|个|宗)(?:${EARLIER})(?:那|的)?${DISPUTE}`,
);

// Petitions: the day's total (新增信访2件) or its parts by the way they came (来信1件、来访2批、网上信访1件), summed.
type Way = 'total' | keyof typeof PETITION_CHANNELS;
const PETITION_RES: readonly [Way, RegExp][] = [
  ['total', new RegExp(`(?<!网上|网络|电话|网|来信|初信初)(?:${alt(PETITION_TOTALS)})(?:接待|受理|登记)?(?:群众|件|事项|案件)?${fig(U)}`, 'g')],
  ['total', new RegExp(`(?:群众)?上访${FILL}${NUM}(余|多)?(?:件|批|起)`, 'g')],
  // 信访新增1件 / 信访：新增0件
  ['total', new RegExp(`信访[:\\s|]*(?:新增|新发|新受理|受理)${FILL}${NUM}(余|多)?${U}`, 'g')],
  // 接待来访农民工6批: who came may stand between the channel and its figure.
  // (来访接待了1批: 了 after the verb; 来访：接待两批, a form's field, then the verb.)
  ['visit', new RegExp(`(?<!来信|信访)(?:${alt(PETITION_CHANNELS.visit)})(?:[:\\s|]*(?:接待|受理|登记)了?)?(?:${alt(VISITOR_WORDS)})?${fig(U)}`, 'g')],
  ['visit', new RegExp(`来访(?:新增|新发|新受理)${FILL}${NUM}(余|多)?${U}`, 'g')],
  ['letter', new RegExp(`(?<!网上|网络)(?:${alt(PETITION_CHANNELS.letter)})(?!来访)(?:件)?${fig('(?:件|封|起|批|次)')}`, 'g')],
  ['online', new RegExp(`(?:${alt(PETITION_CHANNELS.online)})(?:件|事项)?${fig(U)}`, 'g')],
  ['phone', new RegExp(`(?:${alt(PETITION_CHANNELS.phone)})(?:件|事项)?${fig(U)}`, 'g')],
];

/**
 * The day's petitions: a total alone; the parts summed; a total and parts that agree. Null when two figures
 * disagree and cannot be summed safely (受理信访3件，接待来访2批: the visits may be among the 3); undefined when none.
 */
function petitionsIn(text: string): number | null | undefined {
  const seen = new Map<Way, Set<number>>();
  for (const [way, re] of PETITION_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const n = parseNumber(figureOf(m));
      if (n === null || n > 100_000) continue;
      const set = seen.get(way) ?? new Set<number>();
      set.add(n);
      seen.set(way, set);
    }
  }
  if (seen.size === 0) return undefined;
  if ([...seen.values()].some((set) => set.size > 1)) return null;
  const one = (way: Way) => [...seen.get(way)!][0]!;
  const parts = [...seen.keys()].filter((w) => w !== 'total');
  const sum = parts.reduce((acc, w) => acc + one(w), 0);
  if (!seen.has('total')) return sum;
  if (parts.length === 0 || one('total') === sum) return one('total');
  return null;
}

// 本周累计排查12起，化解10起；今日新排查2起: a period's figures, blanked up to the sentence's end (or the bracket's),
// the day's part or the key persons (a current total, never summed over days). A period word opens its clause
// (其中2起为特护期排查发现的 is a note on the day's figure); 本周五 is a day, not a period; 今日累计 is the day's.
// (新排查2起，累计12起，调处化解1起: a bare 累计N起 between commas notes the figure before it; what follows is the day's.)
// (A Scan: each branch opens with a lookbehind, so the plain regex was tried at every character, 5× slower.)
const CUMULATIVE = new Scan(new RegExp(
  `累计(?<=,累计)(?:\\d{1,5}|[一二两三四五六七八九十]{1,3})(?:起|件|宗)(?=,)|(?:(?<!(?:${alt(DAY_PART_WORDS)})(?:共|共计|已)?)(?:${alt(CUMULATIVE_WORDS)})|(?<=^|[\\s,;。:、|])(?:${alt(PERIOD_WORDS)})(?![一二三四五六七日天末\\d])(?:内|以来|期间|里|间)?(?:\\([^)]{0,20}\\))?(?=共|累计|合计|总计|排查|摸排|发现|化解|调解|调处|受理|接待|新增|来信|来访))[^;。\\n]*?(?=[;。\\n)]|${alt(DAY_PART_WORDS)}|${alt(KEY_PERSON_WORDS)}|$)`,
  'g',
));
const blankPeriods = (text: string) => CUMULATIVE.replace(text, (s) => '_'.repeat(s.length));

// 两会以来累计排查矛盾纠纷9起，累计化解8起，总体平稳: a period's figures with a judgement make an assessment without a day's figure.
const PERIOD_FIGURE = /(?:排查|摸排|发现|化解|调解|受理|接待|信访|来访)[^,;。\n]{0,10}?(?:\d{1,5}|[一二两三四五六七八九十]{1,3})(?:起|件|批|宗|人次)/;
/** Whether the message states figures summed over a period (本周累计排查5起, 特护期以来化解8起). */
export function hasPeriodFigures(text: string): boolean {
  CUMULATIVE.lastIndex = 0;
  for (let m = CUMULATIVE.exec(text); m !== null; m = CUMULATIVE.exec(text)) {
    if (PERIOD_FIGURE.test(m[0])) {
      CUMULATIVE.lastIndex = 0;
      return true;
    }
  }
  return false;
}

// (集体访、联名信访：无 is a zero form's line about kinds of petition, not the day's figure.)
// (…化解两件，信访无，重点人员二人…: a list's item with its answer and no colon, as a form's line; three cases in three
// holdouts label it 0.)
const NO_PETITIONS = /(?:新增信访|受理信访|接待来访|(?<!联名|越级|集体|重复|非正常)信访)\s*[:|]\s*(?:无|零)(?![\u4e00-\u9fa5])|(?<=(?:^|[,;。\s])信访)无(?=[,;。]|$)/;
// 异常：无 / 异常冇得 (冇 read as 没): none abnormal.
const NO_ABNORMAL = /(?:有异常动向|异常动向|异常人员|异常情况|异常动态|异常)\s*[:|]?\s*(?:无|没有|没得)(?![\u4e00-\u9fa5])/;
// 5个都在家没异常 / 重点人员2人 稳定 / 重点人员4个都稳 / 三人都老实在家: none abnormal. (A form's 重点人员：1人，稳定 too: twelve
// cases of eleven holdouts label it 0, one of holdout 17 leaves it absent.) (均在家 alone stays absent: the older corpora's labels leave it so.)
// The contract's rule: 0 when the message says all are stable. 重点人员2人，稳定 / 3人在家稳定 / 均在家，情绪稳定 say it of
// the whole figure, and so do 1名（周某某）在家稳定 and 2人均在厂务工，稳定 (the names in brackets, where they are, then the
// state; holdouts 40-50 label these 0), and so do 重点人员郭秀兰等3人均在村，稳定 and 重点人员武秀兰1人，在家稳定; 情况稳定 and 均在家 alone do not (the older corpora leave them absent).
const ALL_STABLE = new RegExp(
  `均[^,;。\\n]{0,6}?(?:稳定|在控|正常|平稳|稳控|无异常)|(?:[无没]|没有|没啥|没什么|没发现|未见|未发现|并无|无一人?)(?:任何)?异常|都(?:在家里?)?(?:挺|很|蛮|比较)?(?:稳定|正常|在控|稳着|稳当|消停)|(?<=[\\d一二两三四五六七八九十](?:个人|人|名|个|位))\\s*(?:都|均)?(?:在家里?)?(?:${alt(ALL_WELL_WORDS)})|都(?:挺|很|蛮)?稳(?=$|[,;。\\s])|都(?:老老实实|老实)(?:在家|待着|呆着)|${NUM}(?:名|个|位)(?:重点人员|重点对象)[^,;。\\n\\d]{0,4}?(?:情绪)?(?:均|都)?(?:稳定|平稳|正常|在控)|全部(?:稳定|在控|正常)|(?:重点人员|重点对象|稳控对象)\\s*[:|]?\\s*(?:[\\u4e00-\\u9fa5]{2,4}?等?)?${NUM}[人名个位](?:\\([^()\\d]{2,24}\\))?[,\\s]*(?:均|都)?(?:在[^,;。\\n\\d\\s]{1,4}?[,\\s]*)?(?:情绪|现实表现|表现)?(?:稳定|在控|(?<![,\\s])平稳)|均在(?:家|村)[,\\s]*情绪(?:稳定|平稳)`,
);
// 信访情况：无新增信访: a form's field answered with none is 0, read only inside an assessment. Said in prose, 无新增信访
// stays absent, as 无新增矛盾纠纷, 已化解 and 无信访 do: nine cases in seven holdouts (104-114) label it so, one (holdout
// 44) gives 0, and holdout 14 labels 无信访 absent twice.
const NO_NEW_PETITIONS = /(?:信访|来访)[^:|\n]{0,4}[:|]\s*(?:无|没有)新增(?:信访|来访)/;
// (1人情绪有点波动: a degree word between 情绪 and its word; 重点人员7人 1人…: the space is gone after normalize.ts;
// 1人（王桂兰）情绪不稳: who, in brackets.)
const LOOSE_ABNORMAL = new RegExp(`(?:[,;:\\s]|(?<=[\\d一二两三四五六七八九十][人名个位]))${NUM}(?:个人|人|名|个|位)(?:\\([^()\\d]{1,12}\\))?(?:有)?(?:情绪)?(?:有|出现)?(?:${alt(DEGREE_WORDS)})?(?:${alt(ABNORMAL_COUNT_WORDS)})`);
const KEY_PERSONS_WORD = /重点人员|重点对象|稳控对象/;
const FIELD_START = '(?:^|\\n)\\s*(?:\\d{1,2}[.、]|[一二三四五六七八九十][、.])?\\s*';
// (…研判：排查矛盾纠纷：无；化解：无；…: fields of a form typed on one line, after ; , or the heading's colon.)
const NO_DISPUTES_FIELD = new RegExp(`(?:${FIELD_START}|[,;]\\s*|研判\\s*:\\s*)(?:排查|新排查)?(?:矛盾纠纷|纠纷|矛盾)(?:排查)?\\s*[:|]\\s*(?:无|没有)(?![\\d\\u4e00-\\u9fa5])`);
const NO_RESOLVED_FIELD = new RegExp(`(?:${FIELD_START}|[,;]\\s*)(?:调处化解|化解|调解)(?:矛盾纠纷|纠纷)?\\s*[:|]\\s*(?:无|没有)(?![\\d\\u4e00-\\u9fa5])`);
// (…信访：无，重点人员：无: a field after a comma, as forms typed on one line have them.)
const NO_KEY_PERSONS = new RegExp(`(?:${FIELD_START}|[,;]\\s*)(?:重点人员|重点对象|稳控对象)(?:数|人数|数量)?\\s*[:|]\\s*(?:无|没有|0)(?![\\d\\u4e00-\\u9fa5])`);
// 其余均稳定 / 其余2人无异常: the rest, counted or not.
const THE_REST = new RegExp(`(?:${alt(THE_REST_WORDS)})(?:${NUM}(?:个人|人|名|个|位))?[均都也]?$`);
const NOT_FINE = new RegExp(alt([...MISSING_WORDS, ...UNNAMED_ABNORMAL_WORDS, ...NOT_FINE_WORDS]));

/** The figure of a field match: the first number group that took part (fields have alternative layouts). */
function figureOf(m: RegExpExecArray): string {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined && m[i] !== '余' && m[i] !== '多') return m[i]!;
  return '';
}

const FIELD_NOTE = /(?<=[\u4e00-\u9fa5])\([^()\d,;。\n]{1,12}\)(?=\s*(?:\d|[零一二两三四五六七八九十]+[起件个宗批次人名]))/g;

export interface CountsResult {
  counts: Counts;
  /** Counts other than a keyPersonsAbnormal 0 inferred from 均稳定 (that alone does not make a 日研判). */
  stated: boolean;
}

// 一起纠纷已调解 / 2起邻里纠纷: a dispute stated without the usual field name. Only read when the message tells no
// incident (“发生一起邻里纠纷，两家人吵架” is the incident itself, not an assessment).
// (台账上那2起纠纷 / 这3起纠纷: disputes already known, not found today.)
const LOOSE_DISPUTES = new RegExp(`(?<!化解|调解|调处|解决|处理|在调|其中|另|剩余|余下|那|这|台账上|台账里)${NUM}(?:起|件)[\\u4e00-\\u9fa5]{0,8}?(?:矛盾纠纷|纠纷)`);

// 更正：“排查矛盾纠纷1件”应为2件: the quoted figure is the wrong one; the field takes the figure after 应为.
const QUOTED_WRONG = /[“"‘']([^”"’'\d]{1,16}?)\s*(?:\d{1,5}|[零一二两三四五六七八九十]{1,3})\s*[起件个人名批次]?[”"’']\s*(?=应为|应是|改为|更正为)/g;

// 重点人员数报错，应为3名: the field owned wrong, then its right figure; the field takes it.
const FIELD_THEN_RIGHT = /(?<=[\u4e00-\u9fa5])数?\s*(?:报错了?|有误|错了|写错了?|填错了?)\s*,?\s*(?:应为|应是|实为|改为|更正为)\s*(?=\d|[零一二两三四五六七八九十])/g;

// 重点人员4人，应为5人: the figure said, then the right one of the same measure; the field takes the right one.
const FIGURE_THEN_RIGHT = /(?:\d{1,5}|[零一二两三四五六七八九十]{1,3})\s*([起件个人名])\s*,?\s*(?:应为|应是|实为|实际为)\s*(?=(?:\d{1,5}|[零一二两三四五六七八九十]{1,3})\s*\1)/g;

/**
 * `text` is the message with the past blanked; `whole`, the message itself, is read only for a settling told of an
 * earlier day's dispute (化解昨日纠纷1起: the settling is today's).
 */
export function extractCounts(text: string, looseDisputes = true, whole?: string): CountsResult {
  if (text.includes('应') || text.includes('改为') || text.includes('更正为')) text = text.replace(QUOTED_WRONG, '$1').replace(FIGURE_THEN_RIGHT, '').replace(FIELD_THEN_RIGHT, '');
  text = blankPeriods(text);
  // 化解（昨日遗留）1起 / 排查（含网格上报）2起: a note between a field and its figure, with no figure of its own, says
  // which disputes; the figure is the field's.
  if (text.includes('(')) text = text.replace(FIELD_NOTE, '');
  const counts: Counts = {};
  for (const [field, re] of FIELD_RES) {
    // The first figure of a field is the headline (later ones are breakdowns).
    if (counts[field] !== undefined) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const n = parseNumber(figureOf(m));
      if (n === null || n > 100_000) continue;
      counts[field] = n;
      break;
    }
  }
  if (counts.disputesResolved === undefined && whole !== undefined) {
    const m = SETTLED_EARLIER.exec(blankPeriods(whole));
    const n = m ? parseNumber(figureOf(m)) : null;
    if (n !== null && n <= 100_000) counts.disputesResolved = n;
  }
  const petitions = petitionsIn(text);
  if (typeof petitions === 'number') counts.petitions = petitions;
  // 接待来访3批，受理信访事项2件: two petition figures that cannot be summed still make the message an assessment.
  const conflicting = petitions === null;
  if (counts.disputesFound === undefined && looseDisputes) {
    const m = LOOSE_DISPUTES.exec(text);
    const n = m ? parseNumber(m[1]!) : null;
    if (n !== null && n <= 100_000) counts.disputesFound = n;
  }
  // 纠纷0 信访0 重点人员2人: a bare 0 beside other figures is the assessment's 0 (alone, 矛盾纠纷：0 is a zero form's none).
  if (counts.disputesFound === undefined && Object.keys(counts).length > 0 && BARE_ZERO_DISPUTES.test(text)) counts.disputesFound = 0;
  // A form's field answered with 无: 新增信访：无 / 异常：无.
  if (counts.petitions === undefined && NO_PETITIONS.test(text)) counts.petitions = 0;
  const stated = Object.keys(counts).length > 0 || conflicting;
  // 重点人员异常：无 alone is a zero form's line, not a 日研判's figure (as 均稳定 alone is not).
  if (counts.keyPersonsAbnormal === undefined && NO_ABNORMAL.test(text)) counts.keyPersonsAbnormal = 0;
  if (stated) {
    if (counts.petitions === undefined && NO_NEW_PETITIONS.test(text)) counts.petitions = 0;
    // 重点人员：无 in an assessment's form: none under follow-up.
    if (counts.keyPersons === undefined && NO_KEY_PERSONS.test(text)) counts.keyPersons = 0;
    // 排查矛盾纠纷：无 / 化解：无 beside the form's other figures: none (alone, a zero form's line).
    if (counts.disputesFound === undefined && NO_DISPUTES_FIELD.test(text)) counts.disputesFound = 0;
    if (counts.disputesResolved === undefined && NO_RESOLVED_FIELD.test(text)) counts.disputesResolved = 0;
  }
  // 重点对象4人，1人情绪波动: after a key-person figure, a bare count of the upset is the abnormal figure.
  if (counts.keyPersonsAbnormal === undefined && counts.keyPersons !== undefined) {
    const m = LOOSE_ABNORMAL.exec(text);
    const n = m ? parseNumber(m[1]!) : null;
    if (n !== null && n <= counts.keyPersons) counts.keyPersonsAbnormal = n;
  }
  if (counts.keyPersonsAbnormal === undefined && (counts.keyPersons !== undefined || KEY_PERSONS_WORD.test(text))) {
    const m = ALL_STABLE.exec(text);
    // 其余无异常 after someone who was not fine (一度失联，已找到，其余无异常) says the rest only.
    if (m && !(THE_REST.test(text.slice(Math.max(0, m.index - 7), m.index)) && NOT_FINE.test(text.slice(0, m.index)))) counts.keyPersonsAbnormal = 0;
  }
  return { counts, stated };
}

// ——— level ———
// (没有紧急情况, 不严峻: denied, no judgement.)
const ALERT = /(?<!没有|没|无|未|不|并不)(?:紧急|严峻|形势复杂|情况复杂|十分复杂|高风险|危急|失控)/;
const WATCH = /需要?(?:重点)?关注|(?<![不没别])要(?:重点)?关注|值得关注|有苗头|(?<![没无])有(?!无)[\u4e00-\u9fa5]{1,4}苗头|存在[^,;。\n]{0,6}隐患|有[^,;。\n]{0,4}隐患|风险隐患|较为突出|比较突出|较突出|需警惕|不容乐观|有风险|一定风险/;
// …，稳定。 as the last word of an assessment is its judgement.
// 总体可控 / 研判：可控 / 结论：稳定: 可控 said as the whole's judgement (not 风险可控 of one matter, not 不可控).
const STABLE = new Scan(/总体平稳|(?<!情绪)平稳|稳定可控|总体稳定|形势稳定|基本稳定|安全稳定|(?:总体|基本|整体|总的)可控|(?:研判|结论)(?:结论|等级|结果|意见)?[:\s]*(?:稳定|可控)|[,;。\s]稳定[。!]?\s*$/);
const CHANGED_TO = /(?:改为|调整为|更正为|应为|修改为)[“"‘']?([^”"’',;。\n]{1,12})/;
// 研判等级：一般 (lexicon ASSESSMENT_GRADES): a scale's word after its label; counted with the words above, gravest first.
const GRADES = Object.entries(ASSESSMENT_GRADES) as [Level, readonly string[]][];
// (研判：预警 / 研判结论：关注: the scale's word alone after 研判, nothing after it in the clause.)
const GRADE = new RegExp(`(?:${alt(ASSESSMENT_GRADE_LABELS)})[:\\s]*(?:为|是)?[“"‘']?(${alt(GRADES.flatMap(([, w]) => w))})|研判(?:结论|结果|意见)?\\s*:\\s*(?:为|是)?[“"‘']?(预警|关注)[”"’']?(?=$|[,;。!\\s])`);
const gradeOf = (word: string) => GRADES.find(([, w]) => w.includes(word))?.[0];

function levelIn(s: string): Level | null {
  const grade = GRADE.exec(s);
  const g = grade ? gradeOf((grade[1] ?? grade[2])!) : undefined;
  if (g === 'alert' || ALERT.test(s)) return 'alert';
  if (g === 'watch' || WATCH.test(s)) return 'watch';
  if (g === 'stable' || STABLE.test(s)) return 'stable';
  return null;
}

/** The judgement of a 日研判; a correction “由A改为B” gives B. The gravest stated level otherwise. */
export function extractLevel(text: string): Level | null {
  const changed = CHANGED_TO.exec(text);
  if (changed) {
    const l = levelIn(changed[1]!) ?? gradeOf(changed[1]!.trim()); // 研判等级改为较大
    if (l) return l;
  }
  return levelIn(text);
}
