import type { DayMention } from './dates.js';
import { alt, ZERO_REPORT_WORDS, JOKE_WORDS, CADRE_CONTACT_WORDS, CADRE_RESPONSE_WORDS, CLAUSE_OPENERS, ELSEWHERE_MARKERS, FUTURE_DAY_WORDS, NAMED_DAY, GRIEVANCE_WORDS, TAKE_ALONG_PLANS,
  GO_ALONG_PLANS, SAID_GOING_SEATS, DISOWNED_WORDS, HEARSAY_MARKERS, OWN_SIDE_WORDS, NOT_IS_WORDS, JOINED_IN_WORDS, CALM_HERE_WORDS, MODAL_AFTER, MODAL_BEFORE, NEGATORS, NONE_ANSWERS, NOT_OURS, PAST_MARKERS, PETITION_CONTEXT_WORDS, ENTITLEMENT_WORDS, ERRAND_PATTERN, FETCHED_BACK_WORDS, KNOWN_GROUP_WORDS, FAR_PLACE_NAMES, PETITION_HEADINGS, PETITION_KINDS, REFUTED_WORDS, RULE_CASE_OPENERS, RULE_REPORT_VERBS, RUMOUR_OPENERS, WARNING_MARKERS } from './lexicon.js';
import { Scan } from './scan.js';

// The shared reading of a normalised message: a masked copy in which negated and retracted phrases are blanked
// (same length, so positions line up with the text), and its clauses with two flags that the rules need:
// “intention” (扬言要去…, 有上访苗头: not something that happened) and “cadre” (村干部已赶往县里: the response, not
// the event).

export interface Clause {
  start: number;
  end: number;
  intention: boolean;
  /** Where the first cue that comes before what it qualifies (扬言, 准备, 上次) is (Infinity: none). */
  intentAt: number;
  /** A cue that comes after what it qualifies (苗头, 想法, 多次): the whole clause is not an act. */
  postIntent: boolean;
  /** Where the first cue of the cadres' response is in the clause (Infinity: none). */
  cadreAt: number;
  sentence: number;
  /**
   * Whose and when: `own` is the sender's unit on the day reported; `past` (上月赴京上访的…), `hearsay` about
   * another place (听说隔壁…), `elsewhere` (有个村…) and `warning` (…大家一定要吸取教训) are not today's news of
   * the unit, so their words are blanked from what the stages read.
   */
  scope: ClauseScope;
}

export type ClauseScope = 'own' | 'past' | 'hearsay' | 'elsewhere' | 'warning';

export interface Analysis {
  text: string;
  masked: string;
  /** The text with only the clauses of scope `own` (for the figures of an assessment; same length as text). */
  present: string;
  clauses: Clause[];
  /** Per sentence: does it speak of petitioning at all (上访, 信访, 反映, 告状…)? */
  sentencePetition: boolean[];
  /** Per sentence: does it voice a grievance (不服, 答复, 讨说法)? Travel beyond the township beside one is a petition. */
  sentenceGrievance: boolean[];
  /** Where another place's news was disowned (听说青杠村有人去县里了？我们桂花村莫得人去): a unit named there is not the report's. */
  disowned: [number, number][];
}

// 异常情况：无 / 进京上访：0 / 二、集体访、联名信：无 (a form filled in with “none”); costly at every position, so
// behind its own cue. The field may list several things with 、 or /.
const NONE_ANSWER = `(?:${alt(NONE_ANSWERS.filter((w) => !/^0/.test(w)))}|0(?:人次|人|件|起|次|批)?(?![\\d.]))`;
const FORM_CUE = new RegExp(`[:\\s|]\\s*${NONE_ANSWER}(?=[,;。\\s|]|$)`);
// The mask is the field name (1 to 16 of [\u4e00-\u9fa5、/]) before the answer. As one regex,
// `[\u4e00-\u9fa5、/]{1,16}\s*[:\s|]\s*ANSWER`, it backtracked through up to 16 characters at every CJK character
// of the text; formMask finds the same matches by trying the answer only where a run of name characters ends.
const FORM_ANSWER = new RegExp(`\\s*[:\\s|]\\s*${NONE_ANSWER}(?=[,;。\\s|]|$)`, 'y');
const isFieldChar = (c: number) => (c >= 0x4e00 && c <= 0x9fa5) || c === 0x3001 || c === 0x2f; // CJK, 、 and /
// JavaScript's \s, by char code.
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The form fields answered “none”, blanked: what `text.replace(/[\u4e00-\u9fa5、/]{1,16}\s*[:\s|]\s*ANSWER/g, blank)`
 * gives. The name characters never match what follows them (space, colon, |), so a match starting inside a run
 * of them takes the run to its end; the leftmost start whose run is at most 16 long is the run's start, or 16
 * before its end.
 */
