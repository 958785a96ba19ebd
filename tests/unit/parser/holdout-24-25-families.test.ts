import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that yielded an unsafe zero report in blind holdouts 24 (河西 farming and herding, 西北 chat)
// and 25 (黑龙江, 东北 chat) at their first run. Each case is an invented variant (other names, places, phrasings),
// never a corpus line.

describe('quarrels and fights in regional speech are flare-ups', () => {
  it.each([
    '杨树村零报告，就是晌午两家在地头嚷着呢，正劝着',
    '杨树村零报告。村民赵某某家因地界跟邻居干起来了，已调解。',
    '零报告。二十来户到社区吵吵，说暖气不热，已联系热力公司',
    '今天零报告，两口子在村口骂起来了，妇联主任去了',
    '零报告。两户因浇地撕巴起来，都挂彩了',
    '零报告 老周跟承包人干仗了 村里在调',
  ])('%s: an incident, no zero report, the message contradicts itself', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['杨树村零报告，秋收的活都干起来了', '杨树村零报告，双方没吵，各自回家了'])('%s: work started, or no quarrel, is still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('a crowd of households or workers pressing for money', () => {
  it.each([
    ['零报告。上午有七八个养殖户到合作社要钱，围了半个多小时，已散了', null],
    ['零报告。包工头欠着工钱，20多个雇工们在村部坐着不走', null],
    ['今日零报告；另外老板拖欠12个季节工工钱，季节工们在场部等着', 12],
  ])('%s: a collective incident', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.collective).toBe(true);
    if (people !== null) expect(i.people).toBe(people);
  });

  it('cadres waiting at the office are no crowd', () => {
    expect(kinds(parse('零报告，我们在村部等着乡里来人检查'))).toEqual(['zero_report']);
  });
});

describe('a group planning to go together to take up a grievance', () => {
  it.each([
    ['零报告。七八户村民说补贴没发，准备一起去市里问问', 'city'],
    ['零报告。另外报告个情况：周某某、吴某某等6户说退耕补助少发了，后天要一块去县上问', 'county'],
  ])('%s: an incident at the level they head to, households uncounted', (text, level) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.escalation).toBe(level);
    expect(i.collective).toBe(true);
    expect(i.people).toBeNull();
  });
});

describe('a named person gone to a county bureau to take up a matter', () => {
  it.each(['零报告。王某某上午到县自然资源局问宅基地证的事，中午回来了', '零报告。李某某今天去县人社局讨养老金的说法，说不给办就不走'])(
    '%s: that person is abnormal at the county level, no zero report',
    (text) => {
      const r = parse(text);
      expect(kinds(r)).not.toContain('zero_report');
      const p = only(r, 'key_person').persons[0]!;
      expect(p.state).toBe('abnormal');
      expect(p.escalation).toBe('county');
    },
  );

  it('a hospital is an errand', () => {
    expect(kinds(parse('零报告。王某某上午到县医院看病'))).toContain('zero_report');
  });
});

describe('whereabouts still to be checked', () => {
  it.each(['今日零报告。\n1.张某某 在家 稳定\n2.刘某某 外出 去向待查', '零报告，重点人员孙某某今天出门了，下落待核实'])('%s: the person is abnormal, no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const p = only(r, 'key_person').persons.find((x) => x.state === 'abnormal');
    expect(p?.whereabouts).toBe('away');
  });
});

// Families of the other misses of holdouts 24 and 25 (invented variants too).

describe('回族 surnames of the north-west before 某', () => {
  it.each(['喇某某', '拜某某', '妥某某', '冶某', '撒某某'])('%s is a person', (name) => {
    const p = only(parse(`重点人员${name}今天在家，情绪稳定`), 'key_person').persons[0]!;
    expect(p.name).toBe(name);
  });
});

