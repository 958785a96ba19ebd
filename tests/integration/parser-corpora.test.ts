import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Our copy of the shared scorer (tests/fixtures/corpus, owned here so a bare clone passes) over the sample corpus and over our blind holdout corpora, through the real CLI
// (npm run cli -- parse). The holdouts were written and labelled from the contract alone by someone who had not
// seen the parser (the second and third with their own township's roster; the third in real names, voice input
// and templates); they are kept as regression corpora, so a rule tuned for one wording cannot silently break
// another. No zero report may ever be unsafe. The bars below 100% keep known misses. Holdout 7 keeps a label convention that the shared sample
// decides against (排查纠纷1起，已化解 read as 1 resolved; the sample and holdouts 1-6 leave it absent), two labels
// that contradict each other within it (重点人员2人稳定 labelled 0 abnormal once and absent once), 无新发矛盾纠纷
// read as 0 found, and a correction explained away (经核实系与家人争吵). Holdouts 8 and 9 keep 没有排查到新的矛盾纠纷
// read as 0 found, an assessment noting an ongoing gathering, and a reply that is both chatter and a zero report.
// Holdouts 10 and 11 came in at their first-run figures; their misses, the parser's gaps on unseen wording, were then
// fixed by families of wording (tests/fixtures/README.md).
// Holdout 1 keeps two labels that the contract decides against: figures stated as 0 without a measure word
// (排查纠纷0，化解0，信访0) labelled absent, and 均在家，情绪稳定 (all said stable, so 0 abnormal; holdout 9 labels
// the same words 0) labelled absent.
const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const CORPORA: [string, string, string, number][] = [
  ['the sample corpus', `${corpusDir}sample.jsonl`, `${corpusDir}units.json`, 100],
  // (98, not 99, since the twenty-fourth session: holdout 1 labels a guessed crowd by its base, 30余名 → 30 and 20余人 → 20,
  // where the corpora since holdout 115 label it absent, 23 cases to 12; the parser follows the larger number.)
  ['holdout 1 (青石镇 units)', `${root}tests/fixtures/parser-holdout-1.jsonl`, `${corpusDir}units.json`, 98],
  ['holdout 2 (云溪镇, its own roster)', `${root}tests/fixtures/parser-holdout-2.jsonl`, `${root}tests/fixtures/parser-holdout-2.units.json`, 100],
  ['holdout 3 (城关街道, real names, voice input)', `${root}tests/fixtures/parser-holdout-3.jsonl`, `${root}tests/fixtures/parser-holdout-3.units.json`, 100],
  ['holdout 4 (春节, made like the sample)', `${root}tests/fixtures/parser-holdout-4.jsonl`, `${root}tests/fixtures/parser-holdout-4.units.json`, 100],
  ['holdout 5 (the safety rule, 100 hostile and 60 true zero reports)', `${root}tests/fixtures/parser-holdout-5.jsonl`, `${root}tests/fixtures/parser-holdout-5.units.json`, 100],
  ['holdout 6 (两会, made like the sample)', `${root}tests/fixtures/parser-holdout-6.jsonl`, `${root}tests/fixtures/parser-holdout-6.units.json`, 100],
  ['holdout 7 (檀溪镇, real public wording: templates, 台账 tables, Excel rows)', `${root}tests/fixtures/parser-holdout-7.jsonl`, `${root}tests/fixtures/parser-holdout-7.units.json`, 96.8],
  // Holdouts 8, 12, 21, 27, 29 and 33 each keep one label with a unit's zero report beside another unit's news in the
  // same message; the house rule (a message that reports anything never yields a zero report) and holdouts 32 and
  // 40-43 say otherwise, so those labels are misses since the rule was made the message's (tests/fixtures/README.md).
  ['holdout 8 (梅岭镇, 五一, shorthand and voice input)', `${root}tests/fixtures/parser-holdout-8.jsonl`, `${root}tests/fixtures/parser-holdout-8.units.json`, 99.0],
  ['holdout 9 (双河口镇, 元旦, phone/voice chat and templates)', `${root}tests/fixtures/parser-holdout-9.jsonl`, `${root}tests/fixtures/parser-holdout-9.units.json`, 98.9],
  ['holdout 10 (岚峰镇, 两会 2027, real public wording)', `${root}tests/fixtures/parser-holdout-10.jsonl`, `${root}tests/fixtures/parser-holdout-10.units.json`, 99.9],
  ['holdout 11 (梅岭镇 of another county, 春节 2027, group chat)', `${root}tests/fixtures/parser-holdout-11.jsonl`, `${root}tests/fixtures/parser-holdout-11.units.json`, 99.9],
  // Holdouts 15-17 came in at 92.7% (1 unsafe), 91.1% (3) and 88.5% (3) on a5ec96d; their unsafe cases were
  // fixed as families of wording (a dispute mediated today, a group asking at the township, a matter of this morning,
  // a key persons' report negating their intentions), so they hold 0 unsafe like the others.
  ['holdout 15 (茶岗镇, 两会 2028, templates and chat)', `${root}tests/fixtures/parser-holdout-15.jsonl`, `${root}tests/fixtures/parser-holdout-15.units.json`, 97.7],
  ['holdout 16 (高粱铺镇, 春节 2028, made like the sample)', `${root}tests/fixtures/parser-holdout-16.jsonl`, `${root}tests/fixtures/parser-holdout-16.units.json`, 98.5],
  // (Holdout 17 labels 重点人员：1人，稳定 with no abnormal count twice, against the contract and 464 other cases: those two
  // are misses since the twenty-sixth session, tests/fixtures/README.md.)
  ['holdout 17 (枫林铺镇, 两会 2028, real public wording)', `${root}tests/fixtures/parser-holdout-17.jsonl`, `${root}tests/fixtures/parser-holdout-17.units.json`, 97.5],
  // Holdouts 18 and 19 came in at 93.4% (4 unsafe) and 93.1% (0) on c82c832; the unsafe ones were fixed as families.
  ['holdout 18 (白岩镇, 元旦 2029, made like the sample)', `${root}tests/fixtures/parser-holdout-18.jsonl`, `${root}tests/fixtures/parser-holdout-18.units.json`, 98.9],
  ['holdout 19 (锦屏街道, 春节 2029, templates and chat)', `${root}tests/fixtures/parser-holdout-19.jsonl`, `${root}tests/fixtures/parser-holdout-19.units.json`, 98.9],
  // Holdouts 20 and 21 came in at 89.9% (3 unsafe) and 89.9% (1) on 8911c98, scored once before anyone read them; the
  // unsafe ones were fixed as families (州 as the prefecture level, going again to the township government, trouble
  // still going on after a matter was reported, people who went to the township about 低保), then their other misses.
  ['holdout 20 (桃花坪乡, 两会 2029, templates and phone chat)', `${root}tests/fixtures/parser-holdout-20.jsonl`, `${root}tests/fixtures/parser-holdout-20.units.json`, 98.0],
  ['holdout 21 (金沙街道, 国庆 2029, grid workers in chat)', `${root}tests/fixtures/parser-holdout-21.jsonl`, `${root}tests/fixtures/parser-holdout-21.units.json`, 97.4],
  // Holdouts 22 and 23 came in at 91.1% (1 unsafe) and 88.5% (0) on 52ff933; 22's unsafe case (今天的集体访群众均已返回:
  // a petition named as today's) was fixed as a family of wording, then both corpora's misses by families (客家 words,
  // dates not the day reported, 日研判 shapes, whereabouts, errands vs petitions, tables of several units). Holdout 22
  // keeps label conventions the parser does not follow: 化解0起 beside 昨日在调的1起已化解 and 均在控 labelled absent
  // (holdouts 7, 9 and 19 read 均… as 0), a 续报 of one named person labelled an incident, a 村民's threat labelled a
  // key person, and an optional key person whose unit the scorer counts twice.
  ['holdout 22 (清水河镇, 元旦 2030, 日研判 counts and 即时报告)', `${root}tests/fixtures/parser-holdout-22.jsonl`, `${root}tests/fixtures/parser-holdout-22.units.json`, 97.9],
  ['holdout 23 (龙泉镇, 五一 2029, Excel tables and 客家 chat)', `${root}tests/fixtures/parser-holdout-23.jsonl`, `${root}tests/fixtures/parser-holdout-23.units.json`, 99.0],
  // Holdouts 26 and 27 came in at 84.6% (5 unsafe) and 93.8% (4) on e052c84; their unsafe ones were fixed as families
  // (Cantonese-flavoured chat read as Mandarin, 至今未返, 非零报告, a few people pressing a demand at an office, the
  // township's office named with its name, 有1人到县 after the negated list, 插旗 and other boundary acts, households
  // holding a grievance, 除了…那单，其他无事), then most of their other misses (an office's summary of several units'
  // assessments in one sentence too). Bars half a point under their figures now (99.0%, 99.5%).
  // Left: 勘界现场我村约二十人在场，情绪总体可控 labelled an incident; a person's petition of yesterday told today labelled the person's abnormal
  // state of today; and one label that puts a zero report beside another unit's key person in the same message, which
  // holdout 26's own notes and the safety rule (per message) decide against.
  ['holdout 26 (沙湾镇, 粤西, 清明 and 汛期 2029, Cantonese-flavoured chat)', `${root}tests/fixtures/parser-holdout-26.jsonl`, `${root}tests/fixtures/parser-holdout-26.units.json`, 98.5],
  ['holdout 27 (锦江路街道, 四川 county town, 高考/端午 2029)', `${root}tests/fixtures/parser-holdout-27.jsonl`, `${root}tests/fixtures/parser-holdout-27.units.json`, 99.0],
  // Holdouts 24 and 25 came in at 86.4% (5 unsafe) and 86.4% (3) on e052c84 (parser as 5bd368f), scored once before
  // anyone read them; the unsafe ones were fixed as families (regional quarrel words 嚷/干起来/撕巴/吵吵, households or
  // workers pressing for money at an office, a group going together to take up a grievance, a person gone to a county
  // bureau about a matter, whereabouts still to be checked), then most of their other misses. Bars half a point under.
  // Left: labels other corpora decide against (排查纠纷1起…已经化解了 filled as 1 resolved, 重点人员0人 and 接待来访0批
  // left absent, 由乡分管领导接待 not read as the township, 赴省劝返人员均已到家 as a zero report, an optional key person
  // counted in the units' list), a 接回后在家 of yesterday read as the day before's, and a few single wordings.
  ['holdout 24 (红柳滩乡, 河西 farming and herding, 中秋/国庆 2029)', `${root}tests/fixtures/parser-holdout-24.jsonl`, `${root}tests/fixtures/parser-holdout-24.units.json`, 95.7],
  ['holdout 25 (松花屯镇, 黑龙江, 春节 2030, 东北 chat)', `${root}tests/fixtures/parser-holdout-25.jsonl`, `${root}tests/fixtures/parser-holdout-25.units.json`, 95.6],
  // Holdouts 28 and 29 were written while 22-27 were being fixed and scored once on d082c6e, the parser after all of
  // that work: 84.5% (1 unsafe) and 91.7% (1). Only their two unsafe zero reports were then fixed (a province's 厅, 拍桌子
  // at an office), then their misses as families of wording. Bars half a point under their figures now. Holdout 29
  // keeps label conventions other corpora decide against (其余均稳定 left without 0 abnormal, a named petitioner
  // without the optional key_person its notes allow, an optional key person the scorer counts in the units' list, an
  // unaddressed 格式 question as chatter) and four gaps not fixed yet (tests/fixtures/README.md).
  // Holdout 28 keeps labels other corpora decide against (排查1起，已化解 filled as 1 resolved, 调处1起 as resolved, a
  // 终报's level from its 首报) and a few wordings not reached (tests/fixtures/README.md).
  ['holdout 28 (青龙湾镇, 苏北, 十一 2030)', `${root}tests/fixtures/parser-holdout-28.jsonl`, `${root}tests/fixtures/parser-holdout-28.units.json`, 91.2],
  ['holdout 29 (云台街道, 河南 city district, 两会 2030)', `${root}tests/fixtures/parser-holdout-29.jsonl`, `${root}tests/fixtures/parser-holdout-29.units.json`, 95.6],
];

