import type { Analysis } from './analysis.js';
import { clauseAt, inResponse, intendedAt } from './analysis.js';
import type { EscalationHit } from './escalation.js';
import { maxEscalation, storyLevel } from './escalation.js';
import { ACCIDENT_WORDS, alt, TICKET_WORDS, LETTER_MATTER_WORDS, HOW_IS_IT_WORDS, PAIR_WORDS, ROADWORK_WORDS, DAY_BEFORE_WORDS, MONEY_PRESSED_WORDS, OWED_WORDS, FOLLOW_UP_REQUEST_WORDS, FUTURE_DAY_WORDS, LATER_WORDS, COLLECTIVE_WORDS, PERSON_ABNORMAL_WORDS, COMMON_PROPERTY_WORDS, CROWD_WORDS, FLARE_WORDS, FOLLOW_UP_WORDS, GROUP_WORDS, HABIT_WORDS, HANDLING_NOW_WORDS, HOLD_BACK_WORDS, HOUSEHOLD_WORDS, OTHER_SUBJECT_WORDS, QUARREL_WORDS, OBJECTION_WORDS, PAST_MARKERS, PERSON_NOUNS, PETITION_ACTS, PETITION_NOT_ACT_AFTER, SIGN_WORDS, SOLO_SCENE_WORDS, STILL_AT_WORDS, TODAY_TIME_WORDS, ERRAND_PATTERN, QUARREL_PARTIES, DRAIN_WORDS, TWO_SIDES_WORDS } from './lexicon.js';
import { followUpHeading } from './commands.js';
import { groupInSentence } from './group.js';
import { NUM, parseNumber } from './numbers.js';
import type { NameHit } from './persons.js';
import { Scan } from './scan.js';

// 即时报告: something that happened — a petition beyond the village, a group petition, a dispute flaring up.
// Only acts count: in clauses that are not intentions (扬言要去…) nor the cadres' response (已派人赶往…), and
// outside negated phrases (无进京上访, 不是上访), which the masked text has blanked.

export interface IncidentDraft {
  /** Where its first act is told (the parser looks there for the unit it happened in). */
  at: number;
  escalation: IncidentEscalation;
  people: number | null;
  collective: boolean;
  summary: string;
  /** The day it happened, when not the report's (a petition of a day just past, told only now). */
  date?: string;
}
type IncidentEscalation = ReturnType<typeof maxEscalation>;

