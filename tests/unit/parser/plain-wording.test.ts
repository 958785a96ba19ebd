import { describe, expect, it } from 'vitest';
import { kinds, only, parse, SENT } from './helpers.js';

// Everyday wording of phone and template messages (families met in holdout 9, tested here in other words).
describe('plain wording', () => {
  it.each([
    ['无事报平安 with a signature', '马坊村11月20日无事报平安，村主任：郑立华'],
    ['报平安 after the unit', '凤凰社区：今天报个平安'],
    ['无新增上访', '清河村今日情况：村民代表在村部开协调会，今日无新增上访。'],
  ])('a zero report: %s', (_label, text) => {
    expect(kinds(parse(text))).toEqual(['zero_report']);
  });

  it.each([
    ['没人 negates a petition', '核实过了，是别的乡的人，我们村今天没人去县里上访'],
    ['没有人 negates a petition', '红星村今天没有人外出上访，那条消息不实'],
  ])('%s: no incident', (_label, text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });

  it('a place in a space-separated list row is where the person is', () => {
    const p = only(parse('马坊村重点人员动态\n1.沈某某 在成都 稳定\n2.韦某某 在家 稳定'), 'key_person').persons;
    expect(p).toContainEqual(expect.objectContaining({ name: '沈某某', whereabouts: 'away' }));
    expect(p).toContainEqual(expect.objectContaining({ name: '韦某某', whereabouts: 'home' }));
  });

  it.each([
    ['昨天的事 … 今天', '潘某某昨天的事 村里给了说法 今天人在家 情绪稳定'],
    ['昨天那几户 … 今日', '清河村昨天那几户村民 村里解释清楚了 都回去了 今日零报告'],
  ])('昨天 that names a matter does not date the report: %s', (_label, text) => {
    for (const r of parse(text).reports) expect(r).toMatchObject({ date: SENT.slice(0, 10) });
  });

  it('昨天的零报告 still dates that report', () => {
    expect(parse('马坊村昨天的零报告现补报').reports[0]).toMatchObject({ kind: 'zero_report', date: '2026-11-19' });
  });

  it.each([
    ['已经报了', '红星村今天的日研判上午已经报了 这里不重复报了'],
    ['报过了', '凤凰社区的动态刚才报过了哈'],
  ])('a report said to be made before is chatter: %s', (_label, text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it.each([
    ['没异常 after the figure', '红星村日研判 今天排查纠纷1起 已调解 重点人员3个都在家没异常 平稳'],
    ['a space-separated row', '清河村日研判 11月20号 排查纠纷0 信访0 重点人员6人 稳定 平稳'],
  ])('none abnormal: %s', (_label, text) => {
    expect(only(parse(text), 'daily_assessment').counts.keyPersonsAbnormal).toBe(0);
  });

  it('均在家 alone leaves the abnormal figure unsaid', () => {
    expect(only(parse('清河村日研判：排查矛盾纠纷1件，化解1件，重点人员5人，均在家。'), 'daily_assessment').counts.keyPersonsAbnormal).toBeUndefined();
  });

  it('a crowd heading to the district told without any report word is not chatter', () => {
    const r = parse('工地那个事 工人们说后天要去区里 已经约了二三十个');
    expect(kinds(r)).not.toEqual(['chatter']);
    expect(kinds(r)).not.toContain('zero_report');
  });
});