function formMask(text: string): string {
  let out = '';
  let at = 0;
  let i = 0;
  while (i < text.length) {
    if (!isFieldChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < text.length && isFieldChar(text.charCodeAt(e))) e++;
    const c = text.charCodeAt(e);
    if (c === 58 || c === 124 || isSpace(c)) {
      FORM_ANSWER.lastIndex = e;
      if (FORM_ANSWER.test(text)) {
        const start = Math.max(i, e - 16);
        const end = FORM_ANSWER.lastIndex;
        out += text.slice(at, start) + '_'.repeat(end - start);
        at = end;
        i = end;
        continue;
      }
    }
    i = e;
  }
  return at === 0 ? text : out + text.slice(at);
}
// Only these, joined by light words, before a negation that ends its clause: 上访问题还没有了结 stays a petition.
const NEG_THING_WORDS = [...PETITION_HEADINGS, ...PETITION_KINDS, '上访', '拉横幅', '横幅', '堵门', '堵路', '聚集', '异常', '打架', '打仗', '斗殴', '吵架', '闹事'];
// (进京无 赴省无 到市无: a spoken tally, each heading answered by 无 right after it.)
const NEG_THING = `(?:${alt(NEG_THING_WORDS)})`;
const PETITION_FIELDS = alt([...PETITION_HEADINGS, ...PETITION_KINDS, '上访', '信访']);
// 0人上访 / 零人进京: nobody did it.
const ZERO_ACTORS_MASK = new RegExp(`(?<![\\d.])[0零]\\s*(?:人次|人|名|户|批)(?:${PETITION_FIELDS})`, 'g');
// 进京0 赴省0 到市0 集体访0 / 进京访零起，集体访零起 / 进京赴省到市上访0人次: a form in shorthand, each field (or a run of
// them) answered 0 without a colon (零 only
// with its measure word: 进京零报告 is not one).
const SHORT_FORM_MASK = new RegExp(`(?:${PETITION_FIELDS})(?:[、/]?(?:${PETITION_FIELDS}))*(?:访|上访)?(?:0(?:人次|人|件|起|次|批)?(?![\\d.])|零(?:人次|人|件|起|次|批))`, 'g');
// (没有进京赴省到州 上访的: the list's petition word after a space, what its items were.)
const SPACED_ITEM = `(?:${alt([...PETITION_HEADINGS, '上访', '集体访'])})[^\\d零一二两三四五六七八九十了过有人名,;。!?\\n 、:()]{0,8}(?=$|[ ,;。!?\\n、])`;
// (还没有结果就去县民政局: the condition's negation ends where what follows it (就去…) begins.)
// (无进京赴省到市（区）上访: a short bracket inside the list. 因无人供暖到镇政府反映: 无人's verb, 供暖, is all it denies; the going to an office after it is told. Not 无人进京赴省,
// 没人出去上访, 无人员去区: the going is what is denied.)
const NEG_SPAN = `(?:(?!${alt(CLAUSE_OPENERS)}|就(?:去|到|要|上|找|告|带|领|喊|叫|跑|来|克)|(?<=(?:无人|没人)(?!员)[^,;。!?\\n 、:()]{1,6})(?<!进京|赴|出|参与|上访)(?:到|去)(?=[^,;。!?\\n]{0,4}?(?:政府|办事处)))(?:[^,;。!?\\n 、:()]|\\([^()\\n]{1,3}\\))){0,20}`;
// (严防进京、赴省（海口）、到县上访: an item of the list may carry a note in brackets.)
const NEG_NOTE = '(?:\\([^()\\n]{1,8}\\)(?=、))?';
// (群里传的田头村村民去北京上访一事不属实: blanked up to the words that refute it, 上访一事 included.)
const RUMOUR_REFUTED = new RegExp(
  `(?:${alt(RUMOUR_OPENERS)})[^;。!?\\n]{0,30}?,?(?:经核实|经核查|核实后|经了解|经查|一问)?[^;。!?\\n,]{0,4}(?=${alt(REFUTED_WORDS)})|(?<=^|[,;。!?\\n\\s])[^;。!?\\n,\\s]{2,24}?(?:那个|那件事|那事|的事|这事|的说法)(?=(?:是|系|纯属)(?:谣传|谣言|误传))`,
  'g',
);
// After formMask (the form with colons), in this order. Each with words one of which every match of it contains
// (null: no such word): a mask none of whose words the text has is skipped, String.includes being much cheaper than
// a scan by the regex.
const MASKS: readonly (readonly [RegExp, readonly string[] | null])[] = [
  // 〔纠纷类型:邻里纠纷,当事人:曾某某…〕: a dispute ledger's row (normalize.ts), counted by the ledger's figures.
  [/〔[^〕\n]*〕/g, ['〔']],
  [SHORT_FORM_MASK, ['0', '零']],
  [ZERO_ACTORS_MASK, ['0', '零']],
  // 那6个讨薪的工钱今天全部到账了 / 他们讨工钱的事老板已答应十五前结清: a wage matter known before (named by 的事, 的工钱),
  // paid or promised: its end, no act of the day (not 十几个工人今天讨薪，老板答应月底结清, the asking told as news).
  [/[^,;。!?\n]{0,16}?(?:讨薪|讨工钱|讨工资|讨要工资|讨要工钱)(?:的事|的工钱|的钱|那个事|一事)[^,;。!?\n]{0,14}?(?:到账|结清|付清|兑付|发放到位)了?/g, ['到账', '结清', '付清', '兑付', '发放到位']],
  // 开展了群体性上访事件应急处置演练 / 模拟二十名渔民聚集 / 联名给场里写了感谢信: a drill of a petition, what it
  // simulated, a joint letter of thanks: no petition
  // (nor taking it to the level thanked: 联名写了感谢信，…明天送到街道).
  [/(?<=^|[,;。!?\n]\s*)[^,;。!?\n]{0,30}?(?:演练|演习|模拟处置)[^,;。!?\n]{0,12}|模拟[^,;。!?\n]{0,24}|(?:联名[^,;。!?\n]{0,16}?)?(?:感谢信|表扬信|锦旗)[^;。!?\n]{0,40}/g, ['演练', '演习', '模拟', '感谢信', '表扬信', '锦旗']],
  // 龙源那边堵路的事昨天镇里已经协调好了，路通了 / 3月4日堵路那事已经处理完了 / 元旦那天堵便道的事已经解决 / 联名信的事在等县纪委答复: a matter known
  // before, settled or waiting for an answer, is its end or its pause,
  // not the day's act (not one of today: 今天下午吵架的事已经调解好了 is the day's dispute, read by parse-message.ts).
  [/(?<=^|[,;。!?\n])(?:(?!今天|今日|今早|凌晨|上午|中午|下午|刚才|刚刚)[^,;。!?\n]){0,16}?(?:的事|那事|那件事|那个事|一事)(?:情)?(?:(?!今天|今日|今早|凌晨|上午|中午|下午|刚才|刚刚)[^,;。!?\n]){0,10}?(?:(?:已经?|都|早就|早已)(?:于[^,;。!?\n]{1,6}?)?(?:协调好|处理完|处理好|解决好|解决了|解决(?!不)|平息|化解|调解好|了结|办结)|(?:在|正在|还在)等[^,;。!?\n]{0,8}?(?:答复|回复|结果))[^,;。!?\n]{0,20}/g, ['协调好', '处理完', '处理好', '解决', '平息', '化解', '调解好', '了结', '办结', '在等']],
  // 县信访局的同志今天到村里宣讲《信访工作条例》: an office's staff come to the village; nobody went up to it.
  [/(?:省|市|县|区|镇|乡|街道)[^,;。!?\n]{0,6}?的(?:同志|工作人员|干部|领导)[^,;。!?\n]{0,10}?(?:到|来|下)(?:村|社区|我们|咱|本|组|屯|寨)[^,;。!?\n]{0,20}/g, ['的同志', '工作人员', '的干部', '的领导']],
  // 赴省的3个工人昨晚已经回家了: who went, named by the going, now back: the going's end, not the day's act (a 续报 or
  // 终报 of it keeps its level: 【终报】进京的葛某等2人已返回).
  [/(?<!(?:续报|终报)[\s\S]*)(?:赴省|赴京|进京|赴市|到市|到省|去县里|到县里|去市里|去省里)[^,;。!?\n]{0,4}的[^,;。!?\n]{0,8}?(?:人|工人|村民|居民|群众|户)[^,;。!?\n]{0,8}?(?:已经?|都)(?:回家|回来|返回|到家|回村)了?/g, ['回家', '回来', '返回', '到家', '回村']],
  // 刘某某（赴省上访人员）已返村 / 鲍某某（古树茶纠纷茶农代表）：在家: who the person is, in brackets after the name, is no act
  // of the day.
  [/(?<=某[某\u4e00-\u9fa5]?)\([^()\n]{1,20}?(?:人员|代表|对象|工人|老板|村民|居民|当事人)\)/g, ['人员)', '代表)', '对象)', '工人)', '老板)', '村民)', '居民)', '当事人)']],
  // 那个憨包刚才讲要克北京看升旗 开玩笑的: what was said in jest, up to the words that call it a joke.
  [new RegExp(`[^。!?\\n]{0,40}?(?=[,\\s]*(?:${alt(JOKE_WORDS)}))`, 'g'), JOKE_WORDS],
  // 另外听人说临垛荡北村有人去市里上访了 跟我们村没有关系 / 看新闻说广州有人集体上访，同我们无关系: news heard, then disowned, is
  // none of the unit's (from the words that tell it was heard).
  [new RegExp(`(?:${alt(RUMOUR_OPENERS)}|新闻说|新闻上说)[^;。!?\\n]{0,40}?(?=[,\\s]*(?:跟|同|和|与)(?:${alt(OWN_SIDE_WORDS)})(?:村|社区|镇|乡|这边|这里)?[^,;。!?\\n]{0,3}?(?:${alt(DISOWNED_WORDS)}))`, 'g'), DISOWNED_WORDS],
  // 网上传咱县有人赴京了 俺们双庙核实过了 没俺村的人: news heard, then checked: none of ours.
  [new RegExp(`(?:${alt(RUMOUR_OPENERS)})[^;。!?\\n]{0,40}?(?=[,\\s]+(?:[^;。!?\\n,]{0,12}?(?:核实|问了|查了|了解了)[^;。!?\\n,]{0,4}?[,\\s]+)?(?:没|没有|不是)(?:${alt(OWN_SIDE_WORDS)})(?:村|社区|组)?的人)`, 'g'), ['没', '不是']],
  // 转发镇里通知：“…发现进京赴省苗头立即报告” / 迁坟协议已有6户签字: a notice quoted as passed on, an agreement signed,
  // are no acts of the day.
  [/转发[^“"\n]{0,10}?:?\s*[“"][^”"\n]{2,80}[”"]|协议[^,;。!?\n]{0,10}?签(?:了)?(?:字|名)/g, ['转发', '协议']],
  // 镇里说的串联情况我们排查了，没有发现: a matter checked for and not found.
  [/[^,;。!?\n]{0,12}?情况[^。!?\n]{0,12}?(?:排查|核查|摸排|核实|查)了?[,\s]*(?:均)?(?:没有发现|未发现|没发现|没有|无)(?=[,;。!?\s]|$)/g, ['没有发现', '未发现', '没发现', '没有', '无']],
  // 没讲上访的事: the petition not spoken of.
  [/(?:没|没有|未|并没|并未)(?:讲|说|提|提到|提起)(?:要)?(?:上访|信访|告状)(?:的事)?/g, ['没', '未']],
  // 联名信的事经做工作已暂缓: a matter put off, nothing done today.
  [/[^,;。!?\n]{0,12}?的事[^,;。!?\n]{0,10}?(?:已经?暂缓|暂缓了|已搁置|已作罢|作罢了|已放弃)/g, ['暂缓', '搁置', '作罢', '放弃']],
  // 隔离镇有工人去了省里讨薪，我们社区没有人参与 / 下涌村聚集的事我们社区没有人参与 / 网上传我们镇有人进京，经核实是外县的，
  // 与本镇无关: another place's matter, told only to say none of ours was in it.
  [/[^,;。!?\n]{2,40}?(?=,?\s*(?:我们|我|本|俺们|俺|咱们|咱)(?:村|社区|镇|乡|街道|这边)(?:里|的人|居民|村民)?(?:没有人|无人|没人|没有一个人)参与|,\s*经(?:核实|了解|核查)[^,;。!?\n]{0,4}是(?:外县|外镇|外地|外乡|外市|外省|别的|其他)[^,;。!?\n]{0,8},\s*与本(?:镇|村|社区|乡|街道)无关)/g, ['参与', '无关']],
  // 后山塌方，把村道堵了一截 / 落石堵了村道: a road blocked by the weather or the hill is no road blocked by people (who,
  // named between, still block it: 暴雨，十几个村民堵了村委会大门).
  [/(?<=(?:塌方|滑坡|落石|山洪|泥石流|暴雨|洪水|积水|大风|暴雪|积雪|冰冻|倒树|树倒|垮塌|塌了|垮了)(?:(?!村民|群众|居民|人|户)[^;。!?\n]){0,12}?)(?:把[^,;。!?\n]{0,6}?)?堵(?:了|住|塞|断)?/g, ['堵']],
  // 排查矛盾纠纷1起（联名信事项） / 排查纠纷1起（商铺停车收费，联名反映）: the kind of the disputes counted, in a note after
  // their figure, is no act of the day; a note that names a level gone to (（刘某某到县）, 赴京) is left to be read.
  // (So is the kind of petitions counted in a 研判's row: 信访:1件(联名信), a matter reported on its own.)
  [/(?<=(?:纠纷|矛盾|信访|来访)[^,;。(\n]{0,6}?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:起|件|宗)\()(?![^()\n]*(?:京|省|到市|赴市|市里|到县|赴县|县里|到区|赴区|区里|到州|赴州|州里|到镇|赴镇|到乡|赴乡))[^()\n]{1,30}(?=\))/g, ['起(', '件(', '宗(']],
  // 有几户原来讲五一要去市里反映，做了工作，早几天就表态不去了: a plan told, then called off in the same sentence (its
  // going never happened: nothing went between, 已到, 去了, 劝返), from the word that tells it (who planned stays, with
  // their number); not a threat (扬言要进京…又说不去了 still was one). Before the negation masks below blank the 不去 or 没去 it needs.
  [/(?<=(?:^|[,;。!?\n])(?:(?!已经?|到了|去了|劝返|接回|截回)[^;。!?\n]){0,30}?)(?:说|讲|表示|打算|准备|计划|商量|原定|原计划)(?:(?!已经?|到了|去了|劝返|接回|截回)[^;。!?\n]){0,24}?(?:去|到|赴|进京)(?:(?!已经?|到了|去了|劝返|接回|截回)[^;。!?\n]){0,40}?(?=[,\s](?:(?!到了|去了|劝返|接回)[^;。!?\n]){0,16}?(?:不去了|都不去|都没去|后来没去|最后没去|表示不去|答应不去|同意不去|表态不去|打消|放弃))/g, ['不去', '没去', '打消', '放弃']],
  // Before the negations that read forward, which would blank the 没有 it needs.
  // 集体访也没有 / 拉横幅堵门的都没有 / 打仗斗殴的也没有 / 集体访和群体性事件均无 (said after the thing, as people speak): up to the negation at a
  // clause's end
  [new RegExp(`${NEG_THING}(?:${NEG_THING}|[的也都均全还、和及访]|之类的?|等)*?(?:没有?|(?<=[均都也全])无|(?<=${NEG_THING})无(?=$|[,;。!?\\n 、])|零|未发现|未发生|未出现)(?=$|[,;。!?\\n 、]|的|了|重点|然后|另外|其他|其余)`, 'g'), ['没', '零', '未', '均无', '都无', '也无', '全无', ...NEG_THING_WORDS.map((w) => `${w}无`)]],
  // 无进京赴省到市上访、无集体访 / 严防进京上访 / 不是上访 / 不再上访 / 不是5人 / 不是在家 / …系看病，非上访 (not 非访, which
  // is 非正常上访)
  // (补助没到账到镇上找领导: money not come is no negated going; what follows is still said.)
  // (a list joined by 、 stays negated to its end: 无进京上访、无赴省上访、无到市上访、无集体上访)
  // Unpunctuated, the negation stops where a new clause plainly starts (…无进京上访但有2名村民…, 无情况下午…).
  // (无进京赴省 到市上访 无集体访: voice input breaks the fixed list with a space; an item after it that opens with a
  // heading and holds no figure stays in the list.)
  [new RegExp(`(?:无(?![法论奈])|(?:${alt(NEGATORS)})(?!(?<=没到)(?:账|位|手|款|钱|期))|不(?=进京|赴京|赴省|到市|上访|越级|集体访|失联|失控)|(?<![是系属])非(?=上访|信访|进京|赴京|越级|集体访))${NEG_SPAN}${NEG_NOTE}(?:、${NEG_SPAN}${NEG_NOTE}| ${SPACED_ITEM})*`, 'g'), null],
  // 零上访、零集体访、零群体事件
  // (实现“零进京、零赴省、零到州”非访: the quoted list, then what it counts.)
  [/零(?=上访|集体访|越级|进京|赴京|赴省|到省|到市|赴市|到州|赴州|到县|赴县|群体|信访|事件|案件|发案|纠纷|矛盾|舆情)[^,;。!?\n 、”"]{0,8}(?:[”"](?:非正常上访|非访|上访|信访))?/g, ['零']],
  // 已表示不去县里了 / 不想去了 (not 找不到, 联系不到, 见不到, 工钱拿不到, 讨不到: a verb's failure, not a negated going;
  // not 补贴再不到就去北京: a condition, the going after 就 a threat)
  [/(?:不去|勿去|覅去|不参与|不参加|没参与|没参加|(?<![找系见看收接等听寻拿讨要领])不到(?!位|钱|账|手|工资|说法|[^,;。!?\n ]{0,6}?就)|不想去|不会去|不会再去|不再去|不想再去|不打算去|不在外)[^,;。!?\n ]{0,10}/g, ['不', '勿去', '覅去', '没参']],
  // 中午报的村民上访一事经核实是去镇里办社保: a report withdrawn after checking
  // (上午说有人去镇上上访，核实是来镇便民服务中心办低保的: said, then checked, 经 or not.)
  [/(?:中午|上午|下午|早上|刚才|之前)?报的[^,;。!?\n]{0,15}?(?=经核实)|(?:中午|上午|下午|早上|刚才|之前)(?:报|说)的?[^,;。!?\n]{1,15}?(?=,?经?核实(?:后|了)?(?:是|为|系))/g, ['核实']],
  // 上午有人传王某某又失联了，经核实是误传 / 有人转发说…又要去省里，经核实是去年的老视频: the rumour, refuted.
  [RUMOUR_REFUTED, ['误', '谣', '不', '假', '没', '无', '错', '老', '旧']],
  // 发生进京赴省到市上访的，30分钟内电话首报 / 遇有群众到县上访的，要及时报告: a notice's rule, the case it covers (a clause
  // closed by 的) followed by how to report it; the case names nothing that happened.
  // (遇进京、赴省、到市上访和集体访，须30分钟内电话报告: the case without 的, the duty said with 须/要/必须, or with how soon:
  // 发生进京赴省到市上访、集体访等情况，30分钟内首报.)
  [new RegExp(`(?<=(?:^|[,;。:\\n])\\s*(?:\\d{1,2}[.、)]|[一二三四五六七八九十][、.])?\\s*)(?:${alt(RULE_CASE_OPENERS)})[^,;。!?\\n]{2,40}?(?:的(?=,[^,;。!?\\n]{0,14}?(?:${alt(RULE_REPORT_VERBS)}))|(?=,\\s*(?:须|需|要|应|必须|务必|\\d{1,3}\\s*(?:分钟|小时)内|第一时间|立即|及时|马上|随时)[^,;。!?\\n]{0,14}?(?:${alt(RULE_REPORT_VERBS)})))`, 'g'), RULE_CASE_OPENERS],
  // 网上有过激言论的要报，一般吐槽不用: the case a rule covers (a clause closed by 的), then that it is to be reported.
  [/(?<=^|[,;。:\n]\s*)[^,;。!?\n]{2,20}?的(?=(?:都|也|一律)?(?:要|须|需|必须|务必)(?:及时|马上|立即)?(?:报|上报|报告))/g, ['的要', '的须', '的需', '的必须', '的务必', '的一律', '的都要', '的也要']],
  // 长潭还没报，石支书电话打不通: the unit's contact out of reach, no key person.
  [new RegExp(`(?:${alt(CADRE_CONTACT_WORDS)})的?(?:电话|手机)[^,;。!?\\n]{0,2}?(?:打不通|没人接|无人接听|关机|联系不上|不通)`, 'g'), ['电话', '手机']],
  // 五一期间赴京1次，已劝返 / 敏感期以来到市上访两次: a tally over the period, not the day's act.
  [/(?:期间|以来|本月|本周|这段时间|这几天)[^,;。!?\n]{0,6}?(?:赴京|进京|赴省|到省|到市|赴市|到县|赴县|上访|越级访|集体访)\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*次[^,;。!?\n]{0,8}/g, ['次']],
  // 有居民转发外地“尘肺病人进京维权”的视频 / 有人在群里转发“五一进京维权”的视频: what others posted, passed on, is nobody's act here.
  [/转发(?:了|的)?[^,;。!?\n]{0,30}?(?:视频|帖子|文章|链接|截图)/g, ['转发']],
  // 已打消去省里的想法
  [/打消[^,;。!?\n]{0,15}?(?:想法|念头|打算|顾虑)/g, ['打消']],
  // 重点人员王某某（2019年曾进京上访）今天在家 / 李某某（去年到市集体访过）: a key person's history noted in brackets says who
  // the person is, not what happened today (曾 before a petition word only: 曾某某 is a surname).
  [new RegExp(`\\([^()\\n]{0,8}?(?:${alt(PAST_MARKERS)}|曾(?=进京|赴京|赴省|到省|到市|到县|上访|越级|集体访|多次)|(?:19|20)\\d{2}年(?!\\d{1,2}月))[^()\\n]{0,16}\\)`, 'g'), ['(']],
  // 未外出 / 没有离开: 未 alone is not a negation cue (出门未归 is the opposite), only before these verbs.
  // 未再提进京 / 未曾说要去: said no more; 未再组织业主外出: what the person did not lead others to do either.
  [/未(?:再|曾)?(?:提|说|提出|提及|说过|提过)?(?:(?:组织|带领|带着|带|煽动|鼓动|串联|召集)[^,;。!?\n ]{0,4}?)?(?:要)?(?:外出|离开|离家|出门|进京|赴京|上访|去|到)[^,;。!?\n ]{0,10}/g, ['未']],
  // 从北京返回 / 已从区信访局劝返回家: where someone came back from is not where they are heading
  [/从[^,;。!?\n]{0,15}?(?:返回|回来|回到|劝返|接回|回家|回村)/g, ['从']],
  // 贺某某昨天县里回来后在屋里: the same with 从 left out, as speech does.
  [/(?:北京|省里|省城|市里|县里|区里|县城|镇上|镇里|乡里)(?:回来|返回|回到)/g, ['回来', '返回', '回到']],
  // 上午报的“情绪激动”有误 / 原报1起有误
  [/[“"‘'][^”"’'\n]{0,20}[”"’'](?:有误|错误|不对|不准确|报错了?)/g, ['误', '不对', '报错']],
  [/(?:原报|原来报|之前报|上午报|昨天报|刚才报)[^,;。!?\n)]{0,20}?(?:有误|错误|不对)/g, ['误', '不对']],
];

