import { alt, OFFICE_HOURS_WORDS, AT_SEAT_WAITING_WORDS, SCENE_AT_SEAT_WORDS, AGAIN_PURPOSE_VERBS, OFFICE_WORK_WORDS, AT_OFFICE_DEMANDS, AT_OFFICE_WAITING, GATHERED_AT_WORDS, LEFT_OFFICE_WORDS, ERRAND_PATTERN, HOUSEHOLD_NOUNS, PERSON_NOUNS, REPORT_UP_WORDS, UNVERIFIED_WORDS, TICKET_WORDS } from './lexicon.js';
import { groupInSentence } from './group.js';
import { NUM, parseNumber } from './numbers.js';
import type { Analysis, Clause } from './analysis.js';
import { clauseAt, inResponse } from './analysis.js';
import type { Escalation } from './schema.js';
import { ESCALATION_ORDER } from './schema.js';

// Where someone petitions or heads to petition: 到镇/街道 → township, 到县/区 → county, 到市 → city,
// 赴省 → province, 进京/去北京 → beijing. A place counts only with a petition sense: a petition office, a petition
// word right after it, or 上访/反映/告状 in the same sentence (去县城看病, 请求镇里派人 are not escalations).

export interface EscalationHit {
  level: Escalation;
  index: number;
  clause: Clause | undefined;
  /** By letter, mailbox or hotline (给市长信箱写信): a petition at that level, but nobody went anywhere. */
  remote?: boolean;
  /** Where someone was brought back from (在北京南站被接回, 被驻京工作组劝返): an act only if the going is told too. */
  returned?: boolean;
  /** For a return: where its words end (after 接回), so calm words before it do not outweigh it. */
  returnedEnd?: number;
  /** Named as a case (刘某某进京事项尚未平息, 新增信访1件（…进京事项）): the matter, not an act told of the day. */
  topic?: boolean;
}

const LEVEL: Record<string, Escalation> = {
  北京: 'beijing', 京: 'beijing', 省城: 'province', 省: 'province', 自治区: 'province', 地区: 'city', 州: 'city', 市: 'city', 县: 'county', 区: 'county', 镇: 'township', 乡: 'township', 街道: 'township',
};

// (去地区, 赴州, 到州上: the prefecture of 西藏, 新疆 and 青海, a city's level.)
// (到镇民政办, 去街道综治办公室, 到县易地扶贫搬迁办, 到市劳动监察大队, 到县妇联, 到省高院, 到区征迁指挥部: an office of that level, named by its work.)
// (去张家口市里, 去济南省里, 去太原省人社厅, 赴娄底市移民局: the city or province named before its seat or a bureau of it.)
const MOVE =
  /(?:跑到|跑去|前往|到达|抵达|到|去|赴|进|来|上|往|奔|向|跑|找)(?:了|的是)?(?:(?:(?![去到就了说要在来往上进])[\u4e00-\u9fa5]){2,3}(?=[省市](?!场)(?:里|政府|信访|人社|民政|住建|自然资源|[\u4e00-\u9fa5]{1,5}?(?:局|厅)(?![\u4e00-\u9fa5]{0,2}(?:宿舍|家属|小区|附近|旁边|对面)))))?(北京|京|省城|省|市|县|自治区|地区|州|区|镇|乡|街道)(信访局|信访办|信访接待中心|信访|政府|纪检委|纪委|法院|高院|中院|检察院|[^\s,;。了说要去到在的]{1,8}?局|[^\s,;。了说要去到在的]{1,4}?(?<![餐客大歌舞展饭])厅|[\u4e00-\u9fa5]{1,4}(?:所|站|总部|指挥部|管委会)|[\u4e00-\u9fa5]{1,8}?(?:服务|综治|调解|便民)?中心|妇联|残联|工会|[^\s,;。了说要去到在的]{1,4}?委(?!屈|托|员)|委|领导|里|上|那边|那里|这边|办事处|办|上访|集体访|越级访|访|反映|告状|[\u4e00-\u9fa5]{1,6}?办(?![事理法公完好])|[\u4e00-\u9fa5]{1,3}?办公室|[\u4e00-\u9fa5]{1,6}?(?:大队|支队))?/g;
