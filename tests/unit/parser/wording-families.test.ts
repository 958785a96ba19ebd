import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of language that the blind holdouts showed the parser missing, each tested in wordings of our own (not
// the holdouts'), so that a fix is a rule about the language and not about one sentence.

describe('a day before the report’s day tells the past', () => {
  it.each([
    ['a quarrel of yesterday settled today', '杨树村今日零报告，昨天吵架的两家今天已经和好了'],
    ['a fight of yesterday, named by who fought', '杨树村今天零报告 昨天打架的那两个人上午已经调解好了'],
    ['a dated petition before the report’s date, in a note', '杨树村11月20日零报告（11月18日到市里反映问题的3名村民已于当天劝回）'],
  ])('%s leaves a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a person who went the day before yesterday and is home today is a stable key person beside the zero report', () => {
    const r = parse('马坊村零报告。前天去县信访局的王某某今天在家，情绪稳定');
    expect(kinds(r)).toEqual(['zero_report', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('what yesterday’s people do again today is today’s news (never a zero report)', () => {
    const r = parse('杨树村今日零报告，前天去县里上访的李某某今天又去了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('county');
  });

  it('a report of yesterday reads yesterday’s events as its own', () => {
    const r = parse('杨树村昨日零报告，补报，昨天村民王某某到县里上访');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').date).toBe('2026-11-19');
  });

  it('a day in brackets notes a figure: it neither dates the report nor voids the rest of the clause', () => {
    const a = only(parse('清河村日研判：重点人员5人，异常1人（周某某，昨天去区里上访已劝回），需关注'), 'daily_assessment');
    expect(a.date).toBe('2026-11-20');
    expect(a.counts).toMatchObject({ keyPersons: 5, keyPersonsAbnormal: 1 });
    const b = only(parse('杨树村研判 排查纠纷2起 调处化解1起(前天那起宅基地纠纷的后续) 重点人员3人 无异常'), 'daily_assessment');
    expect(b.counts).toEqual({ disputesFound: 2, disputesResolved: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });
});

describe('counts as forms and people write them', () => {
  const counts = (text: string) => only(parse(text), 'daily_assessment').counts;

  it.each([
    ['a figure then 稳定', '杨树村研判：排查纠纷1起，重点人员四名，稳定，总体平稳'],
    ['a figure then 在村稳定', '马坊村研判：排查纠纷0起，重点人员6人在村稳定'],
    ['均在村 and then 情绪平稳', '清河村研判：排查纠纷0起，重点人员3人，均在村，情绪平稳'],
  ])('all key persons said stable (%s) is 0 abnormal, as the contract says', (_l, text) => {
    expect(counts(text).keyPersonsAbnormal).toBe(0);
  });

  it.each([
    ['均在家 alone', '杨树村研判：排查纠纷0起，重点人员3人，均在家'],
    ['情况稳定 (the situation, not each person)', '杨树村研判：排查纠纷0起，重点人员3人，情况稳定'],
  ])('%s leaves abnormal unsaid', (_l, text) => {
    expect(counts(text).keyPersonsAbnormal).toBeUndefined();
  });

  it('reads shorthand figures with no measure word before a comma', () => {
    expect(counts('马坊村研判 排查纠纷2，化解1，信访0，重点人员4')).toEqual({ disputesFound: 2, disputesResolved: 1, petitions: 0, keyPersons: 4 });
  });

  it('a correction that quotes the wrong figure takes the figure after 应为', () => {
    expect(counts('更正：马坊村今日研判中“化解矛盾纠纷2起”应为1起，排查3起')).toMatchObject({ disputesResolved: 1, disputesFound: 3 });
  });

  it('调处成功 N 件 is the disputes resolved', () => {
    expect(counts('杨树村今日共排查受理各类矛盾纠纷3件，调处成功2件')).toEqual({ disputesFound: 3, disputesResolved: 2 });
  });
});

describe('zero forms beyond the contract’s words', () => {
  it.each([
    ['shorthand fields answered 0 without colons', '杨树村 进京0 赴省0 到市0 集体访0'],
    ['非正常上访 and 超人数上访 negated', '杨树村今日无非正常上访，无超人数上访'],
    ['群访 and 越级访 negated in a list', '杨树村今日无群访、无越级访'],
  ])('%s is a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a shorthand form with one field above 0 is never a zero report', () => {
    const r = parse('杨树村 进京0 赴省1 到市0');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('province');
  });
});

describe('a group heading beyond the township is reported at once, even as a threat', () => {
  it.each([
    ['households threatening, with a condition', '马坊村二十几户征地户放话说月底前不兑现就一起去省里', 'province'],
    ['several people saying they will go', '清河村有五六个人说下午要去区里反映修路的事', 'county'],
    ['a group organising, counted in households after', '红星村那个事 村民说后天要去市里 已经串了三十多户', 'city'],
    ['a group already on its way', '凤凰社区十来个业主 现在正往区里走 说是要去区政府门口', 'county'],
  ])('%s', (_l, text, escalation) => {
    const r = parse(text, null);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe(escalation);
  });

  it('a group that acted (联名) and plans to take it further takes the planned level', () => {
    expect(only(parse('杨树村今天有八户联名写了信 准备下周交到市信访局'), 'incident')).toMatchObject({ escalation: 'city', collective: true });
  });

  it('one named person’s threat stays a key person’s risk, and the cadres sent to watch him are no crowd', () => {
    const r = parse('杨树村重点人员周某某今天扬言要去北京，村里已安排三人轮流看护，目前在家');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'beijing', whereabouts: 'home' });
  });

  it('the leader of a group is a key person at the group’s heading', () => {
    const r = parse('凤凰社区有几个业主在群里约着明天要组织人去区里 牵头的是潘某某', '凤凰社区');
    expect(only(r, 'key_person').persons).toEqual([{ name: '潘某某', state: 'abnormal', whereabouts: 'unknown', escalation: 'county', modality: 'plan' }]);
    expect(only(r, 'incident').people).toBeNull();
    const named = parse('凤凰社区有十多名业主聚集在售楼部门口讨说法，为首的是王建国', '凤凰社区');
    expect(only(named, 'key_person').persons[0]).toMatchObject({ name: '王建国', state: 'abnormal' });
  });
});

describe('conditions, grievances and who went along', () => {
  it('a condition on a grievance (不到位就去, 拿不到钱就去) is a heading, not a negation', () => {
    const p = only(parse('杨树村重点人员曹某某在家 情绪不稳 说安置款不到位就去市里'), 'key_person').persons[0];
    expect(p).toMatchObject({ state: 'abnormal', escalation: 'city' });
  });

  it('threatening to take a grievance to the township is a township heading', () => {
    const p = only(parse('清河村彭某某又说要去镇上 说他的低保没解决 书记在他家', '清河村'), 'key_person').persons[0];
    expect(p).toMatchObject({ state: 'abnormal', escalation: 'township' });
  });

  it('accompanied by the cadres (由…陪同, 在…陪同下) the person still went', () => {
    expect(only(parse('红星村王某某今天由网格员陪同去镇里反映宅基地的事，已答复回家', '红星村'), 'key_person').persons[0].escalation).toBe('township');
    expect(only(parse('红星村李某某在村主任陪同下到县信访局反映问题', '红星村'), 'incident').escalation).toBe('county');
  });

  it('picked up in Beijing by the township’s team there is a Beijing petition', () => {
    const p = only(parse('马坊村杜某某在北京南站被驻京工作组接到 后天回来', '马坊村'), 'key_person').persons[0];
    expect(p).toMatchObject({ escalation: 'beijing', whereabouts: 'away' });
    expect(kinds(parse('请问驻京工作组的电话是多少？', '马坊村'))).not.toContain('incident');
  });

  it('the named one and the others (带着另外两人, 和其他3名村民) are counted together', () => {
    expect(only(parse('杨树村钱某某和其他3名村民今天去县信访局上访'), 'incident').people).toBe(4);
    expect(only(parse('杨树村罗某某带着另外两人坐车去了市信访局'), 'incident').people).toBe(3);
  });

  it.each(['拦住施工车辆不让走', '在工地门口阻拦施工', '把挖机拦着不让动'])('blocking work (%s) is a flare-up', (act) => {
    expect(kinds(parse(`清河村六户村民${act}，说补偿没到位`, '清河村'))).toContain('incident');
  });
});

describe('zero reports said with other words', () => {
  it.each([
    ['零报 with a slip of the key', '马坊零报高'],
    ['nobody went, after a check', '核实了 是邻村的事 我们村今天没人外出上访'],
    ['零报告 then what did not happen, unpunctuated', '马坊村今天零报告没有人去上访也没有集体访'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text, '马坊村'))).toEqual(['zero_report']);
  });

  it('零报告没发 still only talks about it', () => {
    expect(kinds(parse('马坊村昨天的零报告没发', '马坊村'))).toEqual(['chatter']);
  });
});

describe('forms, tables and ledgers', () => {
  it('a person form with fields of any name is one person', () => {
    const p = only(parse('姓  名：韦某某\n户籍地：杨树村五组\n今日情况：在村，情绪稳定\n帮扶措施：每日走访'), 'key_person').persons;
    expect(p).toEqual([{ name: '韦某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it('a key-person table without figures: the header names the cells, the responsible cadre column is a signature', () => {
    const p = only(parse('重点人员动态表\n姓名\t表现\t去向\t稳控责任人\n韦某某\t稳定\t在家\t吴某\n卢某\t稳定\t广东东莞务工\t吴某'), 'key_person').persons;
    expect(p.map((x) => [x.name, x.whereabouts])).toEqual([
      ['韦某某', 'home'],
      ['卢某', 'away'],
    ]);
  });

  it('the rows of a dispute ledger are what its figures count: no key persons, no flare-up', () => {
    const r = parse('杨树村矛盾纠纷台账\n序号\t当事人\t纠纷类型\t简要情况\t调处结果\n1\t甘某、农某\t宅基地\t两家因滴水檐发生争吵\t已调解\n小计：排查1起，化解1起');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 1, disputesResolved: 1 });
  });
});

describe('several units or days in one message', () => {
  it('sentences that each start with their unit are each that unit’s report', () => {
    const r = parse('马坊零报告；清河村重点人员刘某某在家稳定', null);
    expect(r.reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([
      ['zero_report', '马坊村'],
      ['key_person', '清河村'],
    ]);
    // (With news in it the message files no zero report at all: incident-wording.test.ts.)
    expect(parse('马坊零报告；清河村有3人到镇政府反映饮水问题', null).reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([['incident', '清河村']]);
  });

  it('units listed, then 各有: one incident each', () => {
    const r = parse('杨树、红星两村各有2人在市信访局 已通知去接', null);
    expect(r.reports.map((x) => (x.kind === 'incident' ? [x.unit, x.escalation, x.people] : x.kind))).toEqual([
      ['杨树村', 'city', 2],
      ['红星村', 'city', 2],
    ]);
  });

  it.each([
    ['两天并列', '马坊村前天和今天都是零报告', '2026-11-18'],
    ['昨天漏了，今天同样', '马坊村昨天的零报告漏了 今天同样是零报告', '2026-11-19'],
  ])('two days said at once give a zero report each (%s)', (_l, text, earlier) => {
    expect(parse(text, '马坊村').reports.map((x) => (x.kind === 'zero_report' ? x.date : x.kind))).toEqual([earlier, '2026-11-20']);
  });

  it('an event of the day already reported on its own leaves no zero report', () => {
    expect(kinds(parse('红星村零报告（中午3个人去镇上的事已单独报告）', '红星村'))).not.toContain('zero_report');
  });
});

describe('adversarial wording around the families of issue 12', () => {
  it.each([
    ['a space typed inside 零报告', '杨树村今日零 报告'],
    ['a notice-style closing', '杨树村：今日无进京、赴省、到市上访，无集体访，无群体性事件，特此报告。'],
    ['a 项目/情况 table of “none”', '项目\t情况\n进京访\t无\n赴省访\t无\n到市访\t无\n集体访\t无'],
    ['a numbered form whose last line is the key persons', '一、越级上访：无\n二、集体上访：无\n三、重点人员异常：无'],
    ['signature and phone lines under it', '杨树村零报告\n填报人：韦某 联系电话：13800000000\n审核人：村支书 刘某（签字）'],
    ['another township’s news told as a warning', '杨树村今日零报告。据了解，邻镇昨天有村民到市里集体上访，我村将引以为戒。'],
    ['another town’s, said with 外镇', '杨树村零报告。另：据群众反映，外镇有人组织去省里上访，我村已加强排查'],
    ['hearsay checked and found not ours', '杨树村零报告，网传有人要去北京，经核实非本村人员'],
    ['an old case settled', '杨树村零报告。上周本村王某某赴省上访一事已妥善处理。'],
    ['no intention any more', '杨树村零报告，村民李某某暂无上访意愿'],
    ['colloquial calm', '杨树村今天没事'],
  ])('%s: a zero report', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a space typed inside 日研判 and 重点人员 keeps the figures', () => {
    expect(only(parse('杨树村 日 研判 排查纠纷1起 重点 人员3人 均稳定'), 'daily_assessment').counts).toEqual({ disputesFound: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('two petition figures that cannot be summed still make an assessment (petitions left unsaid)', () => {
    const a = only(parse('杨树村今日接待群众来访3批5人次，受理信访事项2件'), 'daily_assessment');
    expect(a.counts.petitions).toBeUndefined();
  });

  it('a notice to all villages forwarded by a cadre is not the cadre’s report', () => {
    expect(kinds(parse('各村注意：近期有人串联进京，要做好稳控'))).toEqual(['chatter']);
  });

  it.each([
    ['a threat, then worked on', '杨树村零报告，村民李某某扬言要去北京上访，已做通工作'],
    ['a guess about Beijing', '杨树村零报告，听说李某某可能去北京了，正在核实'],
    ['另外 then a villager of ours', '杨树村零报告，另外村民王某某今天到县信访局上访'],
  ])('%s is never a zero report', (_l, text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });
});

describe('report templates and self-answered forms', () => {
  it('a form’s questions answered “none” at once are the negated items (有没有…？没有。)', () => {
    expect(kinds(parse('马坊村今日情况：有没有人去北京？没有。有没有人到县里市里？没有。有无联名信？无。'))).toEqual(['zero_report']);
  });

  it('a 信访即时报告 template with 事发时间/事发地点/基本情况 lines is one incident, the reporter a signature', () => {
    const r = parse('信访即时报告\n报告单位：马坊村\n事发时间：11月20日上午9时\n事发地点：县信访局\n基本情况：村民杜某某等4人因土地流转租金问题到县信访局上访\n处置情况：村两委已派人赴县接回\n报告人：刘某 联系电话：13900000000', null);
    expect(r.reports).toHaveLength(1);
    expect(only(r, 'incident')).toMatchObject({ unit: '马坊村', escalation: 'county', people: 4 });
  });

  it('a 【每日报告】 template of figures is an assessment without a contradiction warning (新增信访：0件 is a figure)', () => {
    const r = parse('【每日报告】\n报告单位：红星村\n报告日期：11月20日\n一、矛盾纠纷排查：2起\n二、调处化解：1起\n三、新增信访：0件\n四、重点人员：5人，均稳定\n五、研判结论：总体平稳', null);
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 1, petitions: 0, keyPersons: 5, keyPersonsAbnormal: 0 });
    expect(r.warnings).toEqual([]);
  });

  it('劝返 speaks of petitioning, and 去的是市X局 goes to the city (a correction of where they went)', () => {
    const i = only(parse('更正：清河村2名村民去的是市住建局，不是县住建局，已劝返', null), 'incident');
    expect(i).toMatchObject({ unit: '清河村', escalation: 'city', people: 2, correction: true });
  });

  it('有情况及时报 promises a report; it makes none', () => {
    expect(kinds(parse('明天村两委入户走访重点人员 有情况及时报'))).toEqual(['chatter']);
  });

  it('a unit named outright wins over 我们村 said beside it', () => {
    const r = parse('杨树村今日零报告。另外红星村有5个村民今天去市信访局了，我们村的人在市里碰到的。');
    expect(only(r, 'incident').unit).toBe('红星村');
  });
});

describe('more count and calm wording', () => {
  it('处 is a measure word of disputes (隐患2处)', () => {
    expect(only(parse('杨树村今日研判：排查矛盾纠纷隐患2处，化解1处'), 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 1 });
  });

  it('无异常动向 in an assessment is said of its key persons: no contradiction with its disputes', () => {
    expect(parse('杨树村今日研判 新增矛盾纠纷2起 已调处1起 重点人员4名 无异常动向').warnings).toEqual([]);
    expect(parse('杨树村今日无情况。下午排查发现矛盾纠纷1起，正在调解。').warnings).toContain('self_contradiction');
  });

  it('今天的零报告同昨天 is asked about, never silence', () => {
    expect(parse('马坊村今天的零报告同昨天', '马坊村').unsure?.reason).toBe('same_as_before');
  });
});

describe('a petition by letter, mailbox or hotline', () => {
  it.each([
    ['写信到省里', '杨树村王某某写信到省里反映问题', 'province'],
    ['寄到市信访局', '杨树村王某某把材料寄到市信访局', 'city'],
    ['市长信箱', '杨树村王某某给市长信箱写信反映低保问题', 'city'],
  ])('%s petitions at that level, but the person went nowhere', (_l, text, escalation) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation, whereabouts: 'unknown' });
  });
});

describe('who went, and where a person is', () => {
  it('a correction that counts who went (去市里的是4个人) tells an incident at that level', () => {
    const i = only(parse('修改一下 清河今天去区里的是3个人不是4个', '清河村'), 'incident');
    expect(i).toMatchObject({ unit: '清河村', escalation: 'county', people: 3, correction: true });
    expect(i.summary?.startsWith('清河')).toBe(true);
  });

  it('cadres working in the person’s home (在他家做工作) is not work away', () => {
    expect(only(parse('杨树村重点人员韦某某情绪低落，村干部在他家做工作'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'home' });
  });
});

describe('someone unnamed gone beyond the township', () => {
  it('heard of in one of ours (有人去县里了) is an incident to check', () => {
    expect(only(parse('听网格员说红星村有人去县里了 正在核实', null), 'incident')).toMatchObject({ unit: '红星村', escalation: 'county' });
  });

  it('in another township over there (X镇那边) leaves our zero report', () => {
    expect(kinds(parse('杨树村今天零报告 听说白沙镇那边有几个人去省里了 我们村没有'))).toEqual(['zero_report']);
  });

  it('with an errand said is no petition', () => {
    expect(kinds(parse('杨树村今天零报告 有人去市里了 是去医院看病'))).toEqual(['zero_report']);
  });
});

describe('asking how to file a kind of case', () => {
  it('in general (no one named, no day) is a question, even with a case word in it', () => {
    expect(kinds(parse('请教一下 村民在网上发帖骂村干部的 算不算舆情要报吗'))).toEqual(['chatter']);
  });

  it('about a named person today it is still the report', () => {
    expect(kinds(parse('杨树村王某某今天去县信访局了，要不要报？'))).toContain('incident');
  });
});

describe('typos, run-on voice input, follow-ups', () => {
  it('纠分 and 都文定 are typos of 纠纷 and 稳定', () => {
    expect(only(parse('马坊村日研判：排查矛盾纠分2起，化解2起，重点人员3人都文定', '马坊村'), 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 2, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('a negation said after the thing ends where the next topic starts, unpunctuated (…也没有重点人员…)', () => {
    expect(kinds(parse('马坊村今天零报告没有人去北京然后集体访也没有重点人员都在家', '马坊村'))).toEqual(['zero_report']);
  });

  it('the injured of a follow-up (伤者已送卫生院) tell a flare-up', () => {
    expect(kinds(parse('红星村今天的事：伤者已送镇卫生院，无大碍，派出所已介入', '红星村'))).toContain('incident');
    expect(kinds(parse('红星村今日零报告，无人受伤', '红星村'))).toEqual(['zero_report']);
  });

  it('the villager who threatens beside the incident is a key person too', () => {
    const r = parse('红星村村民田某某今天在村委会门口哭闹，扬言要去市里上访', '红星村');
    expect(kinds(r)).toEqual(['key_person', 'incident']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '田某某', state: 'abnormal', escalation: 'city' });
  });
});

describe('dialect and a group at a government office', () => {
  it.each([
    ['没得人 (nobody)', '今天马坊村里头都好的 没得人上访'],
    ['莫得事 (nothing)', '马坊村今天莫得事'],
  ])('%s reads as Mandarin: a zero report', (_l, text) => {
    expect(kinds(parse(text, '马坊村'))).toEqual(['zero_report']);
  });

  it('在屋头 is at home; 没得到 (did not get) is no negation of what follows', () => {
    expect(only(parse('马坊村重点人员苟某某今天在屋头 稳定', '马坊村'), 'key_person').persons[0]?.whereabouts).toBe('home');
    expect(kinds(parse('马坊村王某某没得到答复 今天又去县信访局了', '马坊村'))).toContain('incident');
  });

  it('a group taken to a government office beyond the township (带了五六个人去县政府了) is a petition', () => {
    expect(only(parse('报告领导 马坊村王某某带了五六个人去区政府了', null), 'incident')).toMatchObject({ unit: '马坊村', escalation: 'county', collective: true });
  });
});

describe('a notice to all, or a unit’s news told to all', () => {
  it('大家注意 then what happened today is the unit’s incident', () => {
    expect(only(parse('大家注意，今天有5人到县信访局上访'), 'incident')).toMatchObject({ unit: '杨树村', escalation: 'county', people: 5 });
  });

  it('串联进京 in a notice is what to prevent, not an act', () => {
    expect(kinds(parse('各村注意：近期有人串联进京，要做好稳控'))).toEqual(['chatter']);
  });
});

describe('an earlier day’s news filed now is reported, never past', () => {
  it.each([
    ['补报 of yesterday beside today’s zero report', '今日零报告。补报：杨树村昨日有十余名村民联名写信到县里反映村干部问题'],
    ['a correction of yesterday’s incident', '今日零报告。更正：杨树村昨天即时报告进京人数有误，实际为3人'],
  ])('%s: no zero report', (_l, text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });
});

describe('unpunctuated voice input: where a negation ends, what a heading means', () => {
  it.each([
    ['但 opens the news after the negation', '红星村零报告无进京上访但有3名村民今天去县里反映修路问题已劝返'],
    ['a time word opens it', '红星村今日无情况下午十几个村民把村部的门堵了'],
    ['a heading said in its own sentence, after the person', '红星村零报告。韦某某今天又在闹。说补偿不给就去省里。'],
  ])('%s: never a zero report', (_l, text) => {
    expect(kinds(parse(text, '红星村'))).not.toContain('zero_report');
  });
});

describe('voice corrections of a person', () => {
  it('那个 then a full name in a message about a person’s state names the person; 现在 ends the negation before it', () => {
    const r = parse('更正一下啊刚才报错了那个黄秀英不是失联是手机没电了现在联系上了人在家里', null);
    expect(r.reports.every((x) => x.kind !== 'key_person' || x.correction === true)).toBe(true);
    expect(only(r, 'key_person').persons).toEqual([{ name: '黄秀英', state: 'stable', whereabouts: 'home', escalation: null }]);
  });
});