// The sender's own side (我们, 俺们, 阿拉, 𠊎兜…), and the words that disown another's news (lexicon.ts OWN_SIDE_WORDS…).
const OURS = alt(OWN_SIDE_WORDS);
const NOT_IS = alt(NOT_IS_WORDS);
const OWN_OPENS = new RegExp(`^\\s*(?:${OURS})`);
const OWN_REPORT_SAID = new RegExp(alt(ZERO_REPORT_WORDS));
// 不是俺村的 / 不系𠊎兜…: said to be not ours (not 不是我们能拦住的, what we could do), in the scan below and in DISOWNED.
const NOT_OURS_SAID = `(?:那是|是)?(?:都|也)?(?:${NOT_IS})(?:${OURS})(?![\\u4e00-\\u9fa5]{0,3}?[能会要想拦管让说做搞干去叫])`;
const ANOTHERS_NEWS = new RegExp(
  `[^,;。!?\\n]{2,40}?(?=${[
    // 跟咱没啥关系 / 跟我镇东沙村无关 / 跟信访没关系 / 同我们沙埔无关
    `[,\\s]\\s*(?:跟|和|与|同)(?:(?:${OURS})[\\u4e00-\\u9fa5]{0,5}?|信访|上访|维稳)(?:(?:没|没有|无)(?:啥|什么|多大)?关系|无关)`,
    // 跟咱新安村不是一回事 (柳条沟乡新安堡村今天有人去县里了: another township's village, told apart from ours)
    `[,\\s]\\s*(?:跟|和|与)(?:${OURS})[\\u4e00-\\u9fa5]{0,5}?不是一回事`,
    `,\\s*是(?:他们|人家|别的|其他|外)(?:镇|乡|村|社区|县)的事`,
    // …？我们桂花村莫得人去 / …又有人到镇里闹 阿们杨坞冇事 (a space for the comma)
    `[,?\\s]\\s*(?:我们|俺们|咱们?)[\\u4e00-\\u9fa5]{0,5}?(?:这边|这里)?(?:没有|没|无|莫得|冇)(?:介|这|啥|什么|任何)?(?:事儿|事|情况|人去|人到|人参与|人)?(?=[,;。!?\\s]|$)`,
    // 我们村冇得这种人 / 荷香苑这边没人跟着掺和 / 咱这没人掺和
    `[,\\s]\\s*(?:我们|俺们|咱们?|本)(?:村|社区|镇|乡|园区)?(?:没有|没|无|冇得|莫得|冇)[\\u4e00-\\u9fa5]{0,8}?(?:${alt(JOINED_IN_WORDS)})`,
    `[,\\s]\\s*(?:${OURS})?[\\u4e00-\\u9fa5]{0,5}?(?:这边|这里|这)(?:没有人|没人|无人)(?:跟着)?(?:${alt(JOINED_IN_WORDS)})`,
    // 不是阮村的代志 / 不系𠊎兜镇个 / 不是咱东沙城 (the clause ending there); not 不是我们能拦住的, what we could do
    `[,\\s]\\s*${NOT_OURS_SAID}[\\u4e00-\\u9fa5]{0,4}?(?:(?:的|个|嘅)(?:人|事|事情|代志)?)?(?=[,;。!?)\\s]|$)`,
    `[,\\s]\\s*(?:那是|是)(?:隔壁|外|别的|其他)(?:区|县|镇|乡|村|社区|地方)的`,
    `[,\\s]\\s*(?:不涉及|未涉及|没涉及)(?:本|我们|俺们)[\\u4e00-\\u9fa5]{0,4}?(?:人员|的人|村民|居民|群众)`,
    // 听说江口那边有人到县里去了，我们村的移民户都在家 / …我们村的人都在 莫得人去: ours all at home
    `[,\\s]\\s*(?:${OURS})(?:村|社区|这边|这里)?的[\\u4e00-\\u9fa5]{1,5}?(?:都|均|全)(?:在家|在村|在屋头|在屋里|在)(?=[,;。!?\\s]|$)`,
    // 东港那边么事闹得恁大 俺们这边都稳当的
    `[,\\s]\\s*(?:${OURS})(?:这边|这里|村里|村|社区)(?:都|还|也)?(?:${alt(CALM_HERE_WORDS)})`,
  ].join('|')})`,
  'g',
);
// (听说锑山那边有个老矿工要去北京，我们村冇得这种人: hearsay, even of a unit of ours, then that ours had none of it.)
const HEARD = new RegExp(alt(RUMOUR_OPENERS));
// (…厂在滨海园区，不是阮村的代志: the sender says outright it is not its own, even of a unit of ours that reports for itself;
// 码头那边卸鱼的车堵了半天 跟信访没关系: or that it is no petition business, wherever it happened.)
const DISOWNED = new RegExp(`^[,\\s]\\s*(?:${NOT_OURS_SAID}|(?:跟|和|与)(?:信访|上访|维稳))`);
// (…村口有外村人跟收羊的打起来咧，派出所处理了，不是额村的人: outsiders, but at our own 村口: the news is ours.)
const OWN_REPORT_WORDS = /零报|0报|报告|研判|我们|俺们|本村|本社区|我村|村口|村里|村头|村委|村部|屯里|组里|门口|院里|小区里/;
// (Tested once per message before the costly scan: our side only with a denial or a calm word after it.)
const ANOTHERS_NEWS_CUE = new RegExp(`关系|无关|一回事|的事|那是|涉及|${NOT_IS}|${alt(JOINED_IN_WORDS)}|(?:${OURS})[^,;。!?\\n]{0,8}?(?:没|无|莫得|冇|${alt(CALM_HERE_WORDS)}|(?:都|均|全)在)`);
// Every mask above needs one of these characters; most messages have none.
// (The negators' first characters are added from the lexicon, and the first characters of each mask's own words from
// the table: a negator or a mask added there, 莫让 or 感谢信, is never skipped.)
const DAY_FIGURE = /(?:\d|[一二两三四五六七八九十])\s*(?:起|件|宗|批|人|名)/;
const MASK_CUE = new Scan(new RegExp(`[${[...new Set([...'无没未不非杜严防避谨并打从尚“"‘\'暂0误错零〔谣假(发出遇凡', ...NEGATORS.map((w) => w[0]!), ...MASKS.flatMap(([, words]) => (words ?? []).map((w) => w[0]!))])].join('')}]`));
// 可能/估计 are guesses: a risk like a threat, said before or after what they qualify.
// (说明天要带几个人去县里: a day to come before the going is an intention too, as modality.ts reads it; and so is
// taking others along, 初三要带屋里几个人去县里, whatever day is named; 不解决他就初六去北京, a day after a condition's 就; 想3号再去县里, 要10号去市里: a day after 想 or 要;
// 说今天去区上: a going said with no 了, still to be done (not 冇再讲去区里, 本来说…, 说去市里的话; nor 去海口了，讲去省里反映,
// why one gone went);
// 要是春节前不给，就联合十几户去县里: the going after a condition's 就, told as not done yet; 要是…不给 他也去区里, its 也.)
// (讨要去年买茶苗的钱: 要 then 去年, a demand for last year's money, not 要去.)
const INTENTION = new Scan(new RegExp(`(?:${alt(MODAL_BEFORE)})(?!(?<=要去)年)|(?:${alt(FUTURE_DAY_WORDS)}|${alt(TAKE_ALONG_PLANS)})(?=[^,;。]{0,8}?(?:去|到|赴|进京|上(?:北京|京|省|市|县|区|镇里|镇上|乡里|乡上)))|(?:${alt(GO_ALONG_PLANS)})(?=[^,;。]{1,12}?(?:一起|一块|一道)?(?:去|到|赴))|(?:说|讲|喊)(?=[^,;。]{0,4}?${NAMED_DAY}(?:要|就|还要|再)?(?:一起|一块)?(?:去|到|赴|上|进))|(?<![没冇无不莫么幺未]|[没冇无不莫么幺未]再|没有再?|本来|原来|原先)(?<!(?:去|走|出门|出发|上街|进城|出去)[^。!?\\n]{0,12}了[^。!?\\n]{0,12})(?:说|讲|喊)(?=(?:的是)?(?:今天|今儿|今日|今个)?(?:就)?(?:去|到|上)(?:${alt(SAID_GOING_SEATS)})(?!的话)(?![^,;。!?\\n]{0,10}?了))|要(?=上(?:北京|省里|省城|市里|县里|县城|区里|镇里|乡里)(?![^,;。!?\\n]{0,6}?(?:上班|上学|开会|办事|看病)))|(?:就|想|要)(?=${NAMED_DAY}(?:再|又|一起|一块)?(?:去|到|赴|进))|(?<=(?:不|没|要是|如果|假如|若是?)[^。;!?\\n]{1,14}?)就(?=[^,;。了]{0,8}?(?:去|到|赴|进))(?![^,;。!?\\n]{0,14}?了)|(?<=(?:要是|如果|假如|若是?)[^。;!?\\n]{1,14}?)也(?=[^,;。了]{0,4}?(?:去|到|赴|进))(?![^,;。!?\\n]{0,14}?了)`, 'g'));
// Whose and when (see Clause.scope). 曾 alone is a surname (曾庆余), so only its compounds are in PAST_MARKERS.
// (走之前说要到省信访局…, 出门之前: before leaving, just now, is no past.)
// (去年摘枸杞的二十多个工人到公司…: a past word that only says who the people are (…的 then the people) dates no act.)
// (…到镇政府反映合作社拖欠去年果款问题: nor one that says whose money, 去年(的)果款, 上月工资.)
// (大年初一, 年初三: the first days of a year are days, not 年初, its start.)
const PAST = new RegExp(`(?<!(?:走|出门|离开|临走|出发|动身))(?:${alt(PAST_MARKERS)})(?!(?<=年初)[一二三四五六七八九十])(?![^,;。!?\\n]{1,8}?的[^,;。!?\\n]{0,6}?(?:工人|村民|群众|居民|农户|职工|民工|业主|住户|人员)[^,;。!?\\n]{0,3}?(?:又|到|来|去|在))(?!(?:的[\\u4e00-\\u9fa5]{0,6}?|[\\u4e00-\\u9fa5]{0,2}?)(?:款|钱|账|工资|租金|补贴|补助|分红|补偿|费)(?![\\u4e00-\\u9fa5]{0,2}(?:已|都|早|就)))`, 'g');
const HEARSAY = new RegExp(alt(HEARSAY_MARKERS), 'g');
// The other place as the subject: not the other party (与邻村起了争执) nor where our villager went (到隔壁村闹),
// nor 有个村民 (a villager of ours), nor 曾某某村道占地 (a masked name before the village road: 某村道 is no other village).
// 听说是青龙镇的, 我们镇没有: a named other township said to be the one.
// 外镇/外村 only as a word of its own (另外镇里…, 另外村民… are everyday words); 经核实非本村人员 says the news is not ours.
// 两个外村人在俺村口发传单 / 外乡人来村里… / 村口有外村人跟收羊的打起来了 / 4名外镇刀剪工人到镇政府反映: outsiders acting in
// our village or at our township's offices are our news, not the other place's. (隔壁林彩凤上门吵了一场 / 隔壁老王: the
// neighbour next door, someone of ours.)
// 听说青山镇有人去北京了 / 听人说白果树乡…: a township or county named in hearsay is another place (our own is 咱镇, 本镇);
// so is one said to be nearby (邻近樟木乡今日有十余名群众到市里…); 樊河乡上河头村 is its village, not 乡上, its seat.
// (和平镇永兴村那边: a village said with its township, over there.)
// (听石门岭乡的人说，他们那有人进京…: the township named as where the teller is from.)
// (听人谝说市上麻辣烫街有人打捶哩: the town or city heard of, where someone did something, is elsewhere too.)
// (听说安徽马鞍山那边有人去北京了 / 听讲钦州那边有蚝排户去南宁上访: a far province or city heard of, where someone did
// something, the same.)
// (补偿标准比邻县低: a comparison with another place tells nothing of it.)
const ELSEWHERE = new Scan(
  new RegExp(
  `(?<![与和跟同到去在往赴对向另比])(?<!(?:村口|村里|村头|路口|集上|门口|场上)(?:有|来了|来)?)(?:${alt(ELSEWHERE_MARKERS)})(?![民干委里组道路邻家])(?!(?<=隔壁)(?:[\\u4e00-\\u9fa5]{2,3}(?:上门|过来|跑来|找上门)|[老阿][\\u4e00-\\u9fa5]))(?![\\u4e00-\\u9fa5]{0,2}?(?:人|工人|民工|老板|客商|司机|游客|商贩)(?:同|跟|和|与)[\\u4e00-\\u9fa5]{1,12}?(?:吵|打|争|闹|扯))(?![\\u4e00-\\u9fa5]{0,3}?(?:人|工人|民工|老板|客商)[^,;。\\n]{0,12}?(?:在|来|到|进)(?:俺|我们|咱们?|本)?(?:村|社区|镇政府|镇里|镇上|乡政府|乡里|街道办))|是[\\u4e00-\\u9fa5]{2,3}[镇乡县]的|邻近[\\u4e00-\\u9fa5]{2,3}[镇乡县](?!政府|里|上)|[镇乡县](?<=[\\u4e00-\\u9fa5]{2}[镇乡县])(?:那边|那里|那儿|那头)|(?<=[\\u4e00-\\u9fa5]{2}[镇乡])[\\u4e00-\\u9fa5]{2,4}(?:村|社区)(?:那边|那里|那儿|那头)|我们(?:镇|乡|村)没有|${alt(NOT_OURS)}|(?<=(?:${alt(HEARSAY_MARKERS)})[,\\s]?(?:是|在)?)(?!咱|我|俺|本|这|那|全|该|镇上|乡里)[\\u4e00-\\u9fa5]{2,4}[镇乡县](?!政府|里|上(?![\\u4e00-\\u9fa5]{1,3}(?:村|屯|寨|社区))|信访|派出所)|(?<=听)(?!咱|我|俺|本)[\\u4e00-\\u9fa5]{2,5}[镇乡县](?=(?:那边)?的?人说)|(?<=(?:${alt(HEARSAY_MARKERS)})[,\\s]?(?:是|在)?)(?:市上|市里|城里|县城|县上|县里)(?=[^,;。\\n]{0,8}?有人)|(?<=(?:${alt(HEARSAY_MARKERS)})[,\\s]?(?:是|在)?)(?:${alt(FAR_PLACE_NAMES)})(?:省|市)?(?=[\\u4e00-\\u9fa5]{0,4}?(?:那边|那里|那儿|那头)?[^,;。\\n]{0,4}?有[\\u4e00-\\u9fa5]{0,3}?(?:人|户|民|工|农))`,
  'g',
  ),
);
// 不是我们村的 / 非本村人员 read in the text: the negation mask blanks 不是…, so ELSEWHERE never sees them in the masked copy.
const NOT_OURS_RE = new RegExp(alt(NOT_OURS), 'g');
const NOT_OURS_CUE = /不是|非|不属于/;
const WARNING = new RegExp(alt(WARNING_MARKERS), 'g');
// These may also stand after what they qualify (有进京可能, 有去省里的打算), so they hold for the whole clause.
const POST_INTENTION = new RegExp(alt(MODAL_AFTER), 'g');
// 由村干部陪同去镇里反映 / 在家属陪同下: the person went, accompanied; the cadres' 陪同 alone is their response.
// (已派两人去车站找 / 俺们两个人往廊坊站追了: the cadres sent or going themselves, counted.)
// (协调会谈不拢就去县里: the meeting is the person's condition; the cadres' response is 协调 done, or 开协调会.)
// (赵某山刚才跟包保的说明天就去北京: the cadre told, 跟/向/对 before, is no subject.)
const CADRE = new Scan(new RegExp(`(?<![跟向对给])(?:${alt(CADRE_RESPONSE_WORDS)})(?!(?<=(?<!开)协调)会)|(?<!由[\\u4e00-\\u9fa5]{1,6}|在[\\u4e00-\\u9fa5]{1,6})陪同(?!下)|值班(?!室)|(?<![被])派了?(?:两|二|三|四|五|\\d)(?:个|名)?(?:人|干部|同志)|(?:俺们|我们|咱们)(?=(?:两|俩|三|仨|几|\\d)(?:个人|个|名|人)?[^,;。!?\\n]{0,4}?(?:追|找|赶|去接|去劝|往))`, 'g'));
// 告 alone (要告村干部) but not 报告/通告/警告…
// (…上县里要光伏租金去了: money the person is owed, demanded where they went.)
const GRIEVANCE = new RegExp(alt(GRIEVANCE_WORDS), 'g');
// (上午到市里的2人已接回: fetched back, with no errand named before it in the sentence; 到镇里吵山林的事: a matter
// fought over at an office.)
const PETITION_CONTEXT = new Scan(new RegExp(`${alt(PETITION_CONTEXT_WORDS)}|(?<!(?:${ERRAND_PATTERN})[^。;\\n]{0,20})(?:${alt(FETCHED_BACK_WORDS)})|(?<=[去到赴][^,;。的]{1,6}的)(?<!(?:${ERRAND_PATTERN})[^。;\\n]{0,8})(?:${alt(KNOWN_GROUP_WORDS)})(?=(?:还|仍|都)?(?:没|未)(?:有)?回)|闹(?![钟市心])|吵(?=[^,;。]{1,10}?(?:的事|的问题))|反应(?=[^,;。]{0,12}(?:问题|事情|的事))|(?<=[到去来][^,;。]{1,8})[说问谈](?=[^,;。]{1,10}?(?:的事|的问题))|问(?=[^,;。]{1,12}?(?:${alt(ENTITLEMENT_WORDS)}))|(?<![不没别])(?:要|讨|催)(?![给发帮为把]|注意|求)(?=[^,;。去到来领拿办]{0,4}?(?:${alt(ENTITLEMENT_WORDS)})[^,;。]{0,2}?(?:去了|去|了|$|[,;。\\s]))|(?<=(?:${alt(ENTITLEMENT_WORDS)})[^。;\\n]{1,20})问(?![题候])|(?<![报公广警预转宣通布忠劝控])告(?![诉知别])`, 'g'));
// People typing on a phone often use a space for a comma: “杨家坪村零报告 重点人员蒋某某去县里上访了 已派人去接”.
// A clause ends at , ; 。 ! ? : a line break, or a space between two CJK characters; a sentence at ; 。 ! ? or a line
// break. Read by char code in one pass (clauseEnd) rather than by a regex with lookarounds.
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
/** 0: no clause end at i; 1: a clause end; 2: a clause end that also ends the sentence. */
function clauseEnd(s: string, i: number): 0 | 1 | 2 {
  const c = s.charCodeAt(i);
  if (c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a) return 2;
  if (c === 0x2c || c === 0x3a) return 1;
  return c === 0x20 && i > 0 && isCjk(s.charCodeAt(i - 1)) && isCjk(s.charCodeAt(i + 1)) ? 1 : 0;
}