// 吴春来还在北京上访: at that level, petitioning (no going said, the person is there).
const AT_PETITIONING = /(?<![不没未别])在(北京|京|省城|省|市|县|区)(?:里|城)?(?=上访|信访|集体访|告状|闹访|缠访)/g;
// 被驻京工作组接到: picked up in Beijing by the township's team there (由驻京工作组接回 is the response, told after).
// (在街道门口: a bare 街道 is the street office itself, as 镇政府门口 is the township's. 自治区信访局: 广西's, 新疆's…
// province's office, not a 区's.)
const OFFICE = /(?:写信|寄信|来信|写了封信)(?:给|到|寄到|向)?(北京|省|市|县|区|镇|乡|街道)(?=委|政府|长|领导|纪委|里|上)|(北京|省|自治区|市|县|区|镇|乡|街道)(?:信访局|信访办|信访接待中心|信访大厅|长信箱|长热线|(?:委|政府|(?<=街道)办?)(?:门口|大门|门前))|(天安门|中南海|国家信访局|国信办|被驻京)/g;
// 有五个人今天到县里去了: a time word may stand between who and where.
const REPORTED_UP = new RegExp(`^(?:${alt(REPORT_UP_WORDS)})`);
const CASE_AFTER = /^(?:上访|信访|访)?(?:事项|一事|一案|案件)/;
// …and the office that speaks or comes (镇信访办通报：…, 请乡信访办的同志一起上门): nobody went to it either.
const ASKED_TO_ACT = /(?:请|提请|要求|责成)$/;
// 镇信访办同步报县信访局 / 跟县信访局值班室对接 / ——镇信访办: the office the cadres report to or work with, or that signs
// the message; nobody went to it.
// (已转报区委政法委和区信访局: the second office of the list reported to as well.)
const REPORTED_TO = /(?:报|报告|汇报|上报|通报|——|—|-)\s*$|(?:转报|上报|报告|通报)[\u4e00-\u9fa5]{2,8}(?:和|、|及)$/;
const WORKED_WITH = /(?:跟|和|与|同)$/;
const WORK_WITH_ACTS = /^[^,;。\n]{0,4}?(?:对接|联系|沟通|协调|衔接|会商|汇报)/;
// 县信访局那边讲了，符文海的材料已收下 / 县信访局那边已知晓: the office's own word.
const OFFICE_SAYS = /^(?:那边|方面)(?:讲|说|答复|回复|反馈)|^(?:那边|方面)?已(?:收下|知晓|知道)/;
// (经镇信访办约谈 / 镇信访办约谈了他: the office talked with the person, who went nowhere.)
const OFFICE_ACTS = /^(?:马上|立即|已经?|正在|随即|迅速|立刻|也|同步|及时)?(?:派人|派出|派了|安排人|赶往|赶去|赶过去|过去|下来|下村|来人|上报|报告|汇报|报送|报(?!到)|约谈|上门)|^\s*(?:通报|通知|转发|提醒|反馈|来电|发来|:)|^已(?:通报|通知|转发|反馈|来电)|^的?(?:同志|工作人员|干部|领导|人)[^,;。\n]{0,4}(?:上门|下来|过来|一起|来村|下村|入户)/;
// 有人 / 有两个村民 / 有几名业主 … 去了: someone unnamed gone.
// (另有村民蓝某某往省里去了 / 有个村民李德旺去市里了: the villager named after the noun is still the someone told of;
// 有3个原南川煤业的老工人今天也跟着去了县人社局 / 有3个养殖户跟海上社区那边一起去镇里了: who they are, said before the
// noun, and going along with others.
// 杨洼村五个村民去区里了 / 今天5个人去县里了: a counted group opening its clause, with no 有 (十几个, 十来个: counted roughly).
// 有5户果农今天也跟着果园的人去镇上了: households, going along with another place's people; 有4个在冶炼厂打工的也跟着去区里了:
// the counted, said by what they do, the noun left out; 有五户为了…的事 一块去镇政府了: households, no noun after them.)
const DEMAND_AFTER = /^(?:去|来)?(?:问|要|讨|催|找)[^,;。\n]{0,6}?(?:钱|款|工资|工钱|补偿|补贴|说法)/;
const SOMEONE_BEFORE = new RegExp(`(?:有(?:几|好几|${NUM}(?:几|来|多|余)?)?(?:个|名|位|户)?|(?<=^|[,;。:\\s村区组屯寨天日午上晚这那咯人户里])(?:几|好几|${NUM}(?:几|来|多|余)?)(?:个|名|位|户(?=[\u4e00-\u9fa5]{1,4}?(?:农|民|户|工))))(?:(?:原|原来|以前)?(?:[\u4e00-\u9fa5]{1,8}?的)?(?:老|年轻)?(?:${alt(PERSON_NOUNS)})(?:[\u4e00-\u9fa5]某某?|(?![\u4e00-\u9fa5]{0,2}[说讲要想也都还又已今明昨去到往来跑])[\u4e00-\u9fa5]{2,3})?|(?<=[个名位])[\u4e00-\u9fa5]{2,10}?的|(?<=户))(?:(?:为了?|因为?)[\u4e00-\u9fa5]{1,10}?(?:的事情?|问题))?(?:今天|今日|上午|下午|早上|中午|晚上)?(?:又|已经|已|也|都)?(?:(?:跟|和|同|随)[\u4e00-\u9fa5]{1,8}?(?=一起|一块|一道))?\\s?(?:跟着(?:[\u4e00-\u9fa5]{1,6}?的(?:人|村民|群众|农户|车))?(?:一起|一块|一道)?|(?:坐|搭)[\u4e00-\u9fa5]{1,6}?的车|跟|一起|一块|一道)?\\s?$`);
const GOV_OFFICE = /^(?:政府|委|领导|纪委|纪检委|信访)/;
// (这两天老往县上跑 / 总去镇里 / 三天两头去县里: going there as a habit, as again.)
// (讲过两日又要去镇里: again, and meant: 又要, 还要, 又说要; 明天一早还要去镇上: still meant, again.)
const AGAIN_BEFORE = /(?:又|再次|又一次|再一次|还是|(?<![不没别])老|总是?|经常|常常|天天|三天两头)(?:说要|讲要|要)?$|还(?:说要|讲要|要)$/;
// 又去街道问安置房钥匙了 / 又到街道找书记要补助了 / 又到镇上问了: what they went again to ask, demand or find, the clause
// closing there; or the money asked for said (又到镇上问协议上的钱啥时候给).
const PRESSED_THERE = /^(?:吵|闹|讨|催|要钱|要说法)/;
const AGAIN_PURPOSE = new RegExp(`^(?:${alt(AGAIN_PURPOSE_VERBS)})(?:[^,;。!?\\n]{0,10}?了(?:[,;。!?\\n]|$)|[^,;。!?\\n]{0,8}?(?:钱|款|工资|工钱|补偿|补贴|说法))`);
// 昨天到乡政府的那批人今天又来了 / 上回去县政府的那几户又去了: the ones who went there before, come AGAIN, name the place
// in the words that say who they are.
const AGAIN_WHO_WENT = new RegExp(`^的(?:那|这)?(?:几|${NUM})?(?:批|伙|帮|些|群|拨|个|位|名)?(?:${alt([...PERSON_NOUNS, ...HOUSEHOLD_NOUNS])})们?[^,;。!?\\n]{0,6}?(?:又|再次|又一次|再一次)(?:来|去|到)了?`);
// A bureau of that level (人社局, 住建局, 自然资源局, 住建委, 卫健委; a province's 住建厅, 公安厅), not a 所/站 (派出所, 车站), a hospital
// nor a hall (餐厅, 大厅).
const BUREAU = /[\u4e00-\u9fa5](?:局|委|(?<![餐客大歌舞展饭])厅)$/;
// (到区里的是马某某等9人: the one who led them named before the count.)
const WHO_WENT = new RegExp(`^的(?:是|有|一共|共)(?:[\u4e00-\u9fa5]{1,4}?等)?${NUM}(?:个|名|位)?人`);
export const BY_LETTER = /(?:写信|寄信|来信|写了信|寄|邮寄|邮)$/;
const OFFICE_WORK = new RegExp(alt(OFFICE_WORK_WORDS));
const OFFICE_HOURS = new RegExp(`^[^,;。\\n]{0,4}?(?:${alt(OFFICE_HOURS_WORDS)})`);
const ASKED_BEFORE = /(?:问|打听|咨询|查)[^,;。\n]{0,8}$/;
const STRONG_SUFFIX = new Set(['信访局', '信访办', '信访接待中心', '信访', '上访', '集体访', '越级访', '访', '反映', '告状']);
const CJK = /[\u4e00-\u9fa5]/;
// 在北京南站被接回, 被驻京工作组在北京西站劝返, 在市人社局门口被林场和县里工作人员接住, 从县信访局接回: brought back from there.
const RETURNED_AT = /(?:在|被驻)(北京|京|省城|省|市|县|区)(?:[^,;。\n]{0,10}?(?:劝返|接回|带回|截回|领回)|[^,;。\s]{0,16}?接住)|从(北京|省|市|县|区)(?:信访局|信访办|政府|[\u4e00-\u9fa5]{1,4}?局)(?:接回|劝返|带回|领回)/g;
const MATTER_AFTER = /^(?:上访)?(?:事项|一事|的事|问题|事件|那件事|案)/;
const STILL_WORKED_ON = /^(?:上访)?(?:事项|一事|的事)(?:还|仍|正|依然)(?:在)?(?:做工作|做思想工作|劝|稳控|盯)/;
const BENIGN_WORD = new RegExp(ERRAND_PATTERN);
// 拜年的时候在村部嚷嚷说过了初五就去北京: an errand that only says when is not the journey's purpose.
const ERRAND_AS_TIME = new RegExp(`(?:${ERRAND_PATTERN})的?(?:时候|时|期间|那会儿?)`, 'g');
// 外出务工人员赵某某…于今日赴京: work that names who the person is (务工人员, 打工的人) is not the journey's errand.
// (务工返乡人员罗某某等四人…: a returned worker too.)
// (有4个在冶炼厂打工的也跟着去区里了: …打工的, the workers themselves, before their going; not 去北京上班的都正常通勤.)
const WORKER_NOUN = /(?:务工|打工|上班)(?=(?:返乡|回乡|返村)?(?:人员|者|的人|工友|青年)|的(?=[^,;。\n]{0,6}?(?:去|到|赴)))/g;
// 已买了明天去北京的火车票 / 本来要买票进京 / 正准备买去北京的票: the ticket bought for the journey is no errand of it (买
// alone is: 去县城买化肥).
const TICKET_BOUGHT = new RegExp(`(?:买|订|抢)(?:了|好了?|到了?)?(?:票|[^,;。\\n]{0,12}?(?:${alt(TICKET_WORDS)}|的票))`, 'g');
// 说等10月8号上班就去市里金融办: the day the offices open, when the person will go, is no errand (上班).
const OFFICES_OPEN = /等[^,;。\n]{0,8}?上班(?:后|以后|了)?就?|上班(?:后|以后|了)?就(?=去|到|赴)/g;
const CADRES_ATTEND = /(?:安排|派)[^,;。\n]{0,4}?陪护|专人陪护/g;
// 到南湖街道办事处集体讨薪: the street office's name (办事处) is no errand (办事).
function benignWords(s: string): string {
  let t = s.includes('时') || s.includes('期间') || s.includes('那会') ? s.replace(ERRAND_AS_TIME, '') : s;
  if (t.includes('上班')) t = t.replace(OFFICES_OPEN, '');
  if (t.includes('办事处')) t = t.replace(/办事处/g, '');
  // (已安排专人陪护: the cadres keeping the person company, no errand of the person's.)
  if (t.includes('陪护')) t = t.replace(CADRES_ATTEND, '');
  if (t.includes('票')) t = t.replace(TICKET_BOUGHT, '');
  return t.includes('工') || t.includes('上班') ? t.replace(WORKER_NOUN, '') : t;
}
const BENIGN = { test: (s: string) => BENIGN_WORD.test(benignWords(s)) };
/** An errand said (去县城买化肥, 看病, 打工), its words read as the escalation checks read them (not 办事处, not 打工的 before a going). */
export const errandSaid = (s: string): boolean => BENIGN.test(s);
// What may follow a bare 省/市/县 (赴省到市上访, 到县、市反映, 到街道讨说法): another place or a petition word, never 城/医院.
// 到县聚集 / 到镇静坐 / 到市围堵: a crowd's act right after the place; 到街道递交 (a letter or 联名 handed in); 到街道缠访.
const AFTER_BARE = /[到赴进、和及或与上集越非反告找讨闹评聚静围堵递缠]/;
// 到市：1人（沈某某…） / 进京 | 2人次: a form row under a petition heading answered with a count. The heading is the
// petition sense; the count says who went (0 is the form's “none”, read by the zero report's NEG_FORM).
// (进京:0 赴省:0 到市:1: a form's row answered with a bare figure, as its 0 rows are.)
const FORM_ROW = new RegExp(`^[^:|,;。\\n]{0,4}\\s*[:|]\\s*${NUM}\\s*(?:(?:个|名|位)?(?:人次|人|批|起|件|次|户)|(?=\\s|$|[,;。(、]))`);
// 说要去乡里问低保的事 / 要到镇上讨个说法 / 去县退役军人事务局问补助 / 要去镇上找书记，说…: going to an office to take up a
// matter, said as a plan, is a petition heading
// at any level (去镇上买化肥 is an errand; 问 without a matter is not; 问流转费, 问补偿款: money owed is one).
const TAKE_UP = /^(?:问|讨|要|找[^,;。\n]{0,4}问|反映|说道|理论|评理)[^,;。\n]{0,10}?(?:的事|的问题|的进展|的结果|进度|那件事|说法|评理|道理|补助|补贴|补偿|赔偿|理赔|资金|到账|工钱|工资|低保|奖励|[\u4e00-\u9fa5]{0,3}(?:费|款))|^找[\u4e00-\u9fa5]{0,4}?(?:局|办)(?![事理法公完好])|^找(?:书记|领导|镇长|乡长|县长|主任|局长)(?:[^,;。\n]{0,2}?(?:要|讨|问|反映|理论|评理|讲|说)|\s*[,;]\s*[说讲]|(?=\s*(?:[,;。]|$)|\s))/;
// (去乡政府找书记要水权证: going to an office's head to demand something is taking it up too.)
// 扬言带人去镇里 / 说要叫上一帮人到乡里: bringing people along to an office, even the township's, is a petition heading.
const WITH_PEOPLE = /(?:带|叫上|叫|拉|喊|领)(?:着|上|了)?(?:一帮|一伙|一群|几个|好多|很多)?(?:人|村民|群众|亲戚|工友|职工|工人|业主|商户)(?:一起|一块)?(?:明天|后天|明早|今晚|过两天|过几天|\d{1,2}(?:点|时)(?:半)?)?(?:一起|一块)?$/;
// (6人下午到街道要求提高补偿标准: a group pressing a demand at the office's level.)
// (到镇政府要土地流转租金: 要 and the money owed.)
const DEMAND_NEXT = /^了?[^。;!?\n]{0,12}?(?:要求|讨要|追讨|讨说法|要说法|反映|上访|要[^,。;!?\n]{0,8}?(?:(?<![贷存])款|钱|租金|工资|工钱|补偿|补助|补贴|赔偿))/;
const OFFICE_SOUGHT = /^了?\s*[,;]\s*(?:说|称|讲)(?:是|要)?(?:去)?找[^,;。\n]{0,8}?(?:办|局|大队|支队|领导|书记|县长|市长|区长)(?![事理法公完好])/;
// (到镇里找司法所: the seat's office that takes up disputes; 找派出所办身份证 is an errand.)
// (去镇上了，说是问低保的事: the matter taken up, said after the going.)
const PURPOSE_SAID = /^了?\s*[,;]\s*(?:说|称|讲)(?:是|要)?(?:去)?/;
const takenUpAfter = (after: string) => {
  const said = PURPOSE_SAID.exec(after);
  return said !== null && TAKE_UP.test(after.slice(said[0].length));
};
const SEAT_OFFICE_SOUGHT = /^[里上]找(?:司法所|综治中心|矛调中心|调解中心|调处中心)$/;
const NEGOTIATE = /^(?:协商|谈判|交涉|请愿|对话|要求|讨要|索要)/;
const SCENE_THERE = new RegExp(`^(?:${alt(SCENE_AT_SEAT_WORDS)})`);
// (进京0 赴省0 到市1 / 到市 1 | 集体访 0: a tally's bare figure after a bare heading word counts as well.)
const HEAD_COUNT = new RegExp(`^\\s*${NUM}\\s*(?:(?:个|名|位)?(?:人次|人|批)|(?=[|,;。\\s]|$))`);
function headCount(after: string): boolean {
  const m = HEAD_COUNT.exec(after);
  return m !== null && (parseNumber(m[1]!) ?? 0) > 0;
}
const CROWD_COUNTED = new RegExp(`${NUM}(?:余|多)?(?:名|个|位)[\\u4e00-\\u9fa5]{1,4}$`);
function crowdCountedBefore(before: string): boolean {
  const m = CROWD_COUNTED.exec(before);
  return m !== null && (parseNumber(m[1]!) ?? 0) >= 5;
}
function formRowCount(after: string): boolean {
  const m = FORM_ROW.exec(after);
  return m !== null && (parseNumber(m[1]!) ?? 0) > 0;
}

