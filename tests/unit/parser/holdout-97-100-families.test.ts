import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Invented variants of the families found while holdouts 97-100 were being written, and of the misses listed at the
// end of the last session, one family each.
describe('local work places', () => {
  it('working on a fish raft, in a guesthouse, a greenhouse or on a building site is being in the locality (home)', () => {
    const at = (text: string) => only(parse(text), 'key_person').persons[0]!.whereabouts;
    expect(at('重点人员刘某某在渔排上干活，情绪稳定')).toBe('home');
    expect(at('王某某在民宿帮工，稳定')).toBe('home');
    expect(at('重点人员陈某某在大棚里摘菜，无异常')).toBe('home');
    // (a building site in a far city is still away)
    expect(at('王某某在深圳工地打工')).toBe('away');
  });
});

// The unsafe zero reports of holdouts 97-100's first runs, each as a family.
describe('holdouts 97-100: no zero report beside', () => {
  it('a threat whose condition is a meeting (协调会谈不拢就克县里): 协调会 is no cadres’ response', () => {
    const r = parse('杨树零报告，明天开协调会。蒋国平讲协调会谈不拢就克县里。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '蒋国平', escalation: 'county' });
    expect(r.reports.some((x) => x.kind === 'zero_report')).toBe(false);
  });

  it('a quarrel of stall keepers (十几个摆摊的…跟市场管理员吵)', () => {
    const r = parse('杨树村零报告。今天下午街上有十几个摆摊的为摊位位置跟市场管理员吵，后来散了');
    expect(only(r, 'incident').collective).toBe(true);
    expect(only(parse('杨树景区两个摆摊的为抢位置打起来，一个头擦破皮'), 'incident').people).toBe(2);
  });

  it('a form of two columns that opens with 单位/日期 (no header): its figures are read', () => {
    const r = parse('单位\t杨树村\n日期\t11月20日\n排查纠纷\t2起\n化解\t2起\n结论\t零报告');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 2 });
    expect(r.reports.map((x) => x.kind)).toEqual(['daily_assessment']);
    expect(parse('单位\t杨树村\n日期\t11月20日\n进京赴区到市上访\t无\n集体访\t无\n群体性事件\t无').reports.map((x) => x.kind)).toEqual(['zero_report']);
  });

  it('a visit to the township to talk of compensation (找书记谈补偿的事), and 谈完已经 is no name', () => {
    const r = parse('杨树村零报告。另报：张某某今天上午去镇上找书记谈补偿的事，谈完已经回家了。');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['张某某']);
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('a threat to take people to the provincial capital’s head office (无答复就带人去海口农垦总部)', () => {
    const r = parse('杨树零报告，但是陈国栋讲月底前无答复就带人去海口农垦总部，已经报给镇里了');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '陈国栋', escalation: 'province' });
  });
});

