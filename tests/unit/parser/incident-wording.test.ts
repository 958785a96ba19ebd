import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of incident wording that holdouts 12–14 met at their first run. Every case here is an invented variant,
// so each rule is held for its neighbours, not for one corpus line.

describe('someone not named, or a group, threatening or planning to petition: an incident at the level they head to', () => {
  it.each<[string, string, boolean]>([
    ['杨树村零报告。征地补偿只发了一半，部分村民不满意，说要去县里堵门。', 'county', true],
    ['今天有一批工人没领到工钱，在群里喊着要去区里讨说法，我们正在核实', 'county', true],
    ['马坊村零报告。有个村民打电话说要到镇上问危房改造的事，已让他先来村委会', 'township', false],
    ['前进社区零报告。小区业主群有人号召周末集体去市政府门口', 'city', true],
    ['听说村里有人过完节要去北京，具体是谁还在核实，在册重点人员都在家', 'beijing', false],
  ])('%s → %s', (text, escalation, collective) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation, collective });
  });

  it('a post that announces where they will go gives the incident that level', () => {
    expect(only(parse('有居民在快手上发视频说下周要去省里反映学区的事，正在查是谁'), 'incident').escalation).toBe('province');
    expect(only(parse('凤凰社区零报告，不过听说王某某的女婿在网上发帖说要去市里讨说法，正在核实'), 'incident').escalation).toBe('city');
  });

  it('a named person’s threat stays that person’s risk, not an incident', () => {
    const r = parse('清河村李某某今天情绪激动，扬言要去市里上访，人在家中');
    expect(kinds(r)).toEqual(['key_person']);
    expect(r.reports[0]).toMatchObject({ persons: [{ name: '李某某', escalation: 'city' }] });
  });

  it.each(['零报告。有村民要去镇上买化肥', '杨树村零报告，有人说要去县城看病', '杨树村研判：有串联到市上访的迹象，需关注'])('%s: an errand or a sign observed is no incident', (text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });

  it('是谁 asked is still a question', () => {
    expect(kinds(parse('听说村里有人去北京了，是谁？'))).not.toContain('incident');
  });
});

describe('how many people, said loosely', () => {
  it.each<[string, number | null, boolean]>([
    ['凤凰社区：楼下餐馆油烟，七八个住户去店里理论，吵得很凶，网格员到场', null, true],
    ['马坊村零报告。今天集市上两摊主为摊位打了起来，派出所已处置', 2, false],
    ['前进社区三四个租户和房东吵起来了，已劝开', null, false],
    ['更正：张某某是和同组另外3人一起去县里上访的，共4人，已接回', 4, false],
    ['红星村王某某与村里其他五名村民一起到区信访局反映问题', 6, true],
  ])('%s → %s people', (text, people, collective) => {
    expect(only(parse(text), 'incident')).toMatchObject({ people, collective });
  });

  it('重点人员共5人 is the assessment’s figure, not the crowd', () => {
    const r = parse('杨树村：今天2名村民到镇政府反映低保问题，重点人员共5人');
    expect(only(r, 'incident').people).toBe(2);
  });
});

describe('the level said by where a crowd is, who received it, or where someone was found', () => {
  it.each<[string, string]>([
    ['前进社区：部分拆迁户对安置方案不满，约15人在街道征收办门口聚集，街道已派人接待', 'township'],
    ['马坊村十几名村民在县政府大院静坐，要求解决补偿款', 'county'],
    ['续报：清河村集体访人员已由镇领导在信访接待室接待，其余人员已劝离', 'township'],
    ['杨树村村民赵某某今天上午在北京南站被驻京工作组发现，正在接回', 'beijing'],
    ['红星村刘某某被驻京工作组在北京西站找到，正在做工作', 'beijing'],
  ])('%s → %s', (text, escalation) => {
    expect(only(parse(text), 'incident').escalation).toBe(escalation);
  });

  it('brought back alone, told after the going was reported, stays the person’s news', () => {
    expect(kinds(parse('杨树村王某某已被驻京工作组在北京西站劝返，现在返程的火车上'))).toEqual(['key_person']);
  });

  it('a gathering at the village committee stays local', () => {
    expect(only(parse('马坊村约20名村民在村委会门口聚集，要求公开账目'), 'incident').escalation).toBeNull();
  });
});

describe('a petition of a day just past, told only now, is that day’s incident', () => {
  // Sent on Friday 2026-11-20.
  it.each<[string, string, string, number]>([
    ['零报告。备注：本村刘某某昨天去县信访局反映宅基地问题，今天已回家。', '2026-11-19', 'county', 1],
    ['杨树村今日零报告。另补报一个情况：上周三有3名村民去区信访局反映修路占地，今天才知道。', '2026-11-11', 'county', 3],
    ['马坊村零报告。前天王某某夫妻到市信访办反映低保的事，刚了解到', '2026-11-18', 'city', 2],
    ['清河村零报告。备注：周二有个村民去省信访局反映征地补偿，今天才听说', '2026-11-17', 'province', 1],
  ])('%s', (text, date, escalation, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ date, escalation, people });
  });

  it.each(['零报告。昨天没有人去县信访局', '零报告。补充说明：上周五王某某去市信访局的事已经报过了，这两天在家，情绪稳定。', '零报告。前天去县信访局的李某某今天在家，情绪稳定'])(
    '%s: denied, filed before or naming who, no incident',
    (text) => {
      expect(kinds(parse(text))).not.toContain('incident');
    },
  );
});