const blank = (s: string) => '_'.repeat(s.length);

function positions(re: RegExp | Scan, s: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m.index);
    // (An empty match would stall a plain regex: move on by one.)
    if (m[0] === '' && re instanceof RegExp) re.lastIndex = m.index + 1;
  }
  return out;
}

function inBrackets(s: string, at: number): boolean {
  return s.lastIndexOf('(', at) > s.lastIndexOf(')', at);
}

const YEAR = /(?<!\d)((?:19|20)\d{2})年(?!\d)/g;
// (讨要2029年清林工资: the year of the money owed, not of the act.)
const YEAR_OF_MONEY = /^(?:度)?(?:的[\u4e00-\u9fa5]{0,6}?|[\u4e00-\u9fa5]{0,4}?)(?:款|钱|账|工资|租金|补贴|补助|分红|补偿|费)/;
function yearsBefore(s: string, reportDay: string): number[] {
  const out: number[] = [];
  const year = Number(reportDay.slice(0, 4));
  for (const m of s.matchAll(YEAR)) if (Number(m[1]) < year && !YEAR_OF_MONEY.test(s.slice(m.index + m[0].length, m.index + m[0].length + 12))) out.push(m.index);
  return out;
}

function bracketsOpenSentence(s: string, at: number): boolean {
  const open = s.lastIndexOf('(', at);
  return open === 0 || /[。;!?\n\s]/.test(s[open - 1]!);
}

