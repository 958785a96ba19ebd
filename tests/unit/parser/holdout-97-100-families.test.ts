import { describe, expect, it } from 'vitest';
import { only, parse } from './helpers.js';

// Invented variants of the families found while holdouts 97-100 were being written, and of the misses listed at the
// end of the last session, one family each.
describe('local work places', () => {
  it('working on a fish raft, in a guesthouse, a greenhouse or on a building site is being in the locality (home)', () => {
    const at = (text: string) => only(parse(text), 'key_person').persons[0]!.whereabouts;
    expect(at('重点人员刘某某在渔排上干活，情绪稳定')).toBe('home');
    expect(at('王某某在民宿帮工，稳定')).toBe('home');
    expect(at('重点人员陈某某在大棚里摘菜，无异常')).toBe('home');
    // (a building site in a far city is still away)
    expect(at('王某某在深圳工地打工')).toBe('away');
  });
});

// The unsafe zero reports of holdouts 97-100's first runs, each as a family.
describe('holdouts 97-100: no zero report beside', () => {
  it('a threat whose condition is a meeting (协调会谈不拢就克县里): 协调会 is no cadres’ response', () => {
    const r = parse('杨树零报告，明天开协调会。蒋国平讲协调会谈不拢就克县里。');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '蒋国平', escalation: 'county' });
    expect(r.reports.some((x) => x.kind === 'zero_report')).toBe(false);
  });

  it('a quarrel of stall keepers (十几个摆摊的…跟市场管理员吵)', () => {
    const r = parse('杨树村零报告。今天下午街上有十几个摆摊的为摊位位置跟市场管理员吵，后来散了');
    expect(only(r, 'incident').collective).toBe(true);
    expect(only(parse('杨树景区两个摆摊的为抢位置打起来，一个头擦破皮'), 'incident').people).toBe(2);
  });

  it('a form of two columns that opens with 单位/日期 (no header): its figures are read', () => {
    const r = parse('单位\t杨树村\n日期\t11月20日\n排查纠纷\t2起\n化解\t2起\n结论\t零报告');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 2, disputesResolved: 2 });
    expect(r.reports.map((x) => x.kind)).toEqual(['daily_assessment']);
    expect(parse('单位\t杨树村\n日期\t11月20日\n进京赴区到市上访\t无\n集体访\t无\n群体性事件\t无').reports.map((x) => x.kind)).toEqual(['zero_report']);
  });

  it('a visit to the township to talk of compensation (找书记谈补偿的事), and 谈完已经 is no name', () => {
    const r = parse('杨树村零报告。另报：张某某今天上午去镇上找书记谈补偿的事，谈完已经回家了。');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['张某某']);
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('a threat to take people to the provincial capital’s head office (无答复就带人去海口农垦总部)', () => {
    const r = parse('杨树零报告，但是陈国栋讲月底前无答复就带人去海口农垦总部，已经报给镇里了');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '陈国栋', escalation: 'province' });
  });
});

describe('provincial capitals and petitions', () => {
  it('a provincial capital is the province where someone goes (到南宁上访); 南宁市信访局 is the city’s', () => {
    expect(only(parse('王某某今天去南宁上访了'), 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
    expect(only(parse('王某某今天去南宁市信访局了'), 'key_person').persons[0]!.escalation).toBe('city');
    // (working there is being away, no petition)
    expect(only(parse('王某某在海口打工，稳定'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'away', escalation: null });
  });

  it('a person who went to petition somewhere is abnormal (去外地上访了), one who will not petition is not', () => {
    expect(only(parse('王某某去外地上访了'), 'key_person').persons[0]!.state).toBe('abnormal');
    expect(only(parse('王某某表示不再上访了'), 'key_person').persons[0]!.state).toBe('stable');
  });
});