/** An errand said anywhere in the sentence (有人去市里了，是去医院看病). */
function errandInSentence(a: Analysis, sentence: number): boolean {
  let s = -1;
  let e = -1;
  for (const c of a.clauses) {
    if (c.sentence !== sentence) continue;
    if (s < 0) s = c.start;
    e = c.end;
  }
  return s >= 0 && BENIGN.test(a.masked.slice(s, e));
}

const UNCHECKED = new RegExp(alt(UNVERIFIED_WORDS));
/**
 * An errand told after the journey in its sentence, as what the journey is for (说要去市里，讲是去看病 / 去北京了，女儿在
 * 北京生小孩，他去帮忙带). Not one told before it (在外务工，准备去省里找人: the work is where he is, not why he goes).
 */
function errandAfter(a: Analysis, sentence: number, at: number): boolean {
  let e = -1;
  for (const c of a.clauses) if (c.sentence === sentence) e = c.end;
  // 家属说是去旅游，正在核实: an errand still being checked clears nothing.
  return e > at && BENIGN.test(a.masked.slice(at, e)) && !UNCHECKED.test(a.text.slice(at, e));
}

// 约20人到锦屏街道办聚集 / 去青石镇政府讨说法: the township's own office named with its name, where MOVE wants the bare
// level word (到街道, 去镇里); a petition sense in the sentence, as for MOVE's township offices.
// 约十五人堵在区住建委门口 / 围在镇政府大门: a crowd blocking or sitting at an office of that level is there to press a
// demand, said after it or not.
const BLOCKING_AT = /(?:堵|围|聚集|静坐|躺|跪)在(北京|省城|省|市|县|区|镇|乡|街道)[\u4e00-\u9fa5]{0,5}?(?:政府|委|局|信访办|办事处|大院)/g;
const NAMED_OFFICE = /(?:跑到|跑去|前往|到|去|赴|来)了?[\u4e00-\u9fa5]{1,4}?(街道|镇|乡)(?:办事处|办|政府|党委|信访办|综治中心)/g;
// 约20人在街道拆迁办门口聚集 / 在县政府大院静坐 / 在镇政府等待答复: people at an office of that level, pressing a demand there.
const AT_OFFICE = new RegExp(
  `在(?:[\u4e00-\u9fa5]{1,4}?(?=(?:街道|镇|乡)(?:办|政府)))?(北京|省城|省|市|县|区|镇|乡|街道)(?:[\u4e00-\u9fa5]{1,4}?(?:办公室|办|局|委)|办(?!法|理|事(?!处))|政府|[\u4e00-\u9fa5]{0,4}?(?:法院|检察院)|信访接待中心|便民服务中心|综治中心|办事处|大院)(?:门口|大门|门前|大厅|院内|院子|大院|楼下|外面|里)?[^,;。\n]{0,6}?(?:${alt(AT_OFFICE_DEMANDS)}|等(?:待|着)?[^,;。\n]{0,6}?(?:答复|说法|结果|回复)|(?:${alt(AT_OFFICE_WAITING)})(?![^,;。\n]{0,4}(?:办|开会|上班|领|缴|交|协调|处置|指导|对接|调解|核实)))`,
  'g',
);
// 9名工人已离开街道办事处 / 已离开办事处 (办事处 is the street office) / 从镇政府散去 / 镇政府院内人员已全部劝离: a crowd
// that had been at the office.
const LEFT_OFFICE = new RegExp(
  `(?:${alt(LEFT_OFFICE_WORDS)})了?(?:(北京|省|市|县|区|镇|乡|街道)(?:[\u4e00-\u9fa5]{0,4}?(?:政府|信访局|信访办|综治中心|办事处|大院))|(?<=离开|撤离|撤出|走出)[\u4e00-\u9fa5]{0,4}?办事处)|从(北京|省|市|县|区|镇|乡|街道)[\u4e00-\u9fa5]{0,4}?(?:政府|信访局|信访办|综治中心|办事处)[^,;。\n]{0,4}?(?:${alt(LEFT_OFFICE_WORDS)})|(北京|省|市|县|区|镇|乡|街道)(?:政府|信访局|信访办|综治中心|办事处)(?:院内|大院|门口|门前)[^,;。\n]{0,2}?(?:人员|群众|村民|住户)[^,;。\n]{0,6}?(?:${alt(LEFT_OFFICE_WORDS)})`,
  'g',
);
// 上午那两个人反映宅基地的还没走 在镇上坐着呢: people still sitting or waiting at a level's seat, when the sentence tells a
// petition or a group (在镇上赶集 is no waiting; 在县里等车 names an errand, BENIGN).
const AT_SEAT = new RegExp(`在(省城|省|市|县|区|镇|乡)(?:上|里)(?:${alt(AT_SEAT_WAITING_WORDS)})`, 'g');
// 动迁户聚集街道一事 / 围堵镇政府: a crowd gathered at a level, said without 到 or 在.
const GATHERED_AT = new RegExp(`(?:${alt(GATHERED_AT_WORDS)})(?:到|在|于)?(北京|省|市|县|区|镇|乡|街道)(?=政府|办事处|信访|综治中心|大院|门口|[^\u4e00-\u9fa5]|一事|的事|事件|$)`, 'g');
// 即时报告 地点：青松岭镇政府信访接待室 / 地点：县人社局门口: the form's place field names an office of that level.
const PLACE_FIELD = /(?:事发地点|发生地点|地点|地址|位置)\s*:\s*[\u4e00-\u9fa5]{0,6}?(北京|省|市|县|区|镇|乡|街道)(?=政府|人民政府|信访|党委|[\u4e00-\u9fa5]{1,4}?局|办事处|综治中心|大院|门口)/g;
const OFFICE_NAME_LEAD = /^(?:政府|办事处|信访局|信访办|综治中心|大院|门口)/;
// 续报：南岗村动迁户聚集街道一事，…: the follow-up's heading names the matter it follows, at that level.
const FOLLOW_UP_HEADED = /^[\s【[]*(?:[\u4e00-\u9fa5]{0,8}?)(?:续报|终报)[一二三四五六七八九十\d]{0,2}[】\]:\s]/;
// 群体访人员已由乡领导在会议室接待 / 由县信访局接待: received by that level's leaders or office, they went there.
const RECEIVED_BY = /由(省|市|县|区|镇|乡|街道)(?:领导|主要领导|分管领导|政府|党委|信访局|信访办|干部)[^,;。\n]{0,8}?接待(?![^,;。\n]{0,2}(?:下村|到村))/g;
// 续报：11名搬迁户已请到镇三楼会议室，马镇长在接待 / 终报：镇政府答复…，11人已全部返回 / 经镇里答复后已回村: in a
// follow-up, the level that receives or answers the crowd is where the incident is.
// (终报：县人社局答复…: a bureau of that level answering too; 经市人社局接谈: received and talked with there; 经镇环保办和园区
// 负责人当面答复: an office of the level among those who answered; not 县移民局承诺…前答复, an answer promised.)
// (县市场监管局: 市场 is a market, and 市 inside a county's bureau no level.)
// (镇长下午到现场答复: that level's leader gone to the crowd, which stayed where it was; not 经乡长现场接待, which may
// be at the township's own office.)
const ANSWERED_BY = /(?:到|经)?(?<![省市县区镇乡])(省|市(?!场)|县|区|镇|乡|街道)(?:长|领导|政府|党委|信访办|[\u4e00-\u9fa5]{1,4}局|[\u4e00-\u9fa5]{1,3}办|里|上|三楼|会议室)(?![^,;。\n]{0,4}?(?:到现场|赶到|赶赴|赶往|下村|到村|到场))(?:(?!承诺|答应|将于|将)[^,;。\n]){0,10}?(?:接待|答复|会议室|接谈)/g;
const CROWD_BEFORE = new RegExp(`(?:${alt([...PERSON_NOUNS, ...HOUSEHOLD_NOUNS])})们?(?:已经?|均|都|全部)?(?:由|被)?[^,;。\\n]{0,8}$`);
const TALKED_BACK_FROM = /从(省|市|县|区|镇|乡|街道)(?:政府|人民政府|信访局|信访办|[\u4e00-\u9fa5]{1,4}局|办事处|大院|门口)[^,;。\n]{0,4}?(?:劝回|劝返|接回|带回|劝离)/g;
// 续报：10人已在县人社局二楼 / 其余人员在街道院坝等候: in a follow-up, the people counted at an office of a level are there.
// 续报：到镇上的6名棚户已由村干部接回 / 续报 县里那5个人接回来了: the people a follow-up counts by where they went.
const WENT_COUNTED = /(?:到|去)(省|市|县|区|镇|乡|街道)(?:上|里|政府)?的[^,;。\n]{0,3}?(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:名|个|位|户|人)|(省|市|县|区)里那(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:名|个|位)/g;
const COUNTED_AT = /(?:人|名|户|人员)(?:已经?|还|仍|都)?在(省|市|县|区|镇|乡|街道)[\u4e00-\u9fa5]{0,4}?(?:局|办|委|政府|法院|信访|中心|院坝|大院)/g;
// 在北京站被县驻京工作组发现 / 被驻京工作组在北京西站找到: found there, so they went (picked up alone is no act).
const FOUND_AT = /在(北京|京|省城)[^,;。\n]{0,10}?被[^,;。\n]{0,10}?(?:发现|找到|查到)|被[^,;。\n]{0,10}?在(北京|京|省城)[^,;。\n]{0,8}?(?:发现|找到|查到)/g;

