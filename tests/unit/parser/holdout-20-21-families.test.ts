import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import type { UnitName } from '../../../src/parser/schema.js';
import { kinds, only, parse, SENT } from './helpers.js';

// Families of wording that yielded an unsafe zero report in blind holdouts 20 and 21 at their first run. Each case
// is an invented variant (other names, units, levels, phrasings), never a corpus line.

describe('州 as the prefecture level (自治州) is the city level', () => {
  it.each([
    ['今天零报告，就是李某某在家里嚷着要去州里告状，村干部在劝，还没出门', 'city'],
    ['零报告。王某某说明天要到州上反映补偿的事', 'city'],
  ])('%s: a threat toward the 州 is abnormal, no zero report', (text, level) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const p = only(r, 'key_person').persons[0]!;
    expect(p.state).toBe('abnormal');
    expect(p.escalation).toBe(level);
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['刘某某今天上午到州信访局反映宅基地问题', '陈某某今天去了州政府门口，已接回'])('%s: an incident at the city level', (text) => {
    expect(only(parse(text), 'incident').escalation).toBe('city');
  });

  it.each(['赵某某在州人民医院住院，情绪稳定', '孙某某去杭州里面的厂打工，情绪稳定'])('%s: a hospital, or 州 inside a city name, is no petition', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('incident');
    expect(only(r, 'key_person').persons[0]!.escalation).toBeNull();
  });
});

describe('someone of another unit gone again to a government office, told beside one’s own 零报告', () => {
  it('the news is the other unit’s incident and the message has no zero report', () => {
    const r = parse('杨树村零报告；另外红星村的周某某今天又去镇政府了，红星书记叫我帮忙说一声');
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.unit).toBe('红星村');
    expect(i.escalation).toBe('township');
    // The person told of is that unit's too, not the sender's.
    for (const k of r.reports.filter((x) => x.kind === 'key_person')) expect(k.unit).toBe('红星村');
  });

  it('going again to the 街道 government is a petition at the township level', () => {
    expect(only(parse('吴某某下午又到乡政府了'), 'incident').escalation).toBe('township');
  });

  it('going once, with nothing more said, stays no report', () => {
    expect(kinds(parse('马某某今天去镇政府了'))).not.toContain('incident');
  });
});

describe('people who went to the township today about a matter are a report, even played down', () => {
  it.each([
    ['零报告。上午有三个村民去了镇里，问危房改造的事，问完就回了', 3],
    ['今天零报告，下午有两个人去了街道，说是问低保的事，没啥', 2],
  ])('%s', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.escalation).toBe('township');
    expect(i.people).toBe(people);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('going to market is an errand', () => {
    expect(kinds(parse('零报告。有两个村民去了镇里赶集'))).toEqual(['zero_report']);
  });

  it('hearsay of another place, disowned and passed on to be checked, leaves the zero report', () => {
    expect(kinds(parse('杨树村今日零报告。另外听说红星那边有人去了县里，不是我们村的，请红星核实一下。'))).toEqual(['zero_report']);
  });
});

