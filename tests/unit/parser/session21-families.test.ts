import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the twenty-first session (after their first runs), each tried on invented variants.

describe('木 for 没 before an act or a sighting (鲁西, 豫)', () => {
  it('杨树村今日零报告 木有进京赴省的 也木集体访: a zero report', () => {
    expect(kinds(parse('杨树村今日零报告 木有进京赴省的 也木集体访'))).toEqual(['zero_report']);
  });

  it('木见着人 of a key person is gone missing', () => {
    expect(only(parse('刘某某今天木见着人 手机打不通'), 'key_person').persons[0]).toMatchObject({ name: '刘某某', state: 'abnormal', whereabouts: 'away' });
  });

  it('a name ending in 木 before 找到 keeps its 木 (沈舍木找到了)', () => {
    expect(only(parse('续报：沈舍木找到了，在西宁他姐姐家，没有上访想法，稳定。'), 'key_person').persons[0]?.name).toBe('沈舍木');
  });
});

describe('不知道上哪了 is gone missing', () => {
  it.each(['王某某不知道上哪了', '王某某家里说昨晚出去了 不知道上哪儿了 正找'])('%s', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });
});

describe('信访无 as a list item is petitions 0', () => {
  it('杨树村日研判：排查矛盾纠纷2件，化解1件，信访无，重点人员3人，均稳定。', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷2件，化解1件，信访无，重点人员3人，均稳定。'), 'daily_assessment').counts).toMatchObject({ petitions: 0, disputesFound: 2 });
  });

  it('联名信访无 is no petitions figure', () => {
    expect(only(parse('杨树村日研判：排查矛盾纠纷2件，化解1件，联名信访无，重点人员3人，均稳定。'), 'daily_assessment').counts.petitions).toBeUndefined();
  });
});

describe('a quarrel (呛呛起来) and a scene (又哭又闹) are incidents', () => {
  it.each([
    '杨树这边有人去渠上扒口子 跟马坊的人呛呛起来了 村里人过去拉开了',
    '刚才有个老太太在村委会门口又哭又闹 说儿子不养老 我们正调解',
  ])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['incident']);
  });
});

describe('要 before a quoted going (要“去北京讨个说法”) is still a plan', () => {
  it('no incident, the person abnormal at home', () => {
    const r = parse('重点人员李某华今晨跟邻居说国庆要“去北京讨个说法”，目前仍在家中，已安排专人看护。');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'home', escalation: 'beijing', modality: 'plan' });
  });
});

describe('a fight (打捶) or the police at the scene beside 零报告 is an incident', () => {
  it.each(['零报告！！杨树村两家人喝酒打捶 派出所已到场', '杨树村今天零报告 两家人打锤了'])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('hearsay of a fight in the city (听人谝说市上…有人打捶) leaves our zero report', () => {
    expect(kinds(parse('刚听人谝说市上麻辣烫街有人打捶哩 不知道谁家的事 反正我们杨树村今个零报告'))).toEqual(['zero_report']);
  });
});

describe('people dispersed (经营户已散) had gathered: an incident, unless it was a day before', () => {
  it('杨树村：摊位费问题已由镇市场监管所答复，经营户已散，其余无情况。', () => {
    expect(kinds(parse('杨树村：摊位费问题已由镇市场监管所答复，经营户已散，其余无情况。'))).toEqual(['incident']);
  });

  it('昨天的…群众已散 beside 今日零报告 is the zero report', () => {
    expect(kinds(parse('杨树村今日零报告，昨天的租金问题承包方已答应月底前付清，群众已散。'))).toEqual(['zero_report']);
  });
});

describe('a matter filed this morning whose people came back (上午报了的 下午人都回来了) is no zero day', () => {
  it('杨树零报告 就是塘主那个事上午报了的 下午人都回来了', () => {
    const r = parse('杨树零报告 就是塘主那个事上午报了的 下午人都回来了');
    expect(kinds(r)).toEqual(['incident']);
  });
});

