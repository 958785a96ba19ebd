import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that blind holdouts 22 and 23 missed after their first run (tests/fixtures/README.md). Each
// case is an invented variant (other names, units, figures, phrasings), never a corpus line.

describe('客家 words are read as Mandarin (冇 = 无, 今晡日/昨晡日 = 今天/昨天, 佢 = 他, 屋下 = 家里)', () => {
  it.each(['红星村今晡日冇进京、冇赴省，冇集体访，零报告', '杨树村：冇人上访，冇集体访，冇群体性事件，零报告'])('%s: the negated list of a zero report', (text) => {
    const r = parse(text, null);
    expect(kinds(r)).toEqual(['zero_report']);
    expect(r.warnings).not.toContain('self_contradiction');
  });

  it('昨晡日 is yesterday (补报 of the day before)', () => {
    const r = parse('补报：马坊村昨晡日冇事，零报告', '马坊村');
    expect(only(r, 'zero_report').date).toBe('2026-11-19');
  });

  it('冇异常 after the key persons is their abnormal figure 0', () => {
    const r = parse('清河村研判：排查纠纷一起，化解一起，重点人员五人，冇异常，总体平稳', '清河村');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 1, disputesResolved: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('佢 is the person, 在屋下 is at home', () => {
    const p = only(parse('重点人员黄某某今晡日在屋下，佢情绪稳定'), 'key_person').persons[0]!;
    expect(p).toMatchObject({ name: '黄某某', state: 'stable', whereabouts: 'home' });
  });
});

describe('a date that is not the day reported', () => {
  it('a promise across the year’s end (1月5日 said on 12月29日) is the coming day, and no report’s date', () => {
    const r = parse('续报：聚集的业主已散去，物业答应1月5日开会协商，社区继续跟进', '凤凰社区', '2026-12-29T15:00:00+08:00');
    expect(only(r, 'incident').date).toBe('2026-12-29');
  });

  it('a day still to come after a reply (答复1月6日召开…) does not date the report', () => {
    const r = parse('续报：前进社区张某某等人已从市里接回，镇里答复1月6日召开会议研究，已返回家中', '前进社区', '2026-12-30T10:00:00+08:00');
    for (const x of r.reports) expect('date' in x && x.date).toBe('2026-12-30');
  });

  it('a date inside a note on a figure tells the matter’s story', () => {
    const r = parse('红星村日研判：排查矛盾纠纷1起（鱼塘承包，系11月18日来访事项，在调），新增信访0件，重点人员3人，均稳定', '红星村');
    expect(only(r, 'daily_assessment').date).toBe('2026-11-20');
  });

  it.each([
    ['杨树村研判（11月18日）：排查纠纷0起，重点人员2人，均稳定', '2026-11-18'],
    ['杨树村零报告（补报11月17日）', '2026-11-17'],
    ['补报 杨树村（11月16日）零报告', '2026-11-16'],
  ])('%s: a note beside the report’s words still dates it', (text, date) => {
    const x = parse(text).reports[0]!;
    expect('date' in x && x.date).toBe(date);
  });
});

describe('日研判 figure shapes', () => {
  it('a note between a field and its figure (化解（前期遗留）2起) leaves the figure the field’s', () => {
    const r = parse('马坊村研判：新排查纠纷0起，化解（上周遗留）2起，新增信访0件，重点人员3人均稳定', '马坊村');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 0, disputesResolved: 2, petitions: 0, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('来访批次：N（人次M） is N petitions, the batches', () => {
    const r = parse('清河村日研判\n矛盾纠纷：排查2 化解1\n来访批次：3（人次7）\n重点人员：5人 无异常', '清河村');
    expect(only(r, 'daily_assessment').counts.petitions).toBe(3);
  });

  it('其中N人情绪有波动: 有 after 情绪 still counts the upset', () => {
    const r = parse('前进社区研判：排查矛盾纠纷1起，化解1起。重点人员9人，其中2人情绪有波动，已落实稳控。需关注', '前进社区');
    expect(only(r, 'daily_assessment').counts.keyPersonsAbnormal).toBe(2);
  });

  it('a masked name before 村道 in a figure’s note is no other village', () => {
    const r = parse('杨树村研判：排查矛盾纠纷1起（韩某某村道拓宽占地），未化解；重点人员2人，均稳定，需关注', '杨树村');
    expect(only(r, 'daily_assessment').counts.disputesFound).toBe(1);
  });
});

describe('whereabouts', () => {
  it.each([
    ['重点人员吴某某今早坐早班车走了，手机关机，怀疑去省里', 'away'],
    ['重点人员郑某某今天跟儿子去武夷山玩了，晚上回来，干部电话核实过', 'away'],
    ['重点人员韩某某情绪不太好，家属看护在家', 'home'],
    ['更正：冯某某到家时间为晚上9点，情绪平稳', 'home'],
    ['马某某、马某已在火车站找到，经劝说已同意回家，现在回村路上', 'away'],
  ])('%s: %s', (text, where) => {
    const r = parse(text);
    for (const p of only(r, 'key_person').persons) expect(p.whereabouts).toBe(where);
  });

  it('a reason told of a journey already over does not move the person (他说是去市医院看病)', () => {
    const p = only(parse('重点人员秦某某昨晚已从市里接回，今天在家，他说是去市中心医院复查，情绪稳定'), 'key_person').persons[0]!;
    expect(p.whereabouts).toBe('home');
  });
});

describe('a family trip or an errand told after the journey is no petition', () => {
  it('gone to Beijing to help a daughter with her baby, checked: stable, away, no level, no incident', () => {
    const r = parse('前进社区重点人员孔某某今天去北京了，他儿媳在北京生孩子，他去帮忙带，社区已跟他儿子核实');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'away', escalation: null });
  });

  it('said to go to the city, then said to be for a doctor: stable, away', () => {
    const r = parse('嗯红星村那个周某某今天说要去市里，讲是去复查，到市人民医院，他儿子陪着的', '红星村');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'away', escalation: null });
  });

  it.each(['杨树村零报告。重点人员邓某某突然说要去北京找儿子，已派人陪同', '重点人员彭某某扬言进京，已安排专人陪护', '张某某（在外务工）打电话说准备去省里找人讨说法'])(
    '%s: a threat stays a threat, whatever errand is near it',
    (text) => {
      const r = parse(text);
      expect(kinds(r)).not.toContain('zero_report');
      expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
    },
  );

  it('非上访 says it was none', () => {
    const r = parse('凤凰社区鲁某某已找到，人在广州儿子家，非上访，今日视频核实，情绪稳定', '凤凰社区');
    expect(kinds(r)).toEqual(['key_person']);
  });
});

