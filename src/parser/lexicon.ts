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
export const ZERO_REPORT_WORDS = ['零报告', '0报告', '零报', '报零', '报个零', '零上报'] as const;
/**
 * 零报告 typed with one homophone wrong (líng bào gào, from a pinyin input method or voice input): read as 零报告,
 * with all its rules (a message that reports something is still never a zero report). Two wrong (灵保告) is asked
 * back (parse-message.ts). 领 after a verb that makes it “lead, collect” (带领, 去领报告) is not one.
 */
export const ZERO_REPORT_TYPOS = ['零号告', '0报高', '0报号', '领报告', '灵报告', '令报告', '铃报告', '玲报告', '龄报告', '零保告', '零宝告', '零包告', '零抱告', '零豹告', '零爆告', '零暴告', '零鲍告', '零报道', '林报告', '凌报告', '灵宝告'] as const;
/** 另报告 (另, ling typed for 零) is “also report” in 另报告如下: a typo of 零报告 only where it ends the message (兴华村今日另报告). */
export const ZERO_REPORT_END_TYPOS = ['另报告'] as const;
/** Before 领: 领 is “lead, collect” there, not a typo of 零 (characters, not a word family: --explain skips it). */
export const LING_VERB_BEFORE = '去来取要带本率引占首纲认申冒招统将';
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
  '今天没有事',
  '今日没有事',
  '村里没有事',
  '今日没事',
  '今天没啥事',
  '今天啥事没有',
  '今天啥事都没有',
  '今天什么事都没有',
  '一切安好',
  '太平无事',
  '风平浪静',
  '今日无事',
  '今天无事',
  '平稳无事',
  '没情况',
  '没有啥事',
  '没什么事',
  '没有什么事',
  '没有什么情况',
  '一切如常',
  '无事可报',
  '没事可报',
  '没啥可报',
  '没有可报的',
  '无可报告',
  '没什么要报的',
  '没有什么要报的',
  '没啥要报的',
  '没什么要报',
  '没什么可报的',
  '没有这个事',
  '没这个事',
  '没有这种情况',
  '没这种情况',
  '没有这种事',
  '这边没事',
  '这边没啥事',
  '这边没有事',
  '村没事',
  '村都好好的',
  '村里都好好的',
  '社区都好好的',
  '这边都好好的',
  '这边好着呢',
  '这边好着哩',
  '这边都好着呢',
  '村里好着呢',
  '村上好着呢',
] as const;
/**
 * Checked and nothing found (经排查，暂未发现矛盾纠纷和信访苗头): what a zero report says it did not find. Negated by
 * QUIET_NEGATORS, with nothing else reported beside it (no figures, no person), it is a zero report.
 */
export const QUIET_THINGS = ['矛盾纠纷', '纠纷', '矛盾', '信访苗头', '上访苗头', '信访问题', '信访事项', '信访案件', '涉稳问题', '涉稳事项', '涉稳隐患', '不稳定因素', '不稳定苗头', '苗头性问题', '苗头性', '异常情况', '异常动向', '可疑情况', '重大情况', '突发事件', '突发情况', '安全隐患', '稳定隐患', '重大事项', '上访迹象', '信访迹象', '需要上报的', '需上报的', '要报的', '应报告的', '报告事项'] as const;
export const QUIET_NEGATORS = ['暂未发现', '未发现', '没有发现', '没发现', '未排查出', '没排查出', '未排查到', '没排查到', '未出现', '未发生', '暂无', '没有', '均无', '无'] as const;
/** A place or the day said to be calm (今日村里平稳, 辖区总体稳定): with nothing else reported, a zero report. */
export const CALM_PLACES = ['今日', '今天', '今儿个', '今儿', '当日', '本日', '全村', '村里', '村内', '本村', '我村', '辖区', '辖区内', '社区', '社区内', '本社区', '全社区', '社会面', '面上', '村上', '寨上', '寨里', '寨子里', '屯里', '组里'] as const;
export const CALM_STATES = ['平稳', '稳定', '正常', '安全稳定', '和谐稳定', '平平安安', '平安', '安定', '太平', '消停'] as const;

/** The report's own words, kept whole when a space is typed inside them (零 报告, 重点 人员). */
export const KEY_WORDS = ['日研判', '研判', '重点人员', '矛盾纠纷', '即时报告', '集体访', '上访', '信访', '进京', '赴省', '到市', '无异常', '均稳定'] as const;

/**
 * A unit's alias inside an organisation's name is not that unit: 金沙街道综治中心 (alias 金沙, of the 街道; alias 中心, of
 * 综治中心), 桃花坪乡中心学校. Before the alias: the words that make it the tail of an organisation (综治中心, 党群服务中心);
 * after it: a higher level of government (桃花坪乡, 金沙街道) or an institution (中心学校, 中心医院).
 */
export const ORG_WORDS_BEFORE = ['综治', '服务', '党群', '便民', '政务', '指挥', '调解', '调度', '应急', '文化', '活动', '卫生', '网格', '信访', '矛调', '社会治理', '治理', '监控', '培训'] as const;
export const ORG_WORDS_AFTER = ['粮库', '粮站', '温泉', '度假区', '度假村', '化工', '酒家', '酒店', '宾馆', '山庄', '石材', '石场', '建材', '乡政府', '镇政府', '街道', '办事处', '学校', '小学', '中学', '幼儿园', '医院', '卫生院', '派出所', '司法所', '财政所', '供电所', '信用社', '银行', '邮政', '农资', '门市', '超市', '饭店', '山庄', '农家乐', '宾馆', '酒店', '商店', '小卖部', '加油站', '货场', '批发市场'] as const;
/**
 * Dialect words read as Mandarin before any rule (没得人上访 → 没有人上访, 在屋头 → 在家里; 西北 莫 for 没: 莫有, 也莫集体访,
 * 谁莫报; 还莫得消息 is 还没有, not 还没 then 得; 贵州 哪样 for 什么: 莫得哪样事情, 搞哪样). 没得 before 到/了 stays; 莫 alone is left (莫斯科, a surname).
 * 客家 (闽西, 赣南, 粤东 cadres type it as they speak; its 冇 and 佢 are in CANTONESE): 今晡日/昨晡日 are 今天/昨天 (so
 * the day is read, not defaulted to the send date), 𠊎 is 我, 屋下 is 家里 (在屋下 = 在家).
 * 中原官话 (河南, 皖北, 鲁西南): 夜儿个/夜个 are 昨天, 今个/昨个/前儿个/明儿个 today, yesterday, the day before and
 * tomorrow (夜 alone, 夜里, 半夜, is left).
 * 桂柳话 and 粤-flavoured 广西 chat, 湘西 too: 讲 for 说 (讲要去, 听讲) and 克 for 去 before a level (克县里, 克北京, 克区里,
 * 克街道; 克州 is 去州, read as 去市 by PREFECTURE_BEFORE); 讲 and 克
 * alone are left (讲话, 克服, 千克).
 * 吴语 (台州, 温州, 宁波, 上海 chat): 弗/勿/伐 for 不 and 呒/嘸 for 没 in the compounds a report uses (电话弗接, 人弗见了,
 * 伐晓得, 呒没人上访); 弗 and 伐 alone are left (伐 ends a question: 要报伐？; 弗兰克).
 * 闽南: 在厝/回厝/到厝 for 在家/回家/到家 (厝 alone names villages: 后厝村).
 */
export const DIALECT: Readonly<Record<string, string>> = {
  // 胶东, 东北 and 鲁西南 待 for 在 (待家里, 待在家, 孟庆华待家没出门): at home (not 接待家属, 招待家长: normalize.ts).
  待家: '在家',
  待家里: '在家里',
  待在家: '在家',
  待屋里: '在屋里',
  // 北方 and 西南 咋 for 怎么 (零报告咋弄/咋报/咋个报, 咋办): asked how, as 怎么 asks it.
  咋个: '怎么',
  咋样: '怎么样',
  咋弄: '怎么弄',
  咋整: '怎么办',
  咋办: '怎么办',
  咋报: '怎么报',
  咋填: '怎么填',
  咋写: '怎么写',
  咋发: '怎么发',
  // 海南: 无 for 没/不 before a verb's result (打无通, 找无到, 三天无联系, 黄亚妹无去).
  无去: '没去',
  无来: '没来',
  打无通: '打不通',
  接无通: '接不通',
  找无到: '找不到',
  // 潮汕 and 闽南 too: 还无找着, 无寻着.
  无找着: '没找着',
  无找到: '没找到',
  无寻着: '没找着',
  无联系: '没联系上',
  无回来: '没回来',
  无回家: '没回家',
  没得: '没有',
  莫得: '没有',
  冇得: '没有',
  木有: '没有',
  // (木进京木赴省 木到市到县, 谁还木报: 木 for 没 before a going or a report; not 木去, 木到 alone, which end names
  // such as 沈舍木 before their words.)
  木进京: '没进京',
  木赴省: '没赴省',
  木到市: '没到市',
  木到县: '没到县',
  木报: '没报',
  // 鲁西, 豫: 也木集体访, 今天木见着人, 木啥事, 还木找着 (木 for 没 before an act, a sighting, a matter, a search; before 找,
  // 回 and 联系 only after 还/也/仍… (normalize.ts MU_SEARCH_BEFORE): 沈舍木找到了 is a name).
  木集体访: '没集体访',
  木上访: '没上访',
  木见着: '没见着',
  木见到: '没见到',
  木啥事: '没啥事',
  木找着: '没找着',
  木找到: '没找到',
  // 么有集体访 (么 for 没, typed by ear; 么 is written 幺 here): before an act or a matter only (什么有用 stays).
  幺有集体访: '没有集体访',
  幺有上访: '没有上访',
  幺有进京: '没有进京',
  幺有异常: '没有异常',
  幺有情况: '没有情况',
  // 新疆: 去镇上赶巴扎了 (the bazaar, market day).
  赶巴扎: '赶集',
  // 西北: 今天么麻达 / 没麻达 (no trouble).
  幺麻达: '没事',
  没麻达: '没事',
  // 川: 重点人员2个 都稳得起 / 都稳得很 / 4个都稳到的 (stable).
  稳得起: '稳定',
  稳得很: '稳定',
  稳到的: '稳定的',
  // 去年今天白家那个事闹到区里了: this day last year, past, not today.
  去年今天: '去年这天',
  去年的今天: '去年这天',
  去年今日: '去年这天',
  // 青海, 甘: 今天毛有上访的 (毛 for 没 before 有 and an act or a matter; not 毛有 alone, which opens names such as 毛有才).
  毛有上访: '没有上访',
  毛有人: '没有人',
  毛有事: '没有事',
  毛有啥: '没有啥',
  木回来: '没回来',
  木联系上: '没联系上',
  屋头: '家里',
  // 滇: 家头 for 家里 (在家头), 跟到 for 跟着 (跟到克镇上了).
  在家头: '在家里',
  跟到克: '跟着去',
  // 晋城: 翁里 for 家里 (田某在翁里 好着呢).
  在翁里: '在家里',
  回翁里: '回家里',
  屋里头: '家里',
  // 湖北, 湖南, 江西: 屋里 is home (皮德胜今天在屋里, 屋里人说克县里了).
  在屋里: '在家里',
  屋里人: '家里人',
  屋下: '家里',
  // 客家: 不系 for 不是 (肖金福系去县医院看病，不系去上访), 回屋/送回屋 for 回家.
  不系: '不是',
  送回屋: '送回家',
  回屋: '回家',
  啥子: '什么',
  // 天津 嘛 for 什么 (零报告嘛格式, 没嘛事), only in these words: 嘛 alone closes a sentence everywhere.
  嘛格式: '什么格式',
  没嘛事: '没什么事',
  嘛事: '什么事',
  嘛情况: '什么情况',
  // 啷个 (贵州, 重庆): 怎么 (零报告啷个格式).
  啷个: '怎么',
  // 川, 湘, 黔: 要得 for 好的 (紫石村今天零报告 要得), standing alone at a clause's end (not 要得到补偿).
  要得: '好的',
  // 东北: 撕吧 for 撕巴, a tussle (在村头撕吧起来了), before 吧 is read as a particle.
  撕吧: '撕巴',
  // 晋南, 陕: 年时 for 去年 (年时五一村里有人去北京那事早就了结了; not 过年时, 新年时).
  年时: '去年',
  // 吴语 勿 for 不/没 (勿是上访, 勿有吵相骂, 勿讲去北京了, 勿肯退押金).
  勿是: '不是',
  勿有: '没有',
  勿讲: '不讲',
  勿肯: '不肯',
  勿会: '不会',
  勿要: '不要',
  么子: '什么',
  哪样: '什么',
  今儿个: '今天',
  今儿: '今天',
  昨儿个: '昨天',
  昨儿: '昨天',
  夜儿个: '昨天',
  夜个: '昨天',
  // 港 for 说 (湘北, 鄂南): only before 要去 (港要克北京), as 港 is a harbour and in place names elsewhere.
  港要克: '说要去',
  港要去: '说要去',
  // 镇府, 县府 (粤西, 闽南 and others): the government's office, shortened.
  镇府: '镇政府',
  乡府: '乡政府',
  县府: '县政府',
  区府: '区政府',
  // 夜里个 (皖北): 昨天 (not 夜里, at night).
  夜里个: '昨天',
  // 夜来 (山西, 内蒙古): 昨天 (not 夜来香).
  夜来: '昨天',
  // 鄂: 么样 for 怎么 (零报告么样写; 么 reaches this table as 幺, see below).
  幺样写: '怎么写',
  幺样报: '怎么报',
  幺样填: '怎么填',
  幺样发: '怎么发',
  // 赣: 阿们 for 我们 (阿们杨坞冇事).
  阿们: '我们',
  // 东北: 嘎哈 for 干啥 (不知道嘎哈的); 屯 for the village (不是我们屯的, 本屯).
  嘎哈: '干啥',
  干哈: '干啥',
  我们屯: '我们村',
  俺们屯: '俺们村',
  咱们屯: '咱们村',
  咱屯: '咱村',
  俺屯: '俺村',
  本屯: '本村',
  // 晋语: 兀 for 那 (兀个温建军, 兀些人).
  兀个: '那个',
  兀些: '那些',
  夜来黑了: '昨晚',
  夜来黑夜: '昨晚',
  夜来晚上: '昨晚',
  夜来夜里: '昨晚',
  // 鲁西南 (菏泽, 济宁 chat): 夜黑 last night, 前门儿 the day before yesterday, 清起来 in the morning, 搁家 at home.
  夜黑里: '昨晚',
  夜黑: '昨晚',
  前门儿: '前天',
  清起来: '早上',
  搁家里: '在家',
  搁家: '在家',
  搁宿舍: '在宿舍',
  今个: '今天',
  昨个: '昨天',
  前儿个: '前天',
  明儿个: '明天',
  晓得: '知道',
  一哈子: '一下', 看哈子: '看一下', 幺报: '没报',
  一哈: '一下',
  今晡日: '今天',
  今晡: '今天',
  // 潮汕/闽南: 下晡 (afternoon), 今暝 (tonight), 阮 (we, our) before a place of ours, 无 before a verb (无打起来).
  下晡: '下午',
  今暝: '今晚',
  昨暝: '昨晚',
  返来: '回来',
  女儿厝: '女儿家',
  儿子厝: '儿子家',
  亲戚厝: '亲戚家',
  伊讲: '他说',
  伊囝: '他儿子',
  阮村: '我村',
  阮祖祠: '我村祖祠',
  阮山: '我村山',
  无打起来: '没打起来',
  寻无人: '找不到人',
  昨晡日: '昨天',
  昨晡: '昨天',
  '\u{2028E}': '我',
  莫有: '没有',
  也莫: '也没',
  都莫: '都没',
  还莫: '还没',
  还莫得: '还没有',
  也莫得: '也没有',
  都莫得: '都没有',
  谁莫: '谁没',
  莫报: '没报',
  莫发: '没发',
  莫交: '没交',
  莫事: '没事',
  // (美食街今天人多但是莫吵架的: 没吵架; 莫撒事 for 没啥事.)
  莫吵架: '没吵架',
  莫打架: '没打架',
  莫吵: '没吵',
  莫撒事: '没啥事',
  // 潮汕: 无 before a verb is 不 (侨房的事无解决伊还要去北京), as 弗 is in 吴语.
  无解决: '不解决',
  无给钱: '不给钱',
  无肯: '不肯',
  弗接: '不接',
  // (弗有人去上访 / 也弗有吵相骂个: 吴语 and 衢州 speech, 没有.)
  弗有: '没有',
  弗晓得: '不知道',
  弗知道: '不知道',
  弗来: '不来',
  弗去: '不去',
  弗回: '不回',
  弗肯: '不肯',
  弗听: '不听',
  弗在: '不在',
  弗见: '不见',
  弗通: '不通',
  弗稳: '不稳',
  伐晓得: '不知道',
  伐知道: '不知道',
  勿晓得: '不知道',
  勿接: '不接',
  // 舟山, 宁波: 么事体/么啥事体/呒啥事体 for 没什么事, 屋里厢 for 家里, 打勿通, 太太平平; 湖北 么事/么斯 for 什么事/什么
  // (冇得么事, 么事都冇得); 赣语 and 湘语 么子 for 什么 (冇么子事, 么子事都冇). 么 reaches this table as 幺 (the Traditional
  // converter reads it so, outside 什么/这么/怎么) and 冇 as 无 (the Cantonese table comes first).
  幺事体: '没什么事',
  幺啥事体: '没什么事',
  没啥事体: '没什么事',
  呒啥事体: '没什么事',
  呒事体: '没事',
  屋里厢: '家里',
  勿通: '不通',
  太太平平: '太平',
  幺事: '什么事',
  // 冀南: 么事没有 (双庙村今天么事没有): nothing happened.
  幺事没有: '没有事',
  幺斯: '什么',
  幺子: '什么',
  // 客家 and 赣南: 么个 for 什么 (冇么个事).
  幺个: '什么',
  // 西南官话 and 陕南: 莫啥 for 没啥 (今天莫啥情况).
  莫啥: '没啥',
  无幺个: '没什么',
  无幺子: '没什么',
  幺子事都无: '什么事都没有',
  // 闽东 (福州, 宁德): 今旦 today, 侬 a person (无侬 nobody, 有侬 someone, 两只侬 two people), 𣍐 for 不会 (𣍐去), 好势 fine,
  // 食饭 to eat.
  今旦: '今天',
  无侬: '没有人',
  有侬: '有人',
  只侬: '个人',
  𣍐: '不',
  好势: '正常',
  食饭: '吃饭',
  // 苏北, 吴: 相打 for 打架 (两家为沟渠相打). (家去, 回家 there, is left: 到他家去 is a visit.)
  相打: '打架',
  // 北方: 仨/俩 as an assessment's figure (排查了仨，化解了俩); 稳当 for 稳定 (都挺稳当). (俩 elsewhere stays: 兄弟俩, 俩人,
  // 又来了俩, which counts people.)
  排查了仨: '排查了三个',
  排查了俩: '排查了两个',
  化解了仨: '化解了三个',
  化解了俩: '化解了两个',
  调解了俩: '调解了两个',
  俩起: '两起',
  仨起: '三起',
  纠纷仨: '纠纷三起',
  纠纷俩: '纠纷两起',
  重点人员俩: '重点人员两个',
  重点人员仨: '重点人员三个',
  化解仨: '化解三起',
  化解俩: '化解两起',
  // (其实是仨人 / 去了仨人: three people, as 俩人 is two.)
  仨人: '三人',
  // 豫: 搁 for 在 (搁她闺女家; 搁家 above).
  搁屋: '在屋',
  搁村里: '在村里',
  搁她: '在她',
  搁他: '在他',
  仨个人: '三个人',
  // (三道沟有俩人上镇里了: 有 before them, two people who went.)
  有俩人: '有两个人',
  有仨人: '有三个人',
  稳当: '稳定',
  // 晋语 (吕梁, 晋中): 没啦 for 没有 (没啦异常, 没啦甚事), 甚 for 什么 in 甚事/甚异常; 放话 for 扬言 (北方 widely).
  没啦: '没有',
  甚事: '什么事',
  甚异常: '什么异常',
  // 皖西, 鄂: 没么 for 没什么 (没么异常; 么 reaches this table as 幺).
  没幺异常: '没什么异常',
  没幺事: '没什么事',
  没幺情况: '没什么情况',
  // 陇东, 关中: 么 for 没 (么人去县上闹, 也么集体访, 重点人员2个 么异常, 还么找着).
  幺人: '没人',
  也幺: '也没',
  还幺: '还没',
  都幺: '都没',
  幺异常: '没异常',
  幺找着: '没找着',
  幺集体访: '没集体访',
  幺上访: '没上访',
  // (夜个么事 / 今个么事: the day said quiet, 西北's 么事 for 没事; 鄂's 么事 is 什么事 elsewhere, 有么事.)
  夜个幺事: '昨天没事',
  今个幺事: '今天没事',
  今天幺事: '今天没事',
  昨天幺事: '昨天没事',
  // 客家, 西南: 到屋 for 到家 (下昼四点到屋了).
  到屋了: '到家了',
  放话: '扬言',
  // 内蒙古: the 旗 is the county (上旗里, 旗信访局), 呼市 is 呼和浩特.
  旗里: '县里',
  旗上: '县上',
  旗信访局: '县信访局',
  旗政府: '县政府',
  旗委: '县委',
  旗法院: '县法院',
  旗人社局: '县人社局',
  赴旗: '赴县',
  到旗: '到县',
  向旗: '向县',
  去旗: '去县',
  旗民政局: '县民政局',
  呼市: '呼和浩特',
  呒没: '没有',
  嘸没: '没有',
  呒人: '没人',
  嘸人: '没人',
  讲要: '说要',
  又讲: '又说',
  还讲: '还说',
  听讲: '听说',
  // 南通话: 港 for 说 (听港, 港要去), only in these (港 is a harbour too).
  听港: '听说',
  听人港: '听人说',
  // 泰州: 嗯们 for 我们.
  嗯们: '我们',
  港要: '说要',
  又港: '又说',
  克北京: '去北京',
  // 常德: 刻 for 去, only before a level or Beijing (立刻, 此刻 elsewhere); 港 for 说 after 电话.
  刻北京: '去北京',
  刻省: '去省',
  刻市: '去市',
  刻县: '去县',
  刻区: '去区',
  刻镇: '去镇',
  刻乡: '去乡',
  电话港: '电话说',
  // 四川: 切 for 去 (说要切北京, 坐车切德阳了), only after a going's words or before a level (切 cuts elsewhere).
  切北京: '去北京',
  切省里: '去省里',
  切市里: '去市里',
  切县里: '去县里',
  切区里: '去区里',
  切镇上: '去镇上',
  切镇里: '去镇里',
  要切: '要去',
  车切: '车去',
  // 西南: 市头/县头 for 市里/县里, after a going (克市头告电厂); 镇头 is a village's name too, left alone.
  克市头: '去市里',
  去市头: '去市里',
  到市头: '到市里',
  克县头: '去县里',
  去县头: '去县里',
  到县头: '到县里',
  克县: '去县',
  克市: '去市',
  克省: '去省',
  克镇: '去镇',
  克乡: '去乡',
  克区: '去区',
  克街道: '去街道',
  克州: '去州',
  克了街道: '去了街道',
  克了镇: '去了镇',
  克了县: '去了县',
  克了区: '去了区',
  克了市: '去了市',
  克了省: '去了省',
  克哒北京: '去了北京',
  克哒县: '去了县',
  克哒市: '去了市',
  克哒省: '去了省',
  克哒镇: '去了镇',
  克哒乡: '去了乡',
  克哒区: '去了区',
  克哒街道: '去了街道',
  克了北京: '去了北京',
  // 闽南 (泉州, 厦门, 漳州 chat): 厝 is a house, 在厝/回厝 at or back home (人在厝, 昨晚没回厝); only after these words, as
  // 厝 names villages (后厝村, 林厝). 不会 is 不 before a state (不会激动, as Mandarin's 不会 reads too).
  在厝: '在家',
  回厝: '回家',
  到厝: '到家',
  伊厝: '他家',
  // 今仔日 today, 今暗 tonight, 佇 at (蔡文龙今仔日在家, 王金山今暗佇厝边泡茶).
  今仔日: '今天',
  今暗: '今晚',
  佇: '在',
  阮厝: '我家',
  不会激动: '不激动',
  // 寻到 (湘, 闽, 客家): found, as 找到 (彭某云寻到了).
  寻到: '找到',
  // 吴语 (嘉兴, 上海, 苏南 chat): 吵相骂/相骂 a quarrel, 打相打 a fight, 围牢/盯牢 围住/盯住, 寻着/寻不着 found or not,
  // 一道 (before a going or a scene) 一起, 中浪向/下半天 midday/afternoon, 明朝 tomorrow.
  吵相骂: '吵架',
  相骂: '吵架',
  打相打: '打架',
  围牢: '围住',
  盯牢: '盯住',
  寻着: '找到',
  寻不着: '找不着',
  寻不到: '找不到',
  一道去: '一起去',
  一道来: '一起来',
  一道到: '一起到',
  一道闹: '一起闹',
  中浪向: '中午',
  下半天: '下午',
  明朝: '明天',
  // 陕西 (关中, 陕北): 额 is 我 in 额村/额们/额家, 夜个黑了 last night, 后晌 afternoon, 咧 closes a clause as 了 does
  // (去西安咧, 打起来咧; not 咧嘴, 大大咧咧: LIE_KEPT).
  额村: '我村',
  额们: '我们',
  额家: '我家',
  夜个黑了: '昨晚',
  夜个晚上: '昨晚',
  后晌: '下午',
  // 山东: 头晌(午) for the morning, 过晌 for the afternoon.
  头晌午: '上午',
  头晌: '上午',
  过晌: '下午',
  // 沂蒙 and 鲁中: 过午 afternoon, 头午 morning, 傍黑 dusk (公平过午又去镇上了, 诸葛红梅过午出门…).
  过午: '下午',
  头午: '上午',
  傍黑: '傍晚',
  咧: '了',
  // 湘语 (湘西, 长沙): 哒 closes a clause as 了 does (又去县里哒, 到乡里来哒, 走哒); not in 么么哒/萌萌哒/哒哒 (DA_KEPT_BEFORE).
  哒: '了',
};
/** Punctuation said aloud to voice input (矿区社区补充逗号社区其他方面零报告逗号…句号): the mark it names. */
export const SPOKEN_PUNCTUATION: Readonly<Record<string, string>> = { 逗号: ',', 句号: '。', 问号: '?', 感叹号: '!' };
/** 么么哒 (幺幺哒 once the Traditional converter has read it), 萌萌哒, 美哒哒, 嘀嘀哒: 哒 after these is online cuteness or a sound, not the 湘语 了. */
export const DA_KEPT_BEFORE = '么幺萌美乖嘀滴哒嗒' as const;
/**
 * Cantonese-flavoured chat (粤西, 客家 areas: 冇上访, 琴日, 佢去咗县城睇病, 喺屋企), read as Mandarin before any rule,
 * like DIALECT. 冇 is 无 before a noun (冇上访 = 无上访, the negated list) and 没 before a verb or 人/事 (湖北 too: 电话冇接, 还冇报, 工钱冇结清). Words whose
 * Mandarin reading is common too are only taken where they cannot be Mandarin: 话要/话系 not after 电/说 (电话要…),
 * 打交 not before 道 (打交道), 而家 not before 属/人 (而家属称…) — the exceptions are in normalize.ts.
 */
