import type { Analysis } from './analysis.js';
import { followUpHeading } from './commands.js';
import { clauseAt, intendedAt } from './analysis.js';
import type { EscalationHit } from './escalation.js';
import { BY_LETTER, maxEscalation } from './escalation.js';
import {
  AFTER_MOU_WORDS,
  alt,
  MOU_GIVEN_CHARS,
  GUESS_WORDS,
  WORKPLACE_BEFORE_NAME,
  SITTING_WORDS,
  SITTING_OVER_WORDS,
  AWAY_WORDS,
  CLOSING_JUDGEMENT_WORDS,
  COMMAND_WORDS_AS_ENTRY,
  CROWD_PLAN_WORDS,
  GROUP_PERSON_NEWS_WORDS,
  TABLE_CELL_WORDS,
  CITY_NAMES,
  COMPOUND_SURNAMES,
  YI_SURNAMES,
  HUI_GIVEN_NAMES,
  MOU_ONLY_SURNAMES,
  LISTED_ONLY_SURNAMES,
  SURNAMES,
  WEAK_SURNAMES,
  KEY_PERSON_LABELS,
  DESCRIBED_BY_WORDS,
  ERRAND_PATTERN,
  FAR_WORKPLACE_WORDS,
  FIRM_WORDS,
  GO_AGAIN_WORDS,
  UPSET_STILL_WORDS,
  HOME_AGAIN_WORDS,
  BROUGHT_BACK_WORDS,
  BROUGHT_HOME_WORDS,
  HOME_WORDS,
  WORKING_WORDS,
  WITH_PERSON_ACTS,
  HOUSEHOLD_WORDS,
  KIN_WORDS,
  MONGOLIAN_NAME_PARTS,
  TURKIC_NAME_PARTS,
  TIBETAN_NAME_PARTS,
  DAI_NAME_PARTS,
  JINGPO_NAME_PARTS,
  LAHU_NAME_PARTS,
  NAME_PART_ENDINGS,
  NAME_PART_DAY_ENDINGS,
  NAME_PART_ADVERB_ENDINGS,
  NAME_PART_VERB_ENDINGS,
  KEY_PERSON_WORDS,
  LEADER_WORDS,
  MISSING_WORDS,
  NAME_CUE_WORDS,
  NAME_STATE_WORDS,
  NAME_STORY_WORDS,
  NEAR_PLACES,
  NO_NEWS_WORDS,
  NOT_NAME_WORDS,
  WHOLE_NOT_NAMES,
  ON_THE_WAY_WORDS,
  OTHER_SUBJECT_WORDS,
  PERSON_ABNORMAL_WORDS,
  PERSON_NEWS_WORDS,
  PERSON_NOUNS,
  PERSON_STABLE_WORDS,
  RETURN_WORDS,
  PETITION_THREAT,
  PLAIN_DISTRESS_WORDS,
  PROVINCE_NAMES,
  SAYS_WORDS,
  SEARCHED_FOR,
  SIGNATURE_ROLES,
  CADRE_BEFORE_WORDS,
  SUBJECT_PREFIX_WORDS,
  TITLE_WORDS,
  VISIT_WORDS,
  TRANSPORT_WORDS,
  UNANSWERED_WORDS,
  WORK_AWAY_WORDS,
  FAR_PLACE_NAMES,
  OWING_SIDE_TITLES,
  FIELD_PLACE_WORDS,
  FIELD_WORK_WORDS,
  PERSON_NEWS_LATER_WORDS,
  WORKPLACE_HOME_WORDS,
  FAR_ESCORT_WORDS,
  PROVINCIAL_CAPITALS,
  THE_REST_WORDS,
  WORD_SURNAMES,
} from './lexicon.js';
import { markParties } from './parties.js';
import type { Person } from './schema.js';
import { DENIED_BEFORE } from './incidents.js';
import { Scan } from './scan.js';

// Named people: 王某某 / 张某 anywhere, and real names (张三) at the start of a list item of a key-person list.
// An ordinary 村民/居民 named in an incident is the incident's subject, not a key person.
// The surname lists are in the lexicon (SURNAMES, MOU_ONLY_SURNAMES before 某, WEAK_SURNAMES of three characters).
const SURNAMES_BEFORE_MOU = `${SURNAMES}${MOU_ONLY_SURNAMES}`;
// 于 is also a preposition (于某日), so only 于某某 and 于某 with a given name (于某军) are names.
// 上官某某 / 欧阳某: a surname of two characters first, so 官某某 is not read inside it.
const TWO_CHAR_SURNAMES = [...COMPOUND_SURNAMES, ...YI_SURNAMES];
// (豆某某, 巩某某, 太某林: a surname no list holds, before 某某 or 某 and a given name where a person is named: after a key
// person's or a resident's word, a unit's, or at a clause's start.)
// (家长孙某某, 公司马某: 长孙 and 司马 there end the word before, a parent's or a firm's; 孙某某 and 马某 are the names.)
const NAME_RE = new RegExp(`(?<![家村组队校镇乡县市所站院行社会处科局部班船厂店庭](?=长孙)|公(?=司[马徒]))(?:${alt(TWO_CHAR_SURNAMES)})某某?|[${SURNAMES_BEFORE_MOU}]某某?|于某某|于某(?=[\\u4e00-\\u9fa5])(?![日月年时处地些种])|(?<=(?:${alt(KEY_PERSON_WORDS)}|村民|居民|群众|村|社区|^|[\\n;。:,(、]))[\\u4e00-\\u9fa5](?<![某有的和与及在是了里上])某(?:某|(?=[\\u4e00-\\u9fa5]))`, 'g');
// 何某军 beside 何某某: 某 then one given character is a name when the person's words begin after it (何某军在县城…),
// not when they begin right after 某 (何某说…, 王某今天…): then 何某 is the name.
function mouGivenName(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 2);
  // (罗某两兄弟: a numeral after 某 counts the people, it is no given name.)
  if (c < 0x4e00 || c > 0x9fa5 || c === 0x67d0 || Number.isNaN(c) || NUMERAL_CHARS.includes(text[i + 2]!)) return false;
  const at2 = text.slice(i + 2, i + 14);
  const after = text.slice(i + 3, i + 15);
  const story = STORY_AFTER.test(after);
  // (赵某成外出务工: 成外出务工 reads as where 赵某 works, but 外出 after 成 begins the words too: 赵某成 is the name.)
  const storyAt2 = STORY_NOT_WORK.test(at2) || (!story && WORKS_AT_START.test(at2));
  if (storyAt2 || (MOU_NOT_GIVEN.test(at2) && !CAI_GIVEN.test(at2) && !GANG_GIVEN.test(at2) && !KIN_CHAR_GIVEN.test(at2))) return false;
  return story || KIN_AFTER.test(after) || MOU_GIVEN_END.test(after) || (NEXT_MOU_NAME.test(after) && !JOINING_CHARS.includes(text[i + 2]!)) || MOU_GIVEN_CHARS.includes(text[i + 2]!);
}
// 重点人员1人（许某雄） / 陈某忠稳定。 / 罗某军父子 / 李某忠、田某凤两名重点人员 / 向某明、向某清两兄弟: the name's end, its
// state, the kin it stands with or the count of those named end a given name too.
const NUMERAL_CHARS = '一二两三四五六七八九十几';
// (张某录劝下了, 冶某花的情况跟领导汇报一下, 牛某山的补偿款到账了, 赵某军工资结清了, 陈某喜参加了协调会: talked down, the
// person's matter or money, or what the person took part in, after the given name; 高某民药款拿到手了, 去张某华家看过: the
// person's money, the person's home; 陈某兰刚到家了, 郝某平刚给他媳妇打电话了: what the person just did; 王某福给村里打电话说…: whom
// the person called.)
const MOU_GIVEN_END = /^(?:[)。;!?\s—-]|$|稳定|药款|系(?=乘|坐|去|到|在|因|于|\d)|家(?!属)|刚(?:刚)?(?:到家|回|从|去|出门|在|给|打|发|来)|给[^,;。\s]{0,4}?打(?:了|过)?电话|劝(?:下|回|住|返)|的(?:情况|事情?|补偿款|工资|工钱|问题|诉求)|工资|工钱|补偿款|参加|参与|父子|母子|父女|母女|兄弟|弟兄|姐妹|姊妹|两口子|[两二三四五六俩仨](?:兄弟|姐妹|名|个|位|人))/;
// 林某水老婆讲… / 丁某林的婆姨…: the person's kin begin what is said of them, after a given name as after 王某 (MOU_NOT_GIVEN).
const KIN_AFTER = new RegExp(`^的?(?:${alt(HOUSEHOLD_WORDS)})`);
// After 王某: kin and body words that begin what is said of 王某, not a given name (王某妻子在家, 王某家里).
// (But 才 before a day, a place or a state is a given name, 罗某才今天又在说 / 罗某才在家: the adverb stands before its verb, 王某才到家.)
// (刘某刚（永盛五金讨薪工人代表）: 刚 before a bracket or a clause's end is a given name; 王某刚到家 is the adverb.)
const GANG_GIVEN = /^刚(?=[,;。、\s(])/;
// (胡某根胡某发在屋里: another such name right after ends the first.)
const NEXT_MOU_NAME = new RegExp(`^[${SURNAMES}]某`);
// (吴某跟周某某都在家: 跟 joins the two; it is no given name.)
const JOINING_CHARS = '跟和与及同、';
const CAI_GIVEN = /^才(?=今天|今日|今早|昨天|昨日|在家|在村|情绪|外出|稳定|现在|目前|已|又|没|领|[,;。、\s])/;
const MOU_NOT_GIVEN = new RegExp(`^(?:${alt(AFTER_MOU_WORDS)})`);
// (赵某妹今天在屋里 / 赵某妹情绪激动: 妹 or 姐 alone, before the day or the person's state, is a given name, as in the south;
// 王某妹妹, 王某姐夫 are kin.)
const KIN_CHAR_GIVEN = /^[妹姐](?=今天|今日|今早|昨天|昨日|目前|现在|近日|国庆|春节|元旦|中秋|在家|在屋|在村|情绪|有上访|扬言|又|已|还|仍|[,;。、\s(])/;
const REAL_NAME_RE = new RegExp(
  `(?:^|\\n|[;。:】]|重点人员|重点对象|\\d{1,2}[.、):]?|(?<=[\\u4e00-\\u9fa5])(?:村|社区))\\s*(?!研判|结论|备注|合计|总计|状态|去向|措施|原因|时间|地点)([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=\\s*[:,]\\s*(?:在|外|稳|情|住|务|失|去|现|目前|已|无)|\\s*(?:全天|整天|一直)?(?:在家|在村|在本地|外出|情绪|稳定|失联|去向)|\\s*,\\s*[\\u4e00-\\u9fa5]{2,6}?(?:村民|居民|老户|上访户|信访户),)`,
  'g',
);
// A list entry: a line's, an item's or a clause's start, then a word of two or three, then at once (a space or a comma
// between) where the person is or how (在家, 稳定, 外出, 去…, 今早…); or, with nothing between, the day and where the
// person is (重点人员动态：…今天在家，情绪稳定；此里在本地打零工; not 和光明, 和 being a function word here too); after a list
// number, a colon between (1. 岩那：在家); a form's 姓名 field, whatever the name (姓名：倮三，现状：在家).
const ENTRY_NAME = /(?:^|\n|[;。:]|\d{1,2}[.、):])\s*([\u4e00-\u9fa5]{2,3}?)(?=\s*[,\s]\s*(?:在家|在村|在本地|外出|外地|稳定|情绪|失联|去向|住院)|,\s*(?:因|系|男|女|曾|原系|现年|\d{1,3}岁)|\s+(?:去|到|回|今早|今天|今儿|出车|跟)[\u4e00-\u9fa5]|(?:今天|今日)?(?:在家|在村|在本地)|(?<=\d{1,2}[.、)]\s*[\u4e00-\u9fa5]{2,3})\s*:\s*(?:在家|在村|在本地|外出|外地|稳定|情绪|失联|去向|住院|在)|(?<=姓名\s*:\s*[\u4e00-\u9fa5]{2,3})\s*(?:[,;\n]|$))/g;
// 回龙村重点人员岩温龙：今日在家: a name between the key persons' word and a colon, the person's state after it, whatever
// its surname (傣族 岩, 玉; not 重点人员情况：在家3人); without the colon only before the day or the person's mood or home
// (重点人员额日敦今天情绪有点波动; not 重点人员稳控在家, nor 白者黑于 of 白者黑于今日凌晨离家).
const LABELLED_NAME = /(?:重点人员|重点对象|稳控对象)\s*(?!动态|情况|名单|信息|汇总|统计|总数|人数|去向|现状|稳控|思想|状态|表现)([\u4e00-\u9fa5]{2,4}?)(?:\s*:\s*(?=今日|今天|今早|目前|现在|在家|在村|在外|外出|稳定|情绪|已|无异常)|(?<![于在已从到去也都还又就])(?=今日|今天|今早|今儿|情绪|在家|目前|现在))/g;
const TWO_ENTRIES = /(?:^|[;\n:])\s*[\u4e00-\u9fa5]{2,3}\s+(?:在家|在村|稳定|外出)[^;\n]*;\s*[\u4e00-\u9fa5]{2,3}\s+(?:在家|在村|稳定|外出)/;
// What begins no name: pronouns, numbers, time and place words (目前, 现在, 仍然, 依旧, 照常), function words.
const NOT_ENTRY_START = codeSet('目现仍依照零今昨明前后本我你他她它咱俺大全各该每其另这那有无没不未非也都均在是的了和与及或但就还又再已将要会能可把被让给从向往到去回对为以于因所如若个些点村镇乡县区市省组社队片户家人一二两三四五六七八九十百千万多几上下中内外左右东西南北今早晚午夜日月年号时分');
// (破五了, 统计: a word ending in a particle, or a command to the bot, is no entry's name.)
const NOT_ENTRY_END = new RegExp(`[了的着过吗呢啊吧哈]$|^(?:${alt(COMMAND_WORDS_AS_ENTRY)})$`);
// (…表现:稳定,去向:在家: a table's cells, read as fields, are states, not names.)
const STATE_CELLS = new Set<string>([...PERSON_STABLE_WORDS, ...HOME_WORDS, ...AWAY_WORDS, ...TABLE_CELL_WORDS]);
function entryName(name: string): boolean {
  return !NOT_ENTRY_START[name.charCodeAt(0)] && !NOT_ENTRY_END.test(name) && !STATE_CELLS.has(name) && !STATE_CELLS.has(name.slice(0, 2)) && !notAName(name) && !PERSON_NOUN_SET.has(name) && !PERSON_NOUN_SET.has(name.slice(1)) && !PLACE_END.test(name) && !KEY_PERSON_CONTEXT.test(name) && !/[某村镇乡组队户员]/.test(name);
}
// Full names (孙立新, 张三) anywhere else: a surname and one or two characters, between a cue that a person comes
// next and a cue that the person's story begins. After a person noun (重点人员/村民/居民…) or in a list of names
// the story may begin with any of many words; at the start of a clause, only with the words of a key person's state.
const PERSON_BEFORE = new RegExp(`(?:${alt(NAME_CUE_WORDS)}|${alt(LEADER_WORDS)}|(?:姓名|对象|(?<![\\u4e00-\\u9fa5])人员)\\s*:\\s*)(?:那个)?$|(?:${alt(KEY_PERSON_WORDS)})(?:动态|情况|名单|日报)?\\s*:\\s*$`);
// 带头的是姜某某 / 为首的王某某: whoever leads a group that stirs is a key person at risk, at the group's heading.
// (村民王某某到村委会闹，说…要去北京告: the villager of the scene threatens to go further, a person to follow.)
// (退休职工高国栋说社保补缴再不给办，下礼拜就去长春找省人社厅: the threat's condition may come first, in a clause of its own.)
const THREAT_AFTER = /扬言|威胁|声称|放话|说[^,;。]{0,12}?要(?:去|到|上)[^,;。]{0,6}?(?:告|上访|反映)|说[^;。]{0,16}?(?:不给|不办|不解决|不退|不赔)[^;。]{0,12}?就(?:去|到|上)[^,;。]{0,8}?(?:告|上访|反映|找)/;
// 牵头的好像是12幢的许某某: a hedge, and where the leader lives, may stand between.
const LEADER_BEFORE = new RegExp(`(?:${alt(LEADER_WORDS)})(?:好像|可能|应该|据说|估计|听说|似乎)?是?(?:[\\d\\u4e00-\\u9fa5]{1,6}的)?\\s*$`);
// (重点人员李某在家稳定、王桂香在家稳定: a name after 、 that follows a person's state begins its own clause too.)
// (3组徐国平前日讲…: a village group before the name, as a village; 矿工新村今天冀秀英跟她儿子说…: a day before it;
// 剩下两户锁有财、锁有福嫌…: the households counted, then named; 听说李某玉要去州里… / 听寨上人讲杨某某…: hearsay of a named person;
// 更正：刚才说岩坎跟儿子…: what was said of a named person before, put right; 10月1日上报马秀兰“情绪波动”有误: who was reported.)
const CLAUSE_BEFORE = /(?:^|[\n;。:,(!?】—]|(?:稳定|在家|在村|正常|平稳|在控)、|\)\s*[、,]?|那个|那边|这边|然后|还有|另外|(?<![\u4e00-\u9fa5])另|其中|就是|就系|但是?|不过|夜间|报的|上报|今天|今日|昨天|昨日|今早|昨晚|刚才|刚刚|早上|上午|中午|下午|晚上|听说|听讲|据说|(?:刚才|刚刚|上条|前面|之前)(?:说|讲|报)的?|除了?|除开|听[\u4e00-\u9fa5]{1,4}(?:说|讲)|\d[.、)号]|[一二三四五六七八九十][、.]|(?:村|屯|社区|组)里|村|屯|片区|社区|居委会|(?:\d{1,2}|[一二三四五六七八九十]{1,2})组|[两二三四五六七八九十\d](?:户|人))\s*$|[\u4e00-\u9fa5] $/;
// 周建国 男 62岁 在家 / 邱某，女，55岁: a form's gender and age after the name.
const GENDER_AGE = '[,\\s]?\\s?[男女]\\s?[,\\s]\\s?(?:\\d{1,3}\\s?岁)?';
// 项春华昆明务工: where the person works, said without 在 (not 陈某甲在北京打工's 甲, nor a name's 在), begins the words.
const WORKS_AT = '(?![在甲乙丙丁])[\\u4e00-\\u9fa5]{2,4}(?:务工|打工|上班)(?=$|[\\s,;。])';
const WORKS_AT_START = new RegExp(`^\\s?${WORKS_AT}`);
const STORY_WORDS = `${GENDER_AGE}|${alt(NAME_STORY_WORDS)}|、|,|:|\\(|"|“|'|\\d+人|\\d{1,2}月\\d{1,2}[号日]|\\d{1,2}\\.\\d{1,2}(?=\\s)|\\d{1,2}[号日](?![\\u4e00-\\u9fa5]{0,2}楼)|\\d{1,2}(?::\\d{2}|点)`;
const STORY_NOT_WORK = new RegExp(`^\\s?(?:${STORY_WORDS})`);
// (盘亚生、赵妹凤2名重点人员今日均在村: the names, then how many key persons they are.)
const COUNTED_AS_KEY = '(?:\\d{1,2}|[两二三四五六七八九十])(?:名|个|位)(?:重点|稳控)';
const STORY_AFTER = new RegExp(`^\\s?(?:${STORY_WORDS}|${WORKS_AT}|${COUNTED_AS_KEY})`);
// At the start of a clause the person's words begin with a state, a day or time, a journey or a return (周德明今早…,
// 欧秀兰到本镇…, 罗光荣去遵义…, 杨再兴仍在…, 石光荣出院…, 刘玉兰因土地…), or a bracket or quote (张国贵（在外务工）).
// (卢某某13号晚上…: a day of the month begins them too.)
const STATE_AFTER = new RegExp(`^\\s?(?:${GENDER_AGE}|${alt(NAME_STATE_WORDS)}|${COUNTED_AS_KEY}|${WORKS_AT}|\\d{1,2}月\\d{1,2}[号日]|\\d{1,2}\\.\\d{1,2}(?=\\s)|\\d{1,2}[号日](?![\\u4e00-\\u9fa5]{0,2}楼)|\\d{1,2}(?::\\d{2}|点)|:|\\(|"|“)`);
// Words that begin with a surname character but are not names.
const NOT_NAMES = new Set<string>(NOT_NAME_WORDS);
const WHOLE_NOT_NAME_SET = new Set<string>(WHOLE_NOT_NAMES);
const PERSON_NOUN_SET = new Set<string>(PERSON_NOUNS);
// (邹春梅 江苏苏州打工: a province or city is no name; placeCompany reads the same names.)
const PLACE_NAMES = [...PROVINCE_NAMES, ...CITY_NAMES];
const PLACE_NAME_SET = new Set<string>(PLACE_NAMES);
// (刘海家跟邻居家…, 刘海家的牛: X家 then a party's word is the household; 沈振家已息诉罢访 is a name.)
const HOUSEHOLD_PARTY_NEXT = /^[跟和与同的]/;
// 王庄村, 城关镇: a unit or place, not a person; nor 王庄, 高家沟, 杨家塬 (a place's name, X(家) then a place word).
// (焦化厂答应…: a works or an office is no name either.)
const PLACE_END = /[村镇乡区街组屯寨厂局所站院司办]$|^.家?[庄沟坪湾峁塬坝岭冲洼堡营桥店]$/;
// (王德明家属讲…, 曲比阿呷家屋顶已经修好了: the person's family or house, not a household named 王家.)
const TITLE_AFTER = new RegExp(`^(?:${alt(TITLE_WORDS.filter((w) => w !== '家'))}|家(?!属|人|屋|房|里))`);
const SAYS_AFTER = /^[说讲]/;
const SAY_WORD_START = /[听据又还都也就再没来所只却便传人们者]/;
// 李书记, 王主任: a surname and a title of two characters (not 李家明: 家 alone is a title only after a name).
const TITLE_NAME = new RegExp(`^(?:${alt(TITLE_WORDS.filter((w) => w.length === 2))})$`);

