// The parser's words, as named families. Every stage that needs a family reads it from here, so a new word goes
// in one place (a new synonym of 零报告, a new role word of a signature line). Each family is a list of words;
// `alt` turns one into a regex alternative (longest first, so 零报告 wins over 零报). Patterns that are more than
// a word list (a place followed by 信访局, a figure after a field) stay with their stage, built from these words.

/** Longest first, escaped: a regex alternative of the words of one family. */
export function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** One lexicon entry that fired, for `parse --explain`. */
export interface LexiconHit {
  family: string;
  word: string;
}

// ——— what a report is ———
/** The zero report named (零报告, and its abbreviations). */
export const ZERO_REPORT_WORDS = ['零报告', '0报告', '零报', '报零', '零上报'] as const;
/** Zero report said without the word: nothing to report for the day (无涉稳情况, 一切正常). */
export const CALM_WORDS = [
  '今日平安',
  '今天平安',
  '平安无事',
  '一切正常',
  '一切平安',
  '全村平安',
  '无事发生',
  '没有情况',
  '无任何情况',
  '无情况',
  '无异常情况',
  '情况正常',
  '无涉稳情况',
  '无涉稳事项',
  '无涉稳',
  '未发现涉稳',
  '没有涉稳',
  '无不稳定因素',
  '无影响稳定',
  '无维稳情况',
  '无重大情况',
  '无特殊情况',
  '无新情况',
  '无新增情况',
  '无异常动态',
  '无异常',
  '各项工作正常',
  '社会稳定',
  '无涉访涉稳',
  '无涉访',
  '未发现不稳定因素',
  '未发现异常',
  '未发现涉稳',
  '无其他情况',
  '没得啥子情况',
  '没啥情况',
  '没什么情况',
  '无上报事项',
  '无需上报',
  '无可报',
  '无事报平安',
  '报个平安',
  '报平安',
  '今天没事',
  '今日没事',
  '今天没啥事',
  '今天啥事没有',
  '今天啥事都没有',
  '今天什么事都没有',
  '一切安好',
  '太平无事',
  '风平浪静',
] as const;

/** The report's own words, kept whole when a space is typed inside them (零 报告, 重点 人员). */
export const KEY_WORDS = ['日研判', '研判', '重点人员', '矛盾纠纷', '即时报告', '集体访', '上访', '信访', '进京', '赴省', '到市', '无异常', '均稳定'] as const;

// ——— what happened ———
/** Words of a petition act. */
export const PETITION_ACTS = ['集体上访', '集体访', '越级上访', '越级访', '上访', '非访', '缠访', '闹访', '告状', '联名', '请愿', '集访', '群访'] as const;
/** After a petition word these make it a topic, not an act (上访苗头, 上访户, 上访意愿). */
export const PETITION_NOT_ACT_AFTER = ['村民', '群众', '老户', '者', '人', '苗头', '动向', '意向', '意愿', '倾向', '想法', '念头', '户', '人员', '制度', '工作', '情况', '事项', '隐患'] as const;
/** Person nouns of a crowd or a subject (12名村民, 村民王某某). */
export const PERSON_NOUNS = ['人', '村民', '居民', '群众', '业主', '农户', '农民工', '老人', '妇女', '男子', '女子', '青年', '学生', '家属', '工人'] as const;
/** Many people as one subject (十几户拆迁户, 三四个人, 一伙人, 业主们): a group that threatens is already a happening. */
export const GROUP_WORDS = ['一伙人', '一帮人', '一群人', '一些人', '一些村民', '部分村民', '部分群众', '部分业主', '业主们', '村民们', '群众们', '居民们', '工人们', '大家伙', '联名'] as const;
/** The subject's household words besides the person nouns (十几户, 五户人家, 拆迁户). */
export const HOUSEHOLD_NOUNS = ['户', '户人家', '家', '拆迁户', '住户', '商户'] as const;
/** Who leads a group (带头的是姜某某, 为首的王某某): the person to follow. */
export const LEADER_WORDS = ['带头的是', '带头的叫', '带头人是', '带头人', '带头的', '领头的是', '领头的叫', '领头的', '为首的是', '为首的', '牵头的是', '牵头人是', '牵头人', '组织者是', '组织者'] as const;
/** A person gone: nobody knows where (the same words for a named and an unnamed person). */
export const MISSING_WORDS = ['人不见了', '找不着', '找不到', '失联', '去向不明', '下落不明', '联系不上', '不知去向', '出门未归', '外出未归', '行踪不明', '无法联系'] as const;
/** A grievance against an answer or a decision (不服答复, 讨说法): with travel to 县里/市里/省里 it is a petition. */
export const GRIEVANCE_WORDS = ['不服', '答复', '不满意', '不认可', '不接受', '讨说法', '讨个说法', '要说法', '要个说法', '不公平', '不公道', '不到位', '没到位', '不解决', '不给解决', '没解决', '不兑现', '没兑现', '拿不到', '结果不对'] as const;
/** Going again, the destination left implicit (他说下周还要去): said of a named person, a risk to follow. */
export const GO_AGAIN_WORDS = ['还要去', '又要去', '还会去', '还想去', '又想去', '还要再去', '还要来', '又要来', '还要到', '又要到'] as const;
/** A zero report taken back in the same breath (零报告 嗯不对, 零报告 说错了). */
export const SELF_CORRECTION_WORDS = ['不对', '说错了', '说错', '错了', '搞错了', '报错了', '弄错了', '不是零报告', '撤回'] as const;
/** Distress in plain words. */
export const PLAIN_DISTRESS_WORDS = ['人不见了', '找不着', '不想活', '想不开', '寻死', '拼命', '脾气上来', '摔东西'] as const;
/** A dispute named (矛盾, 纠纷): stated that day, it is never a zero report's day. */
export const DISPUTE_WORDS = ['矛盾纠纷', '纠纷', '矛盾'] as const;