function inside(ps: readonly number[], s: number, e: number): boolean {
  for (const p of ps) if (p >= s && p < e) return true;
  return false;
}

function firstInside(ps: readonly number[], s: number, e: number): number {
  for (const p of ps) if (p >= s && p < e) return p;
  return Number.POSITIVE_INFINITY;
}

/**
 * The first of the cue positions (ascending) in [s, e), or Infinity. Clauses are asked in text order, so the
 * search resumes where the previous clause's stopped (`from`, one slot per cue list).
 */
function firstFrom(ps: readonly number[], from: Int32Array, slot: number, s: number, e: number): number {
  let k = from[slot]!;
  while (k < ps.length && ps[k]! < s) k++;
  from[slot] = k;
  return k < ps.length && ps[k]! < e ? ps[k]! : Number.POSITIVE_INFINITY;
}

interface Cues {
  intent: number[];
  post: number[];
  cadre: number[];
  pet: number[];
  grievance: number[];
  past: number[];
  hearsay: number[];
  elsewhere: number[];
  /** Days named before the report's day (昨天, 12月2日 in a report of the 3rd), and the report's day named. */
  dayBefore: number[];
  dayOf: number[];
  /** 今天 and its kin, read only when no days are given, and the times of a day (下午, 刚才), read always (scopeOf). */
  todayNamed: number[];
  /** Where the search of each list in text order resumes (see firstFrom). */
  from: Int32Array;
}

