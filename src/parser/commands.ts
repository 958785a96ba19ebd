import { alt, FOLLOW_UP_WORDS, LATER_WORDS, SIGNATURE_ROLES } from './lexicon.js';
import type { CommandName } from './schema.js';

// Instructions to the bot. A command word at the very start (帮助, 确认…, 撤回…) makes the whole message a
// command, even if it names a report (“确认 张庄村今日报告属实”, “作废刚才那条零报告”). A command phrase
// elsewhere (零报告格式是什么？, 今天谁没报) counts only in a short message that holds no report.

const LEAD = /^[\s,.:;!?、。【】[\]()]*/;
const STRONG: readonly [CommandName, RegExp][] = [
  ['help', /^(?:帮助|help|使用说明|菜单|功能|指令|命令)(?![\u4e00-\u9fa5]{4})/i],
  ['missing', /^(?:查询未报|查未报|未报名单|未报|谁没报|谁还没报|缺报|哪些(?:村|单位|社区)?(?:还)?没报)/],
  ['stats', /^(?:统计(?!局|员|站|所)|汇总|本周情况|本月情况|查询统计|情况汇总|数据统计)/],
  // (确认一下今天哪些村没报: asks who has not reported; 确认一下 明天还用报不: asks something else.)
  ['confirm', /^(?:确认(?!收到|已收到|收悉|[^,。]{0,8}(?:哪些|哪个|哪几|谁)[^,。]{0,6}(?:没|未)(?:报|交|发)|一下[,\s]*[^,。]{0,12}?(?:还用|还要|用不用|要不要|需不需要|是否|吗|[?？]|(?<=[报交发写填])不\s*$))|签字|同意上报|审核通过|审签|审核同意)/],
  ['undo', /^(?:撤回(?!了)|作废|撤销|删除(?:刚才|上一条|那条|这条))/],
];
const STRONG_CONFIRM = STRONG.find(([name]) => name === 'confirm')![1];
const WEAK: readonly [CommandName, RegExp][] = [
  // (感谢司法所的帮助: thanks for help given.)
  // (帮助一下卡达村的同志: help asked for someone else, of the group.)
  ['help', /(?<!(?:感谢|谢谢|多谢)[^,。]{0,12})帮助(?!一下[^,。]{0,8}?(?:同志|他们|她们|大家|村|社区))|格式|模板|怎么报|如何报|怎么填|怎么写|怎么发|报送要求|使用方法|样式|范本|怎么用|如何使用|怎么使用|用法|能做什么|能干什么|有什么功能|有哪些功能/],
  ['missing', /(?:谁|哪些|哪个|哪几)[^,。]{0,8}(?:没|未)有?(?:报|交|发|上报)|还差(?:哪|几)[^,。]{0,4}(?:村|社区|单位|个)|(?:未报|没报|未上报|漏报)的?[^,。]{0,8}(?:有哪|是哪|名单|列表|情况|单位|谁)|(?:查|看|列)[^,。]{0,6}(?:未报|没报|未交|没交)|(?:查|看)一?下[^,。]{1,8}?(?:报了没有?|报没报|报了吗|有没有报)|(?:未报|没报|没交|未交)的?(?:村|社区|单位|村居|村社区)?\s*[?]?$/],
  // (乡里五点要汇总报县里: the office's own summing up, for the county.)
  // (机器人会统计: what the bot does, told; …上午报送情况中: a report referred to; 别重复统计了: not to be done twice;
  // 统计局明天来各村: the statistics bureau.)
  // (我这边汇总: the sender's own tally, not asked of the bot; 帮我汇总一下 asks it; 机器人会自动汇总: told of it.)
  ['stats', /(?<!会|能|自动|重复)统计(?!局|员|站|所|[后好完]?(?:报|上报|给))|(?<!会|能|自动|(?<!帮)我(?:这边|这里|们)?)汇总(?![后好完]?(?:报|上报|给|到))|本周情况|本月情况|(?:上报|报送|报告)情况(?![中里])/],
  // 驻村工作队长确认上坪村今日报告: the signer, 确认, the unit, the day's report (请…确认 is a leader asking for it).
  ['confirm', /同意上报|确认无误|签字\s*确认|确认\s*签字|确认上报|(?<!请[^,，。]{0,8})确认(?:一下)?[\u4e00-\u9fa5]{0,6}?(?:今天|今日|当日|本日)?的?(?:报告|上报|零报告|日研判)|^(?!.*请)[^，,。]{0,10}[，,\s]?确认[。！!\s]*$|(?:今天|今日|当日|本日)的?(?:零报告|报告|日研判)[^,，。]{0,3}确认(?:了|无误)?[。！!\s]*$/],
  // (群里莫乱撤回消息: told not to.)
  ['undo', /(?<![已经我乱别莫勿]|不要|不能|不准)撤回(?!了)|作废|撤销/],
];