describe('what is not an incident of its own', () => {
  it('a key person’s quarrel at home is the person’s state', () => {
    const r = parse('杨树村零报告，无异常。重点人员田某某今天情绪不好，跟媳妇吵了几句，没说要上访。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a quarrel at home with no state of the person told stays news beside a 零报告', () => {
    expect(kinds(parse('零报告，重点人员田某某跟媳妇吵了几句'))).not.toContain('zero_report');
  });

  it('a villager’s quarrel, or two villagers’, stays an incident', () => {
    expect(kinds(parse('村民史某某和老婆吵架，邻居报了警'))).toContain('incident');
    expect(kinds(parse('村民史某某与范某某吵架'))).toContain('incident');
  });

  it('held back by the family from going is a plan stopped, not a blockade', () => {
    const r = parse('杨树村零报告，就是贺某某又吵着要去区里，被家人拦下了，人在家');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
  });

  it('a blockade by villagers is still one', () => {
    expect(kinds(parse('修路的施工车辆被村民拦住了'))).toContain('incident');
  });

  it('another unit’s petition named as the cause of a mood here', () => {
    const r = parse('前进社区日研判：接待来访1批，重点人员5人，有异常动向1人，受红星村集体访影响，形势复杂', '前进社区');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });

  it('a risk an assessment counts, named in its note; beside a 零报告 it stays news', () => {
    expect(kinds(parse('马坊村日研判：重点人员4人，排查出群体性隐患2起（征地补偿联名），需关注', '马坊村'))).toEqual(['daily_assessment']);
    expect(kinds(parse('马坊村零报告，排查出群体性隐患1起（村民联名）', '马坊村'))).not.toContain('zero_report');
  });

  it('a leader asking the office to act is no petition to it', () => {
    expect(kinds(parse('红星村的事，请镇信访办、司法所马上对接，其他村严防跟风', null))).toEqual(['chatter']);
  });
});

describe('corrections', () => {
  it('a dispute’s headcount said against the wrong one (是4人不是3人) corrects the incident', () => {
    const i = only(parse('更正：上午报的马坊村纠纷是4人不是3人，秦某某父子和邻居'), 'incident');
    expect(i.people).toBe(4);
    expect(i.correction).toBe(true);
  });

  it('化解应该是N起 corrects the figure', () => {
    const d = only(parse('修改一下：凤凰社区今天化解应该是4起，不是3起', '凤凰社区'), 'daily_assessment');
    expect(d.counts).toEqual({ disputesResolved: 4 });
    expect(d.correction).toBe(true);
  });

  it('disputes already on the ledger (台账上那3起) are not found today', () => {
    const d = only(parse('清河村今日零报告。备注：台账上那3起纠纷已化解2起，另1起明天继续调', '清河村'), 'daily_assessment');
    expect(d.counts).toEqual({ disputesResolved: 2 });
  });
});

describe('talk about the 零报告 practice, and an office’s summary of the rest, report nothing', () => {
  it.each(['@助手 以后马坊村每天自动报零报告就行，不用我们天天发了', '天天报零报零有啥意思', '今日红星村有情况已报县里，其余村（社区）均为零报告'])('%s', (text) => {
    expect(kinds(parse(text, text.startsWith('今日') ? null : '马坊村'))).toEqual(['chatter']);
  });

  it('a unit’s own zero report before the rest is still made', () => {
    expect(kinds(parse('杨树村零报告，其余村均为零报告', null))).toContain('zero_report');
  });
});

describe('tables pasted from Excel', () => {
  it('an office’s table of several units under a 村（社区） column is one assessment a unit', () => {
    const r = parse('11月20日部分村研判汇总\n村（社区）\t排查纠纷\t化解\t重点人员\t异常\t研判\n马坊村\t2\t1\t5\t0\t平稳\n凤凰社区\t0\t0\t3\t1\t需关注', null);
    expect(r.reports.map((x) => [x.kind, 'unit' in x ? x.unit : null])).toEqual([
      ['daily_assessment', '马坊村'],
      ['daily_assessment', '凤凰社区'],
    ]);
    expect(r.reports[1]).toMatchObject({ counts: { disputesFound: 0, disputesResolved: 0, keyPersons: 3, keyPersonsAbnormal: 1 }, level: 'watch' });
  });

  it('a 重点人员动态 table with a 客家 surname (赖某某) reads every row', () => {
    const r = parse('杨树村重点人员动态表 11.20\n姓名\t类别\t动态\t去向\t包保人\n赖某某\t涉众\t在福州\t福州（打工）\t赖明\n古某某\t其他\t在家\t本村\t古强');
    expect(only(r, 'key_person').persons).toEqual([
      { name: '赖某某', state: 'stable', whereabouts: 'away', escalation: null },
      { name: '古某某', state: 'stable', whereabouts: 'home', escalation: null },
    ]);
  });
});

describe('people in an incident', () => {
  it('two masked names alike, joined, are two people; the injured among them is no headcount', () => {
    const i = only(parse('清河村零报告，另外：村民廖某某和廖某某因为放水打起来了，一人轻伤送卫生院，派出所已到场', '清河村'), 'incident');
    expect(i.people).toBe(2);
  });
});

describe('粤语 beside 客家 (冇 and 佢 are shared)', () => {
  it('打交 is a fight: beside a 冇… negated list and 零报告 it is still news', () => {
    const r = parse('马坊村零报告，冇进京冇赴省，就系有两兄弟因为分田同邻居打交，派出所处理紧', '马坊村');
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r)).toContain('incident');
  });

  it('打交道 is dealing with someone', () => {
    expect(kinds(parse('杨树村零报告，今天同开发商打交道谈补偿'))).not.toContain('incident');
  });
});

describe('an errand still being checked clears nothing', () => {
  it('去北京了，家属说是去旅游，正在核实: the journey stays a petition heading', () => {
    const r = parse('杨树村零报告。重点人员：冯某某今天一早去北京了，家属说是去旅游，正在核实');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('beijing');
  });
});
