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
    expect(only(r, 'key_person').persons).toEqual([{ name: '潘某某', state: 'abnormal', whereabouts: 'unknown', escalation: 'county' }]);
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