// What the chat app itself posts into the group (“邹丽撤回了一条消息”)…
// …and what people say of a message they sent to the wrong group (发错群了，已撤回): chatter, not the undo command
// (which takes back a report, said as 撤回 to the bot).
// …unless the sender asks for it to be voided (刚才那条发错群了，作废): then it is the undo command.
const SYSTEM_NOTICE = /撤回了(?:一条)?消息|加入了群聊|退出了群聊|修改群名/;
const WRONG_PLACE = /发错群|发错了群|发错地方|发错了地方/;
// (发错群了，@机器人 撤回: 撤回 said last, to the bot, asks; 发错群了，已撤回 tells what the sender did in the app.)
const VOID_ASKED = /作废|撤销|删除|删掉|不算数?(?![\u4e00-\u9fa5])|(?<![已经我])撤回[。.!\s]*$/;

// 怎么撤回？ / 撤回怎么操作 / 能撤回吗 / 确认怎么弄: asked how, not told to. Carrying out the command would take back
// or sign a report the sender only asked about, so the bot answers how (help.ts, the topic's line) and does nothing.
const HOW_TO = /怎么|如何|咋|怎样|能不能|能否|可不可以|可以吗|行吗|行不行|方法|步骤|教程|吗[。.!！?？]*\s*$|[?？]\s*$/;
/** Asked how to carry out one of these commands: the help topic answered instead. */
const ASKED_OF: readonly CommandName[] = ['undo', 'confirm'];

/** What a how-to question to the bot is about (help.ts answers that topic's line); null when none is named. */
export type HelpTopic = 'undo' | 'confirm' | 'correct' | 'ledger';
const HELP_TOPICS: readonly [HelpTopic, RegExp][] = [
  // (那条是不是撤回了？: whether it was taken back, asked; not how.)
  ['undo', /(?:撤回|作废|撤销|删除|删掉)(?!了)/],
  ['confirm', /确认|签字|双签/],
  ['correct', /更正|改正|修改|改一下|改过来|(?:怎么|如何|咋|怎样)改/],
  ['ledger', /台账|案件/],
];
/** The clauses of a message, each with its question mark (撤回，刚才那条日期错了吗？ asks nothing of 撤回). */
const clausesOf = (text: string) => text.split(/(?<=[?？])|[,，。;；!！\n]/);
export function helpTopic(text: string): HelpTopic | null {
  // The topic in the asking clause or the one before it (我想撤回，有什么方法？).
  const clauses = clausesOf(text);
  for (let i = 0; i < clauses.length; i++) {
    if (!HOW_TO.test(clauses[i]!)) continue;
    const asked = `${clauses[i - 1] ?? ''}，${clauses[i]}`;
    for (const [topic, re] of HELP_TOPICS) if (re.test(asked)) return topic;
  }
  return null;
}