describe('news of a neighbouring unit on the roster, passed on by a unit’s member', () => {
  it('隔壁 + a unit the roster knows: that unit’s incident, and the sender’s 零报告 does not stand beside it', () => {
    const r = parse('杨树村零报告。另外听说隔壁马坊村有两个村民去市里了，不知道真假。');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.reports[0]).toMatchObject({ unit: '马坊村', escalation: 'city', people: 2 });
    // (the news is another unit's: 杨树村 is asked to send its zero report alone)
    expect(r.warnings).toContain('zero_beside_news');
  });

  it.each([
    ['杨树村今天零报告。清河村那边上午有村民去镇上了，跟我们村无关。', '清河村', 'township'],
    ['杨树村零报告。马坊那边好像有两家在吵架，让马坊自己报', '马坊村', null],
  ])('%s', (text, unit, escalation) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['incident']);
    expect(r.reports[0]).toMatchObject({ unit, escalation });
  });

  it('an office’s summary with one unit’s news files no zero report: the rule is the message’s, and the receipt asks the quiet units to send theirs alone', () => {
    const r = parse('片区汇总：杨树村零报告；马坊村有3名村民到镇里反映灌溉用水问题，已接待', null);
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('zero_beside_news');
  });

  it('a place off the roster (邻县) is still not the unit’s news', () => {
    expect(kinds(parse('杨树村零报告。另外听说邻县那边有一伙人去省里了，和我们村没关系'))).toEqual(['zero_report']);
  });

  it('someone unnamed gone to the township, with an errand said, is no petition', () => {
    expect(kinds(parse('杨树村零报告，有村民去镇上了，说是去赶集'))).toEqual(['zero_report']);
  });
});

describe('a dispute between parties, told as what happened, is an incident', () => {
  it.each([
    ['补报：11月18日晚上马坊村两户因宅基地边界发生纠纷，当晚已调解', '2026-11-18'],
    ['清河村：今天上午兄弟俩因老人赡养起了矛盾，村调委会正在调解', '2026-11-20'],
    ['杨树村零报告，有个居民在物业那里吵，说漏水没人管，网格员过去了', '2026-11-20'],
  ])('%s', (text, date) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ date, escalation: null });
  });

  it('the same dispute as a note on an assessment’s figure stays the figure', () => {
    expect(kinds(parse('杨树村研判：今日排查矛盾纠纷1起（两户因排水发生纠纷），已化解'))).toEqual(['daily_assessment']);
  });

  it('someone unnamed making a fuss (闹着要) is never a zero report', () => {
    expect(kinds(parse('马坊村零报告，有个村民在村部闹着要低保，已劝回'))).not.toContain('zero_report');
  });

  it('a named key person making a fuss stays that person’s state', () => {
    expect(kinds(parse('杨树村重点人员孙某某今天喝了酒在村委会闹，已劝回家'))).toEqual(['key_person']);
  });
});

describe('an incident of last night, told in the morning, is dated the day before', () => {
  it.each([
    ['凤凰社区：昨晚10点多小区里烧烤扰民，十几个居民下楼和摊主吵起来了，民警到场处理', '2026-11-19'],
    ['马坊村零报告（昨天晚上有人在村口拉横幅，早上已经收掉了）', '2026-11-19'],
  ])('%s', (text, date) => {
    expect(only(parse(text), 'incident').date).toBe(date);
  });

  it('昨天晚上 is 昨晚: what happened then is never read as a past that leaves a zero report', () => {
    expect(kinds(parse('清河村零报告（昨天晚上有人在村口拉横幅，早上已经收掉了）'))).toEqual(['incident']);
  });

  it('last night said later in the sentence, after today’s news, does not date it', () => {
    // (疑似进京 is the person's risk, no incident: the key persons' report carries the day.)
    expect(only(parse('马坊村：王某某今早起来就不见人，家属说他昨晚收拾了行李，疑似进京，已报告镇里'), 'key_person').date).toBe('2026-11-20');
  });

  it('昨晚 naming who, then 今天: today’s incident', () => {
    expect(only(parse('昨晚吵架的两户今天又打起来了，村干部正在调解'), 'incident').date).toBe('2026-11-20');
  });
});

describe('a row at an office\'s door, however short, is news beside a 零报告', () => {
  it.each(['杨树村零报告，今天几户业主因为物业费在物业门口吵了一会，已经散了', '马坊村今日零报告，有村民在村委门口嚷了一阵子，已劝离', '清河村零报告，两个承包户在村部吵了半天'])('%s: no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });
});

describe('people at an office of a level, pressing a demand there (在县人社局门口讨要工钱): an incident at that level', () => {
  it.each<[string, string]>([
    ['马坊村零报告，村民贾某某上午在县人社局门口讨要工钱，已劝回', 'county'],
    ['凤凰社区：两名装修工人今天在区住建局讨薪，社区已派人去了', 'county'],
    ['前进村村民邬某某在市中级法院门口闹，已由市里通知我们接回', 'city'],
    ['清河村村民戴某某今天在县检察院门口拉着横幅要说法', 'county'],
  ])('%s → %s', (text, escalation) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe(escalation);
  });

  it.each(['红星村重点人员贾某某在县法院上班，在家住，稳定', '马坊村零报告，村民贾某某在县人社局门口等车回村'])('an errand or work there is none: %s', (text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });
});
