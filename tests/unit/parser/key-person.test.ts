import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { kinds, only, parse } from './helpers.js';

const P = (name: string, state: Person['state'], whereabouts: Person['whereabouts'], escalation: Person['escalation'] = null, modality?: Person['modality']): Person => ({ name, state, whereabouts, escalation, ...(modality ? { modality } : {}) });

describe('key persons', () => {
  it.each<[string, string, Person[]]>([
    ['a numbered list with colons', '【重点人员动态】马坊村\n1.王某某：在家，情绪稳定\n2.李某某：外出务工（浙江义乌），电话联系正常，稳定', [P('王某某', 'stable', 'home'), P('李某某', 'stable', 'away')]],
    ['circled numbers', '清河村重点人员情况：\n①赵某某 在家 稳定\n②钱某某 在外地务工 稳定', [P('赵某某', 'stable', 'home'), P('钱某某', 'stable', 'away')]],
    ['semicolons', '红星村重点人员动态：孙某某在村，稳定；周某某在本地打零工，稳定；吴某某在厂务工，稳定。', [P('孙某某', 'stable', 'home'), P('周某某', 'stable', 'home'), P('吴某某', 'stable', 'home')]],
    ['working in another city is away, at the local factory is home', '石门村重点人员：1、孙某 在家 稳定 2、李某某 在杭州打工 稳定 3、周某某 在本地打工 稳定', [P('孙某', 'stable', 'home'), P('李某某', 'stable', 'away'), P('周某某', 'stable', 'home')]],
    ['a shared state', '凤凰社区重点人员韩某某、杨某某均在家，情绪稳定。', [P('韩某某', 'stable', 'home'), P('杨某某', 'stable', 'home')]],
    ['three with 三人均', '前进社区曹某某、严某某、华某三人均在社区，无异常。', [P('曹某某', 'stable', 'home'), P('严某某', 'stable', 'home'), P('华某', 'stable', 'home')]],
    ['real names in a list', '杨树村重点人员动态：张建军：在家，稳定；李秀兰：外出务工，稳定', [P('张建军', 'stable', 'home'), P('李秀兰', 'stable', 'away')]],
    ['extravagant threat → beijing', '马坊村重点人员刘某某今日情绪激动，扬言要进京上访，已安排专人看护，目前在家。', [P('刘某某', 'abnormal', 'home', 'beijing', 'threat')]],
    ['to the province, intention only', '清河村重点人员吴某某扬言春节前要去省里上访，目前在家。', [P('吴某某', 'abnormal', 'home', 'province', 'threat')]],
    ['on the way to the city', '红星村：冯某某今天上午坐车去市里，说是要去市信访局反映问题，村干部正在赶过去劝返。', [P('冯某某', 'abnormal', 'away', 'city')]],
    ['to the township', '马坊村：许某某早上说要去镇上找领导反映宅基地问题，情绪激动。', [P('许某某', 'abnormal', 'unknown', 'township', 'plan')]],
    ['to the district (county level)', '凤凰社区重点人员朱某某今日到区信访局上访，社区已派人到区里接访。', [P('朱某某', 'abnormal', 'away', 'county')]],
    ['went to Beijing again', '清河村重点人员沈某某今天又去北京了，坐的早班高铁。', [P('沈某某', 'abnormal', 'away', 'beijing')]],
    ['lost contact', '前进社区重点人员陈某某今日失联，手机关机，家属称其早上出门未归。', [P('陈某某', 'abnormal', 'away')]],
    ['whereabouts unknown', '红星村重点人员褚某某去向不明，已请派出所协助查找。', [P('褚某某', 'abnormal', 'away')]],
    ['upset but at home', '马坊村重点人员蒋某某情绪波动，有上访苗头，目前在家，已安排专人稳控。', [P('蒋某某', 'abnormal', 'home')]],
    ['back from Beijing', '清河村：沈某某已于今日下午从北京返回，现在家，情绪稳定。', [P('沈某某', 'stable', 'home')]],
    ['brought back but still upset', '凤凰社区朱某某已从区信访局劝返回家，情绪仍有波动，继续稳控。', [P('朱某某', 'abnormal', 'home')]],
    ['found again', '前进社区陈某某已找到，在亲戚家，情绪稳定，已由家属接回。', [P('陈某某', 'stable', 'unknown')]],
    ['came home, the loss explained', '红星村褚某某已于今日返回家中，经了解系外出走亲戚，手机没电导致失联，现情绪稳定。', [P('褚某某', 'stable', 'home')]],
    ['gave up the idea', '清河村吴某某：在家，情绪稳定，已打消去省里的想法', [P('吴某某', 'stable', 'home')]],
    ['no longer petitions', '马坊村蒋某某今日情绪已稳定，本人表示不再上访，在家。', [P('蒋某某', 'stable', 'home')]],
    ['a hospital visit is not a petition', '红星村重点人员秦某某去县医院复查身体，不是上访，家属陪同，情绪稳定。', [P('秦某某', 'stable', 'unknown')]],
    ['in the county town is not an escalation', '清河村郑某某外出（去县城儿子家），稳定', [P('郑某某', 'stable', 'away')]],
    ['working in Beijing is away, not a petition', '马坊村重点人员王某某在北京务工，稳定', [P('王某某', 'stable', 'away')]],
    ['not at home after all', '修改：马坊村重点人员赵某某应为外出务工，情绪稳定，不是在家。', [P('赵某某', 'stable', 'away')]],
    ['未外出 is at home', '马坊村重点人员刘某某今天情况：在家，情绪平稳，未外出。', [P('刘某某', 'stable', 'home')]],
    ['a trip to the city to see a doctor', '马坊村重点人员冯某某今天下午去了市里，说是看病，已核实属实，情绪稳定。', [P('冯某某', 'stable', 'away')]],
    ['有情绪，需关注 in a list', '清河村重点人员动态：吴某某，在家，稳定；郑某某，在家，近期因征地补偿有情绪，需关注。', [P('吴某某', 'stable', 'home'), P('郑某某', 'abnormal', 'home')]],
    ['brought back from the district petition office: still abnormal', '凤凰社区陈某某今天又去了区信访局，反映的还是物业问题，社区已派人接回，目前在家。', [P('陈某某', 'abnormal', 'home', 'county')]],
    ['answered at the township and home again: stable', '清河村重点人员何某某今天上午到镇里反映低保问题，镇民政办已答复，已回家，情绪平稳。', [P('何某某', 'stable', 'home', 'township')]],
    ['not at home', '马坊村重点人员王某某今天不在家，电话联系正常，稳定', [P('王某某', 'stable', 'away')]],
    ['Traditional text', '清河村重點人員何某某今日在家，情緒穩定，無上訪動向。', [P('何某某', 'stable', 'home')]],
    ['a typo 认员', '马坊村重点认员动态：吴某某 在家 稳定', [P('吴某某', 'stable', 'home')]],
    ['inside an assessment', '红星村研判：重点人员8人，异常1人（孙某某情绪波动，扬言要到区里反映征地补偿问题）。研判等级：需关注。', [P('孙某某', 'abnormal', 'unknown', 'county', 'threat')]],
  ])('%s', (_label, text, persons) => {
    const r = parse(text);
    expect(only(r, 'key_person').persons).toEqual(persons);
  });

  it('an intention is not an incident', () => {
    expect(kinds(parse('马坊村重点人员吴某某扬言要去省里上访，目前在家'))).toEqual(['key_person']);
  });

  it('a named key person who actually went may also give an incident', () => {
    const r = parse('清河村重点人员沈某某今天又去北京了');
    expect(kinds(r)).toContain('key_person');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('an ordinary villager who petitioned is an incident, not a key person', () => {
    expect(kinds(parse('马坊村村民李某某今天上午到县信访局上访，村干部已赶往县里劝返。'))).toEqual(['incident']);
  });

  it('reporters and signatures are not persons', () => {
    expect(kinds(parse('马坊村今日零报告。报告人：李国强 13907261135，村支书：赵永福'))).toEqual(['zero_report']);
  });
});