const NEIGHBOUR_WORD = /^(?:隔壁|邻村|邻近|旁边)/;
/** The elsewhere cue at p is 隔壁/邻村 and a unit of the roster is named in its clause. */
function neighbourAt(masked: string, p: number, neighbours: readonly (readonly [number, number])[]): boolean {
  if (neighbours.length === 0 || !NEIGHBOUR_WORD.test(masked.slice(p, p + 2))) return false;
  let s = p;
  while (s > 0 && clauseEnd(masked, s - 1) === 0) s--;
  let e = p;
  while (e < masked.length && clauseEnd(masked, e) === 0) e++;
  return neighbours.some(([a, b]) => a >= s && b <= e);
}

function elsewhereAt(text: string, masked: string, neighbours: readonly (readonly [number, number])[]): number[] {
  const out = positions(ELSEWHERE, masked).filter((p) => !neighbourAt(masked, p, neighbours));
  if (masked === text || !NOT_OURS_CUE.test(text)) return out;
  for (const p of positions(NOT_OURS_RE, text)) if (!out.includes(p)) out.push(p);
  return out.sort((x, y) => x - y);
}

function scopeOf(c: Cues, start: number, end: number, intentAt: number): ClauseScope {
  if (firstFrom(c.elsewhere, c.from, 3, start, end) !== Number.POSITIVE_INFINITY) return 'elsewhere';
  // (今天有5个边民到管理站反映上周货款被拖欠: the report's day opens the clause and a petition or grievance word follows
  // it; the past word after that dates the matter taken up, not the act.)
  const past = firstFrom(c.past, c.from, 4, start, end);
  if (past !== Number.POSITIVE_INFINITY) {
    const today = Math.min(firstInside(c.dayOf, start, past), firstInside(c.todayNamed, start, past));
    if (today === Number.POSITIVE_INFINITY || !(inside(c.pet, today, past) || inside(c.grievance, today, past))) return 'past';
  }
  // 昨日夜里朱某某在群里讲国庆要到省里去上访: a threat made the day before still stands today (the day word before it);
  // 刘某芳扬言初一要去北京: a day named after the threat is the day it is for, whichever 初一 the calendar finds first.
  if (inside(c.dayBefore, start, end) && !inside(c.dayOf, start, end) && !(intentAt < end && c.dayBefore.some((d) => d >= start && (d < intentAt || d - intentAt <= 4)))) return 'past';
  return 'own';
}