export const CANTONESE: Readonly<Record<string, string>> = {
  冇得: '没有', 冇找到: '没找到', 冇找着: '没找着', 冇寻到: '没找到', 冇回来: '没回来', 冇消息: '没消息', 冇联系上: '没联系上', 冇人: '没有人', 冇事: '没事', 冇再: '没再', 冇去: '没去', 冇来: '没来', 冇返: '没回', 冇接: '没接', 了冇: '了没', 有冇: '有没有', 冇看到: '没看到', 冇看见: '没看见', 冇有: '没有', 冇钱: '没钱', 冇电: '没电', 冇报: '没报', 冇回: '没回', 冇结: '没结', 冇给: '没给', 冇发: '没发', 冇到: '没到', 冇见: '没见', 冇联系: '没联系', 冇: '无',
  琴日: '昨天', 寻日: '昨天', 琴晚: '昨晚', 寻晚: '昨晚', 新闻话: '新闻说', 等阵: '等会', 唔见人: '不见人影', 出咗门: '出门了', 郁手: '动手', 话如果: '说如果', 边个话: '谁说', 琴朝: '昨天早上', 今朝: '今早', 朝早: '早上', 上昼: '上午', 下昼: '下午', 而家: '现在', 头先: '刚才',
  佢哋: '他们', 我哋: '我们', 你哋: '你们', 佢: '他', 咗: '了', 喺度: '在', 喺: '在',
  屋企人: '家人', 返屋企: '回家', 返咗屋企: '回家了', 边个: '谁', 点样: '怎样', 点写啊: '怎么写啊', 点写呀: '怎么写呀', 屋企: '家', 返嚟: '回来', 返紧嚟: '正在返回', 接返: '接回', 返咗: '回了',
  唔该: '谢谢', 唔见: '不见', 𠮶格式: '的格式', 𠮶: '那', 唔知: '不知', 唔系: '不是', 应该系: '应该是', 应系: '应是', 实际系: '实际是', 唔: '不', 嘅: '的', 嗰: '那', 迟啲: '晚点', 啲: '些',
  睇病: '看病', 睇: '看', 仲有: '还有', 仲喺: '还在', 仲未: '还未', 仲系: '还是', 仲要: '还要',
  去咗边: '去了哪里', 话要: '说要', 话明日: '说明天', 话明天: '说明天', 话听日: '说明天', 话系: '说是', 话唔: '说不', 系唔系: '是不是', 定系: '还是',
  一宗: '一起', 两宗: '两起', 三宗: '三起', 几宗: '几起', 听朝: '明天早上', 听日: '明天', 话去: '说去', 返到: '回到', 个女屋企: '女儿家', 个仔屋企: '儿子家', 打交: '打架', 嗌交: '吵架', 嘈交: '吵架', 吵交: '吵架', 揾到: '找到', 一单: '一起', 两单: '两起', 三单: '三起', 两公婆: '两夫妻', 隔篱村: '隔壁村', 隔篱: '邻居', 攞: '拿', 畀: '给', 揾: '找', 嚟: '来', 趁墟: '赶集', 搞掂晒: '搞定了', 搞掂: '搞定', 冇嘢: '没事', 一齐: '一起', 有边几个: '有哪几个', 成条村: '全村',
};

/**
 * 州 as a level of government: in an autonomous prefecture (自治州) the 州 is what the 市 is elsewhere, so 去州里告状,
 * 到州信访局, 州政府门口 are read as 市 before any rule. Only where 州 stands alone as the level: after one of these
 * characters (or no character at all), never inside a place name (杭州, 郑州), and before one of PREFECTURE_AFTER or
 * a bureau (州人社局).
 */
/** The provincial capitals (not 北京), read as 省城 where someone goes or is (去海口找农垦, 到南宁上访): a petition
 *  there goes to the province; 南宁市信访局, with its 市, stays the city's. */
export const PROVINCIAL_CAPITALS = ['石家庄', '太原', '呼和浩特', '沈阳', '长春', '哈尔滨', '南京', '杭州', '合肥', '福州', '南昌', '济南', '郑州', '武汉', '长沙', '广州', '南宁', '海口', '成都', '贵阳', '昆明', '拉萨', '西安', '兰州', '西宁', '银川', '乌鲁木齐'] as const;
export const PREFECTURE_BEFORE = '去到赴来上往跑找进在从回了是和及与或、克' as const;
export const PREFECTURE_AFTER = ['里', '上', '信访', '政府', '委', '纪委', '领导', '上访', '告状', '反映', '法院', '检察院', '人民医院', '医院'] as const;

// ——— what happened ———
/** Words of a petition act. */
// (又有8户签名补进去了: households signing a joint letter, counted.)
export const PETITION_ACTS = ['集体上访', '集体访', '越级上访', '越级访', '上访', '非访', '缠访', '闹访', '告状', '联名', '请愿', '集访', '群访', '户签名', '户签了名', '户签字'] as const;
/** A joint letter named as a matter (因联名信一事仍有情绪波动, 联名的事还没结果): the matter, not a letter signed today (incidents.ts). */
export const LETTER_MATTER_WORDS = ['一事', '的事', '那件事', '那事', '这件事', '这事'] as const;
/** After a petition word these make it a topic, not an act (上访苗头, 上访户, 上访意愿). */
export const PETITION_NOT_ACT_AFTER = ['村民', '群众', '老户', '者', '人', '苗头', '动向', '意向', '意愿', '倾向', '想法', '念头', '户', '人员', '制度', '工作', '情况', '事项', '隐患'] as const;
/** Person nouns of a crowd or a subject (12名村民, 村民王某某). */
export const PERSON_NOUNS = ['人', '巴郎子', '丫头子', '征收户', '老者', '菜商', '塘主', '鱼塘主', '船主', '务工的', '移民', '胶农', '榔农', '蕉农', '椰农', '摆摊的', '卖菜的', '小商贩', '商贩', '村民', '船民', '居民', '群众', '业主', '社员', '外嫁女', '农户', '农民工', '老人', '妇女', '男子', '女子', '青年', '学生', '家属', '工人', '住户', '租户', '摊主', '摊贩', '商户', '经营户', '店主', '车主', '司机', '职工', '员工', '民工', '安置户', '拆迁户', '动迁户', '征迁户', '回迁户', '搬迁户', '被征地农民', '失地农民', '下岗职工', '下岗工人', '退休职工', '退休工人', '退役军人', '退伍军人', '购房户', '家长', '村民代表', '业主代表', '居民代表', '群众代表', '务工人员', '外来务工人员', '打工人员', '雇工', '季节工', '临时工', '牧民', '牧户', '养殖户', '流转户', '承包户', '代表', '老太太', '老太', '老大爷', '大爷', '大妈', '大娘', '老汉', '老头', '工友', '老乡', '装修工人', '装修工', '建筑工人', '环卫工人', '保安', '游客', '移民代表', '移民户', '边民', '烟农', '茶农', '果农', '蔗农', '菜农', '林农', '胶工', '采茶工', '割胶工', '渔民', '矿工', '经销商', '供应商', '后生仔', '后生', '小伙子', '年轻人', '种植户', '占地户', '装卸工', '搬运工', '运输工', '钢筋工', '木工', '瓦工', '电焊工', '小工', '力工', '保洁员', '快递员', '外卖员', '骑手', '采摘工', '摘果工', '拾花工', '参农', '奶农', '瓜农', '稻农', '花农', '椒农', '药农', '棉农', '粮农', '民宿老板', '经营者', '商家', '个体户'] as const;
/** Many people as one subject (十几户拆迁户, 三四个人, 一伙人, 业主们): a group that threatens is already a happening. */
export const GROUP_WORDS = ['一伙人', '一帮人', '那伙人', '那帮人', '这伙人', '这帮人', '一群人', '一些人', '一批人', '一些村民', '部分村民', '部分群众', '部分业主', '部分农户', '部分居民', '部分工人', '部分住户', '部分安置户', '部分拆迁户', '一批工人', '一批业主', '一批村民', '业主们', '村民们', '群众们', '居民们', '工人们', '农户们', '大家伙', '联名'] as const;
/** The subject's household words besides the person nouns (十几户, 五户人家, 拆迁户). */
export const HOUSEHOLD_NOUNS = ['户', '户人家', '家', '拆迁户', '动迁户', '征迁户', '回迁户', '搬迁户', '购房户', '住户', '商户'] as const;
/** Who leads a group (带头的是姜某某, 为首的王某某): the person to follow. */
export const LEADER_WORDS = ['牵头的', '挑头的是', '挑头的', '领头人', '带头的是', '带头的叫', '带头人是', '带头人', '带头的', '领头的是', '领头的叫', '领头的', '为首的是', '为首的', '牵头的是', '牵头人是', '牵头人', '组织者是', '组织者'] as const;
/** A person gone: nobody knows where (the same words for a named and an unnamed person). */
export const MISSING_WORDS = ['电话不接', '电话也不接', '不知道去哪了', '不知道去哪里了', '不知道去哪儿了', '不知道克哪点了', '不知道克哪里了', '不知道跑哪去了', '不知道跑哪里去了', '不知道上哪去了', '不知道上哪了', '不知道上哪儿了', '未能联系上', '没能联系上', '未联系上', '人不见了', '找不着', '找不到', '失联', '去向不明', '下落不明', '联系不上', '不知去向', '出门未归', '外出未归', '行踪不明', '无法联系', '没联系上', '联系不到', '联系不着', '失去联系', '打不通', '手机关机', '电话关机', '一直关机', '不接电话', '人没找到', '没找到人', '没找着人', '还没找到', '还没找着', '还没找见', '还是没找到', '还是没找着', '仍然没找到', '一直没找到', '到现在没找到', '还未找到', '仍没找到', '尚未找到', '仍未找到', '没有找到', '至今未返', '至今未回', '去向待核实', '去向待查', '去向未知', '去向不清楚', '下落待查', '下落待核实', '没影了', '没影儿', '不见人影', '找不见'] as const;
/** A grievance against an answer or a decision (不服答复, 讨说法): with travel to 县里/市里/省里 it is a petition. */
export const GRIEVANCE_WORDS = ['不服', '标准低', '标准太低', '补偿低', '偏低', '不合理', '答复', '不满意', '不认可', '不接受', '讨说法', '讨个说法', '要说法', '要个说法', '不公平', '不公道', '不到位', '没到位', '不解决', '不给解决', '没解决', '不兑现', '没兑现', '拿不到', '结果不对', '少发', '没发', '不给发', '克扣', '不给办', '不给批', '不给报销'] as const;
/** Going again, the destination left implicit (他说下周还要去): said of a named person, a risk to follow. */
export const GO_AGAIN_WORDS = ['还要去', '又要去', '还会去', '还想去', '又想去', '还要再去', '还要来', '又要来', '还要到', '又要到'] as const;
/** Said of one's own words just sent: 不对, 说错了, 写错了 (a zero report taken back; a figure put right). */
export const MISTAKE_WORDS = ['不对', '说错了', '写错了', '报错了', '搞错了', '弄错了', '填错了', '打错了'] as const;
/** A zero report taken back in the same breath (零报告 嗯不对, 零报告 说错了). */
export const SELF_CORRECTION_WORDS = [...MISTAKE_WORDS, '说错', '错了', '不是零报告', '撤回', '作废', '撤销', '不算', '不算数', '不作数', '作数不了', '作不了数'] as const;
/** Distress in plain words. */
export const PLAIN_DISTRESS_WORDS = ['人不见了', '找不着', '不想活', '想不开', '寻死', '要喝药', '要喝农药', '拼命', '脾气上来', '摔东西'] as const;
/** A dispute named (矛盾, 纠纷): stated that day, it is never a zero report's day. */
export const DISPUTE_WORDS = ['矛盾纠纷', '纠纷', '矛盾'] as const;

/**
 * What a zero report's negated list and a zero form name (无进京赴省到市上访、无集体访 / 进京：0 赴省：0): the
 * headings beyond the township and the kinds of petition. Negated or answered “none”, they say nothing happened.
 */
/** A follow-up asked for (请及时续报, 要尽快续报): a request, not the follow-up itself. */
export const FOLLOW_UP_REQUEST_WORDS = ['请', '随时', '要', '须', '需', '务必', '及时', '抓紧', '尽快', '马上', '有情况', '有变化', '有进展', '有情况就', '有变化就', '有进展就', '还用', '用不用', '要不要', '需不需要', '办结了', '办结后', '处置完'] as const;
/** The header of an incident report (即时报告：…, 【即时报告（首报）】): the message reports one. */
export const INCIDENT_REPORT_HEADERS = ['即时报告', '首报'] as const;
/** What a person means to do, after a heading (暂无去市里意向, 无进京打算): negated, it is said of the person, not of the day. */
export const INTENT_NOUNS = ['意向', '意图', '意愿', '想法', '念头', '打算', '苗头', '迹象', '倾向', '动向', '计划'] as const;
export const PETITION_HEADINGS = ['进京', '赴京', '去北京', '赴省', '到省', '进省', '去省', '到市', '赴市', '去市', '到县', '到区', '赴县', '赴区', '来区', '来县', '越级'] as const;
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

/** Filing news now, late or again (补报, 续报, 更正): an earlier day's event told with them is reported, not past. */
export const FILING_WORDS = ['补报', '补充报告', '补充上报', '续报', '更正', '订正', '修改', '重新上报', '即时报告', '另报'] as const;
/** Something of the day already reported on its own (上午…的事已即时报告): the day is not a zero report's. */
export const ALREADY_REPORTED = ['已即时报告', '已经即时报告', '已作即时报告', '已做即时报告', '已单独报告', '已单独上报', '已另行报告', '已另行上报', '已另报', '另行上报'] as const;