// Holdouts 12, 13 and 14 came in at 79.2% (8 unsafe), 87.5% (4) and 69.1% (3) on b5c1c4e (tests/fixtures/README.md).
// Their real gaps were then fixed as families of wording; holdout 12 keeps 4 unsafe zero reports that rest on label
// decisions this parser does not follow (hearsay about another county, a stable key person away for a wedding or a
// check-up, a label that makes zero_report optional). The bar and the count of unsafe zero reports may not get worse.
const UNFIXED: [string, string, string, number, number][] = [
  ['holdout 12 (鹤鸣乡, 国庆 2027, templates and phone chat)', `${root}tests/fixtures/parser-holdout-12.jsonl`, `${root}tests/fixtures/parser-holdout-12.units.json`, 96.2, 4],
  ['holdout 13 (滨江街道, 端午 2027, grid workers, Traditional script)', `${root}tests/fixtures/parser-holdout-13.jsonl`, `${root}tests/fixtures/parser-holdout-13.units.json`, 99.0, 0],
  // Holdout 14's remaining misses are two label conventions it alone keeps: 重点人员N人稳定 left without an abnormal
  // figure (holdouts 7, 9 and 19 label the same words 0, as the contract's 均稳定 rule reads them) and 重点N人 not read
  // as the key persons' figure.
  ['holdout 14 (松坪镇, 日研判 and 重点人员 forms)', `${root}tests/fixtures/parser-holdout-14.jsonl`, `${root}tests/fixtures/parser-holdout-14.units.json`, 94.3, 0],
  // Holdouts 30-33 were written at the start of the 4 Dec session's work and kept sealed until its parser work was
  // done, then scored once on a6d12cf: 89.4% (2 unsafe), 87.6% (2), 87.2% (7), 90.2% (1). Not read or fixed yet: their
  // first runs are their bars (half a point under) and their unsafe counts the most they may have.
  // Their unsafe zero reports were then fixed as families (吴语 弗/伐 negation, 电话没人接, no news of a named person,
  // the ones who went to an office coming again, a key person's negated intention): 30 at 90.3%, 31 at 88.5%, 33 at
  // 90.7%, none unsafe. Then 33's cadres in forms (a last line 梅林村委会 钟某 139…, 包保领导, 研判人) as no key persons,
  // 未排查出 as none found, a numbered item's 其余…均稳定 as the others': 93.0%; then its leaders' words (请及时续报, 不要发生
  // 冲突, …才能报零报告) as chatter and 到街道要求… as a group at the township: 94.9%; 去县里了，说要找征收办: 95.3%.
  // And 31's incident reports (即时报告 with a level in it; 又去县人社局; 到县易地扶贫搬迁办; 堵到…门口; a ticket bought to
  // Beijing): 90.8%. Then its persons (放牛/砍柴 at home, 吴某找到了, a history in brackets, 工钱拿不到就去市里), 莫得哪样,
  // and a duty said before the report: 94.5%. 30 rose to 90.7% with holdout 34's far-city kin (在三门亲戚家 away), then
  // to 91.6% with holdout 36's (征地户11人到镇政府等候答复 a group with a grievance at the township; 异常 无 as 0 abnormal).
  ['holdout 30 (石塘镇, 台州 fishing township, 春节 2031)', `${root}tests/fixtures/parser-holdout-30.jsonl`, `${root}tests/fixtures/parser-holdout-30.units.json`, 95.5, 0],
  ['holdout 31 (乌江乡, 贵州 mountains and relocation communities, 两会 2031)', `${root}tests/fixtures/parser-holdout-31.jsonl`, `${root}tests/fixtures/parser-holdout-31.units.json`, 97.7, 0],
  // Holdout 32's clearest unsafe zero reports were then fixed as families (89.4%); the one left puts one unit's zero
  // report beside another unit's threat in one message, a label other corpora decide against.
  ['holdout 32 (柳河镇, 鲁西南 plains, 国庆 2031)', `${root}tests/fixtures/parser-holdout-32.jsonl`, `${root}tests/fixtures/parser-holdout-32.units.json`, 92.2, 0],
  ['holdout 33 (章江街道, 赣州 county town, 元旦 2032, templates)', `${root}tests/fixtures/parser-holdout-33.jsonl`, `${root}tests/fixtures/parser-holdout-33.units.json`, 93.5, 0],
  // Holdouts 34 and 35 were written at the start of the 4 Dec (second) session and kept sealed until its parser work
  // was done, then scored once on 112ccb4: 83.6% (1 unsafe) and 90.1% (0). 34's unsafe one was then fixed as a family
  // (桂柳话 讲 for 说 and 克 for 去 before a level: 又讲要克北京): 84.5%, none unsafe. Then their misses were read: 35's
  // 动迁户/下岗职工 groups, 在街道门口, a statement closed by 呢 (92.1%); 34's names (X讲…, 这两天, 13号, 初五, X找到了,
  // 农某某), 在南宁女儿家 away, 自治区信访局 the province (90.1%); 零报告一会儿发 / 明天起改成… as talk: 90.6% and 92.6%.
  ['holdout 34 (白沙镇, 广西, 壮族 names, 春节 2032)', `${root}tests/fixtures/parser-holdout-34.jsonl`, `${root}tests/fixtures/parser-holdout-34.units.json`, 92.9, 0],
  ['holdout 35 (红旗街道, 辽宁 city, 东北话, 两会 2032)', `${root}tests/fixtures/parser-holdout-35.jsonl`, `${root}tests/fixtures/parser-holdout-35.units.json`, 94.1, 0],
  // Holdouts 36 and 37 were written blind during the 4 Dec (third) session and scored once on 47e0d05: 89.4% (4 unsafe)
  // and 86.4% (3). Their unsafe zero reports were then fixed as families (到镇里问…的事; a group with a grievance 到镇里找了
  // 书记; 另有村民X往省里去了; a bare 吵了; 装修工人/保安/游客 crowds at the 社区, 围着; 又到街道来了; 喊人明天去街道):
  // 91.7% and 88.2%, none unsafe. Then 湖北话 冇接/冇报 as 没, 零报告下午晚点报 as talk, 异常无 as 0 abnormal: 92.6% and 89.1%.
  // Then 到南湖街道办事处 (办事处 no errand), N人到街道综治中心要求…, 4.2万元 no date, A在家稳定、B在家稳定, X还是联系不上:
  // 93.5% and 90.5%. Then 37's persons brought back (下午2点到家 home, 在回荆州的火车上 away): 91.9%; 36's 刚才报的是10月2日
  // 的，应为10月3日 dated by the day put right: 94.0%.
  ['holdout 36 (清溪镇, 丽水 hills, 畲族 villages, 国庆 2032)', `${root}tests/fixtures/parser-holdout-36.jsonl`, `${root}tests/fixtures/parser-holdout-36.units.json`, 96.3, 0],
  ['holdout 37 (南湖街道, 湖北 city, 湖北话, 元旦 2032–33)', `${root}tests/fixtures/parser-holdout-37.jsonl`, `${root}tests/fixtures/parser-holdout-37.units.json`, 95.4, 0],
  // Holdouts 38 and 39 were written blind at the start of the 4 Dec (fourth) session and scored once on ab89db1, after
  // that session's parser work had landed: 85.9% (8 unsafe) and 86.6% (4). Then 湘西 speech read as Mandarin (哒 as 了:
  // 又去县里哒; 克 for 去 before 州/区/街道: 要克州公安局告; the voice slip 进经 for 进京): 38 at 87.8%, 5 unsafe.
  // Then an upset that goes on (情绪还是有点波动): 88.3%, 4 unsafe. Then people come again to the township's seat or the
  // street office (那几户又到乡里来了, 阿婆们又去街道问…了): 38 at 88.7% (3 unsafe), 39 at 86.6% (3 unsafe). Then a quarrel
  // carried to the police (吵到派出所去了) and a crowd round someone (工人围住包工头要钱): 39 at 87.6%, 1 unsafe.
  // Then taking others along as a plan (初三要带屋里几个人克县里), cadres going after someone (村支书在后面追) making the
  // journey a petition, and a fight of a day just past told as news (初六晚上…跟高坪的人打了一架): 38 at 90.1%, none unsafe.
  // Then 闽南 在厝/回厝 as home, 寻到 as found, 林某水老婆讲 (a given name before kin), a group set on going to the street
  // office (业主…明天要去街道，二十一个人签了名) and 矛盾纠纷排查零报告 (零 no figure): 38 at 90.6%, 39 at 92.3%, none unsafe.
  // Then a cadre's phone out of reach (石支书电话打不通) as no key person and a known matter asked about (打架的事处理好冇？)
  // as a question: 38 at 91.5%.
  ['holdout 38 (石门乡, 湘西 mountains, 土家族/苗族, 春节 2033)', `${root}tests/fixtures/parser-holdout-38.jsonl`, `${root}tests/fixtures/parser-holdout-38.units.json`, 92.5, 0],
  ['holdout 39 (港城街道, 闽南 coast, 两会 2033)', `${root}tests/fixtures/parser-holdout-39.jsonl`, `${root}tests/fixtures/parser-holdout-39.units.json`, 93.8, 0],
  // Holdouts 40 and 41 were written blind at the start of the 4 Dec (fifth) session and scored once on bde1284, after
  // that session's parser work on 38/39 had landed: 69.3% (7 unsafe) and 76.3% (11). Their unsafe zero reports were
  // then fixed as families (陕西 and 吴语 words, 走之前, a threat made the day before, crowds at a gate, 讨工资, a long
  // quarrel, real names told with a key person's news): 74.8% (2 unsafe) and 79.1% (3). Then a full name at a clause's
  // start read in any message (贺金宝在窑里歇着): 78.0% and 80.0%. Then names after 安置户 or 3组, told with 还是/前日/电话,
  // and 有点情绪 as upset: 41 at 81.4%. Then 在窑里/在岗 as at home: 40 at 79.8%; 到省高院去上访: 41 at 82.8%. Not
  // read further yet.
  ['holdout 40 (杨家塬镇, 陕西 loess plateau, 五一 2033)', `${root}tests/fixtures/parser-holdout-40.jsonl`, `${root}tests/fixtures/parser-holdout-40.units.json`, 88.0, 1],
  ['holdout 41 (枫泾湾镇, 江南 water town, 国庆 2033)', `${root}tests/fixtures/parser-holdout-41.jsonl`, `${root}tests/fixtures/parser-holdout-41.units.json`, 86.9, 0],
  // Holdouts 42 and 43 were written blind during the same session and scored once on 3bef870: 65.3% (10 unsafe) and
  // 75.2% (7). Then the message's rule for zero reports, 旗/盟/苏木 as 县/市/镇, 蒙古族 names, a crowd at a gate, 他就领着人
  // 去市里, 到镇里找司法所: 79.6% (1 unsafe) and 77.9% (1). Then a follow-up at the level that receives or answers the
  // crowd (续报：…已请到镇会议室，马镇长在接待): 80.1% and 79.2%. Then 牧民/护林员/征地户 before a name, 巴图孟和 read as
  // one 蒙古族 name (宝音图 too), 夜来 as 昨天 and 夜来黑了 as 昨晚: 82.9% and 79.6%. Then 43's misses read (4 Dec, sixth
  // session): a message headed 续报/终报 never chatter, 6个工人跑到调度楼问钱 and 那几个又跑到…问钱, 又来了二十几个搬迁户, names
  // after 今天/昨日 or with 跟人说, 阎, 不咋稳定, a follow-up's 在县人社局/县人社局答复: 43 at 85.4% (none unsafe), 42 at 83.8%.
  ['holdout 42 (乌兰敖包苏木, 内蒙古 pastoral, 元旦 2034)', `${root}tests/fixtures/parser-holdout-42.jsonl`, `${root}tests/fixtures/parser-holdout-42.units.json`, 88.9, 1],
  ['holdout 43 (西沟镇, 晋中 coal township, 清明 2033)', `${root}tests/fixtures/parser-holdout-43.jsonl`, `${root}tests/fixtures/parser-holdout-43.units.json`, 88.0, 0],
  // Holdout 44 was written blind at the end of the same session and scored once on 2d53951: 84.1% (6 unsafe). Then its
  // unsafe families (停工, 问…的事, 问补助, 找书记，说…, names after 刚才 and X那边): 87.3% (1 unsafe). Not read further yet.
  ['holdout 44 (青竹镇, 四川 hills, 端午 and 高考 2033)', `${root}tests/fixtures/parser-holdout-44.jsonl`, `${root}tests/fixtures/parser-holdout-44.units.json`, 91.0, 0],
  // Holdouts 45 and 46 were written blind at the start of the 4 Dec (sixth) session and scored once on fc30214, after
  // that session's work on 43: 65.7% (7 unsafe) and 75.2% (5). Then their unsafe families and misses (the surnames 普,
  // 项, 古, 安; names in brackets after the key persons' figure; 扯皮 a dispute; 打仗 a fight; 问…奖励/费 and 边民/烟农
  // crowds; 又去镇里问流转费; 不让拆; a crowd's demand after a comma; a message headed 即时报告 never empty; 退休职工X说…
  // 就去…找): 75.4% and 82.7%, none unsafe. Then 45's whereabouts and crowds (X昆明务工, 上山放牛, 8个搬迁群众到乡政府，问…,
  // 有人发抖音讲…是谣言, 续报一下 asked, 24号X村零报告): 79.7%; 44 at 89.9% and 40 at 81.2% with 几个经销商来…吵 and 外村人 at 村口. Holdout 46 labels 市 the county (a county-level city, 州 the prefecture)
  // in 6 cases, against the contract's 到市 → city.
  ['holdout 45 (者黑乡, 云南 border township, 火把节 2033)', `${root}tests/fixtures/parser-holdout-45.jsonl`, `${root}tests/fixtures/parser-holdout-45.units.json`, 84.5, 0],
  ['holdout 46 (海兰河镇, 延边-like, 中秋/国庆 2034)', `${root}tests/fixtures/parser-holdout-46.jsonl`, `${root}tests/fixtures/parser-holdout-46.units.json`, 87.8, 0],
  // Holdouts 47 and 48 were written blind during the same session and scored once on 3c67817: 66.8% (4 unsafe) and
  // 72.2% (4). Then 回族 and 海南 surnames that are everyday characters (海, 冶, 虎, 锁, 拜, 纳, 吉, 云, 羊; three-character
  // names only), 海南 无 for 没 (打无通, 三天无联系), a condition's negation ending at 就去 (还无结果就去县民政局), 到镇上找…办问
  // …补助, 3个人去公司要钱, 家门口骂, a form typed with bars: 79.5% and 84.2%, 1 unsafe each. Holdout 47 labels 区 (the
  // autonomous region) the province in 2 cases, against the contract's 来区 → county: its author was told so.
  // Then 47's misses: 咋 as 怎么 (零报告咋弄 asks how), 补报昨天的零报告, 赴区0 in a negated form, 去年…的工人 (a past word saying
  // who), 占地户X, 两户X、Y嫌…, 回X老家/去县医院看病了/银川住院 away, 嚷着要走: 84.9%.
  // Then 48's misses: 无去 as 没去, 补报一下, 后生仔, 又围过去, X老婆讲…, 带着村里6个种植户去镇政府了，要求… (a group, its
  // demand next), a township's name holding a village's alias (南渡岭镇), a plan to rally the whole village (要叫全村人),
  // a unit named after a person in the sentence not the person's: 48 at 88.5%, none unsafe; 47 at 85.4%.
  ['holdout 47 (红柳湾镇, 宁夏 生态移民, 两会 2035)', `${root}tests/fixtures/parser-holdout-47.jsonl`, `${root}tests/fixtures/parser-holdout-47.units.json`, 89.7, 1],
  ['holdout 48 (南渡岭镇, 海南, 春节 2035)', `${root}tests/fixtures/parser-holdout-48.jsonl`, `${root}tests/fixtures/parser-holdout-48.units.json`, 91.8, 0],
  // Holdouts 49 and 50 were written blind during the same session and scored once on 7ec8386, after the work on 45-48:
  // 71.1% (9 unsafe) and 74.9% (6). Then their unsafe families: a form row answered with a bare figure (到市:1, as its 0
  // rows are), 潮汕 下晡/今暝/阮村/无打起来/寻无人, 又争了一阵, 村口骂/挑衅, 讨说法/算账 never beside a zero report, X的事除外, N个
  // 工人在门口等工钱, 5个外省工人到村委会讲…, 来区, 隔壁邻居 (no other village), 到区拆迁办 (an office), 信坊, 装卸工, 喊大家,
  // 拦都拦不住, 找书记讲…: 73.0% and 77.3%, none unsafe. Holdout 50 labels 重庆's 市信访办 the province in 2 cases, as
  // its prompt said, against the contract's 到市 → city.
  // Then 潮汕 names after their words (洪 as a surname of three characters, 昨暝, 返来, 同伊, 伊讲, 女儿厝): 49 at 76.8%.
  // Then 西南 surnames of three characters (向, 母, 况) and 走人户 after a name: 50 at 80.1%, 38 (土家族 向) at 92.5%.
  // And 46's names after 听说 or before 要去/找着: 46 at 84.6%.
  ['holdout 49 (溪东镇, 潮汕, 元宵 2036)', `${root}tests/fixtures/parser-holdout-49.jsonl`, `${root}tests/fixtures/parser-holdout-49.units.json`, 84.8, 0],
  ['holdout 50 (龙溪街道, 重庆, 国庆 2035)', `${root}tests/fixtures/parser-holdout-50.jsonl`, `${root}tests/fixtures/parser-holdout-50.units.json`, 86.2, 0],
  // Holdouts 51 and 52 were written blind at the start of the 4 Dec (seventh) session and scored once on d48e9d0, after
  // that session's work on 49 and 50: 88.1% (3 unsafe) and 79.0% (3). Then 维吾尔/哈萨克 names with a middle dot,
  // 除X已报外, a crowd waiting for 领导答复, 想跟着X村那几户一起去州里 (a plan to go along with others), 夜来俺村有两家…打架
  // (a fight of the day before told as news beside today's zero report). Left unsafe: hearsay of 邻村 organising a trip
  // to 北京.
  ['holdout 51 (黄河滩镇, 鲁西南, 两会 2036)', `${root}tests/fixtures/parser-holdout-51.jsonl`, `${root}tests/fixtures/parser-holdout-51.units.json`, 93.3, 1],
  ['holdout 52 (阿克塔斯乡, 新疆 北疆, 国庆 2036)', `${root}tests/fixtures/parser-holdout-52.jsonl`, `${root}tests/fixtures/parser-holdout-52.units.json`, 93.8, 0],
  // Holdouts 53 and 54 were written blind later in the same session and scored once on 2f5e5b6, after all of that
  // session's parser work: 88.6% (3 unsafe) and 85.2% (1). Then 打听去省里的车 as a plan to go and names after 听…讲.
  // Their 3 unsafe left are a label convention other corpora and the issue decide against: a matter reported and
  // closed on an earlier day (昨天上报的…集体访事项已终结, 2月17日…已于当日劝返，现已息访, 前天去北京那3个人昨天就接回来了)
  // labelled an incident beside today's zero report.
  ['holdout 53 (岜沙河镇, 黔东南, 春节 2037)', `${root}tests/fixtures/parser-holdout-53.jsonl`, `${root}tests/fixtures/parser-holdout-53.units.json`, 91.9, 2],
  ['holdout 54 (固安屯镇, 环京 河北, 国庆 2037)', `${root}tests/fixtures/parser-holdout-54.jsonl`, `${root}tests/fixtures/parser-holdout-54.units.json`, 90.0, 1],
  // Holdouts 55 and 56 were written blind at the end of the same session and scored once on 3ae1d18: 74.3% (4 unsafe;
  // 藏族 names, which have no surname, were not read at all) and 90.5% (0). Then 藏族 name elements (扎西, 才让东智,
  // 拉毛措) and going up to a level as a habit (老往县上跑): 55 at 82.9% (2 unsafe: a past 草场 dispute told beside
  // today's zero report, and hearsay of our people digging 虫草 on another village's land).
  ['holdout 55 (扎尕那乡, 甘南 藏族, 国庆 2037)', `${root}tests/fixtures/parser-holdout-55.jsonl`, `${root}tests/fixtures/parser-holdout-55.units.json`, 89.0, 2],
  ['holdout 56 (咸水沽街道, 天津 城郊, 两会 2037)', `${root}tests/fixtures/parser-holdout-56.jsonl`, `${root}tests/fixtures/parser-holdout-56.units.json`, 93.8, 0],
  // Holdouts 57 and 58 came in at 87.6% (3 unsafe) and 91.9% (1) on b545c93; fixed as families (tests/fixtures/README.md).
  ['holdout 57 (青松岭镇, 黑龙江 林区, 元旦 2038)', `${root}tests/fixtures/parser-holdout-57.jsonl`, `${root}tests/fixtures/parser-holdout-57.units.json`, 96.6, 0],
  ['holdout 58 (浯澳镇, 闽南 coastal, 春节 2038)', `${root}tests/fixtures/parser-holdout-58.jsonl`, `${root}tests/fixtures/parser-holdout-58.units.json`, 96.6, 0],
  // Holdouts 59 and 60 came in at 83.8% (1 unsafe) and 84.3% (1) on 4a9cc15; fixed as families.
  ['holdout 59 (那岜镇, 广西 壮族, 三月三 2038)', `${root}tests/fixtures/parser-holdout-59.jsonl`, `${root}tests/fixtures/parser-holdout-59.units.json`, 92.8, 0],
  ['holdout 60 (广州 城中村 街道, 五一 2038)', `${root}tests/fixtures/parser-holdout-60.jsonl`, `${root}tests/fixtures/parser-holdout-60.units.json`, 91.4, 0],
  // Holdouts 61 and 62 came in at 74.8% (1 unsafe) and 84.3% (0) on 2335f4f; fixed as families.
  ['holdout 61 (凉山 彝族, 火把节 2038)', `${root}tests/fixtures/parser-holdout-61.jsonl`, `${root}tests/fixtures/parser-holdout-61.units.json`, 94.7, 0],
  ['holdout 62 (苏南 town, 国庆 2038)', `${root}tests/fixtures/parser-holdout-62.jsonl`, `${root}tests/fixtures/parser-holdout-62.units.json`, 89.0, 0],
  // Holdouts 63 and 64 came in at 88.1% and 91.4% (no unsafe) on 369f2e1.
  ['holdout 63 (豫东 plains, 两会 2039)', `${root}tests/fixtures/parser-holdout-63.jsonl`, `${root}tests/fixtures/parser-holdout-63.units.json`, 91.9, 0],
  ['holdout 64 (辽宁 老工业区 街道, 元旦 2039)', `${root}tests/fixtures/parser-holdout-64.jsonl`, `${root}tests/fixtures/parser-holdout-64.units.json`, 94.7, 0],
  // Holdouts 65 and 66 came in at 85.2% (1 unsafe) and 93.3% (2) on 94596e8; fixed as families.
  ['holdout 65 (胶东 coastal, 国庆 2039)', `${root}tests/fixtures/parser-holdout-65.jsonl`, `${root}tests/fixtures/parser-holdout-65.units.json`, 93.3, 0],
  ['holdout 66 (赣北 水库移民, 春节 2039)', `${root}tests/fixtures/parser-holdout-66.jsonl`, `${root}tests/fixtures/parser-holdout-66.units.json`, 93.3, 0],
  // Holdouts 67 and 68 came in at 84.3% (2 unsafe) and 91.4% (1) on 7074a81; fixed as families.
  ['holdout 67 (青海 东部 撒拉族/回族, November 2039)', `${root}tests/fixtures/parser-holdout-67.jsonl`, `${root}tests/fixtures/parser-holdout-67.units.json`, 92.8, 0],
  ['holdout 68 (浙南 畲族, 春节 2040)', `${root}tests/fixtures/parser-holdout-68.jsonl`, `${root}tests/fixtures/parser-holdout-68.units.json`, 93.3, 0],
  // Holdouts 69 and 70 came in at 89.5% (0 unsafe) and 90.0% (1) on eaebf23; fixed as families.
  ['holdout 69 (湘西 土家族/苗族, 清明 2040)', `${root}tests/fixtures/parser-holdout-69.jsonl`, `${root}tests/fixtures/parser-holdout-69.units.json`, 92.8, 0],
  ['holdout 70 (成都 城郊 街道, 国庆 2040)', `${root}tests/fixtures/parser-holdout-70.jsonl`, `${root}tests/fixtures/parser-holdout-70.units.json`, 92.8, 0],
  // Holdout 71 came in at 88.1% (2 unsafe) on 2ae0fab; its unsafe ones fixed as a family (a group's plan).
  ['holdout 71 (皖北 采煤沉陷区, 春节 2040)', `${root}tests/fixtures/parser-holdout-71.jsonl`, `${root}tests/fixtures/parser-holdout-71.units.json`, 91.4, 0],
  // Holdout 72 came in at 92.4% (1 unsafe) on 688b6af; its unsafe one is a label convention (tests/fixtures/README.md).
  ['holdout 72 (北部湾 京族, 哈节 2040)', `${root}tests/fixtures/parser-holdout-72.jsonl`, `${root}tests/fixtures/parser-holdout-72.units.json`, 93.8, 1],
  // Holdouts 73 and 74 came in at 86.2% (1 unsafe) and 83.8% (1) on 0474f4e; their unsafe ones fixed as families.
  ['holdout 73 (海南 黎族/苗族 山区, 春节 2041)', `${root}tests/fixtures/parser-holdout-73.jsonl`, `${root}tests/fixtures/parser-holdout-73.units.json`, 94.3, 0],
  ['holdout 74 (鲁西南 滩区迁建, 国庆 2041)', `${root}tests/fixtures/parser-holdout-74.jsonl`, `${root}tests/fixtures/parser-holdout-74.units.json`, 92.4, 0],
  // Holdouts 75 and 76 came in at 82.9% (2 unsafe) and 81.4% (2) on 144b1b2; two unsafe ones fixed as families, one left
  // in 76 (赵全喜说…要是春节前不给，就联合十几户去县里: the threat's clause after 十几户 not read as the person's).
  ['holdout 75 (皖南 山区 古村落, 清明/五一 2041)', `${root}tests/fixtures/parser-holdout-75.jsonl`, `${root}tests/fixtures/parser-holdout-75.units.json`, 88.1, 0],
  ['holdout 76 (河北 坝上, 元旦 2042)', `${root}tests/fixtures/parser-holdout-76.jsonl`, `${root}tests/fixtures/parser-holdout-76.units.json`, 88.1, 0],
  // First runs on 9431ba3: 85.7% with 3 unsafe (77) and 91.0% with 1 unsafe (78).
  ['holdout 77 (黔东南 侗寨, 春节 2043)', `${root}tests/fixtures/parser-holdout-77.jsonl`, `${root}tests/fixtures/parser-holdout-77.units.json`, 91.4, 0],
  ['holdout 78 (赣南 客家, 端午 2043)', `${root}tests/fixtures/parser-holdout-78.jsonl`, `${root}tests/fixtures/parser-holdout-78.units.json`, 95.7, 0],
  // First runs on c6a71d3: 80.5% with 2 unsafe (79) and 81.9% with 1 unsafe (80).
  ['holdout 79 (黑龙江 林场, 两会 2044)', `${root}tests/fixtures/parser-holdout-79.jsonl`, `${root}tests/fixtures/parser-holdout-79.units.json`, 87.6, 0],
  ['holdout 80 (沂蒙 山区, 春节 2044)', `${root}tests/fixtures/parser-holdout-80.jsonl`, `${root}tests/fixtures/parser-holdout-80.units.json`, 88.1, 0],
  // First runs on 4d640a3: 86.7% with 1 unsafe (81) and 89.0% with 0 (82).
  ['holdout 81 (赣北 街道, 国庆 2044)', `${root}tests/fixtures/parser-holdout-81.jsonl`, `${root}tests/fixtures/parser-holdout-81.units.json`, 92.4, 0],
  ['holdout 82 (陇东 塬区, 元旦 2045)', `${root}tests/fixtures/parser-holdout-82.jsonl`, `${root}tests/fixtures/parser-holdout-82.units.json`, 93.8, 0],
  // First runs on 0063d1e: 82.4% with 0 unsafe (83) and 82.4% with 2 unsafe (84).
  ['holdout 83 (江汉 湖区, 国庆 2045)', `${root}tests/fixtures/parser-holdout-83.jsonl`, `${root}tests/fixtures/parser-holdout-83.units.json`, 90.9, 0],
  ['holdout 84 (舟山 海岛, 春节 2046)', `${root}tests/fixtures/parser-holdout-84.jsonl`, `${root}tests/fixtures/parser-holdout-84.units.json`, 91.4, 0],
  // First runs on d20b80c: 83.3% with 1 unsafe (85) and 89.0% with 0 unsafe (86).
  ['holdout 85 (皖西 大别山, 五一 2046)', `${root}tests/fixtures/parser-holdout-85.jsonl`, `${root}tests/fixtures/parser-holdout-85.units.json`, 91.9, 0],
  ['holdout 86 (豫西 伏牛山, 中秋/国庆 2046)', `${root}tests/fixtures/parser-holdout-86.jsonl`, `${root}tests/fixtures/parser-holdout-86.units.json`, 94.3, 0],
  // First run on bb66f99: 89.0% with 0 unsafe (87).
  ['holdout 87 (景德镇 城郊, 元旦 2047)', `${root}tests/fixtures/parser-holdout-87.jsonl`, `${root}tests/fixtures/parser-holdout-87.units.json`, 90.9, 0],
  // First run on 767c655: 87.1% with 0 unsafe (88).
  ['holdout 88 (黔西北 乌蒙山, 春节 2047)', `${root}tests/fixtures/parser-holdout-88.jsonl`, `${root}tests/fixtures/parser-holdout-88.units.json`, 89.5, 0],
  // First runs on 204d252: 88.1% with 0 unsafe (89) and 85.2% with 1 unsafe (90).
  ['holdout 89 (闽东 渔排, 清明 2047)', `${root}tests/fixtures/parser-holdout-89.jsonl`, `${root}tests/fixtures/parser-holdout-89.units.json`, 91.9, 0],
  ['holdout 90 (赤峰 农区, 五一 2047)', `${root}tests/fixtures/parser-holdout-90.jsonl`, `${root}tests/fixtures/parser-holdout-90.units.json`, 88.5, 0],
  // First runs on 5d52ec8: 80.0% with 0 unsafe (91) and 82.4% with 3 unsafe (92).
  ['holdout 91 (川西 阿坝, 国庆 2047)', `${root}tests/fixtures/parser-holdout-91.jsonl`, `${root}tests/fixtures/parser-holdout-91.units.json`, 86.6, 0],
  ['holdout 92 (苏北 里下河, 元旦 2048)', `${root}tests/fixtures/parser-holdout-92.jsonl`, `${root}tests/fixtures/parser-holdout-92.units.json`, 89.0, 0],
  // First run on fc003bd (and, by a slip, on 0ad8f4f before it: the same figure): 83.3% with 1 unsafe (93).
  ['holdout 93 (吕梁 山区, 清明 2048)', `${root}tests/fixtures/parser-holdout-93.jsonl`, `${root}tests/fixtures/parser-holdout-93.units.json`, 88.1, 0],
  // First run on d677be7: 83.8% with 1 unsafe (94).
  ['holdout 94 (粤西 湛江, 春节 2048)', `${root}tests/fixtures/parser-holdout-94.jsonl`, `${root}tests/fixtures/parser-holdout-94.units.json`, 87.1, 0],
  // First runs on bd723f8: 91.9% with 0 unsafe (95) and 92.9% with 0 unsafe (96).
  ['holdout 95 (浙北 水乡, 五一 2048)', `${root}tests/fixtures/parser-holdout-95.jsonl`, `${root}tests/fixtures/parser-holdout-95.units.json`, 91.4, 0],
  ['holdout 96 (滇西 山区, 火把节/国庆 2048)', `${root}tests/fixtures/parser-holdout-96.jsonl`, `${root}tests/fixtures/parser-holdout-96.units.json`, 92.8, 0],
  // First runs on d427cd5: 88.6% with 2 unsafe (97), 88.6% with 1 (98), 90.5% with 1 (99), 88.1% with 1 (100).
  ['holdout 97 (桂北, 壮族三月三 2049)', `${root}tests/fixtures/parser-holdout-97.jsonl`, `${root}tests/fixtures/parser-holdout-97.units.json`, 95.2, 0],
  ['holdout 98 (冀北 坝上, 国庆 2049)', `${root}tests/fixtures/parser-holdout-98.jsonl`, `${root}tests/fixtures/parser-holdout-98.units.json`, 96.2, 0],
  ['holdout 99 (陕南 秦巴山区, 端午/高考 2049)', `${root}tests/fixtures/parser-holdout-99.jsonl`, `${root}tests/fixtures/parser-holdout-99.units.json`, 92.8, 0],
  ['holdout 100 (海南 中部山区, 春节 2050)', `${root}tests/fixtures/parser-holdout-100.jsonl`, `${root}tests/fixtures/parser-holdout-100.units.json`, 92.8, 0],
  // First runs on bda1339: 91.4% with 1 unsafe (101) and 87.1% with 4 unsafe (102). 102 keeps 2 on label decisions
  // this parser does not follow: an earlier dispute settled beside 零报告 (136), a stable person of another unit beside
  // one (172).
  ['holdout 101 (赣南 客家, 中秋/国庆 2050)', `${root}tests/fixtures/parser-holdout-101.jsonl`, `${root}tests/fixtures/parser-holdout-101.units.json`, 96.2, 0],
  ['holdout 102 (鲁中, 元旦 2051)', `${root}tests/fixtures/parser-holdout-102.jsonl`, `${root}tests/fixtures/parser-holdout-102.units.json`, 89.5, 2],
  // First runs on 2afc79d: 94.3% with 0 unsafe (103) and 92.4% with 1 unsafe (104).
  ['holdout 103 (川南, 两会 2051)', `${root}tests/fixtures/parser-holdout-103.jsonl`, `${root}tests/fixtures/parser-holdout-103.units.json`, 93.8, 0],
  ['holdout 104 (皖南, 清明 2051)', `${root}tests/fixtures/parser-holdout-104.jsonl`, `${root}tests/fixtures/parser-holdout-104.units.json`, 93.3, 0],
  // First runs on e4df22b: 86.7% with 0 unsafe (105), 85.7% with 1 unsafe (106), 86.2% with 0 unsafe (107); with the
  // follow-up convention their prompt misstated put right (see their notes), on the same commit: 91.0/0, 87.6/1, 88.1/0.
  ['holdout 105 (湘南, 五一 2051)', `${root}tests/fixtures/parser-holdout-105.jsonl`, `${root}tests/fixtures/parser-holdout-105.units.json`, 92.8, 0],
  ['holdout 106 (崇明, 国庆 2051)', `${root}tests/fixtures/parser-holdout-106.jsonl`, `${root}tests/fixtures/parser-holdout-106.units.json`, 91.4, 0],
  ['holdout 107 (晋东南 太行山, 元旦 2052)', `${root}tests/fixtures/parser-holdout-107.jsonl`, `${root}tests/fixtures/parser-holdout-107.units.json`, 92.8, 0],
  // First runs on 0a3df20: 91.4% (108), 89.5% (109), 86.2% (110), each with 0 unsafe.
  ['holdout 108 (豫南 大别山, 元宵 2052)', `${root}tests/fixtures/parser-holdout-108.jsonl`, `${root}tests/fixtures/parser-holdout-108.units.json`, 92.8, 0],
  ['holdout 109 (珠三角 街道, 两会 2052)', `${root}tests/fixtures/parser-holdout-109.jsonl`, `${root}tests/fixtures/parser-holdout-109.units.json`, 91.9, 0],
  ['holdout 110 (河西走廊, 五一 2052)', `${root}tests/fixtures/parser-holdout-110.jsonl`, `${root}tests/fixtures/parser-holdout-110.units.json`, 93.8, 0],
  // First runs on a4920ae: 90.5% (111, 0 unsafe), 89.5% (112, 1 unsafe), 82.4% (113, 0 unsafe), 92.9% (114, 1 unsafe).
  ['holdout 111 (宁夏 川区 移民, 国庆 2052)', `${root}tests/fixtures/parser-holdout-111.jsonl`, `${root}tests/fixtures/parser-holdout-111.units.json`, 94.7, 0],
  ['holdout 112 (渝东北 三峡库区, 春节 2053)', `${root}tests/fixtures/parser-holdout-112.jsonl`, `${root}tests/fixtures/parser-holdout-112.units.json`, 93.3, 0],
  ['holdout 113 (延边 边境, 两会 2053)', `${root}tests/fixtures/parser-holdout-113.jsonl`, `${root}tests/fixtures/parser-holdout-113.units.json`, 89.5, 0],
  ['holdout 114 (西安 城郊 街道, 五一 2053)', `${root}tests/fixtures/parser-holdout-114.jsonl`, `${root}tests/fixtures/parser-holdout-114.units.json`, 94.7, 0],
  // First runs on dad8144: 82.9% (115, 2 unsafe), 91.0% (116, 0 unsafe), 87.6% (117, 2 unsafe).
  ['holdout 115 (鄱阳湖 退捕, 国庆 2053)', `${root}tests/fixtures/parser-holdout-115.jsonl`, `${root}tests/fixtures/parser-holdout-115.units.json`, 86.2, 0],
  ['holdout 116 (恩施 土家 茶乡, 端午 2053)', `${root}tests/fixtures/parser-holdout-116.jsonl`, `${root}tests/fixtures/parser-holdout-116.units.json`, 95.2, 0],
  ['holdout 117 (闽北 武夷 茶山, 元旦 2054)', `${root}tests/fixtures/parser-holdout-117.jsonl`, `${root}tests/fixtures/parser-holdout-117.units.json`, 92.4, 0],
  // First runs on 1243753: 93.3% (118), 94.8% (119), 94.3% (120), each with 0 unsafe; their prompt said, unlike 111-117's,
  // to leave an approximate headcount (十几个) unchecked rather than label it null.
  ['holdout 118 (鲁北 黄河三角洲, 春节 2054)', `${root}tests/fixtures/parser-holdout-118.jsonl`, `${root}tests/fixtures/parser-holdout-118.units.json`, 93.3, 0],
  ['holdout 119 (红河 哈尼 彝, 国庆 2054)', `${root}tests/fixtures/parser-holdout-119.jsonl`, `${root}tests/fixtures/parser-holdout-119.units.json`, 96.2, 0],
  ['holdout 120 (合肥 城郊 高铁站, 两会 2054)', `${root}tests/fixtures/parser-holdout-120.jsonl`, `${root}tests/fixtures/parser-holdout-120.units.json`, 96.6, 0],
  // First runs on 00134d7: 91.9% (121), 92.4% (122), 91.9% (123), each with 1 unsafe zero report.
  ['holdout 121 (温州 民营 乡镇, 清明 2054)', `${root}tests/fixtures/parser-holdout-121.jsonl`, `${root}tests/fixtures/parser-holdout-121.units.json`, 91.9, 0],
  ['holdout 122 (定西 旱塬, 中秋 2054)', `${root}tests/fixtures/parser-holdout-122.jsonl`, `${root}tests/fixtures/parser-holdout-122.units.json`, 92.4, 0],
  ['holdout 123 (潮汕 侨乡, 元旦 2055)', `${root}tests/fixtures/parser-holdout-123.jsonl`, `${root}tests/fixtures/parser-holdout-123.units.json`, 92.8, 0],
  // First runs on 173a8a9: 86.7% (124, 0 unsafe), 88.1% (125, 3 unsafe), 84.3% (126, 0 unsafe).
  ['holdout 124 (鄂托克 草原 嘎查, 端午 2055)', `${root}tests/fixtures/parser-holdout-124.jsonl`, `${root}tests/fixtures/parser-holdout-124.units.json`, 91.9, 0],
  ['holdout 125 (贵阳 城郊 街道, 五一 2055)', `${root}tests/fixtures/parser-holdout-125.jsonl`, `${root}tests/fixtures/parser-holdout-125.units.json`, 93.3, 0],
  ['holdout 126 (寿光 菜园 大棚, 两会 2055)', `${root}tests/fixtures/parser-holdout-126.jsonl`, `${root}tests/fixtures/parser-holdout-126.units.json`, 90.5, 0],
  // First runs on a539cb4: 90.5% (127, 0 unsafe), 86.7% (128, 0 unsafe), 82.4% (129, 1 unsafe).
  ['holdout 127 (百色 搬迁 安置区 街道, 国庆 2055)', `${root}tests/fixtures/parser-holdout-127.jsonl`, `${root}tests/fixtures/parser-holdout-127.units.json`, 92.4, 0],
  ['holdout 128 (南通 沿海 化工园区, 中秋 2055)', `${root}tests/fixtures/parser-holdout-128.jsonl`, `${root}tests/fixtures/parser-holdout-128.units.json`, 92.4, 0],
  ['holdout 129 (保定 征迁 箱包市场, 元旦 2056)', `${root}tests/fixtures/parser-holdout-129.jsonl`, `${root}tests/fixtures/parser-holdout-129.units.json`, 86.6, 0],
  // First runs on 5ee14c7, the session's last parser commit, at its end: 87.6% (130) and 86.2% (131); read and fixed on
  // 2a2ba6a. 130's three unsafe zero reports are the scorer's count of a zero report its labels allow (optional) where a
  // stable key person at home is required; each now gives the person beside it (锑山零报告。老罗在屋里好好的).
  ['holdout 130 (娄底 锑矿 尘肺, 两会 2056)', `${root}tests/fixtures/parser-holdout-130.jsonl`, `${root}tests/fixtures/parser-holdout-130.units.json`, 92.8, 3],
  ['holdout 131 (襄阳 老国企 街道, 五一 2056)', `${root}tests/fixtures/parser-holdout-131.jsonl`, `${root}tests/fixtures/parser-holdout-131.units.json`, 90.9, 0],
  // First runs on 2a2ba6a: 85.7% (132, 1 unsafe), 86.2% (133), 91.0% (134), 89.0% (135); read and fixed since, their
  // bars at the figures on 6c27570 less half a point.
  ['holdout 132 (垦区 农场 春节 2057)', `${root}tests/fixtures/parser-holdout-132.jsonl`, `${root}tests/fixtures/parser-holdout-132.units.json`, 91.9, 0],
  ['holdout 133 (闽南 侨乡 石材, 清明 2057)', `${root}tests/fixtures/parser-holdout-133.jsonl`, `${root}tests/fixtures/parser-holdout-133.units.json`, 95.2, 0],
  ['holdout 134 (景德镇 瓷厂 街道, 国庆 2057)', `${root}tests/fixtures/parser-holdout-134.jsonl`, `${root}tests/fixtures/parser-holdout-134.units.json`, 94.7, 0],
  ['holdout 135 (长白山 林场, 两会 2057)', `${root}tests/fixtures/parser-holdout-135.jsonl`, `${root}tests/fixtures/parser-holdout-135.units.json`, 95.2, 0],
  // First runs on 7723614: 92.9% (136, 1 unsafe), 92.9% (137), 88.6% (138), 93.3% (139); read and fixed since.
  ['holdout 136 (清远 山区 风电 砂糖橘, 端午 2057)', `${root}tests/fixtures/parser-holdout-136.jsonl`, `${root}tests/fixtures/parser-holdout-136.units.json`, 95.7, 0],
  ['holdout 137 (海东 农业区 搬迁, 国庆 2057)', `${root}tests/fixtures/parser-holdout-137.jsonl`, `${root}tests/fixtures/parser-holdout-137.units.json`, 93.3, 0],
  ['holdout 138 (上海 郊区 动迁, 元旦 2058)', `${root}tests/fixtures/parser-holdout-138.jsonl`, `${root}tests/fixtures/parser-holdout-138.units.json`, 91.4, 0],
  ['holdout 139 (周口 平原 流转, 中秋 2057)', `${root}tests/fixtures/parser-holdout-139.jsonl`, `${root}tests/fixtures/parser-holdout-139.units.json`, 93.8, 0],
  // First runs on b7319aa: 92.9% (140), 83.3% (141, 1 unsafe), 91.0% (142), 92.9% (143); read and fixed since.
  ['holdout 140 (舟山 海岛 船厂, 五一 2058)', `${root}tests/fixtures/parser-holdout-140.jsonl`, `${root}tests/fixtures/parser-holdout-140.units.json`, 94.3, 0],
  ['holdout 141 (凉山 彝族 搬迁, 火把节 2058)', `${root}tests/fixtures/parser-holdout-141.jsonl`, `${root}tests/fixtures/parser-holdout-141.units.json`, 89.5, 0],
  ['holdout 142 (天津 滨海 盐场 街道, 国庆 2058)', `${root}tests/fixtures/parser-holdout-142.jsonl`, `${root}tests/fixtures/parser-holdout-142.units.json`, 91.4, 0],
  ['holdout 143 (晋中 古城 街道, 春节 2058)', `${root}tests/fixtures/parser-holdout-143.jsonl`, `${root}tests/fixtures/parser-holdout-143.units.json`, 92.4, 0],
  // First runs on 1d44f9f: 88.1% (144), 91.4% (145, 1 unsafe), 87.1% (146, 1 unsafe), 87.6% (147, 2 unsafe); 145-147
  // read for their unsafe zero reports only (all four fixed); 144 read on 5 Dec (seventeenth session), its bar at 3d804f4's
  // figure less half a point.
  ['holdout 144 (苏南 工业园 元宵 2058)', `${root}tests/fixtures/parser-holdout-144.jsonl`, `${root}tests/fixtures/parser-holdout-144.units.json`, 88.1, 0],
  ['holdout 145 (赤峰 半农半牧, 那达慕 2058)', `${root}tests/fixtures/parser-holdout-145.jsonl`, `${root}tests/fixtures/parser-holdout-145.units.json`, 91.4, 0],
  ['holdout 146 (恩施 茶旅 土家, 五一 2058)', `${root}tests/fixtures/parser-holdout-146.jsonl`, `${root}tests/fixtures/parser-holdout-146.units.json`, 87.1, 0],
  ['holdout 147 (北海 疍家 街道, 中秋 2058)', `${root}tests/fixtures/parser-holdout-147.jsonl`, `${root}tests/fixtures/parser-holdout-147.units.json`, 88.1, 0],
  // First runs on 6c27570: 91.9% (148), 88.6% (149), 92.4% (150), 89.5% (151), none with an unsafe zero report; read
  // and fixed on 3d804f4, bars at its figures less half a point (as for 152-155).
  ['holdout 148 (皖北 塌陷区, 国庆 2058)', `${root}tests/fixtures/parser-holdout-148.jsonl`, `${root}tests/fixtures/parser-holdout-148.units.json`, 92.4, 0],
  ['holdout 149 (大理 白族 古镇, 三月街 2059)', `${root}tests/fixtures/parser-holdout-149.jsonl`, `${root}tests/fixtures/parser-holdout-149.units.json`, 89.5, 0],
  ['holdout 150 (哈尔滨 城郊 街道, 元旦 2059)', `${root}tests/fixtures/parser-holdout-150.jsonl`, `${root}tests/fixtures/parser-holdout-150.units.json`, 92.4, 0],
  ['holdout 151 (闽西 客家 土楼, 春节 2059)', `${root}tests/fixtures/parser-holdout-151.jsonl`, `${root}tests/fixtures/parser-holdout-151.units.json`, 89.0, 0],
  // First runs on c7be2f0, the session's last parser commit: 88.1% (152), 91.4% (153), 94.3% (154), 90.0% (155), none
  // with an unsafe zero report.
  ['holdout 152 (关中 城郊, 端午 2059)', `${root}tests/fixtures/parser-holdout-152.jsonl`, `${root}tests/fixtures/parser-holdout-152.units.json`, 88.5, 0],
  ['holdout 153 (琼北 沿海, 春节 2059)', `${root}tests/fixtures/parser-holdout-153.jsonl`, `${root}tests/fixtures/parser-holdout-153.units.json`, 92.8, 0],
  ['holdout 154 (固原 山区 移民, 国庆 2059)', `${root}tests/fixtures/parser-holdout-154.jsonl`, `${root}tests/fixtures/parser-holdout-154.units.json`, 95.2, 0],
  ['holdout 155 (赣南 客家 脐橙, 中秋 2059)', `${root}tests/fixtures/parser-holdout-155.jsonl`, `${root}tests/fixtures/parser-holdout-155.units.json`, 92.4, 0],
  // First runs on 842bb35, the parser as the seventeenth session found it, before anyone opened them: 91.0% (156),
  // 83.8% (157), 90.0% (158), 82.9% (159), none with an unsafe zero report. 157 and 159 read the same day (a few families
  // fixed, bars at the figures then less half a point); 156 and 158 not read.
  ['holdout 156 (义乌-like 小商品 街道, 元旦 2060)', `${root}tests/fixtures/parser-holdout-156.jsonl`, `${root}tests/fixtures/parser-holdout-156.units.json`, 90.5, 0],
  ['holdout 157 (临夏-like 回族 乡, 古尔邦节 国庆 2059)', `${root}tests/fixtures/parser-holdout-157.jsonl`, `${root}tests/fixtures/parser-holdout-157.units.json`, 83.8, 0],
  ['holdout 158 (洞庭湖区 渔民上岸, 端午 汛期 2059)', `${root}tests/fixtures/parser-holdout-158.jsonl`, `${root}tests/fixtures/parser-holdout-158.units.json`, 89.5, 0],
  ['holdout 159 (唐山-like 钢厂 采空区, 两会 2060)', `${root}tests/fixtures/parser-holdout-159.jsonl`, `${root}tests/fixtures/parser-holdout-159.units.json`, 84.7, 0],
  // First runs on e6f592c (the session's second parser commit), before anyone opened them: 80.5% (160), 91.0% (161),
  // 90.5% (163), none with an unsafe zero report. Not read or fixed yet.
  ['holdout 160 (西双版纳-like 傣族 镇, 泼水节 2060)', `${root}tests/fixtures/parser-holdout-160.jsonl`, `${root}tests/fixtures/parser-holdout-160.units.json`, 80.0, 0],
  ['holdout 161 (大兴安岭-like 林区 镇, 国庆 2060)', `${root}tests/fixtures/parser-holdout-161.jsonl`, `${root}tests/fixtures/parser-holdout-161.units.json`, 90.5, 0],
  // First run on 65cca09 (its writer had stopped early and wrote it again), before anyone opened it: 91.9% (162), no unsafe
  // zero report. Not read or fixed yet.
  ['holdout 162 (莆田-like 鞋厂 海带 妈祖, 元宵 2060)', `${root}tests/fixtures/parser-holdout-162.jsonl`, `${root}tests/fixtures/parser-holdout-162.units.json`, 91.4, 0],
  ['holdout 163 (遵义-like 黔北 酒乡, 清明 五一 2060)', `${root}tests/fixtures/parser-holdout-163.jsonl`, `${root}tests/fixtures/parser-holdout-163.units.json`, 90.0, 0],
  // First runs on 8c78768 (the session's last parser commit but a review that changed no output), before anyone opened
  // them: 92.4% (164), 93.3% (165), 87.6% (166), 93.3% (167), none with an unsafe zero report. 166 read the same day (its
  // bar at the figure then less half a point); 164, 165, 167 read in part, their bars at their first runs.
  ['holdout 164 (海南 黎族 雨林 水库移民, 五一 2060)', `${root}tests/fixtures/parser-holdout-164.jsonl`, `${root}tests/fixtures/parser-holdout-164.units.json`, 91.9, 0],
  ['holdout 165 (连云港-like 盐场 紫菜, 国庆 2060)', `${root}tests/fixtures/parser-holdout-165.jsonl`, `${root}tests/fixtures/parser-holdout-165.units.json`, 92.8, 0],
  ['holdout 166 (运城-like 果农 引黄, 春节 元宵 2061)', `${root}tests/fixtures/parser-holdout-166.jsonl`, `${root}tests/fixtures/parser-holdout-166.units.json`, 92.8, 0],
  ['holdout 167 (衢州-like 浙西 化工园 下山移民, 端午 2060)', `${root}tests/fixtures/parser-holdout-167.jsonl`, `${root}tests/fixtures/parser-holdout-167.units.json`, 92.8, 0],
  // First runs on 451e4a3 (the parser as it stood while they were written), before anyone opened them: 90.5% (168),
  // 81.4% (169, 1 unsafe zero report, fixed on 9e832c5: 重点人员岩温龙：今日在家), 91.9% (170), 94.8% (171). Only 169's
  // unsafe case was read.
  ['holdout 168 (雄安-like 淀区 征迁, 两会 2061)', `${root}tests/fixtures/parser-holdout-168.jsonl`, `${root}tests/fixtures/parser-holdout-168.units.json`, 90.0, 0],
  ['holdout 169 (普洱-like 茶山 佤族 哈尼族, 火把节 2060)', `${root}tests/fixtures/parser-holdout-169.jsonl`, `${root}tests/fixtures/parser-holdout-169.units.json`, 80.9, 0],
  ['holdout 170 (榆林-like 陕北 采空区 禁牧, 国庆 2061)', `${root}tests/fixtures/parser-holdout-170.jsonl`, `${root}tests/fixtures/parser-holdout-170.units.json`, 91.4, 0],
  ['holdout 171 (柳州-like 壮族 螺蛳粉, 三月三 2061)', `${root}tests/fixtures/parser-holdout-171.jsonl`, `${root}tests/fixtures/parser-holdout-171.units.json`, 94.3, 0],
  // First runs on 9e832c5, the session's last parser commit, before anyone opened them: 90.5% (172), 94.8% (173), 90.0%
  // (174, 1 unsafe zero report: 响水村今日零报告。韦某某仍在贵阳，镇村干部陪同，尚未返回 — a person still away in the
  // provincial capital with cadres beside him, read as a stable person away; fixed in the eighteenth session), 89.0% (175).
  ['holdout 172 (承德-like 满族 乡 景区 禁牧, 国庆 2061)', `${root}tests/fixtures/parser-holdout-172.jsonl`, `${root}tests/fixtures/parser-holdout-172.units.json`, 90.0, 0],
  ['holdout 173 (盐城-like 滩涂 渔民, 春节 2061)', `${root}tests/fixtures/parser-holdout-173.jsonl`, `${root}tests/fixtures/parser-holdout-173.units.json`, 94.3, 0],
  ['holdout 174 (安顺-like 布依族 瀑布 安置点, 六月六 2061)', `${root}tests/fixtures/parser-holdout-174.jsonl`, `${root}tests/fixtures/parser-holdout-174.units.json`, 90.0, 0],
  ['holdout 175 (沧州-like 管件厂 合作社, 元旦 2062)', `${root}tests/fixtures/parser-holdout-175.jsonl`, `${root}tests/fixtures/parser-holdout-175.units.json`, 88.5, 0],
  // First runs on 3c51a2f (the eighteenth session's first parser commit), before anyone opened them: 91.0% (176), 96.7%
  // (177), 90.5% (178), 89.0% (179), no unsafe zero report.
  ['holdout 176 (邯郸-like 钢厂 买断 回迁房, 元宵 2027)', `${root}tests/fixtures/parser-holdout-176.jsonl`, `${root}tests/fixtures/parser-holdout-176.units.json`, 90.5, 0],
  ['holdout 177 (铜仁-like 梵净山 移民 安置点 锰渣, 国庆)', `${root}tests/fixtures/parser-holdout-177.jsonl`, `${root}tests/fixtures/parser-holdout-177.units.json`, 96.2, 0],
  ['holdout 178 (钦州-like 蚝排 征地 休渔, 中秋)', `${root}tests/fixtures/parser-holdout-178.jsonl`, `${root}tests/fixtures/parser-holdout-178.units.json`, 90.0, 0],
  ['holdout 179 (齐齐哈尔-like 粮库 确权 禁烧, 两会 2027)', `${root}tests/fixtures/parser-holdout-179.jsonl`, `${root}tests/fixtures/parser-holdout-179.units.json`, 88.5, 0],
  // First runs on 1ae53d3, before anyone opened them: 91.0% (180), 94.3% (181, 1 unsafe zero report), 85.7% (182), 84.8%
  // (183, 2 unsafe zero reports). Only the unsafe cases were read, and fixed (the eighteenth session).
  ['holdout 180 (六盘水-like 彝族 煤矿 尘肺 采空区, 火把节 2026)', `${root}tests/fixtures/parser-holdout-180.jsonl`, `${root}tests/fixtures/parser-holdout-180.units.json`, 90.5, 0],
  ['holdout 181 (汕尾-like 海陆丰 风电 祠堂, 元宵 2027)', `${root}tests/fixtures/parser-holdout-181.jsonl`, `${root}tests/fixtures/parser-holdout-181.units.json`, 93.8, 0],
  ['holdout 182 (喀什-like 南疆 棉花 老城, 古尔邦节 2026)', `${root}tests/fixtures/parser-holdout-182.jsonl`, `${root}tests/fixtures/parser-holdout-182.units.json`, 85.2, 0],
  ['holdout 183 (呼伦贝尔-like 牧区 嘎查 草场, 那达慕 2026)', `${root}tests/fixtures/parser-holdout-183.jsonl`, `${root}tests/fixtures/parser-holdout-183.units.json`, 84.3, 0],
  // First runs before anyone opened them: 96.7% (184, on 54dd952); 87.6% (185, 2 unsafe zero reports, read and fixed),
  // 92.4% (186), 93.3% (187), on f547a75.
  ['holdout 184 (婺源-like 徽州 古村 门票分成, 油菜花节 清明)', `${root}tests/fixtures/parser-holdout-184.jsonl`, `${root}tests/fixtures/parser-holdout-184.units.json`, 96.2, 0],
  ['holdout 185 (怒江-like 傈僳族 搬迁 水电站 草果, 阔时节)', `${root}tests/fixtures/parser-holdout-185.jsonl`, `${root}tests/fixtures/parser-holdout-185.units.json`, 87.1, 0],
  ['holdout 186 (梧州-like 西江 采砂 六堡茶, 国庆 重阳 2027)', `${root}tests/fixtures/parser-holdout-186.jsonl`, `${root}tests/fixtures/parser-holdout-186.units.json`, 91.9, 0],
  ['holdout 187 (临沂-like 沂蒙 板材厂 流转费 退役军人, 春节 2026)', `${root}tests/fixtures/parser-holdout-187.jsonl`, `${root}tests/fixtures/parser-holdout-187.units.json`, 92.8, 0],
  // First runs on 9802c88, before anyone opened them: 89.0% (188, 1 unsafe zero report, read and fixed), 93.3% (189), 90.5%
  // (190), 94.8% (191).
  ['holdout 188 (铜陵-like 沿江 尾矿库 退捕, 端午 2026)', `${root}tests/fixtures/parser-holdout-188.jsonl`, `${root}tests/fixtures/parser-holdout-188.units.json`, 88.5, 0],
  ['holdout 189 (阜阳-like 皖北 高速 养老院, 春节 2027)', `${root}tests/fixtures/parser-holdout-189.jsonl`, `${root}tests/fixtures/parser-holdout-189.units.json`, 92.8, 0],
  ['holdout 190 (延边-like 朝鲜族 赴韩 人参地, 秋夕 2026)', `${root}tests/fixtures/parser-holdout-190.jsonl`, `${root}tests/fixtures/parser-holdout-190.units.json`, 90.0, 0],
  ['holdout 191 (三亚-like 海南 酒店 游艇 槟榔, 春节 2027)', `${root}tests/fixtures/parser-holdout-191.jsonl`, `${root}tests/fixtures/parser-holdout-191.units.json`, 94.3, 0],
  // First runs on bb68634, before anyone opened them: 84.8% (192, 1 unsafe zero report), 92.4% (193, 3 unsafe), 88.6% (194),
  // 96.7% (195). The unsafe cases were read and fixed.
  ['holdout 192 (玉树-like 藏族 牧区 虫草, 五一 2026)', `${root}tests/fixtures/parser-holdout-192.jsonl`, `${root}tests/fixtures/parser-holdout-192.units.json`, 84.3, 0],
  ['holdout 193 (汕头-like 潮汕 玩具厂 祠堂 侨房, 元宵 2027)', `${root}tests/fixtures/parser-holdout-193.jsonl`, `${root}tests/fixtures/parser-holdout-193.units.json`, 91.9, 0],
  ['holdout 194 (菏泽-like 黄河滩区 迁建, 国庆 2026)', `${root}tests/fixtures/parser-holdout-194.jsonl`, `${root}tests/fixtures/parser-holdout-194.units.json`, 88.1, 0],
  ['holdout 195 (恩施-like 土家族 茶叶 隧道 安置点, 女儿会 2026)', `${root}tests/fixtures/parser-holdout-195.jsonl`, `${root}tests/fixtures/parser-holdout-195.units.json`, 96.2, 0],
  // First runs on cb815ab, before anyone opened them: 92.9% (196), 92.4% (197, 1 unsafe zero report, read and fixed), 88.1%
  // (198), 92.9% (199).
  ['holdout 196 (丽水-like 畲族 水库移民 民宿, 三月三 清明 2027)', `${root}tests/fixtures/parser-holdout-196.jsonl`, `${root}tests/fixtures/parser-holdout-196.units.json`, 92.4, 0],
  ['holdout 197 (吕梁-like 晋语 煤矿 采空区 红枣, 国庆 2026)', `${root}tests/fixtures/parser-holdout-197.jsonl`, `${root}tests/fixtures/parser-holdout-197.units.json`, 91.9, 0],
  ['holdout 198 (北海-like 疍家 客家 珍珠 开海, 春节 2027)', `${root}tests/fixtures/parser-holdout-198.jsonl`, `${root}tests/fixtures/parser-holdout-198.units.json`, 87.6, 0],
  ['holdout 199 (天水-like 苹果 流转 麻辣烫 光伏, 五一 2026)', `${root}tests/fixtures/parser-holdout-199.jsonl`, `${root}tests/fixtures/parser-holdout-199.units.json`, 92.4, 0],
  // First runs on 845a828 (the session's last parser commit), before anyone opened them: 91.4% (200), 92.9% (201), 92.9% (202),
  // 89.0% (203), no unsafe zero report. Only the zero reports missed in 200 and 203 were read (and two families fixed).
  ['holdout 200 (张家口-like 坝上 风电 民宿 禁牧, 元旦 2027)', `${root}tests/fixtures/parser-holdout-200.jsonl`, `${root}tests/fixtures/parser-holdout-200.units.json`, 90.9, 0],
  ['holdout 201 (宜宾-like 竹业 退捕 酒厂, 元宵 2027)', `${root}tests/fixtures/parser-holdout-201.jsonl`, `${root}tests/fixtures/parser-holdout-201.units.json`, 92.4, 0],
  ['holdout 202 (黔东南-like 侗族 门票分红 梯田, 侗年 2026)', `${root}tests/fixtures/parser-holdout-202.jsonl`, `${root}tests/fixtures/parser-holdout-202.units.json`, 92.4, 0],
  ['holdout 203 (烟台-like 胶东 疏港路 海参池 勘界, 国庆 2025)', `${root}tests/fixtures/parser-holdout-203.jsonl`, `${root}tests/fixtures/parser-holdout-203.units.json`, 88.5, 0],
  // First runs on d3bdddd (the last parser commit), before anyone opened them: 93.8% (204), 95.2% (205), 90.5% (206), 94.8%
  // (207, 1 unsafe zero report, read and fixed).
  ['holdout 204 (海东-like 土族 青稞酒 民俗村, 纳顿 中秋 2026)', `${root}tests/fixtures/parser-holdout-204.jsonl`, `${root}tests/fixtures/parser-holdout-204.units.json`, 93.3, 0],
  ['holdout 205 (大理-like 白族 洱海 客栈 乳扇, 三月街 五一 2026)', `${root}tests/fixtures/parser-holdout-205.jsonl`, `${root}tests/fixtures/parser-holdout-205.units.json`, 94.7, 0],
  ['holdout 206 (黔西南-like 布依族 金矿 搬迁, 查白歌节 2026)', `${root}tests/fixtures/parser-holdout-206.jsonl`, `${root}tests/fixtures/parser-holdout-206.units.json`, 90.0, 0],
  ['holdout 207 (徐州-like 苏北 塌陷区 板材 马庄, 春节 2026)', `${root}tests/fixtures/parser-holdout-207.jsonl`, `${root}tests/fixtures/parser-holdout-207.units.json`, 94.3, 0],
  // First runs on d3bdddd as well (written while 204-207 were read), before anyone opened them: 88.6% (208, 1 unsafe zero
  // report, read and fixed), 96.2% (209), 91.9% (210), 91.4% (211).
  ['holdout 208 (温州-like 鞋业 侨乡 旧村改造, 五一 2027)', `${root}tests/fixtures/parser-holdout-208.jsonl`, `${root}tests/fixtures/parser-holdout-208.units.json`, 88.1, 0],
  ['holdout 209 (十堰-like 丹江口 移民 退捕 茶园, 端午 高考 2027)', `${root}tests/fixtures/parser-holdout-209.jsonl`, `${root}tests/fixtures/parser-holdout-209.units.json`, 95.7, 0],
  ['holdout 210 (桂林-like 瑶族 梯田 门票分红 罗汉果, 盘王节 2024)', `${root}tests/fixtures/parser-holdout-210.jsonl`, `${root}tests/fixtures/parser-holdout-210.units.json`, 91.4, 0],
  ['holdout 211 (昌都-like 藏东 虫草山 搬迁 社区, 雪顿节 2027)', `${root}tests/fixtures/parser-holdout-211.jsonl`, `${root}tests/fixtures/parser-holdout-211.units.json`, 90.9, 0],
  // First runs on 797d632 (the last parser commit), before anyone opened them: 94.3% (212), 91.0% (213), 91.0% (214, 1 unsafe
  // zero report, read and fixed), 93.3% (215).
  ['holdout 212 (岳阳-like 洞庭湖 退捕 垸 纸厂, 端午 2025)', `${root}tests/fixtures/parser-holdout-212.jsonl`, `${root}tests/fixtures/parser-holdout-212.units.json`, 93.8, 0],
  ['holdout 213 (阿坝-like 羌族 藏族 重建 樱桃, 国庆 2027)', `${root}tests/fixtures/parser-holdout-213.jsonl`, `${root}tests/fixtures/parser-holdout-213.units.json`, 90.5, 0],
  ['holdout 214 (湛江-like 雷州 虾塘 糖厂 海堤, 春节 2027)', `${root}tests/fixtures/parser-holdout-214.jsonl`, `${root}tests/fixtures/parser-holdout-214.units.json`, 90.5, 0],
  ['holdout 215 (南阳-like 豫西南 干渠 月季 玉雕, 两会 2027)', `${root}tests/fixtures/parser-holdout-215.jsonl`, `${root}tests/fixtures/parser-holdout-215.units.json`, 92.8, 0],
  // First runs on 797d632 as well (written while 212-215 were read), before anyone opened them: 91.9% (216), 90.5% (217, 1
  // unsafe zero report), 90.5% (218, 1 unsafe zero report), 93.3% (219); both unsafe cases read and fixed.
  ['holdout 216 (信阳-like 茶山 水库移民 鲜叶款, 清明 2027)', `${root}tests/fixtures/parser-holdout-216.jsonl`, `${root}tests/fixtures/parser-holdout-216.units.json`, 91.4, 0],
  ['holdout 217 (宜昌-like 柑橘 磷化 搬迁 码头, 国庆 2027)', `${root}tests/fixtures/parser-holdout-217.jsonl`, `${root}tests/fixtures/parser-holdout-217.units.json`, 90.0, 0],
  ['holdout 218 (鄂尔多斯-like 嘎查 沉陷区 光伏, 元旦 2027)', `${root}tests/fixtures/parser-holdout-218.jsonl`, `${root}tests/fixtures/parser-holdout-218.units.json`, 90.0, 0],
  ['holdout 219 (安顺-like 屯堡 布依 瀑布 蜡染, 五一 2027)', `${root}tests/fixtures/parser-holdout-219.jsonl`, `${root}tests/fixtures/parser-holdout-219.units.json`, 92.8, 0],
  // First runs on f0a1517 (the last parser commit), before anyone opened them: 92.9% (220), 86.7% (221), 94.8% (222), 92.4%
  // (223), no unsafe zero report.
  ['holdout 220 (潮州-like 陶瓷 宗族 单丛, 元宵 营老爷 2027)', `${root}tests/fixtures/parser-holdout-220.jsonl`, `${root}tests/fixtures/parser-holdout-220.units.json`, 92.4, 0],
  ['holdout 221 (台州-like 蜜橘 模具 围垦, 中秋 台风 2027)', `${root}tests/fixtures/parser-holdout-221.jsonl`, `${root}tests/fixtures/parser-holdout-221.units.json`, 86.2, 0],
  ['holdout 222 (商丘-like 豫东 高铁 制鞋 禁烧, 端午 麦收 2026)', `${root}tests/fixtures/parser-holdout-222.jsonl`, `${root}tests/fixtures/parser-holdout-222.units.json`, 94.3, 0],
  ['holdout 223 (黔南-like 水族 天文 搬迁 茶园, 端节 国庆 2025)', `${root}tests/fixtures/parser-holdout-223.jsonl`, `${root}tests/fixtures/parser-holdout-223.units.json`, 91.9, 0],
  // First runs on fae49ec (the last parser commit), before anyone opened them: 93.3% (224), 84.8% (225, 1 unsafe zero
  // report, read and fixed), 94.8% (226), 92.9% (227).
  ['holdout 224 (赣州-like 客家 围屋 脐橙 稀土, 国庆 中秋 2025)', `${root}tests/fixtures/parser-holdout-224.jsonl`, `${root}tests/fixtures/parser-holdout-224.units.json`, 92.8, 0],
  ['holdout 225 (丽江-like 纳西族 客栈 景区搬迁, 五一 2026)', `${root}tests/fixtures/parser-holdout-225.jsonl`, `${root}tests/fixtures/parser-holdout-225.units.json`, 84.3, 0],
  ['holdout 226 (唐山-like 冀东 钢厂 沉陷区 陶瓷, 元旦 2027)', `${root}tests/fixtures/parser-holdout-226.jsonl`, `${root}tests/fixtures/parser-holdout-226.units.json`, 94.3, 0],
  ['holdout 227 (绍兴-like 印染 古镇 船工 黄酒, 清明 2027)', `${root}tests/fixtures/parser-holdout-227.jsonl`, `${root}tests/fixtures/parser-holdout-227.units.json`, 92.4, 0],
  // First runs on f4d923b (the last parser commit), before anyone opened them: 93.8% (228), 92.4% (229), 87.1% (230), 94.8%
  // (231), no unsafe zero report.
  ['holdout 228 (泉州-like 晋江 鞋服 石材 侨房, 国庆 中秋 2025)', `${root}tests/fixtures/parser-holdout-228.jsonl`, `${root}tests/fixtures/parser-holdout-228.units.json`, 93.3, 0],
  ['holdout 229 (六安-like 大别山 瓜片 水库移民, 清明 2027)', `${root}tests/fixtures/parser-holdout-229.jsonl`, `${root}tests/fixtures/parser-holdout-229.units.json`, 91.9, 0],
  ['holdout 230 (通辽-like 科尔沁 嘎查 粮款 风电, 国庆 2027)', `${root}tests/fixtures/parser-holdout-230.jsonl`, `${root}tests/fixtures/parser-holdout-230.units.json`, 86.6, 0],
  ['holdout 231 (延安-like 陕北 油井 苹果 搬迁, 春节 2026)', `${root}tests/fixtures/parser-holdout-231.jsonl`, `${root}tests/fixtures/parser-holdout-231.units.json`, 94.3, 0],
  // First runs on 3950804 (the last parser commit), before anyone opened them: 90.0% (232), 89.5% (233, 1 unsafe zero report,
  // read and fixed), 97.1% (234), 92.4% (235).
  ['holdout 232 (淮南-like 沉陷区 矿工 光伏水面, 中秋 2027)', `${root}tests/fixtures/parser-holdout-232.jsonl`, `${root}tests/fixtures/parser-holdout-232.units.json`, 89.5, 0],
  ['holdout 233 (伊犁-like 哈萨克族 薰衣草 冬窝子, 古尔邦节 2026)', `${root}tests/fixtures/parser-holdout-233.jsonl`, `${root}tests/fixtures/parser-holdout-233.units.json`, 89.0, 0],
  ['holdout 234 (遵义-like 酱香 辣椒 茶园, 端午 七一 2031)', `${root}tests/fixtures/parser-holdout-234.jsonl`, `${root}tests/fixtures/parser-holdout-234.units.json`, 96.6, 0],
  ['holdout 235 (大同-like 黄花 热电 沉陷, 春节 2027)', `${root}tests/fixtures/parser-holdout-235.jsonl`, `${root}tests/fixtures/parser-holdout-235.units.json`, 91.9, 0],
  // First runs on 3950804 as well (written while 232-235 were read), before anyone opened them: 91.4% (236), 91.4% (237),
  // 90.5% (238), 94.8% (239), no unsafe zero report.
  ['holdout 236 (盐城-like 滩涂 盐场 风电, 国庆 2027)', `${root}tests/fixtures/parser-holdout-236.jsonl`, `${root}tests/fixtures/parser-holdout-236.units.json`, 90.9, 0],
  ['holdout 237 (梅州-like 客家 金柚 稀土, 春节 2027)', `${root}tests/fixtures/parser-holdout-237.jsonl`, `${root}tests/fixtures/parser-holdout-237.units.json`, 90.9, 0],
  ['holdout 238 (日喀则-like 后藏 草场 边贸 搬迁, 藏历新年 2026)', `${root}tests/fixtures/parser-holdout-238.jsonl`, `${root}tests/fixtures/parser-holdout-238.units.json`, 90.0, 0],
  ['holdout 239 (保定-like 箱包 退耕还淀, 五一 2027)', `${root}tests/fixtures/parser-holdout-239.jsonl`, `${root}tests/fixtures/parser-holdout-239.units.json`, 94.3, 0],
  // First runs on 8cb0ac5 (the last parser commit), before anyone opened them: 94.3% (240), 91.0% (241), 92.9% (242), 90.5%
  // (243); 240-242 had 1 unsafe zero report each, read and fixed (e78e20f).
  ['holdout 240 (咸宁-like 鄂南 温泉征地 苎麻, 国庆 中秋 2025)', `${root}tests/fixtures/parser-holdout-240.jsonl`, `${root}tests/fixtures/parser-holdout-240.units.json`, 93.8, 0],
  ['holdout 241 (东营-like 黄河口 油田 虾蟹池, 端午 2026)', `${root}tests/fixtures/parser-holdout-241.jsonl`, `${root}tests/fixtures/parser-holdout-241.units.json`, 90.5, 0],
  ['holdout 242 (百色-like 壮族 瑶族 铝土矿 芒果, 三月三 2026)', `${root}tests/fixtures/parser-holdout-242.jsonl`, `${root}tests/fixtures/parser-holdout-242.units.json`, 92.4, 0],
  ['holdout 243 (长治-like 采空区 小米 煤矿, 国庆 2027)', `${root}tests/fixtures/parser-holdout-243.jsonl`, `${root}tests/fixtures/parser-holdout-243.units.json`, 90.0, 0],
  // First runs on 9a7f086 (the last parser commit), before anyone opened them: 92.4% (244), 92.9% (245), 94.3% (246), 93.8%
  // (247), no unsafe zero report; not read.
  ['holdout 244 (肇庆-like 西江 砂糖橘 石材, 春节 2027)', `${root}tests/fixtures/parser-holdout-244.jsonl`, `${root}tests/fixtures/parser-holdout-244.units.json`, 91.9, 0],
  ['holdout 245 (天门-like 江汉 虾稻 服装厂, 端午 2026)', `${root}tests/fixtures/parser-holdout-245.jsonl`, `${root}tests/fixtures/parser-holdout-245.units.json`, 92.4, 0],
  ['holdout 246 (酒泉-like 河西 光伏 移民, 国庆 2027)', `${root}tests/fixtures/parser-holdout-246.jsonl`, `${root}tests/fixtures/parser-holdout-246.units.json`, 93.8, 0],
  ['holdout 247 (三明-like 闽西北 林权 竹木 景区, 清明 2027)', `${root}tests/fixtures/parser-holdout-247.jsonl`, `${root}tests/fixtures/parser-holdout-247.units.json`, 93.3, 0],
  // First runs on eb3b84a (the last parser commit; d08cb23 gives the same outputs), before anyone opened them: 96.2% (248),
  // 91.4% (249), 92.4% (250, 1 unsafe zero report, read and fixed on 04acf72), 94.3% (251).
  ['holdout 248 (怀化-like 湘西南 移民 杨梅, 春节 2027)', `${root}tests/fixtures/parser-holdout-248.jsonl`, `${root}tests/fixtures/parser-holdout-248.units.json`, 95.7, 0],
  ['holdout 249 (黄山-like 徽州 景区 茶厂, 国庆 2026)', `${root}tests/fixtures/parser-holdout-249.jsonl`, `${root}tests/fixtures/parser-holdout-249.units.json`, 90.9, 0],
  ['holdout 250 (九江-like 鄱阳湖 禁捕 砂石, 两会 2027)', `${root}tests/fixtures/parser-holdout-250.jsonl`, `${root}tests/fixtures/parser-holdout-250.units.json`, 91.9, 0],
  ['holdout 251 (荆门-like 鄂中 磷矿 塌陷, 中秋 2027)', `${root}tests/fixtures/parser-holdout-251.jsonl`, `${root}tests/fixtures/parser-holdout-251.units.json`, 93.8, 0],
  // First runs on d08cb23 (the last parser commit), before anyone opened them: 88.6% (252), 91.4% (253), 92.4% (254),
  // 91.0% (255, 2 unsafe zero reports, read and fixed on 6009b66).
  ['holdout 252 (承德-like 冀北 民宿 风电, 国庆 2027)', `${root}tests/fixtures/parser-holdout-252.jsonl`, `${root}tests/fixtures/parser-holdout-252.units.json`, 88.1, 0],
  ['holdout 253 (牡丹江-like 林场 水稻, 元旦 2028)', `${root}tests/fixtures/parser-holdout-253.jsonl`, `${root}tests/fixtures/parser-holdout-253.units.json`, 90.9, 0],
  ['holdout 254 (固原-like 西海固 移民 肉牛, 两会 2027)', `${root}tests/fixtures/parser-holdout-254.jsonl`, `${root}tests/fixtures/parser-holdout-254.units.json`, 91.9, 0],
  ['holdout 255 (普洱-like 滇南 咖啡 茶园, 火把节 2027)', `${root}tests/fixtures/parser-holdout-255.jsonl`, `${root}tests/fixtures/parser-holdout-255.units.json`, 90.5, 0],
  // First runs on 04acf72 (the last parser commit), before anyone opened them: 92.9% (256), 90.0% (257), 94.3% (258, 2
  // unsafe zero reports, read and fixed on 95b498a), 87.6% (259).
  ['holdout 256 (聊城-like 鲁西 大棚 冷库, 五一 2027)', `${root}tests/fixtures/parser-holdout-256.jsonl`, `${root}tests/fixtures/parser-holdout-256.units.json`, 92.4, 0],
  ['holdout 257 (达州-like 川东 气田 搬迁, 春节 2028)', `${root}tests/fixtures/parser-holdout-257.jsonl`, `${root}tests/fixtures/parser-holdout-257.units.json`, 89.5, 0],
  ['holdout 258 (宁德-like 闽东 渔排 茶厂, 国庆 2026)', `${root}tests/fixtures/parser-holdout-258.jsonl`, `${root}tests/fixtures/parser-holdout-258.units.json`, 93.8, 0],
  ['holdout 259 (临夏-like 回族 牛市 拉面, 古尔邦节 2027)', `${root}tests/fixtures/parser-holdout-259.jsonl`, `${root}tests/fixtures/parser-holdout-259.units.json`, 87.1, 0],
  // First runs on 6009b66 (the last parser commit), before anyone opened them: 94.3% (260), 95.7% (261, 1 unsafe zero
  // report, read and fixed on f4f6c7f), 92.4% (262), 91.0% (263).
  ['holdout 260 (漯河-like 豫中 肉联厂 拆迁, 中秋 2026)', `${root}tests/fixtures/parser-holdout-260.jsonl`, `${root}tests/fixtures/parser-holdout-260.units.json`, 93.8, 0],
  ['holdout 261 (雅安-like 川西 水电 茶厂, 春节 2027)', `${root}tests/fixtures/parser-holdout-261.jsonl`, `${root}tests/fixtures/parser-holdout-261.units.json`, 95.2, 0],
  ['holdout 262 (韶关-like 粤北 瑶族 矿山 景区, 清明 2027)', `${root}tests/fixtures/parser-holdout-262.jsonl`, `${root}tests/fixtures/parser-holdout-262.units.json`, 91.9, 0],
  ['holdout 263 (运城-like 晋南 苹果 滩地, 五一 2026)', `${root}tests/fixtures/parser-holdout-263.jsonl`, `${root}tests/fixtures/parser-holdout-263.units.json`, 90.5, 0],
  // First runs before anyone opened them, on the last parser commit: 92.9% (264, on 95b498a), 92.9% (265), 88.6% (266, 1
  // unsafe zero report, read and fixed on 7789ac8), 90.5% (267), the last three on f4f6c7f.
  ['holdout 264 (连云港-like 苏北 港口 紫菜, 国庆 2027)', `${root}tests/fixtures/parser-holdout-264.jsonl`, `${root}tests/fixtures/parser-holdout-264.units.json`, 92.4, 0],
  ['holdout 265 (毕节-like 黔西北 煤矿 搬迁, 彝族年 2027)', `${root}tests/fixtures/parser-holdout-265.jsonl`, `${root}tests/fixtures/parser-holdout-265.units.json`, 92.4, 0],
  ['holdout 266 (湖州-like 浙北 民宿 竹木, 国庆 2026)', `${root}tests/fixtures/parser-holdout-266.jsonl`, `${root}tests/fixtures/parser-holdout-266.units.json`, 88.1, 0],
  ['holdout 267 (安康-like 陕南 水库 茶叶, 端午 2027)', `${root}tests/fixtures/parser-holdout-267.jsonl`, `${root}tests/fixtures/parser-holdout-267.units.json`, 90.0, 0],
  // First runs before anyone opened them, on the last parser commit: 86.7% (268), 93.8% (269), 95.7% (271) on b2fc308;
  // 91.9% (270, 1 unsafe zero report, read and fixed on 7b4bbaf) on 7789ac8.
  ['holdout 268 (周口-like 豫东 产业园 制衣厂, 春节 2027)', `${root}tests/fixtures/parser-holdout-268.jsonl`, `${root}tests/fixtures/parser-holdout-268.units.json`, 86.2, 0],
  ['holdout 269 (钦州-like 桂南 蚝排 荔枝, 三月三 2027)', `${root}tests/fixtures/parser-holdout-269.jsonl`, `${root}tests/fixtures/parser-holdout-269.units.json`, 93.3, 0],
  ['holdout 270 (锦州-like 辽西 农场 冷库, 国庆 2026)', `${root}tests/fixtures/parser-holdout-270.jsonl`, `${root}tests/fixtures/parser-holdout-270.units.json`, 91.4, 0],
  ['holdout 271 (凯里-like 黔东南 苗年 景区, 苗年 2026)', `${root}tests/fixtures/parser-holdout-271.jsonl`, `${root}tests/fixtures/parser-holdout-271.units.json`, 95.2, 0],
  // First runs on 7b4bbaf (the last parser commit), before anyone opened them: 90.0% (272), 93.3% (273), 94.3% (274),
  // 94.8% (275), no unsafe zero report; not read.
  ['holdout 272 (德州-like 鲁西北 光伏 棉花, 国庆 2026)', `${root}tests/fixtures/parser-holdout-272.jsonl`, `${root}tests/fixtures/parser-holdout-272.units.json`, 89.5, 0],
  ['holdout 273 (丽水-like 浙南 畲族 水库 香菇, 清明 2027)', `${root}tests/fixtures/parser-holdout-273.jsonl`, `${root}tests/fixtures/parser-holdout-273.units.json`, 92.8, 0],
  ['holdout 274 (喀什-like 南疆 杏子 安居, 肉孜节 2027)', `${root}tests/fixtures/parser-holdout-274.jsonl`, `${root}tests/fixtures/parser-holdout-274.units.json`, 93.8, 0],
  ['holdout 275 (汉中-like 陕南 引水 茶叶, 国庆 2027)', `${root}tests/fixtures/parser-holdout-275.jsonl`, `${root}tests/fixtures/parser-holdout-275.units.json`, 94.3, 0],
  // First runs before anyone opened them, on the last parser commit: 91.4% (277), 95.2% (278) on 2781c3e; 91.0% (276),
  // 94.3% (279, 1 unsafe zero report, read and fixed on 0fc4206) on 5ba3540.
  ['holdout 276 (盐城-like 里下河 鱼塘 风电, 元旦 2027)', `${root}tests/fixtures/parser-holdout-276.jsonl`, `${root}tests/fixtures/parser-holdout-276.units.json`, 90.5, 0],
  ['holdout 277 (南平-like 闽北 茶山 竹厂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-277.jsonl`, `${root}tests/fixtures/parser-holdout-277.units.json`, 90.9, 0],
  ['holdout 278 (呼伦贝尔-like 嘎查 矿山 乳业, 那达慕 2027)', `${root}tests/fixtures/parser-holdout-278.jsonl`, `${root}tests/fixtures/parser-holdout-278.units.json`, 94.7, 0],
  ['holdout 279 (衢州-like 浙西 柑橘 化工园, 两会 2027)', `${root}tests/fixtures/parser-holdout-279.jsonl`, `${root}tests/fixtures/parser-holdout-279.units.json`, 93.8, 0],
  // First runs before anyone opened them, on the last parser commit (95eaa08): 92.4% (280), 93.8% (281), 92.4% (282),
  // 89.0% (283), 93.8% (284), 86.2% (285), 95.7% (286, 1 unsafe zero report), 89.5% (287, 2 unsafe zero reports); the
  // unsafe cases read and fixed on cf5dca1, 272's families on 9934c74.
  ['holdout 280 (宿迁-like 苏北 鱼塘 光伏, 元旦 2028)', `${root}tests/fixtures/parser-holdout-280.jsonl`, `${root}tests/fixtures/parser-holdout-280.units.json`, 91.9, 0],
  ['holdout 281 (滨州-like 鲁北 冬枣 大堤, 国庆 2027)', `${root}tests/fixtures/parser-holdout-281.jsonl`, `${root}tests/fixtures/parser-holdout-281.units.json`, 93.3, 0],
  ['holdout 282 (枣庄-like 鲁南 塌陷地 煤矿, 春节 2028)', `${root}tests/fixtures/parser-holdout-282.jsonl`, `${root}tests/fixtures/parser-holdout-282.units.json`, 91.9, 0],
  ['holdout 283 (晋城-like 晋东南 煤层气 巡视, 清明 2027)', `${root}tests/fixtures/parser-holdout-283.jsonl`, `${root}tests/fixtures/parser-holdout-283.units.json`, 88.5, 0],
  ['holdout 284 (商洛-like 陕南 尾矿库 搬迁, 春节 2027)', `${root}tests/fixtures/parser-holdout-284.jsonl`, `${root}tests/fixtures/parser-holdout-284.units.json`, 93.3, 0],
  ['holdout 285 (广元-like 川北 电站移民 猕猴桃, 端午 2027)', `${root}tests/fixtures/parser-holdout-285.jsonl`, `${root}tests/fixtures/parser-holdout-285.units.json`, 85.7, 0],
  ['holdout 286 (攀枝花-like 金沙江 彝族 钢厂, 火把节 2027)', `${root}tests/fixtures/parser-holdout-286.jsonl`, `${root}tests/fixtures/parser-holdout-286.units.json`, 95.2, 0],
  ['holdout 287 (玉溪-like 抚仙湖 退房还湖 烟站, 国庆 2027)', `${root}tests/fixtures/parser-holdout-287.jsonl`, `${root}tests/fixtures/parser-holdout-287.units.json`, 89.0, 0],
  // First runs before anyone opened them, on the last parser commit (cf5dca1): 94.8% (288), 95.7% (289), 95.2% (290, 1
  // unsafe zero report, read and fixed on 1c855cb), 96.7% (291).
  ['holdout 288 (文山-like 滇东南 壮苗 三七 边贸路, 春节 2027)', `${root}tests/fixtures/parser-holdout-288.jsonl`, `${root}tests/fixtures/parser-holdout-288.units.json`, 94.3, 0],
  ['holdout 289 (河池-like 桂西北 壮族 冶炼厂 桑蚕, 三月三 2027)', `${root}tests/fixtures/parser-holdout-289.jsonl`, `${root}tests/fixtures/parser-holdout-289.units.json`, 95.2, 0],
  ['holdout 290 (揭阳-like 潮汕 制衣 祠堂 焚烧厂, 元宵 2027)', `${root}tests/fixtures/parser-holdout-290.jsonl`, `${root}tests/fixtures/parser-holdout-290.units.json`, 94.7, 0],
  ['holdout 291 (鹤岗-like 东北 棚改 煤矿, 春节 2027)', `${root}tests/fixtures/parser-holdout-291.jsonl`, `${root}tests/fixtures/parser-holdout-291.units.json`, 96.2, 0],
  // First runs before anyone opened them, on the last parser commit (1c855cb): 94.8% (292), 96.2% (293), 95.7% (294),
  // 92.9% (295), no unsafe zero report; not read.
  ['holdout 292 (邵阳-like 湘中 采石 撤并校, 国庆 2027)', `${root}tests/fixtures/parser-holdout-292.jsonl`, `${root}tests/fixtures/parser-holdout-292.units.json`, 94.3, 0],
  ['holdout 293 (宿州-like 皖北 塌陷区 流转费, 春节 2027)', `${root}tests/fixtures/parser-holdout-293.jsonl`, `${root}tests/fixtures/parser-holdout-293.units.json`, 95.7, 0],
  ['holdout 294 (张掖-like 河西 水权 制种, 五一 2027)', `${root}tests/fixtures/parser-holdout-294.jsonl`, `${root}tests/fixtures/parser-holdout-294.units.json`, 95.2, 0],
  ['holdout 295 (阜新-like 辽西 风电 禁牧, 国庆 2027)', `${root}tests/fixtures/parser-holdout-295.jsonl`, `${root}tests/fixtures/parser-holdout-295.units.json`, 92.4, 0],
  // First runs before anyone opened them, on the last parser commit (7d887ac): 92.4% (296, 1 unsafe zero report), 87.1%
  // (297, 1 unsafe), 93.3% (298, 1 unsafe), 95.7% (299); the unsafe cases read and fixed on 4fbca1d, the others not read.
  ['holdout 296 (朔州-like 晋北 露天煤矿 禁牧, 元旦 2028)', `${root}tests/fixtures/parser-holdout-296.jsonl`, `${root}tests/fixtures/parser-holdout-296.units.json`, 91.9, 0],
  ['holdout 297 (漳州-like 闽南 蜜柚 虾塘, 中秋 2027)', `${root}tests/fixtures/parser-holdout-297.jsonl`, `${root}tests/fixtures/parser-holdout-297.units.json`, 86.6, 0],
  ['holdout 298 (驻马店-like 豫南 高铁 养猪场, 国庆 2027)', `${root}tests/fixtures/parser-holdout-298.jsonl`, `${root}tests/fixtures/parser-holdout-298.units.json`, 92.8, 0],
  ['holdout 299 (昭通-like 滇东北 搬迁 苹果, 春节 2027)', `${root}tests/fixtures/parser-holdout-299.jsonl`, `${root}tests/fixtures/parser-holdout-299.units.json`, 95.2, 0],
  // First runs before anyone opened them, on the last parser commit: 91.0% (300), 92.9% (301), 95.2% (302), 89.5% (303) on
  // 0578dbc; 93.8% (304), 92.9% (305), 87.1% (306, 1 unsafe), 93.3% (307, 1 unsafe), 91.9% (308), 93.8% (309), 92.9% (310),
  // 97.1% (311) on b582540. 300-303, 306, 307 read and fixed on bcc3a63; 304, 305, 308-311 on 9d055fa.
  ['holdout 300 (忻州-like 晋北 民宿 羊合作社, 国庆 2027)', `${root}tests/fixtures/parser-holdout-300.jsonl`, `${root}tests/fixtures/parser-holdout-300.units.json`, 90.5, 0],
  ['holdout 301 (衡水-like 冀南 湿地 皮毛作坊, 元旦 2028)', `${root}tests/fixtures/parser-holdout-301.jsonl`, `${root}tests/fixtures/parser-holdout-301.units.json`, 92.4, 0],
  ['holdout 302 (曲靖-like 滇东 烟草 灰场, 春节 2028)', `${root}tests/fixtures/parser-holdout-302.jsonl`, `${root}tests/fixtures/parser-holdout-302.units.json`, 94.7, 0],
  ['holdout 303 (茂名-like 粤西 荔枝 鱼塘 祠堂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-303.jsonl`, `${root}tests/fixtures/parser-holdout-303.units.json`, 89.0, 0],
  ['holdout 304 (巴中-like 川东北 互通 猕猴桃, 元旦 2028)', `${root}tests/fixtures/parser-holdout-304.jsonl`, `${root}tests/fixtures/parser-holdout-304.units.json`, 93.3, 0],
  ['holdout 305 (铜川-like 关中北部 塌陷 水泥厂, 春节 2028)', `${root}tests/fixtures/parser-holdout-305.jsonl`, `${root}tests/fixtures/parser-holdout-305.units.json`, 92.4, 0],
  ['holdout 306 (抚州-like 赣东 宗祠 采砂 移民, 国庆 2027)', `${root}tests/fixtures/parser-holdout-306.jsonl`, `${root}tests/fixtures/parser-holdout-306.units.json`, 86.6, 0],
  ['holdout 307 (绥化-like 黑龙江 农场 粮库 供暖, 元旦 2028)', `${root}tests/fixtures/parser-holdout-307.jsonl`, `${root}tests/fixtures/parser-holdout-307.units.json`, 92.8, 0],
  ['holdout 308 (松原-like 吉林西部 盐碱地 渔场, 元旦 2028)', `${root}tests/fixtures/parser-holdout-308.jsonl`, `${root}tests/fixtures/parser-holdout-308.units.json`, 91.4, 0],
  ['holdout 309 (永州-like 湘南 脐橙 瑶族 高铁, 国庆 2027)', `${root}tests/fixtures/parser-holdout-309.jsonl`, `${root}tests/fixtures/parser-holdout-309.units.json`, 93.3, 0],
  ['holdout 310 (随州-like 鄂北 香菇 专用车厂, 春节 2028)', `${root}tests/fixtures/parser-holdout-310.jsonl`, `${root}tests/fixtures/parser-holdout-310.units.json`, 92.4, 0],
  ['holdout 311 (乐山-like 川南 茶 盐井 彝族, 元旦 2028)', `${root}tests/fixtures/parser-holdout-311.jsonl`, `${root}tests/fixtures/parser-holdout-311.units.json`, 96.6, 0],
  // First runs before anyone opened them, on the last parser commit (fa3df1e): 96.7% (312), 90.5% (313), 94.8% (314), 91.4%
  // (315), 92.4% (316), 91.0% (317), 95.2% (318), 91.4% (319). 312-315 read and fixed on 9d055fa; 316, 317, 319 on 338f68f;
  // 318 on 645a832-5da2a51.
  ['holdout 312 (鹰潭-like 赣东北 冶炼厂 畲族, 元旦 2028)', `${root}tests/fixtures/parser-holdout-312.jsonl`, `${root}tests/fixtures/parser-holdout-312.units.json`, 96.2, 0],
  ['holdout 313 (保山-like 滇西 咖啡 温泉 傣族, 国庆 2027)', `${root}tests/fixtures/parser-holdout-313.jsonl`, `${root}tests/fixtures/parser-holdout-313.units.json`, 90.0, 0],
  ['holdout 314 (孝感-like 鄂东 物流园 化工厂, 春节 2028)', `${root}tests/fixtures/parser-holdout-314.jsonl`, `${root}tests/fixtures/parser-holdout-314.units.json`, 94.3, 0],
  ['holdout 315 (邢台-like 冀南 蓄滞洪区 校车, 国庆 2027)', `${root}tests/fixtures/parser-holdout-315.jsonl`, `${root}tests/fixtures/parser-holdout-315.units.json`, 90.9, 0],
  ['holdout 316 (亳州-like 皖北 药材 塌陷区, 春节 2028)', `${root}tests/fixtures/parser-holdout-316.jsonl`, `${root}tests/fixtures/parser-holdout-316.units.json`, 91.9, 0],
  ['holdout 317 (贺州-like 桂东 石材 瑶族 客家, 国庆 2027)', `${root}tests/fixtures/parser-holdout-317.jsonl`, `${root}tests/fixtures/parser-holdout-317.units.json`, 90.5, 0],
  ['holdout 318 (抚顺-like 辽东 塌陷 满族 林蛙, 元旦 2028)', `${root}tests/fixtures/parser-holdout-318.jsonl`, `${root}tests/fixtures/parser-holdout-318.units.json`, 94.7, 0],
  ['holdout 319 (郴州-like 湘南 稀土 渔民 瑶族, 国庆 2027)', `${root}tests/fixtures/parser-holdout-319.jsonl`, `${root}tests/fixtures/parser-holdout-319.units.json`, 90.9, 0],
  // First runs before anyone opened them, on the last parser commit (9d055fa): 92.4% (320), 97.1% (321), 94.3% (322), 91.0%
  // (323), no unsafe zero report; read and fixed on 645a832-5da2a51.
  ['holdout 320 (临沧-like 滇西南 古树茶 蔗款 佤族, 春节 2028)', `${root}tests/fixtures/parser-holdout-320.jsonl`, `${root}tests/fixtures/parser-holdout-320.units.json`, 91.9, 0],
  ['holdout 321 (益阳-like 湘北 洞庭 黑茶 竹业, 国庆 2027)', `${root}tests/fixtures/parser-holdout-321.jsonl`, `${root}tests/fixtures/parser-holdout-321.units.json`, 96.6, 0],
  ['holdout 322 (上饶-like 赣东北 景区门票 宗祠 高铁, 元旦 2028)', `${root}tests/fixtures/parser-holdout-322.jsonl`, `${root}tests/fixtures/parser-holdout-322.units.json`, 93.8, 0],
  ['holdout 323 (丹东-like 辽东 界河 草莓 朝鲜族 纸厂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-323.jsonl`, `${root}tests/fixtures/parser-holdout-323.units.json`, 90.5, 0],
  // First runs before anyone opened them, on the last parser commit: 94.8% (324), 93.3% (325), 94.3% and one unsafe zero
  // report (326, fixed before it was added), 94.3% (327), 94.8% (328), 88.6% (329), 95.7% (330), 90.5% (331) on 54fd1bb;
  // 91.4% (332), 96.2% (333), 94.8% (334), 89.5% (335) on 645a832.
  ['holdout 324 (崇左-like 桂西南 糖厂 互市 壮族, 春节 2028)', `${root}tests/fixtures/parser-holdout-324.jsonl`, `${root}tests/fixtures/parser-holdout-324.units.json`, 94.3, 0],
  ['holdout 325 (滁州-like 皖东 高速征地 化工园 稻虾, 国庆 2027)', `${root}tests/fixtures/parser-holdout-325.jsonl`, `${root}tests/fixtures/parser-holdout-325.units.json`, 92.8, 0],
  ['holdout 326 (宜春-like 赣西 锂矿 度假村 宗祠, 元旦 2028)', `${root}tests/fixtures/parser-holdout-326.jsonl`, `${root}tests/fixtures/parser-holdout-326.units.json`, 93.8, 0],
  ['holdout 327 (金华-like 浙中 五金 拆迁 电商 宗祠, 国庆 2027)', `${root}tests/fixtures/parser-holdout-327.jsonl`, `${root}tests/fixtures/parser-holdout-327.units.json`, 93.8, 0],
  ['holdout 328 (淮北-like 皖北 塌陷区 煤矿 秸秆, 元旦 2028)', `${root}tests/fixtures/parser-holdout-328.jsonl`, `${root}tests/fixtures/parser-holdout-328.units.json`, 94.3, 0],
  ['holdout 329 (德阳-like 川西 重建房 化工 渠水, 国庆 2027)', `${root}tests/fixtures/parser-holdout-329.jsonl`, `${root}tests/fixtures/parser-holdout-329.units.json`, 88.1, 0],
  ['holdout 330 (河源-like 粤北 客家 水库移民 稀土, 春节 2028)', `${root}tests/fixtures/parser-holdout-330.jsonl`, `${root}tests/fixtures/parser-holdout-330.units.json`, 95.2, 0],
  ['holdout 331 (阳江-like 粤西 渔船 刀剪 滩涂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-331.jsonl`, `${root}tests/fixtures/parser-holdout-331.units.json`, 90.0, 0],
  ['holdout 332 (玉林-like 桂东南 坟山 养猪 陶瓷, 春节 2028)', `${root}tests/fixtures/parser-holdout-332.jsonl`, `${root}tests/fixtures/parser-holdout-332.units.json`, 90.9, 0],
  ['holdout 333 (揭西-like 粤东 茶 祠堂 石场, 国庆 2027)', `${root}tests/fixtures/parser-holdout-333.jsonl`, `${root}tests/fixtures/parser-holdout-333.units.json`, 95.7, 0],
  ['holdout 334 (达州-like 川东 气田 搬迁 苎麻, 元旦 2028)', `${root}tests/fixtures/parser-holdout-334.jsonl`, `${root}tests/fixtures/parser-holdout-334.units.json`, 94.3, 0],
  ['holdout 335 (六安-like 皖西 后扶 茶厂 光伏, 国庆 2027)', `${root}tests/fixtures/parser-holdout-335.jsonl`, `${root}tests/fixtures/parser-holdout-335.units.json`, 89.0, 0],
  // First runs before anyone opened them, on the last parser commit (645a832): 92.9% (336), 95.7% (337), 94.8% (338),
  // 96.2% (339), no unsafe zero report. 324-343 read and fixed on 645a832-5da2a51.
  ['holdout 336 (泰州-like 苏中 里下河 船厂 垛田, 国庆 2027)', `${root}tests/fixtures/parser-holdout-336.jsonl`, `${root}tests/fixtures/parser-holdout-336.units.json`, 92.4, 0],
  ['holdout 337 (萍乡-like 赣西 煤矿 烟花 宗祠, 春节 2028)', `${root}tests/fixtures/parser-holdout-337.jsonl`, `${root}tests/fixtures/parser-holdout-337.units.json`, 95.2, 0],
  ['holdout 338 (龙岩-like 闽西 客家 土楼 稀土, 元旦 2028)', `${root}tests/fixtures/parser-holdout-338.jsonl`, `${root}tests/fixtures/parser-holdout-338.units.json`, 94.3, 0],
  ['holdout 339 (来宾-like 桂中 蔗款 林地 石场, 国庆 2027)', `${root}tests/fixtures/parser-holdout-339.jsonl`, `${root}tests/fixtures/parser-holdout-339.units.json`, 95.7, 0],
  // First runs before anyone opened them, on the last parser commit (930010a): 93.3% (340), 92.4% (341), 93.3% (342), 95.2%
  // and one unsafe zero report (343, fixed in 6b0d489 before it was added).
  ['holdout 340 (新余-like 赣中 钢厂 光伏 禁捕, 国庆 2027)', `${root}tests/fixtures/parser-holdout-340.jsonl`, `${root}tests/fixtures/parser-holdout-340.units.json`, 92.8, 0],
  ['holdout 341 (吉安-like 赣中 蜜柚 移民 校车, 元旦 2028)', `${root}tests/fixtures/parser-holdout-341.jsonl`, `${root}tests/fixtures/parser-holdout-341.units.json`, 91.9, 0],
  ['holdout 342 (云浮-like 粤西 石材 南药 庙会, 春节 2028)', `${root}tests/fixtures/parser-holdout-342.jsonl`, `${root}tests/fixtures/parser-holdout-342.units.json`, 92.8, 0],
  ['holdout 343 (常德-like 湘北 柑橘 退垸 渡船, 国庆 2027)', `${root}tests/fixtures/parser-holdout-343.jsonl`, `${root}tests/fixtures/parser-holdout-343.units.json`, 94.7, 0],
  // First runs before anyone opened them, on the last parser commit (6b0d489): 94.3% (344), 91.4% (345), 93.8% (346), 91.4%
  // (347), no unsafe zero report; read and fixed on 9cb7b52.
  ['holdout 344 (鹤壁-like 豫北 塌陷 禁渔 食品园, 元旦 2028)', `${root}tests/fixtures/parser-holdout-344.jsonl`, `${root}tests/fixtures/parser-holdout-344.units.json`, 93.8, 0],
  ['holdout 345 (楚雄-like 滇中 烤烟 复垦 火把节, 国庆 2027)', `${root}tests/fixtures/parser-holdout-345.jsonl`, `${root}tests/fixtures/parser-holdout-345.units.json`, 90.9, 0],
  ['holdout 346 (孝义-like 晋中 焦化 塌陷 红枣, 春节 2028)', `${root}tests/fixtures/parser-holdout-346.jsonl`, `${root}tests/fixtures/parser-holdout-346.units.json`, 93.3, 0],
  ['holdout 347 (铜仁-like 黔东 茶 搬迁 林界, 国庆 2027)', `${root}tests/fixtures/parser-holdout-347.jsonl`, `${root}tests/fixtures/parser-holdout-347.units.json`, 90.9, 0],
  // First runs before anyone opened them, on the last parser commit (868dc06): 91.4% (348), 94.8% (349), 89.0% (350),
  // 93.3% and one unsafe zero report (351, fixed before it was added); 351's unsafe case read, the rest not.
  ['holdout 348 (日照-like 鲁东南 港口 茶园 浴场, 国庆 2027)', `${root}tests/fixtures/parser-holdout-348.jsonl`, `${root}tests/fixtures/parser-holdout-348.units.json`, 90.9, 0],
  ['holdout 349 (潍坊-like 鲁中 大棚 风筝厂 高铁, 元旦 2028)', `${root}tests/fixtures/parser-holdout-349.jsonl`, `${root}tests/fixtures/parser-holdout-349.units.json`, 94.3, 0],
  ['holdout 350 (廊坊-like 冀中 家具城 物流园 煤改气, 春节 2028)', `${root}tests/fixtures/parser-holdout-350.jsonl`, `${root}tests/fixtures/parser-holdout-350.units.json`, 88.5, 0],
  ['holdout 351 (秦皇岛-like 冀东 浴场 禁渔 钢厂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-351.jsonl`, `${root}tests/fixtures/parser-holdout-351.units.json`, 92.8, 0],
  // First runs before anyone opened them, on the last parser commit (86cf674): 92.9% and 3 unsafe zero reports (352),
  // 91.4% and 1 (353), 91.4% (354), 93.3% (355), 94.3% (356), 89.5% (357), 89.5% and 1 (358), 92.9% (359);
  // the unsafe zero reports were fixed before they were added. All read after their first runs (twenty-fourth session).
  ['holdout 352 (平凉-like 冷库 沉陷区 退耕还林, 国庆 2027)', `${root}tests/fixtures/parser-holdout-352.jsonl`, `${root}tests/fixtures/parser-holdout-352.units.json`, 92.4, 0],
  ['holdout 353 (吴忠-like 奶牛 枸杞 移民村, 元旦 2028)', `${root}tests/fixtures/parser-holdout-353.jsonl`, `${root}tests/fixtures/parser-holdout-353.units.json`, 90.9, 0],
  ['holdout 354 (宝鸡-like 猕猴桃 高速 面皮, 春节 2028)', `${root}tests/fixtures/parser-holdout-354.jsonl`, `${root}tests/fixtures/parser-holdout-354.units.json`, 90.9, 0],
  ['holdout 355 (铁岭-like 国企 玉米 棚改 冬捕, 两会 2028)', `${root}tests/fixtures/parser-holdout-355.jsonl`, `${root}tests/fixtures/parser-holdout-355.units.json`, 92.8, 0],
  ['holdout 356 (乌兰察布-like 淀粉厂 风电 禁牧, 国庆 2027)', `${root}tests/fixtures/parser-holdout-356.jsonl`, `${root}tests/fixtures/parser-holdout-356.units.json`, 93.8, 0],
  ['holdout 357 (白城-like 水稻 盐碱地 砖厂, 元旦 2028)', `${root}tests/fixtures/parser-holdout-357.jsonl`, `${root}tests/fixtures/parser-holdout-357.units.json`, 89.0, 0],
  ['holdout 358 (通化-like 人参 葡萄酒厂 棚户区, 端午 2028)', `${root}tests/fixtures/parser-holdout-358.jsonl`, `${root}tests/fixtures/parser-holdout-358.units.json`, 89.0, 0],
  ['holdout 359 (鸡西-like 煤矿 沉陷区 林场, 春节 2028)', `${root}tests/fixtures/parser-holdout-359.jsonl`, `${root}tests/fixtures/parser-holdout-359.units.json`, 92.4, 0],
  // First runs before anyone opened them, on the last parser commit (86cf674): 93.8% (360), 94.3% (361), 93.3% (362), 93.3% (363);
  // all read after their first runs (twenty-fourth session).
  ['holdout 360 (陇南-like 花椒 水电站 滑坡, 国庆 2027)', `${root}tests/fixtures/parser-holdout-360.jsonl`, `${root}tests/fixtures/parser-holdout-360.units.json`, 93.3, 0],
  ['holdout 361 (驻马店-like 芝麻 农田 面粉厂, 春节 2028)', `${root}tests/fixtures/parser-holdout-361.jsonl`, `${root}tests/fixtures/parser-holdout-361.units.json`, 93.8, 0],
  ['holdout 362 (孝感-like 莲藕 高铁 米酒厂, 元旦 2028)', `${root}tests/fixtures/parser-holdout-362.jsonl`, `${root}tests/fixtures/parser-holdout-362.units.json`, 92.8, 0],
  ['holdout 363 (上饶-like 茶叶 景区 光伏 宗祠, 五一 2028)', `${root}tests/fixtures/parser-holdout-363.jsonl`, `${root}tests/fixtures/parser-holdout-363.units.json`, 92.8, 0],
  // First runs before anyone opened them, on the last parser commit (d8867b7): 94.8% (364), 91.4% and 1 unsafe zero
  // report (365), 91.9% and 1 (366), 92.4% (367);
  // the unsafe zero reports were fixed (ccbf420) before they were added; all read after their first runs.
  ['holdout 364 (临汾-like 焦化厂 冷库 沉陷区, 国庆 2027)', `${root}tests/fixtures/parser-holdout-364.jsonl`, `${root}tests/fixtures/parser-holdout-364.units.json`, 94.3, 0],
  ['holdout 365 (锡林郭勒-like 矿区 草场 奶站, 元旦 2028)', `${root}tests/fixtures/parser-holdout-365.jsonl`, `${root}tests/fixtures/parser-holdout-365.units.json`, 90.9, 0],
  ['holdout 366 (武威-like 粮贸 移民村 温室, 春节 2028)', `${root}tests/fixtures/parser-holdout-366.jsonl`, `${root}tests/fixtures/parser-holdout-366.units.json`, 91.4, 0],
  ['holdout 367 (中卫-like 枸杞 景区 线路, 端午 2028)', `${root}tests/fixtures/parser-holdout-367.jsonl`, `${root}tests/fixtures/parser-holdout-367.units.json`, 91.9, 0],
  // First runs before anyone opened them, on the last parser commit (f64d4ae): 93.3% (368), 96.7% (369), 89.5% (370),
  // 90.0% (371), no unsafe zero report;
  // 371 read in the twenty-fourth session, 368-370 in the twenty-fifth; families fixed in 928647c and d138881.
  ['holdout 368 (巴彦淖尔-like 葵花 水费 盐碱地, 国庆 2027)', `${root}tests/fixtures/parser-holdout-368.jsonl`, `${root}tests/fixtures/parser-holdout-368.units.json`, 92.8, 0],
  ['holdout 369 (石嘴山-like 煤矿 沉陷区 化工园, 元旦 2028)', `${root}tests/fixtures/parser-holdout-369.jsonl`, `${root}tests/fixtures/parser-holdout-369.units.json`, 96.2, 0],
  ['holdout 370 (阳泉-like 煤业 移民 水泥厂, 春节 2028)', `${root}tests/fixtures/parser-holdout-370.jsonl`, `${root}tests/fixtures/parser-holdout-370.units.json`, 89.0, 0],
  ['holdout 371 (伊春-like 林场 蓝莓 棚改, 两会 2028)', `${root}tests/fixtures/parser-holdout-371.jsonl`, `${root}tests/fixtures/parser-holdout-371.units.json`, 89.5, 0],
  // First runs before anyone opened them, on the last parser commit (6e0442b, parser as 928647c): 91.9% (372), 94.8% (373),
  // 86.7% (374), 94.8% (375), no unsafe zero report;
  // all read after their first runs (twenty-fifth session).
  ['holdout 372 (金昌-like 镍都 沉陷区 温室 冶炼厂, 国庆 2027)', `${root}tests/fixtures/parser-holdout-372.jsonl`, `${root}tests/fixtures/parser-holdout-372.units.json`, 91.4, 0],
  ['holdout 373 (七台河-like 煤矿 棚改 供暖, 元旦 2028)', `${root}tests/fixtures/parser-holdout-373.jsonl`, `${root}tests/fixtures/parser-holdout-373.units.json`, 94.3, 0],
  ['holdout 374 (阿拉善-like 禁牧 盐湖 移民, 建军节 2027)', `${root}tests/fixtures/parser-holdout-374.jsonl`, `${root}tests/fixtures/parser-holdout-374.units.json`, 86.2, 0],
  ['holdout 375 (乌海-like 化工园 焦化 葡萄, 春节 2028)', `${root}tests/fixtures/parser-holdout-375.jsonl`, `${root}tests/fixtures/parser-holdout-375.units.json`, 94.3, 0],
  // First runs before anyone opened them, on the last parser commit (59c0747): 98.1% (376), 95.7% (377), 91.9% (378),
  // 95.7% (379), no unsafe zero report;
  // all read after their first runs (twenty-fifth session).
  ['holdout 376 (嘉峪关-like 钢厂 关城 葡萄, 五一 2028)', `${root}tests/fixtures/parser-holdout-376.jsonl`, `${root}tests/fixtures/parser-holdout-376.units.json`, 97.6, 0],
  ['holdout 377 (双鸭山-like 塌陷 农场 林场, 春节 2028)', `${root}tests/fixtures/parser-holdout-377.jsonl`, `${root}tests/fixtures/parser-holdout-377.units.json`, 95.2, 0],
  ['holdout 378 (张家界-like 景区 莓茶 民宿, 国庆 2027)', `${root}tests/fixtures/parser-holdout-378.jsonl`, `${root}tests/fixtures/parser-holdout-378.units.json`, 91.4, 0],
  ['holdout 379 (百色-like 芒果 铝土矿 水库, 三月三 2028)', `${root}tests/fixtures/parser-holdout-379.jsonl`, `${root}tests/fixtures/parser-holdout-379.units.json`, 95.2, 0],
  // First runs before anyone opened them, on the last parser commit: a558123 for 380-383, 3b5c352 for 384-387: 92.9% and 1
  // unsafe zero report (380), 94.8% (381), 93.8% (382), 94.8% (383), 95.2% (384), 94.3% and 1 (385), 97.1% and 1 (386),
  // 91.4% and 1 (387); the unsafe zero reports were fixed (3b5c352 and the commit after it) before they were added; all
  // read after their first runs (twenty-fifth session).
  ['holdout 380 (昭通-like 苹果 搬迁 水库 煤矿, 火把节 2028)', `${root}tests/fixtures/parser-holdout-380.jsonl`, `${root}tests/fixtures/parser-holdout-380.units.json`, 92.4, 0],
  ['holdout 381 (黑河-like 口岸 农场 林区, 国庆 2027)', `${root}tests/fixtures/parser-holdout-381.jsonl`, `${root}tests/fixtures/parser-holdout-381.units.json`, 94.3, 0],
  ['holdout 382 (亳州-like 药市 白芷 酒厂 沉陷, 元旦 2028)', `${root}tests/fixtures/parser-holdout-382.jsonl`, `${root}tests/fixtures/parser-holdout-382.units.json`, 93.3, 0],
  ['holdout 383 (南平-like 岩茶 竹业 高铁, 国庆 2027)', `${root}tests/fixtures/parser-holdout-383.jsonl`, `${root}tests/fixtures/parser-holdout-383.units.json`, 94.3, 0],
  ['holdout 384 (宿州-like 塌陷 梨园 物流园, 春节 2028)', `${root}tests/fixtures/parser-holdout-384.jsonl`, `${root}tests/fixtures/parser-holdout-384.units.json`, 94.7, 0],
  ['holdout 385 (衡水-like 湖区 枣园 橡胶厂, 两会 2028)', `${root}tests/fixtures/parser-holdout-385.jsonl`, `${root}tests/fixtures/parser-holdout-385.units.json`, 93.8, 0],
  ['holdout 386 (常德-like 渔民 柑橘 砂石场, 端午 2028)', `${root}tests/fixtures/parser-holdout-386.jsonl`, `${root}tests/fixtures/parser-holdout-386.units.json`, 96.6, 0],
  ['holdout 387 (茂名-like 荔枝 石化 鱼塘, 国庆 2027)', `${root}tests/fixtures/parser-holdout-387.jsonl`, `${root}tests/fixtures/parser-holdout-387.units.json`, 90.9, 0],
  // First runs before anyone opened them, on the last parser commit (eb88235): 94.8% (388), 96.7% (389), 93.8% (390),
  // 93.3% (391), no unsafe zero report; all read after their first runs (twenty-sixth session).
  ['holdout 388 (辽源-like 袜业园 棚改 鹿场, 元旦 2027)', `${root}tests/fixtures/parser-holdout-388.jsonl`, `${root}tests/fixtures/parser-holdout-388.units.json`, 94.3, 0],
  ['holdout 389 (果洛-like 草场 虫草 生态移民, 藏历新年 2027)', `${root}tests/fixtures/parser-holdout-389.jsonl`, `${root}tests/fixtures/parser-holdout-389.units.json`, 96.2, 0],
  ['holdout 390 (遂宁-like 柑橘 流转 高速 敬老院, 春节 2027)', `${root}tests/fixtures/parser-holdout-390.jsonl`, `${root}tests/fixtures/parser-holdout-390.units.json`, 93.3, 0],
  ['holdout 391 (自贡-like 盐井 彩灯 滑坡安置, 两会 2027)', `${root}tests/fixtures/parser-holdout-391.jsonl`, `${root}tests/fixtures/parser-holdout-391.units.json`, 92.8, 0],
  // First runs before anyone opened them, on the last parser commit (ee456e2): 89.5% (392), 91.9% and 1 unsafe zero report
  // (393), 90.5% (394), 95.7% (395), 90.5% and 2 (396), 90.5% (397), 91.0% (398), 88.6% (399); the unsafe zero reports were
  // fixed (ee3d07f) before they were added; all read after their first runs (twenty-sixth session).
  ['holdout 392 (防城港-like 互市 蚝排 渔港, 春节 2027)', `${root}tests/fixtures/parser-holdout-392.jsonl`, `${root}tests/fixtures/parser-holdout-392.units.json`, 89.0, 0],
  ['holdout 393 (哈密-like 瓜园 铁路 棚户区, 元旦 2027)', `${root}tests/fixtures/parser-holdout-393.jsonl`, `${root}tests/fixtures/parser-holdout-393.units.json`, 91.4, 0],
  ['holdout 394 (德宏-like 蔗款 口岸 咖啡, 泼水节 2027)', `${root}tests/fixtures/parser-holdout-394.jsonl`, `${root}tests/fixtures/parser-holdout-394.units.json`, 90.0, 0],
  ['holdout 395 (白银-like 冶炼厂 砂石 搬迁, 两会 2027)', `${root}tests/fixtures/parser-holdout-395.jsonl`, `${root}tests/fixtures/parser-holdout-395.units.json`, 95.2, 0],
  ['holdout 396 (吐鲁番-like 葡萄 坎儿井 光伏, 国庆 2027)', `${root}tests/fixtures/parser-holdout-396.jsonl`, `${root}tests/fixtures/parser-holdout-396.units.json`, 90.0, 0],
  ['holdout 397 (山南-like 电站 青稞 小康村, 雪顿节 2027)', `${root}tests/fixtures/parser-holdout-397.jsonl`, `${root}tests/fixtures/parser-holdout-397.units.json`, 90.0, 0],
  ['holdout 398 (阿勒泰-like 转场 滑雪场 冬窝子, 元旦 2028)', `${root}tests/fixtures/parser-holdout-398.jsonl`, `${root}tests/fixtures/parser-holdout-398.units.json`, 90.5, 0],
  ['holdout 399 (林芝-like 茶园 旅游公路 松茸, 桃花节 2028)', `${root}tests/fixtures/parser-holdout-399.jsonl`, `${root}tests/fixtures/parser-holdout-399.units.json`, 88.1, 0],
  // First runs before anyone opened them, on the last parser commit (ee3d07f): 93.8% (400; 93.8% on ee456e2 too, run first
  // there by mistake), 93.3% (401), 93.3% (402), 94.8% (403), no unsafe zero report; all read after their first runs
  // (twenty-sixth session).
  ['holdout 400 (海西-like 枸杞 盐湖 移民, 国庆 2027)', `${root}tests/fixtures/parser-holdout-400.jsonl`, `${root}tests/fixtures/parser-holdout-400.units.json`, 93.3, 0],
  ['holdout 401 (黄南-like 唐卡 草场 土族, 春节 2028)', `${root}tests/fixtures/parser-holdout-401.jsonl`, `${root}tests/fixtures/parser-holdout-401.units.json`, 92.8, 0],
  ['holdout 402 (吴忠-like 回族 扬黄 移民, 开斋节 2028)', `${root}tests/fixtures/parser-holdout-402.jsonl`, `${root}tests/fixtures/parser-holdout-402.units.json`, 92.8, 0],
  ['holdout 403 (阿里-like 小康村 光伏 转场, 藏历新年 2028)', `${root}tests/fixtures/parser-holdout-403.jsonl`, `${root}tests/fixtures/parser-holdout-403.units.json`, 94.3, 0],
  // First runs before anyone opened them, on the last parser commit (4a15998): 94.8% (404), 95.7% (405), 91.9% (406),
  // 83.3% and 1 unsafe zero report (407, fixed before it was added); all read after their first runs (twenty-sixth session).
  ['holdout 404 (内江-like 糖厂 蔗农 高铁站, 清明 2028)', `${root}tests/fixtures/parser-holdout-404.jsonl`, `${root}tests/fixtures/parser-holdout-404.units.json`, 94.3, 0],
  ['holdout 405 (泸州-like 酒厂 高粱 退捕, 国庆 2028)', `${root}tests/fixtures/parser-holdout-405.jsonl`, `${root}tests/fixtures/parser-holdout-405.units.json`, 95.2, 0],
  ['holdout 406 (塔城-like 口岸 红花 牧场, 两会 2028)', `${root}tests/fixtures/parser-holdout-406.jsonl`, `${root}tests/fixtures/parser-holdout-406.units.json`, 91.4, 0],
  ['holdout 407 (迪庆-like 松茸 景区 搬迁, 春节 2028)', `${root}tests/fixtures/parser-holdout-407.jsonl`, `${root}tests/fixtures/parser-holdout-407.units.json`, 82.8, 0],
  // First runs before anyone opened them, on the last parser commit: d95f1f0 for 408-415 (94.3%, 91.0%, 91.9%, 92.4% and 2 unsafe
  // zero reports, 95.7%, 83.3%, 93.8%, 93.8%), ea13c22 for 416-423 (93.3%, 95.7%, 96.7% and 1 unsafe, 91.9%, 91.0% and 1 unsafe,
  // 91.4%, 93.8%, 94.8% and 1 unsafe); every unsafe one fixed before they were added; all read after their first runs
  // (twenty-seventh session).
  ['holdout 408 (资阳-like 柠檬 机场征地 机车厂, 国庆 2028)', `${root}tests/fixtures/parser-holdout-408.jsonl`, `${root}tests/fixtures/parser-holdout-408.units.json`, 93.8, 0],
  ['holdout 409 (昌吉-like 轧花厂 煤化工 回族 哈萨克, 五一 2028)', `${root}tests/fixtures/parser-holdout-409.jsonl`, `${root}tests/fixtures/parser-holdout-409.units.json`, 90.5, 0],
  ['holdout 410 (和田-like 红枣 玉石 维吾尔, 国庆 2028)', `${root}tests/fixtures/parser-holdout-410.jsonl`, `${root}tests/fixtures/parser-holdout-410.units.json`, 91.4, 0],
  ['holdout 411 (海南州-like 牧委会 光伏 租金, 端午 2028)', `${root}tests/fixtures/parser-holdout-411.jsonl`, `${root}tests/fixtures/parser-holdout-411.units.json`, 91.9, 0],
  ['holdout 412 (那曲-like 虫草 生态搬迁, 虫草季 2028)', `${root}tests/fixtures/parser-holdout-412.jsonl`, `${root}tests/fixtures/parser-holdout-412.units.json`, 95.2, 0],
  ['holdout 413 (甘孜-like 水电移民 民宿 景区, 元旦 2029)', `${root}tests/fixtures/parser-holdout-413.jsonl`, `${root}tests/fixtures/parser-holdout-413.units.json`, 82.8, 0],
  ['holdout 414 (巴州-like 香梨 冷库 油田, 国庆 2028)', `${root}tests/fixtures/parser-holdout-414.jsonl`, `${root}tests/fixtures/parser-holdout-414.units.json`, 93.3, 0],
  ['holdout 415 (博州-like 口岸 枸杞 兵团, 春节 2029)', `${root}tests/fixtures/parser-holdout-415.jsonl`, `${root}tests/fixtures/parser-holdout-415.units.json`, 93.3, 0],
  ['holdout 416 (克拉玛依-like 油建拆迁 油服欠薪, 元旦 2029)', `${root}tests/fixtures/parser-holdout-416.jsonl`, `${root}tests/fixtures/parser-holdout-416.units.json`, 92.8, 0],
  ['holdout 417 (昌都-like 葡萄酒合作社 318国道, 藏历新年 2029)', `${root}tests/fixtures/parser-holdout-417.jsonl`, `${root}tests/fixtures/parser-holdout-417.units.json`, 95.2, 0],
  ['holdout 418 (海北-like 牧场边界 景区, 国庆 2028)', `${root}tests/fixtures/parser-holdout-418.jsonl`, `${root}tests/fixtures/parser-holdout-418.units.json`, 96.2, 0],
  ['holdout 419 (兴安盟-like 嘎查 风电 旗盟, 春节 2029)', `${root}tests/fixtures/parser-holdout-419.jsonl`, `${root}tests/fixtures/parser-holdout-419.units.json`, 91.4, 0],
  ['holdout 420 (怒江-like 傈僳 搬迁 草果, 国庆 2028)', `${root}tests/fixtures/parser-holdout-420.jsonl`, `${root}tests/fixtures/parser-holdout-420.units.json`, 90.5, 0],
  ['holdout 421 (黔南-like 布依 煤矿 茶叶, 五一 2029)', `${root}tests/fixtures/parser-holdout-421.jsonl`, `${root}tests/fixtures/parser-holdout-421.units.json`, 90.9, 0],
  ['holdout 422 (武威-like 生态移民 光热 水权, 清明 2029)', `${root}tests/fixtures/parser-holdout-422.jsonl`, `${root}tests/fixtures/parser-holdout-422.units.json`, 93.3, 0],
  ['holdout 423 (阿克苏-like 苹果款 棉花合作社, 两会 2029)', `${root}tests/fixtures/parser-holdout-423.jsonl`, `${root}tests/fixtures/parser-holdout-423.units.json`, 94.3, 0],
  // First runs before anyone opened them, on the last parser commit: cd4e49a for 424-431 (91.9%, 91.9% and 1 unsafe zero
  // report, 92.9%, 93.8%, 88.1%, 94.3%, 93.3%, 93.8%), 8fc6cbf for 432-439 (95.7%, 87.6%, 95.2%, 87.6% and 1 unsafe, 94.3%,
  // 90.0%, 94.8% and 1 unsafe, 93.8%); every unsafe one fixed before they were added; all read after their first runs
  // (twenty-seventh session).
  ['holdout 424 (陇南-like 花椒 灾后重建, 端午 2029)', `${root}tests/fixtures/parser-holdout-424.jsonl`, `${root}tests/fixtures/parser-holdout-424.units.json`, 91.4, 0],
  ['holdout 425 (玉树-like 虫草 重建产权, 国庆 2029)', `${root}tests/fixtures/parser-holdout-425.jsonl`, `${root}tests/fixtures/parser-holdout-425.units.json`, 91.4, 0],
  ['holdout 426 (喀什-like 老城改造 巴扎, 古尔邦节 2029)', `${root}tests/fixtures/parser-holdout-426.jsonl`, `${root}tests/fixtures/parser-holdout-426.units.json`, 92.4, 0],
  ['holdout 427 (赤峰-like 确权 塌陷区, 元旦 2030)', `${root}tests/fixtures/parser-holdout-427.jsonl`, `${root}tests/fixtures/parser-holdout-427.units.json`, 93.3, 0],
  ['holdout 428 (昭通-like 彝族 安置区 苹果, 春节 2030)', `${root}tests/fixtures/parser-holdout-428.jsonl`, `${root}tests/fixtures/parser-holdout-428.units.json`, 87.6, 0],
  ['holdout 429 (黔东南-like 苗侗 景区分红, 苗年 2029)', `${root}tests/fixtures/parser-holdout-429.jsonl`, `${root}tests/fixtures/parser-holdout-429.units.json`, 93.8, 0],
  ['holdout 430 (伊犁-like 薰衣草 牧道 边境, 中秋 2029)', `${root}tests/fixtures/parser-holdout-430.jsonl`, `${root}tests/fixtures/parser-holdout-430.units.json`, 92.8, 0],
  ['holdout 431 (石嘴山-like 煤矿 棚改 回迁, 开斋节 2029)', `${root}tests/fixtures/parser-holdout-431.jsonl`, `${root}tests/fixtures/parser-holdout-431.units.json`, 93.3, 0],
  ['holdout 432 (定西-like 马铃薯 淀粉厂 搬迁, 中秋 2029)', `${root}tests/fixtures/parser-holdout-432.jsonl`, `${root}tests/fixtures/parser-holdout-432.units.json`, 95.2, 0],
  ['holdout 433 (临沧-like 佤 拉祜 蔗款, 泼水节 2030)', `${root}tests/fixtures/parser-holdout-433.jsonl`, `${root}tests/fixtures/parser-holdout-433.units.json`, 87.1, 0],
  ['holdout 434 (通辽-like 禁牧 玉米款, 国庆 2029)', `${root}tests/fixtures/parser-holdout-434.jsonl`, `${root}tests/fixtures/parser-holdout-434.units.json`, 94.7, 0],
  ['holdout 435 (楚雄-like 彝族 核桃 青苗, 火把节 2029)', `${root}tests/fixtures/parser-holdout-435.jsonl`, `${root}tests/fixtures/parser-holdout-435.units.json`, 87.1, 0],
  ['holdout 436 (河池-like 壮瑶 桑蚕 搬迁, 三月三 2030)', `${root}tests/fixtures/parser-holdout-436.jsonl`, `${root}tests/fixtures/parser-holdout-436.units.json`, 93.8, 0],
  ['holdout 437 (果洛-like 虫草证 生态移民, 藏历新年 2030)', `${root}tests/fixtures/parser-holdout-437.jsonl`, `${root}tests/fixtures/parser-holdout-437.units.json`, 89.5, 0],
  ['holdout 438 (中卫-like 压砂瓜 水权 光伏, 开斋节 2030)', `${root}tests/fixtures/parser-holdout-438.jsonl`, `${root}tests/fixtures/parser-holdout-438.units.json`, 94.3, 0],
  ['holdout 439 (怀化-like 侗苗 水库移民 柑橘, 春节 2030)', `${root}tests/fixtures/parser-holdout-439.jsonl`, `${root}tests/fixtures/parser-holdout-439.units.json`, 93.3, 0],
  // First runs before anyone opened them, on the last parser commit (715ba94, the parser of e753450): 91.4%, 95.2% and 1 unsafe
  // zero report, 98.1%, 92.4%, 96.7%, 91.9% and 1 unsafe, 94.3%, 91.0%; only the two unsafe ones read and fixed (2a1eb1f)
  // before they were added, the other misses left for a later session (twenty-seventh session).
  ['holdout 440 (丽江-like 纳西 古镇客栈 雪山牧场, 国庆 2029)', `${root}tests/fixtures/parser-holdout-440.jsonl`, `${root}tests/fixtures/parser-holdout-440.units.json`, 90.9, 0],
  ['holdout 441 (平凉-like 苹果冷库 煤电征地, 春节 2030)', `${root}tests/fixtures/parser-holdout-441.jsonl`, `${root}tests/fixtures/parser-holdout-441.units.json`, 94.7, 0],
  ['holdout 442 (安顺-like 屯堡 布依 景区门票 茶地, 五一 2030)', `${root}tests/fixtures/parser-holdout-442.jsonl`, `${root}tests/fixtures/parser-holdout-442.units.json`, 97.6, 0],
  ['holdout 443 (巴彦淖尔-like 河套 葵花款 秋浇, 中秋 2029)', `${root}tests/fixtures/parser-holdout-443.jsonl`, `${root}tests/fixtures/parser-holdout-443.units.json`, 91.9, 0],
  ['holdout 444 (贺州-like 瑶族 水电移民 脐橙, 盘王节 2029)', `${root}tests/fixtures/parser-holdout-444.jsonl`, `${root}tests/fixtures/parser-holdout-444.units.json`, 96.2, 0],
  ['holdout 445 (日喀则-like 边境小康村 青稞补贴, 雪顿节 2029)', `${root}tests/fixtures/parser-holdout-445.jsonl`, `${root}tests/fixtures/parser-holdout-445.units.json`, 91.4, 0],
  ['holdout 446 (文山-like 壮苗 三七 口岸公路, 国庆 2029)', `${root}tests/fixtures/parser-holdout-446.jsonl`, `${root}tests/fixtures/parser-holdout-446.units.json`, 93.8, 0],
  ['holdout 447 (海东-like 土族 撒拉族 拉面 高速征地, 开斋节 2030)', `${root}tests/fixtures/parser-holdout-447.jsonl`, `${root}tests/fixtures/parser-holdout-447.units.json`, 90.5, 0],
];

function score(corpus: string, units: string, bar: number): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${corpusDir}score-parse.mjs`, corpus, units], { cwd: root, env: { ...process.env, PARSE_BAR: String(bar) }, maxBuffer: 8 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('parser corpora (scorer, whole CLI)', () => {
  it.each(CORPORA)('%s: no unsafe zero report, fully right at or above its bar', async (_name, corpus, units, bar) => {
    const { code, out } = await score(corpus, units, bar);
    const m = /fully right \(([\d.]+)%\), unsafe zero reports: (\d+)/.exec(out);
    expect(m, out.slice(-2000)).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(bar);
    expect(Number(m?.[2])).toBe(0);
    expect(code).toBe(0);
  }, 120_000);

  it.each(UNFIXED)('%s (not fixed yet): no worse than its first run', async (_name, corpus, units, bar, unsafe) => {
    const { out } = await score(corpus, units, bar);
    const m = /fully right \(([\d.]+)%\), unsafe zero reports: (\d+)/.exec(out);
    expect(m, out.slice(-2000)).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(bar);
    expect(Number(m?.[2])).toBeLessThanOrEqual(unsafe);
  }, 120_000);
});
