import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind the misses of blind holdouts 47 (宁夏 生态移民 township, 两会 2035) and 48 (海南 township,
// 春节 2035) at their first runs. Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('回族 and 海南 surnames that are everyday characters', () => {
  it.each([
    ['杨树村：海德明在家，情绪稳定', '海德明'],
    ['杨树村：冶文忠今天在家，稳定', '冶文忠'],
    ['杨树村：锁有贵外出务工，稳定', '锁有贵'],
    ['杨树村：吉亚妹在家，稳定', '吉亚妹'],
    ['杨树村：云德才在家，稳定', '云德才'],
  ])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual([name]);
  });

  it.each(['杨树村：海边在施工，秩序正常', '杨树村：拜年去了，都在家', '杨树村零报告，云南来的客商在家具厂看货'])('%s: no name of two characters', (text) => {
    expect(kinds(parse(text))).not.toContain('key_person');
  });

  it('羊某某 is a name', () => {
    expect(only(parse('杨树村零报告，村民羊某某电话一直打无通，家里人讲已经三天无联系'), 'key_person').persons[0]!.name).toBe('羊某某');
  });
});

describe('海南 无 for 没/不', () => {
  it('电话打无通, 三天无联系: unreachable, no zero report', () => {
    const r = parse('杨树村零报告，村民羊某某电话一直打无通，家里人讲已经三天无联系');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('还无结果就去县民政局: the negation ends at 就去, the threat stands', () => {
    const r = parse('杨树村零报告。吉亚妹讲低保复核下礼拜还无结果就去县民政局');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('county');
  });
});

describe('going to take a matter up', () => {
  it('到镇上找移民办问…补助: a petition at the township', () => {
    const r = parse('杨树村今日零报告。海德明下午到镇上找移民办问老家宅基地复垦补助，说了一会儿就回去了。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('township');
  });

  it('3个人跟着去公司要钱了: a group pressing wages at the company', () => {
    expect(kinds(parse('杨树村零报告，就是上午也有3个人跟着去公司要钱了，现在都回来了。'))).toEqual(['incident']);
  });

  it('又去他堂哥家门口骂: a flare-up; 在小区门口骂物业 of a listed key person stays the person’s', () => {
    expect(kinds(parse('杨树村今天一切正常。就是陈某某今天又去他堂哥家门口骂，村干部拉开了'))).toContain('incident');
    expect(kinds(parse('杨树村重点人员：郑某某今天情绪波动，在小区门口骂物业，网格员在陪。'))).toEqual(['key_person']);
  });
});

describe('a form typed with bars', () => {
  it('时间｜…\\n地点｜…: fields, not a table', () => {
    const r = parse('【首报】\n时间｜11月20日8:50\n地点｜镇政府门口\n人数｜12人\n诉求｜安置房交房延期');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 12, collective: true, summary: '地点：镇政府门口' });
  });
});

describe('more of holdout 47', () => {
  it.each(['@维稳助手 零报告咋弄呢，有没有个格式', '@维稳助手 零报告咋报呢', '@维稳助手 补报昨天的零报告要么子格式'])('%s: asked how, help', (text) => {
    expect(kinds(parse(text, null))).toEqual(['command']);
  });

  it('补报昨天的零报告，昨天忘了: yesterday’s zero report', () => {
    const r = parse('杨树村补报昨天的零报告，昨天忘了');
    expect(only(r, 'zero_report').date).toBe('2026-11-19');
  });

  it('进京0、赴区0、到县0: a negated form, no county petition', () => {
    expect(kinds(parse('杨树村零报告：进京0、赴区0、到市0、到县0，集体访0。'))).toEqual(['zero_report']);
  });

  it('去年摘枸杞的二十多个工人到公司…讨要: the past word says who they are', () => {
    expect(only(parse('杨树村报告：今天上午，去年摘苹果的二十多个工人到公司办公楼讨要工钱'), 'incident')).toMatchObject({ people: null, collective: true });
  });

  it('上月赴京上访的X已息诉罢访 stays a past petition', () => {
    expect(kinds(parse('杨树村：上月赴京上访的郭某某已息诉罢访，目前在家。'))).toEqual(['key_person']);
  });

  it('占地户X说要去北京告: named after 占地户', () => {
    expect(only(parse('杨树村报告：占地户锁有贵早上说要去北京告公司，现在人在家'), 'key_person').persons[0]).toMatchObject({ name: '锁有贵', escalation: 'beijing' });
  });

  it('剩下两户X、Y嫌…，说不给补齐就到县里去: both named', () => {
    const r = parse('杨树村：补偿款到了。剩下两户锁有贵、锁有禄嫌面积算少了，说不给补齐就到县里去');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['锁有贵', '锁有禄']);
  });

  it.each([
    ['杨树村冶德明今天回固原老家看房子了，过两天回来，稳定。', 'away'],
    ['杨树村零报告，冶德明还在固原老家，电话联系正常。', 'away'],
    ['杨树村杨秀珍今天去县医院看病了，她女儿陪着', 'away'],
    ['杨树村重点人员：拜学文（银川住院，家属陪同，稳定）', 'away'],
    ['杨树村温某某昨晚已接回，今天在家，他说是去市一医院看病顺便去信访局问问', 'home'],
  ])('%s: %s', (text, where) => {
    expect(only(parse(text), 'key_person').persons[0]!.whereabouts).toBe(where);
  });

  it('又嚷着要走: abnormal', () => {
    expect(only(parse('杨树村锁有贵今天早上又嚷着要走，他儿子把身份证收起来了，人在家。'), 'key_person').persons[0]!.state).toBe('abnormal');
  });
});

