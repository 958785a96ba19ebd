import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { only, parse } from './helpers.js';

// Key persons in forms and beside the cadres who look after them, in our own invented messages: a one-person form
// (人员姓名：, 包保对象：), a table typed with bars, a cadre named in a bracket or a cell (包保人：…), and a name that
// begins with a unit's alias (杨树林 beside 杨树村).
const persons = (text: string, unit: string | null = '杨树村'): Person[] => only(parse(text, unit), 'key_person').persons;

describe('key persons: forms and the cadres beside them', () => {
  it('a one-person form with 包保对象 and its fields', () => {
    expect(persons('马坊村重点人员见面情况\n包保对象：甘某某\n见面时间：今天上午\n在位情况：在家\n思想动态：稳定\n包保责任人：村主任')).toEqual([{ name: '甘某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it('a one-person form with 人员姓名 and what was found', () => {
    const [p] = persons('失联人员报告\n报告单位：红星村\n人员姓名：鲁某某\n基本情况：网格员上门没见到人，手机关机，去向不明\n报告人：谭小燕');
    expect(p).toMatchObject({ name: '鲁某某', state: 'abnormal', whereabouts: 'away' });
  });

  it('a table typed with bars: the cadre’s column is no person', () => {
    const text = '清河村重点人员稳控表\n姓名｜在位情况｜思想动态｜包保人\n蔡某某｜在家｜稳定｜邓某\n蔡某｜外出打工（福建）｜稳定｜邓某\n严某某｜在村｜有情绪，扬言要上访｜韦某';
    expect(persons(text).map((p) => [p.name, p.state, p.whereabouts])).toEqual([
      ['蔡某某', 'stable', 'home'],
      ['蔡某', 'stable', 'away'],
      ['严某某', 'abnormal', 'home'],
    ]);
  });

  it('a table typed with spaces under a header that names 姓名: the cadre’s column is no person', () => {
    const text = '马坊村重点人员：\n序号 姓名 现实表现 包保人\n1 尹某某 在家稳定 周某\n2 贺某 外出务工 周某';
    expect(persons(text).map((p) => [p.name, p.whereabouts])).toEqual([
      ['尹某某', 'home'],
      ['贺某', 'away'],
    ]);
  });

  it.each([
    ['的儿子', '清河村重点人员冉某某今天在家，冉某某的儿子冉某在外务工。'],
    ['之子', '杨树村重点人员：冉某某（涉法涉诉）今日在家，情绪平稳；冉某某之子冉某在外省务工。'],
  ])('a key person’s kin named beside the person is not one (%s)', (_l, text) => {
    expect(persons(text)).toEqual([{ name: '冉某某', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it('a cadre named in a bracket after the person is no person, and the bracket does not hide what follows', () => {
    const text = '红星村重点人员动态：张宏图（包保人：村支书李国强）在家稳定；王桂英（包保人：网格员周丽）去昆明看病。';
    expect(persons(text).map((p) => [p.name, p.whereabouts])).toEqual([
      ['张宏图', 'home'],
      ['王桂英', 'away'],
    ]);
  });

  it('a cadre after a role word in a row is no person', () => {
    expect(persons('清河村重点人员 雷某某 在家 稳定 包保人 冯某').map((p) => p.name)).toEqual(['雷某某']);
  });

  it('a name that begins with a unit’s alias is the person’s', () => {
    expect(persons('杨树村重点人员：杨树林在家，稳定')).toEqual([{ name: '杨树林', state: 'stable', whereabouts: 'home', escalation: null }]);
  });

  it.each([
    ['spaces', '清河村重点人员：周建国 男 62岁 在家 稳定；吴秀梅 女 55岁 在浙江打工 稳定', ['周建国', '吴秀梅']],
    ['commas', '清河村重点人员：邱红，女，在家，稳定', ['邱红']],
  ])('a name then gender and age (%s)', (_l, text, want) => {
    expect(persons(text as string).map((p) => p.name)).toEqual(want);
  });

  it('a signature with its own note is still dropped', () => {
    expect(persons('马坊村重点人员：孙某某在家，稳定。村支书：贺某（签字）').map((p) => p.name)).toEqual(['孙某某']);
  });
});