// ——— not understood for sure (the bot asks back) ———
/** 同上 / 和昨天一样: the same as the unit's last report. */
export const SAME_AS_BEFORE = ['同上', '同昨天', '同昨日', '和昨天一样', '跟昨天一样', '与昨天一样', '和昨天的一样', '跟昨天的一样', '同前', '照旧', '老样子', '无变化', '没有变化', '没变化', '跟上次一样', '和上次一样', '同往常', '跟往常一样', '和往常一样'] as const;

/**
 * 今天没事 / 没啥情况 / 柳林：无: the day said quiet in everyday words, without 零报告 and without a unit named (or a unit
 * with 无 alone). Likely a zero report, but also what one says to a colleague (没事没事): asked, never registered as is.
 */
export const QUIET_SAYINGS = ['没事', '没啥事', '没什么事', '没有事', '没有什么事', '啥事没有', '啥事也没有', '挺消停', '消停', '没情况', '没啥情况', '没什么情况', '没有情况', '没有什么情况', '无异常', '无', '正常', '都正常', '稳定', '平稳'] as const;
/**
 * 如果今天没情况就报零报告 / 今天没事的话一起去村部 / 如无特殊情况请按时零报告: a condition put, not a day told. What is said
 * under it (没事, 无情况, 零报告) affirms nothing. 的话 closes a condition; the others open one.
 */
export const CONDITION_OPENERS = ['如果', '要是', '假如', '假若', '假使', '倘若', '若是', '万一', '如无', '若无', '如没有', '若没有', '要没有', '如果没有'] as const;
/** 今天不能报零报告 / 没法报零报告: the zero report denied (zero.ts), and 报啥零报告, asked back. */
export const DENY_REPORT_WORDS = ['不能', '不可以', '不好', '没法', '没办法', '不应', '不该', '不应该'] as const;
export const ASKED_BACK_WORDS = ['啥', '什么', '哪门子'] as const;
/** 马庄零报告 忘了发了不好意思: an apology for a report sent late, made now (zero.ts). */
export const APOLOGY_WORDS = ['不好意思', '抱歉', '对不起'] as const;
/** 零报告 听说隔壁…有人要去县里: news heard of a place next door, not the unit's (parse-message.ts). */
export const NEXT_DOOR_WORDS = ['隔壁', '邻村', '邻乡', '邻镇', '外村', '外乡', '外镇', '别的村', '其他村'] as const;
/** 大家记得今天零报告 / 别忘了报零报告: a reminder of the report, not the report. */
export const REMINDER_WORDS = ['记得', '别忘了', '别忘', '不要忘了', '不要忘记', '莫忘了', '莫忘', '记住'] as const;
/** What may stand before a quiet saying with no unit named: the day or the sender's place (我们这边, 本村). */
export const QUIET_LEADS = ['今天', '今日', '今儿', '今儿个', '这边', '我们这边', '我们村', '我们社区', '我村', '本村', '本社区', '村里', '社区', '寨上', '寨里', '屯里'] as const;

// ——— how sure ———
/** Negators that blank what follows up to the clause end (the negation masks in analysis.ts). */
export const NEGATORS = [
  '没有',
  // 有无进京赴省上访 / 是否有集体访: whether, asked in a form or a notice's list, asserts nothing.
  '有无',
  '是否有',
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
  // 均在家，未参与上访: taking no part.
  '未参与',
  '没参与',
  '没有参与',
  // 吓我一跳以为有人进京: a fright, nothing done.
  '以为有人',
  '还以为',
  // 不涉及上访: none of it in the matter.
  '不涉及',
  // 看病了 家属陪着 不涉访: 涉访 said short.
  '不涉访',
  '未涉访',
  '未涉及',
  '没有涉及',
  // 没掺和聚集那事: taking no part, said plainly.
  '没掺和',
  '没有掺和',
  '未掺和',
  '未参加',
  '没参加',
  '没有去',
  '没进',
  // 没进京的 没赴省的 没集体访: each item of a spoken list negated on its own.
  '没赴',
  '没集体',
  '暂未',
  '尚未',
  '未表现',
  '没表现',
  '未见',
  '未曾',
  '没人',
  '没有人',
  '没再去',
  '没有再去',
  // 讨薪人员今天没再聚集: not again, whatever the act.
  '没再',
  '未再',
  '没有再',
  // 不讲去北京了 / 不再提去省里: no longer talking of going.
  '不讲去',
  '不说去',
  '不提去',
  '不再提',
  '不再说去',
  // 已放弃进京的想法: given up.
  '放弃',
  // 没再讲要去省里 / 冇再讲去区里: said no more.
  '没再讲',
  '没再说',
  '没有再说',
  '冇再讲',
  '冇再话',
  // 现在在屋里冇再闹了 (冇 read as 没): the trouble stopped, as 不闹了 says.
  '没再闹',
  '没再吵',
  // 没打架闹事的 / 没打锤闹仗的: no fight and no trouble, the pair negated as one.
  '没打架',
  '没吵架',
  '没打锤',
  '没打捶',
  // 今天没再起冲突 / 没起冲突 / 未再发生: no clash arose.
  '没起',
  '没再起',
  '没有起',
  '未起',
  '未再起',
  '没再发生',
  '未再发生',
  '没再来',
  '没再找',
  '没再提',
  // 不要发生冲突 / 别出现过激行为: a leader's prohibition, nothing that happened.
  '不要发生',
  '不要出现',
  '不能发生',
  '不能出现',
  '别发生',
  '别出现',
  // 别在大门口聚着 / 不要在区里形成聚集: where a crowd must not stay, told to those handling it.
  '别在',
  '不要在',
  '莫在',
  '不能在',
  // 莫让他们跑区里 / 别让他们去县里: a leader's word that someone must not be let go.
  '莫让',
  '别让',
  '不要让',
  '不能让',
  // 不要再出现赴市集访 / 不能再发生越级访: the same prohibition, of something that must not happen again.
  '不要再发生',
  '不要再出现',
  '不能再发生',
  '不能再出现',
  '别再发生',
  '别再出现',
  '不得再发生',
  '不得再出现',
  '不得发生',
  '不得出现',
  // 未排查出新的矛盾纠纷: checked, none found (not a dispute 排查出).
  '未排查出',
  '没排查出',
  '未排查到',
  '没排查到',
  // 没啥异常, 没什么情况 (as people say it in chat; 河南 and the north): nothing of what follows.
  '没啥',
  '没什么',
] as const;
/** Words that open a new clause in unpunctuated voice input: a negation before them does not reach past them. */
export const CLAUSE_OPENERS = ['但是', '但', '可是', '不过', '然后', '另外', '现在', '目前', '上午', '下午', '中午', '晚上', '早上', '傍晚', '凌晨'] as const;
/** Threats and plans: a risk, not an act (扬言要去, 说过两天要去, 打算). Cue before what it qualifies. */
/** A going guessed at (可能去北京了, 疑似进京, 估摸奔北京去了): a risk, not an act, though the person is away (persons.ts). */
export const GUESS_WORDS = ['可能', '疑似', '估摸', '估计', '八成', '也许', '或许'] as const;
/** A going guessed to come (孙某某那伙人怕是要来镇上): a plan. */
export const LIKELY_TO_WORDS = ['怕是要', '怕要'] as const;
export const MODAL_BEFORE = ['要是', '假如', '若是', '号召', '鼓动', '煽动', '以为', '误以为', '怀疑', '扬言', '打听去', '打听到', '打听进', '打听上', '说要', '说是要', '要去', '要到', '要“去', '要"去', '要“到', '要"到', '要“进', '要"进', '要进', '要赴', '要再去', '要再到', '要再进', '想去', '想到', '想再去', '打算', '准备', '声称', '表示要', '威胁', '如果', '一旦', '如有', '若有', ...GUESS_WORDS, ...LIKELY_TO_WORDS, '就去', '就到', '就要去', '就上', '就进', '要一起去', '要一块去', '要一块儿去', '要集体去', '要一起到', '要一块到', '准备一起去', '打算一起去', '想一起去', '要组织', '组织人', '喊人', '喊上人', '商量', '串联', '串连', '撺掇', '相约', '约好', '坚持要', '坚持'] as const;
/** A person brought back from a journey or back home, said in a 续报/终报 (已在济南西站被接住, 已接回, 已经回家了): the incident's follow-up too. */
export const BROUGHT_BACK_WORDS = ['劝下', '接住', '劝住', '劝回', '劝返', '接回', '送上返程', '返程', '往回走', '返回', '已经回家', '已回家', '已回到家', '回到家了', '已回村', '已经回村', '回村了', '回到村里', '已返村', '已经返村', '安全到家', '安全返回'] as const;
/** …but found when missing, or gone on no petition at all (已找到, 不是去上访): only the person's news. */
export const NOT_A_PETITION_WORDS = ['不涉访', '未涉访', '不涉及信访', '找到', '找着', '找见', '寻到', '寻着', '联系上', '不是上访', '不属于上访', '不算上访', '不是来上访', '不是去上访', '不是信访', '不是去信访', '没上访', '没有上访', '没去上访', '没有去上访', '没信访', '没有信访', '没去信访', '没有去信访', '非信访', '未到信访', '无上访', '冇得上访'] as const;
/** Taking others along, still to happen (初三要带屋里几个人去县里, 要喊上几户一起到镇里): a plan when a going follows. */
export const TAKE_ALONG_PLANS = ['约着', '约人', '要联合', '联合几户', '联合几家', '发动大伙', '发动大家', '要带', '要领着', '要喊上', '要叫上', '要拉上', '要约上', '要约', '就领着', '就带着', '就带人', '就领人', '就喊人', '要叫全村', '要喊全村', '要叫全组', '要喊全组'] as const;
/** Going along with others, wanted (想跟着X村那几户一起去州里, 想和他们一块到县里): a plan when a going follows. */
export const GO_ALONG_PLANS = ['想跟着', '想跟', '想和', '想同', '想随', '打算跟着', '打算跟', '打算和', '准备跟着', '准备跟', '准备和', '要跟着', '要跟', '要和'] as const;
/** Said not to have happened yet (联名写信到县里，还没行动): what was said is a plan. */
export const NOT_YET_ACTED_WORDS = ['还没行动', '还没有行动', '尚未行动', '暂未行动', '还没动身', '尚未动身', '尚未成行', '还没去成'] as const;
/** A day to come (明天要带几个人去县里): going then is a plan, not what happened (modality.ts). */
/**
 * A day named by its number, lunar or weekday (3号, 初八, 十五, 腊月廿三, 周五): after 说/讲/喊 or 就/想/要 and before a going,
 * the day the person says they will go (说初八去省里), so a plan (modality.ts, analysis.ts).
 */
/**
 * The seats of a level a going said plainly heads to: 说今天去区上 is a plan (analysis.ts INTENTION); 去区里了 beside a zero
 * report, no errand said, leaves none (parse-message.ts GONE_UP).
 */
export const SAID_GOING_SEATS = ['北京', '省里', '省城', '市里', '市上', '县里', '县上', '区里', '区上'] as const;
export const NAMED_DAY = '(?:\\d{1,2}[号日]|初[一二三四五六七八九十]|(?:正月|腊月|冬月)(?:初|十|廿|二十)?[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|(?:下)?(?:周|星期|礼拜)[一二三四五六日天])';
/** Going again later, the day named before it (初八以后再去县里, 过了十五之后再到镇上): a plan. */
export const LATER_AGAIN_WORDS = ['以后再', '之后再', '过后再', '往后再'] as const;
export const FUTURE_DAY_WORDS = ['明天', '明日', '后天', '过两天', '过几天', '改天', '下周', '下星期', '下礼拜', '下个月', '近期', '节后', '年后', '过完年', '过了年', '过完节', '十五后', '月底', '明早', '明晚', '明儿', '元旦后', '元旦以后', '元旦过后', '春节后', '春节以后', '国庆后', '两会后', '两会以后', '明年'] as const;
/** The same, said after what it qualifies (有进京苗头, 有去省里的打算). */
/**
 * 发生进京赴省到市上访、集体访的，30分钟内电话首报: a notice's rule, the case it covers (凡发生…的, 遇有…的) followed by how
 * to report it; what the case names did not happen (analysis.ts masks it as a negation).
 */
export const RULE_CASE_OPENERS = ['发生', '出现', '遇有', '遇到', '如遇', '遇', '凡'] as const;
/** Whatever the case, report it: the rule's second half (…的，30分钟内电话首报 / …的，要第一时间报告). */
export const RULE_REPORT_VERBS = ['首报', '续报', '报告', '上报', '报送', '报'] as const;
export const MODAL_AFTER = ['苗头', '迹象', '倾向', '意向', '意愿', '动向', '想法', '念头', '多次', '可能', '计划', '意图', '企图', '打算', '准备'] as const;
/**
 * Signs observed (有串联到市上访的迹象, 有进京苗头): a risk the unit assesses, not a group's threat; a group with only
 * these is not an incident (a threat said, 说要去省里, is).
 */
export const SIGN_WORDS = ['迹象', '苗头', '倾向', '动向', '隐患', '风险'] as const;
/** The past: what is told happened before the day reported on (上月赴京上访的, 去年元旦, 前期排查的). */
export const PAST_MARKERS = [
  '上次',
  '上回',
  // (3号那次阻工已经处理完毕, 前天那次: that time, on a day already told of; not 像那次一样, a likeness.)
  '号那次',
  '日那次',
  '天那次',
  '号那一次',
  '天那一次',
  '去年',
  '前年',
  // (晋南: 年四个 is 前年.)
  '年四个',
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
  '曾发生',
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
  '那年',
  '那几年',
  '早些年',
  '历史上',
  '今年以来',
  '年初',
  '上半年',
  '息诉罢访',
] as const;
/** A day before today named in a sentence (昨天…, 前期…): a crowd said there to have dispersed (经营户已散) dispersed that day. */
export const DAY_BEFORE_WORDS = ['昨', '前天', '前日', '上周', '上个月', '上月', '去年', '之前', '此前', '前期'] as const;
/** A matter of the day filed earlier and calmed since (塘主那个事上午报了的 下午人都回来了): how the calm is said. */
export const CALMED_SINCE_WORDS = ['平息', '平复', '处理好', '处置完', '调解好', '劝散', '散了', '回来了', '劝回', '劝返', '返回'] as const;
/** A group of the day pointed at as known, back or settled since (上午那三个去镇里的已经回来了): how that is said. */
export const GROUP_BACK_WORDS = ['回来了', '回家了', '回去了', '劝回', '劝返', '返回', '处理完', '处理好', '平息', '散了'] as const;
/** A sitting of the congresses (两会): a going said for while it sits marks the person to watch (persons.ts). */
export const SITTING_WORDS = ['两会'] as const;
/** After the sitting (两会结束了就去厂里上班): a going then is no risk. */
export const SITTING_OVER_WORDS = ['结束', '过后', '之后', '以后', '后', '开完', '完了'] as const;
/** Thanks opening a message (谢谢镇里工作组…, 感谢县信访局…), and closing it (…辛苦了): thanks, no act told (parse-message.ts). */
export const THANKS_OPENERS = ['谢谢', '感谢', '多谢'] as const;
/** A greeting's opening (祝大家国庆平安): a wish, no report of the calm it wishes. */
export const GREETING_OPENERS = ['祝大家', '祝各位', '祝领导', '祝全体', '祝您', '祝你们'] as const;
export const WISH_WORDS = ['快乐', '平安', '安康', '吉祥', '顺利', '如意', '健康'] as const;
export const THANKS_CLOSERS = ['辛苦了', '辛苦', '辛苦大家', '谢谢', '感谢', '很及时', '真及时', '高兴', '满意'] as const;
/** A day before today that may follow the report's word with no stop typed (零报告前日打架那两家也和好了): normalize.ts. */
export const DAY_BEFORE_OPENERS = ['前日', '前天', '昨日', '昨天', '昨晚', '上周'] as const;
/** Not known (不知道谁家的事): who it was is not known, said, not asked. */
export const NOT_KNOWN_WORDS = ['不知道', '不晓得', '不清楚'] as const;
/** Asking whether something heard is true (有这个事没, 是真的吗): a question, not a report of it. */
export const ASK_TRUE_WORDS = ['有这个事没', '有这个事吗', '有这事没', '有这事吗', '有这回事吗', '有这回事没', '有没有这回事', '有没有这事', '是真的吗', '是不是真的', '真的假的', '属实吗', '是否属实', '确有其事吗'] as const;
/** Hearsay: what someone else says happened (听说隔壁…). */
/** A unit's line of a summary that says its report goes apart (傅家村\t另行报送): no report there (parse-message.ts). */
export const SENT_APART_WORDS = ['另行报送', '另行上报', '另报', '单独报', '单独上报', '见即时报告', '见续报'] as const;
/** How someone or something is doing, asked (溪口的伤者怎么样了？): the act before it is asked after, not told (incidents.ts). */
export const HOW_IS_IT_WORDS = ['怎么样', '咋样', '如何', '好点', '好些'] as const;
/** The right count after a wrong one (刚才讲两个人… 实际是三个, 首报中“15名…”应为13名): a recount (parse-message.ts). */
export const RIGHT_COUNT_WORDS = ['实际是', '实际上是', '实际为', '其实是', '实为', '应为', '应是', '核实为', '核实是'] as const;
/** Said of news heard, to disown it (听说…有人去市里上访了 跟我们村没关系 / 看新闻说…，同我哋冇关系): analysis.ts masks the news. */
export const DISOWNED_WORDS = ['没有关系', '没关系', '无关系', '无关', '不相干', '没啥关系', '没什么关系', '不搭界'] as const;
export const HEARSAY_MARKERS = ['听说', '据说', '据传', '传言', '网传', '听人说', '听别人说', '有人说', '听人讲', '听别人讲', '听人谝说', '听人谝', '听人摆'] as const;
/** A rumour told and refuted (有人传王某某失联了，经核实是误传): what was rumoured did not happen. */
export const RUMOUR_OPENERS = [...HEARSAY_MARKERS, '有人传', '有人在传', '传闻', '谣传', '群里传', '群里说', '群里讲', '网上传', '有人说', '有人讲', '有人发', '网上说', '抖音上', '视频号上', '有人转发', '转发说'] as const;
export const REFUTED_WORDS = ['是误传', '系误传', '属误传', '误传', '是误报', '系误报', '属误报', '纯属谣言', '是谣言', '系谣言', '是谣传', '不属实', '系不实', '是假的', '是假消息', '没有这回事', '没这回事', '没有此事', '无此事', '是误会', '系误会', '搞错了', '弄错了', '老视频', '旧视频', '老照片', '旧闻', '旧消息', '老消息'] as const;
/** 更正：王某某不是去市信访局，是去看病: a correction saying an act told before did not happen (modality.ts deniesAct). */
export const DENIED_ACT_WORDS = ['不是去', '不是到', '没有去', '没去', '没有到', '没到', '并未', '并没有去', '并没有到', '未去', '未到', '不是上访', '没有上访', '没上访', '未上访', '有误', '误报', '报错', ...REFUTED_WORDS] as const;
/** Another place than the sender's unit (隔壁青山镇, 有个村), or news the county sent round (县里通报的那个赴省串联的事). */
/** (外村/外镇 are left out: 另外村民…, 另外镇里… are everyday words.) */
/** (听石门岭乡的人说，他们那有人进京: the teller's place, 他们那, another place than ours.) */
export const ELSEWHERE_MARKERS = ['临县', '临镇', '临乡', '别的区', '别的县', '别的乡', '别的镇', '其他区', '其他县', '其它区', '与我村相邻', '与本村相邻', '和我村相邻', '与我们村相邻', '与我村交界', '与本村交界', '与我村毗邻', '他们那有人', '他们那边有人', '他们那里有人', '他们乡', '他们镇', '通报的', '通报中的', '通报里的', '外镇', '邻县', '邻市', '邻区', '外市', '外省', '外乡', '外村', '外县', '隔壁', '邻村', '邻镇', '邻乡', '其他村', '别的村', '有个村', '有一个村', '某村', '兄弟乡镇', '其他乡镇', '周边乡镇', '其他地方', '别的地方'] as const;
/** The sender's own side, in the words of each region (阿拉 吴语, 阮 闽南, 𠊎兜 客家, 额们 陕晋): 跟阿拉社区没关系, 不是阮村的代志. */
export const OWN_SIDE_WORDS = ['我们', '俺们', '咱们', '咱', '俺', '阿拉', '阮', '𠊎兜', '𠊎', '额们', '我', '本'] as const;
/** Another unit's people or herds coming over to the sender's (格日塘的牛群跑到我们冬窝子草场上, …两户牧民到我村): parse-message.ts. */
export const CAME_OVER_VERBS = ['跑到', '跑进', '闯到', '闯进', '来到', '到了', '来了', '进了', '到', '来', '进'] as const;
export const OWN_GROUND_WORDS = ['村', '社区', '嘎查', '牧委会', '屯', '寨', '组', '这边', '这里', '地里', '田里', '草场', '山林', '林地', '鱼塘'] as const;
/** “Is not”, as written across regions (唔系 粤语, 不系 客家, 勿是 吴语). */
export const NOT_IS_WORDS = ['不是', '并非', '勿是', '唔系', '唔是', '不系'] as const;
/** Taking part in another's news (我们村没人参与, 这边没人跟着掺和), or being its kind (冇得这种人). */
export const JOINED_IN_WORDS = ['参与', '参加', '掺和', '跟着去', '这种人', '这样的人', '这号人'] as const;
/** Said of the sender's own place after another's news (俺们这边都稳当的). */
export const CALM_HERE_WORDS = ['稳当', '稳定', '平稳', '太平', '正常', '好好的', '没事'] as const;
/** Checked and found not to be the unit's (经核实非本村人员, 不是我们村的). */
/** News heard, said to be unchecked (听说…去县里了，不知道真假): what follows it is the sender's own word again. */
export const DOUBT_WORDS = ['不知道真假', '不晓得真假', '不知真假', '真假不知', '真假不清楚', '不知道是真是假', '不知道真的假的', '还没核实', '有待核实', '正在核实真假', '不晓得是不是', '不知道是不是', '不晓得真不真', '不知真不真', '不知道真不真'] as const;
export const NOT_OURS = ['非本村', '非我村', '非本社区', '非我社区', '不是本村', '不是我村', '不是我们村', '不是本社区', '不是我们社区', '不是我们这的', '不属于本村', '不是咱镇', '不是我们镇', '不是本镇', '不是咱乡', '不是我们乡', '不是本乡', '不是咱村', '不是俺村', '不是俺们', '不是我们嘎查', '不是本嘎查', '不是我嘎查', '不是咱嘎查', '非本嘎查', '不是我们屯', '不是本屯'] as const;
/** A case told to all as a lesson (请各村引以为戒): the office's notice, whoever's case it tells. */
export const LESSON_WORDS = ['吸取教训', '引以为戒', '举一反三', '以此为戒', '敲响警钟'] as const;
/** A warning to everyone built on someone else's case (吸取教训), or advice to the villagers (提醒村民：有诉求可…反映，不要越级). */
export const WARNING_MARKERS = ['吸取教训', '引以为戒', '举一反三', '警钟', '以此为戒', '大家一定', '大家要', '各村要', '各社区要', '务必', '提个醒', '提醒大家', '提醒村民', '提醒群众', '提醒居民', '告知村民', '告知群众', '引导村民', '引导群众', '提醒各村', '千万别捂', '可别这样', '别这样', '大家别', '可别学', '别学他们'] as const;