export function findEscalations(a: Analysis): EscalationHit[] {
  const out: EscalationHit[] = [];
  const { masked } = a;
  MOVE.lastIndex = 0;
  for (let m = MOVE.exec(masked); m !== null; m = MOVE.exec(masked)) {
    const place = m[1]!;
    const suffix = m[2];
    // (向镇里报告个情况: a cadre reporting up, nobody going there.)
    if (masked.charCodeAt(m.index) === 0x5411 && REPORTED_UP.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const clause = clauseAt(a, m.index);
    // (两名网格员今天去区里参加信访业务培训 / 赴县信访局参加业务培训: at that level, even at its petition office, for the
    // office's own work.)
    if (clause !== undefined && OFFICE_WORK.test(masked.slice(clause.start, clause.end))) continue;
    const level = LEVEL[place]!;
    // The clause names another errand (看病, 打工, 儿子家): the journey is not a petition unless its words say so.
    const benign = clause !== undefined && BENIGN.test(masked.slice(clause.start, clause.end));
    const ctx = clause ? a.sentencePetition[clause.sentence] === true : false;
    let ok: boolean;
    if (suffix && STRONG_SUFFIX.has(suffix)) ok = true;
    else if (formRowCount(masked.slice(m.index + m[0].length, m.index + m[0].length + 20))) ok = true;
    // 无进京、无赴省，到市1人（…） / 赴省2人: a bare heading word answered with its count, as a form's row is.
    else if (!suffix && headCount(masked.slice(m.index + m[0].length, m.index + m[0].length + 8))) ok = !benign;
    // 听说杨柳村有人去市里了 / 有村民去街道了 / 有两个居民为外墙保温的事去区里了: someone unnamed gone to an office's level, told in this group, is a
    // petition heading unless an errand is said.
    // 无进京、无赴省，有1人到县。: a counted someone at a bare heading word, the clause ending there (a form's answer).
    // (又有五六个棉农去镇上问棉花钱: the money they went to ask for, said instead of 了.)
    else if (SOMEONE_BEFORE.test(masked.slice(Math.max(0, m.index - 24), m.index)) && masked[m.index + m[0].length] !== '的' && (m[0].includes('了') || /^(?:去|来)?了/.test(masked.slice(m.index + m[0].length)) || DEMAND_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 12)) || (!suffix && /\d|[一二两三四五六七八九十]/.test(masked.slice(Math.max(0, m.index - 4), m.index)) && !CJK.test(masked[m.index + m[0].length] ?? '')))) ok = !benign && !(clause !== undefined && errandInSentence(a, clause.sentence));
    // 去市里的是4个人: who went is counted, the going is known (a correction of a report).
    else if (level !== 'township' && WHO_WENT.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 8))) ok = !benign;
    // 赴省/赴京/赴市: in this work 赴 is the petitioner's verb; 跑到县里 / 跑镇上去了: running off to an office is the
    // petitioner's move too, at any level, and so is 奔县里去了. 进京 is a petition heading unless an errand is given and no petition word.
    else if (m[0].startsWith('跑') || m[0].startsWith('奔') || (m[0].startsWith('赴') && level !== 'township')) ok = !benign;
    // (要去南宁揾自治区 / 找自治区: seeking the region's government itself, as 找县里 seeks the county's.)
    else if (place === '自治区' && !suffix && (m[0].startsWith('找') || m[0].startsWith('去'))) ok = !benign;
    // (去北京了，他女儿在北京生小孩，他去帮忙带: the errand may be told in a later clause of the sentence.)
    else if (level === 'beijing') ok = ctx || !(benign || (clause !== undefined && clause.intention !== true && errandAfter(a, clause.sentence, m.index)));
    else {
      // “有几个人说要去省里”: an intention to go beyond the township, with nothing benign said, is a petition
      // heading in this setting (去市里看病 is not).
      // (业主们说明天要去街道 / 二十一个人签了名，明天要去街道: a group set on going even to the township's office.)
      const intended = clause?.intention === true && (level !== 'township' || TAKE_UP.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) || WITH_PEOPLE.test(masked.slice(Math.max(0, m.index - 8), m.index)) || groupInSentence(a, m.index)) && !benign && !errandAfter(a, clause.sentence, m.index);
      // “又去省里了，说答复他不服”: beyond the township beside a grievance is a petition, told without 上访.
      // “又说要去镇上，说评议结果不对”: threatening to take a grievance even to the township is a petition heading.
      // 他们三户说分山林的钱不公平，下午一起到镇里找了书记: a group gone even to the township with a grievance is a petition there
      // (向乡上报告: the cadres report to it).
      const grieved = clause ? a.sentenceGrievance[clause.sentence] === true && (level !== 'township' || clause.intention || (/^(?:跑|到|去|来)/.test(m[0]) && groupInSentence(a, m.index))) && !benign : false;
      // 王某某带了五六个人去县政府了 / 3名农民工又去县人社局了: a group at a government office or bureau beyond the
      // township is there to petition.
      // 向某某今天又去乡政府了 / 罗某某等四人又去县人社局问欠薪: going again to a government's office or bureau is a
      // petitioner's habit told, at any level.
      // 朱某某今天又去镇上了 / 那5个代表今天又去县里了: going AGAIN to an office's seat (镇上, 县里), the clause ending
      // there, is the same habit told more briefly; an errand said after (又去镇上了，买化肥) clears it.
      // (那几户今天又到乡里来了: come again, 来了/去了 closing the clause, or a space typed for a comma: 吴某又去镇里了 一个人去的.)
      // (王某某上午又去镇里问流转费了 / 又到镇上问了: again, with the matter taken up said right after.)
      const seatAgain = (suffix === '里' || suffix === '上') && (/^(?:来|去|跑)?了?(?:[,;。!\n ]|$)/.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 2)) || TAKE_UP.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) || AGAIN_PURPOSE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16))) && !(clause !== undefined && errandAfter(a, clause.sentence, m.index));
      const again =
        (((GOV_OFFICE.test(suffix ?? '') || BUREAU.test(suffix ?? '') || seatAgain) && AGAIN_BEFORE.test(masked.slice(Math.max(0, m.index - 4), m.index))) ||
          ((GOV_OFFICE.test(suffix ?? '') || BUREAU.test(suffix ?? '') || suffix === '里' || suffix === '上') && AGAIN_WHO_WENT.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 24)))) &&
        !benign;
      // 今天去县水务局问水权证的事 / 到镇政府要低保的说法: gone to an office or bureau to take up a matter is a petition there.
      // (有三户因为禁烧罚款的事去镇政府吵了一架: pressing it there, a quarrel at the office.)
      const takenUp = (GOV_OFFICE.test(suffix ?? '') || BUREAU.test(suffix ?? '')) && (TAKE_UP.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) || PRESSED_THERE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 3))) && !benign;
      // 刘某某今日去县里了，说要找征收办: gone to the seat of a level, to find an office or its head there.
      // (到镇里找司法所，说…没处理公道: gone to the seat to find one of its offices, a matter to take up.)
      // (冶某某下午到镇上找移民办问…补助: gone to the seat to take a matter up with its office, said right after.)
      // (说是去县里找住建局: gone to the seat to find one of its bureaus, read as the place's suffix.)
      const sought = ((/^[里上]找/.test(suffix ?? '') && BUREAU.test(suffix ?? '')) || ((suffix === '里' || suffix === '上') && (OFFICE_SOUGHT.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 20)) || TAKE_UP.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) || takenUpAfter(masked.slice(m.index + m[0].length, m.index + m[0].length + 24)))) || SEAT_OFFICE_SOUGHT.test(suffix ?? '')) && !benign;
      // 邓某某等3人到街道综治中心要求书面答复: a group pressing a demand at an office of that level.
      // (合作社几个社员去镇上堵门了: a group gone to a level's seat to block or make a scene there.)
      const pressed = (NEGOTIATE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 2)) || ((suffix === '里' || suffix === '上') && SCENE_THERE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 3)))) && !benign && groupInSentence(a, m.index);
      // (黄某某带着村里6个种植户去镇政府了，要求镇里帮忙追讨欠款: a group at the government's office, its demand said next.)
      const demanded = GOV_OFFICE.test(suffix ?? '') && groupInSentence(a, m.index) && DEMAND_NEXT.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !benign;
      // 甄平安到县住建局了 / 他去市政府了: someone (a name or a pronoun opening the clause) gone to a government office or
      // bureau beyond the township, the going told as done, is there to petition (an errand said clears it).
      const wentThere = level !== 'township' && (GOV_OFFICE.test(suffix ?? '') || BUREAU.test(suffix ?? '')) && /^了(?!解)/.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 2)) && clause !== undefined && m.index - clause.start <= 5 && !benign && !errandAfter(a, clause.sentence, m.index);
      // (首报：17名蔗农到镇政府: five or more, counted, going to the government's office together, even the township's.)
      const crowdWent = level === 'township' && GOV_OFFICE.test(suffix ?? '') && !benign && crowdCountedBefore(masked.slice(Math.max(0, m.index - 14), m.index));
      if (suffix) ok = ctx || intended || grieved || again || takenUp || sought || pressed || demanded || wentThere || crowdWent || (level !== 'township' && (GOV_OFFICE.test(suffix) || BUREAU.test(suffix)) && !benign && groupInSentence(a, m.index));
      else {
        const after = m.index + m[0].length;
        const next = masked[after] ?? '';
        // 去街道了，说要找领导反映社保问题: gone to the township (了), with the petition word later in the sentence
        // (beyond it, 去省城了，说是要去省信访局 is read by the heading words as before).
        // 推选5名代表到街道协商: a group's representatives to talk it out at an office's level.
        // 王某某上午又到街道来了，问补助的事: come AGAIN to the street office or township (a bare 街道 is its office), as
        // 又去镇上了 is.
        // (阿婆们又去街道问安置房的钥匙了: again, with what they went to ask or demand, the clause closing with 了.)
        // (苏某英下午又去了街道吵修缮费: again, pressing the matter there.)
        const bareAgain = level === 'township' && (/^(?:来|去)?了/.test(masked.slice(after, after + 2)) || AGAIN_PURPOSE.test(masked.slice(after, after + 16)) || PRESSED_THERE.test(masked.slice(after, after + 3))) && AGAIN_BEFORE.test(masked.slice(Math.max(0, m.index - 4), m.index)) && !benign && !(clause !== undefined && errandAfter(a, clause.sentence, m.index));
        // 说要喊人去街道 / 在群里喊人明天去街道: bringing people along to the street office, a bare 街道.
        ok = (intended && level === 'township') || (ctx && (!CJK.test(next) || AFTER_BARE.test(next) || (/^去?了/.test(masked.slice(after, after + 2)) && level === 'township' && !benign))) || bareAgain || (NEGOTIATE.test(masked.slice(after, after + 2)) && !benign && groupInSentence(a, m.index));
      }
    }
    // 刘某某进京事项尚未平息 / 新增信访1件（王某某赴省一事）: the matter is named, nobody goes anywhere today.
    // (…说要去北京的事还在做工作: a threat whose matter is still being worked on stands.)
    if (ok && MATTER_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !(clause?.intention === true && STILL_WORKED_ON.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 14)))) ok = false;
    // 写信到省里 / 把材料寄到市里: the letter went, the person did not.
    const topic = CASE_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 6));
    if (ok) out.push({ level, index: m.index, clause, ...(BY_LETTER.test(masked.slice(Math.max(0, m.index - 4), m.index)) ? { remote: true } : {}), ...(topic ? { topic } : {}) });
  }
  OFFICE.lastIndex = 0;
  for (let m = OFFICE.exec(masked); m !== null; m = OFFICE.exec(masked)) {
    // 镇信访办马上派人过去 / 镇信访办同步报县信访局: the office sends someone or reports up; nobody went to it.
    if (OFFICE_ACTS.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // 请镇信访办、派出所马上对接: the office asked to act (a leader's instruction); nobody went to it.
    if (ASKED_TO_ACT.test(masked.slice(Math.max(0, m.index - 2), m.index))) continue;
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // (志愿者去县信访局参加业务培训: at the office for its own work; 区信访局初几上班 / 县信访局电话多少: its hours or
    // number, asked or told; not someone told of as asking them, 问国家信访局在哪, a going being readied.)
    if (OFFICE_WORK.test(after) || (OFFICE_HOURS.test(after) && !ASKED_BEFORE.test(masked.slice(Math.max(0, m.index - 12), m.index)))) continue;
    if (REPORTED_TO.test(masked.slice(Math.max(0, m.index - 12), m.index)) || (WORKED_WITH.test(masked.slice(m.index - 1, m.index)) && WORK_WITH_ACTS.test(after)) || OFFICE_SAYS.test(after.replace(/^值班室|^接待室/, ''))) continue;
    const remote = m[1] !== undefined || /信箱|热线/.test(m[0]) || BY_LETTER.test(masked.slice(Math.max(0, m.index - 5), m.index).replace(/到$/, ''));
    out.push({ level: m[3] !== undefined ? 'beijing' : LEVEL[(m[1] ?? m[2])!]!, index: m.index, clause: clauseAt(a, m.index), ...(remote ? { remote } : {}) });
  }
  NAMED_OFFICE.lastIndex = 0;
  for (let m = NAMED_OFFICE.exec(masked); m !== null; m = NAMED_OFFICE.exec(masked)) {
    const clause = clauseAt(a, m.index);
    if (!clause || a.sentencePetition[clause.sentence] !== true || BENIGN.test(masked.slice(clause.start, clause.end))) continue;
    if (out.some((h) => h.index >= m!.index && h.index < m!.index + m![0].length)) continue;
    out.push({ level: 'township', index: m.index, clause });
  }
  const followed = FOLLOW_UP_HEADED.test(a.text);
  for (const re of followed ? [AT_OFFICE, AT_PETITIONING, BLOCKING_AT, RECEIVED_BY, FOUND_AT, LEFT_OFFICE, GATHERED_AT, PLACE_FIELD, AT_SEAT, ANSWERED_BY, COUNTED_AT, WENT_COUNTED] : [AT_OFFICE, AT_PETITIONING, BLOCKING_AT, RECEIVED_BY, FOUND_AT, LEFT_OFFICE, GATHERED_AT, PLACE_FIELD, AT_SEAT]) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
      if (out.some((h) => h.index >= m!.index && h.index < m!.index + m![0].length)) continue;
      // (新增信访1件（村民聚集镇政府一事）: the matter named, nobody is there today, unless a follow-up is headed by it.)
      if (re === GATHERED_AT && !followed && MATTER_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 10).replace(OFFICE_NAME_LEAD, ''))) continue;
      if (re === AT_SEAT) {
        const c = clauseAt(a, m.index);
        if (c === undefined || !(a.sentencePetition[c.sentence] === true || groupInSentence(a, m.index)) || BENIGN.test(masked.slice(c.start, c.end))) continue;
      }
      // (开完会离开镇政府了: someone leaving after an errand; a crowd or a follow-up's people had been there.)
      if (re === LEFT_OFFICE && !followed && !groupInSentence(a, m.index)) continue;
      // (围在镇政府会议室开会: an errand there, no crowd.)
      if (re === BLOCKING_AT) {
        const c = clauseAt(a, m.index);
        if (c !== undefined && errandAfter(a, c.sentence, m.index)) continue;
      }
      const place = m[1] ?? m[2] ?? m[3] ?? '街道';
      const at = m[0].includes(place) ? m.index + m[0].indexOf(place) : m.index;
      out.push({ level: LEVEL[place]!, index: at, clause: clauseAt(a, at) });
    }
  }
  // (【续报】果农已由镇村干部从镇政府劝回: in a follow-up, the office a group was talked back from is where it had gone;
  // the mask blanks 从…劝回 as a return, so it is read in the text. One person fetched home is that person's news.)
  if (followed) {
    TALKED_BACK_FROM.lastIndex = 0;
    for (let m = TALKED_BACK_FROM.exec(a.text); m !== null; m = TALKED_BACK_FROM.exec(a.text)) {
      const at = m.index + 1;
      if ((groupInSentence(a, m.index) || CROWD_BEFORE.test(a.text.slice(Math.max(0, m.index - 16), m.index))) && !out.some((h) => h.index >= m!.index && h.index < m!.index + m![0].length)) out.push({ level: LEVEL[m[1]!]!, index: at, clause: clauseAt(a, at) });
    }
  }
  RETURNED_AT.lastIndex = 0;
  for (let m = RETURNED_AT.exec(masked); m !== null; m = RETURNED_AT.exec(masked)) {
    const at = m.index + 1;
    const same = out.find((h) => h.index >= m!.index && h.index < m!.index + m![0].length);
    const returnedEnd = m.index + m[0].length;
    if (same) Object.assign(same, { returned: true, returnedEnd });
    else out.push({ level: LEVEL[(m[1] ?? m[2])!]!, index: at, clause: clauseAt(a, at), returned: true, returnedEnd });
  }
  return out.filter((h) => h.returned || !inResponse(a, h.index));
}

