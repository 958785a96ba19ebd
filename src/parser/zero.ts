import { alt, APOLOGY_WORDS, ASKED_BACK_WORDS, DENY_REPORT_WORDS, CALM_PLACES, CONDITION_OPENERS, INTENT_NOUNS, REMINDER_WORDS, CALM_STATES, CALM_WORDS, NONE_ANSWERS, QUIET_NEGATORS, QUIET_THINGS, PETITION_HEADINGS, PETITION_KINDS, SELF_CORRECTION_WORDS, ZERO_REPORT_WORDS } from './lexicon.js';

// Does the message affirm a zero report? 零报告/0报告/零报 said as a report (“张庄村今日零报告”), not talked
// about (“今天的零报告晚点报”, “零报告格式是什么”); or the usual negated list (无进京赴省到市上访、无集体访).

const WORD = new RegExp(alt(ZERO_REPORT_WORDS), 'g');
// (零报告就报零报告 / 零报告以后不要这样报: the rule told, by whoever tells it.)
// (报零有什么意思 / 零报告就行，不用每天发: the practice remarked on.)
// (零报告什么格式 / 零报告啥模板: its form asked;
// 零报告一会儿发 / 待会再报 / 下午先报: sent later; 零报告就勿报了: not to be sent; 零报告不要拖到五点以后: the deadline
// urged; 零报告明天起改成下午4点前报: the rule changed; 零报告16点前报 / 16点前照常: its deadline told; 零报告明早补上:
// promised; 零报告请写明村名 / 零报告内容应包括 / 在零报告后面备注: its form told; 零报告下午统一报: when; 零报告是底线: the
// practice remarked on; （10月3日零报告已于今晨补报）: one filed before, noted; 零报告让小刘代发: someone else
// sends it.)
// (零报告发得比我还快, 零报告报得比…还准时, 今天零报告最快的是橙园村: how others' reports come in, joked about.)
// (恁村零报告都报了没: asked of someone else; 10月5日零报告中莫某某应为外出: what the one sent said, put right; not
// 零报告中报告人应为…, a detail of it, DETAIL_PUT_RIGHT's.)
// (明天村部停电，零报告我用手机报: how one's report will be sent, not the report; 马莲滩零报告凌晨已经报了哈: one sent before.)
const TALK_AFTER = /^(?:(?:都|也)?(?:报|发|交)了?(?:没有?|吗)(?![\u4e00-\u9fa5])|(?:凌晨|早上|上午|中午|下午|刚才)?(?:已经|早就)(?:报|发|交|上报)(?:了|过了)|(?:中|里)(?![午心])(?!的?(?:报告人|填报人|签字人|联系人|联系电话|电话|手机|日期|时间))(?=[^,;。!?\n]{0,12}?(?:应为|应是|有误|写错|不对|更正))|(?:发|报|交)得(?:比|真|好|最|挺|太|很)|(?:我|俺|咱)(?:就用|用|拿)[^,;。!]{0,5}?(?:报|发)|最(?:快|早|晚|慢)的|(?:明天|明早|明日|晚点|晚些|稍后|待会|等会)(?:再)?(?:补上|补报|补发)|(?:上午|下午|晚上|晚点)?统一(?:报|发|上报|报送)|是(?:底线|红线|纪律|要求|制度|规定|责任)|(?:的)?(?:内容)?(?:应包括|应当包括|要包括|须包括|包括)|(?:后面|里面|里|中)(?:备注|注明|写明|附上|说明)|已(?:于[^,;。)]{0,6})?(?:补报|补发)|请(?:写明|注明|按时|按|务必|在)|\s*\d{1,2}\s*(?:点|时)(?:前|之前|以前)照常|就?(?:勿|不|别|不用|不必|免)(?:再)?(?:报|发|算)|\s*:\s*(?:今天|今日)?(?:不报|不发|不算|暂不报)|(?:不要|别|莫|不能)拖|(?:上午|下午|中午|晚上)先(?:报|发)|(?:的|是|用|按)?(?:什么|啥|咋|怎么)(?:样的?)?(?:格式|模板|样式)|\s*(?:每天|每日|今天|今日)?\s*\d{1,2}\s*(?:点|时|:\d{2})(?:前|之前|以前)(?:报|上报|报送|发|交|[,;。!\s]|$)|(?:提前|推迟|延后)(?:到|至)?\s*\d{1,2}\s*(?:点|时|:\d{2})|[,\s]*(?:让|叫|请|由)[\u4e00-\u9fa5]{1,3}?(?:代发|代报|帮忙发|帮忙报|帮我发|帮我报)|(?:一会儿?|待会儿?|过会儿?|回头|晚一点|晚上|今晚|明早|明天)再?(?:发|报|交|上报|补)|(?:上午|下午|中午|晚上|今晚)(?:晚点|晚些|晚一点|稍后|再|才)(?:发|报|交|上报|补)|(?:明天|下周|下个?月|从明天|以后)?起?改(?:成|为|到)|(?:时间)?调整(?:为|到|成)|(?:可能|估计|恐怕)要?(?:晚|迟)|照常|继续|就报|以后|(?:俺|我|咱)(?:来|去|等下|等会)(?:发|报)|有什么|有啥|有用|没用|没意思|就行|格式|模板|制度|登记|台账|记录|档案|材料|工作|表格|情况表|统计|怎么|如何|是什么|是啥|是发|是否|要|晚点|晚些|稍后|等会|等下|已经|已|还没|还未|没有?(?:发|报|交|上报|写|填|按时|准时|及时|来得及)|未(?:发|报|交|上报|按时|及时)|发了|发在|发给|发到|报送|什么时候|截止|呢|吗|的|是不是|收到|查收|忘|漏)/;
// (今天照常零报告, 先别算零报告, 跟零报告一道报, 别光报零报告, 不再报零报告: the practice, or the report not to be counted yet, talked of; 有情况别发零报告,
// 村名+日期+零报告: the rule told; 今天就不单报零报告了: a report left unmade; 有事先报事，别先报零: the order told.)
const TALK_BEFORE = /(?:(?:村名|日期|单位名?)\s*\+\s*|把|(?:别|不要|不得|不能|莫|严禁|禁止)(?:再)?(?:发|上报|报送)|非|并非|而非|的|那条|这条|上条|刚才|要报|就报|不用再?报|不必再?报|(?:不|不用|用再?|必再?|不再)单(?:独)?报|无需再?报|不需要再?报|早报|请报|时报|也报|没报|未报|还没发|该报|能报|想报|不报|别报|不能|不要|不得|别先?|不要先|不是|关于|报送|不另外报|不另报|不单独报|(?:今天|今日|明天|从今天|即日)(?:开始|起)|不再报|不再发|光报|只报|光发|只发|(?<!今天|今日)按时|及时|每日|每天|天天|自动报|天天报|每天报|(?:没|未|没有)(?:交|发|报|上报|报送)?|照常|照样|继续|(?:先)?(?:别|不|不能)算|跟|同)$/;
// (零报告中“重点人员吐某某在家”有误: what the one sent said, put right, told past the eight characters TALK_AFTER reads.)
const IN_IT_PUT_RIGHT = /^\s*(?:中|里)(?![午心])(?!的?(?:报告人|填报人|签字人|联系人|联系电话|电话|手机|日期|时间))(?=[^,;。!?\n]{0,18}?(?:应为|应是|有误|写错|不对))/;
// 隔壁乡有个村报了零报告，结果人跑到北京了: another unit's report told of.
const OTHERS_MADE = /(?:有个|有一个|人家|别的|另一个|隔壁)[^,;。!?\n]{0,6}?(?:报|发)了$/;
// 其余村（社区）均为零报告, 其他村零报告: an office's summary of the units it does not name; none of them is reported here.
// “零报告照报”: the duty said of the zero report, not one made (零报告（周六照报） is one, its note after it).
const DUTY_AFTER = /^照(?:常)?报/;
// 马庄零报告 忘了发了不好意思: the report made now, with an apology for its lateness.
const SORRY_LATE = new RegExp(`^\\s*忘了?(?:发|报)了?[,\\s]*(?:${alt(APOLOGY_WORDS)})`);
// 今天不能报零报告 / 没法报零报告: the zero report denied, not only talked of.
// (人都没找着报啥零报告: asked back, the same.)
const DENIED_BEFORE = new RegExp(`(?:${alt(DENY_REPORT_WORDS)})(?:报|发|上报)$|报(?:${alt(ASKED_BACK_WORDS)})$`);
// “全镇13个单位，零报告9个，即时报告2起”: the office's tally of the units' reports.
const TALLY_AFTER = /^(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|份)(?:单位|村)?(?:[,;。]|$)/;
const THE_REST_ALL = /(?:其余|其他|其它|剩下|余下)的?(?:[^,;。!?\n]{0,8}?(?:均|都|全部|全)(?:为|是)?|(?:各?村|社区|单位|村居|村\(社区\))(?:均|都|全部|全)?(?:为|是)?)$/;
// “明天一早补报零报告”: a zero report promised for later is not one yet.
// (俺村今天照常零报告: the own unit's report of the day, not the practice talked of as 今天照常零报告 is.)
const OWN_AS_USUAL = /(?:俺|我|咱|本)(?:村|社区)(?:今天|今日)?(?:照常|照样)$/;
const LATER = /明天|明早|明日|待会|稍后|晚点|晚些|一会|等会|过会|回头|下午再?(?:报|发)/;
// “零报告下午书记审核完再发” / 零报告后晌俺来报 / 零报告我晚上补哈 (零报告下午晚点报 is read by TALK_AFTER); not 零报告 再发一遍 / 怕你们没看到 再报一哈, the report
// sent again now.
const SEND_LATER = /^[^,;。!?\n]{0,10}(?:再发|再报|后发|后报|再上报|再交)(?!一遍|一次|一下|一哈|一回|一道|一趟)|^\s*(?:[我俺咱]们?)?(?:后晌|下半晌|下午|晚上|晚点|晚些|一会儿?|等会儿?|过会儿?|待会儿?|回头)(?:[我俺咱]们?)?(?:来(?:报|发|上报)|补(?:报|发|上)?(?:哈|一下|上)?(?:$|[,;。!?\s]))/;
// “杨柳村昨天零报告 今天下午再报”: yesterday's made now, today's promised (a space for the comma).
const EARLIER_DAY = /昨天|昨日|前天|前日/;
const TODAY_LATER = /今天|今日/;
// “上条零报告是2月5日的，不是2月4日”: the day of the one sent before, put right: that zero report, made again.
const DAY_PUT_RIGHT = /^(?:是|应为|应是|改为|更正为)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/;
// “零报告 嗯不对不对 …”, “零报告，说错了”: taken back at once (fillers and commas between).
const RETRACTED = new RegExp(`^[\\s,;。!.…~]*(?:[嗯啊呃哦噢额哎唉诶欸]+[\\s,;。!.…~]*)*(?:${alt(SELF_CORRECTION_WORDS)}|有误(?![^。\\n]{0,8}?(?:应为|应是|改为|日期|时间)))`);
// “9号的零报告忘了发”, “初四的零报告补报”, “昨天零报告忘了报，补上”: a named day's zero report, late: made now, for that day.
// “昨天钱湾的零报告我发到另一个群了”: made that day, sent to the wrong place; the unit may be named between.
const LATE_FOR_DAY = /(?:昨天|昨日|前天|前日|昨晚|\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|初[一二三四五六七八九十]|除夕|大年三十|(?:上|本|这)(?:周|星期|礼拜)[一二三四五六日天])[\u4e00-\u9fa5]{0,5}?(?:\([^)]{0,12}\))?的?(?:零报告?|0报告?)[^,;。!?\n]{0,3}(?:忘|漏|补|我?发(?:到|在)了?(?:另一个|另外一个|别的|其他|其它)群|我?发错(?:了)?群)/;
// “补报昨天的零报告，昨天忘了”: the filing said before the day's zero report it files (补报昨天的零报告要什么格式 asks);
// the unit may be named between (补报党扭村昨天（初二）的零报告).
const FILED_FOR_DAY = /补(?:报|发|上)(?:一下)?(?:[\u4e00-\u9fa5]{2,5}?(?:村|社区|居委会|屯|寨))?(?:昨天|昨日|前天|前日|\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号]|初[一二三四五六七八九十])[\u4e00-\u9fa5]{0,5}?(?:\([^)]{0,12}\))?的(?:零报告?|0报告?)(?![^,;。!?\n]{0,6}(?:格式|模板|怎么|什么|么子|咋))/;
// “更正：上面那条零报告是党扭村的，不是排翁村”: the zero report sent before, given to its right unit, is made again.
const REATTRIBUTED = /(?:那条|上条|这条|刚才的?|上面的?)(?:零报告?|0报告?)(?:是|应是|应为|应该是|系)[\u4e00-\u9fa5]{2,8}?的/;
// “零报告日期错了，是4月6号的零报告”: the day put right names the zero report made again.
const DAY_PUT_RIGHT_AFTER = /(?:错了|有误|不对)[,\s]*(?:是|应为|应是|应该是|改为)\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]的?(?:零报告?|0报告?)/;
// “6月6日零报告的报告人写错了，应为向友成”: a detail of the zero report put right; the report stands, made again.
// (查隆今天零报告的报告人是才让卓玛，不是卓玛才让 / …的报告人应为…: the right one said, the wrong one after 不是 or not at all.)
const DETAIL_PUT_RIGHT = /(?:零报告?|0报告?)(?:中|里)?的?(?:报告人|填报人|签字人|联系人|联系电话|电话|手机号?)(?:写错了|填错了|打错了|错了|有误|应为|应是|应该是|是[^,;。!?\n]{1,8}[,\s]*(?:不是|而不是))/;
const FILED_NOW = /现在补报|补报一下|[,，]\s*补报[。!]?$|现补报|现予补报|现补发|补报如下|现在补上|现补上|补一个|补个|补发一个|补报一个|补一下/;
const PETITION_THINGS = alt([...PETITION_HEADINGS, ...PETITION_KINDS]);
// 我们村今天没人外出上访 / 无人进京: nobody did it.
const NEG_LIST = new RegExp(`(?:(?<!有)无|未发现|未发生|未出现|(?:无人|没人|没有人)(?:外出|去|到)?)(?:新增|发生)?(?:${PETITION_THINGS}|上访(?!动向|意向|意图|意愿|倾向|苗头|迹象|想法|打算|念头)|异常情况|任何情况|情况发生)`);
const NEG_LISTS = new RegExp(NEG_LIST.source, 'g');
const NOBODY = /^(?:无人|没人|没有人)/;
const ANSWERED_NO = /^[:|]\s*(?:否|不是)(?![\u4e00-\u9fa5])/;
// 重点人员邱某某今天在家…暂无去市里意向: a heading negated with an intention after it is the person's, not the day's.
const INTENT_AFTER = new RegExp(`^[^,;。!?\\n]{0,8}?(?:${alt(INTENT_NOUNS)})`);
// (周某某找到了 在汕尾市区伊女儿厝 讲过两日回来 无上访: said in the sentence of a person named before it, of that person; not
// 民主社区10月5日：无进京访…。韦某某…, the day's before anyone is named.)
const SENTENCE_BREAK = /[。!?\n]/;
function negatedList(text: string, ofPersons: boolean, namedAt: readonly number[]): boolean {
  if (!ofPersons) return NEG_LIST.test(text);
  NEG_LISTS.lastIndex = 0;
  for (let m = NEG_LISTS.exec(text); m !== null; m = NEG_LISTS.exec(text)) {
    if (INTENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // (那些人都回来了 没人去北京 胡某根在屋里睡觉了: nobody of those the message tells of went; not the day's quiet.)
    if (NOBODY.test(m[0])) continue;
    if (namedAt.some((at) => at < m!.index && !SENTENCE_BREAK.test(text.slice(at, m!.index)))) continue;
    return true;
  }
  return false;
}
// (咱这边没事吧: asked, not said.)
const CALM = new RegExp(`(?<!建设|创建)平安(?=[。.!]|$|[,\\s]*特此(?:报告|汇报))|情况\\s*[:|]\\s*(?:无|正常|平稳)(?![\\u4e00-\\u9fa5])|(?:${alt(CALM_WORDS)})(?![吧吗])`);
/** The day said calm in so many words (平安, 无情况, 没什么情况), wherever it stands. */
export const saysCalm = (text: string): boolean => CALM.test(text);
// 经排查，暂未发现矛盾纠纷和信访苗头 / 无信访问题: checked, nothing found.
const QUIET = new RegExp(`(?:${alt(QUIET_NEGATORS)})(?:新增|新的|任何|重大|明显|其他|其它|较大)?(?:${alt(QUIET_THINGS)})`);
// 今日村里平稳 / 辖区总体稳定 (not 维护社区稳定, 社区稳定工作: the duty, not the day).
const CALM_PLACE = new RegExp(
  `(?<!维护|确保|保持|保障|影响|做好|促进)(?:${alt(CALM_PLACES)})(?:内|里|上)?(?:总体|整体|一切|均|都|各方面|情况|治安|秩序)?(?:挺|很|还算|还挺|都挺)?(?:${alt(CALM_STATES)})(?!工作|形势|风险|隐患|因素|性|的|大局|责任)`,
);
// “没有情况也要报一声”, “零报告今天照常报”, a template with ×× in it: the duty or the format talked about.
// 没什么要报的: nothing to report, not the duty.
const NOTHING_TO_REPORT = /(?:没什么|没有什么|没啥|没有|无)(?:需要|要|可)(?:报|上报|汇报)的?/g;
// (覅忘记报零报告: a reminder, the report not made yet.)
const DUTY = /(?:也|都|要|照常|按时|必须|需要?|继续|记得|(?:覅|别|不要|莫)忘(?:记|了)?)报(?!告|送了|了|(?<=也报)一[下哈])|××|XX村|xx村|模板|范本|示例/;
// 进京：0 赴省：0 到市：0 集体访：0 / 一、进京上访：无 / 进京访零起: a form whose petition fields are all answered “none”.
// 进京0 赴省0 (shorthand without a colon) too, and the figure before the act (0人上访, 零人进京).
const NEG_FORM = new RegExp(
  `(?:${PETITION_THINGS}|上访|信访)(?:[^:,;。\\n]{0,10}\\s*[:|]\\s*(?:${alt(NONE_ANSWERS)})|(?:访|上访)?\\s*(?:0(?:人次|人|件|起|次|批)?|零(?:人次|人|件|起|次|批)))(?![\\d.\\u4e00-\\u9fa5])|(?<![\\d.])[0零]\\s*(?:人次|人|名|户|批)(?:${PETITION_THINGS}|上访|信访)`,
);

export interface ZeroEvidence {
  /** The message affirms that nothing happened. */
  valid: boolean;
  /** …by saying 零报告 (not only by a negated list or a form's 0, which an assessment's figures may hold). */
  worded?: boolean;
  /** It only talks about a zero report (chatter, never a report). */
  talk: boolean;
  /** It says all is calm (平安, 无情况, 一切正常), whatever else it says. */
  calm?: boolean;
  /** The first calm word said (无异常 in an assessment is said of its key persons, not of the day). */
  calmWord?: string;
  /** 零报告 was said and taken back at once (零报告 嗯不对): no zero report, and the message contradicts itself. */
  retracted?: boolean;
}

// 如果今天没情况就报零报告 / 今天没事的话一起去村部: the condition (to its 就, 的话 or the clause's end) says nothing of
// the day, and a 零报告 in the same sentence after it is what is to be done, not done.
const CONDITION = new RegExp(`(?:${alt(CONDITION_OPENERS)})[^,;。!?\\n]{0,14}?(?:的话|(?=就|则|请|,|;|。|!|\\?|\\n|$))|[^,;。!?\\n]{0,14}?的话`, 'g');
const CONDITION_OPENER = new RegExp(alt(CONDITION_OPENERS));
const CONDITIONAL_BEFORE = new RegExp(`(?:${alt(CONDITION_OPENERS)}|的话)[^。!?\\n]*?(?:就|则|请|再|便)[^。!?\\n]*$`);
const REMINDED = new RegExp(`(?:${alt(REMINDER_WORDS)})[^,;。!?\\n]{0,6}$`);

// (【重点人员】仙港村郑某光：… too: the header in brackets.)
// (Not 重点人员稳控到位, said of a quiet day.)
const KEY_PERSON_HEADER = /【重点(?:人员|对象)|重点(?:人员|对象)(?:动态|日报)|稳控(?:日报|动态)/;
const KEY_PERSON_REPORT = /重点(?:人员|对象)(?:动态|稳控|情况|日报|】|\])|稳控(?:日报|情况|动态)/;