/** A command named at the start of the message. */
// 刘集村支书刘长江：同意上报今日零报告 / 驻村第一书记签字确认：… / 加钦村书记蒋春兰：本村今日报告确认: the signer
// named first, then the signing: the 确认 command (the report is the head's, sent before).
const SIGNER = new RegExp(`^(?!请|各|让|叫|要)(?:[\\u4e00-\\u9fa5]{2,6}?(?<![各每])(?:村|社区|居))?(?:${alt(SIGNATURE_ROLES.filter((r) => /书记|支书|主任|队长|组长|负责人/.test(r)))})(?:[\\u4e00-\\u9fa5]{2,3}\\s*:|\\s*:)?\\s*`);
const SIGNING_LEAD = /^(?:签字确认|确认|同意上报|签字|审核通过)[,:;\s]*/;
const CLAUSE_BREAK = /[,;\s]/;
const SIGNED_REPORT = /^(?:本村|本社区|我村|我社区)?(?:今日|今天|当日)?的?(?:报告|零报告|日研判)(?:已)?确认[。!\s]*$/;
// 靠山屯村今日报告确认，村书记关振山 / 鱼梁村今日报告已审核，签字：驻村工作队长 陈** / 站前社区5月4日零报告已核实，
// 同意上报。驻社区工作队长：马** / 青丰村今天报的确认 彭某: the signing first, the signer after it (a role, or a name
// set apart by a space).
const SIGNER_AFTER = new RegExp(`^(?:[\\u4e00-\\u9fa5]{2,6}?(?:村|社区|居|屯|嘎查|林场|园区|安置点))?(?:今日|今天|当日|本日|\\d{1,2}月\\d{1,2}日)?的?(?:报告|零报告|日研判|报的|所报)(?:已)?(?:确认|审核|核实|审签)(?:无误|通过)?[,，。\\s]*(?:(?:签字|同意上报|确认)[:：,，。\\s]*)*(?:[\\u4e00-\\u9fa5]{0,6}?(?:${alt(SIGNATURE_ROLES.filter((r) => /书记|支书|主任|队长|组长|负责人/.test(r)))}|书记|主任|队长|组长)[:：\\s]*[\\u4e00-\\u9fa5]{1,3}|\\s[\\u4e00-\\u9fa5](?:某{1,2}|\\*{1,3}|[\\u4e00-\\u9fa5]{1,2}))\\**[。!！\\s]*$`);
// 鱼梁村今日报告已审核 / 清河村11月20日零报告已核实，同意上报 (the signature line, 签字：…, left out by normalize.ts): the
// unit's report of the day checked.
const REPORT_CHECKED = /^(?:[\u4e00-\u9fa5]{2,6}?(?:村|社区|居|屯|嘎查|林场|园区|安置点))?(?:今日|今天|当日|本日|\d{1,2}月\d{1,2}日)?的?(?:报告|零报告|日研判)已(?:审核|核实|审签|确认)(?:无误|通过)?(?:[,，。\s]*(?:同意上报|签字|确认))?[,，。!！\s]*$/;
export function strongCommand(text: string): CommandName | null {
  const t = text.replace(LEAD, '');
  for (const [name, re] of STRONG) if (re.test(t)) return ASKED_OF.includes(name) && HOW_TO.test(clausesOf(t)[0] ?? '') ? 'help' : name;
  // (Short, one clause after the signing words: 村支书签字确认，大塘零报告，钱某某、卫某某都在家 is the report, signed.)
  const signer = t.length <= 40 ? SIGNER.exec(t) : null;
  if (signer && signer[0].length < t.length) {
    const rest = t.slice(signer[0].length);
    if ((STRONG_CONFIRM.test(rest) || SIGNED_REPORT.test(rest)) && !HOW_TO.test(rest) && !CLAUSE_BREAK.test(rest.replace(SIGNING_LEAD, ''))) return 'confirm';
  }
  if (t.length <= 40 && (SIGNER_AFTER.test(t) || REPORT_CHECKED.test(t))) return 'confirm';
  // 刚才那条零报告发错群了，删掉: whatever the message names, it asks for one sent before to be voided.
  if (t.length <= 60 && WRONG_PLACE.test(t) && VOID_ASKED.test(t)) return 'undo';
  return null;
}

// @机器人 模板发一下，俺手机上那个找不着了: the model asked for at the message's start, whatever else is said (the caller
// leaves out a message put to a person: @王丽 模板发我一下).
const MODEL_ASKED = /^(?:模板|格式|样式|范本)(?:再)?(?:发|给|来)(?:一下|一个|个|我)/;
export const modelAsked = (text: string): boolean => MODEL_ASKED.test(text);

/** A command phrase anywhere; the caller uses it only for short messages without reports. */
export function weakCommand(text: string): CommandName | null {
  if (text.length > 60 || SYSTEM_NOTICE.test(text)) return null;
  if (WRONG_PLACE.test(text)) return VOID_ASKED.test(text) ? 'undo' : null;
  // 收到 按模板报 / 好的，照格式发: a promise to report in the format, not a request for it (按模板报怎么写 asks).
  const complies = COMPLY.test(text) && !ASKS_HOW.test(text);
  if (helpTopic(text)) return 'help';
  for (const [name, re] of WEAK) if (re.test(text) && !(name === 'help' && complies)) return name;
  return null;
}
const COMPLY = /(?:按|照|按照|依照|根据)着?(?:这个|那个|要求的?|规定的?|群里的?)?(?:模板|格式|样式|范本)(?:来|要求)?(?:报|发|填|写|上报|报送|执行|弄)/;
const ASKS_HOW = /怎么|如何|咋|吗|什么|哪|[?]/;

