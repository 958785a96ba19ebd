import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse } from './helpers.js';

// Families of wording found missing by holdouts 15-17 (issue 12), each in sentences of our own: a person named after a
// voice filler or as a unit's (就是张国强…, 杨树的孙长顺…), a surname of two characters, a leader's remark on how to
// make zero reports, yesterday's zero report with today's promised, the day of a zero report put right, a table's
// rows with full-width figures and no measure word.

describe('a named person’s threat beside 零报告 is that person’s news, not an unnamed incident', () => {
  it.each([
    ['after the filler 就是', '清河村今天零报告啊 就是郑国强今天又说要去市里 我们在做工作', '郑国强', 'city'],
    ['named as the unit’s (杨树的…), in dialect (今儿)', '零报告！杨树的孙长顺今儿喝了酒在村里嚷嚷 说不给钱就去县里告', '孙长顺', 'county'],
    ['a surname of two characters', '马坊零报告。欧阳某某今天又说要去省里，被家人劝住了，目前在家。', '欧阳某某', 'province'],
  ])('%s', (_l, text, name, escalation) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toEqual([expect.objectContaining({ name, state: 'abnormal', escalation })]);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a surname of two characters that is also a unit’s alias names the person, and the unit by the alias', () => {
    const units = [
      { name: '司马庄村', aliases: ['司马'] },
      { name: '杨树村', aliases: ['杨树'] },
    ];
    const r = parseMessage({ text: '司马零报告。司马某某今天说要去北京，家属在劝。', sentAt: new Date('2026-11-20T15:00:00+08:00'), senderUnit: '司马庄村' }, units);
    expect(r.reports.map((x) => x.kind)).toEqual(['key_person']);
    const kp = r.reports[0] as Extract<(typeof r.reports)[number], { kind: 'key_person' }>;
    expect(kp.unit).toBe('司马庄村');
    expect(kp.persons).toEqual([expect.objectContaining({ name: '司马某某', state: 'abnormal', escalation: 'beijing' })]);
  });
});

describe('how to make zero reports, told by anyone, is no zero report', () => {
  it.each([
    ['the rule said twice', '零报告就报零报告，别什么小事都往群里发'],
    ['what to do next time', '红星的事镇里已经掌握了。零报告以后不要这样报，有情况就按即时报告报。'],
    ['a leader telling a unit to report zero', '清河的事处理完了，今天清河就报零报告吧，材料别写那么细'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
    expect(kinds(parse(text, '凤凰社区'))).toEqual(['chatter']);
  });

  it('the short 报零 is still read when it is not 报 then 零报告', () => {
    expect(kinds(parse('马坊村报零，无情况', '马坊村'))).toEqual(['zero_report']);
  });
});

describe('yesterday’s zero report, with today’s promised after a space', () => {
  it('is one zero report, for yesterday', () => {
    const r = parse('红星村昨天零报告 今天的晚些再报', '红星村');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '红星村', date: '2026-11-19' }]);
  });

  it('today’s promised alone is still no report', () => {
    expect(kinds(parse('红星村今天零报告 晚些再报', '红星村'))).toEqual(['chatter']);
  });
});

describe('the day of a zero report sent before, put right', () => {
  it('is that zero report again, on the right day, as a correction', () => {
    const r = parse('修改：凤凰社区上条零报告应为11月18日，不是11月17日', '凤凰社区');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '凤凰社区', date: '2026-11-18', correction: true }]);
  });
});

