import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording among the misses of holdouts 30–37 read after their first fixes. Each case is an invented
// variant (other names, places, phrasings), never a corpus line.

describe('a report sent again to put the last one right (重报, 写错了…应为, 发成了)', () => {
  it.each([
    ['重报：杨树村11月19日零报告（刚才日期打错了）', 'zero_report'],
    ['【重报】马坊村日研判 排查纠纷2起，化解1起，重点人员3人均稳定', 'daily_assessment'],
    ['重报 清河村今日研判 排查一起 化解一起 平稳', 'daily_assessment'],
    ['上条不算，单位写错了，应为：红星村零报告', 'zero_report'],
    ['不对，刚才马坊村的研判填错了，应该是排查矛盾纠纷3起，化解2起', 'daily_assessment'],
    ['清河村11月18日零报告，上午发成了10月18日', 'zero_report'],
  ] as const)('%s: a corrected %s', (text, kind) => {
    const r = parse(text);
    expect(kinds(r)).toEqual([kind]);
    expect(only(r, kind).correction).toBe(true);
  });

  it('whoever did it counted again (…的是八个人，不是六个) is the incident corrected', () => {
    const r = parse('更正：马坊村围村部的是八个人，不是六个');
    expect(only(r, 'incident')).toMatchObject({ people: 8, correction: true });
  });

  it.each(['请马坊村核实后重报', '马坊村零报告，明天别再写错了'])('%s: no correction', (text) => {
    expect(parse(text).reports.some((x) => 'correction' in x)).toBe(false);
  });
});

describe("the office's rules and a leader's words are no incident (发生…的，N分钟内首报; 续报要准; 不要再出现…)", () => {
  it.each([
    '各村、社区：元旦期间实行每日零报告，发生进京赴省到市上访、群体性事件的，30分钟内电话首报、2小时内书面续报。——镇综治办',
    '各村（社区）：按县里通知，节日期间有情况随时即时报告，首报要快、续报要准、终报要全，严禁瞒报。',
    '请马坊村把修路那个事情做好记录，明天上午报个续报',
    '马坊村这两天辛苦了，后面要盯紧，不要再出现赴省集访。',
    '遇有群众到县上访的，要及时报告镇里',
  ])('%s: chatter from the office', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });

  it('a rule forwarded with a unit\'s report leaves the report as it is', () => {
    const r = parse('凡出现进京赴省苗头的，第一时间即时报告。马坊村重点人员孙某某在家，稳定');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it.each([
    ['马坊村今天下午补发一个续报：3人已离开县信访局', 'county'],
    ['马坊村王某某今天去县信访局了，不要再说是零报告', 'county'],
  ] as const)('%s: still an incident at %s', (text, escalation) => {
    expect(only(parse(text), 'incident').escalation).toBe(escalation);
  });
});

describe('a 昨天 in the story told after a zero report, or before it, does not date the report', () => {
  it.each([
    '杨树村零报告，孙某某酒醒了，说昨天是气话，在家稳定',
    '马坊村零报告 修路的事昨天施工方赔了钱 村民都回去了',
    '昨天有人传杨树村有人去县里，是假的，没这回事。杨树村零报告',
  ])('%s: today', (text) => {
    const r = parse(text);
    expect(r.reports.length).toBeGreaterThan(0);
    for (const x of r.reports) expect(x).toMatchObject({ date: '2026-11-20' });
  });

  it.each(['杨树村零报告，昨天忘了发', '杨树村零报告，昨天的补上', '马坊村零报告，昨天村里停电没发出去', '马坊村昨天零报告'])('%s: still yesterday', (text) => {
    expect(only(parse(text), 'zero_report').date).toBe('2026-11-19');
  });
});

describe('a follow-up finds the crowd at the office: still waiting there, gone from it, or the matter named as gathered there', () => {
  it.each([
    '【续报】马坊村讨薪一事：经镇里协调，老板同意明天结清，6名工人仍在镇政府会议室等候，情绪平稳。',
    '【续报】马坊村讨薪的事：区人社局已到场，老板答应月底前结清，9名工人已离开街道办事处。',
    '终报：马坊村工资已结清，十来个工人下午已离开办事处，处置完毕',
    '续报：马坊村拆迁户聚集镇政府一事，经副镇长接待，人员已全部散去。',
    '马坊村有5户村民在街道办事处等着，说要见书记',
  ])('%s: an incident at the township', (text) => {
    expect(only(parse(text), 'incident').escalation).toBe('township');
  });

  it.each(['杨树村零报告，书记在镇政府等着开会', '杨树村零报告，王某某在镇政府等着办低保', '杨树村零报告，开完会离开镇政府了'])('%s: an errand, still a zero report', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it('a gathering named as a past matter in a count is not at the township today', () => {
    const r = parse('新增信访1件（村民聚集镇政府一事），已化解');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });
});

describe('a cadre with the person at the person\'s home says where the person is (包保人在屋里陪着, 村干部在他屋里)', () => {
  it.each([
    '杨树村零报告，孙某某又说要去县里，说补偿没到位，包保人在屋里陪着',
    '马坊村零报告。补充：王某某晚上情绪不好，说明天要去区里讨说法，村干部在他屋里',
    '杨树村零报告，孙某某说要去县里告，目前在家做工作',
  ])('%s: home', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ whereabouts: 'home', state: 'abnormal' });
  });

  it.each(['杨树村零报告，孙某某说要去县里，包保人在村委会做工作', '杨树村孙某某说要去县里，包保人在屋里找他没找到'])('%s: still unknown', (text) => {
    expect(only(parse(text), 'key_person').persons[0]!.whereabouts).toBe('unknown');
  });
});
