import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { kinds, parse } from './helpers.js';

// A key person's ordinary day (看病, 赶集, 走亲戚, 打工, 送孩子上学) is the person's state, not a petition; where the
// person is, said in the words people use; and 撤回 said of a chat message is chatter, not the undo command.

const persons = (text: string) => parse(text).reports.flatMap((r) => ('persons' in r ? r.persons : []));
const P = (name: string, state: Person['state'], whereabouts: Person['whereabouts'], escalation: Person['escalation'] = null, modality?: Person['modality']): Person => ({ name, state, whereabouts, escalation, ...(modality ? { modality } : {}) });

describe('errands and trips are a person’s state', () => {
  it.each([
    ['赶集 in the county town', '马坊村王某某今天去县城赶集了', P('王某某', 'stable', 'away')],
    ['看病, said in the next clause', '清河村赵某某去县里了，说是看病，家属陪着', P('赵某某', 'stable', 'away')],
    ['复查, checked by phone', '马坊村钱某某今早去市里了，说是复查，已电话核实在市医院', P('钱某某', 'stable', 'away')],
    ['走亲戚', '红星村孙某某今天走亲戚去了', P('孙某某', 'stable', 'away')],
    ['送孩子上学', '凤凰社区周某某送孩子去县城上学，明天回来', P('周某某', 'stable', 'away')],
    ['打工 elsewhere, gone back', '重点人员：邓某某 已返回广东上班 稳定', P('邓某某', 'stable', 'away')],
  ])('%s', (_l, text, person) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(persons(text)).toEqual([person]);
  });

  it('someone driven to hospital by a cadre is not the message’s news', () => {
    expect(kinds(parse('马坊今天的晚点报 书记在送刘某某去医院复查'))).toEqual(['chatter']);
  });
});

describe('where a key person is, in everyday words', () => {
  it.each([
    ['在屋里 and 还好', '马坊吴某某今天还好 在屋里 没说要出去', P('吴某某', 'stable', 'home')],
    ['in the fields', '马坊村陈某某今天在地里干活', P('陈某某', 'stable', 'home')],
    ['upset, said mildly', '红星村重点人员王某某今天情绪有点低落，在家', P('王某某', 'abnormal', 'home')],
    ['not back from market, not answering', '清河村李某某今天去县城赶集后没回来，电话也不接', P('李某某', 'abnormal', 'away')],
    ['not back for the holiday, stable', '马坊村赵某某在外打工，过年没回来，稳定', P('赵某某', 'stable', 'away')],
    ['home since last night', '清河村陈某某已于昨晚到家，情绪稳定', P('陈某某', 'stable', 'home')],
    ['the phone left at home, the person in the next county', '凤凰社区彭某某已找到，在邻县朋友家，手机忘在家里了，稳定', P('彭某某', 'stable', 'away')],
    ['a grievance taken to the 街道', '凤凰社区何某某扬言要到街道讨说法，目前在家', P('何某某', 'abnormal', 'home', 'township', 'threat')],
    ['a name in brackets after what is said of it', '红星村重点人员3人，其中1人失联（冯某某），正在查找', P('冯某某', 'abnormal', 'away')],
  ])('%s', (_l, text, person) => {
    expect(persons(text)).toEqual([person]);
  });

  it('a unit named by its alias is not a person (马坊 is not 马某)', () => {
    const r = parse('马坊今天排查纠纷1起 已化解 重点人3个都在家 平稳');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });
});

describe('撤回 said of a chat message is chatter', () => {
  it.each([
    ['sent to the wrong group, taken back', '不好意思刚才发错群了，已撤回'],
    ['taken back, told', '撤回了，发错了'],
    ['the app’s notice', '周敏撤回了一条消息'],
    ['I take it back myself', '我已经撤回了'],
  ])('%s', (_l, text) => {
    expect(kinds(parse(text))).toEqual(['chatter']);
  });

  it.each([['撤回刚才那条'], ['撤回'], ['作废刚才的零报告']])('the command still: %s', (text) => {
    expect(parse(text).reports).toEqual([{ kind: 'command', name: 'undo' }]);
  });
});
