import { describe, expect, it } from 'vitest';
import { kinds, parse } from './helpers.js';

// Families of wording behind the unsafe zero reports of blind holdouts 49 (潮汕 township, 元宵 2036) and 50 (a 重庆
// 街道, 国庆 2035) at their first runs. Each case is an invented variant (other names, places, phrasings), never a
// corpus line.

describe('a form row answered with a bare figure', () => {
  it.each([
    ['进京：0 赴省：0 到市：1', 'city'],
    ['杨树村：进京：0，赴省：0，到县：1，集体访：0', 'county'],
    ['【零报告】杨树村\n进京：0 赴省：0 到市：0 来区：1（王某某到区不动产中心问证）', 'county'],
  ])('%s: an incident at %s, no zero report', (text, level) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(r.reports.find((x) => x.kind === 'incident')).toMatchObject({ escalation: level });
  });
});

describe('潮汕 and 重庆 wording beside 零报告', () => {
  it.each([
    '杨树村今日一切正常。就是洪德生下晡去镇里找书记讲山地的事，坐了一个钟头就回来了。',
    '杨树零报告。祭祖路线的事，今日两村理事会在阮祖祠前又争了一阵，镇里已约明早再商量。',
    '杨树村今日零报告。就是有一间作坊的头家寻无人，十几个工人在作坊门口等工钱。',
    '杨树村今日零报告（林某某去汕头站的事除外，已报）。现在伊在厝睡了。',
    '杨树零报告。今日有5个外省工人到村委会讲作坊押金不退，已叫老板来对数。',
    '杨树村零报告，就是下午3组刘某某跟她隔壁邻居为倒垃圾的事吵了几句，已经劝好了',
    '杨树村零报告。今天有3户到区拆迁办问过渡费，村主任陪到去的',
    '杨树村灵报告 周某某今天上午去区信坊办了 已经接回来了',
    '物流园零报告。下午有5个装卸工到园区管委会问工钱，已经答复了',
    '杨树村零报告，无异常。秦某某今天在屋头，但是她在业主群里喊大家3号一起去市里反映',
    '杨树村零报告，黎某某说他今天要去街道找书记，拦都拦不住，已经出门了',
  ])('%s: no zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(kinds(r).length).toBeGreaterThan(0);
  });

  it('有后生…讲今暝要来阮村讨说法: others coming to settle a score, no zero report (the bot asks)', () => {
    expect(kinds(parse('杨树村今日零报告。不过昨日打架的事，马坊有后生在微信群讲今暝要来阮村讨说法，已报派出所。'))).not.toContain('zero_report');
  });

  it('8户在家等答复 is no crowd at an office', () => {
    expect(kinds(parse('杨树村零报告\n项目\t情况\n进京上访\t无\n征地户动态\t8户在家等答复'))).toContain('zero_report');
  });

  it('刘某某…在村口骂人 of a named person stays the person’s', () => {
    expect(kinds(parse('杨树村零报告，刘某某今天情绪不太对 喝了酒在村口骂人 说要去上访'))).toEqual(['key_person']);
  });
});

describe('潮汕 names and words after them', () => {
  it.each([
    ['杨树村灵报告。今日洪德桂从汕头返来，讲山地的事要联合几个房头去区里告，已做工作。', '洪德桂'],
    ['杨树村报告：翁某坤昨暝讲要去北京，今早起伊手机关机，人不在厝，正在找。', '翁某坤'],
    ['杨树村：许美玲同伊翁今暝在厝吵起来，伊讲明日要去镇妇联告，村妇女主任已上门。', '许美玲'],
  ])('%s', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).toContain('key_person');
    expect(r.reports.find((x) => x.kind === 'key_person')).toMatchObject({ persons: [{ name }] });
  });

  it('洪水 is no name', () => {
    expect(kinds(parse('杨树村：洪水退了，都在家，平安'))).not.toContain('key_person');
  });
});

describe('西南 surnames that are everyday characters, and 走人户', () => {
  it.each([
    ['杨树村今日零报告。重点人员冉启明、向忠平均在家，情绪稳定。', ['冉启明', '向忠平']],
    ['杨树村零报告。重点人员牟大富、母顺英今天都在屋头，莫得啥子异常。', ['牟大富', '母顺英']],
    ['杨树村：况世平在主城做工，稳定。', ['况世平']],
  ])('%s', (text, names) => {
    const r = parse(text);
    expect(r.reports.find((x) => x.kind === 'key_person')).toMatchObject({ persons: (names as string[]).map((name) => ({ name })) });
  });

  it('向上级反映, 母亲在家: no names', () => {
    expect(kinds(parse('杨树村：已向上级反映，他母亲在家，平安'))).not.toContain('key_person');
  });

  it('余某才走人户去了，就在本村: named, at home', () => {
    const r = parse('杨树村零报告，黎明高今天在屋头剥花生，余世德走人户去了，就在本村，都稳定');
    expect(r.reports.find((x) => x.kind === 'key_person')).toMatchObject({ persons: [{ name: '黎明高' }, { name: '余世德', whereabouts: 'home' }] });
  });
});
