import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording among the unsafe zero reports of blind holdouts 30-33 (台州 fishing township in 吴语, 贵州
// mountains, 鲁西南 plains, 赣州 county town). Each case is an invented variant (other names, places, numbers,
// phrasings), never a corpus line: a message that reports anything beside its 零报告 is no zero report.
// SENT is Friday 2026-11-20.

describe('吴语 negation: 弗/勿/伐 for 不, 呒/嘸 for 没 in a report’s compounds', () => {
  it.each(['马坊村零报告，王某某电话弗接', '清河村零报告哦，李某某人弗见了', '红星村零报告，赵某某电话打弗通，屋里人也伐晓得伊去哪了'])('%s: unreachable, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal' });
  });

  it('呒没人上访 is the negated list', () => {
    expect(kinds(parse('杨树村今朝零报告，呒没人上访'))).toEqual(['zero_report']);
  });

  it('伐 ending a question stays a question', () => {
    expect(kinds(parse('周日也要报零报告伐？'))).not.toContain('zero_report');
  });
});

describe('a phone not answered (电话没人接, 无人接听) is unreachable', () => {
  it.each(['马坊村零报告，孙某某电话没人接', '清河村零报告，周某某打了三次电话都无人接听', '红星村零报告，吴某某一直不回电话'])('%s: abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal' });
  });

  it('a return after it ends it', () => {
    const r = parse('马坊村零报告，孙某某上午电话没人接，下午已回家，情绪稳定');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});

describe('run off to a city (跑宁波去了) is away', () => {
  it.each(['马坊村零报告，钱某某又跑温州去了', '清河村零报告，郑某某跑上海去了'])('%s', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ whereabouts: 'away' });
  });
});

describe('no news of a named person (还没有消息, 还莫得消息, 杳无音讯) is missing', () => {
  it.each(['马坊村零报告。黄某某在家，韦某某还莫得消息', '清河村零报告，潘某某到现在还没有消息', '红星村零报告，蒙某某至今杳无音讯'])('%s: abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons.find((p) => p.state === 'abnormal')).toBeDefined();
  });

  it.each(['马坊村零报告，韦某某低保的事还没有消息', '清河村零报告，潘某某反映的问题还没消息'])('%s: no news of a matter, still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('the ones who went to an office before came AGAIN (到乡政府的那批人今天又来了)', () => {
  it.each([
    ['马坊村零报告。前天到镇政府的那伙人今天又来了，9个，还是补偿款的事', 'township', 9],
    ['清河村零报告，上周去镇政府的那几户村民今天又去了', 'township', null],
  ] as const)('%s: %s, %s', (text, escalation, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation, people });
  });

  it('an errand at the office is no petition', () => {
    expect(kinds(parse('马坊村零报告，昨天到镇政府办证的那个人今天又来了，补材料'))).toEqual(['zero_report']);
  });
});