const PETITION_ACT = new RegExp(alt(PETITION_ACTS), 'g');
const NOT_ACT_AFTER = new RegExp(`^(?:${alt(PETITION_NOT_ACT_AFTER)})`);
const TICKET_BEFORE = new RegExp(`(?:买|订|抢)(?:了|好了?|到了?|的是)?(?:${alt(TICKET_WORDS)}|票)?$`);
const LETTER_MATTER = new RegExp(`^信?(?:${alt(LETTER_MATTER_WORDS)})`);
const TODAYS = new RegExp(`(?:${alt(TODAY_TIME_WORDS)})的$`);
// (…的人不服，正在现场协调: an objection being handled on the spot is a dispute flaring up now.)
// (堵到包工头屋门口 / 堵在公司大门 / 有几户堵物业办公室门口了: people blocking someone's door. 在物业门口吵了一会，已经散了: a row at an office's door,
// however short, is the day's news. 跑克茶地里跟帕良的人吵: a row with another place's people.)
// (十来个工人坐在门口不走: sitting at a door and not leaving, whoever it is. 热闹得很: merry, no 闹得.)
// (讨薪的人没再聚集, 讨薪群众情绪稳定: the people named by the act, said not again or calm.)
// (村民吴某、陈某因地界纠纷发生撕扯: hands laid on over a dispute, whoever the sides are.)
// (7户村民在村口拦了…砂石厂的拉料车: vehicles held up by people.)
// (柴火垛着火了，已经扑灭，没伤着人: a small fire put out, nothing burnt or hurt said before it was, is no incident, as the
// corpora label it beside 零报告; 饭店后厨着火了，烧了抽油烟机，119来了, a household's fire (韩老四家柴房失火，已扑灭) and one
// told as 紧急 or 即时报告 still are.)
// (…问题已由镇市场监管所答复，经营户已散: people dispersed had gathered; one of the alternatives below. Not 人已散 closing a
// form whose own lines tell the matter, nor a matter of yesterday's: DISPERSED_PAST.)
const FLARE = new Scan(
  new RegExp(
  `(?:抖音|快手|微博|网上|网络上|朋友圈|微信群|视频号)[^,;。\\n]{0,8}(?<![没未不])(?:发|曝光|传播|转发)|讨薪(?!问题|的事|纠纷|事件|一事|人员)(?!(?:的)?(?:工人|民工|农民工|群众|人)[^,;。\\n]{0,6}?(?:(?:没有?|未|无)再?(?:聚|来|闹|去)|情绪(?:稳定|平稳)|__))|(?:那里|那儿|那边|门口|楼下|办公室|村委会|村委|村部|物业|工地|店里|社区|场部|队部|路上|地头|村口)(?:大)?(?:吵吵|吵|嚷)(?:了|着|过了?|个不停|起来了?)?(?:一会儿?|一阵子?|一下午|一上午|半天|好久|一通|一架)?(?=$|[,;。!\\n ]|(?<=着)(?:要(?![去到上进赴回])|讨|问))|(?:门口|办公室|村委会|村委|村部|社区|政府|大院|物业|工地)(?:大)?闹(?![钟市心]|元宵|洞房|新房|意见|矛盾|情绪)|(?:${alt(QUARREL_PARTIES)})[^,;。\\n]{0,10}?(?<![不没别莫]|[不没别莫][嚷吵骂])(?:嚷|吵|骂)(?:着|了|起来|上了|开了|(?=[,;。!\\n ]|$))|(?<![不没别莫]|不想|不要|不会|不能|不愿)(?:跟|和|与|同)[^,;。\\n]{1,10}?的人(?<![不没别莫])(?:嚷|吵|骂)(?:着|了|起来|上了|开了|(?=[,;。!\\n ]|$))|(?:跟|和|与|同|${alt(QUARREL_PARTIES)})[^,;。\\n]{0,16}?(?<![不没别莫])干了?起来|(?:两户|两家|[二三四五六七八九十\\d]{1,2}户|双方|邻居|兄弟|父子|母子|婆媳|夫妻|妯娌)[^,;。\\n]{0,16}?因[^,;。\\n]{0,16}?(?:发生|起了|产生|闹)了?(?:一起|一些|点)?(?:纠纷|矛盾|争执|撕扯|冲突|口角|推搡|打斗)|因[^,;。\\n]{1,16}?(?:发生|起了)了?(?:撕扯|推搡|打斗|扭打|肢体冲突)|(?<![不没别莫])拦(?:了|住|下)[^,;。\\n]{0,12}?(?:拉料车|货车|车辆|挖机|铲车|渣土车|的车)|聚在[^,;。\\n]{0,8}(?:门口|门前|村委|政府|办公室|工地|大院)|(?:${alt(PERSON_NOUNS)})们[^,;。\\n]{0,4}?在[^,;。\\n]{0,4}?(?:村部|村委会|村委|场部|队部|社区|政府|办公室|公司|门口)[^,;。\\n]{0,3}?(?:等着|坐着|守着|蹲着|堵着|不走)|(?:坐|守|蹲|堵|围)在[^,;。\\n]{0,6}?(?:门口|门前|村部|村委会|村委|场部|办公室|政府|大院|公司)[^,;。\\n]{0,3}?(?:不走|不肯走|不离开)|发生[^,;。\\n]{0,10}(?:事件|事故|案件|火灾|伤亡)|(?<![不没别莫])堵(?:到|在)(?:了)?[^,;。\\n]{0,8}?(?:门口|家门|门前|大门|办公室|工地)|(?<![不没别莫])堵[^,;。\\n到在]{1,8}?(?:门口|门前|大门)(?:了|着)|(?:${alt(OBJECTION_WORDS)})[^。!?\\n]{0,12}(?:${alt(HANDLING_NOW_WORDS)})|(?:${alt(STILL_AT_WORDS)})[^,;。\\n]{0,8}?(?<![不没别莫热吵])闹(?![钟市心]|元宵|洞房|新房)|(?<![不没别莫再])吵了(?=$|[,;。!\\n ])|(?<![不没别莫])拦(?:了|住|下|着)?(?:一哈|一下|一阵)?[^,;。\\n]{0,4}?车(?!票|站)|(?:${alt(PERSON_NOUNS.filter((n) => n !== '人'))})(?:已经?|均已|都已|已被|已经被)(?:劝)?散(?:去|开|了)?(?=$|[,;。!\\n ])|(?<!热)(?:${alt(FLARE_WORDS)})(?<!\\d12345)(?<!12345(?=\\d))|(?<![防范]|打不?|点不)(?:${alt(ACCIDENT_WORDS)})(?!隐患|风险|苗头)(?!(?<!家[\\u4e00-\\u9fa5]{0,3}(?:${alt(ACCIDENT_WORDS)}))(?<!(?:紧急|即时报告|首报|初报)[\\s\\S]*)(?:(?!烧毁|烧了|烧掉|烧坏|受伤|死亡|送医|住院|119)[^;。!?\\n]){0,24}?(?:扑灭|灭了|熄灭))`,
  'g',
  ),
);
const COLLECTIVE = new RegExp(alt(COLLECTIVE_WORDS));
// 村集体资产, 集体经济: what the village owns together is no collective petition.
const COMMON_PROPERTY = new RegExp(`(?:村|组)?集体(?:${alt(COMMON_PROPERTY_WORDS)})`, 'g');
const CROWD = new RegExp(alt(CROWD_WORDS));
// 五户人家一起: five households are more than five people.
const HOUSEHOLDS = new RegExp(`${NUM}(?:余|多|几|来)?户`);
const FAMILY = new RegExp(`一家${NUM}口`);
// 夫妻俩, 母子二人: two people when no figure is given.
const PAIR = new RegExp(alt(PAIR_WORDS));
const ROADWORK_BEFORE = new RegExp(alt(ROADWORK_WORDS));
const ASKED_AFTER = new RegExp(`^[^,;。!\\n]{0,6}?(?:${alt(HOW_IS_IT_WORDS)})[了没吗呢啦]*\\?`);
// 一共4人 / 共计12人: the total said outright wins over the parts (跟另外3个人一起去的，一共4人).
// 共5人 too, but not 重点人员共5人 (the assessment's figure).
// (又来了3个 现在12个人: the crowd now, after those who came again.)
const TOTAL = new RegExp(`(?<!重点人员|重点对象)(?:一共|总共|共计|合计|共有|共|(?:现在|目前)(?:一共|共|有)?|现有)${NUM}(?:个|名|位)?(?:${alt(PERSON_NOUNS)})`);
// 昨天去镇里的那7个人今天又来了4个: who came again today is the count, not the group that names them.
// (…那批人今天又来了，12个: the count said right after, as its own clause.)
const CAME_AGAIN = new RegExp(`(?:又|再|今天又|今日又)(?:来|去|到)了?(?:,\\s*(?:一共|共|有)?)?${NUM}(?:个|名|位)(?:人)?`);
// 金某某他们四个在市信访局 / 讨薪工人里有2个今天又去了: the named one's group, or some of those told of, counted without a noun.
const THEY_COUNT = new RegExp(`(?:他们|她们|里有|中有|其中|又有|还有)${NUM}个(?=[在都去到也还又一今昨刚已]|$)`);
// 人数8个 / 人数：12人: the headcount named as a field.
const HEADCOUNT = new RegExp(`(?<!重点人员|重点对象|异常)人数[:\\s]*(?:约|共|有)?${NUM}(?:个|名|位|人)?`);
// 12名, 约30人, 十几个村民, 二十余名业主 (余/多/几: the stated base, a lower bound).
const PERSON_NOUN = `(?:${alt(PERSON_NOUNS)})`;
// 有个村民, 一名群众: one person.
const INJURED_AFTER = /^(?:轻伤|重伤|受伤|受了伤|轻微伤|被打伤|死亡|身亡|送医|住院)/;
const JOINED = /^\s*(?:和|与|跟|同|及|、)\s*$/;
// (有个人拿着汽油桶在村部门口闹: someone, one person; not 个人 of 个人诉求.)
const ONE_PERSON = new RegExp(`(?:有个|有一个|一个|一名|一位)(?:${alt(PERSON_NOUNS.filter((n) => n !== '人'))})|(?:有个|有一个)人(?![员们家数口])`);
// (8个搬迁群众, 两个外地车主: who they are may stand between the measure word and the noun, not a place: 3个村的人.)
// (5个在酒庄摘葡萄的村民: who they are may be said between the count and the noun, or said instead of it before the
// going or their demand, 4个在冶炼厂打工的也跟着去区里了, 7个种葡萄的下午跟着…去镇政府了, 5个在外打工回来的找包工头讨薪; 5个拉面户: households of a trade, counted one by one.)
const PEOPLE = new RegExp(`(?:约|近|共|有|计|等|达)?${NUM}(余|多|几|来)?(?:(?:名|位|个)?${PERSON_NOUN}|(?:名|位|个)(?![村组户家社镇乡])[\\u4e00-\\u9fa5]{1,2}?${PERSON_NOUN}|(?:名|位|个)在[^,;。!?\\n]{1,8}?的${PERSON_NOUN}|(?:名|位|个)(?:在[^,;。!?\\n]{1,8}?|(?![村组户家社镇乡])[\\u4e00-\\u9fa5]{1,6}?)的(?=[^,;。!?\\n]{0,10}?(?:去|到|赴|找|讨|围|堵))|个(?![村组社镇乡])[\\u4e00-\\u9fa5]{1,3}?户(?![口籍主头])|名|位)(?!次|员|民警|干部|小时|天)`, 'g');
// Five or more people coming to press a demand, even locally (十多名居民到社区办公室反映电梯问题), is collective; two or
// more coming to an office to press it (3名村民到村委反映征地款, 村民3人到村委会闹) are a group petition too, at the
// village's level (one villager who asks at the 村委 is no incident).
// 十几户到社区吵吵 / 五六个流转户到场部要钱: households come in a crowd just the same.
// 十来户找到村委来要 (鲁西南: come to the 村委 to press for what is owed): 找到 an office is going there, not finding.
// 5个村民到焦化厂门口说粉尘大，要求赔偿: a crowd come to a gate to say, demand or sit there; 15个工人停工 (a strike);
// 5个人到社区来问交房的事 (a matter asked about by a crowd, or money: 3户搬迁户来社区问搬迁奖励…); 6个工人跑到调度楼问钱
// (money owed pressed for); 5个越南边民到…反映, 6位退休老职工到社区反映… (who they are said between the measure word and the
// noun).
// (20多人到镇政府，要求…: the demand may follow a comma. 五六户果农聚着要流转费: a fee owed is money too; 3名胶工来居委会讲
// 老板还差他们年终奖: saying what is owed them is pressing for it.)
// (十几户果农在村委会等果商结清柑橘款: waiting there for the money to be settled is pressing for it too.)
const CROWD_VISIT = new RegExp(`${NUM}(余|多|几|来)?(?:(?:名|个|位)[\\u4e00-\\u9fa5]{0,3}?)?(?:${PERSON_NOUN}|户)[^,;。\\n]{0,20}?,?(?:反映|上访|讨说法|要说法|讨要|讨薪|讨工钱|要钱|要工钱|要工资|${alt(MONEY_PRESSED_WORDS)}|(?:要|讨|催|追)[^,;。\\n]{1,6}?(?:(?<![贷存])款|钱|(?<![话电水燃煤])费)|要求|聚集|聚在|聚着|聚到|聚拢|凑到一起|围住|围在|围了|围着|围过去|围上去|围过来|找(?![回到着])|找到(?:村委会?|村部|村两委|大队|居委会?|社区|镇上|镇里|乡里|街道)|闹|吵|嚷|停工|罢工|(?:说|问|讲)(?=[^,;。\\n]{1,10}?(?:的事|的问题))|(?<!在家|家里)等[^,;。\\n]{0,4}?(?:工钱|工资|钱|说法|答复|回复|补助|补偿|补贴|赔偿|安置费)|(?<!在家|家里)等[^,;。\\n]{1,6}?(?:结清|结账|付清|兑付|兑现)|问(?=[^,;。\\n]{0,6}?(?:补偿|补助|补贴|奖励|赔偿|理赔|进度|资金|到账|工钱|工资|低保|费|款))|(?:说|问|讲)(?=[^,;。\\n]{0,10}?(?:${alt(OWED_WORDS)})[^,;。\\n]{0,8}?(?:钱|款|工资|工钱|奖|费|补偿|补贴))|(?<ask>问|说|讲)|到[^,;。\\n]{1,8}?(?:门口|门前|大门)(?=说|讲|要|喊|闹|吵|坐|站|堵|围))`, 'g');

