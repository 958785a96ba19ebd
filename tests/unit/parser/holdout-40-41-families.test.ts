import { describe, expect, it } from 'vitest';
import { modalityOf } from '../../../src/parser/modality.js';
import { normalizeText } from '../../../src/parser/normalize.js';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind the unsafe zero reports of blind holdouts 40 (陕西 loess plateau, 五一) and 41 (江南 water
// town, 国庆) at their first run. Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('吴语 and 陕西 words read as Mandarin', () => {
  it.each([
    ['两家为晒场吵相骂', '两家为晒场吵架'],
    ['兄弟两个打相打', '兄弟两个打架'],
    ['工人围牢老板', '工人围住老板'],
    ['孙某某又寻不着了', '孙某某又找不着了'],
    ['叫了七八个人一道去镇上', '叫了七八个人一起去镇上'],
    ['额村零报告，额们都在', '我村零报告,我们都在'],
    ['他去延安咧，夜个黑了回来咧', '他去延安了,昨晚回来了'],
  ])('%s → %s', (text, read) => {
    expect(normalizeText(text).text).toBe(read);
  });

  it('咧嘴 and 大大咧咧 keep their 咧; 一道题 its 一道', () => {
    expect(normalizeText('他咧嘴笑，大大咧咧的，一道题').text).toBe('他咧嘴笑,大大咧咧的,一道题');
  });

  it.each(['马坊零报告，3户人家为用水吵相骂，村里正在调', '清河村今早零报告，还有一桩，两兄弟为宅基地打相打，派出所来过了'])('%s: an incident, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });
});

describe('a crowd at a gate, wages demanded, a long quarrel: incidents', () => {
  it.each([
    '前进社区零报告。另：有十来个回迁户在社区门口聚着，说房产证办不下来',
    '杨树村零报告，但是有8个外卖骑手在站点门口围牢站长讨工资',
    '马坊零报告，下午有五六个村民在村委会门口讲补偿不公，吵了半个钟头，已散',
  ])('%s', (text) => {
    const r = parse(text, text.startsWith('前进') ? '前进社区' : '杨树村');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });

  it('凌晨…家庭纠纷已处置，两口子已和好: one dispute found and settled that day, no zero report', () => {
    expect(kinds(parse('杨树村：凌晨3号楼家庭纠纷已处置，两口子已和好，其余无异常。'))).not.toContain('zero_report');
  });
});

describe('threats: said before leaving, said the day before, at a county office', () => {
  it('走之前说要到省信访局…: before leaving is no past', () => {
    const r = parse('马坊零报告，周满仓去省城他女儿家了，走之前说要到省信访局问拆迁的事');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
  });

  it('昨日夜里…讲国庆要到省里去上访: a threat made yesterday still stands', () => {
    const r = parse('清河村一切正常。昨日夜里村民吴秀英在群里发消息讲国庆要到省里去上访，已安排人盯住');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '吴秀英', state: 'abnormal', escalation: 'province' });
  });

  it('昨天跟邻居吵架的那户今天调解好了: the past naming who stays the past', () => {
    expect(kinds(parse('马坊零报告，昨天跟邻居吵架的那户今天调解好了'))).toEqual(['zero_report']);
  });

  it('到县妇联去告: an office of the county', () => {
    const r = parse('杨树村零报告，刘改花跟她男人又闹离婚，说要到县妇联去告');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘改花', escalation: 'county' });
  });
});

describe('a full name told with a key person\'s news, without 重点人员', () => {
  it.each([
    ['马坊村拓红军在后沟放羊，稳定', '拓红军'],
    ['清河村周金宝还是联系不上，他媳妇说可能去西安了', '周金宝'],
  ])('%s: %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });
});

describe('a full name at a clause\'s start, told with a state, in any message', () => {
  it.each([
    ['清河村零报告，宋金宝在屋里歇着', '宋金宝'],
    ['马坊零报告。对了，惠建军今早跟我说补助再不兑现就要到县上去告', '惠建军'],
  ])('%s: %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]!.name).toBe(name);
  });

  it.each(['大家辛苦了，马坊零报告', '杨树村即时报告：李姓与王姓因祖坟山界有争议，约20人在山上争吵'])('%s: no person named', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });
});

describe('the cadres\' own next step is no plan of the person\'s', () => {
  it.each([
    ['两兄弟为分船的钱吵得很凶，派出所也来了，我明天再去劝', 'act'],
    ['刘某某说明天要去县里', 'plan'],
  ] as const)('%s → %s', (text, m) => {
    expect(modalityOf(text)).toBe(m);
  });
});

describe('names after a household noun or a village group, and told with 还是, 前日, 电话', () => {
  it.each([
    ['前进社区零报告，不过二期安置户胡小毛讲要搭几户人家联名写信到县里', '胡小毛'],
    ['马坊零报告，对了3组谢国平前日讲要去市里反映征地补偿，今天人不在家，电话关机', '谢国平'],
    ['清河村零报告，金根宝还是有点情绪，说宅基地审批不公平', '金根宝'],
    ['杨树村今天无异常，就是重点人员蒋小四电话打不通', '蒋小四'],
  ])('%s: %s', (text, name) => {
    expect(only(parse(text, text.startsWith('前进') ? '前进社区' : '杨树村'), 'key_person').persons[0]!.name).toBe(name);
  });

  it.each(['王庄还是老样子，没啥事', '村里电话打不通', '包工头还是没露面，工人说明天要去县上'])('%s: no person named', (text) => {
    for (const r of parse(text).reports) if (r.kind === 'key_person') expect(r.persons.map((p) => p.name)).toEqual(['未具名人员']);
  });
});

describe('home words of the loess plateau: 在窑里, 在岗', () => {
  it.each(['马坊零报告，宋金宝在窑里歇着', '清河村零报告，刘兰芳在岗，稳定'])('%s: a stable person at home beside the zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});