// ——— forms and signatures ———
/** Role words of a signature or contact line (村支书：贺某（签字）, 报告人：… 联系电话：…): never an incident, never a person. */
/** Cadres named at a key person's side (包联干部叶尔兰·别克全天跟进, 村干部叶尔兰全天陪着): the name after them is the cadre's. */
export const CADRE_BEFORE_WORDS = ['包联干部', '包联人', '包户干部', '帮扶干部', '驻村干部', '村干部'] as const;
export const SIGNATURE_ROLES = [
  '报告人',
  '包片干部',
  '片长',
  '包村干部',
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
  // 值班干部：农某 / 值班：梁某 (the one on duty signs the day's report).
  '值班干部',
  '值班人员',
  '值班',
  '带班干部',
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
  '包保领导',
  '联系领导',
  '责任领导',
  '研判人',
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

// ——— what kind of message (parse-message.ts) ———
/** A question (…吗, 请问, 要不要): asked, not reported, unless the message reports something. */
export const QUESTION_WORDS = ['?', '吗', '请问', '问一下', '要不要', '算不算', '谁', '哪些', '哪个', '哪几', '是不是', '能不能', '可不可以', '怎么', '如何', '为什么', '什么时候', '啥时候'] as const;
/** What happened, asked (碱滩那边昨天咋了 听说拦车了 啥情况): a question, not after 没/无 (没啥情况 is quiet) nor 不知道 (parse-message.ts). */
export const WHAT_HAPPENED_ASKS = ['啥情况', '什么情况', '咋回事', '怎么回事', '咋了', '怎么了'] as const;
/** Someone told of as asking, again and again (老念叨…啥时候交房, 到处打听…什么时候发): a question of theirs, not the sender's. */
export const ASKS_AROUND_WORDS = ['念叨', '唠叨', '叨叨', '嘀咕', '打听', '追问', '催问', '老问', '总问', '天天问', '一直问', '反复问', '去问', '来问', '上门问', '过来问', '跑来问', '镇上问', '村里问', '社区问'] as const;
/** Asking how to file a kind of case (要不要算信访, 算不算舆情, 需不需要报). */
export const CLASSIFY_QUESTION_WORDS = ['不用报吧', '不用报了吧', '不算吧', '算不算', '要不要算', '要不要报', '要不要上报', '需不需要报', '需不需要上报', '需要报吗', '要报吗', '用不用报', '该不该报', '是否算', '是否要报', '是否需要报', '是否需要上报', '能不能算'] as const;
/** Leaders' and the office's notices: instructions to the units, not reports. */
export const NOTICE_WORDS = ['要即时报告', '不用另外报', '不用单独报', '不用再报', '不需要再报', '不必另报', '须即时报告', '需即时报告', '要求', '都要报', '也要报', '第一时间', '恢复每', '明天起', '请各', '各村', '各社区', '各单位', '各位', '严禁', '严防', '务必', '提醒', '通知', '会议', '开会', '召开', '注意', '落实', '抓紧', '按时', '及时', '做好', '加强', '确保', '一律', '必须', '不得', '制度', '推进', '盯紧', '盯住', '不要等到', '有事报即时', '有事报情况', '有事就报', '没事报零', '无事报零', '每天都报', '每天都要报', '没情况报', '无情况报', '没有情况报', '以后要', '今后要', '下次要', '即可', '如实报', '如实上报', '参照这个格式', '参照此格式', '按这个格式', '就不是零报告', '不算零报告', '不能报零报告', '不能再报零报告', '直接报即时', '不能先报零', '先报零再'] as const;
/**
 * The office reviewing the reports made (首报及时、续报到位，值得肯定 / 共收到零报告10个): said by someone of no unit, it
 * summarises what units reported; it is no report of its own.
 */
export const REVIEW_WORDS = ['均已报送', '表扬', '都已报送', '已全部报送', '全部报齐', '均已报齐', '值得肯定', '提出表扬', '予以表扬', '通报表扬', '提出批评', '予以批评', '共收到', '报送不规范', '报送及时', '首报及时', '续报到位', '续报及时'] as const;
/** A notice passed on (转：【松滨日报】…, 【转发】信访要依法逐级走访…): its marker at the start, then a notice's words. */
export const FORWARD_MARKERS = ['【转发】', '转发:', '转:', '转发一下', '转一下'] as const;
export const PASSED_ON_WORDS = ['通报', '日报', '晚报', '新闻', '报道', '供参考', '参考格式', '格式供参考', '照着填', '学习', '各村', '不得'] as const;
/** A form to copy (零报告参考格式（照着填）, 单位：××村, 零报告格式：XX村X月X日零报告): nobody's report, nor a question to the bot. */
export const TEMPLATE_MARKERS = ['参照这个格式', '参照此格式', '参照格式', '照这个格式来', '都照这个格式', '村格式报', '社区格式报', '参考格式', '格式供参考', '照着填', '照此格式', '单位:××', '单位:XX', '日期:×月', 'XX村', '××村', 'XX社区', '××社区', 'X月X日', '×月×日'] as const;
/**
 * What the township office or a leader says to the group, not a report (立即启动预案, 要盯紧, 大家辛苦, 小结一下): from a
 * sender of no unit, a message with one of these and no report header or relayed act is talk (parse-message.ts
 * talkNotReport), whatever news it names.
 */
export const LEADER_TALK_WORDS = ['跟紧', '请各村', '请各社区', '请各单位', '立即', '马上', '赶紧', '抓紧', '尽快', '务必', '必须', '不得', '严禁', '不要', '盯紧', '盯死', '盯住', '跟住', '要盯', '注意', '要做好', '抓好', '要落实', '继续', '照常', '坚持', '辛苦', '感谢', '小结', '总结', '调度会', '通知:', '通知】', '提醒', '重申', '问责', '倒查', '一票否决', '善始善终', '松懈', '掉链子', '守好', '【转发】', '请按', '按即时报告', '下次', '勿要', '乱报', '勿断', '说明情况', '至今未报', '通报一下', '保持畅通', '带班', '严防', '重点盯', '看好', '配合接待', '跟上', '以后这种', '还要单独报', '要当天报', '干么个', '干什么的', '为么个', '为什么', '怎么又', '请做好', '做好续报', '续报报准', '书面续报', '续报每', '再核实', '核实一下', '名单发给我', '材料发给我', '整理成', '书面材料', '把人稳住', '通报】', '做好预案', '别再出', '留意下', '有消息即报', '核实清楚再报', '以后核实', '先核实再报'] as const;
/** A matter an assessment notes as reported already (信访：1批（赴县集体访，已终报）): the assessment's, not the day's incident. */
export const FILED_BEFORE_WORDS = ['已终报', '已续报', '终报了', '已报过', '已按程序报'] as const;
/** A matter told live beside an assessment's counts (双方十来人在山上对峙, 另即时报告：…): still the day's incident. */
/** A fight's follow-up told of its hurt (续报：韦某某伤势不重，已缝针回家): the incident's news, as a return is (parse-message.ts). */
export const HURT_FOLLOW_UP_WORDS = ['伤势', '缝针', '缝了几针', '包扎', '受伤', '轻伤', '擦伤'] as const;
export const LIVE_INCIDENT_WORDS = ['正在调解', '已在调解', '舆情', '对峙', '聚集', '聚了', '推搡', '打架', '动手', '受伤', '轻伤', '派出所', '即时报告', '上访', '集体访', '进京', '赴京', '赴省', '拦车', '堵路', '堵门', '横幅'] as const;
/** An act of the day relayed from above, with a unit asked to act on it (县信访局来电：…今天上午在县信访局…，请…立即派人接回). */
/** A meeting called (协调会定于1月5日…在县信访局召开): where and when the meeting is, not an act relayed. */
export const MEETING_WORDS = ['定于', '召开', '参会', '参加会议'] as const;
export const RELAY_WORDS = ['通报', '来电', '来电话', '打电话', '通知', '紧急', '电话'] as const;
export const SEND_FOR_WORDS = ['派人', '接回', '接返', '劝返', '对接', '核实', '联系', '去人', '赶紧去', '马上去', '拦截'] as const;
/**
 * The office asking named units to report (鄂家村、喇家村：请于今晚前补报9月23日零报告): a request, not the units' reports,
 * whatever it names (parse-message.ts). Not 请领导审阅, said under a report.
 */
export const REPORT_REQUEST_WORDS = ['请于', '请在今', '请今晚', '请今天', '请尽快', '请抓紧', '请及时', '请速', '请立即', '请马上', '请补报', '请按时'] as const;
/** Before a quoted message of another (转：『…零报告』, 回复 沙墩村：“…”, 你们昨天发的“…”): the quote is theirs (parse-message.ts). */
export const QUOTE_LEAD_WORDS = ['转:', '转发:', '转发', '发的', '报的', '发来的'] as const;
/** Replying to or quoting a member (回复 沙墩村：“…”, 引用 王家寨村：“…”): who is quoted comes before the colon. */
export const REPLY_WORDS = ['回复', '引用'] as const;
export const TO_ALL_WORDS = ['各村', '各社区', '各单位', '各位', '请各', '各网格', '大家', '通知', '提醒', '紧急通知'] as const;
/** Words of a report: a message with none that the parser cannot read is chatter, with one it is asked about. */
export const REPORT_WORDS = ['报告', '研判', '重点人员', '零报', '动态', '上访', '信访', '纠纷'] as const;
/** A report promised for later (今天的日研判晚点报). */
export const LATER_WORDS = ['晚点', '晚些', '晚会儿', '晚一会', '晚一点', '稍后', '等会', '一会', '待会', '过会', '下午', '明天'] as const;
/** A correction (更正, 重新上报); the forms anchored at the start (重新报…, 修改…) stay with the stage. */
export const CORRECTION_WORDS = ['更正', '订正', '纠正', '重新上报', '重新报送', '特此修改', '以这条为准', '以此为准', '以本条为准'] as const;
/**
 * 不对，化解是1起 / 刚才报错了，排查是2起: the sender's last report put right in a figure, said at the message's start.
 * A 更正 as much as one headed 更正 (the day's other figures stay); a figure must follow soon, or it is talk.
 */
export const PUT_RIGHT_LEADS = ['不对不对', ...MISTAKE_WORDS] as const;
/**
 * 重报：太平村10月2日零报告 / 【重报】…: a report sent again to replace the last, said as its header (请核实后重报, a
 * request, is not one).
 */
export const REDO_HEADERS = ['修改上报', '更正上报', '重报', '重发', '重新报', '重新发', '改一下', '改下'] as const;
/** 村名打错了，应为：… / 写错了，应该是…: after a mistake owned, what it should have said. */
export const PUT_RIGHT_TO_WORDS = ['应为', '应是', '应该是', '应该为', '改为', '改成', '更正为', '正确的是', '正确为', '以此为准', '以这条为准', '以下为准'] as const;
/** 昨天发成了9月1日 / 村名写成了…: what the last report wrongly said. */
export const MISRENDERED_WORDS = ['写成了', '发成了', '报成了', '填成了', '打成了'] as const;
/** A group stirring (业主商量维权, 矛盾比较大, 在他家门口等，到现在还没散): no person to name, but never a zero report next to it. */
export const GROUP_SIGNAL_WORDS = ['写联名信', '联名写信', '商量联名', '维权', '串联', '矛盾比较大', '矛盾较大', '矛盾突出', '矛盾激烈', '议论纷纷', '讨说法', '算账', '报复', '叫全村人', '喊全村人', '叫全组人', '喊全组人', '叫上全村', '喊上全村', '还没散', '还未散', '仍未散', '尚未散', '没有散', '不肯散', '不肯走', '赖着不走'] as const;
/** Someone in trouble or heading to petition, unnamed (besides the distress and missing words). */
export const UNNAMED_ABNORMAL_WORDS = ['要讨个说法', '要讨说法', '要个说法', '要“讨个说法', '要“讨说法', '要"讨个说法', '就搞事', '就闹事', '要搞事', '要闹事', '吵闹', '哭闹', '闹着要', '吵着要', '嚷着要', '闹着', '在闹', '又在闹', '大闹', '不太稳', '不大稳', '地点不清楚', '情绪激动', '情绪波动', '情绪不太好', '情绪不大好', '情绪不怎么好', '情绪不稳', '过激', '扬言', '上访苗头', '进京苗头', '上访倾向', '外出上访'] as const;
/**
 * A threat or plan to petition, the place left unsaid (今天打电话说要回来上访, 他想去告状): someone heading to petition.
 * Not when denied (劝其不要上访, 说不想上访了): the lookbehind of PETITION_THREAT.
 */
export const THREAT_VERBS = ['要', '想', '准备', '打算', '想着', '计划'] as const;
export const THREAT_MOVES = ['回来', '回去', '过来', '出去', '上来', '去', '来'] as const;
export const THREAT_ACTS = ['上访', '告状', '越级访', '集体访', '闹访', '信访'] as const;
export const PETITION_THREAT = `(?<![不没别莫])(?:${alt(THREAT_VERBS)})(?:${alt(THREAT_MOVES)})?(?:${alt(THREAT_ACTS)})`;
/**
 * Someone being searched for, or not where they should be and unsure (社区正在找, 好像不在家，我去看一下): abnormal,
 * never a zero report's day. Not 正在找工作 (the lookahead of SEARCHED_FOR).
 */
export const SEARCH_WORDS = ['正在找', '还在找', '都在找', '到处找', '四处找', '分头找', '正在寻找', '正在联系寻找', '好像不在家', '可能不在家', '似乎不在家', '估计不在家', '好像没在家', '可能没在家'] as const;
export const SEARCHED_FOR = `(?:${alt(SEARCH_WORDS)})(?!工作|活|房|对象|关系|材料|资料|原因)`;
/**
 * Days just past (昨天, 上周五, 前几天): a petition then, told only now (备注：…昨天去县信访局反映…; 上周五…去区信访局
 * 反映…，今天才了解到), is news the day's zero report cannot stand beside.
 */
export const RECENT_PAST_WORDS = ['昨天', '昨日', '昨晚', '前天', '前日', '前几天', '前两天', '这几天', '上周', '上星期', '上礼拜', '本周', '这周', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '星期'] as const;
/** A petition office gone to (去县信访局, 到区信访办). */
export const PETITION_OFFICE_WORDS = ['信访局', '信访办', '信访接待中心', '信访大厅', '信访窗口'] as const;
/** A dispute told as news of the day: it arose (反映…纠纷, 发生…矛盾). */
export const DISPUTE_ARISING_WORDS = ['反映', '发生', '出现', '发现', '排查出', '产生', '引发', '起了', '闹', '有个', '有一起', '有一个', '有起'] as const;
/** Times of the day reported on: a matter they open (早上王某某去北京的事已经劝回来了) is the day's news. */
export const TODAY_TIME_WORDS = ['今天', '今日', '今早', '今晨', '早上', '一早', '上午', '中午', '下午', '刚才', '刚刚'] as const;
/** Being handled on the spot after someone objects (三组的人不服，正在现场协调): a dispute of the day. */
export const OBJECTION_WORDS = ['不服', '不满', '不同意', '不答应', '不让', '有意见', '吵起来'] as const;
export const HANDLING_NOW_WORDS = ['正在现场协调', '正在协调', '正在现场调解', '正在调解', '正在现场处置', '正在处置', '正在处理'] as const;
/** A grievance found without the word 纠纷 (走访发现一户因拆迁补偿有意见): a dispute found that day. */
export const GRIEVANCE_FOUND_BEFORE = ['发现', '排查出', '摸排出', '了解到', '摸到'] as const;
export const GRIEVANCE_FOUND_WORDS = ['有意见', '有怨气', '有怨言', '闹意见', '有争议', '闹矛盾', '扯皮', '不满意', '有不满'] as const;
/** A dispute told as news of the day: it is being handled (纠纷正在调解). */
export const DISPUTE_ONGOING_WORDS = ['正在调解', '调解中', '在调解', '正在处理', '正在化解'] as const;
/**
 * A matter still open (进京事项尚未平息, 讨薪问题还没解决): whenever it began, the day that tells it is not a zero
 * report's (the safety rule; the matter itself is no new incident).
 */
export const UNRESOLVED_WORDS = ['尚未平息', '还没平息', '仍未平息', '没有平息', '尚未解决', '还没解决', '还没有解决', '仍未解决', '尚未化解', '还没化解', '还没有化解', '仍未化解', '尚未了结', '还没了结', '尚未息诉', '仍在上访', '还在上访', '还在闹', '仍在闹'] as const;
/** A dispute told as news of the day: settled the same day (一户纠纷已化解): still a dispute found, never a zero report's day. */
export const DISPUTE_SETTLED_WORDS = ['已经说和', '说和了', '劝和了', '已化解', '已调解', '已调处', '已调好', '调解好', '调解了', '化解了', '调好了', '已处理好', '处理好了', '已解决', '解决了', '已平息', '平息了', '已经化解', '已经调解', '已经调好', '已经解决', '当场化解', '现场化解', '现场调解', '已处置', '处置好了', '已妥善处置', '已和好', '和好了'] as const;
/** Nothing in a message can matter without one of these (the fast path for 收到/好的/谢谢). */
/** Pressing for money owed, by a crowd at an office (6个工人跑到调度楼问钱, 十几户到村委讨账): an incident. */
export const MONEY_PRESSED_WORDS = ['问钱', '讨钱', '催钱', '要账', '讨账', '催款', '要债', '讨债'] as const;

// ——— persons (persons.ts) ———
/** Key persons named as such. */
export const KEY_PERSON_WORDS = ['重点人员', '重点对象', '稳控对象', '重点关注人员', '关注人员', '重点人'] as const;
/**
 * A dispute's parties named by their role (当事人：王某、李某; 纠纷双方张某、赵某; 涉及村民刘某某): parties, not key persons,
 * unless their own words tell a key person's state.
 */
export const DISPUTE_PARTY_ROLES = ['纠纷当事人', '双方当事人', '当事人', '被申请人', '申请人', '纠纷双方', '矛盾双方', '争议双方', '双方分别为', '涉及村民', '涉及农户', '涉及群众', '涉及居民', '涉事村民', '涉事双方'] as const;
/** What two people named together have between them (王某某与李某某宅基地纠纷, 张某和李某因…发生争执). */
export const DISPUTE_BETWEEN_WORDS = ['纠纷', '矛盾', '争执', '争吵', '口角', '吵架', '纠葛', '积怨', '吵起来', '吵了起来', '不和', '吵了架', '吵了一架', '吵了几句', '打了一架', '打了架', '干了一架'] as const;
/** Who stays a key person though named as a party (重点人员王某某与邻居李某某…): said to be one. */
export const KEY_PERSON_LABELS = [...KEY_PERSON_WORDS, '上访户', '信访户', '上访老户', '信访老户', '老上访户', '缠访户', '稳控人员', '在控人员'] as const;
/**
 * A person's phone not answered (电话没人接, 无人接听, 不回电话): unreachable, as 不接电话 is; a return (已回家) ends it.
 * Named no-news (岑某某还没有消息, 至今杳无音讯): missing, unless a matter stands before it (低保的事还没有消息: persons.ts).
 * Both are read in the unmasked text: their own 没/无 is what they say, not a negation of the clause.
 */
export const UNANSWERED_WORDS = ['电话一直没人接', '一直没人接', '电话一直打不通', '电话没人接', '没人接电话', '电话无人接', '无人接听', '电话没接', '打电话没接', '不回电话', '不回信息', '不回消息', '不回微信'] as const;
/**
 * Cadres staying with a person who is still in Beijing or a provincial capital (韦某某仍在贵阳，镇村干部陪同，尚未返回), or
 * going there to fetch the person (人在北京，社区干部已经出发去接了): the
 * person is being brought back from a petition's city, not calm that day (a hospital visit there is ERRAND_WORDS').
 */
export const FAR_ESCORT_WORDS = ['干部陪同', '干部陪着', '干部正陪着', '干部在陪', '工作组陪同', '工作组陪着', '专班陪同', '干部正在做工作', '干部在做工作', '工作组正在做工作', '专班在做工作', '专班正在做工作', '专班在陪', '正在劝返', '在劝返', '去接', '赶去接', '前去接', '前往接'] as const;
export const NO_NEWS_WORDS = ['还没有消息', '还没消息', '仍没有消息', '仍没消息', '仍无消息', '至今没有消息', '至今没消息', '至今无消息', '一直没有消息', '一直没消息', '没有任何消息', '还没有音讯', '没有音讯', '杳无音讯', '音讯全无', '毫无音讯', '没有音信', '杳无音信', '还没有下落', '还没下落', '仍无下落'] as const;
/** A person's abnormal state (besides the distress, going-again and missing words). */
export const PERSON_ABNORMAL_WORDS = ['闹了', '又在闹', '在闹', '又闹', '大闹', '吵闹', '哭闹', '不见了', '轻生', '脾气很冲', '脾气大', '发火', '很冲', '不太稳', '不大稳', '不够稳', '不咋稳', '不怎么稳', '还是不稳', '情绪不稳', '有变化', '说话很冲', '地点不清楚', '不清楚去哪', '不知道去哪', '去向不清', '下落不清', '有情绪', '有点情绪', '有些情绪', '有点小情绪', '闹情绪', '有怨气', '有意见', '需要关注', '需关注', '需要重点关注', '需重点关注', '情绪激动', '情绪波动', '有波动', '不稳定', '激动', '过激', '激烈', '情绪不好', '情绪不大对', '情绪不太对', '情绪不对', '不大对劲', '不太对劲', '不对劲', '苗头', '倾向', '扬言', '打不通', '关机', '外出上访', '上访了', '异常', '情绪较大', '情绪很大', '情绪挺大', '情绪比较大', '情绪特别大', '情绪大得很', '情绪低落', '低落', '不满', '闹事', '未归', '没回来', '还没回来', '没有回来', '没找到', '没找着', '不接电话', '电话不接', '电话也不接', '骂骂咧咧', '发牢骚', '嚷嚷', '吵着要', '嚷着要', '叫全村人', '喊全村人', '喊大家', '叫大家一起', '拦都拦不住', '拦不住', '劝不住', '喝闷酒', '拉横幅', '打横幅', '静坐', '围堵', '堵门', '堵路', '拦车', '闹访', '缠访', '不正常', '骂人', '情绪失控', '失控', '闹着要', '没回家', '未回家', '没有回家', '找人签名', '征集签名', '收集签名', '搞联名', '要联名', '被截住', '截住了', '被截下', '被拦截', '被截回', '被截访'] as const;
/**
 * Brought or come back (已接回, 被劝回家): the end of an absence (失联…已回家), but no calm word after a scene (情绪激动，
 * 被劝回家; 又去镇上闹了，已接回): the person is still not calm that day unless a calm word says so.
 */
export const RETURN_WORDS = ['返回', '回家', '接回', '劝返回'] as const;
/** A person's stable state (稳定 itself, not after 不/不太…, is read by the stage). */
export const PERSON_STABLE_WORDS = ['平稳', '平复', '正常', '已找到', '找到', '找着', '联系上', '取得联系', '无异常', '在控', '不再上访', '答应不去', '表示不去', '同意不去', '打消', '返回', '回家', '接回', '劝返回', '还好', '挺好', '蛮好', '很好', '都好', '安稳', '老实', '好着呢', '好着哩', '好好的', '稳下来', '稳住了', '稳了', '缓和', '好转', '不去了', '还行', '还可以', '好多了', '好些了', '好点了', '好一些了'] as const;

/**
 * Places far from a village: the provinces (short names) and the cities of prefecture level and a few big county-level
 * ones. 在浙江, 去贵阳, 到凯里儿子家: the person is away (not a petition: escalation reads its own words). A place followed
 * by 村/镇/路… is a village or a street of that name (东营村), not the city.
 */
export const PROVINCE_NAMES = '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(' ');
/**
 * Countries (and 境外 itself) a village's people work in or cross to: 在越南河江那边砍甘蔗 is away as much as 在浙江 is.
 * Not before 籍 or 人 (越南籍货车司机: who someone is, not where).
 */
export const COUNTRY_NAMES = '越南 老挝 缅甸 泰国 柬埔寨 马来西亚 新加坡 印尼 菲律宾 日本 韩国 朝鲜 俄罗斯 蒙古国 哈萨克斯坦 吉尔吉斯斯坦 塔吉克斯坦 乌兹别克斯坦 巴基斯坦 尼泊尔 印度 迪拜 沙特 美国 加拿大 澳大利亚 新西兰 英国 法国 德国 意大利 西班牙 非洲 安哥拉 国外 境外'.split(' ');
export const CITY_NAMES = (
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 乌兰浩特 巴彦淖尔 乌兰察布 锡林浩特 ' +
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 长春 四平 辽源 通化 松原 白城 延边 哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 佳木斯 七台河 牡丹江 绥化 ' +
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 昆山 江阴 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 慈溪 ' +
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 ' +
  '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽 ' +
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 ' +
  '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 ' +
  '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 海口 三亚 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 ' +
  '贵阳 六盘水 遵义 安顺 毕节 铜仁 凯里 都匀 兴义 昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 大理 拉萨 西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 ' +
  '兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 西宁 银川 石嘴山 吴忠 固原 乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什'
).split(' ');
/** What someone is owed (老板还差他们年终奖, 欠两个月工钱, 补贴没给): said by a crowd at an office, a demand pressed. */
export const OWED_WORDS = ['还欠', '欠着', '欠', '还差', '差', '拖欠', '没给', '没发', '不给'] as const;
/** Who owes the workers or the sellers (承包老板吴某欠他们…): named as the other side, not a key person. */
export const OWING_SIDE_TITLES = ['承包老板', '老板', '包工头', '工头', '老总', '开发商', '收购商', '承包人', '法人代表', '法人', '经营者', '经营户', '承租人', '承租方'] as const;
/** A place far from the township: a province, a city or a country (在浙江, 去贵阳, 在越南). */
export const FAR_PLACE_NAMES = [...PROVINCE_NAMES, ...CITY_NAMES, ...COUNTRY_NAMES];
/** What someone does with the person, at the person's home (包保人在屋里陪着, 在家做工作): the person is home. */
export const WITH_PERSON_ACTS = ['陪着', '陪护', '守着', '看着', '盯着', '看护', '做工作', '做思想工作', '劝', '稳控'] as const;
/** At work where the person lives and works (照常开档, 返厂, 开工): home, unless a far place was named before it (今天又回合肥工地了，说是开工了). */
export const WORKING_WORDS = ['照常开档', '开档', '照常营业', '正常营业', '正常经营', '开工', '返厂', '回厂'] as const;
/** Home words that name a workplace (在工地, 在工棚): after a far place (在外地打工，今天在工地上) they are at that place (persons.ts); not 在厂, often the township's own. */
export const WORKPLACE_HOME_WORDS = ['在工地', '在工棚', '在宿舍', '在出租屋', '在租的房'] as const;
/** …and 在厂, 在单位, 在公司 after a far city or province named with 在 (在东莞打了视频过来，在厂里上班): at that place (persons.ts). */
export const FAR_WORKPLACE_WORDS = ['在厂', '在单位', '在公司'] as const;
export const HOME_WORDS = ['在板房', '在工地板房', '在嘎查', '在辖区', '在本辖区', '在楼底下', '在楼下', '在屯里', '在寨里', '在寨子里', '在场务工', '在场里干活', '在场里上班', '位置:本地', '位置:本村', '位置:村里', '位置:村内', '去向:本地', '去向:本村', '回屋了', '在宿舍', '在出租屋', '在工棚', '在租的房', '在她家', '在他家', '在他屋里', '在她屋里', '在其屋里', '在其家', '把人看住', '在屋里', '在屋头', '在地里', '在田里', '下地', '干农活', '在本地', '在当地', '在厂', '在本村', '在社区', '在小区', '在本镇', '在镇上', '居家', '在单位', '在场区', '在场部', '在队部', '在连队', '放牛', '放羊', '放鸭', '砍柴', '在坡上', '在山上', '在河边', '在菜地', '在街上', '在茶园', '在果园', '采茶', '在窑里', '在窑洞', '在他窑里', '在她窑里', '在厝', '在岗', '在园区', '买菜', '镇上赶集', '乡里赶集', '集上赶集', '下棋', '在铺', '在店里', '在店铺', '在档口', '在摊位', '在家务', '在渔排', '在网箱', '在养殖场', '在民宿', '在大棚', '在鱼塘', '在工地', '在雪场', '在风电场', '在林场', '在农场', '在砖厂', '在茶厂', '在煤矿', '在电站', '在景区', '在合作社', '在收购点', '在墟上', '在集上', '在基地', '在脐橙基地', '在自家', '在自己家', '在敬老院', '在养老院', '在福利院', '在幸福院', '在光荣院', '在安置点', '在安置区', '在安置房', '在石窑', '在土窑', '回出租屋', '回宿舍', '回工棚'] as const;
export const HOME_AGAIN_WORDS = ['送到屋头', '送到屋里', '送回屋里', '送到家里', '送到家了', '回到屋里', '随大家回村', '跟大家回村', '一起回村', '回居', '到屋里', '回屋里', '回屋头', '到屋头', '回窑里', '回到嘎查', '回嘎查', '回到屯里', '回屯里', '回到寨子', '回寨子', '回到寨里', '返回家中', '返乡到家', '已回村', '回到村', '回村了', '现在家', '目前在家', '现在村', '接回家', '到家了', '平安到家', '昨晚到家', '昨天到家', '今早到家', '刚刚到家', '刚到家', '返回社区', '回到社区', '返回村里', '返回村', '已返村', '由家人接回', '被家人接回', '拉回去了', '拉回家', '领回家', '领回去了', '拽回家', '劝回家了'] as const;
/** Brought back home by someone, said done (已接回村, 被民警带回家了); not planned (明天去把他接回村). */
export const BROUGHT_HOME_WORDS = ['接回村', '接回到村', '接回本村', '带回村', '带回家', '送回村', '送回家', '劝回村', '劝返回村', '劝返回家', '接回社区', '送回社区'] as const;
/**
 * A field, a pasture or a plot of the village's own (在枸杞地修剪, 在冬营地放牧, 也在地头), and the work done there: in the
 * locality, as 在地里 is. Read after 在 and at most three characters naming the crop (persons.ts).
 */
export const FIELD_PLACE_WORDS = ['地头', '地里', '田里', '田间', '田头', '地', '田', '园', '营地', '草场', '牧场', '草原', '大棚', '棚里', '圈里', '林子', '坡上', '山上', '坝子'] as const;
export const FIELD_WORK_WORDS = ['干活', '劳动', '做活', '放牧', '放羊', '放牛', '拾花', '摘', '修剪', '剪枝', '浇水', '打药', '施肥', '除草', '收', '种', '割', '挖', '锄', '喂', '犁', '耕', '采', '看护', '守'] as const;
/** Gone back to work elsewhere (初六已返回浙江上班): the work words after a place. */
export const WORK_AWAY_WORDS = ['上班', '务工', '打工', '工作', '做工', '开店', '经商', '做生意'] as const;
/** Away in plain words (外出, 不在家, 出门了…; the missing words are away too). 走亲戚 is read with where (persons.ts). */
export const AWAY_WORDS = ['不见人了', '就不见人', '已经上车', '已上车', '劝返上车', '坐上车了', '不知道伊去哪', '不知道渠去哪', '不知道她去哪', '不知道他上哪', '不知道渠上哪', '不知道伊上哪', '还没找着', '还没找到', '还没找见', '还是没找到', '还是没找着', '一直没找到', '仍没找到', '仍然没找到', '到现在没找到', '人没找到', '没找到人', '还未找到', '仍未找到', '尚未找到', '没找着', '寻不见', '找不见', '出海了', '不知他去哪', '不知道他去哪', '不知她去哪', '精神卫生中心', '没见人', '不见人影', '没见到人', '没见着人', '前往县人民医院', '去县人民医院', '到县人民医院', '跟船出海', '在海上', '没影了', '乘车返回', '坐车返回', '正在返回', '往回赶', '往回走', '返回途中', '预计今晚到家', '预计明天到家', '预计明日到家', '没联系上', '未联系上', '未能联系上', '没能联系上', '没回家', '未回家', '没有回家', '夜不归宿', '返程', '出去了', '不知道去哪', '不知道去了哪', '不知道上哪', '出的门', '出门了', '人不见了', '不见了', '找不着', '不在家', '没在家', '不在村', '家里也不在', '家里不在', '家中也不在', '未归', '找不到', '外出', '外地', '在外', '去向不明', '下落不明', '失联', '联系不上', '不知去向', '出门未归', '离家', '至今未返', '至今未回', '还未回来', '尚未回来', '回老家', '不在屋里', '没在屋里', '不在屋头', '不在厝'] as const;
/** Visiting (走亲戚): away, unless within the township (到本镇…走亲戚, 去邻村走亲戚). */
/** Ways of leaving (坐班车走了, 乘火车离开): gone from the village. */
/** A ticket bought for a journey (已买好去北京的车票): the journey is on, and no errand of it. */
export const TICKET_WORDS = ['火车票', '车票', '机票', '高铁票', '动车票', '汽车票', '船票'] as const;
/** Someone being talked or brought back right now (随行劝返, 正在接回): something happened today. */
export const BRINGING_BACK_NOW_WORDS = ['随行劝返', '正在劝返', '劝返中', '正在接回', '正在劝回', '去接回', '去劝返'] as const;
export const TRANSPORT_WORDS = ['班车', '早班车', '大巴', '客车', '火车', '高铁', '动车', '飞机', '汽车', '长途车', '车', '轮渡', '渡船', '船'] as const;
export const VISIT_WORDS = ['走亲戚', '看亲戚', '探亲', '串亲戚'] as const;
export const NEAR_PLACES = ['本镇', '本村', '本乡', '镇上', '村里', '本地', '邻村', '隔壁村', '本组'] as const;
/** On the road (在回村路上, 正在返回途中, 在回荆门的火车上) or at a station (在景洪火车站, 在合肥南站候车室): away until home. */
export const ON_THE_WAY_WORDS = ['路上', '途中', '火车上', '高铁上', '动车上', '大巴上', '班车上', '车上', '火车站', '高铁站', '汽车站', '客运站', '客运中心', '南站', '北站', '东站', '西站', '候车室', '候车厅', '机场'] as const;
/**
 * Someone else as a clause's subject (村干部正在安抚, 其父（在家）配合做工作, 由儿子陪同): what that clause says of a place is
 * not the person's whereabouts (unless it says the person's home: 在其家中做工作), nor of one who says something of
 * the person (家属称其…).
 */
/** Cadres whose phone the office could not reach (石支书电话打不通): the unit's contact, not a key person gone. */
export const CADRE_CONTACT_WORDS = ['值班', '支书', '书记', '主任', '村长', '网格员', '包保干部', '包保人', '村干部', '社区干部', '会计', '文书', '组长', '队长', '联络员', '信息员'] as const;
export const OTHER_SUBJECT_WORDS = ['之子', '之女', '之妻', '之夫', '之父', '之母', '村干部', '镇干部', '干部', '包保人', '包保干部', '包保责任人', '网格员', '民警', '派出所', '村支书', '支书', '书记', '主任', '村委', '社区干部', '工作人员', '其父', '其母', '其妻', '其夫', '其子', '其女', '其儿子', '其女儿', '其家属', '家属', '家人', '儿子', '女儿', '老伴', '妻子', '丈夫'] as const;
export const SAYS_WORDS = ['称', '说', '讲', '反映', '表示', '告知', '确认', '证实', '介绍'] as const;

// ——— names (persons.ts) ———
/** A firm's kind after its name (江苏某某纺织有限公司, 某某机械厂): a masked firm, not a person (persons.ts). */
export const FIRM_WORDS = ['有限责任公司', '有限公司', '公司', '集团', '工厂', '厂', '企业'] as const;
/** Kin and friends one stays with (在二道河子他表哥家, 去老表家): where someone is, not the unit reported on. */
export const KIN_VISIT_WORDS = ['表哥', '表姐', '表弟', '表妹', '老表', '亲戚', '朋友', '同学', '闺女', '姑娘', '舅舅', '姨妈', '姑妈', '叔叔', '大伯'] as const;
/** A key person's kin (冉某某的儿子冉某, 其父张老汉): named beside the person, not a key person. */
export const KIN_WORDS = ['儿子', '女儿', '妻子', '丈夫', '爱人', '老伴', '父亲', '母亲', '哥哥', '弟弟', '姐姐', '妹妹', '儿媳', '女婿', '孙子', '孙女', '侄子', '家属', '子', '女', '父', '母', '妻', '夫'] as const;
// ——— names ———
// Common single-character surnames. Characters that are also everyday words (和, 全, 时, 国, 平…) are left out so
// that “时间：…” or “全某” noise is never taken for a person.
// (安, 古, 普, 项 are in: common surnames of 朝鲜族/回族 and south-western places (安春子, 古正发, 普正明, 项志荣), read only
// at a clause's start before a person's words, their everyday words (安置, 古镇, 普通, 项目) listed in NOT_NAME_WORDS.)
export const SURNAMES =
  '杞萧王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简芦麦褚娄窦戚岑景党宫费卜冷晏卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢谌奚皮粟冼蔺楼闻厉郜阚屠朴练廉禹漆巴卿狄宣晋芮扈晁阙鹿邸雍辜裘亓邰赫杭况宿鲜逯茹慕亢嵇湛戎茅揭尉檀衣昝尧拓阎普项古安睢郗訾蒯茆';

/**
 * Surnames that, right before a unit's alias of two characters, make it a person's given name (王永福 beside 永福村,
 * 杨金花 beside 金花村) when the person's words follow (units.ts). Left out: characters that also open place names (高,
 * 林, 江, 金, 石, 龙, 黄, 马, 白, 方: 高桥, 石门, 黄河).
 */
export const NAME_HOLDING_ALIAS_SURNAMES = '王李张刘陈杨赵吴周徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范';
/** What begins the person's words after such a name (王永福屋里人讲, 杨金花也为…, 王永福2点…; the clock time in units.ts). */
export const ALIAS_NAME_NEXT_WORDS = ['屋里', '家里', '家属', '老婆', '儿子', '女儿', '讲', '说', '也', '又', '还', '已', '劝', '被', '今天', '今早', '今晚', '昨天', '昨晚', '上午', '下午', '晚上', '早上', '刚', '情绪', '同意'] as const;
// Before 某 the ambiguity is gone (关某某 is a name, 关心 is not), so these are allowed there too. 赖, 古, 利, 官: common
// in 闽西, 赣南 and 粤东 (赖某某), but words too (依赖, 古村, 利益, 官方); and the 回族 surnames of the north-west (冶, 撒,
// 喇, 拜, 妥, 虎, 达, 锁), everyday characters elsewhere; the 壮族 农 (农某某; 农民, 农户 elsewhere); and the 满族 surnames of
// the north-east (那, 富, 索, 钮, 鄂, 图, 伊, 依, 瓜: 那某某 as 那边 is not, 富某某 as 富裕 is not); 连 and 暴 (山西: 连某某, 暴某某;
// 连续, 暴雨 elsewhere); 阿 of the 藏族 and 彝族 names written with 某 (阿某某; 阿姨, 阿爸 elsewhere); 岩 of the 傣族 and 字 of
// the 白族 and 彝族 of 云南 (岩某某, 字某某; 岩石, 文字 elsewhere); the first characters of 维吾尔族 and 哈萨克族 names written
// with 某 (吐某某, 买某某, 努某某, 艾某某; not 加, 托, 克: 加某某微信, 托某某带话); and of 藏族 names (尼某 for 尼玛, 旦某 for
// 旦增, 格某, 次某某, 扎某, 卓某, 央某, 洛某, 丹某, 仁某, 德某; not 多, 边, 才: 很多某, 那边某某, 刚才某某).
export const MOU_ONLY_SURNAMES = '尼旦格次扎卓央洛丹仁德岩字阿连暴华洪阎关向文安时国平成明海路车单原花强解司全和赖古利官冶撒喇拜妥虎达锁农纳吉云羊那富索钮鄂图伊依瓜初战矫盘应忻贝乐乜卯陇吐买努艾热帕麦肉米塔卡库哈迪祖吾乌斯';
// 海明义, 冶成龙, 虎占林, 锁俊明, 拜学成, 纳秀兰, 喇木沙 (回族, 撒拉族), 吉海英, 云德光, 羊开平 (海南), 洪泽生 (潮汕): surnames that are
// everyday characters too (海边, 纳入, 拜年, 云南, 羊群, 洪水; 向忠林, 母顺清, 况世伦 of the south-west: 向上, 母亲, 况且), read
// only as the first of three characters. 盘文贵 (瑶族, 苗族: 盘查, 盘点 elsewhere). 赖水生, 赖石养 (客家: 依赖, 赖账 elsewhere). 帅国平 (江西: 帅气 elsewhere). 农亚贵, 农达英 (壮族): 农 begins 农民, 农户, 农业… too, listed in NOT_NAME_WORDS.
// (于广田: 于 is also a preposition, 于今日/于3月, so only a three-character name whose given name is no day word.)
// 关淑珍, 那德顺, 富春生, 鄂凤芝 (满族), 赖水生, 初建国, 战永刚, 矫立新 (胶东): of the surnames read only before 某, those read in a key persons' list too,
// after a cue or as an item (never 和, 全, 时, 国…, words before anything).
/**
 * Surnames that are everyday words too (和 'and', 木 'wood'; 纳西族 surnames: 和建国, 木春花): read only at a clause's
 * start or after a cue (那个, 其中, a unit, brackets), with a given name of two and the person's words right after (persons.ts).
 */
export const WORD_SURNAMES = ['和', '木'] as const;
/** What blocks up without anyone blocking it (下水道堵了, 管子堵了): a drain, not a blockade (incidents.ts). */
export const DRAIN_WORDS = ['水道', '管道', '管子', '水管', '沟', '渠', '井', '马桶', '厕所', '烟道', '烟囱'] as const;
/** What calls the words before it a joke (讲要克北京看升旗 开玩笑的): they are no plan nor act (analysis.ts masks them). */
export const JOKE_WORDS = ['开玩笑的', '开玩笑呢', '开个玩笑', '说着玩的', '说笑的', '逗你们的', '逗大家的', '闹着玩的'] as const;
/** Works that close a road (修管道封路了, 施工封路): no one blocks it (incidents.ts). */
export const ROADWORK_WORDS = ['修路', '修管道', '修水管', '修下水', '修桥', '施工', '维修', '改造', '铺路', '挖路', '管网', '抢修', '搞活动', '办活动', '举办活动'] as const;
/** Two people, when no figure is given (夫妻俩, 两兄弟, 岩某某的两个兄弟, 兄弟二人): an incident's headcount (incidents.ts). */
export const PAIR_WORDS = ['夫妻', '夫妇', '两口子', '老两口', '母子', '父子', '母女', '父女', '兄弟俩', '姐妹俩', '兄妹俩', '姐弟俩', '兄弟两个', '两兄弟', '两个兄弟', '兄弟二人', '兄弟两人', '两个人', '两人', '俩人', '他俩', '她俩'] as const;
/** Two sides named before a fight said 干起来 (两家…干起来了, 跟施工队的人干起来了); without them it is work begun (incidents.ts). */
export const TWO_SIDES_WORDS = ['两家', '两户', '双方', '俩', '两个', '两人'] as const;
/** After a unit's alias, a road's name (金竹路, 者冲路口, 龙池大道): the road, not the unit (units.ts); not 路上, 路过. */
export const ROAD_WORDS = ['路口', '大道', '大街', '巷'] as const;
export const LISTED_ONLY_SURNAMES = '关那富索钮鄂伊依瓜华阎赖官初战矫应忻贝乐乜卯陇文';
export const WEAK_SURNAMES = '海冶虎锁拜纳吉云羊洪向母况于农喇盘赖帅相操宛伏薄冒呼单丰密禄者起字';
/**
 * 彝族 family names of 凉山 and 楚雄, two characters, before a given name of two (吉克伍各, 沙马拉哈, 阿苏日哈) or 某某:
 * read as the compound surnames are. 阿木 is a given name too (吉伍阿木): a name found from 吉伍 first keeps it whole.
 * Not 阿呷, a given name only (马海阿呷).
 */
export const YI_SURNAMES = ['阿木', '曲木', '吉布', '吉觉', '吉地', '巴莫', '阿西', '阿尔', '阿牛', '阿且', '苏呷', '俄底', '杰觉', '阿洛', '沙玛', '尔古', '阿苏', '阿说', '阿约', '阿鲁', '阿力', '阿克', '阿侯', '吉克', '吉伍', '吉木', '吉尔', '吉史', '吉火', '沙马', '海来', '马海', '马黑', '俄木', '俄的', '曲比', '勒格', '瓦扎', '加拉', '倮伍', '莫色', '日火', '木乃', '比曲'] as const;
/** Surnames of two characters (上官某某, 欧阳某): the single-character list cannot see them. */
export const COMPOUND_SURNAMES = ['欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '夏侯', '长孙', '宇文', '司徒', '西门', '端木', '南宫', '独孤', '澹台', '公冶', '轩辕', '呼延'] as const;
/** Words that begin with a surname character but are not names (马上, 高度, 包保…). */
/** Whole words that read like a surname and a given name but are none: a greeting's opening of three (祝大家过年好; 祝大勇 is a name). */
export const WHOLE_NOT_NAMES: readonly string[] = GREETING_OPENERS.filter((w) => w.length === 3);
export const NOT_NAME_WORDS = ['起来', '起码', '起诉', '起床', '字样', '至今', '调解', '钱领', '钱到', '钱拿', '端午', '中秋', '元宵', '重阳', '问一', '问下', '党支', '曾发', '曾经', '经查', '经核', '钱了', '余款', '余额', '余下', '张罗', '曾离', '温泉', '包联', '包保', '除夕', '祝领', '祝各', '祝您', '研判', '结论', '冷库', '游客', '谈完', '谈好', '谈妥', '谈了', '谈判', '谈心', '谈不', '谈拢', '谈过', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '周末', '喇叭', '喇嘛', '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '初步', '初次', '初期', '初信', '初访', '战友', '战士', '战线', '那几', '那些', '那个', '那两', '那俩', '那边', '那里', '那天', '那时', '那样', '那么', '那位', '那家', '那户', '那伙', '那帮', '那批', '那次', '那会', '那条', '那段', '那片', '那头', '那阵', '那年', '那晚', '那夜', '那块', '那处', '那间', '那张', '那份', '那件', '那笔', '那辆', '那点', '那种', '那日', '那就', '那也', '富裕', '富余', '关于', '关心', '关注', '关系', '关键', '关门', '关机', '关好', '伊始', '依法', '依规', '依托', '图片', '索要', '农民', '农户', '农业', '农村', '农田', '农资', '农机', '农场', '农技', '农具', '农药', '农家', '农忙', '农历', '农活', '农贸', '农产', '农作', '农网', '农保', '农合', '农商', '农行', '农信', '于今', '于昨', '于当', '于上', '于下', '于晚', '于近', '于本', '于次', '于明', '于前', '于该', '于此', '于是', '于同', '于凌', '于早', '于中', '于午', '于每', '于节', '于春', '于正', '于腊', '于初', '于去', '于元', '于国', '于周', '于星', '于两', '于一', '于三', '于这', '于那', '于其', '于他', '于她', '于群', '于村', '于镇', '于县', '于市', '于省', '于北', '于信', '于综', '辛苦', '凌晨', '包车', '普通', '普遍', '普查', '普法', '普及', '项目', '古镇', '古城', '古树', '古寨', '古村', '古道', '古老', '古建', '安置', '安排', '安全', '安装', '安稳', '安抚', '安静', '安心', '安顿', '安保', '安监', '安居', '安定', '安检', '安宁', '楼两', '楼三', '包抓', '包工', '马上', '高度', '周边', '方面', '方便', '常态', '常年', '白天', '金额', '万元', '万一', '余下', '孙子', '孙女', '曾经', '曾多', '陆续', '康复', '苗头', '简单', '景区', '房子', '房屋', '房东', '房主', '房客', '冷静', '申请', '夏天', '任何', '钱还', '钱款', '程度', '程序', '包括', '包保', '包案', '毛病', '林地', '石头', '江边', '黄色', '温度', '司法', '尚未', '常规', '何时', '成为', '明确', '路上', '单位', '原来', '原因', '平时', '平安', '国家', '全面', '严格', '严禁', '严防', '应急', '范围', '安全', '全部', '其余', '方式', '秦岭', '邓小', '华庭', '雷雨', '柏油', '宫颈', '文明', '管理', '卫生', '贾汪', '龙头', '齐心', '向上', '关于', '施工', '党员', '党委', '费用', '谈话', '宣传', '付款', '符合', '季度', '严重', '黄金', '金融', '石化', '高速', '高铁', '高铁站', '邮政', '郑重', '林场', '林业', '林区', '莫让', '莫要', '莫去', '莫乱', '莫等', '石场', '曾去', '曾到'] as const;
/** After a name, a title or a place: the name is someone's title or a place (王书记, 李家, 张村). */
export const TITLE_WORDS = ['书记', '主任', '镇长', '村长', '组长', '支书', '会计', '文书', '老师', '师傅', '同志', '大姐', '大哥', '阿姨', '大爷', '老板', '队长', '所长', '部长', '局长', '警官', '医生', '家', '村', '社区', '小区'] as const;
/** Before a name, a person noun that says a person comes next (重点人员王某, 村民张三, 一个叫…). */
/**
 * Elements of 蒙古族 given names as written in Chinese (巴特尔, 其其格, 孟根其其格 = 孟根 + 其其格, 斯琴毕力格): 内蒙古's
 * people are named without a Han surname, so these stand where a surname would (persons.ts). A name is one to three of
 * them, read only where a full name may begin and followed by a person's words; 图 may close one (宝音图, 那顺图).
 * (呼和 is left out: 呼和浩特.)
 */
export const MONGOLIAN_NAME_PARTS = ['那木吉拉', '巴特尔', '巴图', '巴雅尔', '巴音', '白音', '宝音', '宝力道', '宝力格', '布和', '布仁', '朝鲁', '朝格图', '朝克图', '达来', '道尔吉', '额尔敦', '额尔德尼', '额日和', '格日勒', '格日乐', '格根', '哈斯', '吉日嘎拉', '吉雅', '孟根', '孟和', '孟克', '满都拉', '那仁', '娜仁', '那日苏', '那顺', '娜布其', '诺敏', '其其格', '其木格', '其乐木格', '萨仁', '萨日娜', '斯琴', '苏和', '赛音', '赛罕', '塔娜', '特木尔', '图雅', '图门', '托娅', '乌云', '乌力吉', '乌日娜', '乌恩', '乌兰', '阿拉坦', '阿古拉', '阿木古楞', '阿荣', '敖其尔', '敖登', '毕力格', '高娃', '青格勒', '道日娜', '德力格尔', '呼日勒', '莫日根', '扎那', '达瓦', '桑布'] as const;
/**
 * Common elements of 维吾尔 and 哈萨克 given names, read as MONGOLIAN_NAME_PARTS are (古丽米拉, 努尔兰别克, 巴合提别克努尔兰):
 * most such names are written with a middle dot between the person's and the father's names, and those are found by the
 * dot; these find the names written without it.
 */
/**
 * Given names of three characters of 回族 and 撒拉族 (乙四夫 Yusuf, 阿卜都, 哈克木 Hakim, 尕西木 Qasim) after a surname of one
 * (马乙四夫, 韩阿卜都, 冶哈克木): a name of four characters (persons.ts).
 */
export const HUI_GIVEN_NAMES = ['乙四夫', '尤素夫', '优素福', '阿卜都', '阿不都', '阿布都', '哈克木', '尕西木', '伊斯哈', '乙不拉', '尔撒力', '穆罕默', '赛里木', '阿里木'] as const;
export const TURKIC_NAME_PARTS = ['阿不都拉', '阿布都拉', '阿不来提', '吾守尔', '热西提', '波拉提', '哈那提', '马木提', '吾拉孜', '哈布都拉', '阿曼', '叶尔肯', '加娜尔', '阿斯哈尔', '哈力别克', '吾斯曼', '买买提', '麦麦提', '艾力', '艾买提', '吐尔逊', '吐尔洪', '热合曼', '阿不都', '阿布都', '阿卜杜', '阿不力孜', '努尔兰', '努尔', '别克', '古丽', '阿依', '库尔班', '哈力木', '沙吾尔', '沙吾提', '叶尔兰', '叶尔江', '叶尔波拉提', '卡德尔', '帕提古丽', '米拉', '巴哈尔', '热依拉', '热依木', '艾尔肯', '玉素甫', '依明', '阿力木', '吾买尔', '司马义', '托合提', '巴合提', '艾则孜', '阿迪力', '肉孜', '哈山', '迪丽', '阿娜尔', '克里木', '赛力克', '达吾提', '木拉提', '加尔肯'] as const;
/**
 * 傣族 (and 佤族) names of 西双版纳, 德宏 and 普洱 have no surname: a man's begins with 岩, a woman's with 玉 (岩坎, 岩叫, 玉罕,
 * 玉勐), read as MONGOLIAN_NAME_PARTS are. Only pairs that are no place or everyday word (not 岩头, 岩脚, 玉米, 玉林, 玉溪;
 * 岩帅 is also a 佤族 town, read as a unit where the roster has it); a 汉 name with a surname before (李玉香) is found whole
 * first.
 */
export const DAI_NAME_PARTS = [...['坎', '叫', '温', '保', '应', '庄', '香', '罕', '光', '扁', '帕', '拉', '燕', '胆', '依', '论', '丙', '甩', '章', '囡', '恩', '宰', '糯', '喊', '伦', '旺', '丁', '砍', '板', '嫩', '吞', '约', '三', '龙', '新', '峰', '帅', '块', '那'].map((c) => `岩${c}`), ...['罕', '勐', '腊', '应', '叫', '坎', '香', '光', '燕', '拉', '丙', '囡', '楠', '喃', '康', '约', '嫩', '旺', '儿', '温', '波', '扁', '庄'].map((c) => `玉${c}`)];
/**
 * 景颇族 names of 德宏: a family name (排, 木然, 勒排) and a name of the birth order (排早, 排勒, 木然诺, 勒排腊). Only 排 with
 * the birth-order names that make no word with it (not 排干, 排布, 排用, 排路: 排干水, 排布; 木然 alone is read as 木 and a name).
 */
/** 拉祜族 names: 扎 (men) or 娜 (women) and a birth-order or given syllable (扎约, 娜妥), no surname. */
export const LAHU_NAME_PARTS = [...['约', '倮', '莫', '丕', '体', '迫', '妥', '朵', '努', '戈', '列'].flatMap((c) => [`扎${c}`, `娜${c}`])];
export const JINGPO_NAME_PARTS = [...['麻', '诺', '腊', '途', '堵', '庄', '当', '果', '锐', '扎', '珍', '早', '勒'].flatMap((c) => [`排${c}`, `勒排${c}`])];
/**
 * Common elements of 藏族 names, which have no surname (扎西, 卓玛, 才让东智, 拉毛措; 康巴 四郎泽仁, 罗绒降措), read as MONGOLIAN_NAME_PARTS are;
 * NAME_PART_ENDINGS may close such a name (拉毛措, 卓玛草).
 */
export const TIBETAN_NAME_PARTS = ['次里', '此里', '鲁茸', '格茸', '都吉', '农布', '七林', '松诺', '阿旺', '旺堆', '顿珠', '央宗', '次珠', '朗杰', '德庆', '琼达', '贡嘎', '益西', '次旺', '米玛', '普琼', '泽仁', '泽旺', '尼玛', '让布', '贡布', '扎西', '卓玛', '才让', '拉姆', '多杰', '旦正', '尕藏', '索南', '拉毛', '东智', '才旦', '次仁', '格桑', '旺姆', '德吉', '央金', '洛桑', '丹增', '桑杰', '贡保', '完玛', '更登', '华旦', '加措', '嘉措', '仁青', '周措', '拉加', '才项', '当周', '公保', '尕让', '多吉', '扎巴', '卓嘎', '拉吉', '旦增', '平措', '边巴', '普布', '次旦', '仁增', '拉巴', '群培', '罗布', '曲珍', '白玛', '吉毛', '卓尕', '才吉', '措毛', '东周', '万玛', '久美', '项秀', '夏吾', '切吉', '尕布', '扎考', '三智', '尖措', '才智', '昂文', '昂江', '索朗', '巴桑', '达娃', '达哇', '格来', '罗松', '更尕', '才仁', '文措', '江措', '求措', '才措', '土登', '曲扎', '旦巴', '四郎', '罗绒', '降措', '向巴', '阿央', '降央', '泽郎', '呷绒', '格绒', '洛绒', '邓珠', '登珠', '根秋', '志玛', '翁姆', '仁真', '降泽', '拥措', '呷玛', '曲批', '泽翁', '格勒', '贡觉', '求培', '达杰', '桑周', '其米', '其美'] as const;
export const NAME_PART_ENDINGS = ['图', '措', '草', '吉', '加', '姆', '江'] as const;
/** 明 closes a name too (买买提明, 艾买提明), but begins a day after one (买买提明天去县里): an ending only before no day's tail. */
export const NAME_PART_DAY_ENDINGS = ['明'] as const;
/** 太 closes an 安多 name (旦正太, 才让太), but is “too” after one (多杰太激动了): an ending only before no word it would qualify. */
export const NAME_PART_ADVERB_ENDINGS = ['太'] as const;
/** 花 closes a name too (娜仁花, 萨仁花, 哈斯花), but is a verb after one (巴特尔花了两万): read as an ending only before no verb's tail. */
export const NAME_PART_VERB_ENDINGS = ['花'] as const;
export const NAME_CUE_WORDS = ['征收户', '被征收户', '查实', '核实到', '外卖骑手', '骑手', '网约车司机', '司机', '外嫁女', '包保对象', '帮扶对象', '档主', '摊主', '租客', '房东', '重点关注人员', '关注人员', '牧民', '牧户', '护林员', '征地户', '安置户', '拆迁户', '动迁户', '征迁户', '回迁户', '搬迁户', '移民户', '流转户', '占地户', '承包户', '低保户', '困难户', '养殖户', '种植户', '贫困户', '受灾户', '五保户', '果农', '茶农', '菜农', '桔农', '橘农', '蔗农', '胶农', '塘主', '渔民', '移民', '船民', '退休职工', '下岗职工', '退役军人', '退伍军人', '老职工', '职工', '工人', '个体户', '烟农', '边民', '代表', '重点人员', '重点人', '重点对象', '稳控对象', '村民', '居民', '群众', '业主', '户主', '市民', '农民工', '农民', '上访人', '信访人', '上访户', '信访户', '上访老户', '信访老户', '失联人员', '走失人员', '上访人员', '信访人员', '涉访人员', '当事人', '老人', '一个叫', '有个叫', '叫'] as const;
/** Before a name: who the person is in an incident (村民李某某…): its subject. */
export const SUBJECT_PREFIX_WORDS = ['村民', '居民', '群众', '业主', '农户', '户主', '市民', '邻居', '租户', '农民', '商户', '家属', '工人', '职工', '牧民', '牧户', '渔民'] as const;
/** After a name cued by a person noun or a list: words that begin the person's story (今天, 在, 说, 和…). */
/** An elder's title after the name (吴罔腰阿嬷今日去市医院, 林阿伯在家, 藏区 土登波啦): how villages speak of an elder. */
export const ELDER_TITLE_WORDS = ['阿嬷', '阿婆', '阿公', '阿伯', '阿叔', '阿姆', '老伯', '阿姨', '老太太', '老大爷', '波啦', '莫啦', '阿佳'] as const;
export const NAME_STORY_WORDS = [...ELDER_TITLE_WORDS, '过节', '随队', '随同', '跟随', '状态', '话', '前几天', '前两天', '这几天', '近几天', '出境', '打电话', '拿到', '领到', '收到', '出去打工', '出去务工', '最新', '联系不上', '联系不到', '调解', '组织', '签协议', '同志', '签了', '签订', '清明', '五一', '国庆', '中秋', '端午', '元旦', '春节', '过年', '一大早', '领头', '喝了点酒', '两个', '两人', '二人', '俩', '走亲戚', '走娘家', '串门', '探亲', '看病', '赶集', '上山', '下地', '放牛', '放羊', '砍柴', '嫌', '电话', '手机', '前日', '喝了酒', '喝酒', '喝醉', '喝多了', '有上访苗头', '有进京苗头', '有苗头', '他们', '她们', '今天', '今日', '今早', '今晨', '昨天', '昨晚', '昨日', '前天', '上午', '下午', '晚上', '早上', '一早', '中午', '凌晨', '目前', '现在', '现已', '现', '已经', '已', '于', '在', '去', '到', '赴', '进', '回', '从', '因', '一直', '又', '还是', '还', '仍', '依然', '照常', '一度', '独自', '出院', '说', '扬言', '声称', '情绪', '情续', '本人', '家属', '等', '老两口', '夫妇', '夫妻', '一家', '和', '与', '及', '两人', '二人', '三人', '四人', '两个都', '两个人', '俩人', '俩都', '仨人', '三个都', '兄弟俩', '姐妹俩', '夫妻俩', '父子俩', '母子俩', '兄弟两个', '身体', '住院', '外出', '失联', '不是', '是', '坐', '乘', '带', '跑', '也', '都', '均', '出门', '对', '应为', '反映', '表示', '经', '被', '由', '最近', '近期', '这几天', '这两天', '这些天', '这阵子', '近两天', '近几天', '下周', '这周', '本周', '没有', '没', '不', '讲', '找到', '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '除夕', '大年', '正月', '腊月', '联系上', '情况', '酒醒', '除外', '|', '的丈夫', '的妻子', '的老婆', '的老公', '的儿子', '的女儿', '的家属', '半夜', '深夜', '夜里', '天光', '劝住', '今晚', '今夜', '刚才', '刚刚', '夜晡', '今晡', '昨晡', '同意', '接回', '劝回', '听说', '牵头', '带头', '晚饭后', '午饭后', '那个', '家来', '开完会'] as const;
/** After a name at the start of a clause: words that begin a key person's state (在家, 今早, 去, 仍, 出院…). */
export const NAME_STATE_WORDS = [...ELDER_TITLE_WORDS, '全天', '整天', '动态:', '嘴上说', '嘴上讲', '在微信群', '在群里', '这两天', '这几天', '打电话', '有下落', '返回', '本人称', '本人说', '本人讲', '本人表示', '本人在', '对', '和他', '和她', '和老婆', '和媳妇', '和爱人', '两口子', '有异常', '有意见', '同志', '伊今天', '伊在', '情况:', '情况更新', '最新情况', '情况续报', '等', '的包保人', '的包保干部', '喝了点酒', '那家', '那边说', '那边讲', '没到', '没再', '他们', '她们', '来村', '来镇', '来社区', '来乡', '一大早', '领头', '有去', '有到', '昨夜', '由', '不是在', '两个', '两人', '二人', '俩', '走亲戚', '走娘家', '串门', '探亲', '看病', '赶集', '答应', '同意', '表示', '接回', '还得盯', '见着了', '见到了', '晚饭后', '午饭后', '吃完饭', '骑摩托', '听说', '听讲', '酒醒', '喝了酒', '喝醉', '喝多了', '是去', '是到', '是要', '是在', '是回', '系去', '系到', '系在', '系外出', '是外出', '还没', '还木', '准备', '打算', '承认', '不是去', '不是到', '有上访苗头', '有进京苗头', '有苗头', '今晚', '今夜', '在', '还是', '前日', '电话', '手机', '刚才', '刚刚', '跟他', '跟她', '跟老婆', '跟媳妇', '跟男人', '跟人说', '跟人讲', '对人说', '逢人', '一家', '带着', '带了', '领着', '联系上', '嫌', '同伊', '同他', '同她', '走人户', '找着', '要去', '要到', '没去', '没来', '也在', '也去', '也说', '也讲', '老婆', '老公', '媳妇', '闺女', '儿子', '女儿', '儿媳', '老伴', '爱人', '家属', '家里', '家阿婆', '家阿公', '收到', '跟', '阿妈妮', '阿爸吉', '那老倌', '老倌', '老爷子', '上山', '外出', '外地', '不在', '找到了', '情绪', '情续', '稳定', '失联', '去向', '住院', '出院', '去', '到', '回', '从', '因', '经', '于', '被', '赴', '进京', '今天', '今日', '今早', '今晨', '昨天', '昨晚', '昨日', '前天', '上午', '下午', '晚上', '早上', '一早', '中午', '凌晨', '傍晚', '夜里', '深夜', '半夜', '目前', '现在', '现已', '已', '仍', '依然', '照常', '一度', '独自', '扬言', '又', '还在', '一直', '这两天', '不是要', '不是去', '不是说', '不是到', '不是失联', '不是外出', '这会儿', '这会', '这阵子', '眼下', '这几天', '前几天', '前两天', '前些天', '前段时间', '最近', '说', '讲', '找到', '联系不上', '还是联系不上', '还联系不上', '还没联系上', '电话打不通', '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '除夕', '大年', '正月', '腊月', '国庆', '五一', '中秋', '端午', '元旦', '清明', '过年', '节前', '节后', '劝回', '劝回来', '到家', '开完'] as const;
/** Words of a key person's news, for a message that follows one up without saying 重点人员 (宋振华昨晚已回到家中). */
export const PERSON_NEWS_WORDS = [...MISSING_WORDS, '有下落', '好着呢', '好着哩', '不见了', '答应不去', '表示不去', '同意不去', '情绪', '嚷嚷', '就去', '在家', '扬言', '上访', '信访', '找到', '接回', '劝返', '回到家', '回家', '回村', '稳控', '在控', '闹', '在外', '外出', '务工', '打工', '住院', '出院', '走亲戚', '要去', '又去', '又到', '又说', '女儿家', '儿子家', '闺女家', '女儿那', '儿子那', '闺女那'] as const;
/** A key person's news a few words after a name of three (谭德贵吃了晚饭扬言…): persons.ts reads the name by it. */
export const PERSON_NEWS_LATER_WORDS = ['扬言', '上访', '信访', '失联', '情绪激动', '情绪波动', '情绪不稳', '去向不明', '下落不明', '联系不上'] as const;
/** Pointing at a report sent before (上条是…的零报告, 刚才发的是…, 昨天那条零报告): zero-redirect.ts reads the correction. */
export const REDIRECT_REF_WORDS = ['上一条', '上条', '刚才', '刚刚', '前面', '上面', '昨天那条', '那条', '这条'] as const;
/** Saying the earlier report was wrong (日期写错了, 有误): dropped, the right words stay (zero-redirect.ts). */
export const REDIRECT_WRONG_WORDS = ['写错了', '打错了', '发错了', '报错了', '搞错了', '弄错了', '有误', '错了'] as const;
/** What the earlier report wrongly said follows these (手滑打成新寨了). */
export const MISWRITTEN_AS_WORDS = ['打成', '写成', '发成', '报成', '写错成', '误写为', '误报为', '误写成'] as const;
/** Words without which a message is no report at all: parse-message.ts tests them first, as the cheapest stage. */
export const RELEVANT_WORDS = [...PETITION_HEADINGS, ...PERSON_NEWS_WORDS, ...BROUGHT_BACK_WORDS, '找着', '找见', '截住', '拦截', '截访', '稳住', ...OWED_WORDS.filter((w) => w !== '差'), '到家', '出门', '赶集', '看病', '已经上车', '已上车', '医院', '包保', '找到', '接回', '劝返', '在家', '太平', '消停', '如常', '县里', '市里', '区里', '区上', '省里', '余款', '尾款', '钱', '款', '北京', '镇里', '镇上', '乡里', '乡上', '街道', '政府', '县', '市', '省', '局', '低保', '补偿', '补助', '补贴', '反映', '报', '研判', '重点', '访', '纠纷', '矛盾', '某', '村', '社区', '聚集', '争', '冲突', '打', '闹', '堵', '失联', '去向', '进京', '赴', '稳定', '平稳', '平安', '正常', '无', '讨薪', '欠薪', '横幅', '对峙', '举报', '曝光', '发帖', '更正', '讨要', '工钱', '工资', '要钱', ...MONEY_PRESSED_WORDS, '扯皮', '拖欠', '干起来', '干仗', '吵', '嚷', '骂', '撕巴', '干仗', '掐架', '挂彩', '围', ...PUT_RIGHT_LEADS, '不走', '不肯走', '坐着', '堵着', '围着', '拦下来', '拦住了', '拦着', '聚了'] as const;
/** After 王某: kin and other words that begin what is said of 王某, not a given name (王某妻子在家, 王某家里). */
/**
 * Characters that are given names after 王某 whatever follows (傅某军协商, 王某兵讲, 黄某琴日同…): names' characters that
 * open no word of what is said of a person (not 明, 国, 平, 发, 根: 王某明天, 王某国庆, 王某平时, 王某发了, 王某根据).
 */
export const MOU_GIVEN_CHARS = '军兵琴芳娟霞燕萍丽艳莲伟斌鹏杰涛勇辉福兰林森权华';
export const AFTER_MOU_WORDS = ['找', '家', '妻', '夫', '儿', '女', '父', '母', '爱人', '老伴', '子', '孙', '哥', '姐', '弟', '妹', '本', '之', '的', '所', '称', '再', '独', '坚', '仍', '依', '先', '后', '多', '每', '曾', '近', '刚', '正', '才', '将', '便', '就', '亦', '并', '即', '欠'] as const;

// ——— where and who (escalation.ts, analysis.ts, incidents.ts) ———
/** A claim not yet checked (家属说是去旅游，正在核实): the errand it gives does not clear a journey toward a petition. */
export const UNVERIFIED_WORDS = ['正在核实', '还在核实', '待核实', '有待核实', '未核实', '尚未核实', '没核实', '核实中', '需核实', '待确认', '正在确认', '还不确定', '不确定'] as const;
/** Another errand than petitioning (去县城看病, 去市里儿子家): the journey is not a petition unless its words say so. */
/** Fetched back (上午到市里的2人已接回): a journey's end that tells it was a petition, unless an errand is named before it. */
/** The whole township (全镇排查矛盾纠纷5起): the office's own figures, no unit's. */
export const WHOLE_TOWNSHIP_WORDS = ['全镇', '全乡', '全街道', '全苏木', '全办事处'] as const;
/** All of them well, said in chat (重点人员3个都好着呢): as 均稳定 is. */
export const ALL_WELL_WORDS = ['好着呢', '好着哩', '好好的', '挺好的', '都挺好'] as const;
/** The known group of a journey (去县上的那些人还没回来): those the group chat already knows went, not yet back. */
export const KNOWN_GROUP_WORDS = ['那些人', '那几个人', '那几个', '那批人', '那帮人', '那伙人', '那些'] as const;
export const FETCHED_BACK_WORDS = ['已接回', '已经接回', '接回来了', '还没接回', '没接回来', '未接回', '尚未接回', '还没劝回', '没劝回来', '未劝回'] as const;
export const ERRAND_WORDS = ['拉化肥', '拉货', '送货', '看升旗', '市场卖', '卖咖啡', '卖东西', '找个活', '找活干', '看病', '读大学', '上大学', '考大学', '办手续', '办证', '办林权证', '办房产证', '办不动产证', '去办事', '是办事', '报销手续', '治病', '住院', '复查', '复诊', '体检', '检查身体', '拿药', '开药', '探亲', '看望', '探望', '陪护', '走亲戚', '看亲戚', '串门', '拜年', '吃酒', '喝喜酒', '吃席', '儿子家', '女儿家', '亲戚家', '带孙', '看孙', '看外孙', '接亲戚', '送亲戚', '送菜', '带孩子', '带小孩', '带娃', '帮忙带', '生小孩', '生孩子', '坐月子', '伺候月子', '玩了', '耍了', '去耍', '游玩', '爬山', '逛街', '散心', '送孩子', '接孩子', '送小孩', '接小孩', '照看', '过年', '报备', '打工', '务工', '上班', '办事', '办证', '办手续', '旅游', '上学', '读书', '买', '卖菜', '赶集', '赶场', '赶圩', '赶街', '去街了', '赶墟', '歌圩', '做生意', '进货', '理发', '开会', '培训', '领补贴', '领取', '领钱', '取钱', '缴费', '交费', '打疫苗', '学习', '报到', '研究生', '考试', '面试', '参观', '比赛', '演出', '志愿服务', '志愿者', '招聘会', '招工会', '展演', '展会', '博览会', '农博会', '参展', '展销', '看女儿', '看儿子', '看孙子', '看闺女'] as const;
/**
 * The errand words as a pattern: 买 alone (去县城买化肥) but not inside 维吾尔 names (买买提, 艾买提, 买合木提), whose 买 buys
 * nothing (买买提说要去北京 is a threat, no errand).
 */
export const ERRAND_PATTERN = `${alt(ERRAND_WORDS.filter((w) => w !== '买'))}|(?<![买艾])买(?![买合])`;
/** At a level's office for the office's own work (去县信访局参加业务培训): staff there, no petition (escalation.ts). */
/** An office's hours or number, asked or told (区信访局初几上班, 县信访局电话多少): nobody went to it (escalation.ts). */
export const OFFICE_HOURS_WORDS = ['上班', '下班', '放假', '开门', '关门', '电话', '地址', '在哪', '几点'] as const;
export const OFFICE_WORK_WORDS = ['参加培训', '参加学习', '参加会议', '业务培训', '业务学习', '业务会议', '开会', '报到', '交流学习'] as const;
/** The cadres' response (已派人赶往…): what follows it is not the event (陪同 and 值班 are read by the stage). */
export const CADRE_RESPONSE_WORDS = ['派人', '派出', '安排', '赶往', '赶去', '赶过去', '追去', '接访', '跟随', '开会', '看护', '盯守', '民警', '派出所', '已报告', '已通知', '通知', '汇报', '协调', '做工作', '稳控', '包保', '处置'] as const;
/** A sentence that speaks of petitioning (闹, 反应, 告 are read by the stage with what may follow them). */
/** What people press at an office they stand at (在县人社局门口讨要工钱, 在市政府门口静坐): escalation.ts AT_OFFICE. */
/** Still at an office, waiting (仍在镇政府会议室等候 / 还在街道办没走): the crowd there, whatever it waits for. */
/** What a group does at a level's seat it went to (合作社几个社员去镇上堵门了): a petition there (escalation.ts). */
export const SCENE_AT_SEAT_WORDS = ['堵门', '堵路', '堵大门', '围堵', '静坐', '拉横幅', '闹事', '闹访', '聚集'] as const;
/** Still there (上午那两个人…还没走 在镇上坐着呢): sitting or waiting at a level's seat (escalation.ts). */
export const AT_SEAT_WAITING_WORDS = ['坐着', '等着', '守着', '蹲着', '聚着', '围着', '不走', '没走', '赖着'] as const;
export const AT_OFFICE_WAITING = ['等候', '等待', '等着', '没走', '未离开', '没离开', '不肯走', '不走', '站着', '围着', '聚着', '现场'] as const;
/** A crowd leaving an office or dispersing from it (已离开办事处, 从镇政府散去): it had been there. */
export const LEFT_OFFICE_WORDS = ['离开', '撤离', '撤出', '走出', '散去', '散了', '劝离'] as const;
/** A crowd gathered at a level, said without 到/在 (动迁户聚集街道一事, 围堵镇政府): it was there. */
export const GATHERED_AT_WORDS = ['聚集', '聚在', '围在', '围堵', '堵在', '静坐', '集访'] as const;
export const AT_OFFICE_DEMANDS = ['聚集', '静坐', '拉横幅', '上访', '闹', '围堵', '堵门', '讨说法', '要说法', '讨个说法', '讨公道', '反映', '坐着', '喊', '请愿', '讨要', '索要', '讨薪', '讨工钱', '讨工资', '要工钱', '要工资', '要血汗钱', '讨补偿', '要补偿', '维权', '投诉'] as const;
/** The cadres going after someone who set off (村支书在后面追, 已派人去追, 在半路拦回): the journey is a petition's. */
/** (额们正往街道赶: the cadres hurrying to the level someone went to.) */
export const PURSUIT_WORDS = ['后面追', '追过去', '去追', '追回', '追上', '拦回', '拦截', '截回', '往街道赶', '往镇上赶', '往镇里赶', '往乡里赶', '往乡上赶', '往县里赶', '往县上赶', '往区里赶', '往市里赶', '往市上赶'] as const;
/** A cadre reporting up to a level (向镇里报告个情况): nobody goes there (escalation.ts). */
export const REPORT_UP_WORDS = ['报告', '汇报', '请示', '报备', '上报'] as const;
/** Rallying others (发动大伙儿明天去镇里, 要联合几户去市里): going somewhere together with them is a petition's going. */
export const MOBILISE_WORDS = ['约着', '商量写联名信', '商量联名', '发动大伙', '发动大家', '发动群众', '发动村民', '鼓动', '煽动', '串联', '召集', '联合几户', '联合几家', '联合其他'] as const;
/** What a household is owed (补贴, 低保, 工钱): asked about at an office (问退耕还林补贴面积的事), a petition. */
export const ENTITLEMENT_WORDS = ['补贴', '补偿', '补助', '低保', '工钱', '工资', '赔偿', '理赔', '安置费', '分红', '租金', '地租', '流转费', '拆迁款', '征地款', '补奖', '养老金', '养老保险', '抚恤金'] as const;
export const PETITION_CONTEXT_WORDS = [...MOBILISE_WORDS, '欠薪', '坐起不走', '坐着不走', '坐到不走', '赖着不走', '坐那不走', '扬言', '访', '联名', '递交材料', '递材料', '送材料', '交材料', '递交联名信', '反映', '劝返', '劝回', '讨工钱', '讨要', '要说法', '讨说法', '告状', '诉求', '说法', '讨薪', '找领导', '要求见', '投诉', '维权', '请愿', '聚集', '围堵', '静坐', '横幅', '询问', '问问', '问了问', '问一问', '等答复', '要答复', '讨个答复', '等说法', '要工资', '讨工资', '要工钱', '讨工钱', '要血汗钱', '问补偿', '要补偿', '讨补偿', '当面答复', '已答复', '作了答复', '进行了答复', ...PURSUIT_WORDS] as const;
/** What names an incident reported before, whose headcount a correction gives again (即时报告中上访人数应为18人, 上午报的纠纷是3人不是2人). */
/** A going right after a day in a correction (更正：卡达村26日到县信访局的是4个人): that day's incident put right (dates.ts). */
export const CORRECTED_GOING_REFS = ['到县', '到市', '到省', '到镇', '到乡', '去县', '去市', '去镇', '去乡'] as const;
export const INCIDENT_REPORT_REFS = ['现场', '即时报告', '首报', '续报', '初报', '集体访', '上访', '来访', '信访', '聚集', '讨薪', '围堵', '堵路', '堵门', '打架', '冲突', '静坐', '纠纷', '吵架'] as const;
/** Still or again at it (家属还在医院闹, 又跑到村部来闹): before 闹, trouble going on today, whatever was reported before. */
export const STILL_AT_WORDS = ['还在', '又在', '仍在', '仍然在', '一直在', '天天在', '还跑到', '又跑到', '又跑来', '又来', '还来', '又到', '还到'] as const;
/**
 * Quarrels and fights in regional speech (东北 干起来/撕巴/吵吵起来, 西北 嚷起来/骂仗, 掐架): a flare-up like 吵起来, 打架.
 * 干起来 is read with who it is against (跟邻居干起来了; 活干起来了 is work), incidents.ts; bare 嚷嚷 stays a person's state.
 */
/** A quarrel that went on (五六个村民在村委会门口…吵了半个钟头): a scene, as 吵闹 is; a named person's own state (SOLO_SCENE_WORDS). */
export const LONG_QUARREL_WORDS = ['争了一阵', '又争了', '吵了一阵', '吵了半个钟头', '吵了半个小时', '吵了半小时', '吵了一个多小时', '吵了好久', '吵了半天', '吵了一上午', '吵了一下午'] as const;
export const REGIONAL_FIGHT_WORDS = ['扯起来', '扯了起来', '事干起来', '事干了起来', '家干起来', '户干起来', '俩干起来', '干起仗', '干仗', '打仗', '打了一仗', '撕巴', '掐架', '掐起来', '骂起来', '骂了起来', '骂仗', '嚷起来', '嚷了起来', '吵吵起来', '打捶', '打锤', '呛呛起来', '呛起来', '呛了起来', '吵吵开了', '打成一团', '挂彩', '坐着不走', '赖着不走', '不肯走'] as const;
/** Who quarrel with each other (两家, 双方): 两家在路上嚷着呢 is a quarrel going on, in whatever verb. */
export const QUARREL_PARTIES = ['两户', '两家', '两家人', '双方', '两口子', '邻居', '兄弟', '父子', '母子', '婆媳', '夫妻', '妯娌', '俩人', '两人'] as const;
/**
 * A flare-up (吵起来, 堵路, 拉横幅); the patterns around a word (网上…发, 聚在…门口) stay with the stage. With them the acts
 * of a land or boundary quarrel (上山插旗, 拔界桩, 抢种, 扣押渔网), a refusal to leave before a storm (拒绝转移), and someone up a
 * roof or a crane (在楼顶扬言要跳楼, 爬上塔吊).
 */
/**
 * Accidents the 即时报告 rules name beside petitions (火灾, 交通事故): something happened, never a day of nothing. Read
 * where nothing before says guarding against them (防火灾, 预防溺水) and nothing after says a risk (火灾隐患).
 */
export const ACCIDENT_WORDS = ['火灾', '失火', '起火', '着火', '过火了', '着了火', '烧毁', '车祸', '交通事故', '翻车', '翻下坎', '翻到沟里', '溺水', '触电', '煤气中毒', '一氧化碳中毒', '食物中毒'] as const;
export const QUARREL_WORDS = ['嚷仗', '嚷架', '骂仗', '吵仗', '吵架', '吵了一架', '争吵', '拌嘴', '拌了几句嘴', '吵了几句', '吵了两句', '吵了一通', '吵了一顿', '吵了一场', '闹了一场', '大吵一场', '上门吵', '争了几句', '闹矛盾', '闹了矛盾', '红了脸', '口角', '吵起来', '吵了起来', '争执', '起了点小摩擦', '起了摩擦', '起了点摩擦', '发生摩擦', '发生了摩擦', '有了摩擦', '吵到要打', '吵得要打', '吵到动手', '吵得很凶', '吵得凶', '吵翻了', '吵得厉害', '干起来了', '干起来', '干了一仗', '干仗'] as const;
export const FLARE_WORDS = ['把路封', '把路给封', '把村道封', '把道路封', '把大门封', '把门封', '不给车出', '不给车进', '不让车出', '不让车进', '的车不让走', '的车不让过', '不让车进出', '不让车辆进出', '不准车进出', '推了几下', '推了两下', '推搡起来', '围起了', '堵拉料车', '堵料车', '堵大车', '堵罐车', '拦挖机', '拦住挖机', '把挖机拦', '堵挖机', '堵挖掘机', '堵铲车', '举着牌子', '举牌子', '举着标语', '挡挖机', '拦挖掘机', '阻挠施工', '堵运煤车', '堵拉煤车', '堵煤车', '堵渣土车', '堵工程车', '堵货车', '堵施工车', '堵运输车', '派出所已到场', '派出所到场', '派出所来了', '派出所过来了', '门口堵起', '大门堵起', '把路堵起', '砸了', '砸坏', '砸烂', '打砸', '堵在', '围到', '不让开工', '不准开工', '不让动工', '不让挖机进场', '不让机械进场', '不让进场', '不准进场', '推倒', '推起来', '推来推去', '打起身', '闹到村委会', '闹到村委', '吵到村委会', '动刀', '动了刀', '拿刀', '聚到', '有人围着', '民警已到场', '民警到场', '民警赶到', '派出所已出警', '拦着执法', '拦执法队', '聚了一阵', '聚了一会', '门口坐起', '门前坐起', '门口等起', '门口等着', '门口等到', '掀了桌子', '派出所带走', '被派出所带走', '车拦下来', '车拦住了', '车拦了下来', '车拦了', '车给拦了', '把车拦', '拦挖机', '拦着讲', '拦着要', '拦着闹', '拦着不让', '拦住讲', '拦施工车', '拦车辆', '拦大巴', '拦游客大巴', '拦旅游大巴', '拦运输车', '拦货车', '拦工程车', '拦渣土车', '拦运煤车', '拦挖掘机', '拦铲车', '挡挖机', '派出所来人', '在楼顶', '楼顶上', '爬上楼顶', '爬到楼顶', '爬上塔吊', '在塔吊上', '门口聚着', '门前聚着', '门口聚了', '门口围着', '讨工资', ...LONG_QUARREL_WORDS, '吵到派出所', '闹到派出所', '吵到镇上', '吵到镇里', '闹到镇上', '闹到镇里', '吵到乡里', '闹到乡里', '吵到乡上', '闹到乡上', '吵到街道', '闹到街道', '打到派出所', '吵到了派出所', '闹到了派出所', '打到了派出所', '围住', '拍桌子', '掀桌子', '发帖', '曝光', '12345', '市长热线', '热线投诉', '举报', '横幅', '打起来', '打了起来', '打起架', '打起了架', '干起架', '动起手', '动了手', '打了一架', '堵了', '给堵', '堵住', '堵着', '堵船', '堵码头', '堵航道', '堵桥', '堵路口', '堵大门', '堵厂门', '堵校门', '堵工地', '堵闸', '堵便道', '堵施工', '堵高速', '堵公路', '堵国道', '堵省道', '堵县道', '堵村道', '堵马路', '堵大路', '围在', '讨要工资', '讨要工钱', '讨工钱', '要工钱', '要工资', '吵得', '闹得', '闹起来', '大吵大闹', '又哭又闹', '哭闹', '闹访', '聚集', '堵塞', '阻断', '封路', '拦截', '阻挠', '阻止施工', '吵闹', '对骂', '辱骂', '推搡', '扭打', '殴打', '冲突', '对峙', '打架', '打斗', '互殴', '厮打', '斗殴', '动手', '械斗', '堵路', '堵门', '围堵', '拦路', '拦车', '拦住', '阻拦', '阻工', '不让施工', '不准施工', '不让拆', '不准拆', '不许拆', '家门口骂', '委会门口骂', '村委门口骂', '政府门口骂', '村口骂', '挑衅', '上门骂', '堵门骂', '拦着不让', '拉横幅', '闹事', '群体性事件', '静坐', '打砸', '肢体', '持刀', '跳楼', '自杀', '自焚', '轻生', '喝药', '农药', '服毒', '纠纷激化', '矛盾激化', '舆情', '伤者', '受伤', '打伤', '被人打', '被打了', '挨打了', '挨了打', '砍伤', '致伤', '插旗', '插红旗', '拔旗', '拔界桩', '毁界桩', '毁坏界桩', '强占', '抢占', '抢种', '阻挡施工', '阻拦施工', '扣押', '扣船', '拒绝转移', '拒不转移', '拒绝撤离', '拒不撤离', ...REGIONAL_FIGHT_WORDS, ...QUARREL_WORDS] as const;
/**
 * An incident's follow-up (续报一：…6人已全部劝返): news of the incident told before, so still an incident; but the
 * follow-up of one named person (续报：向某某已找到…) is that person's key-person news, and 续报研判 an assessment.
 */
export const FOLLOW_UP_WORDS = ['续报', '终报'] as const;
/**
 * A scene one person makes alone (在村委会吵闹, 在家哭闹): said of a named key person, that person's abnormal state, not an
 * incident (a quarrel with someone, or a crowd, is one).
 */
export const SOLO_SCENE_WORDS = ['吵闹', '大吵大闹', '哭闹', '又哭又闹', '坐着不走', '赖着不走', '不肯走', '村口骂', ...LONG_QUARREL_WORDS] as const;
/** Before a person's name, what the person did before, naming who (讨薪的杨某, 送联名信的代表李某): no act of the day. */
export const DESCRIBED_BY_WORDS = ['务工', '打工', '上班', ...PETITION_ACTS, '联名信', '讨薪', '讨工资', '讨工钱', '维权'] as const;
/** Where someone works, or what they look after, before 的 and their name (焦化厂的赵福元, 管放水的冯根喜): who they are (persons.ts). */
export const WORKPLACE_BEFORE_NAME = ['厂', '矿', '场', '站', '公司', '合作社', '队'] as const;
/**
 * A named person's own household (跟老婆吵架, 被家里人拦住了): a quarrel of a key person with one of them is that
 * person's state, not an incident; held back by them (or by a cadre) from going is a plan stopped, not a blockade.
 */
export const HOUSEHOLD_WORDS = ['老婆', '婆姨', '婆娘', '老公', '媳妇', '爱人', '妻子', '丈夫', '老伴', '家里人', '家人', '家属', '儿子', '女儿', '儿媳', '女婿', '父亲', '母亲', '父母', '哥哥', '弟弟', '姐姐', '妹妹', '孩子'] as const;
export const HOLD_BACK_WORDS = ['拦住', '拦下', '阻拦', '拦着不让'] as const;
/** A petitioner for years (长期上访, 上访多年): who the person is, not what was done today. */
export const HABIT_WORDS = ['长期上访', '常年上访', '多年上访', '上访多年', '长期信访', '多年信访'] as const;
/** A collective petition (集体访, 联名, 群体). */
export const COLLECTIVE_WORDS = ['集体', '联名', '群体', '群访', '集访'] as const;
/** After 集体, what a village owns or runs together (村集体资产, 集体经济): no collective petition. */
export const COMMON_PROPERTY_WORDS = ['资产', '经济', '土地', '收益', '用地', '财产', '林地', '山林', '资金', '企业', '合同', '分红', '所有', '账目', '财务'] as const;
/** A crowd gathered (聚集, 围堵, 静坐): collective even without a figure. */
export const CROWD_WORDS = ['聚集', '聚在', '围堵', '堵路', '堵门', '堵便道', '堵公路', '堵高速', '堵码头', '堵大门', '堵厂门', '拦路', '堵塞', '阻断', '封路', '拦截', '阻挠', '阻止施工', '横幅', '静坐'] as const;

// ——— counts (daily_assessment) ———
/** Field words of each count, as people and forms name them. The figure follows (排查数：3件, 化解2起). */
export const COUNT_FIELDS = {
  disputesFound: ['新排查', '排查出', '排查', '新发现', '发现', '摸排', '纠纷排查', '矛盾纠纷排查', '受理调解申请', '收到调解申请'],
  disputesResolved: ['调处化解', '成功化解', '已化解', '化解', '成功调解', '调解成功', '调处成功', '已调解', '调解', '已调处', '解决', '已解决', '化解矛盾纠纷', '化了'],
  petitions: ['新增信访', '接待来访', '受理信访', '受理信访事项', '信访事项', '新增来访', '接待群众来访', '信访件', '来访', '信访'],
  keyPersons: ['重点人员', '重点对象', '稳控对象', '重点人'],
} as const;
/** A mediation asked for (受理调解申请1件，正在调解): a dispute brought to the unit that day, so one found. */
export const MEDIATION_REQUEST_WORDS = ['人民调解申请', '纠纷调解申请', '调解申请', '申请调解'] as const;
export const REQUEST_RECEIVED_WORDS = ['新受理', '受理', '收到', '接到', '登记'] as const;
/** After a field word: 数, 数量, 件数 (纠纷排查数, 稳控数量); 批次 (来访批次：2, the batches, not the 人次 beside them). */
export const COUNT_FIELD_SUFFIX = ['数量', '件数', '人数', '总数', '批次', '数'] as const;
/**
 * A figure summed over a period (本周累计排查12起，化解10起, 入冬以来共化解8起): never the day's. It reaches to the
 * end of its sentence, or to where the day's part starts (…；今日新排查2起) or the key persons' (a current total).
 */
export const CUMULATIVE_WORDS = ['累计', '累积', '以来', '截至目前', '截止目前', '截至当前', '截止当前', '截至现在', '截止现在', '迄今'] as const;
/** A period named before a count (本周排查纠纷5起, 本月共化解8起, 特护期内受理信访3件): the period's figure. */
export const PERIOD_WORDS = ['本周', '这周', '这一周', '本星期', '这星期', '本月', '这个月', '本季度', '本年度', '本年', '今年', '全年', '年内', '特护期', '节日期间', '敏感期', '节前', '节后'] as const;
/** The day's part opening again after a period's figures (…；今日新排查2起). */
export const DAY_PART_WORDS = ['今日', '今天', '当日', '当天', '本日', '日内'] as const;
/**
 * The verbs of the figures: between one of them and 纠纷 a dispute's kind may stand (化解家庭纠纷1起, 排查出土地流转
 * 租金纠纷1起), but not another of them (调解委员会受理纠纷3起 is no settling; 其中邻里纠纷2起 a breakdown).
 */
export const COUNT_VERBS = ['化解', '调解', '调处', '解决', '处理', '办结', '在调', '排查', '摸排', '发现', '受理', '接待', '新增', '新发', '涉及', '其中', '剩余', '剩下', '余下'] as const;
/** Verbs that settle or handle a dispute: a dispute figure after one (and its kind) is not a dispute found. */
export const SETTLING_VERBS = ['化解', '调解', '调处', '解决', '处理', '办结', '在调'] as const;
/** Before a settling verb: not settled (未化解1起, 正在调解2起, 待调处). */
export const NOT_DONE_BEFORE = ['未', '没', '在', '待', '未能', '没能', '不能', '无法', '难以'] as const;
/**
 * The ways a petition comes (来信, 来访, 网上信访): parts of the day's petitions, summed when several are given (来信1件、
 * 来访2件: 3). A total (新增信访, 受理信访, 初信初访) stands alone, or equals the parts.
 */
export const PETITION_CHANNELS = {
  letter: ['来信', '群众来信', '人民来信'],
  visit: ['来访', '群众来访', '接待来访', '接待群众来访', '受理来访', '来访群众', '接待上访', '接访', '接待信访群众'],
  online: ['网上信访', '网上来信', '网上来访', '网络信访', '网信'],
  phone: ['电话信访', '来电信访', '电话来访'],
} as const;
/**
 * What makes a key person count as abnormal after a bare figure (其中1人情绪波动, 有1名有进京苗头, 1人失联): the
 * contract's abnormal states, said of a number of people.
 */
export const ABNORMAL_COUNT_WORDS = ['情绪不好', '情绪不太好', '有点情绪', '有些情绪', '有情绪', '异常', '波动', '不太稳定', '不大稳定', '不稳定', '不稳', '激动', '低落', '失联', '去向不明', '下落不明', '联系不上', '上访苗头', '进京苗头', '赴省苗头', '苗头', '扬言', '外出上访'] as const;
/** 盘文贵、李进明等5户…商量初八后联名去省里: what the first of a crowd does when the crowd only plans (persons.ts). */
export const CROWD_PLAN_WORDS = ['商量', '准备', '打算', '计划', '扬言', '想去', '要去', '要到'] as const;
/** 钟老三他们7个人…情绪稳定 / …他们几户说…就去区政府: a person's own news or threat after a counted group (persons.ts). */
export const GROUP_PERSON_NEWS_WORDS = ['情绪', '稳定', '平稳', '在家', '激动', '要', '准备', '打算', '扬言', '不到位', '不给', '不解决', '就去', '就到'] as const;
/** A table's cells and a form's fields that stand where a key persons' list puts names (表现:稳定, 去向:住院). */
export const TABLE_CELL_WORDS = ['稳定', '情绪', '表现', '去向', '姓名', '性别', '现状', '状态', '良好', '较好', '住院', '看病', '就医', '务工', '打工', '出院', '上学', '上班'] as const;
/** The bot's command words, which can open a line as a name would (@机器人 统计 今天…). */
export const COMMAND_WORDS_AS_ENTRY = ['统计', '汇总', '帮助', '格式', '模板', '撤回', '确认', '签字', '查询', '未报'] as const;
// 日研判：…重点人员闫福贵1人，情绪稳定，需关注: said as the assessment's last clause, the day's judgement, not the person's state.
export const CLOSING_JUDGEMENT_WORDS = ['需关注', '需要关注', '需重点关注', '需要重点关注', '值得关注'] as const;
/**
 * A 日研判's grade said as a grading scale's word after its label (研判等级：一般, 风险等级：较大, 研判级别 关注): the
 * contract's level it stands for. 一般/较大/重大 as disputes and risks are graded; 稳定/关注/预警 as a three-step scale.
 */
export const ASSESSMENT_GRADE_LABELS = ['研判等级', '研判级别', '风险等级', '稳定等级'] as const;
export const ASSESSMENT_GRADES = { stable: ['一般', '稳定'], watch: ['较大', '关注'], alert: ['重大', '预警'] } as const;
/** What people went again to the street office or township to do (又去街道问…了, 又到街道要…了): taking a matter up. */
export const AGAIN_PURPOSE_VERBS = ['问', '要', '讨', '找', '闹', '吵', '反映', '催'] as const;
/** Still, before the degree of an upset (情绪还是有点波动, 情绪依然有些激动): the upset goes on, it is no calm. */
export const UPSET_STILL_WORDS = ['还是', '依然', '依旧', '仍然', '仍旧', '仍是'] as const;
/** How much, between 情绪 and its word (1人情绪有点波动, 2人情绪略有波动): the count is the same. */
export const DEGREE_WORDS = ['有点', '有些', '有一点', '稍有', '略有', '有所', '比较', '较为', '较'] as const;
/** The others of a list (其余无异常, 其他均稳定): all are stable only if nobody before them was said not to be. */
export const THE_REST_WORDS = ['其余', '其他', '其它', '余下', '剩下', '剩余', '另外'] as const;
/** Someone not fine, besides the missing and the unnamed abnormal words (情绪有波动, 一度联系不上). */
export const NOT_FINE_WORDS = ['有波动', '波动', '激动', '不稳', '不太稳', '有异常', '闹', '联系不上', '一度', '平复', '重点盯', '盯紧', '需重点', '需关注', '需要关注', '劝返', '劝回'] as const;
/** Words of the day's petitions as a whole (not a channel): 新增信访, 受理信访, 初信初访, 信访. */
export const PETITION_TOTALS = ['新增信访', '新增上访', '接待信访', '受理信访', '受理群众信访', '新增群众信访', '群众信访', '信访', '初信初访', '初信初访件', '来信来访', '信访来访'] as const;
/** Who came to a petition office, between the channel and its figure (接待来访农民工6批, 来访群众3人次). */
export const VISITOR_WORDS = ['群众', '农民工', '务工人员', '村民', '居民', '业主', '人员', '职工', '老人', '商户', '摊主', '家长', '工人'] as const;

/** The fields of an incident report's form (一、接报时间 二、事发时间地点 三、基本情况 四、已采取措施): one incident told. */
export const INCIDENT_FORM_FIELDS = ['接报时间', '事发时间', '事发地点', '时间地点', '发生时间', '发生地点', '基本情况', '简要情况', '事件经过', '已采取的措施', '已采取措施', '采取措施', '处置情况', '下一步'] as const;