// 外包队那几个又跑到调度楼问钱 / 那几户又去村委讨说法 / 那几个民工又来村委会: the known few (那几个, 这几户), gone again to
// press a demand or to the office they press it at: a group,
// however many. (…的几个经销商来园区管委会吵退货款: a few of those, too.)
const FEW_VISIT = new RegExp(`(?<=[那这有的])几(?:个|名|位|户)(?:${PERSON_NOUN})?[^,;。\\n]{0,3}?(?:跑到|跑去|来到|找到|到|去|来)[^,;。\\n]{1,10}?(?:${alt(MONEY_PRESSED_WORDS)}|要钱|讨薪|要工资|要工钱|讨工钱|要说法|讨说法|反映|闹|吵)|(?<=[那这])几(?:个|名|位|户)(?:${PERSON_NOUN})?(?:又|还)(?:跑到|跑去|来到|来|到|去)[^,;。\\n]{0,6}?(?:村委会?|村部|社区|居委会|政府|街道|办公室|项目部|工地|门口)`, 'g');
// 会议室外面又来了二十几个搬迁户，在镇政府院子里站着: a crowd of five or more that came again (or gathered, crowded round).
// (招聘会来了三十多个人: people who came once are no crowd.)
const CROWD_CAME = new RegExp(`(?:又来了|又来|又到了|涌来|聚了|围了|(?:门口|门前|村委会|办公室|大院|院里)来了)${NUM}(余|多|几|来)?(?:名|个|位)?(?:${PERSON_NOUN}|户)`, 'g');
// (8户到镇问交房: 到镇 right before the asking is the township's office, bare.)
const TO_OFFICE = /(?:到|去|来|跑到|跑去)了?(?:[\u4e00-\u9fa5]{0,6}?(?:[\u4e00-\u9fa5]办(?![事理法])|村委会?|村部|村两委|居委会?|社区|街道办?|办事处|政府|信访|办公室|大院|管委会|管理处|管理站|场部|公司|厂里|工地|项目部)|[镇乡](?:里|上)?(?=[问说讲找]))/;
// (非上访 / 并非上访 / 不是上访: said to be no petition.)
export const DENIED_BEFORE = /(?:(?:没|不|未|没有|不会)(?:再|有再)?(?:提|说|讲|想|去)?(?:过|起)?|(?<!是)非|不是|不属于?)$/;
const INFLUENCED_BEFORE = /受[^,;。\n]{0,6}?(?:村|社区|镇|乡|街道|县|市)的?$/;
const QUARREL = new Set<string>(QUARREL_WORDS);
const OWN_UPSET = new RegExp(alt(PERSON_ABNORMAL_WORDS));
const HOLD_BACK = new Set<string>(HOLD_BACK_WORDS);
// 跟老婆吵架 / 和儿子吵了几句: the other party is the person's household.
const WITH_HOUSEHOLD_BEFORE = new RegExp(`(?:跟|和|与|同)(?:自己的?|他|她|其)?(?:${alt(HOUSEHOLD_WORDS)})(?:之间)?(?:又|还)?$`);
// 被家里人拦住了 / 被村干部拦下: held back by one's own side or a cadre.
const HELD_BY_BEFORE = new RegExp(`被(?:${alt([...HOUSEHOLD_WORDS, ...OTHER_SUBJECT_WORDS])})(?:及时|当场)?$`);
const AT_HOME_BEFORE = /在(?:自己)?家(?:里|中)?(?:又|一直|还)?$/;
// 与同村另外4人: who the others are may be said between (同村, 同组, 村里).
const THING_BEFORE = /[沟渠管道桶口井洞]$/;
const PARTIES_BEFORE = new RegExp(`${alt(TWO_SIDES_WORDS)}|[跟和与同][^,;。\\n]{1,10}$`);
const PIPE_BEFORE = new RegExp(`(?:${alt(DRAIN_WORDS)})(?:又|都|也)?$`);
const PIPE_BLOCKED = new RegExp(`(?:${alt(DRAIN_WORDS)})(?:又|都|也)?堵(?:塞|住|了)?`, 'g');
const VEHICLE_BEFORE = /(?<!(?:把|开|用|拿|驾|拦|骑|撑|划)[\u4e00-\u9fa5]{0,3})(?:车辆?|船只?)(?:[^,;。\n人户民工们]{0,8}?(?:卸货|装货|停|排队|排着))?(?:又|都|也)?$/;
const RECEIVED_HERE = /接待|来访|受理|接访/;
// 黄某某带着两个工友 / 领着3名村民: who brings people along is one more (带 says the others are besides).
const WITH_OTHERS = new RegExp(`(?:带着?|带了|领着|和|与|跟|同|及)(?:同村|同组|同小区|本村|村里|小区)?的?(?:另外|其他|其余|别的)${NUM}(?:个|名|位)?(?:${alt(PERSON_NOUNS)})|(?<=[\\u4e00-\\u9fa5])(?:带着|带了|领着|领了|叫上|喊上|伙同)(?:村里|组里|同村|本村)?的?${NUM}(?:个|名|位)[\\u4e00-\\u9fa5]{0,2}?(?:${alt(PERSON_NOUNS)}|亲戚|朋友|邻居|家人|同事)`);
const MANY_VAGUE = /(?:^|[^一二三四五六七八九])(?:十|[二三四五六七八九]十|几十)(?:几|多|余|来)(?:个|名|位|户|人)|(?:^|[^一二三四五六七八九十])(?:五六|六七|七八|八九)(?:个|名|位|户)/;
// 七八, 十一二, 二三十, 二十三四: two numerals side by side, a guess between them.
const GUESSED_RANGE = /^(?:[一二三四五六七八九][二三四五六七八九]|十[一二三四五六七八][二三四五六七八九]|[一二三四五六七八][二三四五六七八九]十|[二三四五六七八九]十[一二三四五六七八][二三四五六七八九])$/;
const VAGUE_GROUP = /几(?:个|名|位|户)|一些|部分|一伙|一帮|一群|一批|(?:业主|村民|群众|居民|工人|农户)们/;

