import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Which unit a report is for, in wording holdouts 12 and 13 met at their first run (invented variants).

describe('several units’ zero reports in one message', () => {
  it.each<[string, string[]]>([
    ['杨树零报告，马坊的书记托我报一下，马坊也零报告', ['杨树村', '马坊村']],
    ['清河零报告 红星也是零报告（红星书记在镇里开会让我代报）', ['清河村', '红星村']],
    ['凤凰社区今日零报告，前进社区同样零报告', ['凤凰社区', '前进社区']],
  ])('%s', (text, units) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['zero_report', 'zero_report']);
    expect(r.reports.map((x) => (x as { unit: string }).unit)).toEqual(units);
  });

  it('a note in brackets (开会) does not make an office’s 代报 a notice', () => {
    const r = parse('代报：杨树村、马坊村今日均零报告（两位书记在县里开会）', null);
    expect(kinds(r)).toEqual(['zero_report', 'zero_report']);
  });

  it('a unit named in passing, not said to be the same, is no zero report of its own', () => {
    expect(kinds(parse('杨树村零报告，马坊村的书记打电话问格式，我告诉他了'))).toEqual(['zero_report']);
  });
});

describe('a correction that names the wrong unit, then the right one', () => {
  it.each<[string, string]>([
    ['更正：刚才误写成马坊村，应为清河村今日零报告', '清河村'],
    ['更正：上一条写成了红星，是凤凰社区零报告', '凤凰社区'],
    ['更正：把清河村误写成马坊村了，清河村今日零报告', '清河村'],
  ])('%s → %s', (text, unit) => {
    expect(only(parse(text, null), 'zero_report')).toMatchObject({ unit, correction: true });
  });
});

describe('words that look like an incident but tell none', () => {
  it.each([
    '补报：杨树村11月19日日研判，新排查矛盾纠纷0起，重点人员3人均稳定，总体平稳。（昨天网络不好没发出去）',
    '镇信访办通报：杨树村王某某今天在家，情绪稳定；马坊村李某在家，有村干部陪护。',
    '凤凰社区日研判：接待居民来访2批6人（反映加装电梯），已现场答复；排查矛盾纠纷1起。研判：平稳。',
  ])('%s', (text) => {
    expect(kinds(parse(text, null))).not.toContain('incident');
  });

  it('a post on the internet is still a flare-up', () => {
    expect(kinds(parse('杨树村有村民在网络上发视频说征地补偿不公'))).toContain('incident');
  });
});

describe('a unit the roster does not know is not filed under a unit it does', () => {
  it.each([
    ['杨树湾村零报告', '杨树湾村'],
    ['马坊坪村有2人到县信访局上访', '马坊坪村'],
    ['今天青山村零报告', '青山村'],
    ['领导，青山村零报告', '青山村'],
  ])('%s → no unit, the name asked about', (text) => {
    const r = parse(text);
    expect(r.reports.every((x) => (x as { unit?: string | null }).unit === null)).toBe(true);
    expect(r.warnings).toContain('unknown_unit');
  });

  it.each([
    ['杨树、马坊两村今日零报告', ['杨树村', '马坊村']],
    ['杨树村零报告', ['杨树村']],
    ['听说村里有人要去县里，杨树村正在核实', ['杨树村']],
  ])('%s keeps its units', (text, units) => {
    expect(parse(text).reports.map((x) => (x as { unit: string }).unit)).toEqual(units);
  });
});

describe('a unit name one slip away from the roster’s', () => {
  it('on the sender’s own unit: that unit', () => {
    expect(only(parse('杨数村今天零报告'), 'zero_report').unit).toBe('杨树村');
  });

  it('on another unit: not filed under any, the name is asked about', () => {
    const r = parse('马方村零报告');
    expect(only(r, 'zero_report').unit).toBeNull();
    expect(r.warnings).toContain('unknown_unit');
  });

  it('two characters off is no slip: the unknown unit is named back', () => {
    expect(parse('马家庄村零报告').warnings).toContain('unknown_unit');
  });
});

describe('a unit’s name that is not the unit reported on', () => {
  it('inside a person’s name (马坊 in 李马坊)', () => {
    expect(only(parse('李马坊在家，稳定。'), 'key_person').unit).toBe('杨树村');
  });

  it('the place someone came back from', () => {
    expect(only(parse('王某某今天从清河回来了，在家，稳定。'), 'key_person').unit).toBe('杨树村');
  });

  it('a unit named as the subject still is', () => {
    expect(only(parse('清河村王某某今天在家，稳定。', null), 'key_person').unit).toBe('清河村');
  });
});

describe('talk that is no failed report', () => {
  it.each(['@王丽 你们马坊的日研判表格发我一份参考下', '杨树村今天的报告已发，请领导审阅'])('%s is chatter, not asked about', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['chatter']);
    expect(r.unclear).toBe(false);
  });
});