describe('provincial capitals and petitions', () => {
  it('a provincial capital is the province where someone goes (到南宁上访); 南宁市信访局 is the city’s', () => {
    expect(only(parse('王某某今天去南宁上访了'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
    expect(only(parse('王某某今天去南宁市信访局了'), 'key_person').persons[0]!.escalation).toBe('city');
    // (working there is being away, no petition)
    expect(only(parse('王某某在海口打工，稳定'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'away', escalation: null });
  });

  it('a person who went to petition somewhere is abnormal (去外地上访了), one who will not petition is not', () => {
    expect(only(parse('王某某去外地上访了'), 'key_person').persons[0]!.state).toBe('abnormal');
    expect(only(parse('王某某表示不再上访了'), 'key_person').persons[0]!.state).toBe('stable');
  });
});

describe('holdouts 97-100: names', () => {
  it('nicknames of a numeral (周二喜, 贾三毛, 武二平), not 周二 the weekday', () => {
    expect(only(parse('吴某某、周二喜今儿个拿到剩下的工钱了，都在家，稳定了'), 'key_person').persons.map((p) => p.name)).toEqual(['吴某某', '周二喜']);
    expect(only(parse('杨树村研判：重点人员4名，其中贾三毛有异常，需关注'), 'key_person').persons[0]).toMatchObject({ name: '贾三毛', state: 'abnormal' });
    expect(kinds(parse('周二下午开会'))).toEqual(['chatter']);
  });

  it('a full name before 同志, and a name before 和他媳妇 (two people)', () => {
    expect(only(parse('杨树村重点人员王亚六同志，一直在家务农，思想稳定，不再外出上访。'), 'key_person').persons[0]).toMatchObject({ name: '王亚六', whereabouts: 'home' });
    expect(only(parse('杨树村武二平和他媳妇今早在北京被劝返人员发现了，就在国家信访局附近，驻京工作组正在处置。'), 'incident').people).toBe(2);
  });
});

describe('holdouts 97-100: the office’s words', () => {
  it.each([
    '【会议通知】时间：今天15:00\n地点：镇政府三楼会议室\n内容：茶场承包费问题专题研究',
    '【格式参考】\n零报告：XX村X月X日零报告，无进京赴省到市上访、无集体访。',
    '发了研判的不用另外报零报告，有研判就行。',
    '@所有人 【通知】春节期间实行每日零报告制度，严防进京、赴省（海口）、到县上访。',
    '收到。马坊村注意做好解释，不要激化矛盾，有变化随时续报。',
    '昨天全镇总体平稳，马坊进京的已劝返，表扬清河反应快。今天继续，4点前报。',
    '昨天马坊、清河报晚了，以后下午四点前要报齐，镇里五点要汇总报县里。',
  ])('%s: chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('发错群了，@机器人 撤回 asks for the undo; 发错群了，已撤回 tells', () => {
    expect(kinds(parse('杨树村刚才发错群了，@机器人 撤回'))).toEqual(['command']);
    expect(kinds(parse('发错群了，已撤回'))).toEqual(['chatter']);
  });
});

describe('holdouts 97-100: corrections', () => {
  it('作废上一条，以这条为准：… is the report made again', () => {
    const r = parse('作废上一条，以这条为准：杨树村零报告');
    expect(only(r, 'zero_report').correction).toBe(true);
  });

  it('a zero report taken back with the news that voids it (零报告撤回，…去拦施工车了)', () => {
    const r = parse('更正：杨树村11月19日零报告撤回，下午有6个村民去拦施工车了，已劝离');
    expect(only(r, 'incident')).toMatchObject({ people: 6, collective: true, correction: true, date: '2026-11-19' });
  });

  it('the day put right (日期错了，是11月19号的零报告) and a detail put right (报告人写错了) restate the zero report', () => {
    expect(only(parse('修改一下：刚才杨树的零报告日期错了，是11月19号的零报告'), 'zero_report')).toMatchObject({ date: '2026-11-19', correction: true });
    expect(only(parse('更正：杨树村11月20日零报告的报告人写错了，应为向友成，特此更正。'), 'zero_report').correction).toBe(true);
  });

  it('a figure put right gives way to the right one (1批改为2批, 是12人，核实后是15人)', () => {
    expect(only(parse('更正：杨树村今天报的接待来访1批改为2批'), 'daily_assessment').counts).toEqual({ petitions: 2 });
    expect(only(parse('更正：杨树村11月19日报的讨薪工人是12人，核实后是15人。'), 'incident').people).toBe(15);
  });

  it('an errand that is no petition (去县林业局办林权证，不属于上访) leaves the zero report', () => {
    expect(kinds(parse('更正：今天杨树村3名村民是去县林业局办林权证，不属于上访，杨树村今日零报告。'))).toEqual(['zero_report']);
  });
});

describe('holdouts 97-100: what happened', () => {
  it('a crowd stopping a coach (拦游客大巴) is an incident, its summary without the heading’s marks', () => {
    const i = only(parse('紧急‼️杨树村二十几个村民在景区门口拦游客大巴，讲征地款到现在无到位'), 'incident');
    expect(i.collective).toBe(true);
    expect(i.summary!.startsWith('杨树村')).toBe(true);
  });
});

describe('holdouts 97-100: where people are, and when', () => {
  it('places of local work and the market are home; 没见人, a county hospital, another town (安康城) are away', () => {
    const at = (text: string) => only(parse(text), 'key_person').persons[0]!.whereabouts;
    expect(at('重点人员吴某某在雪场上班，稳定')).toBe('home');
    expect(at('陈三虎在风电场干活，稳定')).toBe('home');
    expect(at('林某今日上午在墟上辱骂摊贩，情绪激动')).toBe('home');
    expect(at('杨树零报告哈，就是谢某某这两天又冇见人，电话也打不通')).toBe('away');
    expect(at('吉某某今日由家属陪同前往县人民医院看病，情绪稳定')).toBe('away');
    expect(at('冉某某找到了！在安康城他表哥那儿，人没得事，明天回来')).toBe('away');
    expect(at('韦某某今日带头到镇政府集体上访后，已随大家回村，情绪仍较激动')).toBe('home');
    expect(at('刘某某已从海口回居，稳定')).toBe('home');
  });

  it('gone the day before and not back (昨天去了县城没回来，电话不接) is today’s news, in brackets too', () => {
    expect(only(parse('马某某昨天去了县城没回来，电话不接'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
    const r = parse('异常2人：刘某某（有上访苗头）、马某某（夜儿个去了县城没回来，电话不接）');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['刘某某', '马某某']);
    // (昨日到区上访已劝回，仍有怨气: yesterday's petition stays yesterday's; only the grudge is today's.)
    expect(kinds(parse('杨树村研判：重点人员4人，有异常动向1人（李某某，昨日到区上访已劝回，仍有怨气），需关注'))).not.toContain('incident');
  });

  it('a time of the day opens today’s act before a past word of what is owed (下午…讨要去年…的钱)', () => {
    const i = only(parse('杨树零报告。下午有二十几个外村人来村里讨要去年买茶苗的钱，围在村委门口，派出所来了才散。'), 'incident');
    expect(i).toMatchObject({ collective: true });
    expect(i.modality).toBeUndefined();
  });

  it('a threat to sit in at the township (讲要克乡政府坐起不走)', () => {
    expect(only(parse('杨树零报告。罗某某今天又讲低保的事，情绪有点激动，讲要克乡政府坐起不走。'), 'key_person').persons[0]!.escalation).toBe('township');
  });
});

describe('holdouts 97-100: units and talk', () => {
  it('an alias that is a word for calm, said as the day’s state (村里太平，没啥事), is not the unit', () => {
    const units = [{ name: '太平庄村', aliases: ['太平'] }, { name: '马莲滩村', aliases: ['马莲滩'] }];
    const at = (text: string) => parseMessage({ text, sentAt: new Date(SENT), senderUnit: '马莲滩村' }, units).reports[0];
    expect(at('今儿个村里太平，没啥事，零报告')).toMatchObject({ kind: 'zero_report', unit: '马莲滩村' });
    expect(at('太平零报告')).toMatchObject({ kind: 'zero_report', unit: '太平庄村' });
  });

  it('news told of another unit over there (清河那边有个人去镇里反映…) is that unit’s', () => {
    expect(only(parse('杨树零报告，清河那边有个人去镇里反映草场的事了，镇信访办已经接待'), 'incident').unit).toBe('清河村');
    // (two sides of one clash stay the sender's)
    expect(only(parse('杨树村民同清河村民因山林界址吵起来，杨树这边去了十来个人，清河那边也有七八个'), 'incident').unit).toBe('杨树村');
  });

  it('a report promised by a time (研判下午四点半前报) and the office telling a unit to report back are talk', () => {
    expect(kinds(parse('领导，俺们村今天的研判下午四点半前报，书记在那边处理事'))).toEqual(['chatter']);
    expect(kinds(parse('清河马上找人！联系那边的亲戚，找到立即报告。', null))).toEqual(['chatter']);
  });
});
