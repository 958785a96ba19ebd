import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families from holdouts read in the twenty-fifth session (after their first runs), each tried on invented variants.

describe('a key person gone, and what is still being checked', () => {
  it('核实是不是去上访 says what is checked, it asks nothing', () => {
    const r = parse('杨树村重点人员刘某某中午坐班车走了，说去市里看孙子，包保干部在核实是不是去上访');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘某某', whereabouts: 'away' });
  });

  it('不知道是不是… is said too; with a question mark it is asked', () => {
    expect(kinds(parse('刘某某早上出门了，不知道是不是去县里'))).toContain('key_person');
    expect(kinds(parse('刘某某早上出门了，是不是去县里了？'))).toEqual(['chatter']);
  });

  it('去临河看病了: gone to a place named is away; a plan or a clinic is not', () => {
    expect(only(parse('杨树村重点人员巴图今天去五原看病了，儿子陪着'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('重点人员张某某上午去卫生院看病了'), 'key_person').persons[0]!.whereabouts).not.toBe('away');
  });
});

describe('threats said plainly', () => {
  it.each([
    ['刘某某说今天去区上，人在家', 'county'],
    ['周某某讲今天就去县里 在屋里生闷气', 'county'],
    ['刘某某说了 要是补偿款马坊给了我们不给 他也去市里 现在在家', 'city'],
  ])('%s: a threat to go to %s', (text, level) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: level });
  });

  it('说去区里了 is gone, not a threat', () => {
    expect(only(parse('刘某某说去区里了'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it.each(['情绪不大对', '情绪不对劲', '情绪大得很', '情绪很大'])('刘某某这两天%s is upset', (w) => {
    expect(only(parse(`刘某某这两天${w} 在家呢`), 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('情绪大体平稳 is calm', () => {
    expect(only(parse('刘某某情绪大体平稳，在家'), 'key_person').persons[0]!.state).toBe('stable');
  });
});

describe('groups counted roughly', () => {
  it.each(['有十来个老职工去区里了', '厂里有十几个职工去区上了', '又有二十多个养殖户去县上了'])('%s is an incident', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: null, collective: true });
  });
});

describe('hearsay, others and our own', () => {
  it('听说邻乡…，俺们的人在家: our own clause after the hearsay is ours', () => {
    const r = parse('听说邻乡马家沟今天有人去县里了，俺们杨树刘某某在家喂牛，没出门');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘某某', whereabouts: 'home' });
  });

  it('a person noun is no name: 果农都在家', () => {
    expect(kinds(parse('听说临县有果农到省里去了，咱杨树村果农都在家，今天零报告'))).toEqual(['zero_report']);
  });

  it('another unit’s zero report told as a lesson is chatter', () => {
    expect(kinds(parse('听说外乡有个村报了零报告，结果人跑北京去了，咱们可别这样', null))).toEqual(['chatter']);
    expect(kinds(parse('隔壁有一个社区发了零报告，后来有人去省里了，大家别这样', null))).toEqual(['chatter']);
  });

  it('a village of another township next to ours is elsewhere; two neighbours of ours are not', () => {
    expect(kinds(parse('杨树村零报告。与我村相邻的大王庄（东岗乡）有两户因地界吵架，已告知东岗乡。'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告，相邻的两户因地界吵架'))).not.toContain('zero_report');
  });

  it('这边好着呢 is a quiet day, after news of elsewhere disowned', () => {
    expect(kinds(parse('邻镇有人去市里上访了 跟我们杨树没关系 我们这边好着呢'))).toEqual(['zero_report']);
  });

  it('灵宝告 is 零报告 misheard', () => {
    expect(kinds(parse('杨树村今天灵宝告 无进京赴省到市上访'))).toEqual(['zero_report']);
  });
});

describe('corrections', () => {
  it('更正 20号那个打架的…: the day of the incident put right', () => {
    const r = parse('杨树村更正 18号那个打架的实际是两家5个人 不是七八个 已经调解了');
    expect(only(r, 'incident')).toMatchObject({ date: '2026-11-18', people: 5, correction: true });
  });

  it.each([
    ['更正：杨树村11月18日首报中上访人数12人应为14人，其余不变。', 14],
    ['更正：杨树村11月18日即时报告中人数“十一名”应为“十三名”，其余不变。', 13],
  ])('%s: the headcount of an incident reported before', (text, people) => {
    const r = parse(text);
    expect(only(r, 'incident')).toMatchObject({ date: '2026-11-18', people, correction: true });
  });

  it('排查2起应为排查3起: the field said again after 应为', () => {
    expect(only(parse('更正：刚才杨树村报的排查1起应为排查2起，化解1起不变。'), 'daily_assessment').counts).toMatchObject({ disputesFound: 2, disputesResolved: 1 });
  });

  it('零报告不对 重新报: a correction', () => {
    const r = parse('刚才报的零报告不对 重新报 刘某某一早又去县信访局了');
    expect(r.reports.every((x) => 'correction' in x && x.correction === true)).toBe(true);
    expect(kinds(r)).toContain('incident');
  });
});

describe('days', () => {
  it('以上为…情况 dates what is quoted above; 今天 dates the report', () => {
    expect(only(parse('转发：“马坊村11月18日研判：两户争水打架……”以上为前天情况，已化解。今天杨树村零报告。'), 'zero_report').date).toBe('2026-11-20');
    expect(only(parse('以上为18日情况，杨树村今日零报告。'), 'zero_report').date).toBe('2026-11-20');
    expect(only(parse('杨树村日研判：排查1起，化解1起。以上为18日情况'), 'daily_assessment').date).toBe('2026-11-18');
  });

  it('前天去区信访局反映后，今天在家: the petition is the background of today’s news', () => {
    const r = parse('杨树村刘某某前天去区信访局反映后，今天在家，情绪平稳，等答复。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(kinds(parse('杨树村刘某某前天去区信访局反映，今天在家'))).toContain('incident');
  });
});

describe('scenes', () => {
  it('拦着…的车不让走 is a flare-up; a bus held by snow is not', () => {
    expect(kinds(parse('杨树村刘某某在村口拦着镇里检查的车不让走，说低保给取消了'))).toContain('incident');
    expect(kinds(parse('杨树村零报告，公交车不让走了因为下雪'))).toEqual(['zero_report']);
  });
});

describe('names and places of the steppe', () => {
  it.each([
    ['乌云某今天在家，情绪稳定', '乌云某', 'home'],
    ['退役军人额尔敦某，说八一要去北京讨说法', '额尔敦某', 'unknown'],
    ['紧急！巴图某今早起联系不上，手机关机', '巴图某', 'away'],
  ])('%s: a name of known elements, masked with 某', (text, name, whereabouts) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, whereabouts });
  });

  it('巴特尔刚在群里发语音，说明天组织人去旗信访局: the person who just did it', () => {
    expect(only(parse('巴特尔刚在群里发语音，说补助的事明天组织人去旗信访局'), 'key_person').persons[0]).toMatchObject({ name: '巴特尔', escalation: 'county' });
  });

  it('赴旗, 向旗…局 are to the county', () => {
    expect(only(parse('有十来个牧民赴旗集体访'), 'incident').escalation).toBe('county');
    expect(only(parse('【即时报告】杨树村居民7户联名向旗住建局递交材料，反映房屋开裂问题'), 'incident').escalation).toBe('county');
  });

  it('不是我们嘎查的 disowns the news', () => {
    expect(kinds(parse('杨树村零报告。有牧民去旗里上访那个事不是我们嘎查的'))).toEqual(['zero_report']);
  });

  it('an alias that ends another township’s village name is not our unit', () => {
    const units = [{ name: '查干淖尔嘎查', aliases: ['查干嘎查'] }, { name: '杨树村', aliases: ['杨树'] }];
    const r = parseMessage({ text: '杨树村零报告。乌力吉苏木巴彦查干嘎查有牧民去旗里上访，不是我们村的', sentAt: new Date(SENT), senderUnit: '杨树村' }, units);
    expect(r.reports.map((x) => x.kind)).toEqual(['zero_report']);
  });

  it('在辖区…务工 and 今日在工地务工 are home; 今日在外地务工 is away', () => {
    expect(only(parse('重点人员刘某某，今日在辖区建筑工地务工，情绪稳定。'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('刘某某今日在工地务工，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
    expect(only(parse('刘某某今日在外地务工'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });

  it('a road closed for an event is no crowd', () => {
    expect(kinds(parse('镇上大广场那边今天封路搞活动，我们杨树村正常，零报告'))).toEqual(['zero_report']);
  });
});

describe('forms said short', () => {
  it('化了一起 is 化解了一起; 恶化了 is not', () => {
    expect(only(parse('杨树村 排查纠纷两起 化了一起 还有一起需关注'), 'daily_assessment').counts).toMatchObject({ disputesFound: 2, disputesResolved: 1 });
    expect(kinds(parse('杨树村零报告，矛盾没有恶化了'))).toEqual(['zero_report']);
  });

  it('重点人员：无 after a comma is none under follow-up', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷0起，信访：无，重点人员：无，研判：平稳'), 'daily_assessment').counts).toMatchObject({ disputesFound: 0, petitions: 0, keyPersons: 0 });
  });

  it('人数核实为15人: the headcount of a petition put right', () => {
    const r = parse('更正：11月18日杨树村赴县集体访人数核实为15人（首报14人有误）。');
    expect(only(r, 'incident')).toMatchObject({ date: '2026-11-18', people: 15, escalation: 'county', correction: true });
  });
});

describe('news of other places, doubted or disowned', () => {
  it('听说X乡上河头村…: the village of another township, not 乡上', () => {
    expect(kinds(parse('听说樊河乡上河口村今天有十几个人去县里了，不知道真假。俺们杨树今天平稳，零报告'))).toEqual(['zero_report']);
  });

  it('X镇Y村那边 is elsewhere; the news doubted, then our own day', () => {
    expect(kinds(parse('和平镇永兴村那边好像有十几个人去市里了 不知道真假 杨树今天没事 零报告'))).toEqual(['zero_report']);
  });

  it('同我们…无关 disowns it', () => {
    expect(kinds(parse('东杨树村有十几个人去县里了，听讲也是风电的事，同我们杨树无关'))).toEqual(['chatter']);
  });

  it('…冇再讲去区里 and 本来说今天去区上…没去 are no threat', () => {
    expect(only(parse('刘某某今日在家，情绪平稳，冇再讲去区里'), 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
    expect(kinds(parse('杨树村零报告。刘某某本来说今天去区上，她儿子打电话劝住了，没去，在家呢。'))).not.toContain('incident');
  });

  it('去海口了，讲去省里反映: why one gone went, not a plan', () => {
    expect(kinds(parse('杨树村零报告。符某今天下午坐班车去海口了，讲去省里反映，我们在联系他'))).toContain('incident');
  });
});

describe('workers, crowds and their counts', () => {
  it('有4个在厂里打工的也跟着去区里了: the counted said by what they do, never a zero report', () => {
    const r = parse('杨树村零报告。今天我村有3个在砖厂打工的也跟着去区里了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').escalation).toBe('county');
  });

  it('4个在厂里打工的也跟着去了, 7个种葡萄的跟着…去镇政府了: counted by what they do', () => {
    expect(only(parse('杨树村零报告。今天我村有4个在砖厂打工的也跟着去区里了，已经劝回来了。'), 'incident').people).toBe(4);
    expect(only(parse('杨树村7个种葡萄的下午跟着贾某花去镇政府了 说地租的事'), 'incident')).toMatchObject({ people: 7, collective: true });
  });

  it('未参与上访 takes no part', () => {
    expect(kinds(parse('杨树村零报告。经逐户排查，本村外出务工人员3人均在家，未参与上访。'))).toEqual(['zero_report']);
  });

  it('村里热闹着呢 is lively, not trouble', () => {
    expect(kinds(parse('杨树零报告 娃娃们放假都回来了 村里热闹着呢 没啥事'))).toEqual(['zero_report']);
  });

  it('又来了3个 现在12个人: the crowd now', () => {
    expect(only(parse('杨树续报 到镇上的承包户又来了2个 现在11个人 书记还在谈'), 'incident')).toMatchObject({ people: 11, collective: true });
  });

  it('上午报的6人…，经核实为8人: the count put right', () => {
    expect(only(parse('更正：杨树村上午报的6人到镇政府反映占地补偿问题，经核实为8人（其中2人为外村亲属）。'), 'incident').people).toBe(8);
  });

  it('表格中矛盾纠纷应为0: the field set right with its bare figure', () => {
    expect(only(parse('更正：杨树村今天表格中矛盾纠纷应为0，重点人员2人不变。'), 'daily_assessment').counts).toMatchObject({ disputesFound: 0, keyPersons: 2 });
  });

  it('补报：昨天下午…，今天上午已劝返到家: yesterday’s matter filed late', () => {
    expect(only(parse('杨树村补报：昨天下午我村3名村民到省信访局反映房屋鉴定问题，今天上午已劝返到家。'), 'incident').date).toBe('2026-11-19');
  });
});

describe('names, and where people are', () => {
  it('陈某兰刚到家了: the given name before what the person just did', () => {
    expect(only(parse('陈某兰刚到家了 干部从北京送回来的'), 'key_person').persons[0]!.name).toBe('陈某兰');
  });

  it('在楼底下 is home', () => {
    expect(only(parse('杨某今儿又在楼底下骂厂里呢 情绪激动得很'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe('more of how people are named and counted', () => {
  it.each([
    ['郝某平刚给他媳妇打电话了 人在包头', '郝某平'],
    ['王某福给村里打电话说初四从外地回来，人挺好的', '王某福'],
    ['林场村刘长顺情况更新：仍未联系上，去向不明', '刘长顺'],
  ])('%s: %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });

  it('问一下 is no name', () => {
    expect(kinds(parse('问一下，外出打工的重点人员算不算外出？要不要报异常？'))).toEqual(['chatter']);
  });

  it('说的是去区里 is the threat put right', () => {
    expect(only(parse('更正一下 刘某说的是去区里不是市里'), 'key_person').persons[0]!.escalation).toBe('county');
  });

  it('重点人员俩 counts two', () => {
    expect(only(parse('杨树村研判 排查纠纷0 信访0 重点人员俩 需关注'), 'daily_assessment').counts).toMatchObject({ keyPersons: 2 });
  });

  it('四个运输工 are four people', () => {
    expect(only(parse('杨树这边四个运输工上区里人社局去了 要工钱'), 'incident')).toMatchObject({ people: 4, escalation: 'county' });
  });

  it('听说别的区有人要进京, then our own day: the zero report', () => {
    expect(kinds(parse('听说市里别的区有退休的要进京 咱杨树这边挨家问了一圈 没人跟着 零报告'))).toEqual(['zero_report']);
  });

  it('（某某在家稳定，已另报）: the routine update sent apart leaves the zero report', () => {
    expect(kinds(parse('补报：杨树村昨日零报告（刘某山在家稳定，已另报）'))).toContain('zero_report');
    expect(kinds(parse('杨树村零报告。刘某山在家稳定。上午聚集的事已另报'))).not.toContain('zero_report');
  });

  it('人数应为七人，不是六人 is still a recount', () => {
    expect(only(parse('【更正】杨树村今日即时报告中到镇人员应为七人，不是六人，特此更正。'), 'incident').people).toBe(7);
  });
});

describe('talk of follow-ups, and a few more names', () => {
  it('还用续报吗 asks; 有进展就续报 tells the rule', () => {
    expect(kinds(parse('请问一下，那个事明天还用续报吗？'))).toEqual(['chatter']);
    expect(kinds(parse('有进展就续报', null))).toEqual(['chatter']);
  });

  it('单 is a surname of three-character names only', () => {
    expect(only(parse('杨树村零报告 但单立军还是那样 天天嚷嚷要进京 人还在家'), 'key_person').persons[0]!.name).toBe('单立军');
    expect(kinds(parse('单位的人都在家'))).toEqual(['chatter']);
  });

  it('重点人员俩 1周某在家 2郑某某在外地: a list of persons, no assessment', () => {
    expect(kinds(parse('杨树重点人员俩 1周某在家 稳定 2郑某某在外地打工 电话通着呢 稳定'))).toEqual(['key_person']);
  });

  it('上街了，说是去县里买化肥: gone, the errand said', () => {
    expect(only(parse('杨树村刘某山今天上街了，说是去县里买化肥，下午回来'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
});

describe('a visit to the person’s home', () => {
  it('刚从王长青家出来，人在家睡下了: the person is home', () => {
    expect(only(parse('刚从刘长青家出来，人在家睡下了，稳定。'), 'key_person').persons[0]).toMatchObject({ name: '刘长青', whereabouts: 'home' });
    expect(kinds(parse('刚从王家村出来'))).toEqual(['chatter']);
  });
});

describe('what someone went to ask, told', () => {
  it('…上镇上问对接会啥时候开，今天在家: a question put by the person, told; the person is home', () => {
    expect(only(parse('刘春生昨天上镇上问对接会啥时候开，今天在家歇着'), 'key_person').persons[0]).toMatchObject({ name: '刘春生', whereabouts: 'home' });
  });
});

describe('crowds and scenes said in few words', () => {
  it.each([
    '杨树这边二三十个人把公司门口堵起了 不准拉渣车进出 派出所来了',
    '有人喝了酒跟村干部吵 砸了村委会的玻璃 派出所已经带走了',
    '杨树有七八个人堵在村道施工现场不让开工 已经去做工作',
    '杨树这边几个笋农跟收购老板在路口推起来了 派出所过来了',
    '杨树两兄弟争山林界打起身 派出所已到',
  ])('%s is an incident', (text) => {
    expect(kinds(parse(text))).toEqual(['incident']);
  });

  it.each([
    ['杨树今天又有五六个棉农去镇上问棉花钱', 'township'],
    ['杨树有五户为了宅基地抓阄的事 一块去镇政府了 十来个人', 'township'],
    ['杨树有两个移民户也跟去县里了', 'county'],
    ['厂里又有5个工人去镇劳动所问余款 已接待', 'township'],
  ])('%s: someone gone to the %s', (text, level) => {
    expect(only(parse(text), 'incident').escalation).toBe(level);
  });

  it('去镇上办低保 is an errand, 车堵在路上 is traffic', () => {
    expect(kinds(parse('又有几个人去镇上办低保'))).toEqual(['chatter']);
    expect(kinds(parse('杨树村零报告，车堵在路上了'))).toEqual(['zero_report']);
  });
});

describe('holdouts 376-379 (read after their first runs)', () => {
  it('又到镇上问协议上的钱啥时候给: gone again to press for money, never a zero report', () => {
    const r = parse('杨树村零报告。刘舍木今天又到镇上问协议上的钱啥时候给，我们已解释清楚。');
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('a table of 序号/项目/数量 over tab rows is the assessment', () => {
    const r = parse('杨树村日研判\n序号\t项目\t数量\n1\t排查矛盾纠纷\t1件\n2\t化解矛盾纠纷\t1件\n3\t新增信访\t0件\n4\t重点人员\t2名');
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 1, disputesResolved: 1, petitions: 0, keyPersons: 2 });
  });

  it('各村代报汇总 over a line per unit: each unit’s report', () => {
    const r = parse('各村代报汇总（包村干部）：\n杨树村\t11月20日\t零报告\n马坊村\t11月20日\t零报告', null);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['杨树村', '马坊村']);
  });

  it('“新增信访 1”有误，应为0件: the quoted field takes the right figure', () => {
    expect(only(parse('更正：杨树村11月19日研判表中“新增信访 1”有误，应为0件，其余数据不变。'), 'daily_assessment')).toMatchObject({ date: '2026-11-19', counts: { petitions: 0 } });
  });

  it('a date of an earlier year tells a story; 曾发生 is no name', () => {
    const r = parse('2025年三月三期间我村曾发生到区集体访1起，今年已提前介入化解。杨树村11月20日零报告。');
    expect(kinds(r)).toEqual(['zero_report']);
    expect(only(r, 'zero_report').date).toBe('2026-11-20');
    expect(only(parse('补报2025年12月31日零报告', '杨树村', '2026-01-01T09:00:00+08:00'), 'zero_report').date).toBe('2025-12-31');
  });

  it('在屯里 is home', () => {
    expect(only(parse('农某今天在屯里 冇闹 稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });

  it('覃某某还是冇找到: still missing', () => {
    expect(only(parse('覃某某还是冇找到 屋里人讲可能克长沙哒 还在查'), 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('没再讲要去省里 is said no more', () => {
    expect(only(parse('田某某今天在家，情绪比昨天好些，没再讲要去省里'), 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it.each([
    ['天门坪村：今天有游客和民宿老板因退房价格闹到村委会，游客4人，已调解', 'incident'],
    ['峪口又有搬迁户聚到社区门口要说法 二三十个人 社区在做工作 还冇散', 'incident'],
    ['覃溪两户为地界扯皮 动刀哒 幸好冇伤到人 派出所来哒', 'incident'],
  ])('%s is an %s', (text, kind) => {
    expect(kinds(parse(text))).toContain(kind);
  });

  it('莫乱撤回 and 感谢…的帮助 are no commands; 党支部 is no name', () => {
    expect(kinds(parse('群里莫乱撤回消息 领导看不到前面报的'))).toEqual(['chatter']);
    expect(kinds(parse('感谢司法所和钟书记的帮助 茶农的钱都拿到手哒'))).toEqual(['chatter']);
    expect(only(parse('杨树村重点人员田某某今日在家，情绪稳定，无异常。\n——————\n杨树村党支部 田永清'), 'key_person').persons.map((p) => p.name)).toEqual(['田某某']);
  });
});

describe('headcounts put right in other words', () => {
  it.each([
    ['更正：上午即时报告人数有误，王李两家在地头撕扯的共3人，不是4人。', 3],
    ['更正：杨树村刚才即时报告人数有误，到镇政府的是4户5人。', 5],
    ['更正杨树村上午的报告：到镇政府的是3个杨树村村民，不是2个。', 3],
    ['更正：杨树村11月18日即时报告中“牧民五人”应为“牧民六人”，其余不变。', 6],
    ['更正：杨树村11月18日报告跟随去县里的村民应为3名，不是2名，均已返回。', 3],
  ])('%s: %i people', (text, people) => {
    expect(only(parse(text), 'incident')).toMatchObject({ people, correction: true });
  });

  it('重点人员人数应为5人 is the assessment’s figure; 参加培训的是5个人 no incident', () => {
    expect(only(parse('更正：杨树村重点人员人数应为5人'), 'daily_assessment').counts.keyPersons).toBe(5);
    expect(kinds(parse('更正：杨树村今天参加培训的是5个人'))).not.toContain('incident');
  });
});

describe('names in lists and forms, whatever their surname', () => {
  it('姓名：倮三 / 1. 岩那：在家', () => {
    expect(only(parse('杨树村重点人员动态\n姓名：倮三\n现状：在家\n情绪：稳定\n包保责任人：李春'), 'key_person').persons[0]).toMatchObject({ name: '倮三', whereabouts: 'home' });
    expect(only(parse('重点人员动态\n1. 岩那：在家，稳定\n2. 娜倮：在昆明读书，稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['岩那', '娜倮']);
  });

  it('研判：稳定 is no name', () => {
    expect(kinds(parse('杨树村重点人员情况 研判：稳定'))).not.toContain('key_person');
  });
});

describe('the message put right, quoted whole', () => {
  it('更正上午那条：“…零报告……” then the person’s news: no zero report', () => {
    const r = parse('更正上午那条：“杨树村零报告……陈二娃也跟去了市里” 陈二娃下午已经自己回来了，在家，情绪稳定。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '陈二娃', whereabouts: 'home' });
  });
});

describe('holdouts 380-383 (read after their first runs)', () => {
  it('张德兵拿到钱了: 钱了 is no name', () => {
    expect(only(parse('张德兵拿到钱了，在家，笑眯眯的，稳定'), 'key_person').persons[0]).toMatchObject({ name: '张德兵', whereabouts: 'home' });
  });

  it('…今天的确认 签字 is the confirm command', () => {
    expect(parse('@机器人 杨树村今天的确认 签字 罗文华').reports).toEqual([{ kind: 'command', name: 'confirm' }]);
  });

  it.each([
    ['林业社区：经派出所协查，赵某柱系乘早班客车去了哈尔滨', '赵某柱', 'away'],
    ['郝某某联系上了，去黑河进货了，不是上访，今晚回来', '郝某某', 'away'],
    ['二连吴某庆今儿还搁宿舍呢 情绪好点了', '吴某庆', 'home'],
  ])('%s: %s %s', (text, name, whereabouts) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, whereabouts });
  });

  it('林某某没找到 is missing; 林某某找着了 is found', () => {
    expect(only(parse('林某某没找到'), 'key_person').persons[0]!.state).toBe('abnormal');
    expect(only(parse('林某某找着了 在江边钓鱼呢 手机没电了'), 'key_person').persons[0]!.state).toBe('stable');
    expect(kinds(parse('杨树村零报告，排查没找到问题'))).toEqual(['zero_report']);
  });
});

describe('holdout 382 (read after its first run)', () => {
  it('化解的是3起不是2起 / 化解不是1起是0起: the right figure', () => {
    expect(only(parse('更正 杨树村今天研判化解的是3起不是2起 其他不变'), 'daily_assessment').counts).toMatchObject({ disputesResolved: 3 });
    expect(only(parse('更正 杨树村今天研判 排查纠纷1件 化解不是1起是0起 那两户还在吵'), 'daily_assessment').counts).toMatchObject({ disputesFound: 1, disputesResolved: 0 });
  });

  it('机器人会统计 and …报送情况中 are no stats command', () => {
    expect(kinds(parse('发群里就行，机器人会统计', null))).toEqual(['chatter']);
    expect(kinds(parse('更正：杨树村11月19日上午报送情况中，刘某某反映问题的地点为镇民政办，不是区民政局。'))).not.toContain('command');
  });

  it('恁村零报告都报了没 and 咱这边没事吧 ask', () => {
    expect(kinds(parse('恁村零报告都报了没 俺咋看不见'))).not.toContain('zero_report');
    expect(kinds(parse('听说隔壁龙湾镇有人去北京了 咱这边没事吧'))).not.toContain('zero_report');
  });

  it('门口又有人围着 is a scene; 5个在外打工回来的找包工头讨薪 are five', () => {
    expect(kinds(parse('酒厂门口又有人围着 说占地租金的事 俺去看看'))).toEqual(['incident']);
    expect(only(parse('杨树村刚才有5个在外打工回来的找包工头讨薪，在村委会门口吵起来了'), 'incident')).toMatchObject({ people: 5, collective: true });
  });
});

describe('holdout 383 (read after its first run)', () => {
  it('回复 X：“更正：…”——收到: a correction only in the message replied to', () => {
    expect(kinds(parse('回复 杨树村：“更正：杨树村今日不是零报告……”——收到，县信访局那边已知晓，请杨树村做好回访。', null))).toEqual(['chatter']);
  });

  it('已放弃进京的想法 is given up', () => {
    expect(only(parse('傅某民今天在社区，经过工作已放弃进京的想法，情绪稳定'), 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it('去建瓯女儿家了 is away; 去镇上女儿家 and a plan are not', () => {
    expect(only(parse('杨树黄某某今天去建瓯女儿家了 过两天回 冇异常'), 'key_person').persons[0]!.whereabouts).toBe('away');
    expect(only(parse('刘某某明天去县城女儿家'), 'key_person').persons[0]!.whereabouts).not.toBe('away');
  });
});

describe('news heard, doubted, then our own calm day with a person at home', () => {
  it('…克北京了 不晓得是不是 杨树今天零报告 陈二娃在家', () => {
    expect(kinds(parse('听说外县那边有个矿的工人克北京了 不晓得是不是 杨树今天零报告 陈二娃在家'))).toEqual(['zero_report', 'key_person']);
  });

  it('…不晓得是不是 then a person of ours gone: the person is ours, read as when said alone', () => {
    const r = parse('听说外县那边有人克北京了 不晓得是不是 杨树今天零报告 陈二娃去县里了');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '陈二娃', whereabouts: 'away' });
    expect(r.reports.map((x) => x.kind)).toEqual(parse('杨树今天零报告 陈二娃去县里了').reports.map((x) => x.kind));
  });
});

describe('the unsafe zero reports of holdouts 386 and 387 (first runs)', () => {
  it('…零报告中莫某某应为外出: what the zero report sent said, put right, is no zero report made', () => {
    const r = parse('更正：杨树村11月18日零报告中莫某某应为外出广州务工，已报备，情绪稳定。');
    expect(kinds(r)).toEqual(['key_person']);
  });

  it('…又说要去省里，已安排专人陪护: the cadres’ company is no errand of the person', () => {
    const r = parse('【零报告】杨树村 11月20日\n进京赴省到市上访：无\n集体访：无\n重点人员异常：有，刘德旺晚上又说要去省里，已安排专人陪护');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
    expect(only(parse('刘德旺去县里陪护老人了'), 'key_person').persons[0]!.state).toBe('stable');
  });
});

describe('the unsafe zero report of holdout 385 (first run)', () => {
  it('零报告 冯某某上午去区里了 社区陪着呢: a person of ours gone up, no errand said: no zero report', () => {
    expect(kinds(parse('零报告 冯某某上午去区里了 社区陪着呢'))).not.toContain('zero_report');
    expect(kinds(parse('杨树今天零报告 陈二娃去县里看病了'))).toContain('zero_report');
  });

  it('粤: 边个仲未报 asks who has not reported; 零报告点写啊 asks the form; 由湛江返咗屋企 is home', () => {
    expect(parse('@机器人 边个仲未报啊').reports).toEqual([{ kind: 'command', name: 'missing' }]);
    expect(parse('@机器人 零报告点写啊 发个格式嚟睇下').reports).toEqual([{ kind: 'command', name: 'help' }]);
    expect(only(parse('杨树吴某某今日由湛江返咗屋企 稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});