describe('trouble still going on today, whatever was reported before, forbids the zero report', () => {
  it.each([
    '今天零报告，车祸那个事已经报过了，家属还在村委会闹',
    '零报告 就是工伤那个事上面报过了 工友又跑到厂里闹',
    '今日零报告。拆迁的事前面报了，那几户一直在工地闹',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBeNull();
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['今天零报告，上周那个事已经处理完了，家属没再闹', '今天零报告，那户人家还在家，不闹了'])('%s: no longer at it', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

// Families of the other misses of holdouts 20 and 21 (invented variants, an invented roster where aliases are common
// words or the township's own name).
const ROSTER: UnitName[] = [
  { name: '青松社区', aliases: ['青松'] },
  { name: '中心村', aliases: ['中心'] },
  { name: '柳湾村', aliases: ['柳湾'] },
  { name: '石门村', aliases: ['石门'] },
];
const parseIn = (text: string, senderUnit: string | null = null) => parseMessage({ text, sentAt: new Date(SENT), senderUnit }, ROSTER);

describe('a unit’s alias inside an organisation’s name is not that unit', () => {
  it('the office (综治中心) reporting for two units reports for those two', () => {
    const r = parseIn('镇综治中心代报：柳湾村、石门村今日零报告（网络不好，电话报的）');
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['柳湾村', '石门村']);
  });

  it('a school named after the township is no unit of the roster', () => {
    expect(only(parseIn('青松镇中心小学今日零报告，校园安全稳定'), 'zero_report').unit).toBeNull();
  });

  it('the 街道 named before its 社区 leaves the 社区', () => {
    expect(only(parseIn('青松街道石门村今日零报告'), 'zero_report').unit).toBe('石门村');
  });

  it('an office notice headed by the 街道 and its 综治中心 is chatter', () => {
    expect(kinds(parseIn('【青松街道综治中心通知】各村（社区）：本周起实行一天一报，发生进京、赴省上访的，30分钟内电话报告'))).toEqual(['chatter']);
  });

  it('the alias alone still names the unit', () => {
    expect(only(parseIn('中心今天零报告'), 'zero_report').unit).toBe('中心村');
    expect(only(parseIn('青松今日零报告'), 'zero_report').unit).toBe('青松社区');
  });
});

describe('a correction of an incident’s headcount is that incident, corrected', () => {
  it.each([
    ['更正：红星村11月18日即时报告中上访人数应为12人，不是15人，其余内容不变。', 12, '2026-11-18'],
    ['更正：昨天首报的聚集人数应为六人，其他不变', 6, '2026-11-19'],
    ['更正：工地讨薪的工人是九名，不是八名', 9, '2026-11-20'],
  ])('%s', (text, people, date) => {
    const i = only(parse(text), 'incident');
    expect(i.people).toBe(people);
    expect(i.date).toBe(date);
    expect(i.correction).toBe(true);
  });

  it('a corrected count of key persons stays the assessment’s', () => {
    expect(kinds(parse('更正：重点人员人数应为5人'))).toEqual(['daily_assessment']);
  });
});

describe('other wording', () => {
  it.each(['@机器人 11月19日未报的村', '@小助手 今天没报的社区？'])('%s asks for the units missing', (text) => {
    expect(only(parse(text, null), 'command').name).toBe('missing');
  });

  it('several days each said with its own 零报告 give one zero report each', () => {
    const r = parse('补报：11月17日零报告（那天发送失败）。另，11月19日零报告。');
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.date : x.kind))).toEqual(['2026-11-17', '2026-11-19']);
  });

  it('a stand-off between two sides is a local incident', () => {
    const i = only(parse('两个组的村民因山林界址发生纠纷，双方十余人在山上对峙，派出所已到场'), 'incident');
    expect(i.escalation).toBeNull();
    expect(i.collective).toBe(true);
  });
});

describe('a person’s state and whereabouts', () => {
  it('an upset is not calmed by being sent home after it', () => {
    const r = parse('零报告，另外郑某某今天情绪激动，在村委会骂人，已劝回家');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'home' });
  });

  it('an upset followed by words of a calm is calmed', () => {
    expect(only(parse('郑某某上午情绪激动，已劝回家，目前情绪平稳'), 'key_person').persons[0]!.state).toBe('stable');
  });

  it.each([
    ['韩某某夫妇昨晚在北京西站被劝返，今天中午到家，情绪平稳', 'home'],
    ['叶某某今日在小区内，情绪稳定，未再带领业主外出', 'home'],
    ['何某某已找到，在凯里他女儿家，明天接回，情绪稳定', 'away'],
    ['何某某已找到，在他姑娘家，情绪稳定', 'away'],
  ])('%s: %s', (text, whereabouts) => {
    expect(only(parse(text), 'key_person').persons[0]!.whereabouts).toBe(whereabouts);
  });

  it('expected home later today is not home yet', () => {
    expect(only(parse('续报：何某某在火车站被找到，已由村干部劝返，预计晚上到家'), 'key_person').persons[0]!.whereabouts).not.toBe('home');
  });

  it('the cadres set to watch someone are not the incident’s people', () => {
    const i = only(parse('冯某某上午私自去了县信访局，已接回，现在家，安排两人轮流看着'), 'incident');
    expect(i.people).toBe(1);
  });
});

