import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the twenty-fourth session (after their first runs), each tried on invented variants.

describe('where someone heads', () => {
  it.each([
    ['刘某某在村委会门口嚷嚷 说补偿不给够就带人上镇里', 'township'],
    ['杨树零报告 就是吴某某又嚷嚷要上区里 人在家呢', 'county'],
  ])('%s: a threat to go up to %s', (text, level) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: level });
  });

  it('a group gone to the township to block a door is there to petition', () => {
    expect(only(parse('合作社几个社员去镇上堵门了 说分红没到账'), 'incident').escalation).toBe('township');
  });

  it('people still sitting at the township, a petition said before, are an incident; 等车 there is an errand', () => {
    const r = parse('杨树今天零报告 上午那两个人反映低保的还没走 在镇上坐着呢');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 2 });
    expect(kinds(parse('杨树村零报告 老周在镇上等着车呢'))).not.toContain('incident');
  });

  it('households going along with another unit’s people are the sender’s news, never a zero report', () => {
    const r = parse('杨树村零报告。另外我村有6户菜农今天也跟着马坊的人去镇上了，下午已经回来了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ unit: '杨树村', escalation: 'township' });
  });

  it('零报告 就是… the one matter besides the quiet day is an incident', () => {
    const r = parse('杨树零报告 就是四个人去县上的事 下午已经回来了');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'county', people: 4 });
  });

  it('到达北京 is a going', () => {
    expect(only(parse('【即时报告】杨树村重点人员王某某已于今日上午到达北京，村里已派2名干部赴京劝返。'), 'incident').escalation).toBe('beijing');
  });
});

describe('guesses and the cadres’ own going', () => {
  it.each([
    '杨树村重点人员高某某今早离家，手机关机，去向不明，疑似进京。',
    '高某某还是联系不上 家属估摸他奔北京去了',
    '高某某还没找着 他儿子说可能去北京了 俺们两个人往车站追了',
    '高某某可能去北京了 已派两人去车站找',
  ])('%s: the person’s risk, no incident', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away', escalation: 'beijing' });
  });
});

describe('counts', () => {
  it('a crowd guessed at has no headcount, and is still a crowd', () => {
    for (const text of ['马坊村有七八个人跑镇里找民政要补贴去了', '马坊村二三十名村民到镇政府反映欠租问题', '马坊村十几个工人到县人社局讨薪', '马坊村二十余名村民到镇政府反映欠租问题']) {
      const i = only(parse(text, '马坊村'), 'incident');
      expect(i.people).toBeNull();
      expect(i.collective).toBe(true);
    }
    expect(only(parse('马坊村23名村民到镇政府反映欠租问题', '马坊村'), 'incident').people).toBe(23);
  });

  it('recounts: 应为, 其实是仨, 人数有误…实际为', () => {
    expect(only(parse('修改：杨树村昨天研判重点人员6人，应为7人，均稳定。'), 'daily_assessment').counts.keyPersons).toBe(7);
    expect(only(parse('更正 杨树上午报的俩人去县信访局 其实是仨人 都接回来了'), 'incident').people).toBe(3);
    expect(only(parse('更正：首报人数有误，今天到镇政府的果农实际为17人。'), 'incident')).toMatchObject({ correction: true, people: 17, escalation: 'township' });
    expect(only(parse('更正：首报人数21人有误，实际到县信访局上访的回迁户为24人。'), 'incident').people).toBe(24);
    expect(only(parse('更正一下，上午来镇上的菜农是12个人不是10个'), 'incident')).toMatchObject({ correction: true, people: 12, escalation: 'township' });
    expect(only(parse('更正：上一条人数有误，到区里的是刘某某等8人，不是10人。'), 'incident')).toMatchObject({ people: 8, escalation: 'county' });
  });

  it('all stable said shortly, in northern words', () => {
    for (const text of ['杨树研判 纠纷0 化解0 信访0 重点人员3个都稳 平稳', '杨树研判 排查两起 化解两起 重点人员三人都老实在家 平稳', '杨树研判 纠纷排查俩起 化解俩起 重点人员四个 都挺消停 平稳']) {
      expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
    }
    expect(only(parse('杨树今天研判 排查纠纷仨 化解俩 重点人员五个 平稳'), 'daily_assessment').counts).toMatchObject({ disputesFound: 3, disputesResolved: 2 });
    expect(only(parse('杨树研判 今天排查出来一起 就是低保那个 化解零 重点人员两个'), 'daily_assessment').counts.disputesFound).toBe(1);
  });

  it('a key persons’ list headed by its figure and a comma is no assessment', () => {
    const r = parse('杨树村重点人员动态：重点人员3人，周某某在家，李某某在家，吴某某在厂务工，均稳定。');
    expect(kinds(r)).toEqual(['key_person']);
  });
});