/** Only characters of [\u4e00-\u9fa5] (asked for every candidate name: a char loop, no regex object per call). */
function allCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fa5) return false;
  }
  return s.length > 0;
}

// 欧阳建华, 上官秀英: a surname of two characters, then one or two of the given name.
const COMPOUND_AT = new RegExp(`(?:${alt(TWO_CHAR_SURNAMES)})`, 'y');
const COMPOUND_FIRST = codeSet(TWO_CHAR_SURNAMES.map((w) => w[0]).join(''));
// (马海村重点人员…: a unit's name, not 马海 then a given name.)
const NOT_GIVEN = /[村镇乡区街组屯寨社]/;
function compoundAt(text: string, i: number): boolean {
  COMPOUND_AT.lastIndex = i;
  return COMPOUND_AT.test(text);
}
// 马乙四夫, 韩阿卜都: a surname, then a given name of three characters of 回族 and 撒拉族 names.
const HUI_GIVEN_AT = new RegExp(`(?:${alt(HUI_GIVEN_NAMES)})`, 'y');
function fullNameAt(text: string, i: number, strongBefore: boolean, led = false, item = false): string | undefined {
  const compound = compoundAt(text, i);
  HUI_GIVEN_AT.lastIndex = i + 1;
  const hui = !compound && HUI_GIVEN_AT.test(text);
  // (马海今天在家: 马海 a name of 马, not the 彝族 马海 before a given name 今天; so a two-character name is tried last.)
  for (const len of hui ? [4, 3] : compound ? [4, 3, 2] : [3, 2]) {
    if (len === 2 && WEAK_CODES[text.charCodeAt(i)]) continue;
    const name = text.slice(i, i + len);
    if (compound && len > 2 && (NOT_GIVEN.test(name.slice(2)) || STATE_AFTER.test(name.slice(2)))) continue;
    if (compound && len === 2 && !SURNAME_CODES[text.charCodeAt(i)]) continue;
    // (李书记说…, 王主任在家: a title after a surname is no name.)
    // (谭姓与黄姓…, 黄姓因清明…: a clan named by its surname, no person; 给老人钱的事: 的 is no given name.)
    // (民宿业主: a trade noun after a surname-like character; 刘海家跟…: a household; 李成在东莞务工: 在 begins the words.)
    // (说2号钱不到账: 不 and 没 begin no given name.)
    if (name.length < len || !allCjk(name) || name.includes('某') || name.charCodeAt(1) === 0x59d3 || name.charCodeAt(1) === 0x7684 || name.charCodeAt(1) === 0x4e0d || name.charCodeAt(1) === 0x6ca1 || PLACE_NAME_SET.has(name) || (len === 3 && (name.endsWith('在') || (name.endsWith('家') && HOUSEHOLD_PARTY_NEXT.test(text.slice(i + 3, i + 4))) || PERSON_NOUN_SET.has(name.slice(1)))) || notAName(name) || PLACE_END.test(name) || (len === 3 && TITLE_NAME.test(name.slice(1)))) continue;
    const after = text.slice(i + len, i + len + 12);
    // (王亚六同志, 郝俊峰同志: a full name of three before 同志 is the person, as the formal reports write it.)
    if (TITLE_AFTER.test(after) && !(len === 3 && after.startsWith('同志'))) continue;
    // (杨树有两个人上镇里了: 有 before a count is the verb, not a name's end.)
    if (len === 3 && name.endsWith('有') && /^(?:\d|[一二两三四五六七八九十几])/.test(after)) continue;
    // (周台那边去区里了: a place's name and 那边, not a name of three.)
    if (len === 3 && (name.endsWith('那') || name.endsWith('这')) && /^[边里儿块头个]/.test(after)) continue;
    // (谈完已经回家了: a name does not end inside a word, 已经, 正在…)
    if (len === 3 && SPLIT_WORD.test(text.slice(i + 2, i + 4))) continue;
    // (柳林听说…, 村里都说…: 听说 and 都说 are words, not a name then 说.)
    if (SAYS_AFTER.test(after) && SAY_WORD_START.test(name.at(-1)!)) continue;
    // (马跃进): a name of three that fills its brackets is whole (马跃 then 进 is no name and its going; （石狮） is a place).
    if (len === 3 && text.charCodeAt(i - 1) === 0x28 && after.charCodeAt(0) === 0x29) return name;
    if ((strongBefore ? STORY_AFTER : STATE_AFTER).test(after)) return name;
    // (谭德贵吃了晚饭扬言明天要去县里: a name of three whose clause, a few words on, says the person's news.)
    if (len === 3 && !NOT_NAME_LAST[name.charCodeAt(2)] && newsLater(after)) return name;
    // 为首的是王建国。: after a leader word the name may end the sentence.
    if (led && len === 3 && /^(?:$|[\s,;。!?)])/.test(after)) return name;
    // 3. 田茂林 福建泉州务工 稳定 / 2.刘玉兰，到贵阳…: the first word of a list item, set off by a space or a comma.
    if (item && ITEM_NAME_END.test(after)) return name;
    // 杨正才、杨正德、吴老三在家 (韩立新，郭秀珍…; 韩立新 郭秀珍 …): a name set off by 、, a comma or a space in a list whose
    // last name begins the shared words.
    const sep = LIST_NEXT.exec(after) ?? (SURNAME_CODES[after.charCodeAt(1)] ? WORD_JOIN.exec(after) : null);
    if (sep && listGoesOn(text, i + len + sep[0].length + (BLANK_START.exec(after.slice(sep[0].length))?.[0].length ?? 0))) return name;
  }
  return undefined;
}
// 周二喜, 周三虎: a surname of 周 and a nickname of a numeral, not 周二 (Tuesday) and what follows it (周二下午, 周三去).
const WEEKDAY_NAME = /^周[一二三四五六][^上下早晚中凌午全前后到去来回在从是有要开报的了起和及与号日,;。]$/;
/** A word that begins with a surname's character (马上, 周二) starts the candidate, and it is no 周二喜-like name. */
// (祝大家过年好: a greeting, though 祝大勇 is a name; 果农都在家: a person noun, 果农, starts it.)
function notAName(name: string): boolean {
  return (NOT_NAMES.has(name.slice(0, 2)) && !WEEKDAY_NAME.test(name)) || WHOLE_NOT_NAME_SET.has(name) || PERSON_NOUN_SET.has(name.slice(0, 2));
}
const NEWS_LATER = new RegExp(`^([\\u4e00-\\u9fa5]{1,7}?)(?:${alt(PERSON_NEWS_LATER_WORDS)})`);
// (Not 江景名都业主到县上访: the words between name a group, whose news it is.)
const NOUN_BETWEEN = new RegExp(alt(PERSON_NOUNS));
function newsLater(after: string): boolean {
  const m = NEWS_LATER.exec(after);
  return m !== null && !NOUN_BETWEEN.test(m[1]!);
}
const NOT_NAME_LAST = codeSet('了的着过在是说和跟与也都又还就才把被让给从到去来一二两三四五六七八九十今昨明前后上下不没有');
const SPLIT_WORD = /^(?:已经|正在|刚才|刚刚|现在|一直|还在|也在|都在|已于|完了)$/;
const BLANK_START = /^\s*/;
const ITEM_NAME_END = /^(?:\s|,|:|\(|$)/;
const LIST_NEXT = /^(?:\s*[、,]|\s)/;
// (赖水生同赖石养两个…: 和/同/跟 join two names as 、 does, when a surname follows and the second name's words begin.)
const WORD_JOIN = /^[和同跟与]/;
const LIST_TOKEN = /^([\u4e00-\u9fa5]{2,3})(\s*[、,]\s*|\s+)/;
// A list item's number at the start of a line (1. / 2、/ 3) / 1号 / 一、), or the start of the text.
const ITEM_START = /(?:^|\n)\s*(?:\d{1,2}\s*(?:[.、):]|号)?|[一二三四五六七八九十]{1,2}[、.])?\s*$|[;。,]\s*(?:\d{1,2}\s*(?:[.、):]|号)|[一二三四五六七八九十]{1,2}[、.])\s*$|;\s*$/;

