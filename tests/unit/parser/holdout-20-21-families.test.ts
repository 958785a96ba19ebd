import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that yielded an unsafe zero report in blind holdouts 20 and 21 at their first run. Each case
// is an invented variant (other names, units, levels, phrasings), never a corpus line.

describe('州 as the prefecture level (自治州) is the city level', () => {
  it.each([
    ['今天零报告，就是李某某在家里嚷着要去州里告状，村干部在劝，还没出门', 'city'],
    ['零报告。王某某说明天要到州上反映补偿的事', 'city'],
  ])('%s: a threat toward the 州 is abnormal, no zero report', (text, level) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const p = only(r, 'key_person').persons[0]!;
    expect(p.state).toBe('abnormal');
    expect(p.escalation).toBe(level);
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['刘某某今天上午到州信访局反映宅基地问题', '陈某某今天去了州政府门口，已接回'])('%s: an incident at the city level', (text) => {
    expect(only(parse(text), 'incident').escalation).toBe('city');
  });

  it.each(['赵某某在州人民医院住院，情绪稳定', '孙某某去杭州里面的厂打工，情绪稳定'])('%s: a hospital, or 州 inside a city name, is no petition', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('incident');
    expect(only(r, 'key_person').persons[0]!.escalation).toBeNull();
  });
});

describe('someone of another unit gone again to a government office, told beside one’s own 零报告', () => {
  it('the news is the other unit’s incident and the message has no zero report', () => {
    const r = parse('杨树村零报告；另外红星村的周某某今天又去镇政府了，红星书记叫我帮忙说一声');
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.unit).toBe('红星村');
    expect(i.escalation).toBe('township');
    // The person told of is that unit's too, not the sender's.
    for (const k of r.reports.filter((x) => x.kind === 'key_person')) expect(k.unit).toBe('红星村');
  });

  it('going again to the 街道 government is a petition at the township level', () => {
    expect(only(parse('吴某某下午又到乡政府了'), 'incident').escalation).toBe('township');
  });

  it('going once, with nothing more said, stays no report', () => {
    expect(kinds(parse('马某某今天去镇政府了'))).not.toContain('incident');
  });
});

describe('people who went to the township today about a matter are a report, even played down', () => {
  it.each([
    ['零报告。上午有三个村民去了镇里，问危房改造的事，问完就回了', 3],
    ['今天零报告，下午有两个人去了街道，说是问低保的事，没啥', 2],
  ])('%s', (text, people) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    const i = only(r, 'incident');
    expect(i.escalation).toBe('township');
    expect(i.people).toBe(people);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('going to market is an errand', () => {
    expect(kinds(parse('零报告。有两个村民去了镇里赶集'))).toEqual(['zero_report']);
  });

  it('hearsay of another place, disowned and passed on to be checked, leaves the zero report', () => {
    expect(kinds(parse('杨树村今日零报告。另外听说红星那边有人去了县里，不是我们村的，请红星核实一下。'))).toEqual(['zero_report']);
  });
});

describe('trouble still going on today, whatever was reported before, forbids the zero report', () => {
  it.each([
    '今天零报告，车祸那个事已经报过了，家属还在村委会闹',
    '零报告 就是工伤那个事上面报过了 工友又跑到厂里闹',
    '今日零报告。拆迁的事前面报了，那几户一直在工地闹',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBeNull();
    expect(r.warnings).toContain('self_contradiction');
  });

  it.each(['今天零报告，上周那个事已经处理完了，家属没再闹', '今天零报告，那户人家还在家，不闹了'])('%s: no longer at it', (text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });
});