describe('more of holdout 48', () => {
  it('X无去，她今天在家: 无去 as 没去, named and home', () => {
    expect(only(parse('杨树村：黄亚珍无去，她今天在家晒槟榔干，稳定的'), 'key_person').persons[0]).toMatchObject({ name: '黄亚珍', whereabouts: 'home' });
  });

  it('X村昨天零报告忘记报了，补报一下: yesterday’s', () => {
    expect(only(parse('杨树村昨天零报告忘记报了，补报一下'), 'zero_report').date).toBe('2026-11-19');
  });

  it('两个后生仔喝酒吵了几句: two people', () => {
    expect(only(parse('杨树村：刚才村里两个后生仔喝酒吵了几句，已经劝开了'), 'incident').people).toBe(2);
  });

  it('十几个人又围过去: a crowd', () => {
    expect(kinds(parse('杨树村：界桩吹倒了，公司的人去重新立桩，村民讲立错了，十几个人又围过去，镇里已通知停工'))).toContain('incident');
  });

  it('X老婆讲他今天去市里买东西了: the person named before 老婆', () => {
    expect(only(parse('杨树村零报告。符德明老婆讲他今天去市里买东西了，晚上回来，稳定'), 'key_person').persons[0]!.name).toBe('符德明');
  });

  it('带着村里6个槟榔种植户去镇政府了: seven people, a group', () => {
    expect(only(parse('杨树村黄亚珍带着村里6个槟榔种植户去镇政府了，要求镇里帮忙追讨欠款'), 'incident')).toMatchObject({ people: 7, collective: true });
  });

  it('杨树岭镇马坊村 (as 南渡岭镇港北社区): the township’s name holds no alias of a village', () => {
    expect(only(parse('杨树岭镇马坊村零报告：无集体访、无越级访。', null), 'zero_report').unit).toBe('马坊村');
  });

  it('X跟我讲…他要叫全村人去地里看着，怕公司多划: the person’s plan to rally the village, of the sender’s unit', () => {
    const r = parse('杨树村零报告，无异常。另：符德明下午跟我讲勘界那天他要叫全村人去地里看着，怕马坊多划');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person')).toMatchObject({ unit: '杨树村', persons: [{ name: '符德明', state: 'abnormal' }] });
  });
});