/** Whether the names listed from j (王某、李某、…) end in one whose person's words begin: a list of names. */
function listGoesOn(text: string, j: number): boolean {
  for (let n = 0; n < 8 && SURNAME_CODES[text.charCodeAt(j)]; n++) {
    const tok = LIST_TOKEN.exec(text.slice(j, j + 8));
    if (!tok) return fullNameAt(text, j, true) !== undefined || mouNameEnd(text, j) > 0;
    if (notAName(tok[1]!)) return false;
    j += tok[0].length;
    // 韩立新 郭秀珍 邓老四 均在家: after a space, the shared words may begin.
    if (BLANK.test(tok[2]!) && STORY_AFTER.test(text.slice(j, j + 12))) return true;
  }
  return mouNameEnd(text, j) > 0;
}
/** The end of a 王某某/王某 name at j, or 0. */
function mouNameEnd(text: string, j: number): number {
  if (text[j + 1] !== '某') return 0;
  return text[j + 2] === '某' ? j + 3 : j + 2;
}

/**
 * A set of BMP characters as a table indexed by char code. The name scan asks it at every character of the text, and
 * `text[i]` allocates a new string for each CJK character (V8 caches only one-byte ones).
 */
function codeSet(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

// The last character of every cue above: a surname not right after one of these cannot start a full name here.
const CUE_END = codeSet('表员象民众主工人户叫个后有中】屯但过客间的女手机\n;。:,(然还外村区会号、和及与.)是 !?组边天日早晚才刚午上说讲里系同跟除开了报另—');

// 孟根其其格说补奖钱给少算了 / 护林员巴图孟和他们五六个人 / 重点人员乌云电话没人接 / 古丽米拉去口里了: a 蒙古族, 维吾尔 or
// 哈萨克 name of known elements where a full name may begin (a clause's start or a person noun before it), followed by the
// person's words; masked with 某 after it (额尔敦某), as a Han name is.
const NAME_PARTS = [...MONGOLIAN_NAME_PARTS, ...TURKIC_NAME_PARTS, ...TIBETAN_NAME_PARTS, ...DAI_NAME_PARTS, ...JINGPO_NAME_PARTS, ...LAHU_NAME_PARTS];
const PART_NAME_CUE = new RegExp(`${alt(NAME_PARTS)}`);
const PART_NAME = new RegExp(`(?:${alt(NAME_PARTS)}){1,3}(?:[${NAME_PART_ENDINGS.join('')}]|(?:${alt(NAME_PART_VERB_ENDINGS)})(?![了钱费掉销光过完的])|(?:${alt(NAME_PART_DAY_ENDINGS)})(?![天日年早晚后白确])|(?:${alt(NAME_PART_ADVERB_ENDINGS)})(?![激过多少大小好难远久晚早差高低忙累穷凶急快慢吵闹不没可气难伤]))?(?:某某?(?![天日时些处地]))?`, 'g');
// (额尔敦12点半到家啦 / 额尔敦有消息了 / 其木格的罚款问题… / 巴特尔刚在群里发语音: a time, news of the person, the person's
// matter, or what the person just did, after a name of such elements, which are no everyday words; 才让东智人在家 / 才让东智不是外出:
// the person's own whereabouts, or what the person is not.)
const PART_NAME_AFTER = /^(?:\d{1,2}(?:点|时)|有消息|人(?=在|已|还|没|现|目前|也|都)|不是(?=在|去|到|外出|失联)|的[^,;。]{0,8}?(?:问题|事|诉求)|刚(?:才|刚)?(?:在|到|从|去|回|发|说))/;
const GROUP_MEMBER_BEFORE = /(?:\d{1,2}|[一二三四五六七八九十]{1,2})[组队社]$/;
function findPartNames(text: string, hits: NameHit[], unitEnds: readonly number[] = []): void {
  PART_NAME.lastIndex = 0;
  for (let m = PART_NAME.exec(text); m !== null; m = PART_NAME.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    // (禁牧区的斯琴…: after 的, as the name's elements are no everyday words.)
    // (二组扎西这两天…: a member of a village's group, named, as after 村民.)
    // (拉毛措、卓玛草、扎西卓玛均在家: the next of a list of names, right after one found.)
    const listed = before.endsWith('、') && hits.some((h) => h.end === m!.index - 1);
    const strong = PERSON_BEFORE.test(before) || OPEN_BRACKET_END.test(before) || GROUP_MEMBER_BEFORE.test(before) || listed;
    // (乌兰哈达嘎查朝鲁、斯琴高娃今日均在家: right after the unit named.)
    if (!strong && !CLAUSE_BEFORE.test(before) && !before.endsWith('的') && !unitEnds.includes(m.index)) continue;
    const end = m.index + m[0].length;
    // (退役军人额尔敦某，…: masked with 某, it is a name whatever follows.)
    if (!m[0].endsWith('某') && !(strong ? STORY_AFTER : STATE_AFTER).test(text.slice(end, end + 12)) && !PART_NAME_AFTER.test(text.slice(end, end + 12)) && !LIST_NEXT.test(text.slice(end, end + 2))) continue;
    const overlapping = hits.filter((h) => h.index < end && m!.index < h.end);
    // (乌云某, 巴图某: the whole name, not 云某 or 图某 read first with 云, 图 as a surname.)
    const within = m[0].endsWith('某') && overlapping.every((h) => h.index > m!.index && h.end <= end);
    if (overlapping.length > 0 && !within) continue;
    for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
    hits.push({ name: m[0], index: m.index, end, prefixed: false });
  }
  hits.sort((x, y) => x.index - y.index);
}

// 维吾尔 and 哈萨克 names are written with a middle dot between the person's name and the father's (买买提·吐尔逊,
// 阿依古丽·卡德尔): no surname to find them by, but a dot between CJK characters is no everyday word. The name runs back
// from the dot to a cue before it (a clause's start, 牧民, 重点人员), and forward to where the person's words begin.
const NAME_DOT = /(?<=[\u4e00-\u9fa5])[·•・‧](?=[\u4e00-\u9fa5])/g;
const NOT_DOTTED_NAME = /报|访|通知|情况|动态/;
// 听村民说叶尔兰·努尔兰…: what someone said begins a name; 热合曼不是在家: a name ends before a function word (not
// 都, which ends 阿不都).
const SAID_BEFORE = /(?:说|讲|称|是)$/;
const NOT_NAME_END = '不没也还又在说讲是去到已和跟就均';
const WORD_BEFORE_NAME = /(?:到|给|跟|和|与|同|叫|是|说|讲|找|让|把|被|对|向)$/;
const TURKIC_PARTS_LONGEST = [...TURKIC_NAME_PARTS].sort((x, y) => y.length - x.length);
/** Where known name parts run back to from the dot (努尔买买提·…), or -1. */
function knownPartsBefore(text: string, dot: number): number {
  let at = dot;
  for (;;) {
    const p = TURKIC_PARTS_LONGEST.find((w) => at - w.length >= 0 && text.startsWith(w, at - w.length));
    if (!p) break;
    at -= p.length;
  }
  return at < dot ? at : -1;
}
/** The end of a known name part right after the dot, its parts run together (…·吐尔逊, …·沙吾尔), or -1. */
function knownPartAfter(text: string, from: number): number {
  let at = from;
  for (;;) {
    const p = TURKIC_PARTS_LONGEST.find((w) => text.startsWith(w, at));
    if (!p) break;
    at += p.length;
  }
  return at > from ? at : -1;
}
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
function findDottedNames(text: string, hits: NameHit[]): void {
  NAME_DOT.lastIndex = 0;
  for (let m = NAME_DOT.exec(text); m !== null; m = NAME_DOT.exec(text)) {
    const dot = m.index;
    // The nearest cue before the dot begins the name (牧民库尔班·艾力, 今天阿依古丽·卡德尔).
    let start = -1;
    for (let s = dot - 2; s >= Math.max(0, dot - 6) && isCjk(text.charCodeAt(s)); s--) {
      const before = text.slice(Math.max(0, s - 6), s);
      if (PERSON_BEFORE.test(before) || SAID_BEFORE.test(before)) {
        start = s;
        break;
      }
      if (s === 0 || !isCjk(text.charCodeAt(s - 1)) || CLAUSE_BEFORE.test(before)) {
        start = s;
        break;
      }
    }
    // (刚接到买买提·托合提家属电话: known parts of such names, run together before the dot, begin it where no cue does.)
    // (Not 热依汗古丽·买买提: the known part 古丽 ends a longer name there, after no word that could end a clause.)
    const known = knownPartsBefore(text, dot);
    if (known >= 0 && (start < 0 || (known > start && WORD_BEFORE_NAME.test(text.slice(start, known))))) start = known;
    if (start < 0) continue;
    // The shortest end before a break or a state (阿不都在家: not 阿不 before 都), else before the person's words; a known
    // part after the dot ends it (买买提·托合提租金到账了, 热合曼·吐尔逊就是…).
    let end = knownPartAfter(text, dot + 1);
    for (const after of [STATE_AFTER, STORY_AFTER]) {
      for (let e = dot + 3; end < 0 && e <= Math.min(text.length, dot + 7); e++) {
        if (!isCjk(text.charCodeAt(e - 1))) break;
        if (NOT_NAME_END.includes(text[e - 1]!)) continue;
        // (阿依古丽·吾守尔均在家: 均 between the name and its state.)
        if (e === text.length || !isCjk(text.charCodeAt(e)) || after.test(text.slice(e, e + 12).replace(/^均/, ''))) end = e;
      }
      if (end >= 0) break;
    }
    // (【即时报告·首报】: a heading's words, not a name.)
    if (end < 0 || NOT_DOTTED_NAME.test(text.slice(start, end)) || hits.some((h) => h.index < end && start < h.end)) continue;
    hits.push({ name: text.slice(start, end), index: start, end, prefixed: false });
  }
  hits.sort((x, y) => x.index - y.index);
}

function findFullNames(text: string, kpContext: boolean, hits: NameHit[], personNews = false, unitEnds: readonly number[] = []): void {
  const found: NameHit[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    // (关亚九, 黎亚妹, 古阿福: a surname read only before 某 elsewhere is one before 亚/阿, how 粤 and 闽 names go.)
    const c = text.charCodeAt(i);
    // (关淑珍, 那德顺, 富春生 (满族) in a key persons' list: a surname read only before 某 elsewhere, listed or after a cue.)
    const listedOnly = (kpContext || unitEnds.includes(i)) && LISTED_ONLY_CODES[c] === 1;
    if (!SURNAME_CODES[c] && !listedOnly && !(MOU_ONLY_CODES[c] && NICK_CODES[text.charCodeAt(i + 1)]) && !(COMPOUND_FIRST[c] && compoundAt(text, i))) continue;
    // 孙家洼的孙长贵…: a unit named, then 的, then the unit's person.
    // 讨薪的杨国顺: who the person is, said by what the person did before.
    const ofUnit = i > 1 && text.charCodeAt(i - 1) === 0x7684 && (unitEnds.includes(i - 1) || DESCRIBED_BEFORE.test(text.slice(Math.max(0, i - 6), i)));
    // (大湾储有财今天在家: right after a unit's alias, which need not end in 村.)
    const afterUnit = unitEnds.includes(i);
    // (刚去马海尔布家头坐了一哈 / 刚从王长青家出来: a visit to the person's home names the person, as 去老罗屋里 does.)
    const visited = i > 0 && VISIT_BEFORE.test(text.slice(i - 1, i)) && text[i] !== '向' && [2, 3, 4].some((n) => HOME_NEXT.test(text.slice(i + n, i + n + 2)));
    if (i > 0 && !CUE_END[text.charCodeAt(i - 1)] && !ofUnit && !afterUnit && !visited) continue;
    // A full name goes on with a CJK character other than 某 (fullNameAt): the cheapest test, so asked before the
    // cues around it (most surname characters stand in other words or in 王某某 names, found before).
    const next = text.charCodeAt(i + 1);
    if (next < 0x4e00 || next > 0x9fa5 || next === 0x67d0 || Number.isNaN(next)) continue;
    // The nearest name ending before i, of those found before (某 names) and here.
    let prevEnd = lastEnd;
    for (const h of hits) if (h.end <= i && h.end > prevEnd) prevEnd = h.end;
    const before = text.slice(Math.max(0, i - 8), i);
    const listed = prevEnd >= 0 && (JOIN.test(text.slice(prevEnd, i)) || SPACES.test(text.slice(prevEnd, i)));
    // 那个冯淑珍不是失联…: in a message about a person's state, 那个 before a full name points at someone known.
    const strong = visited || listed || PERSON_BEFORE.test(before) || OPEN_BRACKET_END.test(before) || (personNews && before.endsWith('那个'));
    if (!strong && !ofUnit && !afterUnit && !CLAUSE_BEFORE.test(before)) continue;
    const item = kpContext && ITEM_START.test(text.slice(Math.max(0, i - 12), i));
    // (太平村那春生今天…, 。关继红今天情绪波动: a surname read only in lists, at a clause's start as a name of three with
    // the person's words after it, or after the unit it belongs to.)
    if (listedOnly && !SURNAME_CODES[c] && !NICK_CODES[text.charCodeAt(i + 1)] && !strong && !item && !(personNews && !PRONOUN_LIKE[c] && CLAUSE_BEFORE.test(before)) && !unitEnds.includes(i)) continue;
    const name = (visited ? visitedName(text, i) : undefined) ?? fullNameAt(text, i, strong, LEADER_BEFORE.test(text.slice(Math.max(0, i - 14), i)), item);
    if (name && listedOnly && !SURNAME_CODES[c] && name.length < 3) continue;
    if (!name || hits.some((h) => h.index < i + name.length && i < h.end)) continue;
    found.push({ name, index: i, end: i + name.length, prefixed: false });
    lastEnd = i + name.length;
    i = lastEnd - 1;
  }
  if (found.length) {
    hits.push(...found);
    hits.sort((x, y) => x.index - y.index);
  }
}
const GUESSED_BEFORE = new RegExp(`(?:${alt(GUESS_WORDS)})[^,;。]{0,4}$`);
/** The name of the person whose home is visited (去马海尔布家头, 到王德明家里): the longest that the home follows. */
function visitedName(text: string, i: number): string | undefined {
  for (const len of compoundAt(text, i) ? [4, 3] : [3, 2]) {
    const name = text.slice(i, i + len);
    if (name.length === len && allCjk(name) && !name.includes('某') && !NOT_NAMES.has(name.slice(0, 2)) && HOME_NEXT.test(text.slice(i + len, i + len + 2))) return name;
  }
  return undefined;
}
// 老顾今天在家 / 老韦晚上在家看电视 / 老郑晚上喝了点酒…说明儿个就走: a key person called by 老 and the surname, as the
// village calls him, at a clause's start with the person's words after it (not 老王家, 老李他们, 老人, 老板, （老毛病）).
const OLD_NAME_NEWS = /^[^。!?\n]{0,18}?(?:情绪|在家|失联|扬言|上访|稳定)/;
const OLD_NAME_NEXT_NOT = codeSet('子家人们头儿婆师板乡汉伴公爷太娘总大二三四五六七八九十幺表妹弟哥姐少年实百江病');
// 杨老四苗年没回来 / 吴老二喝醉了扬言… / 高坳王老六扬言…: the surname, 老 and the rank among brothers, as the village calls a
// man, where a clause or the unit's name ends before it and the person's words follow.
const RANK_CODES = codeSet('大二三四五六七八九幺');
const SUBJECT_NOUN_BEFORE = new RegExp(`(?:${alt(PERSON_NOUNS)})$`);
function rankNameAt(text: string, i: number, unitEnds: readonly number[]): boolean {
  if (i < 1 || !SURNAME_CODES[text.charCodeAt(i - 1)] || WEAK_CODES[text.charCodeAt(i - 1)] || !RANK_CODES[text.charCodeAt(i + 1)]) return false;
  const before = text.slice(Math.max(0, i - 9), i - 1);
  if (i > 1 && !unitEnds.includes(i - 1) && !CLAUSE_BEFORE.test(before) && !PERSON_BEFORE.test(before) && !SUBJECT_NOUN_BEFORE.test(before)) return false;
  const after = text.slice(i + 2, i + 14);
  return STATE_AFTER.test(after) || newsLater(after) || OLD_NAME_NEWS.test(text.slice(i + 2, i + 24));
}
function findOldNames(text: string, hits: NameHit[], unitEnds: readonly number[] = []): void {
  for (let i = text.indexOf('老'); i >= 0; i = text.indexOf('老', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (rankNameAt(text, i, unitEnds) && !hits.some((h) => h.end > i + 2 && h.index < i + 2)) {
      // (高坳王老六: a name read across the unit's alias and the surname gives way.)
      for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.index < i + 2 && i - 1 < hits[k]!.end) hits.splice(k, 1);
      hits.push({ name: text.slice(i - 1, i + 2), index: i - 1, end: i + 2, prefixed: false });
      continue;
    }
    if (!SURNAME_CODES[c] || WEAK_CODES[c] || OLD_NAME_NEXT_NOT[text.charCodeAt(i + 2)]) continue;
    // (刚刚去老罗屋里看了: a visit to the person's home names the person as well.)
    if (i > 0 && !CLAUSE_BEFORE.test(text.slice(Math.max(0, i - 8), i)) && !(VISIT_BEFORE.test(text.slice(Math.max(0, i - 2), i)) && HOME_NEXT.test(text.slice(i + 2, i + 4)))) continue;
    const after = text.slice(i + 2, i + 14);
    // (老顾吃了月饼 跟儿子在家看电视: the person's state further on in the same sentence.)
    if (!STATE_AFTER.test(after) && !newsLater(after) && !OLD_NAME_NEWS.test(text.slice(i + 2, i + 24))) continue;
    if (hits.some((h) => h.index < i + 2 && i < h.end)) continue;
    hits.push({ name: text.slice(i, i + 2), index: i, end: i + 2, prefixed: false });
  }
  hits.sort((x, y) => x.index - y.index);
}
const VISIT_BEFORE = /(?:去|到|从)$/;
// (Not 去向不明，家属…: 去向 is a word, 家属 no home.)
const HOME_NEXT = /^(?:屋里|屋头|家里|家头|家中|家(?=[看坐去了出,，。\s]))/;
const WEAK_CODES = codeSet(WEAK_SURNAMES);
const MOU_ONLY_CODES = codeSet(MOU_ONLY_SURNAMES);
const LISTED_ONLY_CODES = codeSet(LISTED_ONLY_SURNAMES);
// (伊买了去北京南的车票: 伊 and 依 are pronouns of 闽南 and 吴 speech too, read as surnames only in lists.)
const PRONOUN_LIKE = codeSet('伊依');
const NICK_CODES = codeSet('亚阿');
const SURNAME_CODES = codeSet(SURNAMES + WEAK_SURNAMES);
// 重点人员2名（王德发、刘凤霞）均在家稳定 / 重点人员：1名（申东旭），在家稳定: the key persons named in brackets after their
// figure, each a full name, the words after the bracket theirs.
// (有异常动向1名（王守信）: the abnormal figure's names are abnormal.)
const FIGURE_NAMES = new RegExp(`(?:${alt(KEY_PERSON_LABELS)}|(?<abnormal>有?异常(?:动向|情况|人员)?))\\s*:?\\s*(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:名|人|个)\\s*\\(([^()]{2,40})\\)`, 'g');
const BRACKET_NAME = /^[\u4e00-\u9fa5]{2,3}$/;
// (重点人员1人（诸葛红梅）/（吉克木沙）: a compound or 彝族 family name and a given name of two.)
const COMPOUND_NAME = new RegExp(`^(?:${alt(TWO_CHAR_SURNAMES)})[\u4e00-\u9fa5]{1,2}$`);
function findBracketedKeyPersons(text: string, hits: NameHit[]): void {
  FIGURE_NAMES.lastIndex = 0;
  for (let m = FIGURE_NAMES.exec(text); m !== null; m = FIGURE_NAMES.exec(text)) {
    const names = m[2]!;
    let at = m.index + m[0].length - 1 - names.length;
    for (const part of names.split(/([、,和])/)) {
      const index = at;
      at += part.length;
      const name = part.trim();
      if (!((BRACKET_NAME.test(name) && SURNAME_CODES[name.charCodeAt(0)]) || COMPOUND_NAME.test(name)) || (name.length === 2 && WEAK_CODES[name.charCodeAt(0)]) || notAName(name) || PLACE_END.test(name)) continue;
      const start = index + part.indexOf(name);
      // (Found before as a whole name in its brackets: the figure's mark is still its.)
      const same = hits.find((h) => h.index === start && h.end === start + name.length);
      if (same && m.groups?.abnormal !== undefined) same.counted = 'abnormal';
      if (same || hits.some((h) => h.index < start + name.length && start < h.end)) continue;
      hits.push({ name, index: start, end: start + name.length, prefixed: false, ...(m.groups?.abnormal !== undefined ? { counted: 'abnormal' as const } : {}) });
    }
  }
  hits.sort((x, y) => x.index - y.index);
}
const DESCRIBED_BEFORE = new RegExp(`(?:${alt(DESCRIBED_BY_WORDS)}|${alt(WORKPLACE_BEFORE_NAME)}|管[\\u4e00-\\u9fa5]{1,3})的$`);
// Words of a key person's news, for messages that follow one up without saying 重点人员 (“宋振华昨晚已回到家中”).
// …and of where the person is or goes (张国贵（在外务工）…, 王桂芬又到镇上闹了).
const PERSON_NEWS = new RegExp(alt(PERSON_NEWS_WORDS));

const KEY_PERSON_CONTEXT = new RegExp(alt(KEY_PERSON_WORDS));
const CLOSING_JUDGEMENT = new RegExp(`[,;\\s](?:${alt(CLOSING_JUDGEMENT_WORDS)})[。.!]?\\s*$`);
const ASSESSMENT_HEAD = /研判/;
const PREFIX = new RegExp(`(?:${alt(SUBJECT_PREFIX_WORDS)})$`);
const NOUN_AFTER = new RegExp(`^\\(\\s*(?:${alt(PERSON_NOUNS.filter((w) => w.length > 1))})\\s*\\)`);
const FIGURE_NOTE = /(?:\d|[一二两三四五六七八九十])\s*(?:件|起|批)\s*\(\s*$/;
// (排查矛盾纠纷1件（边贸搬运工工钱拖欠，涉及货场老板何某）: anywhere in the bracket a counted figure opens.)
function inFigureNote(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open > 0 && text.lastIndexOf(')', at) < open && at - open <= 40 && FIGURE_NOTE.test(text.slice(Math.max(0, open - 5), open + 1));
}
const JOIN = /^\s*[、,和及与同跟]\s*$/;
// (Regexes asked inside the loops over names and characters are module constants: a literal in a loop is a new
// RegExp object at every turn.)
const OPEN_BRACKET_END = /\(\s*$/;
const DENG_NEXT = /^\s*等/;
// 钟老三他们三户…下午一起到镇里找了书记: the first of a counted group, as 等 names one, when the message tells the group's
// act and nothing of the person: not a threat or plan (…他们几户说…就去区政府, the one who leads it is a key person), nor
// the person's state (…他们7个人…表态不去郑州了，情绪稳定).
const GROUP_NEXT = /^\s*(?:他们|她们)(?:[一二两三四五六七八九十几\d]{1,3}(?:户|家|个人|个|人|名))/;
const CROWD_PLANS = new RegExp(alt(CROWD_PLAN_WORDS));
const GROUP_PERSON_NEWS = new RegExp(alt(GROUP_PERSON_NEWS_WORDS));
const BLANK = /^\s*$/;
const SPACES = /^\s+$/;
// A name's words end with its sentence, or where the others are summed up (…务工稳定，其余均在家; …；另2人在家稳定).
// (刚接到联户长电话 次仁旺堆晚上没回家: a phone's word before a name is a role only with its colon, 联系电话：….)
const PHONE_ROLES = new Set(['电话', '手机', '手机号', '联系电话']);
const ROLE_BEFORE = new RegExp(`(?:${alt(SIGNATURE_ROLES.filter((r) => !PHONE_ROLES.has(r)))})\\s*:?\\s*(?:${alt(SIGNATURE_ROLES)})?\\s*$|(?:${alt([...PHONE_ROLES])})\\s*:\\s*$|(?:${alt(CADRE_BEFORE_WORDS)})\\s*$`);
const OWING_BEFORE = new RegExp(`(?:${alt(OWING_SIDE_TITLES)})\\s*$`);
// (经营者周某补交拖欠的房屋租金 / 已补交全部拖欠租金: what the owing side pays back tells it too.)
const OWES_AFTER = /^[^,;。\n]{0,2}?欠|^[^,;。\n]{0,3}?(?:补交|补缴|结清|付清|补齐|退还)/;
// (要去北京告冯某某: the one a petition is against; 冯某某已付首批苹果款 / 冯某某答应这两天给 / 客商冯某某拖欠果农苹果收购款:
// the one who owes, paying or promising to, is the other side of the matter, not a key person.)
const SUED_BEFORE = /(?<![报转忠警公广宣通劝控预])告$/;
const PAYS_AFTER = /^(?:已经?|先|又)?(?:拖欠|付了|已付|支付|结清|付清|答应[^,;。\n]{0,8}?(?:给|付|结))/;
const KIN_BEFORE = new RegExp(`(?:的|之|其)(?:${alt(KIN_WORDS)})\\s*$`);
// (…情绪激动。人在本地敬老院: 人 opening the sentence is the person too.)
const SELF_LATER = /本人|该人|该员|此人|(?<=[。\s])人(?=在|还在|仍在|现在)/;
const SUBJECTLESS_NEXT = /^\s*(?:今日|今天|当日|目前|现在|近日)?\s*(?:情绪|扬言|声称|称|又|仍|还在|在家|在村|外出)/;
const SENTENCE_END = /[。\n]/;
const PARTY_END = /[;。\n]/;
const SPOKEN_CLAUSE_END = /[,;。\s]/;
// (…去向不明，已联系家属查找；2.其余征迁户均稳定: the next item of a numbered list sums up the others too.)
const SEGMENT_END = /[。\n]|[,;]\s*(?:\d{1,2}[.、)]\s*)?(?:其余|其他|另外|另(?=\d|[一二两三四五六七八九十]|几|外))/;

const PLAIN_DISTRESS = alt(PLAIN_DISTRESS_WORDS);
// “他说下礼拜还要去”: going again with the destination left implicit (the place is known to the reader) is a risk;
// with a destination said the escalation rules read it.
const GO_AGAIN = `(?:${alt(GO_AGAIN_WORDS)})(?=[\\s,;。!?]|$)`;
// 情绪有点波动, 情绪还有些激动: the upset said with a degree between (情绪还是有点波动: still, then the degree; 情绪又有点波动:
// again, then the degree).
const UPSET = `情绪(?:${alt(UPSET_STILL_WORDS)})?(?:又|也|再次|再度)?(?:有点|有些|稍有|略有|仍有|还有|还有点|还有些|又有些|比较|较为|很|非常|十分|特别|极其|有所|一度|又)(?:波动|激动|不稳|低落|失控|不好)`;
// 在村委闹 / 到镇政府门口闹: a scene made at a place (not 看热闹, not 闹钟).
const SCENE_AT = '(?:在|到|去)[\\u4e00-\\u9fa5]{1,6}?(?<![不没别莫热吵])闹(?![钟市心]|元宵|洞房|新房|着玩)';
// 岑某某还没有消息: no news of the person is missing; 低保的事还没有消息 / 答复还没消息 is no news of a matter.
const NO_NEWS = `(?<![事题复果款批的])(?:${alt(NO_NEWS_WORDS)})`;
// (说等补偿款到位就不闹了: an abnormal word negated is none.)
// (…不过他说省两会的时候还要去太原: a going said for while the 两会 sits is a risk to watch, whatever the place; not
// 两会结束了就去厂里上班, after it.)
const ABNORMAL = new Scan(new RegExp(`(?:${alt(SITTING_WORDS)})(?![^,;。\\n]{0,3}?(?:${alt(SITTING_OVER_WORDS)}))[^,;。\\n]{0,10}?(?:还要|也要|要|就)(?:去|到|上)|${UPSET}|${SCENE_AT}|${PETITION_THREAT}|${SEARCHED_FOR}|${PLAIN_DISTRESS}|${GO_AGAIN}|${alt(MISSING_WORDS)}|(?<![不没别莫])(?:${alt(PERSON_ABNORMAL_WORDS)})`, 'g'));
// …and unreachable (电话没人接, 无人接听) or no news (还没有消息), read unmasked: the negation mask blanks their 没/无.
const UNREACHED = new Scan(new RegExp(`${NO_NEWS}|${alt(UNANSWERED_WORDS)}`, 'g'));
// …and still in Beijing or a provincial capital with cadres at the person's side (lexicon.ts FAR_ESCORT_WORDS).
const AT_PETITION_CITY = new RegExp(`在(?:北京|京城|首都|省城|省会|${alt(PROVINCIAL_CAPITALS)})`);
const AT_SEAT_HELD = /在(省|市|县|区)(?:里|上)/;
const KIN_HOME = new RegExp(`(?:${alt(KIN_WORDS.filter((k) => k.length > 1))}|亲戚)(?:家|屋里|屋头|那里|那儿)`);
const SEAT_LEVEL: Record<string, 'province' | 'city' | 'county'> = { 省: 'province', 市: 'city', 县: 'county', 区: 'county' };
const FAR_ESCORT = new Scan(new RegExp(alt(FAR_ESCORT_WORDS), 'g'));
// A calm word negated (没找到, 未返回, 情绪不正常) says the opposite: it is no stable marker.
const STABLE = new Scan(new RegExp(`(?<!不|不太|不大|不够|不很|不咋|不怎么)稳定|(?<![没未不]|未能|没能)(?:${alt(PERSON_STABLE_WORDS)})`, 'g'));
// The provinces, far cities and countries, one alternation for the far-place patterns below.
const FAR_NAMES = alt(FAR_PLACE_NAMES);
// 在枸杞地修剪, 在冬营地放牧, 也在地头，: at work on a plot of the village (not 在外地, 在工地, 在当地 read as its own;
// not 在昆明…, a far place).
const AT_FIELD = `(?<!不|没)在(?!${FAR_NAMES})[\\u4e00-\\u9fa5]{0,3}?(?<![工外基墓本当])(?:${alt(FIELD_PLACE_WORDS)})(?:里|头|上|边)?(?=${alt(FIELD_WORK_WORDS)}|[,;。\\s]|$)`;
// 在安置点家中, 在安置区屋里: a home named by where it is, not far off and not a relative's (在昆明他儿子家中, read as away by AT_KIN).
const AT_HOME_THERE = `(?<!不|没)在(?!${FAR_NAMES}|市区|县城|外地|外省)(?![^,;。\\s]{0,5}?(?:${alt(KIN_WORDS.filter((k) => k.length > 1))}|姑娘|闺女|囡|亲戚|娘家|丈人|岳父))[\\u4e00-\\u9fa5]{1,5}?(?:家中|屋里|屋头)`;
// Home again (已回村, 返回家中, 已于昨晚到家, 下午3点到家 or 三点到家, 到家时间为8点), not when it did not happen (没回家, 未到家), is only agreed
// (同意回家), is under way (在回家路上) or is to come (称除夕前回家, 要回家).
// (现在村干部陪着往回走: 现在 and 村干部, no 现在村.)
const HOME_NOW = new RegExp(`(?<!明天|明日|后天|预计|估计|大概|大约|可能|应该|将于|将|会|要)(?:今天|今日|今早|今晚|上午|下午|中午|晚上|凌晨)(?:\\d{1,2}(?:点|时)(?:半|多|\\d{1,2}分?)?(?:左右|许)?)?(?:已经|已)?(?<!没|未)到家|已?从[\\u4e00-\\u9fa5]{1,6}?(?:回来|返村|回村|返家|返回村|返回家|返乡(?!途中|路上))|(?:北京|省里|省城|市里|县里|区里|县城)回来(?:后|了)|(?<!没|未|不|没有|同意|答应|愿意|前|要|会|准备|打算|计划)(?:回到家|已回家|回家)(?!路上|途中|的路)|(?<!预计|估计|计划|大概)到家(?:的)?时间|已(?:于|经)?[^,;。\\s]{0,7}(?<!没|未)到家|已于\\d{1,2}(?:时|点)(?:\\d{1,2}分|半)?(?:左右|许)?(?:安全|平安)?到家|(?<!没|未|不|没有|还没|明天就|明日就|后天就|就快|快|马上就)(?:${alt(HOME_AGAIN_WORDS)})(?<!现在村(?=干部|委|两委|民|医|支书|主任|书记|组))|(?<!(?:明天|明日|后天|预计|估计|大概|大约|可能|应该|将于|将|会|要)(?:今天|今日|今晚|上午|下午|中午|晚上|凌晨)?)(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|时)(?:半|多|\\d{1,2}分?)?(?:左右|许)?(?:已经|已)?到家|(?:已经?|被)[^,;。\\s]{0,6}?(?:${alt(BROUGHT_HOME_WORDS)})`);
// (不在屋里, 没在地里: the negated words are away words. 在屋: at home in 桂柳 and 西南 speech, not 在屋顶.)
const HOME = new Scan(new RegExp(`(?<!不|没|落|放|忘|丢|留|扔|搁|锁)在家|(?<!不|没)在村|(?<!不|没|未)(?:${alt(HOME_WORDS)}|在屋(?![顶檐外后]))|${AT_FIELD}|${AT_HOME_THERE}`, 'g'));
const WORKPLACE_START = new RegExp(`^(?:${alt(WORKPLACE_HOME_WORDS)})`);
const FAR_WORKPLACE_START = new RegExp(`^(?:${alt(FAR_WORKPLACE_WORDS)})`);
const AT_FAR_PLACE = new RegExp(`在(?:${FAR_NAMES})`);
const RETURN_WORD = /回|返/;
const WORKING = new Scan(new RegExp(`(?<!不|没|未)(?:${alt(WORKING_WORDS)})`, 'g'));
const WORK = alt(WORK_AWAY_WORDS);
// 初六已返回浙江上班: gone back to work elsewhere, however long ago it was said to be (the clause may be an earlier day's).
const AWAY_NOW = new RegExp(`已(?:经)?(?:返回|回|去|到)(?!家|村|本|镇|厂)[\\u4e00-\\u9fa5]{2,4}(?:${WORK})`);
// An errand (看病, 赶集, 走亲戚): news of the person's day, as much as 在家 is.
const ERRAND = new RegExp(ERRAND_PATTERN);
// 书记在送刘某某去医院: the person carried by someone else's errand is not its news.
const OBJECT_BEFORE = /[送陪带接找][着了]?$/;
// Travel to a town or city (去了市里，说是看病; 跑杭州去了, as 吴语 and many others say it; 返咗南宁 = 回了南宁, gone back
// to a far home): away, unless only intended
// (扬言要到区里…).
// 在浙江, 去贵阳, 到凯里儿子家, 在越南: a province, a city far from the village or a country (not 东营村, 中山路: a place
// of that name; not 越南籍, 去韩国前).
const FAR_PLACE = `(?:${FAR_NAMES})(?![村镇乡街路组屯寨籍人前]|社区|小区|之前|以前)`;
const FAR_HERE = new RegExp(FAR_PLACE, 'y');
const AT_OR_BACK = /(?:在|返|回|回到|返回)$/;
// 何德贵（四川达州）在宿舍 / 谭新民（湖南东安人）: where the person comes from, in brackets right after the name, is no
// whereabouts; blanked (same length, so offsets hold) when the words start at the name.
const ORIGIN_NOTE = new RegExp(`^\\s*\\((?:${alt([...PROVINCE_NAMES, ...CITY_NAMES])})+[\\u4e00-\\u9fa5]{0,3}?(?:籍|人)?\\)`);
function blankOrigin(seg: string, atName: boolean): string {
  const m = atName && seg.length > 0 && (seg.charCodeAt(0) === 0x28 || seg.charCodeAt(1) === 0x28) ? ORIGIN_NOTE.exec(seg) : null;
  return m ? ' '.repeat(m[0].length) + seg.slice(m[0].length) : seg;
}
const TRAVEL = new RegExp(`(?:去|到|前往|赴|跑)了?(?:北京|省城|省里|市里|县城|县里|区里|州上|州里|外地|外省|[\\u4e00-\\u9fa5]{2}(?:省|市)|${FAR_PLACE})|(?:回|返)了${FAR_PLACE}|(?<![从刚])(?:回|返)${FAR_PLACE}[\\u4e00-\\u9fa5]{0,3}?了|(?<=(?:可能|估计|大概|好像|疑似|怕是)(?:是|已经?)?)往(?:北京|省城|${FAR_PLACE})(?:去|跑|走)了`, 'g');
// …|(?<=^|[:,\s])广东东莞务工: a place then work, as a form's cell or a clause says it (not 在家务工, 本地打工).
// 在XX, a place of two characters before a pause (在温州，), but not 正在安抚 (what someone is doing).
// 在吉首他姑娘家 / 在他女儿家: at a relative's home, not one's own (在村里他儿子家 is near).
// (在南宁女儿家, 在钦州儿子那: a place said, the pronoun may be left out, and 那 is the kin's place; not a village's
// 在王庄亲戚家, near.)
const AT_KIN = `在(?:(?!村|本|镇|家)[\\u4e00-\\u9fa5]{2,4}?)?(?:他|她|其)的?(?:${alt(KIN_WORDS.filter((k) => k.length > 1))}|姑娘|闺女|亲戚|娘家|丈人|岳父)家|在(?!村|本|镇|家|他|她|其|县城|附近|隔壁|邻居|组里|屯里)[\\u4e00-\\u9fa5]{2,3}?(?<![村庄屯寨组湾])(?:女儿|儿子|闺女|姑娘|亲戚|朋友)(?:家|屋里|屋头|那里|那儿|那边|那(?![个些样么]))`;
// 明天接回 / 待接回: found elsewhere, not back yet.
const FETCH_LATER = '(?:明天|明日|后天|过两天|改天|待|等)[^,;。]{0,4}?(?:接回|带回|领回)';
// Gone out of the township for the day: to a hospital of the city or province (到市一医院看病), or in one named (在綦江区人民医院住院), on an outing
// (去冠豸山玩了, 去景区游玩), or off by bus, train or boat (坐早班车走了, 坐船去定海了). Not a reason told (他说是去市医院看病: of the
// journey, perhaps yesterday's; but 更正：王某某不是去市信访局，是去市医院看病 says where he went). Not a trip to come
// (在家，说是明天去市医院看病: at home today).
const OUTING = `在[\\u4e00-\\u9fa5]{2,8}?(?<!卫生)医院住院|(?<!明天|明日|后天|过两天|过几天|改天|下周|打算|准备|计划|要|想)去(?!镇|村|本|家|田|地|县城)[\\u4e00-\\u9fa5]{2,3}?看(?:孙子|孙女|外孙|外孙女|女儿|儿子|闺女|亲戚)|(?<![说称讲]是)(?<!明天|明日|后天|过两天|改天|下周|打算|准备|计划|要|想)(?:去|到|在)了?(?:市|省|市里|省城|省里)[^,;。\\s]{0,4}医院|去(?!镇|村|本|家|田|地)[\\u4e00-\\u9fa5]{2,5}?(?:玩|游玩|旅游|爬山)|(?<!明天|明日|后天|过两天|过几天|改天|下周|打算|准备|计划|要|想)去(?!镇|村|本|家|田|地|卫生|医院|诊所|看)[\\u4e00-\\u9fa5]{2,4}?(?:看病|治病|住院|进货)了|(?<!明天|明日|后天|过两天|过几天|改天|下周|打算|准备|计划|要|想)去(?!镇|村|本|家|田|地)[\\u4e00-\\u9fa5]{2,3}?(?:女儿|儿子|闺女|亲戚|姐姐|哥哥|弟弟|妹妹)家(?:了|吃酒|吃席|过节|住)|(?:坐|乘|搭)(?:上|了)?[^,;。\\s]{0,3}?(?:${alt(TRANSPORT_WORDS)})(?:走了|离开|出去了|外出|出门)|(?<!明天|明日|后天|过两天|过几天|改天|下周|打算|准备|计划|要|想)(?:坐|乘|搭)(?:${alt(TRANSPORT_WORDS)})(?:去|到)了?(?!镇|村|本|家|田|地|县医院|卫生)[\\u4e00-\\u9fa5]{2,3}(?=了|[,;。\\s]|$)`;
// (韩某在家呢，尕娃娃病了在照看 / 在休息 / 在吃饭: 在 before a verb says what someone is doing, not a place.)
// (今天去德令哈看孙子了 / 是去昌吉看孙子: gone to kin in a place named.)
// (回西吉老家, 还在西吉老家: a home place far off; 去县医院看病了, 去临河看病了, 去黑河进货了, 去建瓯女儿家了: gone to a hospital of the county or beyond, or to a place named (not 去卫生院/去医院, which may be near) (他说是去市一医院看病 tells why he went before); (银川住院…): a
// far city before what the person does there.)
const AWAY = new Scan(
  new RegExp(
    `在(?:邻|外|隔壁)[县市省区]|在市区|在(?!县|本|这|那|老)[\\u4e00-\\u9fa5]{2}城(?![里内区关中镇乡])|(?<!明天|后天|过两天|下午|晚上|马上)没(?:有)?回来|返回(?!家|村|本)[\\u4e00-\\u9fa5]{2,4}(?:${WORK})|(?<=^|[:,\\s])(?!(?:今日|今天|目前|现在|仍然?|还|一直)?(?:在|本|当|村|镇|附近|家|厂|县城))[\\u4e00-\\u9fa5]{2,6}(?:务工|打工|经商|做生意)|(?<!正)在(?!一起|他|她|家|村|屯|寨|辖|控|岗|册|本|镇|场|押|内|外|线|读|校|职|世|医|厂|社|单|当|附|周|路|这|那|哪|里|屋|田|地|院|稳|做|处|调|核|跟|盯|劝|接|守|办|开|等|看|管|上|下|身|旁|照|休|睡|吃|干|忙|养|喂|带|陪|洗|煮|种|晒|收|写|学|闹|吵|骂|喝)[\\u4e00-\\u9fa5]{2}(?=\\s|[,;。:]|$)|去[\\u4e00-\\u9fa5]{2}(?:打工|务工)|(?:${alt(AWAY_WORDS)})(?<!(?:不|没|未|暂不|没有|不再|不会|暂时不)(?:外出|出门了))(?!是?(?:搞错|弄错|报错|错了|错的|有误|不对|不实))|(?<!(?:${alt(NEAR_PLACES)})[^,;。]{0,8})(?:${alt(VISIT_WORDS)})|在(?:北京|上海|广州|深圳|天津|省城|市里|县城|外省|外市)|在[\\u4e00-\\u9fa5]{2}(?:省|市)|在(?!本地|当地|本村|村里|家里|镇上|本镇|厂里|园区|附近|周边|她|他|家)[\\u4e00-\\u9fa5]{2,6}(?:${WORK}|陪读|读书|上学|做生意|经商|开店)|在${FAR_PLACE}|(?:现居|居住在|住在|定居|常住|现住)(?:在)?${FAR_PLACE}|在[^,;。\\s]{0,6}(?:${alt(ON_THE_WAY_WORDS)})|${AT_KIN}|${FETCH_LATER}|${OUTING}|(?:回|在)[\\u4e00-\\u9fa5]{1,3}老家|(?:去|到)(?:县|市|省)[\\u4e00-\\u9fa5]{0,3}医院(?=[^,;。]{0,6}了)|(?<![\\u4e00-\\u9fa5])${FAR_PLACE}(?:住院|看病|治病|上班|务工|打工)`,
    'g',
  ),
);

const NEIGHBOUR_AWAY = /(?:邻|外|隔壁)[县市省](?!城)/g;
const BACK_TO_WORK = /(?:返回|回|去|到)(?!家|村|镇|本|厂|公司|附近|当地|县城)[\u4e00-\u9fa5]{2,4}(?:打工|务工|上班)(?!回)/;

// 村干部正在安抚, 其父张老汉（在家）配合做工作: a clause with someone else as its subject says nothing of where the
// person is, but 在其家中做工作 (在他家…) says the person's home, and 家属称其…, someone telling of the person, is the person's news.
const OTHER_SUBJECT = new RegExp(`^\\s*(?:的|之)?(?:${alt(OTHER_SUBJECT_WORDS)})(?![^,;。:]*(?:${alt(SAYS_WORDS)}))`);
// 家人看护在家 / 儿子陪着在家: someone else looking after the person says where the person is.
// 包保人在屋里陪着 / 村干部在他屋里 / 在家做工作: someone with the person, at the person's home.
const THEIR_HOME_OR_ANY = new RegExp(`在[其他她](?:家|屋里|屋头)(?:中|里)?|(?<=看护|看管|陪护|照看|照顾|陪着|看着|守着)在家(?:中|里)?|在(?:家|屋里|屋头)(?:中|里)?(?=[^,;。\\s]{0,2}(?:${alt(WITH_PERSON_ACTS)}))|[\\s\\S]`, 'g');
function othersOut(seg: string): string {
  if (!OTHER_SUBJECT_CUE.test(seg)) return seg;
  let out = '';
  let start = 0;
  // 其父张老汉（在家）: a bracket opened right after someone else's words is about that someone too.
  let other = false;
  for (let k = 0; k <= seg.length; k++) {
    if (k < seg.length && !OTHERS_MARK[seg.charCodeAt(k)]) continue;
    const clause = seg.slice(start, k);
    // (…包保人陈刚 13971520478、民警刘洋在做工作: after a space the other's words go on, unless the person's begin.)
    other = OTHER_SUBJECT.test(clause) || (other && (seg[start - 1] === '(' || (seg[start - 1] === ' ' && !PERSON_AGAIN.test(clause))));
    out += other ? clause.replace(THEIR_HOME_OR_ANY, (m) => (m.length > 1 ? m : '_')) : clause;
    if (k < seg.length) out += seg[k];
    start = k + 1;
  }
  return out;
}
// A bracket closes the other's clause too: 张宏图（包保人：村支书李国强）在家; and so does a space, which parts a form's
// cells and a phone message's clauses (1.陈某某 包保责任人陈某 在家 稳定; 刘某某儿子回南京上班了 他一个人在家).
const OTHERS_MARK = codeSet(',;。:\n() ');
const PERSON_AGAIN = new RegExp(`^(?:他|她|其|本人|${alt(NAME_STATE_WORDS)})`);
const OTHER_SUBJECT_CUE = new RegExp(alt(OTHER_SUBJECT_WORDS));
// 去向不明，疑似去市里 / 去省城了，社区正在找: a key person gone missing toward the city, the province or Beijing, no
// errand said, is taken to be heading there to petition (the county town is where villagers go every day: not read).
const GONE = new RegExp(`${alt(MISSING_WORDS)}|${SEARCHED_FOR}`);
const FAR_TRAVEL = /(?:去|到|前往|赴|跑)了?(北京|省城|省里|市里)/;
const FAR_LEVEL: Record<string, 'beijing' | 'province' | 'city'> = { 北京: 'beijing', 省城: 'province', 省里: 'province', 市里: 'city' };

/** Where the clause holding position i starts (back to , ; 。 : or a line break, at most 20 characters). */
const CLAUSE_MARK = codeSet(',;。:\n');
function clauseStart(text: string, i: number): number {
  const lo = Math.max(0, i - 20);
  for (let k = i - 1; k >= lo; k--) if (CLAUSE_MARK[text.charCodeAt(k)]) return k + 1;
  return lo;
}

/** Where the last journey made (not only intended, not a letter) is in a person's words, or -1. */
// (没再提去市里的事, 不是去北京: a going denied or no longer spoken of, read as incidents.ts reads it.)
function lastTravel(a: Analysis, seg: string, s: number): number {
  let at = -1;
  TRAVEL.lastIndex = 0;
  for (let m = TRAVEL.exec(seg); m !== null; m = TRAVEL.exec(seg)) if ((!intendedAt(a, s + m.index) || guessedGone(seg, m.index, m[0].length)) && !BY_LETTER.test(seg.slice(Math.max(0, m.index - 4), m.index)) && !DENIED_BEFORE.test(seg.slice(Math.max(0, m.index - 5), m.index))) at = m.index;
  return at;
}
// (家里说可能去了南宁 / 可能往乌鲁木齐去了: where a missing person has gone, guessed, is still a journey made; 可能去南宁 is not.)
const GUESS_BEFORE = new RegExp(`(?:${alt(GUESS_WORDS)})(?:是|已经?)?$`);
const guessedGone = (seg: string, at: number, len: number) => GUESS_BEFORE.test(seg.slice(Math.max(0, at - 5), at)) && /了/.test(seg.slice(at, at + len + 4).split(/[,;。\s]/)[0]!);
const travelled = (a: Analysis, seg: string, s: number) => lastTravel(a, seg, s) >= 0;

export interface NameHit {
  name: string;
  index: number;
  end: number;
  /** Named as 村民/居民…: an incident's subject. */
  prefixed: boolean;
  /** Named in a note on an assessment's figure (新增信访1件（莫某某工伤赔偿）): neither a key person nor a subject. */
  inNote?: boolean;
  /** Named in brackets after the abnormal figure (有异常动向1名（王某）): abnormal, whatever follows. */
  counted?: 'abnormal';
  /** A dispute's party (王某某与李某某宅基地纠纷, 当事人王某): a key person only when its words tell one's state. */
  party?: boolean;
  /** The other side named inside someone else's story (蒋某某，因与邻居汤某某土地纠纷，多次到镇反映): its words end at its clause. */
  counterparty?: boolean;
}

// 江苏某某纺织有限公司 / 浙江某某厂: a firm masked as a place and 某某, where the place ends in a surname's character
// (江苏, 浙江), is no person.
const FIRM_AFTER = new RegExp(`^[\\u4e00-\\u9fa5]{0,8}?(?:${alt(FIRM_WORDS)})`);
function placeCompany(text: string, i: number, end: number): boolean {
  return FIRM_AFTER.test(text.slice(end, end + 12)) && PLACE_NAMES.some((p) => p.length > 1 && text.startsWith(p, i + 1 - p.length));
}

/** `unitEnds`: where the roster's units named in the text end (a person may be named as the unit's: 杨树的张三). */
export function findNames(a: Analysis, unitEnds: readonly number[] = []): NameHit[] {
  const { text } = a;
  const hits: NameHit[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    if (placeCompany(text, m.index, m.index + m[0].length)) continue;
    const name = m[0].length === 2 && mouGivenName(text, m.index) ? text.slice(m.index, m.index + 3) : m[0];
    // (于某军 is a name; 于某日 is 'on a certain day': 于某 alone is one only opening a clause, 于某今天醒酒了.)
    if (name === '于某' && m.index > 0 && !/[\n;。:,(、\s]/.test(text[m.index - 1]!)) continue;
    hits.push({ name, index: m.index, end: m.index + name.length, prefixed: false });
  }
  // In a key persons' report, a full name at a line's or clause's start, after a heading or after its unit
  // (阳洼村马尕五，在广州…), set off by a comma or a colon before its state, or before who the person is
  // (马尕五，阳洼村村民，…); not a form's field (研判：稳定可控).
  if (KEY_PERSON_CONTEXT.test(text)) {
    REAL_NAME_RE.lastIndex = 0;
    for (let m = REAL_NAME_RE.exec(text); m !== null; m = REAL_NAME_RE.exec(text)) {
      const name = m[1]!;
      if (name.includes('某')) continue;
      const index = m.index + m[0].length - name.length;
      if (!hits.some((h) => h.index <= index && index < h.end)) hits.push({ name, index, end: index + name.length, prefixed: false });
    }
    hits.sort((x, y) => x.index - y.index);
  }
  // 公家庄村重点人员动态：1.公传胜 在家 稳定 2.公平 去临沂走亲戚 稳定 / 相庆华 在家 稳定；相秀兰 在家 稳定: in a key
  // persons' list, an entry's first word followed at once by the person's state is a name, whatever its surname
  // (公, 相 and 厉 are surnames of 沂蒙 that the lists above do not hold, 公平 a word as well as a name).
  if (KEY_PERSON_CONTEXT.test(text) || TWO_ENTRIES.test(text)) {
    ENTRY_NAME.lastIndex = 0;
    for (let m = ENTRY_NAME.exec(text); m !== null; m = ENTRY_NAME.exec(text)) {
      const name = m[1]!;
      const index = m.index + m[0].length - name.length;
      if (!entryName(name) || unitEnds.includes(index + name.length) || hits.some((h) => h.index < index + name.length && index < h.end)) continue;
      hits.push({ name, index, end: index + name.length, prefixed: false });
    }
    LABELLED_NAME.lastIndex = 0;
    for (let m = LABELLED_NAME.exec(text); m !== null; m = LABELLED_NAME.exec(text)) {
      const name = m[1]!;
      const index = m.index + m[0].lastIndexOf(name); // the name ends the match but for the colon and its spaces
      // (重点人员和建国今天…: 和, a 纳西族 surname, right after the cue and before the day is no 'and'.)
      const he = name.length === 3 && name.charCodeAt(0) === 0x548c && entryName(`王${name.slice(1)}`);
      if ((!entryName(name) && !he) || hits.some((h) => h.index < index + name.length && index < h.end)) continue;
      hits.push({ name, index, end: index + name.length, prefixed: false });
    }
    hits.sort((x, y) => x.index - y.index);
  }
  const news = PERSON_NEWS.test(text);
  // Any message may name someone by a full name at a clause's start, told with a state (贺金宝在窑里歇着, 拓振华跟额说…);
  // a list item's first word (3. 田茂林 福建泉州务工) is a name only in a key person's report.
  // (Names with a middle dot first, then 蒙古族, 维吾尔 and 哈萨克 names of known elements: 巴图孟和 is one name, not the
  // Han-looking 巴图孟 then 和; 买买提·吐尔逊 one name, not 买买提 then 吐尔逊.)
  if (text.includes('·') || text.includes('•') || text.includes('・') || text.includes('‧')) findDottedNames(text, hits);
  if (PART_NAME_CUE.test(text)) findPartNames(text, hits, unitEnds);
  findFullNames(text, KEY_PERSON_CONTEXT.test(text) || news, hits, news, unitEnds);
  if (text.includes('老')) findOldNames(text, hits, unitEnds);
  if (text.includes('(')) findBracketedKeyPersons(text, hits);
  if (hits.length === 0 && PERSON_STATE_SAID.test(text)) findOpeningName(text, hits, unitEnds);
  if (text.includes('除')) findExceptedName(text, hits);
  if (WORD_SURNAME_CUE.test(text)) findWordSurnameNames(text, hits, unitEnds);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const before = text.slice(Math.max(0, h.index - 4), h.index);
    const prev = hits[i - 1];
    // (张某某（拆迁户）…: who the person is, said in brackets after the name, as 村民 before it says it.)
    h.prefixed = PREFIX.test(before) || NOUN_AFTER.test(text.slice(h.end, h.end + 10)) || (prev?.prefixed === true && JOIN.test(text.slice(prev.end, h.index)));
    if (FIGURE_NOTE.test(text.slice(Math.max(0, h.index - 6), h.index)) || text.lastIndexOf('〔', h.index) > text.lastIndexOf('〕', h.index) || inFigureNote(text, h.index)) h.inNote = true;
  }
  // 张宏图（包保人：村支书李国强）, 包保人 冯强: the cadre who looks after a person is not one; nor is the boss said to owe
  // (承包老板吴某欠他们割胶工钱; 包工头谢某 失联 in a key persons' list is one).
  // …冉某某的儿子冉某在外务工: a key person's kin, named to say who, is not one either.
  for (let i = hits.length - 1; i >= 0; i--) {
    const before = text.slice(Math.max(0, hits[i]!.index - 12), hits[i]!.index);
    const after = text.slice(hits[i]!.end, hits[i]!.end + 12);
    if (ROLE_BEFORE.test(before) || KIN_BEFORE.test(before) || (OWING_BEFORE.test(before) && OWES_AFTER.test(after.slice(0, 4))) || SUED_BEFORE.test(before) || PAYS_AFTER.test(after)) hits.splice(i, 1);
  }
  // “李某某、王某某等十余人” / 钟老三他们三户: the named are the first of a crowd, the subjects of an incident.
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    const next = hits[i + 1];
    const firstOfCrowd = DENG_NEXT.test(text.slice(h.end, h.end + 3)) || (next?.prefixed === true && JOIN.test(text.slice(h.end, next.index)) && DENG_NEXT.test(text.slice(next.end, next.end + 3)));
    // (盘文贵、李进明等5户…商量初八后联名去省里: the first of a crowd that only plans are the ones to follow, key persons.)
    if ((firstOfCrowd && !CROWD_PLANS.test(text.slice(h.end))) || (GROUP_NEXT.test(text.slice(h.end, h.end + 8)) && !GROUP_PERSON_NEWS.test(text.slice(h.end)))) h.prefixed = true;
  }
  markParties(text, hits);
  return hits;
}

// 妥有福今个在家 他儿子看着哩 / 呼和嘎查：娜仁花在那达慕会场卖奶食呢 / 刘德旺这会在家睡了: where no name was found but a person's
// state is told (在家, 情绪稳定), the message's opening word of two or three, or the one right after the unit named first,
// before the day or the person's words, is the person whatever its surname (妥, 穆, 和: 回族, 纳西族 surnames the lists leave out).
const PERSON_STATE_SAID = /在家|情绪(?:稳|平|还|挺|好|有点|激动|波动)|没出门|未外出|没有外出|人(?:挺|很|还|也)?(?:稳|平静|好好的)/;
const OPENING_NAME = /(?:[:,]|这边|那边|的)?\s*(?:重点人员)?([\u4e00-\u9fa5]{2,3}?)(?=(?:\([^()]{1,12}\))?(?:今天|今日|今个|今儿|这会|这两天|目前|现在|在家|情绪|找着|寻着|找到|已经?|让俺|让我|没有?外出|未外出|没出门))/y;
const NOT_OPENING_NAME = /^老|[屋房厂场楼院店园路街桥站港湾坡山河湖塘坝岭沟寨屯]$/;
function findOpeningName(text: string, hits: NameHit[], unitEnds: readonly number[]): void {
  for (const at of [0, ...unitEnds]) {
    OPENING_NAME.lastIndex = at;
    const m = OPENING_NAME.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const index = at + m[0].length - name.length;
    // (Not 老围屋今天…, a place, nor 槐坡村民都在家's 民都, the end of 村民.)
    if (!entryName(name) || unitEnds.includes(index + name.length) || notAName(name) || NOT_OPENING_NAME.test(name) || PERSON_NOUN_SET.has(text.slice(index - 1, index + 1))) continue;
    hits.push({ name, index, end: index + name.length, prefixed: false });
    return;
  }
  // (马福贵低保申请民政办给受理了 人在家 / 赵铁柱钱拿着了 在家呢: a full name of three of a listed surname opening the
  // message (or its first unit named), whatever matter is told of it first, when the message tells a person's state and
  // names no one else. Not the unit itself and the word after it (沙墩日研判, 龙塘零报告), nor a signature after the last unit.)
  for (const at of [0, ...unitEnds.filter((e) => e <= 10)]) {
    OPENING_FULL_NAME.lastIndex = at;
    const m = OPENING_FULL_NAME.exec(text);
    if (!m) continue;
    const name = m[1]!;
    const index = at + m[0].length - name.length;
    if (!SURNAME_CODES[name.charCodeAt(0)] || WEAK_CODES[name.charCodeAt(0)] || NOT_NAME_LAST[name.charCodeAt(2)] || !entryName(name) || unitEnds.some((e) => e > index && e <= index + 3) || NOT_OPENING_NAME.test(name) || TITLE_NAME.test(name.slice(1)) || PLACE_NAME_SET.has(name.slice(0, 2)) || PERSON_NOUN_SET.has(text.slice(index - 1, index + 1))) continue;
    hits.push({ name, index, end: index + 3, prefixed: false });
    return;
  }
}
const OPENING_FULL_NAME = /(?:[:,]|这边|那边)?\s*([\u4e00-\u9fa5]{3})(?![\u4e00-\u9fa5]{0,1}(?:村|镇|乡|社区|组|屯|寨|家|们|的))/y;

// 除贺二毛外其他正常，零报告 / 除胡某兵外其他人员均稳定: the one excepted from the others' calm is not calm, whatever the
// name (贺二毛, a nickname of no listed surname, is one here).
const EXCEPTED_NAME = new RegExp(`(?:除了|除开|除去|除)([\\u4e00-\\u9fa5]{2,4}?)(?:以外|之外|外)?[,\\s]?(?:${alt(THE_REST_WORDS)})(?:人员|人|的人)?(?:都|均|全|全部)?(?:正常|稳定|平稳|没事|无异常|没有异常|在家|零报告|没啥)`, 'g');
function findExceptedName(text: string, hits: NameHit[]): void {
  EXCEPTED_NAME.lastIndex = 0;
  for (let m = EXCEPTED_NAME.exec(text); m !== null; m = EXCEPTED_NAME.exec(text)) {
    const name = m[1]!;
    const index = m.index + m[0].indexOf(name, 1);
    const known = hits.find((h) => h.index === index);
    // (除胡某兵外: the name runs to 外, past a 胡某 read before it.)
    if (known && name.startsWith(known.name)) Object.assign(known, { name, end: index + name.length, counted: 'abnormal' });
    else if (known) known.counted = 'abnormal';
    else if (entryName(name) && !hits.some((h) => h.index < index + name.length && index < h.end)) {
      hits.push({ name, index, end: index + name.length, prefixed: false, counted: 'abnormal' });
      hits.sort((x, y) => x.index - y.index);
    }
  }
}

// 和建国今天在家 / 雪松村和文光几个说… / 其中和建国情绪有波动 / 甘海新村 和建国，男: a surname that is also a word, at a
// clause's start or after a cue, a given name of two, then the person's words (not 和家属一起, 和村干部, 重点人员和家属今天).
const WORD_SURNAME_CUE = new RegExp(`[${WORD_SURNAMES.join('')}]`);
// (重点人员木然诺前几天出境…: after a key person's word as at a clause's start.)
const WORD_SURNAME_NAME = new RegExp(`(?<=^|[\\s,;。:!?()、\\n]|那个|其中|就是|重点人员|村民|居民)[${WORD_SURNAMES.join('')}][\\u4e00-\\u9fa5]{2}`, 'g');
function findWordSurnameNames(text: string, hits: NameHit[], unitEnds: readonly number[]): void {
  const found: NameHit[] = [];
  const tryAt = (index: number) => {
    const name = text.slice(index, index + 3);
    const after = text.slice(index + 3, index + 15);
    if (!allCjk(name) || !entryName(`王${name.slice(1)}`) || NOT_A_SUBJECT_NAME.test(name.slice(1)) || unitEnds.some((e) => e > index && e <= index + 3)) return;
    if (!(STATE_AFTER.test(after) || STORY_AFTER.test(after) || /^(?:几个|他们|屋头|家里|晚上|已经|已|又|也|还|今个|今儿|说|讲)/.test(after))) return;
    if (hits.some((h) => h.index < index + 3 && index < h.end) || found.some((h) => h.index === index)) return;
    found.push({ name, index, end: index + 3, prefixed: false });
  };
  WORD_SURNAME_NAME.lastIndex = 0;
  for (let m = WORD_SURNAME_NAME.exec(text); m !== null; m = WORD_SURNAME_NAME.exec(text)) tryAt(m.index);
  for (const e of unitEnds) if (WORD_SURNAME_CUE.test(text[e] ?? '')) tryAt(e);
  if (found.length) {
    hits.push(...found);
    hits.sort((x, y) => x.index - y.index);
  }
}

interface Marker {
  at: number;
  kind: 'abnormal' | 'stable';
  /** A stable marker that is only a return (接回, 回家); an abnormal one that a return ends (失联, 未归). */
  word?: string;
}

function collect(re: RegExp | Scan, s: string, offset: number, kind: Marker['kind'], out: Marker[]) {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push({ at: offset + m.index, kind, word: m[0] });
}

const RETURN = new Set<string>(RETURN_WORDS);
const WORKS_AWAY = /在[\u4e00-\u9fa5]{1,10}?(?:打工|务工|上班|工作|读书|上学)/;
const NOT_BACK = /^(?:还|都|也)?(?:没|未)有?(?:回来|回家)$/;
// What a return ends: the person was away or could not be reached.
const ABSENCE = new RegExp(`${alt(MISSING_WORDS)}|${alt(AWAY_WORDS)}|${SEARCHED_FOR}|${NO_NEWS}|${alt(UNANSWERED_WORDS)}|没回来|没有回来|还没回来|打不通|关机|不接电话|电话不接|电话也不接|不见了`);
/** The state the markers (sorted) leave: the last one's, but a return after a scene (not after an absence) calms nothing. */
const isReturn = (m: Marker) => m.kind === 'stable' && m.word !== undefined && RETURN.has(m.word);
function lastState(markers: readonly Marker[]): Person['state'] {
  const last = markers.at(-1);
  if (last === undefined) return 'stable';
  if (!isReturn(last)) return last.kind;
  const before = markers.findLast((x) => !isReturn(x));
  return before?.kind === 'abnormal' && before.word !== undefined && !ABSENCE.test(before.word) ? 'abnormal' : 'stable';
}

function lastIndexOf(re: RegExp | Scan, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m.index;
  return last;
}

/**
 * The key persons of a message, with state, whereabouts and escalation read from the words after each name.
 * A 村民/居民 named in a message that tells an incident is that incident's subject; in one that tells none
 * (居民谢丽娟扬言下周到省里集体访) the named person is the news, so a key person. unitsAt: where the roster's units are
 * named in the text.
 */
// 续报：秦某某、秦某已在码头被劝住 / 陆志明已坐上回上海的高铁: in an incident's follow-up, someone stopped on the way or
// brought back is a key person's news (not 俺劝住了, a quarrel calmed, in a message that follows nothing up).
const BEING_BROUGHT_BACK = new RegExp(`(?:${alt(BROUGHT_BACK_WORDS)})|坐上回`);
const NOT_KEY_PERSON = new RegExp(`(?:不是|并非|不属于|非)(?:${alt(KEY_PERSON_WORDS)})`);
// (金东日他们把人劝下来了: the one who brings the person back.)
const BRINGS_BACK = /把(?:人|他|她)/;
export function extractPersons(a: Analysis, names: readonly NameHit[], escalations: readonly EscalationHit[], incidentsFound = true, unitsAt: readonly number[] = []): Person[] {
  if (names.length === 0) return [];
  const { text, masked } = a;
  const kpContext = KEY_PERSON_CONTEXT.test(text);
  const closingAt = ASSESSMENT_HEAD.test(text) ? CLOSING_JUDGEMENT.exec(text) : null;
  const closing = closingAt ? closingAt.index : -1;
  // Each name's words run to the next name or the end of the sentence; “韩某某、杨某某均在家” share theirs.
  const segs: [number, number][] = names.map((h, i) => {
    let end = text.length;
    // …the other side of a dispute named inside them (苏某某因与邻居雷某某宅基地纠纷，扬言…) does not end them.
    const next = names.slice(i + 1).find((n) => !n.counterparty);
    if (next) end = next.index;
    const cut = text.slice(h.end, end).search(SEGMENT_END);
    if (cut >= 0) {
      // …他就带人去省里。网格员已经上门了，本人在家。: a later sentence about 本人, before anyone else is named, goes on.
      const self = SELF_LATER.exec(text.slice(h.end + cut, end));
      const stop = self ? text.slice(h.end + cut + self.index).search(SENTENCE_END) : -1;
      end = self ? Math.min(end, stop < 0 ? text.length : h.end + cut + self.index + stop) : h.end + cut;
      // (马尕五，在广州与人合伙开拉面馆…。今日情绪激动，扬言…: the one person named, then a sentence with no subject of its
      // own that opens with the day and the person's state, goes on with that person; not 今天排查矛盾纠纷1件, the day's figures.)
      const after = text.slice(h.end + cut + 1);
      if (!self && names.length === 1 && text[h.end + cut] === '。' && SUBJECTLESS_NEXT.test(after)) {
        const next = after.search(SENTENCE_END);
        end = next < 0 ? text.length : h.end + cut + 1 + next;
      }
    }
    return [h.end, end];
  });
  for (let i = names.length - 2; i >= 0; i--) {
    const [s, e] = segs[i]!;
    if (JOIN.test(text.slice(s, e)) || BLANK.test(text.slice(s, e))) segs[i] = [s, segs[i + 1]![1]];
  }
  const byName = new Map<string, { person: Person; lastAt: number } | null>();
  const order: string[] = [];
  names.forEach((h, i) => {
    const [s, e] = segs[i]!;
    if (h.inNote) return;
    // (村民张某在陕西榆林打工，今天打电话说国庆不回来了，不是重点人员: said to be no key person.)
    if (NOT_KEY_PERSON.test(text.slice(s, e))) return;
    const leader = LEADER_BEFORE.test(text.slice(Math.max(0, h.index - 14), h.index));
    // 居民孔某某…扬言明天要到区政府去闹: the one who threatens is a key person beside the incident.
    if (h.prefixed && incidentsFound && !leader && !THREAT_AFTER.test(text.slice(s, e))) {
      if (!byName.has(h.name)) byName.set(h.name, null);
      return;
    }
    // 其中1人去向不明（陈某某）: a name in brackets after what is said of it; its words are the clause before.
    const from = OPEN_BRACKET_END.test(text.slice(Math.max(0, h.index - 2), h.index)) ? clauseStart(text, h.index) : s;
    const rawSeg = text.slice(from, e);
    const maskSeg = masked.slice(from, e);
    // Where the person is, read without the clauses of which someone else is the subject.
    const rawWhere = blankOrigin(othersOut(rawSeg), from === s);
    const maskWhere = blankOrigin(othersOut(maskSeg), from === s);
    // Where someone was brought back from (在北京南站被接回) is not where the person heads; but being there today to be
    // brought back is a petition's level reached: it marks the person abnormal (later calm words may still decide).
    const inSeg = leader ? [...escalations] : escalations.filter((x) => x.index >= s && x.index < e);
    const esc = inSeg.filter((x) => !x.returned);
    const pickedUp = inSeg.filter((x) => x.returned && x.level !== 'township' && x.clause?.scope !== 'past');
    const markers: Marker[] = leader ? [{ at: s, kind: 'abnormal' }] : [];
    collect(ABNORMAL, maskSeg, from, 'abnormal', markers);
    // (村民谭某某在常德石门县打工，国庆没回来: one who works away and did not come home for the holiday is away, not missing.)
    if (WORKS_AWAY.test(rawSeg)) for (let j = markers.length - 1; j >= 0; j--) if (NOT_BACK.test(markers[j]!.word ?? '')) markers.splice(j, 1);
    collect(UNREACHED, rawSeg, from, 'abnormal', markers);
    // (在南昌渠姐姐屋里，村里派人去接: at kin's in that city, no petition.)
    const farCity = !ERRAND.test(maskSeg) && !KIN_HOME.test(rawSeg) ? (AT_PETITION_CITY.exec(rawSeg) ?? AT_SEAT_HELD.exec(rawSeg)) : null;
    const beforeEscort = markers.length;
    if (farCity) collect(FAR_ESCORT, rawSeg, from, 'abnormal', markers);
    const escorted = markers.length > beforeEscort;
    collect(STABLE, rawSeg, from, 'stable', markers);
    // (…，情绪稳定，需关注 closing a 日研判 judges the day: the person's own words end before it.)
    if (closing >= 0) for (let j = markers.length - 1; j >= 0; j--) if (markers[j]!.at > closing) markers.splice(j, 1);
    // (A heading keeps its mark through a return after it, as a scene does: 说要去镇上告，已送回家 is still not calm.)
    for (const x of esc) markers.push({ at: x.index, kind: 'abnormal', word: 'heading' });
    // …marked where the words of the return end: its own 接回 is no calm word.
    for (const x of pickedUp) markers.push({ at: x.returnedEnd ?? x.index, kind: 'abnormal' });
    // A dispute's party is a key person only when its own sentence tells a key person's state (情绪激动, 扬言上访).
    if (h.party) {
      // (王某某今天跟李某某吵了架 情绪有点激动: the other side's clause ends at a space too, as a chat message's clauses do.)
      const stop = text.slice(h.end, e).search(h.counterparty ? SPOKEN_CLAUSE_END : PARTY_END);
      const end = stop < 0 ? e : h.end + stop;
      if (!markers.some((m) => m.kind === 'abnormal' && m.at < end)) return;
    }
    // Where the last home and away words are, each scanned at most once (AWAY is a long pattern).
    let home: number | undefined;
    let awayWord: number | undefined;
    const hasSignal =
      markers.length > 0 ||
      (home = lastIndexOf(HOME, maskWhere)) >= 0 ||
      (awayWord = lastIndexOf(AWAY, maskWhere)) >= 0 ||
      WORKING.test(maskWhere) ||
      HOME_NOW.test(rawWhere) ||
      (!OBJECT_BEFORE.test(text.slice(Math.max(0, h.index - 3), h.index)) && (ERRAND.test(maskSeg) || travelled(a, maskSeg, from) || (followUpHeading(text) !== null && BEING_BROUGHT_BACK.test(maskSeg) && !BRINGS_BACK.test(maskSeg))));
    if (!kpContext && !hasSignal && h.counted !== 'abnormal') return;
    markers.sort((x, y) => x.at - y.at);
    // Heading to or at a petition beyond the township today is abnormal whatever follows (已派人接回); at the township
    // it is local business, and the latest words decide (到镇里反映，已答复，已回家，情绪平稳). A return is masked.
    const beyond = esc.some((x) => x.level !== 'township');
    const state = beyond || h.counted === 'abnormal' ? 'abnormal' : lastState(markers);
    let whereabouts: Person['whereabouts'] = 'unknown';
    if (HOME_NOW.test(rawWhere)) whereabouts = 'home';
    // 初六已返回浙江上班: gone back to work elsewhere on an earlier day, and still there.
    else if (BACK_TO_WORK.test(rawWhere)) whereabouts = 'away';
    else if (AWAY_NOW.test(rawWhere)) whereabouts = 'away';
    else {
      home ??= lastIndexOf(HOME, maskWhere);
      let away = awayWord ?? lastIndexOf(AWAY, maskWhere);
      away = Math.max(away, lastTravel(a, maskWhere, from));
      // 走亲戚（邻县）: the neighbouring county is away, though news of it is masked as another place's.
      away = Math.max(away, lastIndexOf(NEIGHBOUR_AWAY, rawWhere));
      // Where the person was said to be away (not a petition's heading, which may be only a threat).
      const awaySaid = away;
      // (…去向不明，疑似进京 / 可能赴省了: a journey guessed at is a journey all the same; only a threat or a plan is not.)
      for (const x of esc) if (!x.remote && (!intendedAt(a, x.index) || GUESSED_BEFORE.test(a.text.slice(Math.max(clauseAt(a, x.index)?.start ?? 0, x.index - 6), x.index)))) away = Math.max(away, x.index - from);
      // 在同心安置点他儿子家 / 已返沙滘: at or back at a place of the township's own roster is in the locality.
      // (仍在马鞍山务工: not a unit named like a far city.)
      for (const i of unitsAt) {
        FAR_HERE.lastIndex = i;
        if (i > from && i < e && AT_OR_BACK.test(text.slice(Math.max(from, i - 2), i)) && !FAR_HERE.test(text)) home = Math.max(home, i - 1 - from);
      }
      if (away < 0) home = Math.max(home, lastIndexOf(WORKING, maskWhere));
      // 在小区 is read by both (a home word, and 在 with a place): the home word, the narrower, wins.
      if (home >= 0 || away >= 0) whereabouts = home >= away ? 'home' : 'away';
      // 在外地打工，今天在工地上干活: a workplace after a far place is at that place, unless a return comes between.
      if (home >= 0 && whereabouts === 'home' && WORKPLACE_START.test(maskWhere.slice(home))) {
        // (在工棚 is read by AWAY too, as 在 and a place: the far place is looked for before it.)
        const before = Math.max(lastIndexOf(AWAY, maskWhere.slice(0, home)), awaySaid < home ? awaySaid : -1);
        if (before >= 0 && !RETURN_WORD.test(rawWhere.slice(before, home))) whereabouts = 'away';
      }
      // (在东莞打了视频过来，在厂里上班: a factory after a far city the person is in is that city's.)
      if (home >= 0 && whereabouts === 'home' && FAR_WORKPLACE_START.test(maskWhere.slice(home))) {
        const far = maskWhere.slice(0, home).search(AT_FAR_PLACE);
        if (far >= 0 && !RETURN_WORD.test(rawWhere.slice(far, home))) whereabouts = 'away';
      }
    }
    let escalation = maxEscalation([...esc, ...pickedUp].map((x) => x.level));
    // (人在北京，社区干部已经出发去接了 / 仍在贵阳，干部陪同: held or fetched in a petition's city, at that city's level.)
    // (人在北京，社区干部已经出发去接了 / 还在区上，专班在做工作: held or fetched in Beijing or at a level's seat, at that
    // level; a provincial capital is a city people go to for much else: abnormal, no level.)
    if (escalation === null && escorted && (farCity![1] !== undefined || /北京|京城|首都/.test(farCity![0]))) escalation = farCity![1] ? SEAT_LEVEL[farCity![1]]! : 'beijing';
    if (escalation === null && GONE.test(maskSeg) && !ERRAND.test(maskSeg)) {
      const far = FAR_TRAVEL.exec(maskSeg);
      if (far) escalation = FAR_LEVEL[far[1]!]!;
    }
    const person: Person = { name: h.name, state, whereabouts, escalation };
    const prev = byName.get(h.name);
    if (prev === undefined) {
      byName.set(h.name, { person, lastAt: s });
      order.push(h.name);
    } else if (prev !== null) {
      // A second mention of the same person: the later words are the newer state; keep what the first knew.
      prev.person = {
        name: h.name,
        state: markers.length ? state : prev.person.state,
        whereabouts: whereabouts !== 'unknown' ? whereabouts : prev.person.whereabouts,
        escalation: maxEscalation([prev.person.escalation, escalation].filter((x): x is NonNullable<typeof x> => x !== null)),
      };
    }
  });
  return order.map((n) => byName.get(n)!.person);
}

// 郝存柱黑夜10点多出去了…联系不上 / 重点人员木吉外出，去向不明 / 宾海生今日唔在家: someone gone missing, named as the
// sentence's subject though the name finder knows no cue around it (a surname it does not list, a word after it it
// does not know). Only where a missing or abnormal person would otherwise go unnamed: the subject's place (the
// clause's start, after the unit or 重点人员) and a word of being gone or of a time right after the name.
const SUBJECT_LEAD = /(?:^|[\n;。:,(!?])\s*(?:[\u4e00-\u9fa5]{1,5}?(?:村|社区|屯|寨))?(?:重点人员|重点对象|稳控对象|村民|居民|移民|除了?|另外?|还有|其中)?$/;
const GONE_AFTER = /^(?:失联|外出|出去|出门|去向|不知|联系不上|电话|手机|不在|没回|未回|至今|黑夜|夜里|昨晚|昨夜|今天|今日|今早|早上|上午|下午|晚上|一早|半夜|凌晨|已经|突然)/;
// (小孩失联了, 他老婆今天不在家, 周老板电话打不通: someone said by who they are to others or a title, not by name.)
const NOT_A_SUBJECT_NAME = new RegExp(`(?:${alt(HOUSEHOLD_WORDS)}|${alt(KIN_WORDS.filter((k) => k.length > 1))}|${alt(TITLE_WORDS.filter((w) => w !== '家'))}|小孩|娃|伢|仔|老人|老汉|老太|人员|对象|干部)$`);
export function goneSubject(text: string, at: number): string | undefined {
  const start = Math.max(0, at - 40);
  for (let i = start; i <= at; i++) {
    if (!SUBJECT_LEAD.test(text.slice(Math.max(0, i - 12), i))) continue;
    for (const len of [3, 2]) {
      const name = text.slice(i, i + len);
      if (name.length === len && allCjk(name) && entryName(name) && !NOT_A_SUBJECT_NAME.test(name) && GONE_AFTER.test(text.slice(i + len))) return name;
    }
  }
  return undefined;
}