// ——— the ledger's words (src/ledger/case-command.ts reads them) ———
/** Who a person named may have a dispute with, besides another person named. */
const COUNTERPARTIES = '邻居|邻村|村民|村委会?|居委会?|物业公司|物业|开发商|承包方|承包商|施工方|施工队|建筑公司|公司|厂方|老板|亲属|兄弟|姐妹|前妻|前夫|妻子|丈夫|儿子|女儿|家人|对门|隔壁';
/** 案件N 已化解: the words of a dispute settled, as the ledger's command takes them. */
const RESOLVED = /已化解|化解完毕|调解成功|已调处|已解决/;
/** Words of the case ledger (台账): case numbers, the steps of a case, the key-person register, the export. */
export const LEDGER_WORDS = {
  /** 案件12, 案件 12, 案件第12号, 12号案件. */
  caseRef: /案件\s*(?:第|#|＃|No\.?)?\s*(\d{1,6})\s*号?|(\d{1,6})\s*号案件/i,
  /** 登记：张庄村 王某某与李某某宅基地纠纷，涉及2户 */
  register: /^(?:纠纷登记|矛盾纠纷登记|登记|立案)\s*[:：]\s*/,
  /** 包案 案件12 李镇长 12月20日前 */
  assign: /^(?:包案|交办|领办)/,
  /** 包案 案件12 我 (the 包案 button): the leader who says it takes the case. */
  assignSelf: /^(?:我|本人)(?=$|[\s，,])/,
  progress: /进展\s*[:：]?/,
  resolved: RESOLVED,
  /** A 续报/终报 that tells the dispute settled (双方已达成协议，矛盾化解): the case may be reported 已化解. */
  resolvedSaid: new RegExp(`${RESOLVED.source}|达成了?(?:调解|和解)?协议|(?:矛盾|纠纷)(?:已经?|得到|得以)?(?:化解|解决)|握手言和|息诉罢访|已息诉`),
  petitionEnded: /息诉罢访|已息诉|停访息诉/,
  /** 确认 案件12: the 包案领导 confirms the unit's 已化解. */
  confirm: /^(?:确认|同意)/,
  close: /^(?:销号|结案销号|办结销号)/,
  /** 越级排名: units ranked by petitions beyond the township this quarter, with the 通报. */
  ranking: /^(?:越级排名|上访排名|排名通报|越级上访排名)|^(?:各村|各社区|各单位|村居|单位|本月|本季度?)?(?:的)?(?:排名|排行榜?)(?:情况)?[？?。.]?$/,
  /** 台账, 未办结案件, 超期案件, 哪些案件逾期了: the active cases, the overdue ones when it says so. */
  list: /^(?:案件)?(?:台账|列表|清单)$|^(?:查看|查询|看看|看一下|看下)?(?:我们|我|本|咱们?)(?:村|社区|单位)的?(?:台账|案件|案件列表|案件清单)$|^(?:查看|查询|看看)?(?:在办|未办结|未化解|超期|逾期)(?:的)?案件$|^哪些案件(?:超期|逾期|还没办结|没办结|未办结)了?$/,
  listOverdue: /超期|逾期/,
  /** 第3号什么情况？ / 第3号现在怎么样了: the case of the incident the leaders got as alert No. 3. */
  alertAsk: /^第\s*(\d{1,6})\s*号(?:告警|即时报告|事件)?(?:的|那个|那起)?(?:事情?)?(?:现在|目前)?(?:是)?(?:什么情况|啥情况|怎么样|如何|进展|情况|处理得?怎么样|处理到哪了?)?(?:了|呢|啊)?[？?。.]*$/,
  /** 导出台账 */
  export: /^(?:导出台账|台账导出|下载台账|导出汇总表|导出报表)/,
  personRegister: /^重点人员(?:登记|建账)\s*[:：]\s*/,
  personRemove: /^重点人员(?:销号|撤销|移除)\s*[:：]\s*/,
  /** 12月20日前, 2026-12-20, 2026年12月20日 */
  deadline: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(\d{4})-(\d{2})-(\d{2})/,
  /** 3天, 十日内, 两周, 1个月内; 本周内, 月底前 (a time limit counted from the day it is given). */
  deadlineWithin: /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(天|日|周|星期|个月)(?:内|之内|以内)?|(本周|这周|月底|本月底|月末)/,
  owner: /(?<!稳控)责任人\s*[:：]?\s*([\u4e00-\u9fa5]{2,4})/,
  stabilizer: /稳控(?:责任人)?\s*[:：]?\s*([\u4e00-\u9fa5]{2,4})/,
  /** Labelled elements in a registration: 诱因：…；地点：… */
  elementLabels: {
    cause: /^(?:诱因|起因|原因)$/,
    place: /^(?:地点|发生地点)$/,
    forecast: /^(?:事态发展预测|事态预测|发展预测|预测)$/,
    plan: /^(?:工作预案|预案|处置预案)$/,
    time: /^(?:时间|发生时间)$/,
    keyPersons: /^(?:重点人员|涉及人员|当事人)$/,
    category: /^(?:类别|类型)$/,
    case: /^(?:所属案件|案件)$/,
  },
  /** 涉及2户, 涉及5人, 涉及群众十余人 */
  people: /涉及[\u4e00-\u9fa5]{0,4}?(\d{1,5})\s*(户|人|名)/,
  /** 宅基地纠纷, 土地承包矛盾 → 宅基地, 土地承包 */
  cause: /([\u4e00-\u9fa5]{2,8}?)(?:纠纷|矛盾)/,
  /** 王某某, 李某 (masked names as reports write them). */
  maskedName: /[\u4e00-\u9fa5]某某?/g,
  /** A 日研判 that describes its disputes: 排查矛盾纠纷2起（王某与李某宅基地纠纷；…）, 李某某和邻居宅基地边界纠纷. */
  disputeItem: new RegExp(`[\\u4e00-\\u9fa5]某某?家?(?:与|和|跟|同)(?:[\\u4e00-\\u9fa5]某某?家?|${COUNTERPARTIES})[^，,；;。（）()]{0,12}?(?:纠纷|矛盾)`, 'g'),
  /** The other side of a dispute when it is not a person named (李某某和邻居…纠纷): not its cause. */
  counterparty: new RegExp(COUNTERPARTIES, 'g'),
};

// Commands of the bot beyond the parse contract's five (they come out of `parse` as chatter): a word at the very
// start of the message, then the unit, the day or the days, and free text (免报 原因, 督办 要求).
export type ActionName = 'history' | 'query' | 'supervise' | 'excuse' | 'leave';
/** 我, 本人, after the unit and the day it starts (西街社区明天开始我请假三天): the sender is the one away. */
const SELF_LEAD = '(?:[\\u4e00-\\u9fa5]{1,8}(?:村|社区))?[，,\\s]*(?:(?:今天|明天|后天|\\d{1,2}月\\d{1,2}[日号]?)(?:开始|起)?[，,\\s]*)?(?:我(?!们|村|社区|镇)|本人)';
const ACTIONS: readonly [ActionName, RegExp][] = [
  // The unit first (张庄村历史, 东坡社区12月2日的修改记录) only with 村/社区 written out: 王某某有上访历史 is a report.
  ['history', /^(?:历史|报告记录|修改记录|更正记录|版本记录)|^[\u4e00-\u9fa5]{1,8}(?:村|社区)(?:\d{1,2}月\d{1,2}[日号]|今天|昨天|前天)?的?(?:报告)?(?:历史|修改记录|更正记录|版本记录)(?:记录)?[？?。]?$/],
  // …and 我们村今天报了吗？, 白鹤社区今天报了没有？我这边看不到: whether a unit's report went in (报了冇, as 湘
  // and 粤 speakers ask it, and 报了未).
  ['query', /^(?:查询|查看|查一下)(?!未报|统计)|^[^，。？?]{2,24}(?:的报告|报的(?:什么|啥))\s*(?:查一下|查查|看一下|看看|是什么|呢)?[？?]?$|^[^，。？?]{0,14}?(?:报|交|上报|发)(?:了|过)(?:吗|没有?|没|无|冇|未)(?=[？?。，,！!\s]|$)/],
  ['supervise', /^(?:督办|催办)/],
  ['excuse', /^(?:免报|免于报送)/],
  ['leave', new RegExp(`^(?:请假|休假|外出|出差)(?=$|[\\s：:，,]|\\d|[一二三四五六七八九十]{1,3}月|今天|明天|后天|本周|下周)|^${SELF_LEAD}[^，。？?]{0,10}(?:请假|休假|外出|出差|请[^，。？?]{1,4}假)|^[\\u4e00-\\u9fa5]{2,4}(?:同志)?(?:今天|明天|后天)?(?:请假|休假)`)],
];

/**
 * What leaders and staff write to the units that is not a report: a question (…现在什么情况？) or an instruction
 * (请…报一下, 要盯紧…, 各村注意…). Their reports (staff 代报) are plain statements.
 */
const OFFICE_TALK = /[？?]\s*$|什么情况|怎么样了|怎么回事|是否|有没有|吗[。！!]?\s*$|^(?:请|要|务必|必须|各村|各单位|大家|注意|抓紧|尽快|立即|马上)/;
export function isOfficeTalk(text: string): boolean {
  return OFFICE_TALK.test(text.replace(/^\s*@\S+\s*/, '').trim());
}

/**
 * A question put to the bot that no command took (今天情况怎么样？, 早报呢？): `cue` says it is a question, `stats`
 * that it asks how the day went, `someoneElse` that it is put to a person or unit in the group, not to the bot.
 */
export const QUESTION_WORDS = {
  cue: /[？?]\s*$|(?:吗|呢|么|没有?)[。！!？?]?\s*$|怎么样|如何|多少|几(?:个|次|起|件|家)|有没有|能不能|可不可以|是不是|在哪/,
  stats: /情况(?:怎么样|如何)|(?:报|报送|上报)(?:得|的)(?:怎么样|如何)|报了多少|早报|今天的?情况/,
  someoneElse: /你们|他们|你村|某某?|@\S/,
};
/** 你好 / 在吗 said to the bot: answered with how to report, not left unanswered. */
export const GREETING = /^(?:你好|您好|在吗|在不在|在么|在嘛|hello|hi)[啊呀吗么嘛哈?？!！。.～~\s]*$/i;
/** A question about what to report (今天是不是要报日研判？): answered with the formats and the deadline. */
export const ASKS_WHAT_TO_REPORT = /零报告|日研判|研判|重点人员动态|即时报告|报告/;
/** The sender's own unit in a question (我们村, 本社区), or no unit named at all. */
export const OTHERS_UNIT = /你们|他们|你村|他村/;

/** Whose leave: 我/本人 first is the sender; a name followed by 代报, 代班, 负责, 顶班 stands in for them. */
export const LEAVE_WORDS = {
  self: new RegExp(`^\\W*${SELF_LEAD}`),
  /** 请假三天, 休假2天, 请一周假: how long, when no last day is written (the leave then runs that many days). */
  days: /(?:请假|休假|外出|出差|请)[^，,。\d一二两三四五六七八九十]{0,3}(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(天|日|周|星期)/,
  standIn: (name: string) => new RegExp(`${name}(?:同志)?\\s*(?:代报|代班|代为|负责|顶班|替|接手)`),
};

/** A leading @-mention left by a platform that does not strip it (@机器人 历史 …). */
const MENTION = /^\s*@\S+\s*/;

/** A bot command beyond the contract's, named at the start of the message. */
export function actionCommand(text: string): ActionName | null {
  const t = text.replace(MENTION, '').replace(LEAD, '');
  for (const [name, re] of ACTIONS) if (re.test(t)) return name;
  return null;
}

/** The text after an action's word (its arguments). */
export function actionArgs(text: string): string {
  const t = text.replace(MENTION, '').replace(LEAD, '');
  for (const [, re] of ACTIONS) {
    const m = re.exec(t);
    if (m) return t.slice(m[0].length).trim();
  }
  return t;
}

/** Days a question is about: 本周 (Monday on), 本月, 本期 (the sensitive period or half-month), else one day. */
export const SPAN_WORDS: readonly ['week' | 'month' | 'period', RegExp][] = [
  ['week', /本周|这周|这一周|本星期/],
  ['month', /本月|这个月|当月/],
  ['period', /本期|这一期|本阶段/],
];
/** 12月3日-12月5日, 12月3日至5日: the separator between the first and last day of a range. */
export const RANGE_SEP = /\s*(?:-|—|–|~|～|至|到)\s*/;

// ——— a report the bot cannot read ———
/**
 * 南关村研判表.xlsx / [文件] … / 研判表在上面图片里 / 研判表已发邮箱: the report is in a file, a picture or a mailbox the
 * bot cannot open. Said with a report's word (研判, 报告, 动态, 报表, 台账), the sender is told to type it; a file or
 * picture alone (a photo of a meeting) is not an attempt at a report.
 */
export const ATTACHED_REPORT = {
  /** A file by its name (the parser reads nothing in one: parse-message.ts). */
  fileName: /\.(?:xlsx?|docx?|pdf|wps|et|jpe?g|png|zip|rar)\b/i,
  /** The placeholder a platform shows for a file or a picture. */
  placeholder: /\[(?:文件|图片)\]/,
  elsewhere: /(?:见|在|看)(?:上面的?|下面的?|上|下)?(?:附件|图片|截图|照片|表格|文件)|(?:图片|截图|照片|附件|表格|文件)(?:里|中|上)|(?:已|已经)?(?:发|传|上传)(?:到|至)?(?:了)?(?:邮箱|网盘|系统|微信)/,
  reportWord: /研判|报告|动态|报表|台账|统计表|排查表|日报/,
};

// ——— the 看板 (web page) ———
/** 看板: asks for a personal login link to the web page; the whole message, nothing else. */
export const DASHBOARD_WORD = /^(?:看板|数据看板|打开看板|进入看板|维稳看板)[。.!！]?$/;

/**
 * 续报 or 终报 heading a message (续报：…, 【终报】…, 北岭村续报二：…, @机器人 关于赵某某等人到县上访的续报：…): news of
 * an incident reported before, not a new one. Null for a message that only mentions the word (请各村及时续报).
 */
const FOLLOW_UP_HEAD = new RegExp(`^(?:@\\S+\\s+)*[【\\[]?[^。！？!?\\n：:【\\[]{0,30}?(${FOLLOW_UP_WORDS.join('|')})[一二三四五六七八九十\\d]{0,2}(?:一下|一哈|一个|个)?(?:[】\\]]|\\s*[：:，,\\s])`);
export function followUpHeading(text: string): (typeof FOLLOW_UP_WORDS)[number] | null {
  return (FOLLOW_UP_HEAD.exec(text.trim())?.[1] as (typeof FOLLOW_UP_WORDS)[number] | undefined) ?? null;
}

/**
 * A report that ends with its signature (张庄村今日零报告，确认 / …，书记已确认 / …，同意上报): said by the unit's head or
 * team leader it signs the report it comes with, as a 确认 sent after it would.
 */
const SIGN_OFF = /(?:^|[，,。;；\s])(?:书记|组长|工作组组长|本人)?(?:已)?(?:确认|签字|签字确认|确认无误|同意上报|审核通过)(?:上报)?[。.!！]*$/;
export function signsOff(text: string): boolean {
  return SIGN_OFF.test(text.trim());
}

// 确认。熊家台村今日零报告 / 东岭村今日零报告\n@机器人 确认: the signature and the report, each a sentence of its own (not
// 确认 三道河村今日零报告, the signature of that report: the command alone). Signed after the report in a sentence of its
// own (…零报告。确认, …零报告。\n同意上报。) or with the bot named; 张庄村今日零报告，书记签字确认 is the report, signed by submit-report.ts.
const SIGNED_FIRST = /^确认(?:签字)?\s*[。.!]\s*(?<report>\S[\s\S]*)$/;
const SIGNED_LAST = /^(?<report>[\s\S]*?\S)(?:\s*(?<stop>[。.!\n])\s*|\s+)(?:确认签字|签字确认|确认|同意上报)\s*(?:[。.!]|[—-]*\s*[\u4e00-\u9fa5]{2,4})?\s*$/;
// @机器人 凤鸣村今日零报告，村支书彭志远确认 / …零报告。同意上报。村支书 赵永福: the report, then its signer named with
// the signing word, the bot named or the signature a sentence of its own (林场零报告，签字确认：包国庆 is the report,
// signed by submit-report.ts).
const SIGNER_ROLE = alt(SIGNATURE_ROLES.filter((r) => /书记|支书|主任|队长|组长|负责人/.test(r)));
// (书记签字确认, 确认无误: no name between, the signing words themselves; the report then is signed by submit-report.ts.)
const SIGNER_NAME = '(?!签字|确认|同意|审核|已|无误)[\\u4e00-\\u9fa5]{2,4}?';
const SIGNED_BY = new RegExp(
  `^(?<report>[\\s\\S]*?\\S)\\s*(?<sep>[,。.!\\n\\s(])\\s*(?:(?:已经?|经)?(?:${SIGNER_ROLE})\\s*${SIGNER_NAME}\\s*(?:已)?(?:签字确认|确认|签字|同意上报)|(?:签字确认|确认|同意上报)\\s*:?\\s*(?:${SIGNER_ROLE})?\\s*${SIGNER_NAME}|同意上报\\s*[。.!\\s]\\s*(?:${SIGNER_ROLE})\\s*${SIGNER_NAME})\\s*\\)?\\s*[。.!]?\\s*$`,
);
/** The report beside a signature in a sentence of its own, and whether the signature comes first; null when none. */
export function signedApart(text: string, botNamed: boolean): { report: string; first: boolean } | null {
  const first = SIGNED_FIRST.exec(text);
  if (first) return { report: first.groups!.report!, first: true };
  const by = SIGNED_BY.exec(text);
  if (by && (botNamed || /[。.!\n]/.test(by.groups!.sep!))) return { report: by.groups!.report!, first: false };
  // (…零报告。确认: a sentence of its own after the report's full stop signs it, the bot named or not.)
  const last = SIGNED_LAST.exec(text);
  return last && (botNamed || last.groups!.stop) ? { report: last.groups!.report!, first: false } : null;
}

// ——— what a leader asks of the bot in plain words ———
// On WeCom and DingTalk a group message reaches the bot only when it @-mentions it, so 这个月越级上访排名,
// 昨天的日报, 台账导出来 and 南关村的事处理得怎么样了 are put to the bot, and silence would leave the leader waiting.
// Each is read as the command it means, written as the bot's commands are typed; only in a message that holds no report.

const EXPORT_ASK = /(?:导出|下载|导一下|导一份|拉一份|发一份|出一份|要一份)[^，,。？?]{0,6}(台账|汇总表|报表)|(台账|汇总表|报表)[^，,。？?]{0,6}(?:导出|下载|发一份|发一下|发下|发我|发过来|导一下)/;
const RANKING_ASK = /排名|排行|(?:哪个|哪些|哪几个)(?:村|社区|单位)[^，,。？?]{0,8}(?:最多|最少|最好|最差|最高|最低)/;
/** 逾期的案件有哪些, 超期案件: the overdue cases; 在办的案件: the ledger. */
const OVERDUE_ASK = /(?:逾期|超期|超时)[^，,。？?]{0,4}案件|案件[^，,。？?]{0,6}(?:逾期|超期|超时)/;
const LEDGER_ASK = /(?:在办|未办结|没办结|未化解|没化解)[^，,。？?]{0,2}案件|案件[^，,。？?]{0,4}(?:有哪些|有几个|有多少|清单|列表)/;
const DASHBOARD_ASK = /看板|网页|登录链接/;
/** 看下北岭村, 查一下南关村: the unit's day and its cases. */
const LOOK_ASK = /^(?:看下|看看|看一下|查下|查查|查一下)/;
const REMIND_ASK = /(?:提醒|催|督促|通知)[^，,。？?]{0,8}(?:没报|未报|没有报|没交|未交)|(?:没报|未报|没有报|没交)的?[^，,。？?]{0,8}(?:提醒|催|督促|通知)/;
/** How a unit's matter stands: 南关村的事处理得怎么样了, 李家湾村的纠纷是什么情况. */
const MATTER_ASK = /什么情况|啥情况|怎么样|咋样|如何了?|进展|处理到哪|有什么事|出什么事|出了什么事/;
const STATS_ASK = /化解率|报送率|^(?:今天|今日|昨天|昨日|前天|\d{1,2}月\d{1,2}[日号])?的?(?:日报|早报|简报)(?:发一下|发下|发我|呢|看看|有吗)?[？?。]?$|(?:越级|上访|即时报告|纠纷|矛盾|告警)[^，,。？?]{0,6}(?:几起|几个|几件|多少|有没有|有几)|(?:有没有|几起|多少起|有几起)[^，,。？?]{0,8}(?:越级|上访|即时报告|纠纷|矛盾|告警)/;
const ASKED_DAY = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?|今天|今日|昨天|昨日|前天/;
/** The 提醒 of 未报 提醒: the list goes to the units' group with the cadres @-mentioned. */
export const REMIND_WORD = /提醒/;

/**
 * The command a plain request means (`导出汇总表`, `越级排名`, `未报 提醒`, `查询 南关村`, `统计 昨天`), or null. `unit`
 * is the unit the message names, if any; a message naming a person is put to that person, not read here.
 */
export function plainRequest(text: string, unit: string | null): string | null {
  const t = text.replace(MENTION, '').trim();
  const day = ASKED_DAY.exec(t)?.[0] ?? '';
  const span = SPAN_WORDS.find(([, re]) => re.test(t));
  const when = [day, span ? { week: '本周', month: '本月', period: '本期' }[span[0]] : ''].filter(Boolean).join(' ');
  const ask = (cmd: string) => `${cmd}${when ? ` ${when}` : ''}`;
  const exp = EXPORT_ASK.exec(t);
  if (exp) return `导出${exp[1] ?? exp[2]}`;
  if (RANKING_ASK.test(t)) return '越级排名';
  if (OVERDUE_ASK.test(t)) return '超期案件';
  if (LEDGER_ASK.test(t)) return '台账';
  if (DASHBOARD_ASK.test(t)) return '看板';
  if (unit && LOOK_ASK.test(t)) return ask(`查询 ${unit}`);
  if (REMIND_ASK.test(t)) return ask('未报 提醒');
  if (unit && MATTER_ASK.test(t)) return ask(`查询 ${unit}`);
  if (STATS_ASK.test(t)) return ask('统计');
  return null;
}

/**
 * What a leader tells the bot about a unit's matter (南关村那个事让马成盯紧点，明天前要有结果): an instruction the
 * bot cannot carry out as said, but 督办 can; the bot offers it.
 */
export const INSTRUCTION_WORDS = /^请|报一下|报上来|报过来|发群里|让|叫|要求|抓紧|盯紧|盯着|跟进|尽快|务必|督促|落实|要有结果|给个说法|处理好|妥善处理|做好工作/;

/**
 * 同意, 情况属实 alone: how a unit's head or team leader answers the day's report. A word like any other in a
 * group's chat (the parse contract reads it as chatter); from one who signs, the handler takes it as 确认.
 */
export const SIGNER_ASSENT = /^(?:同意|属实|情况属实|核实无误)[。！!.\s]*$/;

/** 晚点报, 下午再发, 一会儿报: a report promised for later today, said to the bot. */
export const PROMISED_LATER = new RegExp(`(?:${alt(LATER_WORDS)})儿?(?:再|才)?(?:报|发|交|上报|报送)(?!了|过)`);