describe('木 before a search or a return is 没 only after 还/也/仍…', () => {
  it('孙某某还木找着 is missing', () => {
    expect(only(parse('孙某某还木找着 他家人说可能坐大巴走了'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });
});

describe('who it was not known (不知道谁家的事) is said, not asked', () => {
  it.each(['不知道谁家的事 反正我们杨树村今个零报告', '不知道是哪家的人，我们杨树村今天零报告'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});

describe('hearsay of another unit, then ours all at home (我们村的移民户都在家), is our zero report', () => {
  it('杨树村零报告。听说马坊那边有人到县里去了，我们村的移民户都在家', () => {
    expect(kinds(parse('杨树村零报告。听说马坊那边有人到县里去了，我们村的移民户都在家，打电话都问过了'))).toEqual(['zero_report']);
  });
});

describe('yesterday, some went to an office (昨天有3名村民去了镇里反映…) beside 零报告: a late incident of that day', () => {
  it('an incident dated the day before, no zero report', () => {
    const r = parse('杨树村零报告。昨天有3名村民去了镇里反映水渠问题，已回。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident')).toMatchObject({ date: '2026-11-19', escalation: 'township', people: 3 });
  });

  it('those who went yesterday, now at home (昨天到镇上的那几户今天都在家), leave the zero report', () => {
    expect(kinds(parse('杨树村零报告。昨天到镇上的那几户今天都在家。'))).toEqual(['zero_report']);
  });
});

describe('a 某 name with one given character, before the person\'s money or what they took part in', () => {
  it.each([
    ['牛某山的补偿款今天到账了，人在家，情绪稳定', '牛某山'],
    ['赵某军工资今天结清了，人在家，情绪稳定', '赵某军'],
    ['重点人员陈某喜参加了协调会，今日在家，情绪稳定。', '陈某喜'],
  ])('%s', (text, name) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ name, state: 'stable', whereabouts: 'home' });
  });
});

describe('晋城 翁里 for 家里', () => {
  it('赵某军今天在翁里 暂时不去北京了', () => {
    expect(only(parse('赵某军今天在翁里 说等老板给钱 暂时不去北京了'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'home' });
  });
});

describe('the format of 首报/续报/终报 asked is the help command', () => {
  it.each(['@维稳助手 首报续报终报咋个格式 急', '@维稳助手 续报咋个格式'])('%s', (text) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name: 'help' }]);
  });
});

describe('gone AGAIN to the township seat, a space typed for a comma', () => {
  it('杨树村吴某又去镇里了 还是林地那个事 一个人去的 镇司法所在接待', () => {
    const r = parse('杨树村吴某又去镇里了 还是林地那个事 一个人去的 镇司法所在接待');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'township', people: 1 });
  });
});

describe('people blocking coal trucks (堵运煤车) is an incident', () => {
  it('【即时报告】杨树村村民吴某某等6人凌晨在村口堵运煤车…', () => {
    expect(only(parse('【即时报告】杨树村村民吴某某等6人凌晨在村口堵运煤车，称塌陷房屋补偿不到位，派出所已到场。'), 'incident')).toMatchObject({ people: 6, collective: true });
  });
});

describe('greetings and holidays are no names (祝领导过年好, 除夕在家)', () => {
  it.each(['杨树零报告 祝领导过年好', '祝大家过年好 杨树零报告'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('孙某某：除夕在家 is 孙某某 at home', () => {
    expect(only(parse('【重点人员动态】杨树村孙某某：除夕在家，情绪稳定。'), 'key_person').persons).toEqual([{ name: '孙某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });
});

describe('a group of today pointed at as known, back since (上午那三个去镇里的已经回来了), is no zero day', () => {
  it.each(['杨树村零报告 上午那三个去镇里的已经回来了', '杨树村零报告 上午那五个人的事镇里已经处理完了 都回家了'])('%s', (text) => {
    expect(kinds(parse(text))).toEqual(['incident']);
  });

  it('yesterday\'s (昨天那三个…) leaves the zero report', () => {
    expect(kinds(parse('杨树村零报告 昨天那三个去镇里的已经回来了'))).toEqual(['zero_report']);
  });
});

describe('a going said for while the 两会 sits marks the person to watch', () => {
  it('杨树村零报告 高某某在家 不过他说省两会的时候还要去太原', () => {
    const r = parse('杨树村零报告 高某某在家 不过他说省两会的时候还要去太原');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', whereabouts: 'home' });
  });

  it('after it (两会结束了就去厂里上班) is calm', () => {
    expect(only(parse('高某某在家 说两会结束了就去厂里上班'), 'key_person').persons[0]?.state).toBe('stable');
  });
});
