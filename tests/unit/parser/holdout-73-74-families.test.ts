import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 73 (海南 黎族/苗族, 春节 2041) and 74 (鲁西南, 国庆 2041) misses.
const LUNAR = '2041-02-05T17:00:00+08:00'; // 正月初五
const OCT = '2041-10-04T10:00:00+08:00';

describe('who is named', () => {
  it('待家 is 在家 (not 接待家属)', () => {
    const r = parse('杨树村零报告，重点人员李满仓待家没出门');
    expect(kinds(r)).toEqual(['zero_report', 'key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '李满仓', whereabouts: 'home' });
    expect(kinds(parse('杨树村今天接待家属3人，零报告'))).toEqual(['zero_report']);
  });

  it('a name before 他们, 一大早, 领头 or 来村委', () => {
    expect(only(parse('杨树村王有福一大早出门了，不知道上哪了，电话不接'), 'key_person').persons[0]).toMatchObject({ name: '王有福', state: 'abnormal' });
    expect(only(parse('听说王有福他们想25号再去县里，还要拉上几户'), 'key_person').persons[0]).toMatchObject({ name: '王有福', state: 'abnormal', escalation: 'county' });
    expect(only(parse('杨树村零报告，王有福来村委拜年了，稳定的'), 'key_person').persons[0]!.name).toBe('王有福');
  });

  it('盘 (瑶族, 苗族) as a surname of three-character names', () => {
    expect(only(parse('杨树村零报告，盘文贵、李进明在家，情绪平稳'), 'key_person').persons.map((p) => p.name)).toEqual(['盘文贵', '李进明']);
  });

  it('a name of three that fills its brackets; a weekday or a place in brackets is none', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷0起；重点人员1人（马跃进），无异常。'), 'key_person').persons[0]!.name).toBe('马跃进');
    expect(kinds(parse('杨树村11月20日（周五）日研判：排查矛盾纠纷0起，重点人员3人，均稳定。'))).toEqual(['daily_assessment']);
  });

  it('the boss said to owe the workers is no key person', () => {
    const r = parse('杨树村有十几个胶工讲承包老板吴某欠他们工钱两个多月，年前拿不到钱就去县里');
    expect(kinds(r)).toEqual(['incident']);
  });
});

describe('what the person means to do', () => {
  it.each([
    ['杨树村零报告。另外王秀兰说县里不给答复就12月8号去市里，在做工作，人在家。', 'threat'],
    ['王秀兰又开始念叨理财的钱，说等12月8号上班就去市里金融办，今天在家', undefined],
  ])('%s', (text, modality) => {
    const r = parse(text, '杨树村', OCT.replace('10-04', '11-20'));
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'city', ...(modality ? { modality } : {}) });
  });

  it('说是去县里找住建局 is a going to petition', () => {
    expect(only(parse('杨树村王有福今天一早出去了，说是去县里找住建局，包保人跟着呢'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });

  it('没再提去市里的事: no going', () => {
    expect(only(parse('杨树村零报告，王秀兰今天待家剥花生，没再提去市里的事'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'home', state: 'stable' });
  });
});

describe('the offices the cadres deal with, and the signer', () => {
  it.each(['杨树村马上联系县驻京工作组，镇信访办同步报县信访局。', '县信访局那边讲了，王有福的材料已收下，让杨树村把人接回来，注意方式方法。', '【工作提示】请杨树村自即日起对重点人员王有福落实24小时稳控，每日两报。——镇信访办'])('%s is no incident', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it.each(['杨树村支书王建国：同意上报今日零报告', '驻村第一书记签字确认：杨树村11月20日零报告属实。', '杨树村书记李秀英：本村今日报告确认'])('%s is 确认', (text) => {
    expect(kinds(parse(text))).toEqual(['command']);
  });

  it('…but a signed report with more in it is the report', () => {
    expect(kinds(parse('村支书签字确认，杨树村零报告，李满仓、王有福都在家'))).toEqual(['zero_report', 'key_person']);
  });
});

describe('what happened today beside 零报告', () => {
  it('中午那个纠纷 is today’s, not one known before', () => {
    expect(kinds(parse('杨树村今天零报告，中午那个宅基地纠纷已经调解结束了，没事了'))).not.toContain('zero_report');
  });

  it('a petition of 初四 told on 初五 is that day’s incident', () => {
    const r = parse('杨树村零报告。另外核实到：王秀兰初四在省城去了省信访局递材料，是她女儿今天跟我们讲的。', '杨树村', LUNAR);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'province', date: '2041-02-04' });
  });

  it('someone being talked back, under way', () => {
    expect(kinds(parse('杨树村今日零报告。已安排村副主任随行劝返。'))).not.toContain('zero_report');
  });

  it('a 续报 of a person back in the village is the incident’s follow-up too', () => {
    expect(kinds(parse('续报：王有福已跟村主任回到村里，在家，情绪平稳。'))).toEqual(['key_person', 'incident']);
  });
});

describe('units', () => {
  it('a 片区 named by its first unit, its units in brackets', () => {
    expect(parse('杨树片区（杨树村、马坊村）今日零报告：两村均无进京赴省到县上访。', null).reports.map((r) => 'unit' in r && r.unit)).toEqual(['杨树村', '马坊村']);
  });

  it('another unit’s team as the other party', () => {
    expect(only(parse('杨树村零报告。村里李家跟马坊村二队因为水沟占地吵起来了，已经平息。'), 'incident').unit).toBe('杨树村');
  });
});

describe('counts', () => {
  it('纠纷1起在调 is none found; 重点人员X等3人均在村，稳定 is 3 and 0 abnormal', () => {
    expect(only(parse('杨树村日研判：欠薪纠纷1起在调；今日化解0起；新增信访0件。'), 'daily_assessment').counts.disputesFound).toBeUndefined();
    expect(only(parse('杨树村日研判：今日新排查矛盾纠纷0起；重点人员李满仓等3人均在村，稳定。'), 'daily_assessment').counts).toMatchObject({ keyPersons: 3, keyPersonsAbnormal: 0 });
  });
});

describe('holdouts 73-74, read further', () => {
  it('a petition of a day just past keeps who went (村民X昨天去县信访局…: one person)', () => {
    const r = parse('杨树村零报告，无进京赴省到县上访。另，村民刘亚春昨天去县信访局问低保的事，已回来了。');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 1, date: '2026-11-19', summary: '村民刘亚春昨天去县信访局问低保的事，已回来了' });
  });

  it('a few workers come to the office to say what they are owed press a demand', () => {
    expect(only(parse('杨树村有3名胶工来村委会讲老板还欠他们年终奖，已协调好。'), 'incident')).toMatchObject({ people: 3 });
    expect(only(parse('杨树村零报告，上午有两个采茶工在茶园里为工钱吵架，老板已处理好了'), 'incident').people).toBe(2);
  });

  it('游客多 is no name', () => {
    expect(only(parse('杨树村报：景区今天游客多，李满仓等人在家，平稳。'), 'key_person').persons.map((p) => p.name)).toEqual(['李满仓']);
  });

  it('撤回上一条。更正：… is the correction, not the undo', () => {
    const r = parse('撤回上一条。更正：王有福没到县里，走到半路在马坊那边就被劝回来了，现在在家。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person')).toMatchObject({ unit: '杨树村', correction: true });
  });

  it('继续报 is no 续报', () => {
    expect(kinds(parse('国庆最后一天，站好最后一班岗。明天上班后零报告继续报一天。', null))).toEqual(['chatter']);
  });

  it('someone gone to a county bureau, told as done, is there to petition; an errand said clears it', () => {
    expect(only(parse('王有福到县住建局了，住建局放假没人，他在门口坐着'), 'incident').escalation).toBe('county');
    expect(kinds(parse('王有福到县医保局了，办理报销手续'))).not.toContain('incident');
  });
});