/**
 * What a zero report's negated list and a zero form name (无进京赴省到市上访、无集体访 / 进京：0 赴省：0): the
 * headings beyond the township and the kinds of petition. Negated or answered “none”, they say nothing happened.
 */
export const PETITION_HEADINGS = ['进京', '赴京', '去北京', '赴省', '到省', '进省', '去省', '到市', '赴市', '去市', '到县', '到区', '越级'] as const;
export const PETITION_KINDS = [
  '集体访',
  '集访',
  '集体上访',
  '群访',
  '群体访',
  '群体性事件',
  '群体事件',
  '非访',
  '非正常上访',
  '非正常访',
  '超人数上访',
  '缠访',
  '闹访',
  '缠访闹访',
  '越级访',
  '越级上访',
  '联名信',
  '重复访',
] as const;

/** Something of the day already reported on its own (上午…的事已即时报告): the day is not a zero report's. */
export const ALREADY_REPORTED = ['已即时报告', '已经即时报告', '已作即时报告', '已做即时报告', '已单独报告', '已单独上报', '已另行报告', '已另行上报', '已另报', '另行上报'] as const;

// ——— not understood for sure (the bot asks back) ———
/** 同上 / 和昨天一样: the same as the unit's last report. */
export const SAME_AS_BEFORE = ['同上', '同昨天', '同昨日', '和昨天一样', '跟昨天一样', '与昨天一样', '和昨天的一样', '跟昨天的一样', '同前', '照旧', '老样子', '无变化', '没有变化', '没变化', '跟上次一样', '和上次一样', '同往常', '跟往常一样', '和往常一样'] as const;