describe('a pasted table with full-width figures and no measure word', () => {
  it('reads each row’s figure under a 项目/数量 header', () => {
    const text = '马坊村日研判 11月20日\n项目\t数量\n排查矛盾纠纷\t３\n调处化解\t２\n新增信访\t１\n重点人员\t５\n异常\t０\n研判结论：需关注';
    const a = only(parse(text, '马坊村'), 'daily_assessment');
    expect(a.counts).toEqual({ disputesFound: 3, disputesResolved: 2, petitions: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
    expect(a.level).toBe('watch');
  });
});

// Second part: what a named key person did is that person's news (a scene alone, 外出上访 with no level), what names
// who the person is is no act of the day (讨薪的…, 送联名信的代表…, 长期上访, a past note in brackets), a key-person
// figure is no crowd (重点人员8人…找回), and a return after a scene calms nothing.

describe('a named key person’s own scene or 外出上访 is the person’s state, not an incident', () => {
  it.each([
    ['a scene alone at the office’s door', '凤凰社区零报告。钱某某今日情绪激动，在社区办公室门口吵闹，已疏导', '钱某某'],
    ['crying and shouting at home', '马坊村零报告，宋秀梅今天在家哭闹，村干部在做工作', '宋秀梅'],
    ['外出上访 with no level, brought back', '清河村零报告（韩某某今日外出上访，已被劝回）', '韩某某'],
  ])('%s', (_l, text, name) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toEqual([expect.objectContaining({ name, state: 'abnormal' })]);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a quarrel with someone, or a 居民 named as the subject, stays an incident', () => {
    expect(kinds(parse('清河村零报告，郑某某和邻居在门口吵闹'))).toContain('incident');
    expect(kinds(parse('居民冯某某因停车纠纷到社区办公室吵闹，已调解平息。', '凤凰社区'))).toEqual(['incident']);
  });

  it('the scene settled with a calm word still leaves no zero report', () => {
    const r = parse('马坊村零报告，钱某某上午在村部吵闹，已劝回，情绪稳定');
    expect(kinds(r)).not.toContain('zero_report');
  });
});

describe('what names who the person is is no act of the day', () => {
  it.each([
    ['讨薪的 before two names', '红星村重点人员动态：讨薪的韩立新、韩大勇在家，老板答应月底前结清，二人情绪稳定。', ['韩立新', '韩大勇']],
    ['送联名信的代表 before the names', '凤凰社区重点人员：送联名信的代表赵建华、钱秀梅已回社区，在家，情绪稳定。', ['赵建华', '钱秀梅']],
    ['a petitioner for years', '清河村重点人员动态：冯某某，因宅基地问题长期上访，今日在家干农活，思想稳定。', ['冯某某']],
  ])('%s', (_l, text, names) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toEqual(names.map((name) => ({ name, state: 'stable', whereabouts: 'home', escalation: null })));
  });

  it('a past petition in brackets notes who the key persons are', () => {
    const r = parse('杨树村日研判：今日排查矛盾纠纷1起；重点人员5人（含前期赴市上访的3名代表），均在家，无异常动向；总体平稳。');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('a key-person figure before 找回 is no crowd come to complain', () => {
    const r = parse('杨树村日研判：排查纠纷2起 化解2起 重点人员9人 异常1人（王某某前期失联已找回，仍需关注） 结论：有苗头');
    expect(kinds(r)).toEqual(['daily_assessment', 'key_person']);
  });

  it('a crowd that came to find the leaders is still one', () => {
    expect(kinds(parse('清河村今天有8名村民到村委会找书记反映土地流转费问题'))).toContain('incident');
  });
});

describe('brought back after a scene, the person is not calm that day', () => {
  it.each([
    ['went to make trouble, fetched back', '红星村零报告（郑某某今天又去镇上闹了，已接回）'],
    ['upset at the township, talked into going home', '清河村：冯某某今天到镇政府找镇长反映低保问题，情绪激动，被劝回家。'],
  ])('%s', (_l, text) => {
    const p = only(parse(text), 'key_person').persons[0]!;
    expect(p.state).toBe('abnormal');
  });

  it.each([
    ['an absence ended by the return', '清河村：冯某某昨晚未归，今早已回家。'],
    ['a calm word after the return', '马坊村：冯某某今天到镇里反映问题，已答复，已回家，情绪平稳。'],
  ])('%s', (_l, text) => {
    expect(only(parse(text), 'key_person').persons[0]!.state).toBe('stable');
  });
});

// Third part: people waiting at an office for an answer, a 续报 of someone fetched back from Beijing, a zero form's
// 联名信访：无, a correction of figures that says why, a risk named in brackets, a 研判 of nothing but 无… with
// 零报告, the office telling a unit's case as a lesson, 未再提进京, a guardian 在身边.

describe('people waiting at an office for its answer', () => {
  it('are an incident at its level, never beside a zero report', () => {
    const r = parse('清河村零报告，今日3名村民在镇政府等待补偿款答复', '清河村');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 3 });
  });

  it('corrected from a zero report, they are the corrected incident', () => {
    const r = parse('更正：马坊村今天不是零报告，以此条为准：今日6名村民继续在县政府等着征地款的答复。', '马坊村');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 6, collective: true, correction: true });
  });
});

describe('a 续报 of someone fetched back from beyond the county', () => {
  it.each([
    ['from Beijing', '【续报一】吕某某已由驻京工作组从北京接回，明晚到家。', 'beijing'],
    ['at the provincial capital’s station', '续报：吕某某已在省城火车站被接回，正在返回途中。', 'province'],
  ])('%s is still the petition’s incident', (_l, text, escalation) => {
    expect(only(parse(text), 'incident').escalation).toBe(escalation);
  });

  it('found at the county town it stays the person’s news', () => {
    expect(kinds(parse('续报：吕某某已在县汽车站找到，已劝返回家，情绪平稳。'))).toEqual(['key_person']);
  });
});