describe('西北 莫 for 没', () => {
  it.each(['杨树村今儿莫有进京赴省到市上访的，也莫集体访，零报告', '杨树村今天莫事，零报告'])('%s: a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
  it('谁莫报 asks who has not reported', () => {
    expect(parse('@机器人 还有谁莫报').reports).toEqual([{ kind: 'command', name: 'missing' }]);
  });
});

describe('gone from sight, at the farm’s office', () => {
  it('没影了: abnormal and away, never a zero report', () => {
    const r = parse('杨树村平安无事，就是郑某某又没影了，电话也不接');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });
  it('在场部 is home', () => {
    expect(only(parse('重点人员韦某某在场部，情绪稳定'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe('a zero report taken back, the day’s news after it', () => {
  it('撤回…零报告。<news>: the news is reported', () => {
    const r = parse('撤回刚才的零报告。杨树村今天又有4个工人到村部要工钱');
    expect(kinds(r)).toEqual(['incident']);
  });
  it('撤回…零报告 alone stays the undo command', () => {
    expect(parse('撤回刚才的零报告。发错了').reports).toEqual([{ kind: 'command', name: 'undo' }]);
  });
  it('坐着不走 at an office is a flare-up', () => {
    const r = parse('更正：杨树村今天不是零报告。承包队3个人来要钱，在村部坐着不走');
    expect(only(r, 'incident').people).toBe(3);
  });
});

describe('on the way back, pulled back home', () => {
  it('乘车返回，预计今晚到家: still away', () => {
    expect(only(parse('续报：杨树村李某某已在市信访局接回，正坐车返回，预计明天到家，情绪平复'), 'key_person').persons[0]!.whereabouts).toBe('away');
  });
  it('被家里人拉回去了: home', () => {
    expect(only(parse('零报告。村民赵某某喝多了到村委会闹，说要去省里告，被家属拉回家了'), 'key_person').persons[0]!.whereabouts).toBe('home');
  });
});

describe('an assessment’s notes and guesses', () => {
  it('接待来访1批（…联名）: the visit counted, no incident of its own', () => {
    const r = parse('杨树村日研判：排查纠纷0起，接待来访1批（周某某等联名反映水费），重点人员1人，异常0人');
    expect(kinds(r)).toEqual(['daily_assessment']);
    expect(only(r, 'daily_assessment').counts.petitions).toBe(1);
  });
  it('研判：…可能集体到县: the unit’s guess, no incident', () => {
    expect(kinds(parse('杨树村研判：排查纠纷2起，化解0起，形势较紧，承包户也许会集体到县里'))).toEqual(['daily_assessment']);
  });
  it('有上访苗头1人: the abnormal figure', () => {
    expect(only(parse('杨树村研判：排查纠纷1起，重点人员3人，有进京苗头1人，需关注'), 'daily_assessment').counts.keyPersonsAbnormal).toBe(1);
  });
});

describe('an errand that only says when', () => {
  it('拜年的时候…说过了初五就去北京: heading to Beijing', () => {
    expect(only(parse('杨树村零报告，就是钱某某走亲戚的时候跟人说过完十五就去北京'), 'key_person').persons[0]!.escalation).toBe('beijing');
  });
  it('去北京看病 is still an errand', () => {
    expect(only(parse('钱某某去北京看病了'), 'key_person').persons[0]!.escalation).toBeNull();
  });
});

describe('a key persons’ list under its figure', () => {
  it.each(['杨树村重点人员2人：孔某某，在家，稳定；严某某，在外地打工，稳定', '杨树村返乡重点人员（3名）：孔某某（已到家）、严某某（在沈阳）、华某某（在家），均正常'])(
    '%s: key persons, no assessment',
    (text) => {
      expect(kinds(parse(text))).toEqual(['key_person']);
    },
  );
  it('with 研判 or other figures it is still an assessment', () => {
    expect(kinds(parse('杨树村研判：排查纠纷1起，重点人员2人：孔某某在家，严某某在家，均稳定'))).toContain('daily_assessment');
  });
});

describe('a person’s date is the story’s, not the report’s', () => {
  it('赵某某，11月18日从大连返乡: the report is of the day sent', () => {
    expect(only(parse('杨树村返乡人员：1.孔某某，11月18日从天津返乡，在家，稳定'), 'key_person').date).toBe('2026-11-20');
  });
});

describe('going to the township’s head to demand something', () => {
  it('去镇政府找书记要…: a petition at the township', () => {
    const r = parse('杨树村零报告（重点人员孔某某上午去镇政府找镇长要补偿款，吵了两句，已回家）');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]!.escalation).toBe('township');
  });
});

describe('the office gathering units’ zero reports', () => {
  it('杨树 马坊 清河 三个村零报告，…各村书记都确认过了: three zero reports', () => {
    const r = parse('杨树 马坊 清河 三个村零报告，我在镇上汇总的，各村书记都电话确认过了', null);
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['杨树村', '马坊村', '清河村']);
  });
  it('汇总11月19日：…零报告: the summary, not the stats command', () => {
    const r = parse('汇总11月19日：红星、凤凰、前进零报告，都电话核实过了', null);
    expect(kinds(r)).toEqual(['zero_report', 'zero_report', 'zero_report']);
  });
  it('汇总一下今天的零报告 stays the stats command', () => {
    expect(parse('汇总一下今天的零报告', null).reports).toEqual([{ kind: 'command', name: 'stats' }]);
  });
});

describe('another unit’s zero report told by the sender', () => {
  it('红星村委托我们代报：红星村零报告: both units', () => {
    const r = parse('杨树村零报告，红星村委托我们代报：红星村零报告。');
    expect(r.reports.map((x) => (x.kind === 'zero_report' ? x.unit : x.kind))).toEqual(['杨树村', '红星村']);
  });
});

describe('picked up at a petition office', () => {
  it('今天在县信访局被接回: an incident at that level', () => {
    const r = parse('杨树村孔某某今天在县信访局被接回，现已到家');
    expect(only(r, 'incident').escalation).toBe('county');
  });
  it('昨天在市信访局被接回，今天在家稳定: no incident today', () => {
    expect(kinds(parse('孔某某昨天在市信访局被接回，今天在家稳定'))).toEqual(['key_person']);
  });
});

describe('a trip still being checked', () => {
  it.each(['杨树村零报告。补充：孔某某上午去县里了，说是看亲戚，正在核实是否去县信访局', '杨树村零报告。严某某一早去北京了，家属称是去旅游，还在核实'])(
    '%s: the person’s risk, no incident, no zero report',
    (text) => {
      const r = parse(text);
      expect(kinds(r)).toEqual(['key_person']);
      expect(only(r, 'key_person').persons[0]!.state).toBe('abnormal');
    },
  );
  it('a petition told, its headcount being checked, is still an incident', () => {
    expect(kinds(parse('孔某某今天去县信访局上访了，正在核实人数'))).toContain('incident');
  });
});