// (5个村民到…: a figure with its measure word opens a sentence, no list item.)
const LIST_ITEM = /^\s*(?:\d{1,2}(?:[.、):]|(?=[\u4e00-\u9fa5])(?![个名位人户起件批余多来岁年月日号点时分元万]))|[一二三四五六七八九十][、.]|\(\d{1,2}\))/;
// The message's own heading (【即时报告】, 即时报告：, 北岭村即时报告：, 续报：): the alert and the case say the unit and
// the kind already.
const HEADER = /^[【[][^】\]]{0,12}[】\]]\s*|^(?:[\u4e00-\u9fa5]{1,8}?(?:即时报告|紧急报告|情况报告|首报|续报|终报)[一二三四五六七八九十\d]{0,2}:\s*|(?:即时报告|补报|更正|修改|突发|紧急|首报|续报|终报)(?:一下|下(?![午面周月个班次]))?[:\s]*)/;

const GONE = /(?:还是|又|偷偷|已经|今天|今早|上午|早上|昨晚)[^,;。\n]{0,4}?(?:去了|跑了|走了|出发了|跑去了|过去了)/;
// (明天零报告继续报一天: 继续报 goes on reporting, no 续报.)
const FOLLOW_UP = new RegExp(`(?<!继)(?:${alt(FOLLOW_UP_WORDS)})`, 'g');
// 去县里了，说是走亲戚，正在核实是否去县信访局 / 去北京了，家属说是去旅游，正在核实: a trip being checked, with an
// errand said or the petition only asked about (是否), is the person's risk (persons.ts), not yet an incident.
const VERIFYING = /(?:正在|还在|尚在|仍在|待)核实|核实中/;
const ERRAND_SAID = new RegExp(`(?:说是|称是|说|称)[^,;。\\n]{0,4}(?:${ERRAND_PATTERN})`);
function unverified(a: Analysis, i: number): boolean {
  const [s, e] = sentenceAround(a.masked, i);
  const sentence = a.masked.slice(s, e);
  return VERIFYING.test(sentence) && (ERRAND_SAID.test(sentence) || /是否[^,;。\n]{0,4}$/.test(a.masked.slice(Math.max(s, i - 6), i)));
}
const AT_PETITION_OFFICE = /信访(?:局|办|接待中心)/;
// (续报：…已在市信访局被接回…: the follow-up of the incident told before, read with the follow-up's rules.)
const FOLLOW_UP_AT = new RegExp(`(?<!继)(?:${alt(FOLLOW_UP_WORDS)})`);
// 水西的事情请及时续报: a follow-up asked for, by a leader, is no follow-up made.
// 突发情况实行首报、续报、终报: the kinds of report a rule names, listed, or the regime a notice puts in place.
const FOLLOW_UP_LISTED = /(?:首报|初报|续报)[、,和及与]$|(?:实行|执行|落实|实施|严格)[^,;。!?\n]{0,6}$/;
// (首报不超过30分钟，续报、终报及时跟进: the first of a list, the next kind after it.)
const FOLLOW_UP_LISTED_AFTER = /^[、和及与](?:续报|终报)/;
// (路的事上午已终报: one made before, told of; not this one.)
const FOLLOW_UP_MADE_BEFORE = /已经?$/;
const FOLLOW_UP_ASKED = new RegExp(`(?:${alt(FOLLOW_UP_REQUEST_WORDS)})$`);
// 明天上午报个续报 / 晚点发一个续报: one promised or asked for; 1小时内书面续报: the time a rule allows; 续报要准, 终报要全:
// what a rule asks of one; 每半小时续报一次: how often; 11点前续报: by when.
const FOLLOW_UP_TO_COME = new RegExp(`(?:(?:${alt(FOLLOW_UP_REQUEST_WORDS)}|${alt(FUTURE_DAY_WORDS)}|${alt(LATER_WORDS)})[^,;。!?\\n]{0,6}?(?:报|发|写|交|补)(?:个|一个|一下|一份|份)?|(?:分钟|小时|天|日)内[^,;。!?\\n]{0,4}|每[^,;。!?\\n]{0,4}?(?:分钟|小时|天|日)|(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|时)半?(?:前|之前|以前))$`);
// (补发一个续报：人员已散: the follow-up itself, told after its colon.)
const FOLLOW_UP_TOLD = /^[一二三\d]{0,2}[:】\]]/;
// (把打架的情况续报一下: a follow-up asked for by its 一下; 续报的格式是什么 / 按终报口径报: how one is written, asked or told;
// 终报收到: one acknowledged.)
// (首报续报终报咋个格式: the format asked, after the others listed and a question word.)
const FOLLOW_UP_ASKED_AFTER = /^一?下|^(?:[、和及与]?(?:续报|终报))*(?:咋个|咋|怎么|什么|啥|哪样|么子|是啥)?的?(?:格式|模板|写法|要求|口径)|^已?收到|^(?:怎么|咋|如何)(?:写|报|弄)/;
// (续报半小时一次: how often, said after it.)
const FOLLOW_UP_RULED = /^[一二三\d]{0,2}(?:要|须|必须|应|应当|务必)|^每?(?:半|[一二两三\d]{1,2})个?(?:小时|钟头|分钟)一次/;

interface Act {
  index: number;
  /** Only the word of a follow-up (续报): no act of its own. */
  followUp?: boolean;
  /** A group heading beyond the township (threat or plan): its level is the incident's escalation. */
  heading?: boolean;
}


const SIGN = new RegExp(`(?:${alt(SIGN_WORDS)})(?![\\u4e00-\\u9fa5]{0,2}(?:说|扬言|声称))`);
/** The heading at i is only a sign observed (有串联到市上访的迹象): its clause says so after it. */
function signOnly(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && SIGN.test(a.masked.slice(i, c.end));
}