const WORD_AT = new RegExp(`^(?:${alt(ZERO_REPORT_WORDS)})`);
const ENDS_CLAUSE = /^[\s。.!~哈啊了哦呀]*(?:$|[,;\n])/;

function sentLater(text: string, end: number, clauseBefore: string): boolean {
  const later = SEND_LATER.exec(text.slice(end, end + 14));
  return later !== null && !(EARLIER_DAY.test(clauseBefore) && TODAY_LATER.test(later[0]));
}

/** namedAt: where the key persons of the message are named (a negated list in one's sentence is that person's). */
export function zeroEvidence(message: string, otherReports: boolean, namedAt: readonly number[] = []): ZeroEvidence {
  // (The conditions' words are blanked, not cut: indexes stay those of the message.)
  const text = message.includes('的话') || CONDITION_OPENER.test(message) ? message.replace(CONDITION, (c) => ' '.repeat(c.length)) : message;
  const conditional = text !== message;
  let said = false;
  let talked = false;
  let retracted = false;
  let denied = false;
  let firstSaid = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // 就报零报告: 报 then 零报告, not the short 报零.
    if (m[0] === '报零' && text.startsWith('报', m.index + 2)) {
      WORD.lastIndex = m.index + 1;
      continue;
    }
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8).replace(/^\s+/, '');
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const clauseBefore = text.slice(Math.max(0, m.index - 12), m.index).split(/[,;。!?\n]/).pop()!;
    if (DENIED_BEFORE.test(before)) denied = true;
    else if (RETRACTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) retracted = true;
    // (单位:老街社区,零报告:否: a form's 零报告 column answered no.)
    else if (ANSWERED_NO.test(after)) talked = true;
    else if ((DAY_PUT_RIGHT.test(after) && TALK_BEFORE.test(before)) || OWN_AS_USUAL.test(clauseBefore) || SORRY_LATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) {
      if (!said) firstSaid = m.index;
      said = true;
    } else if (TALK_AFTER.test(after) || IN_IT_PUT_RIGHT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || TALLY_AFTER.test(after) || DUTY_AFTER.test(after) || TALK_BEFORE.test(before) || OTHERS_MADE.test(clauseBefore) || LATER.test(clauseBefore) || THE_REST_ALL.test(clauseBefore) || REMINDED.test(clauseBefore) || sentLater(text, m.index + m[0].length, clauseBefore) || (conditional && CONDITIONAL_BEFORE.test(message.slice(0, m.index)))) talked = true;
    else {
      if (!said) firstSaid = m.index;
      said = true;
    }
  }
  // “柳岸社区今日零报告，周六照常报送”: the duty remarked on after the report was made, in a clause of its own.
  const duty = DUTY.exec(text.includes('报的') ? text.replace(NOTHING_TO_REPORT, '') : text);
  // (周六也报哈，龙井村零报告: the duty said first, in a clause of its own, and the report made after it, ending its clause;
  // not 节假日也要报，零报告不能断.)
  const apart = (from: number, to: number) => from < to && /[,;。!\n]/.test(text.slice(from, to));
  const madeLast = (at: number) => ENDS_CLAUSE.test(text.slice(at).replace(WORD_AT, ''));
  if (duty && !(said && firstSaid >= 0 && (apart(firstSaid, duty.index) || (apart(duty.index + duty[0].length, firstSaid) && madeLast(firstSaid))))) return { valid: false, talk: said || talked || CALM.test(text), calm: false };
  // “昨日零报告漏发，现补报”: talked about, and made in the same breath.
  if (!said && talked && (FILED_NOW.test(text) || LATE_FOR_DAY.test(text) || FILED_FOR_DAY.test(text) || REATTRIBUTED.test(text) || DAY_PUT_RIGHT_AFTER.test(text) || DETAIL_PUT_RIGHT.test(text))) said = true;
  if (said) return { valid: true, talk: false, worded: true };
  if (retracted) return { valid: false, talk: false, retracted: true };
  // (今天不能报零报告，孙某某的事已经报了，其他无情况: the unit says its day is not one of nothing; the calm words after it
  // are of the rest.)
  if (denied) return { valid: false, talk: true, calm: false };
  // Without the word (or with it only talked about: “前天的零报告补报一下，当天无情况”).
  // The negated list is explicit enough even next to stable figures (重点人员6人均稳控); 一切正常 is not (it may be
  // about one person).
  // Nothing found (暂未发现矛盾纠纷) and a calm place (今日村里平稳) are, like 一切正常, said of the day only when
  // nothing else is reported.
  // A key persons' report (重点人员动态：…无进京赴省到市意向 / a 稳控日报 table with 有无上访苗头：无) negates of the persons,
  // not of the day: no zero report is read into it.
  // (…and a key persons' report whose person is not read is still no day of nothing: 【重点人员动态】…，信访老户，今日在村，无异常.)
  if ((otherReports ? KEY_PERSON_REPORT : KEY_PERSON_HEADER).test(text.slice(0, 40))) return { valid: false, talk: talked, calm: false };
  if (negatedList(text, otherReports, namedAt) || NEG_FORM.test(text) || (!otherReports && (CALM.test(text) || QUIET.test(text) || CALM_PLACE.test(text)))) return { valid: true, talk: false };
  const calmWord = CALM.exec(text)?.[0];
  return { valid: false, talk: talked, calm: calmWord !== undefined, ...(calmWord ? { calmWord } : {}) };
}
