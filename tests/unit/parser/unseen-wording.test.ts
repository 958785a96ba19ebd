import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/parse-message.js';
import { kinds, only, parse } from './helpers.js';

// Families of wording found missing by holdouts 15-17 (issue 12), each in sentences of our own: a person named after a
// voice filler or as a unit's (就是张国强…, 杨树的孙长顺…), a surname of two characters, a leader's remark on how to
// make zero reports, yesterday's zero report with today's promised, the day of a zero report put right, a table's
// rows with full-width figures and no measure word.

describe('a named person’s threat beside 零报告 is that person’s news, not an unnamed incident', () => {
  it.each([
    ['after the filler 就是', '清河村今天零报告啊 就是郑国强今天又说要去市里 我们在做工作', '郑国强', 'city'],
    ['named as the unit’s (杨树的…), in dialect (今儿)', '零报告！杨树的孙长顺今儿喝了酒在村里嚷嚷 说不给钱就去县里告', '孙长顺', 'county'],
    ['a surname of two characters', '马坊零报告。欧阳某某今天又说要去省里，被家人劝住了，目前在家。', '欧阳某某', 'province'],
  ])('%s', (_l, text, name, escalation) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons).toEqual([expect.objectContaining({ name, state: 'abnormal', escalation })]);
    expect(r.warnings).toContain('self_contradiction');
  });

  it('a surname of two characters that is also a unit’s alias names the person, and the unit by the alias', () => {
    const units = [
      { name: '司马庄村', aliases: ['司马'] },
      { name: '杨树村', aliases: ['杨树'] },
    ];
    const r = parseMessage({ text: '司马零报告。司马某某今天说要去北京，家属在劝。', sentAt: new Date('2026-11-20T15:00:00+08:00'), senderUnit: '司马庄村' }, units);
    expect(r.reports.map((x) => x.kind)).toEqual(['key_person']);
    const kp = r.reports[0] as Extract<(typeof r.reports)[number], { kind: 'key_person' }>;
    expect(kp.unit).toBe('司马庄村');
    expect(kp.persons).toEqual([expect.objectContaining({ name: '司马某某', state: 'abnormal', escalation: 'beijing' })]);
  });
});

describe('how to make zero reports, told by anyone, is no zero report', () => {
  it.each([
    ['the rule said twice', '零报告就报零报告，别什么小事都往群里发'],
    ['what to do next time', '红星的事镇里已经掌握了。零报告以后不要这样报，有情况就按即时报告报。'],
    ['a leader telling a unit to report zero', '清河的事处理完了，今天清河就报零报告吧，材料别写那么细'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
    expect(kinds(parse(text, '凤凰社区'))).toEqual(['chatter']);
  });

  it('the short 报零 is still read when it is not 报 then 零报告', () => {
    expect(kinds(parse('马坊村报零，无情况', '马坊村'))).toEqual(['zero_report']);
  });
});

describe('yesterday’s zero report, with today’s promised after a space', () => {
  it('is one zero report, for yesterday', () => {
    const r = parse('红星村昨天零报告 今天的晚些再报', '红星村');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '红星村', date: '2026-11-19' }]);
  });

  it('today’s promised alone is still no report', () => {
    expect(kinds(parse('红星村今天零报告 晚些再报', '红星村'))).toEqual(['chatter']);
  });
});

describe('the day of a zero report sent before, put right', () => {
  it('is that zero report again, on the right day, as a correction', () => {
    const r = parse('修改：凤凰社区上条零报告应为11月18日，不是11月17日', '凤凰社区');
    expect(r.reports).toEqual([{ kind: 'zero_report', unit: '凤凰社区', date: '2026-11-18', correction: true }]);
  });
});

describe('a pasted table with full-width figures and no measure word', () => {
  it('reads each row’s figure under a 项目/数量 header', () => {
    const text = '马坊村日研判 11月20日\n项目\t数量\n排查矛盾纠纷\t３\n调处化解\t２\n新增信访\t１\n重点人员\t５\n异常\t０\n研判结论：需关注';
    const a = only(parse(text, '马坊村'), 'daily_assessment');
    expect(a.counts).toEqual({ disputesFound: 3, disputesResolved: 2, petitions: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
    expect(a.level).toBe('watch');
  });
});
