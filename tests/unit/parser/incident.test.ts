import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

type Want = { escalation: string | null; people: number | null; collective: boolean };

describe('incidents', () => {
  it.each<[string, string, Want]>([
    ['one villager to the county petition office', '【即时报告】马坊村村民李某某今天上午到县信访局上访，反映宅基地确权问题，村干部已赶往县里劝返。', { escalation: 'county', people: 1, collective: false }],
    ['full-width count, township, collective', '即时报告：清河村１２名村民因征地补偿款问题到镇政府集体上访，镇领导正在接待。', { escalation: 'township', people: 12, collective: true }],
    ['联名 is collective even for three', '红星村3名村民联名到市信访局反映问题，已派人前往。', { escalation: 'city', people: 3, collective: true }],
    ['赴京', '马坊村赵某某今日乘火车赴京上访，已被工作组在北京西站接回。', { escalation: 'beijing', people: 1, collective: false }],
    ['进京 of a family', '凤凰社区即时报告：居民曹某某一家三口今日进京，已在北京站被劝返。', { escalation: 'beijing', people: 3, collective: false }],
    ['赴省 with 等N人', '前进社区居民王某某等7人今日上午赴省信访局集体访，反映老旧小区改造问题。', { escalation: 'province', people: 7, collective: true }],
    ['区里 is county level; five is collective', '杨树村今天有5名村民一起去区里反映拆迁补偿问题，村里已派人跟随。', { escalation: 'county', people: 5, collective: true }],
    ['街道办 is township level; Chinese numeral', '凤凰社区：今天有居民十二人到街道办集体访，反映供暖问题，已接待。', { escalation: 'township', people: 12, collective: true }],
    ['two named villagers', '清河村村民孙某某、李某某两人到县信访局反映土地流转租金问题。', { escalation: 'county', people: 2, collective: false }],
    ['两名 from an office sender', '镇综治办通报：红星村两名村民今天上午到县信访局上访，已接回。', { escalation: 'county', people: 2, collective: false }],
    ['a gathering of 二十余 (a crowd, no headcount)', '前进社区二十余名业主因物业停水问题在小区门口聚集，社区正在协调。', { escalation: null, people: null, collective: true }],
    ['约30人 at the village committee: local', '马坊村突发：村民因修路占地问题约30人聚集在村委会，情绪激动，请求镇里派人。', { escalation: null, people: 30, collective: true }],
    ['a fight: local, count unknown', '清河村：今天下午两户村民因宅基地边界发生争执，动了手，派出所已到场处置，无人受伤。', { escalation: null, people: null, collective: false }],
    ['a gathering at the township government', '紧急报告：红星村约四十名村民因工资拖欠问题到镇政府门口聚集，要求见镇长。', { escalation: 'township', people: 40, collective: true }],
    ['on the road, actually travelling', '马坊村零报告。补充：村民赵某某今天下午又坐车去了市里，说要到市信访局上访，村干部已追去。', { escalation: 'city', people: 1, collective: false }],
    ['a letter signed by ten-odd villagers', '补报：清河村昨日有十余名村民联名写信到县里反映村干部问题', { escalation: 'county', people: null, collective: true }],
    ['a corrected count (不是5人)', '更正：红星村今天上午即时报告人数有误，到镇政府反映问题的是7人，不是5人，属集体访。', { escalation: 'township', people: 7, collective: true }],
    ['a typo 上仿', '马坊村即时报告：村民周某某今天到市里上仿，现已劝返。', { escalation: 'city', people: 1, collective: false }],
    ['天安门 is Beijing', '马坊村村民张某某今天在天安门附近被劝离', { escalation: 'beijing', people: 1, collective: false }],
    ['a banner at the county party committee', '马坊村今天有十几个村民在县委门口拉横幅', { escalation: 'county', people: null, collective: true }],
    ['夫妻俩 are two', '马坊村村民刘某某夫妻俩到镇信访办反映低保问题，已答复。', { escalation: 'township', people: 2, collective: false }],
    ['blocking a road', '马坊村今天上午30余名村民因征地补偿问题堵塞县道，交警已到场。', { escalation: null, people: null, collective: true }],
    ['a quarrel is the incident, not an assessment', '凤凰社区今天发生一起邻里纠纷，两家人因装修噪音吵架，经社区调解已平息。', { escalation: null, people: null, collective: false }],
    ['an accident', '马坊村今天发生一起交通事故，一人受伤', { escalation: null, people: 1, collective: false }],
    ['Traditional text', '清河村村民吳某某今天到縣信訪局上訪，已勸回。', { escalation: 'county', people: 1, collective: false }],
    ['于某某 is a name (one person)', '凤凰社区一切平安。另报：居民于某某下午到区信访局反映供暖问题，已劝回。', { escalation: 'county', people: 1, collective: false }],
    ['workers pressing for wages (讨薪)', '即时报告：马坊村二十三名农民工因工程款拖欠到镇政府讨薪，镇领导正在接待。', { escalation: 'township', people: 23, collective: true }],
  ])('%s', (_label, text, want) => {
    const r = parse(text);
    const inc = only(r, 'incident');
    expect(kinds(r)).not.toContain('daily_assessment');
    expect({ escalation: inc.escalation, people: inc.people, collective: inc.collective }).toEqual(want);
    expect(inc.summary?.length).toBeGreaterThan(0);
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('a numbered list gives one incident per item', () => {
    const r = parse('马坊村即时报告：\n1.村民钱某某到镇信访办反映低保问题；\n2.村民孙某某、李某某两人到县信访局反映土地问题。\n均已安排人员处置。');
    const incs = r.reports.filter((x) => x.kind === 'incident');
    expect(incs.map((x) => [x.escalation, x.people])).toEqual([
      ['township', 1],
      ['county', 2],
    ]);
    expect(incs.every((x) => x.unit === '马坊村')).toBe(true);
  });

  it('a circled list with a quarrel gives three incidents', () => {
    const r = parse('清河村即时报告：\n①村民蒋某某到镇政府反映低保问题；\n②村民褚某某到县信访局反映征地问题；\n③村民卫某某与邻居发生口角。');
    expect(r.reports.filter((x) => x.kind === 'incident').map((x) => x.escalation)).toEqual(['township', 'county', null]);
  });

  it('incidents told of different units are filed for each unit', () => {
    const r = parse('马坊村、清河村今日零报告。马坊村村民王某某到县信访局上访；清河村村民许某某到镇上反映问题。');
    expect(r.reports.map((x) => (x.kind === 'incident' ? [x.unit, x.escalation] : x.kind))).toEqual([
      ['马坊村', 'county'],
      ['清河村', 'township'],
    ]);
  });

  it('昨日 dates the incident the day before', () => {
    expect(only(parse('补报：清河村昨日有十余名村民联名写信到县里反映问题'), 'incident').date).toBe('2026-11-19');
  });

  it.each([
    ['a negated list', '马坊村零报告：无进京赴省到市上访，无集体访，无群体性事件'],
    ['严防 in an instruction', '马坊村：要严防进京赴省到市上访和集体访'],
    ['an intention of a key person', '马坊村重点人员吴某某扬言要去省里上访，目前在家'],
    ['上访苗头', '马坊村重点人员蒋某某有上访苗头，目前在家'],
    ['the county town', '马坊村王某某去县城儿子家了，稳定'],
    ['a hospital visit', '马坊村李某某去县医院看病，不是上访'],
    ['a dispute that may flare up, inside an assessment', '马坊村研判：排查矛盾纠纷2起，化解1起，另1起土地纠纷可能激化，存在隐患'],
    ['petitions received locally are counts', '马坊村研判：新增信访二十一件（主要为集中反映的拆迁安置问题），已全部登记转办'],
    ['cadres going to the county', '马坊村零报告，村干部到县里开会'],
  ])('not an incident: %s', (_label, text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });
});