describe('a key person’s intention negated (暂无去市里意向) is the person’s, not the day’s negated list', () => {
  it.each(['凤凰社区续报：重点人员冯某某在家，经调解赔偿已谈妥，情绪平稳，暂无去市里的意向。', '前进社区：重点人员邓某某今天在家，无进京打算'])('%s: the key person, no zero report', (text) => {
    const r = parse(text, null);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('the day’s own negated list beside it still makes the zero report', () => {
    expect(kinds(parse('前进社区：无进京赴省到市上访，重点人员邓某某在家，无进京打算', null))).toEqual(['zero_report', 'key_person']);
  });
});

// Families among holdout 33's other misses (a 赣州 county town's template wording): who fills in or looks after is no
// key person, and a checked-and-found-nothing is no dispute.
describe('the cadres of a form are no key persons', () => {
  it('a last line of the unit’s office, a name and a phone is who sent it', () => {
    const r = parse('清河村今日零报告。\n附：重点人员韩某某外出，去向不明，正在查找。\n清河村委会 胡某 13700002468');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['韩某某']);
  });

  it('a table’s 包保领导 column names the leader, not a person followed', () => {
    const r = parse('前进社区重点人员稳控日报\n姓名\t现状\t稳控责任人\t包保领导\n高某某\t在家，稳定\t罗某\t蔡某某\n唐某某\t扬言要去市里\t许某\t蔡某某', null);
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['高某某', '唐某某']);
  });

  it('包保领导：… under a list is a signature line', () => {
    const r = parse('凤凰社区重点人员稳控日报\n1.魏某某：在家，稳定\n2.田某某：电话打不通\n稳控责任人：龚某 13500001357\n包保领导：潘某某', null);
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['魏某某', '田某某']);
  });

  it('a transposed form’s 研判人 row is not a header’s row of names', () => {
    const r = parse('马坊村日研判表\n排查矛盾纠纷\t0起\n重点人员\t3人\n异常人员\t0人\n研判结论\t总体平稳\n研判人\t姚某');
    expect(kinds(r)).not.toContain('key_person');
    expect(only(r, 'daily_assessment')).toMatchObject({ counts: { disputesFound: 0, keyPersons: 3, keyPersonsAbnormal: 0 }, level: 'stable' });
  });
});