/** In a clause that tells what happened (not an intention, not the cadres' response). */
function actual(a: Analysis, i: number): boolean {
  const c = clauseAt(a, i);
  return c !== undefined && !intendedAt(a, i) && !inResponse(a, i);
}

const SOLO_SCENE = new Set<string>(SOLO_SCENE_WORDS);
const DISPERSED = /散[去开了]?$/;
const DISPERSED_PAST = new RegExp(alt(DAY_BEFORE_WORDS));
const sentenceBefore = (text: string, i: number) => text.slice(Math.max(text.lastIndexOf('。', i), text.lastIndexOf('\n', i), 0), i);
// Another party or a crowd between the person and the scene (与邻居…吵闹, 和几个村民…): not one person's alone.
const OTHERS_BETWEEN = /[。;\n]|与|和|跟|同|双方|邻居|村民|居民|群众|几个|一伙|一帮|等人|[\d一二两三四五六七八九十]+(?:个|名|位|人)/;
/**
 * The act at i is the named person's own state (杨某某情绪激动，在社区门口吵闹 / 周某某今日外出上访): a key person
 * before it in its sentence, not a 村民/居民 named as an incident's subject, nobody else between.
 */
function ownState(text: string, i: number, names: readonly NameHit[]): boolean {
  let last: NameHit | undefined;
  for (const h of names) if (h.end <= i) last = h;
  return last !== undefined && !last.prefixed && !last.party && !last.inNote && !OTHERS_BETWEEN.test(text.slice(last.end, i));
}
// 讨薪的杨国顺 / 送联名信的代表麦长林: the act names who the person is; the name follows.
const WHO_AFTER = /^(?:信|材料|书)?的(?:代表|人员)?/;
const describesWho = (text: string, end: number, names: readonly NameHit[]) => {
  const m = WHO_AFTER.exec(text.slice(end, end + 6));
  return m !== null && names.some((h) => h.index === end + m[0].length);
};
const HABIT = new RegExp(alt(HABIT_WORDS));
const PAST_IN_NOTE = new RegExp(alt(PAST_MARKERS));
const SIGN_BEFORE = new RegExp(`(?:${alt(SIGN_WORDS)})\\s*$`);
// 日研判：…排查出群体性隐患1起（移民补偿联名）: the risk an assessment counts, then named in the note. Beside a 零报告
// the note stays news (a risk found is no zero day).
const COUNTED_SIGN_BEFORE = new RegExp(`(?:${alt(SIGN_WORDS)})\\s*${NUM}\\s*(?:起|件|处|个)\\s*$`);
const ASSESSMENT_NOT_ZERO = /^(?![\s\S]*(?:零报|0报))[\s\S]*研判/;
/**
 * 重点人员6人（含前期赴县上访的6户代表）: an act told in brackets as of the past notes who is counted; 存在隐患（人员聚集）
 * names the risk, not what happened.
 */
function noteOnly(masked: string, i: number): boolean {
  const open = masked.lastIndexOf('(', i);
  if (open < 0 || masked.lastIndexOf(')', i) > open) return false;
  const before = masked.slice(Math.max(0, open - 8), open);
  return PAST_IN_NOTE.test(masked.slice(open, i)) || SIGN_BEFORE.test(before) || (COUNTED_SIGN_BEFORE.test(before) && ASSESSMENT_NOT_ZERO.test(masked));
}

