import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Forms and talk around the reports: a risk observed is assessed, not an incident; a case named is not an act of
// the day; the office acting is not a petition; talk about a report sent or to be sent by someone else is chatter;
// asking whether a rumour is true reports nothing; figures in 项目｜数量 rows and 其中N起已化解; several units under one
// heading; another county's news.

describe('signs, cases and offices are not incidents', () => {
  it('a group with signs of heading to the city, in an assessment, is the assessment’s risk', () => {
    const r = parse('马坊村紧急研判：因修路占地问题，2组十余户村民情绪激动，有串联到市上访的迹象，形势严峻。排查矛盾纠纷1起，化解0起。');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').level).toBe('alert');
  });

  it('a group that says it will go is still an incident', () => {
    expect(kinds(parse('马坊村零报告。修路的事有十几户村民说要去市里上访，我们在盯着。'))).toContain('incident');
  });

  it.each([
    ['an assessment naming the case', '清河村日研判：王某某赴省事项尚未化解，重点人员5人，异常1人；排查矛盾纠纷0起；需关注。'],
    ['a figure’s note naming the case', '清河村研判：新增信访1件（王某某进京事项），重点人员5人，有异常动向0人；研判：稳定可控。'],
  ])('a case named (进京事项) is not an incident: %s', (_l, text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });

  it('…but beside 零报告 it still stops the zero report', () => {
    expect(kinds(parse('清河村零报告，王某某进京事项还没平息'))).not.toContain('zero_report');
  });

  it.each([
    ['the township office sends someone', '收到，镇信访办马上派人过去'],
    ['the county office sends people down', '好的，县信访局已经派人下来了'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('someone at the township office is still a petition there', () => {
    expect(only(parse('马坊村王某某今天到镇信访办反映低保问题'), 'incident').escalation).toBe('township');
  });
});

describe('picked up in Beijing', () => {
  it.each([
    ['the going told, then the pick-up', '马坊村王某某今天还是去了，在北京南站被接回，明天回村'],
  ])('with the going told it is the day’s petition: %s', (_l, text) => {
    expect(only(parse(text), 'incident').escalation).toBe('beijing');
  });

  it('a pick-up alone follows up a journey reported before: the person’s state', () => {
    const r = parse('马坊村刘某某已被驻京工作组在北京西站劝返，现在返程的火车上，情绪还有点激动。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toMatchObject([{ name: '刘某某', state: 'abnormal', whereabouts: 'away' }]);
  });

  it.each([
    ['a pick-up alone', '马坊村零报告。刘某某已在北京西站被劝返，明天回来'],
    ['met at the station', '马坊村零报告，王某某今天坐高铁走了，驻京工作组已在北京西站接到人'],
  ])('…and never lets a zero report stand: %s', (_l, text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });
});

describe('talk around a report is chatter', () => {
  it.each([
    ['sent already', '@王主任 我们村的日研判已经发了，麻烦看一下'],
    ['sent by someone else tomorrow', '网格员明天去县里开会，研判由我代报'],
    ['is it true?', '听说清河昨天有人打起来了？有这个事没'],
    ['is it true? (是真的吗)', '听说红星有人去北京了，是真的吗'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it('a report sent again after a mistake is a correction', () => {
    expect(parse('刚才报错了，重新报：马坊村今日零报告，无进京赴省到市上访。').reports).toEqual([{ kind: 'zero_report', unit: '马坊村', date: '2026-11-20', correction: true }]);
  });

  it('another county’s news passed on is not the unit’s incident', () => {
    const r = parse('凤凰社区日研判：排查0起，信访0件，重点人员3人均稳定。另：群里有人转发邻市强拆的视频，已提醒居民不信谣不传谣。');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });
});

describe('figures in forms', () => {
  it('项目｜数量 rows', () => {
    const r = parse('清河村日研判：\n项目：排查矛盾纠纷｜数量：2起\n项目：调处化解｜数量：1起\n项目：新增信访｜数量：0件\n项目：重点人员｜数量：3人\n研判：平稳');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 1, petitions: 0, keyPersons: 3 });
  });

  it('the field first, then 新发/新增', () => {
    const r = parse('马坊村日研判：矛盾纠纷新发2起、化解1起，信访新增1件，重点人员在控5人，均稳定，总体平稳');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 1, petitions: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('a bare count of the upset after the key-person figure', () => {
    const r = parse('清河村研判：新排查纠纷3件（已化解2件），重点对象4人，1人情绪波动，需关注');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 3, disputesResolved: 2, keyPersons: 4, keyPersonsAbnormal: 1 });
  });

  it('其中N起已化解 is the figure settled', () => {
    const r = parse('凤凰社区日研判：排查矛盾纠纷3起，其中2起已化解；重点人员4人均稳定；总体平稳。');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 3, disputesResolved: 2, keyPersons: 4, keyPersonsAbnormal: 0 });
  });

  it('several units under one heading, each in its sentence', () => {
    const r = parse('片区汇总（第二片）：马坊村排查矛盾纠纷1起、化解1起，总体平稳；清河村排查矛盾纠纷0起，重点人员2人均稳定，总体平稳。', null);
    expect(r.reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([
      ['daily_assessment', '马坊村'],
      ['daily_assessment', '清河村'],
    ]);
  });
});