describe('未排查出 (新的) 矛盾纠纷 is none found', () => {
  it.each(['杨树村零报告，未排查出新的矛盾纠纷', '马坊村今日零报告，矛盾纠纷排查情况：没排查出矛盾纠纷'])('%s: the zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('the next numbered item’s 其余…均稳定 is of the others', () => {
  it('the missing person before it stays missing', () => {
    const r = parse('红星村今日零报告。\n1.重点人员龙某某外出，去向不明，家属在找；2.其余拆迁户均稳定。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '龙某某', state: 'abnormal' });
  });
});

// Families among holdout 31's other misses (贵州 township's 即时报告): what an incident report tells is an incident.
describe('an 即时报告 header with a level in it is that incident', () => {
  it.each([
    ['即时报告（首报）：马坊村孙某某今天上午在北京被劝返，镇里已派人去接。', 'beijing'],
    ['【即时报告】清河村周某某今天在省城被截回，正在返程。', 'province'],
  ] as const)('%s: %s', (text, escalation) => {
    expect(only(parse(text), 'incident')).toMatchObject({ escalation, people: 1 });
  });

  it('a person found, with no petition, is no incident', () => {
    expect(kinds(parse('即时报告：清河村李某某找到了，在宁波打工，没有上访。'))).not.toContain('incident');
  });
});

describe('going AGAIN to a county bureau (又去县住建局) is a petitioner’s habit', () => {
  it('an incident at the county', () => {
    const r = parse('红星村零报告，秦某某今天又去县住建局了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 1 });
  });

  it('a returned worker (务工返乡人员) names who, not the errand', () => {
    expect(only(parse('即时报告：马坊村务工返乡人员龚某某等四人今天又去县人社局问工钱，坐的中巴。'), 'incident')).toMatchObject({ escalation: 'county', people: 4 });
  });
});

describe('an office of the county named by its long work (县棚户区改造办)', () => {
  it('is the county', () => {
    expect(only(parse('即时报告：凤凰社区居民8人今天到区棚户区改造办反映回迁问题', null), 'incident')).toMatchObject({ escalation: 'county', people: 8, collective: true });
  });
});

describe('people blocking a door (堵到老板家门口) flare up', () => {
  it('an incident, no zero report', () => {
    const r = parse('马坊村零报告。有5名工人因为老板欠薪，今天堵到老板家门口');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: null, people: 5, collective: true });
  });
});

describe('a ticket bought for the journey (买了去北京的火车票) is no errand', () => {
  it('a group heading to Beijing', () => {
    expect(only(parse('即时报告（首报）：前进社区拆迁户彭某某等7人已买好了后天去北京的高铁票，社区在做工作。', null), 'incident')).toMatchObject({ escalation: 'beijing', people: 7, collective: true });
  });

  it('a shopping errand still is one', () => {
    expect(kinds(parse('马坊村零报告，王某某今天去县城买化肥了'))).not.toContain('incident');
  });
});

// Holdout 31's person families (贵州 mountain villages): where the person is, who the person is, and what a threat says.
describe('herding and hill work (放牛, 砍柴, 在河边) are at home', () => {
  it.each(['马坊村零报告，重点人员韦某某今天放羊去了，情绪稳定', '清河村零报告，潘某某在河边放鸭，稳定', '红星村零报告，蒙某某今天在坡上砍柴，人好好的'])('%s', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});

describe('吴某找到了: 找 begins what is said of 吴某, no given name', () => {
  it('the name is 吴某', () => {
    expect(only(parse('马坊村零报告，吴某找到了，在镇上，稳定'), 'key_person').persons[0]).toMatchObject({ name: '吴某', state: 'stable' });
  });
});

describe('a key person’s history in brackets (（2020年曾赴省上访）) is who the person is, not today’s act', () => {
  it.each(['红星村零报告。重点人员邹某某（2020年曾赴省上访）今天在家，稳定。', '马坊村零报告，韩某某（去年到市集体访过）在地里干活，情绪稳定'])('%s: the zero report and a stable person', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['zero_report', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it('a bracket that says who, beside today’s act, leaves the act', () => {
    expect(only(parse('红星村：邹某某（拆迁户）今天去北京上访了'), 'incident')).toMatchObject({ escalation: 'beijing' });
  });
});

describe('a verb’s failure before the threat (工钱拿不到就去市里) is no negated going', () => {
  it.each([
    ['马坊村零报告，龙某某说工资拿不到就去市里', 'city'],
    ['清河村零报告，孙某某说补偿款讨不到就要到省里去', 'province'],
  ] as const)('%s: %s, no zero report', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation });
  });
});

describe('贵州 哪样 for 什么: 莫得哪样事 is nothing', () => {
  it('a zero report', () => {
    expect(kinds(parse('清河村今天莫得哪样事，都好'))).toEqual(['zero_report']);
  });
});

describe('the duty said first, then the report (周日也报哈，马坊村零报告)', () => {
  it('is the zero report', () => {
    expect(kinds(parse('周日也报哈，马坊村零报告'))).toEqual(['zero_report']);
  });

  it('the duty alone stays talk', () => {
    expect(kinds(parse('节假日也要报，零报告不能断'))).not.toContain('zero_report');
  });
});

// Holdout 33's leaders' words (a 街道's office in the group): an instruction or a rule is no report.
describe('a leader’s instruction about a unit’s matter is no incident', () => {
  it.each(['凤凰社区注意维持好秩序，不要发生肢体冲突，区里我来协调', '前进的事情请及时续报，主要领导在等消息', '马坊那边要尽快续报'])('%s: chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('a unit’s own follow-up is still one', () => {
    expect(only(parse('凤凰社区续报：聚集的5名业主已散去', null), 'incident')).toMatchObject({ people: 5 });
  });
});

describe('the conditions of a zero report, said in general (…才能报零报告)', () => {
  it.each(['对，无进京赴省到市上访、无集体访才能报零报告', '重点人员都无异常、无群体性事件方可上报零报告'])('%s: chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });
});

describe('a group pressing a demand at an office’s level (到街道要求…)', () => {
  it('an incident at the township', () => {
    const r = parse('凤凰社区零报告，另：业主彭某某等7人上午到街道要求退还多收的物业费，已由分管领导接待。', '凤凰社区');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 7, collective: true });
  });
});

describe('gone to a level’s seat to find an office there (去县里了，说要找征收办)', () => {
  it.each([
    ['清河村零报告，拆迁户孙某某今天去市里了，说要找住建局', 'city'],
    ['马坊村：钱某某上午去县里了，称要找县长', 'county'],
  ] as const)('%s: %s, no zero report', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation });
  });

  it('looking for work there is no office', () => {
    expect(kinds(parse('马坊村零报告，王某某今天去县里了，说要找个活干'))).toContain('zero_report');
  });
});