function actsIn(a: Analysis, escalations: readonly EscalationHit[], names: readonly NameHit[] = []): Act[] {
  const acts: Act[] = [];
  const { masked } = a;
  for (const e of escalations) {
    if (e.topic) continue;
    // 今天还是去了，在北京南站被接回: brought back from there, and the going told: the petition happened.
    // 今天在市信访局被接回: picked up at a petition office, the person petitioned there (not at a station on the way).
    if (e.returned) {
      if (GONE.test(masked) || (AT_PETITION_OFFICE.test(masked.slice(e.index, e.returnedEnd)) && clauseAt(a, e.index)?.scope !== 'past' && !FOLLOW_UP_AT.test(masked))) acts.push({ index: e.index });
      continue;
    }
    if (unverified(a, e.index)) continue;
    // (在唐山站候车室，买的是去北京的票 / 正准备买去北京的票，被劝住: a ticket for the journey, bought or about to be, and
    // the person stopped: the going is readied, its petition not made; the person's heading says it. Under 续报 or 首报
    // it is the incident's news all the same.)
    if (TICKET_BEFORE.test(masked.slice(Math.max(0, e.index - 8), e.index)) && followUpHeading(a.text) === null) continue;
    if (actual(a, e.index)) acts.push({ index: e.index });
    else if (e.level !== 'township' && !inResponse(a, e.index) && groupInSentence(a, e.index) && !signOnly(a, e.index)) acts.push({ index: e.index, heading: true });
  }
  PETITION_ACT.lastIndex = 0;
  for (let m = PETITION_ACT.exec(masked); m !== null; m = PETITION_ACT.exec(masked)) {
    const end = m.index + m[0].length;
    // 集体访群众 names who, 今天的集体访群众均已返回 tells of today's petition: the crowd of one, made today.
    if (NOT_ACT_AFTER.test(masked.slice(end, end + 4)) && !TODAYS.test(masked.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (describesWho(a.text, end, names) || HABIT.test(masked.slice(Math.max(0, m.index - 2), end + 2))) continue;
    if (m[0] === '上访' && masked.endsWith('外出', m.index) && ownState(a.text, m.index, names)) continue;
    // 受石门村集体访影响: another's act named as the cause of a mood here, not an act of this message.
    if (INFLUENCED_BEFORE.test(masked.slice(Math.max(0, m.index - 10), m.index)) && masked.startsWith('影响', end)) continue;
    // (因联名信一事仍有情绪波动: the joint letter named as the cause, a matter; not 上午那5户联名信的事…, today's.)
    if (m[0] === '联名' && LETTER_MATTER.test(masked.slice(end, end + 5)) && masked.slice(Math.max(0, m.index - 3), m.index).includes('因')) continue;
    // 没再提上访的事 / 表示不再上访: the act denied.
    if (DENIED_BEFORE.test(masked.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (actual(a, m.index) && !inVisitNote(masked, m.index)) acts.push({ index: m.index });
  }
  FLARE.lastIndex = 0;
  for (let m = FLARE.exec(masked); m !== null; m = FLARE.exec(masked)) {
    // 排水沟堵塞 / 下水管堵塞: a thing blocked, not people blocking (堵塞县道 is).
    if (m[0].startsWith('堵塞') && THING_BEFORE.test(masked.slice(Math.max(0, m.index - 1), m.index))) continue;
    // 去大庙烧香的车堵了半天 / 公司的车在小区门口卸货堵了一哈路 / 河道里船堵了: traffic held up by vehicles or boats,
    // nobody blocking anything (渔民堵船 is people blocking).
    if (m[0].startsWith('堵') && VEHICLE_BEFORE.test(masked.slice(Math.max(0, m.index - 10), m.index))) continue;
    // (两家…干起来了 / 跟施工队的人干起来了: a fight between parties; 工程干起来了 is work begun.)
    if (m[0].startsWith('干') && !PARTIES_BEFORE.test(masked.slice(Math.max(0, m.index - 16), m.index))) continue;
    // (溪口的伤者怎么样了？: asked after, not told.)
    if (ASKED_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // (新兴路那块儿修管道封路了 / 施工队把路封了: a road closed for works, nobody blocking it.)
    // (槐荫大道东风段今天封路施工: the works said right after; 封路搞活动: an event's.)
    if (m[0].includes('封') && (ROADWORK_BEFORE.test(masked.slice(Math.max(0, m.index - 8), m.index)) || ROADWORK_BEFORE.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
    // (3栋的下水道堵了，物业在弄: a drain blocked.)
    if (m[0].startsWith('堵') && PIPE_BEFORE.test(masked.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 昨天的租金问题承包方已答应月底前付清，群众已散: the crowd of a day before.
    if (DISPERSED.test(m[0]) && DISPERSED_PAST.test(sentenceBefore(a.text, m.index))) continue;
    // 在家里哭闹: someone upset at home is that person's state, not a flare-up (在村委会哭闹 is).
    if (m[0] === '哭闹' && AT_HOME_BEFORE.test(masked.slice(Math.max(0, m.index - 6), m.index))) continue;
    // 王某某喝了酒在村委闹: a named person's scene at an office is that person's state, as 吵闹 is.
    if ((SOLO_SCENE.has(m[0]) || m[0].endsWith('闹')) && ownState(a.text, m.index, names)) continue;
    // 刘某某跟老婆吵架: a key person's quarrel at home is that person's state (a fight with injuries flares on its own).
    if (QUARREL.has(m[0])) {
      const from = Math.max(0, m.index - 9);
      const home = WITH_HOUSEHOLD_BEFORE.exec(masked.slice(from, m.index));
      // …only when the person's own state is told before it (情绪波动比较大，跟老婆吵架): the person's report then carries
      // it (张某某和弟弟争了几句 alone, beside a 零报告, stays a dispute of the day).
      const sentenceFrom = Math.max(masked.lastIndexOf('。', m.index), masked.lastIndexOf('\n', m.index), 0);
      if (home && ownState(a.text, from + home.index, names) && OWN_UPSET.test(masked.slice(sentenceFrom, from + home.index))) continue;
    }
    // 闹着要去县里，被家里人拦住了: the person was held back; nobody blocked anything.
    if (HOLD_BACK.has(m[0]) && HELD_BY_BEFORE.test(masked.slice(Math.max(0, m.index - 9), m.index))) continue;
    if (describesWho(a.text, m.index + m[0].length, names)) continue;
    if (actual(a, m.index) && !inDisputeNote(masked, m.index)) acts.push({ index: m.index });
  }
  FOLLOW_UP.lastIndex = 0;
  for (let m = FOLLOW_UP.exec(masked); m !== null; m = FOLLOW_UP.exec(masked)) if (actual(a, m.index) && !FOLLOW_UP_ASKED.test(masked.slice(Math.max(0, m.index - 4), m.index)) && !FOLLOW_UP_LISTED.test(masked.slice(Math.max(0, m.index - 10), m.index)) && !(FOLLOW_UP_TO_COME.test(masked.slice(Math.max(0, m.index - 14), m.index)) && !FOLLOW_UP_TOLD.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 4))) && !FOLLOW_UP_RULED.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 7)) && !FOLLOW_UP_ASKED_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !FOLLOW_UP_LISTED_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !FOLLOW_UP_MADE_BEFORE.test(masked.slice(Math.max(0, m.index - 3), m.index))) acts.push({ index: m.index, followUp: true });
  FEW_VISIT.lastIndex = 0;
  for (let m = FEW_VISIT.exec(masked); m !== null; m = FEW_VISIT.exec(masked)) if (actual(a, m.index)) acts.push({ index: m.index });
  CROWD_CAME.lastIndex = 0;
  for (let m = CROWD_CAME.exec(masked); m !== null; m = CROWD_CAME.exec(masked)) if ((parseNumber(m[1]!) ?? 0) >= 5 && actual(a, m.index)) acts.push({ index: m.index });
  CROWD_VISIT.lastIndex = 0;
  for (let m = CROWD_VISIT.exec(masked); m !== null; m = CROWD_VISIT.exec(masked)) {
    const n = parseNumber(m[1]!);
    // 接待居民来访2批5人（反映…）: visitors the unit received are its assessment's figure, not a crowd's act.
    // (8个搬迁群众到乡政府，问…: a crowd of five or more asking at an office, whatever they ask.)
    if (m.groups?.ask !== undefined && !((n ?? 0) >= 5 && TO_OFFICE.test(m[0]))) continue;
    if (n !== null && (n >= 5 || (n >= 2 && TO_OFFICE.test(m[0]))) && actual(a, m.index) && !RECEIVED_HERE.test(masked.slice(clauseAt(a, m.index)!.start, m.index)) && !KEY_PERSONS_BEFORE.test(masked.slice(Math.max(0, m.index - 5), m.index))) acts.push({ index: m.index });
  }
  return acts.filter((x) => !noteOnly(masked, x.index));
}

// “排查矛盾纠纷1起（邻里因放鞭炮起争执）”: a note on a dispute the assessment counts, not a flare-up of its own.
const COUNTED_BEFORE = /(?:\d|[一二两三四五六七八九十])\s*(?:起|件)\s*$/;
// “接待来访1批（王某某等联名）”: the visitors the assessment counts, their petition named in the note: no act of its own
// (a place beyond the township in it is still read by the escalations).
const VISITS_COUNTED_BEFORE = /来访[^,;。(]{0,6}(?:\d|[一二两三四五六七八九十])\s*(?:批|人次)\s*$/;
function inVisitNote(masked: string, i: number): boolean {
  const open = masked.lastIndexOf('(', i);
  return open >= 0 && masked.lastIndexOf(')', i) < open && VISITS_COUNTED_BEFORE.test(masked.slice(Math.max(0, open - 14), open));
}
// “排查矛盾纠纷1起，为初一酒后打架的后续赔偿问题”: the same, told after a comma.
const NOTE_AFTER_COUNT = /(?:\d|[一二两三四五六七八九十])\s*(?:起|件)\s*,\s*(?:均为|为|系|是|属)[^;。\n]*$/;
function inDisputeNote(masked: string, i: number): boolean {
  if (NOTE_AFTER_COUNT.test(masked.slice(Math.max(0, i - 30), i))) return true;
  const open = masked.lastIndexOf('(', i);
  if (open < 0 || masked.lastIndexOf(')', i) > open) return false;
  return COUNTED_BEFORE.test(masked.slice(Math.max(0, open - 4), open));
}

const GROUP_ONLY = new RegExp(alt(GROUP_WORDS.filter((w) => w !== '联名')));
const KEY_PERSONS_BEFORE = /重点人员?[:\s]*$|重点对象[:\s]*$/;
const BATCH_BEFORE = /批\s*$/;
const KIN_ALONG = /(?:和|与|跟|同|带着?|领着|及)(?:他|她|其)的?(?:兄弟|儿子|女儿|老婆|媳妇|妻子|丈夫|老伴|爱人|哥哥|弟弟|姐姐|妹妹|父亲|母亲|侄子|女婿|儿媳)(?![们俩等和])/g;

/** The people count of an incident: 12名, 约30人, 王某某等7人, 一家三口, 两名村民; else the named people. */
/** The headcount of a region, and, when the crowd is only guessed at (二十余人, 七八个), the least it says. */
function peopleIn(a: Analysis, start: number, end: number, names: readonly NameHit[]): { people: number | null; atLeast?: number } {
  const people = countIn(a, start, end, names);
  return typeof people === 'number' || people === null ? { people } : people;
}
function countIn(a: Analysis, start: number, end: number, names: readonly NameHit[]): number | null | { people: null; atLeast: number } {
  const region = a.masked.slice(start, end);
  const fam = FAMILY.exec(region);
  if (fam) return parseNumber(fam[1]!);
  const total = TOTAL.exec(region) ?? HEADCOUNT.exec(region) ?? CAME_AGAIN.exec(region) ?? THEY_COUNT.exec(region);
  if (total) {
    const n = parseNumber(total[1]!);
    return GUESSED_RANGE.test(total[1]!) && n !== null ? { people: null, atLeast: n } : n;
  }
  // 王某某带着另外两人 / 李某某和其他3名村民: the named one and the others.
  const others = WITH_OTHERS.exec(region);
  if (others) {
    const n = parseNumber((others[1] ?? others[2])!);
    if (n !== null) return n + 1;
  }
  // (安排两人轮流看护: two of the cadres, in their response, are not the people involved.)
  const pairAt = PAIR.exec(region)?.index;
  const pair = pairAt !== undefined && !((clauseAt(a, start + pairAt)?.cadreAt ?? Number.POSITIVE_INFINITY) <= start + pairAt);
  PEOPLE.lastIndex = 0;
  for (let m = PEOPLE.exec(region); m !== null; m = PEOPLE.exec(region)) {
    const c = clauseAt(a, start + m.index);
    if (c && c.cadreAt <= start + m.index) continue;
    // 重点人员9人 is the assessment's figure, not the crowd's.
    if (KEY_PERSONS_BEFORE.test(region.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (BATCH_BEFORE.test(region.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 罗某某和罗某某打起来了，一人轻伤: the injured among the people named, not how many there were (一起车祸，一人受伤
    // with no one named is the count).
    if (INJURED_AFTER.test(region.slice(m.index + m[0].length, m.index + m[0].length + 4)) && names.some((h) => h.index >= start && h.index < start + m!.index)) continue;
    // 十几个村民, 二十余人, 七八个人, 二三十人: a crowd guessed at is no headcount (the corpora since holdout 115 label it
    // absent, a correction giving the figure later; a few older ones the base), though still a crowd; 约30人 is one.
    const n = parseNumber(m[1]!);
    if (m[2] !== undefined || GUESSED_RANGE.test(m[1]!)) return n !== null && n > 0 ? { people: null, atLeast: n } : null;
    if (n !== null && n > 0 && n < 100_000) return n;
  }
  if (pair) return 2;
  if (ONE_PERSON.test(region)) return 1;
  // 有几个业主…带头的是姜某某: the named one leads an uncounted group.
  if (VAGUE_GROUP.test(region)) return null;
  // 王某某、李某某等5户牧民: households, not a headcount; the names are only who leads them.
  if (HOUSEHOLDS.test(region)) return null;
  const here = names.filter((h) => h.index >= start && h.index < end);
  const distinct = new Set(here.map((h) => h.name));
  // 罗某某和罗某某打起来了: masked names alike, joined, are two people (the mask hides what tells them apart).
  let alike = 0;
  for (let k = 1; k < here.length; k++) {
    const [p, q] = [here[k - 1]!, here[k]!];
    if (p.name === q.name && p.name.includes('某') && JOINED.test(a.masked.slice(p.end, q.index))) alike++;
  }
  // 冯某某和他兄弟 / 带着其儿子: a named person's kin who came along, unnamed, is one more.
  const kin = distinct.size > 0 ? (region.match(KIN_ALONG) ?? []).length : 0;
  return distinct.size > 0 ? distinct.size + alike + kin : null;
}

/** 。 ; or a line break. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x0a;

/** The sentence that tells the first act (“村民李某某今天到县信访局上访”), without list markers and headers. */
export function summaryOf(text: string, start: number, end: number, firstAct: number): string {
  let s = start;
  for (let i = firstAct - 1; i >= start; i--) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      s = i + 1;
      break;
    }
  }
  let e = end;
  for (let i = firstAct; i < end; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      e = i;
      break;
    }
  }
  const out = text.slice(s, e).replace(LIST_ITEM, '').replace(HEADER, '').replace(/^(?:另外|另报|另|补充|此外|事件)[:,\s]*/, '').replace(/^[,:;!?。、\s]+/, '').replace(/\s+/g, ' ').trim();
  // Back to the punctuation people read (the normalised copy has ASCII punctuation from NFKC).
  const cn = out.replace(/[,:;!?()]/g, (c) => FULL_WIDTH[c] ?? c);
  return cn.length > 60 ? `${cn.slice(0, 59)}…` : cn;
}
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** A heading that is only a threat or plan (说要去市里, 号召去市政府), neither a matter named nor a sign observed. */
const threatened = (a: Analysis, e: EscalationHit) => !e.topic && !e.returned && !e.remote && e.clause !== undefined && !inResponse(a, e.index) && !signOnly(a, e.index);

function draft(a: Analysis, start: number, end: number, acts: readonly Act[], escalations: readonly EscalationHit[], names: readonly NameHit[]): IncidentDraft {
  let esc = escalations.filter((e) => e.index >= start && e.index < end && e.clause && !intendedAt(a, e.index));
  // 十二户联名写了材料，准备明天送到区信访局: where the group is heading, when it has not gone anywhere yet.
  if (esc.length === 0) esc = escalations.filter((e) => e.index >= start && e.index < end && e.level !== 'township' && groupInSentence(a, e.index));
  // 在网上发帖说要去市里讨说法 / 在抖音上发视频说要去北京反映: what was done (the post, the quarrel) announces where
  // they will go; that heading, said in the act's own sentence, is the incident's level.
  if (esc.length === 0) {
    const sentences = new Set(acts.filter((x) => x.index >= start && x.index < end).map((x) => clauseAt(a, x.index)?.sentence));
    esc = escalations.filter((e) => e.index >= start && e.index < end && threatened(a, e) && sentences.has(e.clause!.sentence));
  }
  const { people, atLeast } = peopleIn(a, start, end, names);
  const region = a.masked.slice(start, end);
  const households = HOUSEHOLDS.exec(region);
  let collective = COLLECTIVE.test(region.replace(COMMON_PROPERTY, '')) || (people ?? atLeast ?? 0) >= 5 || (households !== null && (parseNumber(households[1]!) ?? 0) >= 5);
  // A crowd gathered, or a group not counted (部分农户, 一批工人, 业主们) acting together: collective.
  // (有十几个在浙江干活的…一起去州上: ten and more, however they are called, are a crowd too.)
  // (两户村民因门前排水沟堵塞发生争吵: a drain blocked is no crowd blocking.)
  if (!collective && people === null && (CROWD.test(region.replace(PIPE_BLOCKED, '')) || GROUP_ONLY.test(region) || MANY_VAGUE.test(region))) collective = true;
  let first = end;
  for (const x of acts) if (x.index >= start && x.index < first) first = x.index;
  const at = first === end ? start : first;
  return { at, escalation: maxEscalation(esc.map((e) => e.level)), people, collective, summary: summaryOf(a.text, start, end, at) };
}

// Items said in one line, as voice input says them: 第一个…第二个…, 一是…二是….
// Every match has 是, 第 or a figure before . 、 or ): most messages have none, and INLINE_ITEM opens with a lookbehind.
const INLINE_ITEM_CUE = new Scan(/是|第|\d[.、)]/);
const INLINE_ITEM = new Scan(/(?<=^|[;。:])\s*\d{1,2}[.、)](?=[\u4e00-\u9fa5])|(?:另)?一个是|第[一二三四五六七八九十]个?(?:事|事情|是|就是)?|(?<![\u4e00-\u9fa5])[一二三四五六七八九]是|(?<=[,;。])[一二三四五六七八九]是/g);
function inlineItems(text: string): [number, number][] {
  const starts: number[] = [];
  if (!INLINE_ITEM_CUE.test(text)) return [];
  INLINE_ITEM.lastIndex = 0;
  for (let m = INLINE_ITEM.exec(text); m !== null; m = INLINE_ITEM.exec(text)) starts.push(m.index);
  if (starts.length < 2) return [];
  return starts.map((s, i) => [s, starts[i + 1] ?? text.length]);
}

/**
 * 有个村民打电话说要去乡里问低保的事 / 部分农户不满意，说要去县里堵门 / 有业主号召集体去市政府: someone not named,
 * or a group, heading to petition (a threat or plan): reported at once as an incident at the level they head to
 * (a named person's threat is that person's risk, persons.ts). Null when no heading is a threat of someone's.
 */
export function headingIncident(a: Analysis, escalations: readonly EscalationHit[], names: readonly NameHit[]): IncidentDraft | null {
  const assessed = ASSESSED.test(a.text);
  const heads = escalations.filter((e) => threatened(a, e) && !noteOnly(a.masked, e.index) && !(assessed && guessedAt(a, e)));
  if (heads.length === 0) return null;
  const d = draft(a, 0, a.text.length, heads.map((e) => ({ index: e.index, heading: true })), heads, names);
  return { ...d, escalation: d.escalation ?? maxEscalation(heads.map((e) => e.level)) };
}

/**
 * 即时报告（首报）：高坡村石某某今天早上在北京被劝返…: a message headed as an incident report, with a level reached or
 * headed to, is that incident even when no act was read (picked up there, a person's heading): its level the highest.
 */
/** The levels a report's words go to, not a matter's topic, a letter or a note's. */
const toldEscalations = (a: Analysis, escalations: readonly EscalationHit[]) => escalations.filter((e) => !e.topic && !e.remote && !noteOnly(a.masked, e.index));

export function reportedIncident(a: Analysis, escalations: readonly EscalationHit[], names: readonly NameHit[]): IncidentDraft | null {
  const esc = toldEscalations(a, escalations);
  if (esc.length === 0) return null;
  const d = draft(a, 0, a.text.length, esc.map((e) => ({ index: e.index })), esc, names);
  return { ...d, escalation: d.escalation ?? maxEscalation(esc.map((e) => e.level)) ?? storyLevel(a, escalations) };
}

/**
 * 终报：…曹永平下午4点到矿，与17名工人签了还款协议 / 续报：到苏木的是8户9个人，…人已经回去了: a message headed as a follow-up
 * tells the incident reported before, even when nothing in it reads as an act. Every labelled corpus files such a
 * message as news (never chatter), and silence would leave the leaders who were alerted without its end.
 */
export function followUpIncident(a: Analysis, escalations: readonly EscalationHit[], names: readonly NameHit[]): IncidentDraft {
  const esc = toldEscalations(a, escalations);
  const d = draft(a, 0, a.text.length, [{ index: 0, followUp: true }], esc, names);
  // (【即时报告】\n时间：…\n地点：…: the heading's own line says nothing; the form's lines, joined, tell it.)
  const summary = d.summary || summaryOf(a.text.replace(/\n+/g, '，'), 0, a.text.length, 0).replace(/^[，,\s]+/, '');
  return { ...d, summary, escalation: d.escalation ?? maxEscalation(esc.map((e) => e.level)) ?? storyLevel(a, escalations) };
}

// 研判：…流转户可能再次集体到镇: the unit's own guess in its assessment is a risk it weighs, not a group's threat.
const GUESS_BEFORE = /(?:可能|也许|或许|估计|恐怕|有可能)[^,;。\n]{0,8}$/;
const guessedAt = (a: Analysis, e: EscalationHit) => e.clause !== undefined && GUESS_BEFORE.test(a.masked.slice(e.clause.start, e.index));

/** The sentence (up to 。 ; or a line break) around position i. */
export function sentenceAround(text: string, i: number): [number, number] {
  let s = i;
  while (s > 0 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
  return [s, e];
}

function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSentenceEnd(text.charCodeAt(i))) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

const ASSESSED = /研判/;
const FETCHED_FAR = /(?:在|从)(北京|京|省城|省里|省会)[^,;。\n]{0,10}?(?:劝返|接回|带回|截回|领回|接到)/;
/** The incidents of a message: one per numbered item that holds an act, or one for the whole message. */
export function extractIncidents(
  a: Analysis,
  escalations: readonly EscalationHit[],
  names: readonly NameHit[],
  unitIn: (start: number, end: number) => string | undefined = () => undefined,
): IncidentDraft[] {
  const acts = actsIn(a, escalations, names);
  if (acts.length === 0) return [];
  // 续报：向某某已在县高铁站找到… / 续报研判：…: the follow-up of a named person or an assessment, nothing more.
  // …but 续报：蒋某某已由工作组从北京接回: fetched back from beyond the county, the petition's follow-up, at its level.
  if (acts.every((x) => x.followUp)) {
    const far = ASSESSED.test(a.text) ? null : FETCHED_FAR.exec(a.text);
    if (far) {
      // (从北京接回 is masked as a return, so the level is read from the place here.)
      const d = draft(a, 0, a.text.length, acts, escalations, names);
      return [{ ...d, escalation: d.escalation ?? (far[1] === '北京' || far[1] === '京' ? 'beijing' : 'province') }];
    }
    if (names.some((h) => !h.prefixed && !h.inNote) || ASSESSED.test(a.text)) return [];
  }
  const items: [number, number][] = [];
  let pos = 0;
  for (const line of a.text.split('\n')) {
    if (LIST_ITEM.test(line)) items.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  let withActs = items.filter(([s, e]) => acts.some((x) => x.index >= s && x.index < e));
  if (withActs.length < 2) withActs = inlineItems(a.text).filter(([s, e]) => acts.some((x) => x.index >= s && x.index < e));
  // “张庄村村民王某某到县信访局上访；王庄村村民许某某到镇上反映问题”: sentences about different units.
  if (withActs.length < 2) {
    const sentences = sentenceSpans(a.text).filter(([s, e]) => acts.some((x) => x.index >= s && x.index < e));
    const named = sentences.map(([s, e]) => unitIn(s, e));
    if (sentences.length >= 2 && named.every((u) => u !== undefined) && new Set(named).size === named.length) withActs = sentences;
  }
  if (withActs.length >= 2) return withActs.map(([s, e]) => draft(a, s, e, acts, escalations, names));
  return [draft(a, 0, a.text.length, acts, escalations, names)];
}
