import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 51 (a 鲁西南 township, 两会 2036) and 52 (a 新疆 北疆 township, 国庆 2036)
// at their first runs. Each case is an invented variant (other names, places, phrasings), never a corpus line.

describe('维吾尔 and 哈萨克 names written with a middle dot', () => {
  it.each([
    ['杨树村重点人员：艾力·司马义在家稳定，帕提古丽·吾买尔在家稳定', ['艾力·司马义', '帕提古丽·吾买尔']],
    ['杨树村重点人员日见面：\n1.吐尔逊·买买提，在家，情绪稳定；\n2.阿娜尔·克里木，外出伊宁打工，无异常。', ['吐尔逊·买买提', '阿娜尔·克里木']],
    ['杨树村：牧民努尔别克·哈山今天在家，情绪稳定', ['努尔别克·哈山']],
    ['今天热依拉·阿不都在家放羊，稳定', ['热依拉·阿不都']],
  ])('%s', (text, names) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual(names);
  });

  it('a key person named so is no zero report', () => {
    expect(kinds(parse('杨树村重点人员：\n1.艾力·司马义，在家，情绪稳定'))).toEqual(['key_person']);
  });

  it('【即时报告·首报】 is a heading, not a name', () => {
    const r = parse('【即时报告·首报】杨树村村民周某某今天上午到县信访局反映低保问题');
    expect(kinds(r)).not.toContain('key_person');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 1 });
  });
});

describe('the calm said but for a matter reported before', () => {
  it.each(['杨树村今日零报告（除周某某家庭纠纷已报外，无其他情况）', '杨树村零报告，除了王家那件事已经上报以外，没有别的'])('%s: no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });
});

describe('a crowd waiting for an answer at an office', () => {
  it('十来个人…在…办公室门口坐着等领导答复', () => {
    const r = parse('杨树村零报告，拆迁户十来个人下午在村委会办公室门口坐着等领导答复，已经散了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').collective).toBe(true);
  });

  it('someone at home waiting for news is nothing', () => {
    expect(kinds(parse('杨树村零报告，有几个人在家等消息'))).toEqual(['zero_report']);
  });
});

describe('going along with others, wanted', () => {
  it.each(['杨树村零报告！听村里人说，我们村有几个人想跟着马坊村那几户一起去州里，正在核实', '杨树村今天零报告，有三户打算和隔壁组的人一块到县里'])('%s: a plan (or a rumour of one), no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(['plan', 'rumour']).toContain(only(r, 'incident').modality);
  });

  it('村里想办法到县里争取资金: the cadres finding a way is no plan to petition', () => {
    expect(kinds(parse('杨树村零报告，村里想办法到县里争取资金'))).toEqual(['zero_report']);
  });
});

describe('维吾尔 and 哈萨克 names: where they begin and end, and those written without a dot', () => {
  it.each([
    ['杨树村今天零报告。听村民说艾尔肯·司马义这两天在村里说要去自治区告状', '艾尔肯·司马义'],
    ['更正：杨树村上午报的重点人员阿不力孜·吾买尔不是在家，是去伊宁市医院看病了，稳定。', '阿不力孜·吾买尔'],
    ['杨树村重点人员：\n①买买提江·阿不都 在家 稳定', '买买提江·阿不都'],
    ['杨树村零报告，努尔兰别克在家稳定', '努尔兰别克'],
    ['杨树村重点人员今天见了面 巴合提别克努尔兰在家 好着呢', '巴合提别克努尔兰'],
  ])('%s names %s', (text, name) => {
    expect(only(parse(text), 'key_person').persons.map((p) => p.name)).toEqual([name]);
  });
});

describe('a follow-up of a named person brought back', () => {
  it.each([
    '续报：周某某已在郑州东站被接住，正在做工作，暂未到省信访局。',
    '终报：周德贵已由包保人和村干部接回杨树村，现在家中，情绪基本稳定，补偿问题镇里明天上门答复。',
  ])('%s: the incident followed and the person', (text) => {
    expect(kinds(parse(text)).sort()).toEqual(['incident', 'key_person']);
  });

  it.each(['续报：周某某已找到，在县城他姐姐家，情绪平稳，已接回。', '续报：周某某已劝返回家，不是去上访，是去看病。'])('%s: found, or no petition: the person only', (text) => {
    expect(kinds(parse(text))).toEqual(['key_person']);
  });
});

describe('鲁西南 chat', () => {
  it.each([
    ['杨树村零报告，周长河搁家呢，稳定', 'home'],
    ['杨树村零报告，周保国夜黑回来了，在家呢', 'home'],
  ])('%s', (text, where) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: where });
  });

  it('前门儿 is the day before yesterday', () => {
    expect(only(parse('补报：前门儿杨树村零报告'), 'zero_report').date).toBe('2026-11-18');
  });
});

describe('a fight of the day before told as news beside today\'s zero report', () => {
  it('夜来俺村有两家…打架: that day\'s incident, no zero report', () => {
    const r = parse('杨树村零报告，另外昨天俺村有两户因为宅基地打架，一人轻伤，派出所已处理。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').date).toBe('2026-11-19');
  });

  it('昨天打架的那两家今天已经调解好了: the past names who, the zero report stands', () => {
    expect(kinds(parse('杨树村零报告，昨天打架的那两家今天已经调解好了'))).toEqual(['zero_report']);
  });
});

describe('a crowd pressing for money owed', () => {
  it('十几个村民在村委会门口等着要…收购款: a gathering', () => {
    expect(only(parse('杨树村十几个村民在村委会门口等着要棉花收购款，说收购商跑了，书记在做解释'), 'incident').collective).toBe(true);
  });

  it('6个村民去信用社要贷款: an errand', () => {
    expect(kinds(parse('杨树村有6个村民去信用社要贷款'))).not.toContain('incident');
  });
});

it('a group at the township government asking for money owed is at the township (到镇政府要土地流转租金)', () => {
  expect(only(parse('即时报告：杨树村周长河等12户流转户，今天上午到镇政府要土地流转租金，镇领导正在接待。'), 'incident').escalation).toBe('township');
});

describe('a 研判 of nothing closed by 零报告', () => {
  it('all figures 0, then 零报告。: both', () => {
    expect(kinds(parse('杨树村日研判：今日排查矛盾纠纷0起，新增信访0件，重点人员2人均稳定，总体平稳。零报告。')).sort()).toEqual(['daily_assessment', 'zero_report']);
  });

  it('a dispute found, then 今日零报告。: the assessment only', () => {
    expect(kinds(parse('杨树村日研判：排查矛盾纠纷1起，化解0起，重点人员3人均稳定，总体平稳。今日零报告。'))).toEqual(['daily_assessment']);
  });
});

it('the person named in brackets after the abnormal figure is abnormal (有异常动向1名（周守信）)', () => {
  const r = parse('杨树村日研判 重点人员3名 有异常动向1名（周守信） 今天排查纠纷0件 研判：紧急');
  expect(only(r, 'key_person').persons).toEqual([expect.objectContaining({ name: '周守信', state: 'abnormal' })]);
  expect(only(r, 'daily_assessment').counts).toMatchObject({ keyPersons: 3, keyPersonsAbnormal: 1 });
});