// ——— how sure ———
/** Negators that blank what follows up to the clause end (the negation masks in analysis.ts). */
export const NEGATORS = [
  '没有',
  '未发生',
  '未发现',
  '没发现',
  '没发生',
  '没出现',
  '未出现',
  '未接到',
  '没接到',
  '未收到',
  '没收到',
  '不发生',
  '不出现',
  '确保不',
  '不准',
  '不存在',
  '杜绝',
  '严防',
  '防止',
  '严禁',
  '防范',
  '避免',
  '谨防',
  '不是',
  '不再',
  '并非',
  '并未',
  '不属于',
  '未有',
  '没去',
  '没到',
  '没有去',
  '没进',
  '暂未',
  '尚未',
  '未表现',
  '没表现',
  '未见',
  '未曾',
  '没人',
  '没有人',
] as const;
/** Threats and plans: a risk, not an act (扬言要去, 说过两天要去, 打算). Cue before what it qualifies. */
export const MODAL_BEFORE = ['以为', '误以为', '怀疑', '扬言', '说要', '说是要', '要去', '要到', '要进', '要赴', '想去', '想到', '打算', '准备', '声称', '表示要', '威胁', '如果', '一旦', '如有', '若有', '可能', '也许', '或许', '就去', '就到', '就要去', '就上', '就进', '要组织', '组织人', '商量'] as const;
/** The same, said after what it qualifies (有进京苗头, 有去省里的打算). */
export const MODAL_AFTER = ['苗头', '倾向', '意向', '意愿', '动向', '想法', '念头', '多次', '可能', '计划', '意图', '企图', '打算', '准备'] as const;
/** The past: what is told happened before the day reported on (上月赴京上访的, 去年元旦, 前期排查的). */
export const PAST_MARKERS = [
  '上次',
  '上回',
  '去年',
  '前年',
  '往年',
  '上个月',
  '上月',
  '上周',
  '上星期',
  '上礼拜',
  '前期',
  '早前',
  '此前',
  '之前',
  '以前',
  '以往',
  '曾经',
  '曾多次',
  '曾到',
  '曾去',
  '曾赴',
  '曾于',
  '前段时间',
  '前段',
  '前些天',
  '前些日子',
  '前几天',
  '前两天',
  '前几日',
  '前几年',
  '历史上',
  '今年以来',
  '年初',
  '上半年',
  '息诉罢访',
] as const;
/** Hearsay: what someone else says happened (听说隔壁…). */
export const HEARSAY_MARKERS = ['听说', '据说', '据传', '传言', '网传', '听人说', '听别人说', '有人说'] as const;
/** Another place than the sender's unit (隔壁青山镇, 有个村). */
/** (外村/外镇 are left out: 另外村民…, 另外镇里… are everyday words.) */
export const ELSEWHERE_MARKERS = ['外镇', '外乡', '外村', '外县', '隔壁', '邻村', '邻镇', '邻乡', '其他村', '别的村', '有个村', '有一个村', '某村', '兄弟乡镇', '其他乡镇', '周边乡镇', '其他地方', '别的地方'] as const;
/** Checked and found not to be the unit's (经核实非本村人员, 不是我们村的). */
export const NOT_OURS = ['非本村', '非我村', '非本社区', '非我社区', '不是本村', '不是我村', '不是我们村', '不是本社区', '不是我们社区', '不是我们这的', '不属于本村'] as const;
/** A warning to everyone built on someone else's case (吸取教训). */
export const WARNING_MARKERS = ['吸取教训', '引以为戒', '举一反三', '警钟', '以此为戒', '大家一定', '大家要', '各村要', '各社区要', '务必'] as const;

// ——— forms and signatures ———
/** Role words of a signature or contact line (村支书：贺某（签字）, 报告人：… 联系电话：…): never an incident, never a person. */
export const SIGNATURE_ROLES = [
  '报告人',
  '填报人',
  '上报人',
  '报送人',
  '填表人',
  '制表人',
  '统计人',
  '记录人',
  '审核人',
  '审核',
  '签发人',
  '签发',
  '审批人',
  '值班人',
  '值班员',
  '值班领导',
  '带班领导',
  '联系人',
  '联系电话',
  '电话',
  '手机',
  '手机号',
  '村支书',
  '支书',
  '党支部书记',
  '村书记',
  '社区书记',
  '书记',
  '村主任',
  '村委会主任',
  '社区主任',
  '主任',
  '驻村工作队长',
  '驻村工作组长',
  '工作组组长',
  '驻村第一书记',
  '第一书记',
  '负责人',
  '网格员',
  '包保责任人',
  '包保人',
  '稳控责任人',
  '责任人',
  '包保干部',
  '签字',
  '签名',
  '单位盖章',
  '盖章',
  '填报时间',
  '报告时间',
  '上报时间',
  '填报日期',
] as const;
/** Answers of a form field that say “none” (一、进京上访：无, 集体访：0). */
export const NONE_ANSWERS = ['无', '没有', '暂无', '否', '未发现', '未发生', '没发生', '零', '0', '0人', '0件', '0起', '0次', '0批', '0人次', '无此情况', '无此类情况'] as const;

// ——— counts (daily_assessment) ———
/** Field words of each count, as people and forms name them. The figure follows (排查数：3件, 化解2起). */
export const COUNT_FIELDS = {
  disputesFound: ['新排查', '排查出', '排查', '新发现', '发现', '摸排', '纠纷排查', '矛盾纠纷排查'],
  disputesResolved: ['调处化解', '成功化解', '已化解', '化解', '成功调解', '调解成功', '已调解', '调解', '调处', '解决', '办结', '已解决', '化解矛盾纠纷', '调处矛盾纠纷'],
  petitions: ['新增信访', '接待来访', '受理信访', '受理信访事项', '信访事项', '新增来访', '接待群众来访', '信访件', '来访', '信访'],
  keyPersons: ['重点人员', '重点对象', '稳控对象', '重点人'],
} as const;
/** After a field word: 数, 数量, 件数 (纠纷排查数, 稳控数量). */
export const COUNT_FIELD_SUFFIX = ['数量', '件数', '人数', '总数', '数'] as const;