// Where the story of a follow-up or an incident's form took place, said without a going: a form's destination field
// (去向：镇政府, 地点：镇劳动保障所), a talk held at an office (在县住建局座谈, 镇政府座谈结束), the team in Beijing
// (由驻京工作组接回), where someone was brought back from (从县信访局接回, 从兴州市信访局接回), the matter's going (赴县集体访事件,
// 昨日到镇要分红的, 赴京一事, 未在京登记), the levels that settled it (经县、镇两级做工作: the higher; 经镇领导…解释，…已全部返回:
// those who went came back from it, not 经镇里协调…已在项目部现场散去, a scene of the village).
const STORY_PLACE = /(?:去向|地点|到达地点|目的地|上访地点|聚集地点)\s*:\s*(?:[^\n,;。:]{0,8}?(?:到|去|赴|在))?(北京|省城|省|市|县|区|镇|乡|街道)(?=政府|信访|委|[\u4e00-\u9fa5]{0,8}?(?:局|办|所|中心|室|门口|大院|广场))|在(北京|省|市|县|区|镇|乡|街道)(?=政府|信访|委|[\u4e00-\u9fa5]{1,6}?(?:局|办|所|中心|会议室|门口))[^,;。\n]{0,12}?(?:座谈|接待|接谈|对话|协商|等候|等答复)|(北京|省|市|县|区|镇|乡|街道)(?:政府|信访局|信访办)(?:座谈|接谈)|(驻京)(?:工作组|工作人员|干部|专班)|(?:赴|到|去|进)(京|省|市|县|区|镇|乡|街道)(?:里|上)?(?:集体访|上访|集体上访|越级访|要|讨|反映|找)|(?:赴|进)(京)(?:一事|的事|事件)|在(京)(?:登记|上访|期间)|经(县|区|市|镇|乡|街道)、(?:县|区|市|镇|乡|街道)两级|经(县|区|市|镇|乡|街道)(?:领导|里|政府)[^,;。\n]{0,8}?(?:协调|做工作|座谈|解释|答复|接待|对话)(?=[^。\n]{0,30}?(?:返回|回村|劝返))/g;
// (Read on the words as written: the masks blank a return told as done.)
const BROUGHT_BACK_FROM = /从(?:[\u4e00-\u9fa5]{2,3}?(?=[市县区]))?(北京|省|市|县|区|镇|乡|街道)(?:信访局|信访办|政府|[\u4e00-\u9fa5]{1,4}?局)(?:接回|劝返|带回|领回)/g;