describe('the rest said fine does not say all are fine', () => {
  it.each([
    '日研判：重点人员3人，王某某情绪已平复，其余2人无异常，总体平稳。',
    '日研判：重点人员5人，李某某仍需重点盯，其余均稳定；纠纷1起已化解',
  ])('%s: abnormal left absent', (text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBeUndefined();
  });

  it('all said stable is 0 abnormal', () => {
    expect(only(parse('日研判：重点人员4人均稳定，总体平稳'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });
});

describe('days and figures', () => {
  it('a bare 0 beside other figures of an assessment is 0 disputes', () => {
    expect(only(parse('红星村11.18研判 纠纷0 信访0 重点人员3人均在家，稳定可控'), 'daily_assessment').counts).toMatchObject({ disputesFound: 0, petitions: 0, keyPersons: 3 });
  });

  it('a zero form’s 矛盾纠纷：0 stays the form’s none', () => {
    expect(kinds(parse('进京：0 集体访：0 矛盾纠纷：0'))).toEqual(['zero_report']);
  });

  it('a day still to come, then a going, is the plan’s day, not the report’s', () => {
    const r = parse('业主代表刘某某在业主群发帖，号召业主11月22日一起去区政府拉横幅，本人情绪激动。');
    for (const x of r.reports) if ('date' in x) expect(x.date).toBe('2026-11-20');
  });

  it('昨天 describing who, then now, leaves the report today’s', () => {
    const r = parse('红星村零报告，昨天去县里的刘某某已由村干部接回，目前在家情绪稳定。');
    expect(only(r, 'zero_report').date).toBe('2026-11-20');
  });

  it('a 联名 letter to be handed in at the township is heading there', () => {
    const i = only(parse('红星村：村民许某某等8户因拆迁补偿问题联名写信，准备明天到镇递交，村两委正在做工作。'), 'incident');
    expect(i.escalation).toBe('township');
    expect(i.collective).toBe(true);
  });

  it('an application handed in at the township is no petition', () => {
    expect(kinds(parse('王某某准备明天到镇递交低保申请'))).not.toContain('incident');
  });
});

describe('more wording of holdouts 20-21', () => {
  it('还要再去县里 is a threat, not a trip made', () => {
    const r = parse('红星村：刘某某今天上午说心里不服，还要再去县里，情绪有波动，书记正在他家做工作。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });

  it('the dispute pointed at (那个纠纷) settled now is one known before: the zero report stands', () => {
    expect(kinds(parse('红星村今日零报告，村里五组那个纠纷已经调解好了，双方签了协议'))).toEqual(['zero_report']);
  });

  it('a dispute not pointed at, settled today, was found today', () => {
    expect(kinds(parse('红星村今日零报告，村里五组一个纠纷已经调解好了'))).not.toContain('zero_report');
  });

  it.each([
    '各村：今天红星村发生到县集体访，首报及时、续报到位，值得肯定。但个别村零报告报送不规范。',
    '通报：11月19日全镇共收到零报告10个、日研判4个，发生到县集体访1起（红星）。请各村继续加强排查。',
  ])('%s: the office reviewing what units reported is chatter', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('a unit’s member telling of a petition is still its report', () => {
    expect(kinds(parse('红星村今天有5人到县信访局上访，首报及时', '红星村'))).toContain('incident');
  });
});

describe('an incident report’s form tells one incident', () => {
  it('its fields (事发时间地点, 基本情况, 已采取措施) are one incident with the count and level said', () => {
    const r = parse('【红星村即时报告（首报）】\n一、接报时间：11月20日9时\n二、事发时间地点：11月20日上午，县信访局\n三、基本情况：我村三组村民约12人因征地补偿问题集体到县信访局上访。\n四、已采取措施：村支书已赶赴县信访局劝返。', '红星村');
    const i = only(r, 'incident');
    expect(i).toMatchObject({ escalation: 'county', people: 12, collective: true, unit: '红星村' });
  });

  it('two incidents told in plain lines stay two', () => {
    const r = parse('1.王某某今天到县信访局上访\n2.李某某和张某某在村部打架', '杨树村');
    expect(r.reports.filter((x) => x.kind === 'incident')).toHaveLength(2);
  });
});