// “昨天打架那两户今天上午已经调解好了”: the earlier day names who; what follows today's is the news. Unless today's
// repeats it (前天到市信访局的两名村民今天又去了).
const REPEATED = /^[\u4e00-\u9fa5]{0,3}?(?:又|再|还在|还是|仍|继续|接着)/;
// A clause of nothing but a time in the past (去年春节正月初三, 上个月中旬, 前期).
const PAST_WHEN_ONLY = new RegExp(
  `^\\s*(?:${alt(PAST_MARKERS)}|春节|国庆|元旦|两会|期间|正月|腊月|冬月|初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|除夕|元宵节?|\\d{1,2}月|\\d{1,2}[日号]|[一二三四五六七八九十]{1,2}月|[一二三四五六七八九十]{1,3}[日号]|上旬|中旬|下旬|月底|月初|那天|那时|当天|时候|的时候|左右|前后|\\s)+$`,
);
// (昨天下午小学撤并的事，有十几个家长到镇教育办反映，已经解释清楚散了: an earlier day's matter, named, then its story.)
const PAST_MATTER_ONLY = /^[^,;。\n]{2,16}?的(?:事|事情|那件事)$/;
const NONE_NOW = /没|冇|无|莫/;
// What a later clause says that is news of its own, not the follow-up of the past matter (又/再, still open,
// a person's state or threat).
const STILL_NEWS = /又|再|新|另|还要|还想|仍|还在|还是|依然|目前|现在|情绪|扬言|失联|去向|不满|激动|苗头/;
// 昨天…后情绪还是激动, 前天接回，目前仍不稳定: what still holds, after the earlier day's story.
// (马某某昨天去了县城没回来，电话不接: gone the day before and not back, unreachable: still so today.)
const STILL = /(?<=[后,\s])(?:情绪)?(?:还是|仍然|仍|依然|至今|目前|现在)|(?:还没|没有|没|未)(?:回来|回家|回村|归)|联系不上|(?:电话)?不接|关机/;
const TODAY_NAMED = /今天|今日|今早|今晨/g;
const CAUSE_BEFORE = /(?:因|为|由于)$/;
// (下午有二十几个外村人来村里讨要去年买茶苗的钱: a time of the day told opens the act as 今天 does.)
// (Opened by the words, the day before them looked behind after: a regex that opens with a lookbehind is tried at
// every position.)
const TODAY_TIME = /(?:上午|下午|中午|早上|傍晚|刚才|刚刚)(?<![昨前天日年周月号晚夜]..)/g;
// 高德胜初二去上海了 / 初六回上海了: gone to a far place on an earlier day, and not said back: where the person is
// today. (Not a petition of that day: 初二去北京上访了 stays that day's, and so does 昨天去北京了, a going up the levels.)
const GONE_FAR = new RegExp(`^[^,;。]{0,6}?(?:去|回|到|返回?|跑)了?(?:${alt(FAR_PLACE_NAMES.filter((p) => p !== '北京'))})[^,;。]{0,6}?了`);

function addClause(clauses: Clause[], petition: boolean[], grievance: boolean[], start: number, end: number, sentence: number, c: Cues) {
  if (end <= start) return;
  const intentAt = firstFrom(c.intent, c.from, 0, start, end);
  const postIntent = firstFrom(c.post, c.from, 1, start, end) !== Number.POSITIVE_INFINITY;
  const cadreAt = firstFrom(c.cadre, c.from, 2, start, end);
  clauses.push({ start, end, intention: intentAt !== Number.POSITIVE_INFINITY || postIntent, intentAt, postIntent, cadreAt, sentence, scope: scopeOf(c, start, end, intentAt) });
  if (firstFrom(c.pet, c.from, 5, start, end) !== Number.POSITIVE_INFINITY) petition[sentence] = true;
  if (firstFrom(c.grievance, c.from, 6, start, end) !== Number.POSITIVE_INFINITY) grievance[sentence] = true;
}

/**
 * `days`: the days the text names and the report's day (dates.ts); without them no clause is dated (a clause is past
 * only by its words: 上月, 去年, 前期).
 */