/**
 * The level of the story a follow-up (续报, 终报) or an incident's form tells, when no going of the day was read: the
 * highest the message names, as a matter (王某某进京一事, 赴县集体访事件), where someone was brought back from (从县信访局接回)
 * or where the talks are (在县住建局座谈). Not a letter's level. The leaders alerted at that level read its end at it.
 */
export function storyLevel(a: Analysis, escalations: readonly EscalationHit[]): Escalation | null {
  // (Not a threat's level: 如果今天得不到答复就要去县里 is where they may go, not where the story is.)
  const levels = escalations.filter((e) => !e.remote && !e.clause?.intention).map((e) => e.level);
  for (const [re, text] of [[STORY_PLACE, a.masked], [BROUGHT_BACK_FROM, a.text]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const w = m.slice(1).find((g) => g !== undefined)!;
      levels.push(w === '驻京' ? 'beijing' : LEVEL[w]!);
    }
  }
  return maxEscalation(levels);
}

// 【终报】…经县人社局协调 / 县镇两级答复 / 镇里联系包工头，承诺…: in a follow-up the highest office handling the matter tells
// the level it went to, where the follow-up names no going (not 市场监管所, 小区物业: no level there).
const HANDLED_AT = /(北京|省|市(?!场)|县|(?<![小社园景片辖城])区|镇|乡|街道)(?:里|上|[\u4e00-\u9fa5]{0,4}?(?:局|办|政府|领导|两级|委|所))[^,;。\n]{0,14}?(?:协调|协商|答复|承诺|答应|接待|接谈|座谈|联系)/g;
// Only where the people are said to have come back (人员已返回, 全部乘车返回), to have petitioned (访: not 无人员外出上访, nor
// the cadres' 逐户走访, 回访), or to be still at the office's seat: a gathering where it arose, dispersed (经镇劳动保障所
// 协调…门口工人已散去, 化工厂门口聚集的村民已散去), stays at none.
const VISITED = /(?<!(?:无|没|未)[\u4e00-\u9fa5]{0,6})(?<![走回家暗拜])访(?![谈问])/;
const PETITIONED = new RegExp(`返回|劝返|${VISITED.source}|(?:留在|还在|仍在)(?:镇|乡|县|市|街道)`);
// (终报 金竹那4个人下午都从县林业局回来了: come back from an office of that level; not 从镇卫生院回家.)
const BACK_FROM = /从(北京|省|市(?!场)|县|区|镇|乡|街道)(?:[\u4e00-\u9fa5]{0,4}?(?:局|办|政府)|里|上)(?:回来|返回|回村|回家)/;
// (桔园村…欠款聚集事件…聚集人员已全部返回: a gathering told as such, not a visit to an office.)
const GATHERING_TOLD = /聚集(?:事件|人员|的)/;
export function handlingLevel(text: string): Escalation | null {
  const back = BACK_FROM.exec(text);
  if (back) return LEVEL[back[1]!]!;
  if (!PETITIONED.test(text) || (GATHERING_TOLD.test(text) && !VISITED.test(text))) return null;
  const levels: Escalation[] = [];
  for (const m of text.matchAll(HANDLED_AT)) levels.push(LEVEL[m[1]!]!);
  return maxEscalation(levels);
}

/** The level a going names (去县里 → county, 来镇上 → township), whatever it was for: for a matter already known to be one (除了…那3个去县里的). */
const GOING_TO = /(?:去|到|赴|进|跑|来)了?(北京|京|省城|省|自治区|市|县|区|镇|乡|街道)/;
export function levelGoneTo(text: string): Escalation | null {
  const m = GOING_TO.exec(text);
  return m ? LEVEL[m[1]!]! : null;
}

export function maxEscalation(levels: Iterable<Escalation>): Escalation | null {
  let best = -1;
  for (const l of levels) best = Math.max(best, ESCALATION_ORDER.indexOf(l));
  return best < 0 ? null : ESCALATION_ORDER[best]!;
}