describe('zero reports denied, promised, or beside news heard', () => {
  it.each(['杨树村今天不能报零报告，刘某某的事已经报了，其他无情况', '我们村今天没法报零报告了，砖厂那帮人还在县里', '杨树那个零报告不对啊 人都没找着报啥零报告'])('%s: no zero report', (text) => {
    expect(kinds(parse(text))).not.toContain('zero_report');
  });

  it('零报告后晌俺来报: the report promised for later', () => {
    expect(kinds(parse('书记去县里开会了 零报告后晌俺来报'))).toEqual(['chatter']);
  });

  it('which report for which day, told, is talk', () => {
    expect(kinds(parse('没事的发零报告就行，有事的发日研判'))).toEqual(['chatter']);
  });

  it('a threat heard of elsewhere after the unit’s own zero report leaves the zero report; an act heard of does not', () => {
    expect(kinds(parse('杨树村零报告 听说隔壁王家沟有人要去县里 不知道真假'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告。另外听说工业园那边有十几个工人在厂门口要工资，不知道是真是假'))).not.toContain('zero_report');
  });

  it('headings answered 无 one by one, and fights said not to have happened, leave the zero report', () => {
    expect(kinds(parse('杨树村 零报告 进京无 赴省无 到市无 集体访无 打架的也没有'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告，今天没去县里的也没去市里的，打仗斗殴的也没有'))).toEqual(['zero_report']);
  });

  it('西北 么 for 没', () => {
    expect(kinds(parse('杨树么人去县上闹 也么集体访 一切正常'))).toEqual(['zero_report']);
    expect(only(parse('杨树补报夜个的零报告 夜个么事'), 'zero_report').date).toBe('2026-11-19');
    expect(kinds(parse('杨树零报告 集上今天人多但是莫吵架的'))).toEqual(['zero_report']);
  });
});

describe('names and follow-ups', () => {
  it('于某军 is a name; 于某 opening a clause is one', () => {
    expect(only(parse('【重点人员动态】于某军今日在家，情绪平稳。'), 'key_person').persons[0]?.name).toBe('于某军');
    expect(only(parse('于某今天醒酒了，在家，没事了'), 'key_person').persons[0]?.name).toBe('于某');
  });

  it('someone reported, named after 上报; 钱不 and 余款 are no names; a 某 name before 的婆姨', () => {
    const r = parse('【更正】杨树村11月18日上报刘秀英“情绪波动”有误，应为：在家，情绪稳定，无异常。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘秀英', state: 'stable' });
    const names = only(parse('杨树村马某林的婆姨今天来村部吵 说5号钱不到账男人就要去北京'), 'key_person').persons.map((p) => p.name);
    expect(names).toEqual(['马某林']);
    expect(kinds(parse('杨树村日研判：合作社已兑付租金一半，余款春节前付清，调处化解矛盾纠纷1起'))).toEqual(['daily_assessment']);
  });

  it('a key persons’ report whose name comes before 全天 is read, never a zero report', () => {
    const r = parse('杨树村11月20日重点人员情况：孙德林全天在家，无异常。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '孙德林', whereabouts: 'home' });
  });

  it('【终报】 of persons back home safe is the incident’s end', () => {
    expect(kinds(parse('【终报】刘某某、陈某某已于12点20分安全到家，情绪平稳。'))).toEqual(['key_person', 'incident']);
  });

  it('a door blocked at an office is an incident', () => {
    expect(kinds(parse('红星回迁小区有几户堵物业办公室门口了 要差价款的说法', '红星村'))).toEqual(['incident']);
  });
});

describe('more of holdouts 360-363', () => {
  it('a rumour of a person’s going, called a rumour, is no going', () => {
    expect(only(parse('刘某某要去市上那个是谣传 人一直在屋里 好着呢'), 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it('news heard, then checked and none of ours, leaves the zero report', () => {
    expect(kinds(parse('网上传咱县有人赴京了 俺们杨树核实过了 没俺村的人 零报告'))).toEqual(['zero_report']);
  });

  it('零报告我晚上补: promised for later', () => {
    expect(kinds(parse('今天杨树村零报告我晚上补哈 在医院陪娃'))).toEqual(['chatter']);
  });

  it('a road closed for works said after, a drain blocked: no crowd', () => {
    expect(kinds(parse('杨树村零报告。幸福大道杨树段今天封路施工，进村的车辆请绕行'))).toEqual(['zero_report']);
    expect(only(parse('【即时报告】杨树村两户村民因门前排水沟堵塞发生争吵，村干部已到场调解。'), 'incident').collective).toBe(false);
  });

  it('a crowd blocking a digger, holding signs, or a few old people come to the township are incidents', () => {
    expect(only(parse('杨树村修路那块地 早上又有七八个人去堵挖机 我们在现场'), 'incident').collective).toBe(true);
    expect(only(parse('杨树景区门口今天又来了二三十个人 举着牌子 讲分成的账要公开'), 'incident')).toMatchObject({ people: null, collective: true });
    expect(only(parse('杨树村今天上午村里几个老人为低保的事到镇里来了五个人已经接待了都回去了'), 'incident')).toMatchObject({ escalation: 'township', people: 5 });
  });

  it('a recount said 实际点名是', () => {
    expect(only(parse('更正：上午首报说的二三十名工人，实际点名是26人。'), 'incident')).toMatchObject({ correction: true, people: 26 });
  });

  it('the day the family says the person left is not the report’s', () => {
    expect(only(parse('杨树的叶某贵 电话一直打不通 屋里人讲渠前日出去了 不晓得去哪'), 'key_person').date).toBe('2026-11-20');
  });
});

describe('holdouts 364-367 (unsafe cases and their families)', () => {
  it('punctuation said aloud to voice input, and 其他方面零报告 beside a matter still handled, is no zero report', () => {
    const r = parse('杨树村补充逗号其他方面零报告逗号上午那个施工队的事派出所还在处理句号');
    expect(kinds(r)).toEqual(['incident']);
    expect(r.warnings).toContain('self_contradiction');
    expect(kinds(parse('这事算是画上句号了 杨树村零报告'))).toEqual(['zero_report']);
  });

  it('a named person’s gang said likely to come to the township is that person’s risk, never a zero report', () => {
    const r = parse('杨树零报告 明儿个初五 刘某某那伙人怕是要来镇上 我们盯着呢');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '刘某某', state: 'abnormal', escalation: 'township' });
  });

  it('a full name before 嘴上说 is read', () => {
    expect(only(parse('杨树今儿零报告 就是郭满仓嘴上说过两天要去省里告医院 人还在屋里哩'), 'key_person').persons[0]).toMatchObject({ name: '郭满仓', escalation: 'province' });
  });

  it('the zero report sent late with an apology is made now', () => {
    expect(kinds(parse('杨树零报告 忘了发了不好意思'))).toEqual(['zero_report']);
  });
});

describe('holdouts 368-371 (read after their first runs)', () => {
  it('a name after where the person works or what they look after, and 的, is read', () => {
    expect(only(parse('焦化厂的赵福元在微信群里说要去北京讨说法，社区正在核实'), 'key_person').persons[0]?.name).toBe('赵福元');
    expect(only(parse('那个管放水的冯根喜 这两天心里还是不顺 嘴上说要去县里告'), 'key_person').persons[0]?.name).toBe('冯根喜');
    expect(kinds(parse('砖厂的工人今天来村委会要工钱'))).toEqual(['incident']);
  });

  it('有俩人上镇里了: two people gone, and 有 before a count ends no name', () => {
    const r = parse('杨树有俩人上镇里了 还是林地承包那事 包村的在那接待呢');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 2 });
  });
});