export function analyse(text: string, days?: { mentions: readonly DayMention[]; reportDay: string }, neighbours: readonly (readonly [number, number])[] = []): Analysis {
  let masked = text;
  const disowned: [number, number][] = [];
  if (MASK_CUE.test(text)) {
    if (FORM_CUE.test(text)) masked = formMask(masked);
    for (const [re, words] of MASKS) if (words === null || words.some((w) => text.includes(w))) masked = masked.replace(re, blank);
    // (南辛庄村的几个人夜儿个去区里上访了，跟俺们村没关系 / 那坤村有人在县信访局闹，是他们镇的事 / 网上讲有地方集体上访，我们
    // 百达莫得: another place's news, then that ours had none of it; not a unit of the roster's, whose news it still is.)
    // (Read on the words as written: the negation masks above have blanked 没有出租车司机参与 already.)
    if (ANOTHERS_NEWS_CUE.test(text)) {
      for (const m of text.matchAll(ANOTHERS_NEWS)) {
        // (说明：今天去镇里讨薪的是霞美鞋业的工人，厂在滨海园区，不是阮村的代志: the news may run over several clauses of
        // its sentence before it is disowned; the sentence is masked from its start, unless it holds a report's words.)
        const end = m.index + m[0].length;
        const opened = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf(';', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf('(', m.index), text.lastIndexOf('!', m.index), text.lastIndexOf('?', m.index)) + 1;
        const at = opened < m.index && !OWN_REPORT_WORDS.test(text.slice(opened, m.index)) ? opened : m.index;
        if (neighbours.some(([s, e]) => s < end && at < e) && !HEARD.test(text.slice(at, end)) && !DISOWNED.test(text.slice(end, end + 12))) continue;
        masked = masked.slice(0, at) + blank(text.slice(at, end)) + masked.slice(end);
        disowned.push([at, end]);
      }
    }
  }
  const clauses: Clause[] = [];
  const sentencePetition: boolean[] = [false];
  const sentenceGrievance: boolean[] = [false];
  let start = 0;
  let sentence = 0;
  // One scan per cue over the whole text, then each clause asks whether a cue falls inside it.
  const cues: Cues = {
    intent: positions(INTENTION, masked),
    post: positions(POST_INTENTION, masked),
    cadre: positions(CADRE, masked),
    pet: positions(PETITION_CONTEXT, masked),
    grievance: positions(GRIEVANCE, masked),
    // 调处化解2起（均为前期排查）: a past word in brackets notes the figure, the clause is still today's.
    // (16名胶农因去年槟榔收购款未结清，聚集…: a past word after 因/为 says what the matter is, not when the act was.)
    // (零报告。（去年国庆有村民赴省上访的情况今年未再发生）: brackets that open a sentence of their own are no note.)
    // (2025年国庆期间我村发生的1起集体访: a year before the report's is past, as 去年 is.)
    past: [...positions(PAST, masked), ...(days ? yearsBefore(masked, days.reportDay) : [])]
      .sort((x, y) => x - y)
      .filter((p) => !(inBrackets(masked, p) && !bracketsOpenSentence(masked, p)) && !CAUSE_BEFORE.test(masked.slice(Math.max(0, p - 2), p))),
    hearsay: positions(HEARSAY, masked),
    // 听说隔壁盐仓村有两个村民去市里了: a neighbour the roster knows is named; the news is that unit's, not another
    // place's (the parser files it under that unit). Not when checked and found not ours (非本村), nor a notice's.
    elsewhere: elsewhereAt(text, masked, neighbours),
    dayBefore: days ? days.mentions.filter((d) => d.date < days.reportDay && !inBrackets(masked, d.at)).map((d) => d.at) : [],
    dayOf: days ? days.mentions.filter((d) => d.date === days.reportDay).map((d) => d.at) : [],
    // (Without the days (a message filing news: 另报, 补报), 今天 still names the report's day.)
    todayNamed: days ? positions(TODAY_TIME, masked) : [...positions(TODAY_NAMED, masked), ...positions(TODAY_TIME, masked)].sort((x, y) => x - y),
    from: new Int32Array(7),
  };
  for (let i = 0; i < masked.length; i++) {
    const end = clauseEnd(masked, i);
    if (end === 0) continue;
    addClause(clauses, sentencePetition, sentenceGrievance, start, i, sentence, cues);
    start = i + 1;
    if (end === 2) {
      sentence++;
      sentencePetition.push(false);
      sentenceGrievance.push(false);
    }
  }
  addClause(clauses, sentencePetition, sentenceGrievance, start, masked.length, sentence, cues);
  // Hearsay and warnings hold for their whole sentence (听说，隔壁…; …，大家一定要吸取教训): hearsay only when it is
  // about another place (听说村民王某某去了北京 is still the unit's news), a warning always; a clause opened by our own
  // side is ours (听说邻乡…去市里了，俺们庙沟赵某某在家).
  const warned = new Set<number>();
  const elsewhereIn = new Set<number>();
  for (const c of clauses) if (c.scope === 'elsewhere') elsewhereIn.add(c.sentence);
  const warnings = positions(WARNING, masked);
  for (const c of clauses) if (inside(warnings, c.start, c.end)) warned.add(c.sentence);
  // (听说…克北京了 不晓得是不是 小龙洞今天零报告 陈二娃去县里了: after the unit's own report said, in a run-on sentence, what
  // follows is the unit's own news again.)
  let ownAgainIn = -1;
  for (const c of clauses) {
    if (warned.has(c.sentence) && c.scope === 'own') c.scope = 'warning';
    else if (c.scope === 'own' && elsewhereIn.has(c.sentence) && ownAgainIn !== c.sentence && !OWN_OPENS.test(masked.slice(c.start, c.end)) && cues.hearsay.some((h) => clauses.some((d) => d.sentence === c.sentence && h >= d.start && h < d.end))) c.scope = 'hearsay';
    if (OWN_REPORT_SAID.test(masked.slice(c.start, c.end)) && cues.hearsay.some((h) => h < c.start && clauses.some((d) => d.sentence === c.sentence && h >= d.start && h < d.end))) ownAgainIn = c.sentence;
  }
  // 去年春节正月初三，青石岭有十几个群众到市里集体访: a clause that only says when, in the past, dates the rest of its
  // sentence.
  // (…，今天冇人来: only when the sentence ends saying today had none of it; told alone, it is a late report.)
  const pastMatterOnly = (c: Clause, i: number) =>
    inside(cues.dayBefore, c.start, c.end) &&
    PAST_MATTER_ONLY.test(text.slice(c.start, c.end)) &&
    clauses.some((d, k) => k > i && d.sentence === c.sentence && inside(cues.dayOf, d.start, d.end) && NONE_NOW.test(text.slice(d.start, d.end)));
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (c.scope !== 'past' || !(PAST_WHEN_ONLY.test(text.slice(c.start, c.end)) || pastMatterOnly(c, i))) continue;
    for (let k = i + 1; k < clauses.length && clauses[k]!.sentence === c.sentence; k++) {
      const d = clauses[k]!;
      if (d.scope !== 'own' || inside(cues.dayOf, d.start, d.end) || STILL_NEWS.test(masked.slice(d.start, d.end))) break;
      d.scope = 'past';
    }
  }
  let present = text;
  const partial: [number, number][] = [];
  if (days && (cues.dayBefore.length > 0 || cues.dayOf.length > 0)) {
    for (const c of clauses) {
      if (c.scope !== 'own') {
        if (c.scope !== 'past') continue;
        // 上月赴省上访的刘某某今天在家稳定: the past names who; what follows today's word is today's news.
        const pastAt = firstInside(cues.past, c.start, c.end);
        const todayAfter = pastAt === Number.POSITIVE_INFINITY ? undefined : cues.dayOf.find((p) => p > pastAt && p < c.end);
        if (todayAfter !== undefined) {
          const todayEnd = days.mentions.find((d) => d.at === todayAfter)!.end;
          // (上月赴省上访的刘某某今天又去了: done again today, the whole clause is today's news.)
          c.scope = 'own';
          if (!REPEATED.test(masked.slice(todayEnd, c.end))) partial.push([pastAt, todayAfter]);
          continue;
        }
        // 黄某某昨天从市里接回来后情绪还是激动: what still holds is today's news, told after the earlier day's.
        const before = firstInside(cues.dayBefore, c.start, c.end);
        if (before === Number.POSITIVE_INFINITY || inside(cues.past, c.start, c.end)) continue;
        const still = STILL.exec(masked.slice(before, c.end));
        if (still) {
          c.scope = 'own';
          partial.push([before, before + still.index]);
          continue;
        }
        const dayEnd = days.mentions.find((d) => d.at === before)?.end ?? before;
        if (!inside(cues.pet, c.start, c.end) && GONE_FAR.test(masked.slice(dayEnd, c.end))) {
          c.scope = 'own';
          partial.push([before, dayEnd]);
        }
        continue;
      }
      const before = firstInside(cues.dayBefore, c.start, c.end);
      if (before === Number.POSITIVE_INFINITY) continue;
      const today = cues.dayOf.find((p) => p > before && p < c.end);
      if (today === undefined) continue;
      const todayEnd = days.mentions.find((d) => d.at === today)!.end;
      if (REPEATED.test(masked.slice(todayEnd, c.end))) continue;
      partial.push([before, today]);
      // 昨晚打架的两家今天已经调解了，赔偿谈好了，伤者没大碍: the sentence opens with an earlier day's matter and tells
      // how it went; its later clauses are that matter's follow-up, unless they tell something new or still open, or give
      // the day's figures (…今日已签了协议，成功调解1起，重点人员1人: a 研判's counts after it).
      if (before - c.start > 8) continue;
      for (const d of clauses) {
        if (d.sentence !== c.sentence || d.start <= c.start || d.scope !== 'own') continue;
        if (inside(cues.dayOf, d.start, d.end) || STILL_NEWS.test(masked.slice(d.start, d.end)) || DAY_FIGURE.test(masked.slice(d.start, d.end))) break;
        d.scope = 'past';
      }
    }
  }
  // 调处化解1起(前天宅基地那户的后续): an earlier day in brackets notes a figure; only the note is the past.
  if (days) {
    for (const d of days.mentions) {
      if (d.date >= days.reportDay || !inBrackets(masked, d.at)) continue;
      const close = masked.indexOf(')', d.at);
      // (马某某（夜儿个去了县城没回来，电话不接）/（昨日到区上访已劝回，仍有怨气）: what still holds, in a person's note,
      // is today's; the earlier day's story before it is not.)
      const still = STILL.exec(masked.slice(d.at, close < 0 ? masked.length : close));
      partial.push([d.at, still ? d.at + still.index : close < 0 ? masked.length : close]);
    }
  }
  if (partial.length > 0) {
    const cut = (s: string) => {
      let out = s;
      for (const [b, e] of partial) out = out.slice(0, b) + '_'.repeat(e - b) + out.slice(e);
      return out;
    };
    masked = cut(masked);
    present = cut(present);
  }
  if (clauses.some((c) => c.scope !== 'own')) {
    const offs = clauses.filter((c) => c.scope !== 'own');
    const blankOff = (s: string) => {
      let out = '';
      let at = 0;
      for (const c of offs) {
        out += s.slice(at, c.start) + '_'.repeat(c.end - c.start);
        at = c.end;
      }
      return out + s.slice(at);
    };
    masked = blankOff(masked);
    present = blankOff(present);
  }
  return { text, masked, present, clauses, sentencePetition, sentenceGrievance, disowned };
}

/**
 * Whether position i tells the cadres' response rather than the event: a response cue comes before it in its clause
 * (“已派人去县里” → yes; “去县里上访了，已派人去接” or, unpunctuated, “去县里上访了已派人去接” → no).
 */
export function inResponse(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && c.cadreAt <= i;
}

/** Whether position i is only intended or past, not what happened: an intention cue before it in its clause. */
export function intendedAt(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && (c.postIntent || c.intentAt <= i);
}

export function clauseAt(a: Analysis, index: number): Clause | undefined {
  for (const c of a.clauses) if (index >= c.start && index < c.end) return c;
  return undefined;
}