describe('a zero form’s lines and notes are no figures', () => {
  it('联名信访：无 is a kind of petition answered none, not the day’s petitions', () => {
    const text = '红星村信访维稳零报告\n一、进京赴省到市上访：无\n二、集体访、联名信访：无\n三、群体性事件：无\n村支书：贺某（签字）';
    expect(kinds(parse(text, '红星村'))).toContain('zero_report');
    expect(kinds(parse(text, '红星村'))).not.toContain('daily_assessment');
  });

  it('a 研判 of nothing but 无… that ends 零报告 is both', () => {
    expect(kinds(parse('马坊村 11月20日 研判：无矛盾纠纷，无信访，无重点人员异常，平稳。零报告。', '马坊村'))).toEqual(['zero_report', 'daily_assessment']);
  });

  it('a risk named in brackets after 隐患 is not what happened', () => {
    const r = parse('凤凰社区元宵节日研判：庙会期间人员密集，排查矛盾纠纷0件，重点人员4名均稳定，存在隐患（人员聚集）。', '凤凰社区');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').level).toBe('watch');
  });
});

describe('a correction of figures that says why', () => {
  it('keeps only the figure it corrects (the dispute named is the one counted before)', () => {
    const a = only(parse('更正上条：清河村今日研判化解应为0起，李家宅基地纠纷还在调解中，形势需关注。', '清河村'), 'daily_assessment');
    expect(a.counts).toEqual({ disputesResolved: 0 });
    expect(a.correction).toBe(true);
  });

  it('without 更正, a dispute in mediation beside the figures is still one found', () => {
    expect(only(parse('清河村日研判：化解0起，李家宅基地纠纷正在调解中，需关注', '清河村'), 'daily_assessment').counts.disputesFound).toBe(1);
  });
});

describe('the office telling a unit’s case to all as a lesson', () => {
  it('is a notice', () => {
    expect(kinds(parse('通报：11月18日我镇红星村发生一起到镇集体访，已妥善处置。请各村（社区）引以为戒，加强排查。', null))).toEqual(['chatter']);
  });

  it('the unit telling its own case is still its report', () => {
    expect(kinds(parse('红星村今天有6名村民到镇政府集体访，已劝回。', '红星村'))).toEqual(['incident']);
  });
});

describe('a key person’s day in other words', () => {
  it('未再提进京 says no more of Beijing', () => {
    const p = only(parse('杨树村重点人员表\n序号\t姓名\t今日动态\n1\t冯某某\t在家，情绪较上周平稳，未再提进京'), 'key_person').persons[0]!;
    expect(p).toEqual({ name: '冯某某', state: 'stable', whereabouts: 'home', escalation: null });
  });

  it('a guardian 在身边 is not somewhere away', () => {
    const p = only(parse('红星村重点人员：冯某某，智力残疾，今日在家，监护人在身边，情况稳定。'), 'key_person').persons[0]!;
    expect(p.whereabouts).toBe('home');
  });
});

describe('who came again is the count', () => {
  it('not the group that names them', () => {
    const r = parse('清河零报告。昨天去县里的那9个人今天又来了3个，在县政府等答复', '清河村');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 3 });
  });
});

describe('the office passing on a named unit’s key person', () => {
  it('is that unit’s key-person report', () => {
    const r = parse('镇综治中心通报：红星村冯某某今日在家稳定，包保措施落实到位', null);
    expect(only(r, 'key_person')).toMatchObject({ unit: '红星村', persons: [{ name: '冯某某', state: 'stable', whereabouts: 'home', escalation: null }] });
  });

  it('an instruction to all about that person stays a notice', () => {
    expect(kinds(parse('请各村落实包保责任，红星村冯某某要每日见面', null))).toEqual(['chatter']);
  });
});

describe('a mediation asked for that day is a dispute found', () => {
  it.each([
    ['the figure after the request', '马坊村今日受理调解申请2件（宅基地、噪音），正在调解', 2],
    ['the figure before it, in words', '红星村今天接到了一起邻里漏水纠纷的调解申请，村调委会正在调解', 1],
    ['from the people, in Chinese figures', '凤凰社区今日收到居民调解申请三件，已调解1件', 3],
  ])('%s', (_l, text, found) => {
    expect(only(parse(text), 'daily_assessment').counts.disputesFound).toBe(found);
  });

  it('never beside a zero report', () => {
    const r = parse('清河村零报告，今日受理调解申请1件，正在调解', '清河村');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(r.warnings).toContain('self_contradiction');
  });
});

// Holdout 22's unsafe case (read after scoring), in sentences of our own: a petition named as today's (今天的集体访群众,
// 上午的上访人员) happened today, whatever became of it; a past one (上周的) or a denied one is not the day's.
describe('a petition named as today’s is the day’s news, even told by its people', () => {
  it.each([
    ['马坊村今日零报告。今天的集体访群众已全部劝回，情绪稳定。', true],
    ['马坊村零报告，下午的上访人员都已返回', false],
  ])('%s', (text, collective) => {
    const r = parse(text, '马坊村');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').collective).toBe(collective);
    expect(r.warnings).toContain('self_contradiction');
  });
  it.each(['马坊村今日零报告。上周的集体访群众均已息访，情绪平稳。', '马坊村零报告，无集体访群众'])('%s stays a zero report', (text) => {
    expect(kinds(parse(text, '马坊村'))).toEqual(['zero_report']);
  });
});
