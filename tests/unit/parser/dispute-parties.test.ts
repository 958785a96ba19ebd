import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { only, parse } from './helpers.js';

const P = (name: string, state: Person['state'], whereabouts: Person['whereabouts'], escalation: Person['escalation'] = null, modality?: Person['modality']): Person => ({ name, state, whereabouts, escalation, ...(modality ? { modality } : {}) });
const keyPersons = (text: string) => parse(text).reports.flatMap((r) => (r.kind === 'key_person' ? r.persons.map((p) => p.name) : []));

// The parties of a dispute are named because the dispute is theirs: they are no key persons unless the message says
// they are (重点人员…) or tells a key person's state of them (情绪激动, 扬言上访).
describe('dispute parties are not key persons', () => {
  it.each<[string, string]>([
    ['X与Y…纠纷, two disputes', '马坊村日研判：今日排查矛盾纠纷2起：韦某某与邝某宅基地纠纷；鲍某与姬某某山林承包纠纷，均已调解。'],
    ['X与Y in brackets after the figure', '清河村日研判：新排查纠纷1起（蔺某某与晁某某排水沟纠纷），化解1起，总体平稳'],
    ['X和Y因…发生争执', '红星村日研判：排查矛盾纠纷1起，村民苟某和冉某某因院坝占用发生争执，经调解已化解。'],
    ['X跟Y闹矛盾', '前进社区日研判：排查纠纷1起，阚某某跟楼下邻居栗某因漏水闹矛盾，已调解。'],
    ['当事人X、Y', '杨树村日研判：排查纠纷1起，当事人滕某某、卞某，系土地边界纠纷，已化解。'],
    ['申请人, 被申请人', '凤凰社区日研判：新排查纠纷1起，申请人翟某某，被申请人佘某，系房屋租赁纠纷，正在调解。'],
    ['纠纷双方X、Y', '马坊村日研判：排查纠纷1起，纠纷双方仲某、巩某某，已调解。总体平稳'],
    ['涉及村民X、Y', '清河村日研判：新排查纠纷1起，涉及村民鞠某某、荆某，林地界址纠纷，已化解'],
    ['X因与Y…纠纷', '红星村日研判：排查纠纷1起，冀某某因与邻居郁某某宅基地纠纷找到村委会，已调解'],
    ['full names, X与Y…纠纷', '杨树村日研判：排查纠纷1起，田建国与罗志明承包地纠纷，已调解，重点人员2人在家稳定'],
    ['X、Y两户…纠纷', '杨树村日研判：排查纠纷1起，蒲某某、祁某两户宅基地纠纷，已调解'],
    ['parties said to be home and calm', '前进社区：排查纠纷1起，胥某某与班某某因停车位发生口角，已调解，双方情绪平稳，均在家'],
    ['a second item whose other side is a role', '杨树村日研判：排查矛盾纠纷2起（栾某某与阎某某承包地纠纷；戚某与邻居滴水纠纷），化解1起'],
    ['a second item after 2.', '清河村日研判：排查纠纷2起：1.邰某某与贲某某林地纠纷；2.褚某与对门邻居占道纠纷。均在调解'],
  ])('%s', (_name, text) => {
    // Alone, and beside the key persons' figure (which makes every name a candidate key person).
    for (const t of [text, `${text}重点人员2人均在家稳定。`]) {
      expect(keyPersons(t)).toEqual([]);
      expect(parse(t).reports.some((r) => r.kind === 'daily_assessment' || r.kind === 'incident')).toBe(true);
    }
  });
});

describe('key persons beside dispute parties', () => {
  it('a 日研判 that lists key persons with states gives them, not the parties', () => {
    const r = parse('马坊村日研判：排查纠纷1起（韦某某与邝某宅基地纠纷），化解1起；重点人员2人：芮某某在家稳定，扈某外出务工。总体平稳');
    expect(only(r, 'key_person').persons).toEqual([P('芮某某', 'stable', 'home'), P('扈某', 'stable', 'away')]);
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 1, disputesResolved: 1, keyPersons: 2 });
  });

  it('a party who is also in the key-person list is given there, once', () => {
    const r = parse('清河村日研判：排查纠纷1起（蔺某某与晁某某土地纠纷）；重点人员1人：蔺某某在家，情绪稳定');
    expect(only(r, 'key_person').persons).toEqual([P('蔺某某', 'stable', 'home')]);
  });

  it('a party whose own words tell a key person’s state is one', () => {
    const r = parse('红星村日研判：排查纠纷1起，苟某某与邻居冉某某因宅基地发生矛盾，苟某某情绪激动，扬言要到县里上访');
    expect(only(r, 'key_person').persons).toEqual([P('苟某某', 'abnormal', 'unknown', 'county', 'threat')]);
  });

  it('a party said to be a key person stays one; the other side does not', () => {
    const r = parse('杨树村日研判：排查纠纷1起，重点人员滕某某与邻居卞某某宅基地纠纷，已调解；重点人员3人均稳定');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['滕某某']);
  });

  it('key persons listed together with their old dispute stay key persons', () => {
    const r = parse('马坊村重点人员：芮某某、扈某某因宅基地纠纷多次上访，现均在家稳定');
    expect(only(r, 'key_person').persons).toEqual([P('芮某某', 'stable', 'home'), P('扈某某', 'stable', 'home')]);
  });

  it('key persons listed, their dispute told in a later clause, stay key persons', () => {
    const r = parse('红星村重点人员2人：苟某某、冉某某在家稳定，因土地纠纷曾上访');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['苟某某', '冉某某']);
  });

  it('the other side named inside a key person’s story is not one, and does not cut that story', () => {
    const r = parse('红星村重点人员2人：1.苟某某因与邻居冉某某土地纠纷，扬言要到县里上访；2.鲍某某在家稳定');
    expect(only(r, 'key_person').persons).toEqual([P('苟某某', 'abnormal', 'unknown', 'county', 'threat'), P('鲍某某', 'stable', 'home')]);
    const d = parse('清河村日研判：排查纠纷1起，阚某某因与邻居栗某某宅基地纠纷，扬言要到市里上访');
    expect(only(d, 'key_person').persons).toEqual([P('阚某某', 'abnormal', 'unknown', 'city', 'threat')]);
  });

  it('one name opening a key-person list’s item, its dispute told after, stays a key person', () => {
    const r = parse('马坊村重点人员2人：\n1.芮某某因与邻居土地纠纷多次上访，目前在家稳定\n2.扈某在外务工，稳定');
    expect(only(r, 'key_person').persons.map((p) => p.name)).toEqual(['芮某某', '扈某']);
  });

  it('parties told by role, with a key person abnormal beside them', () => {
    const r = parse('凤凰社区日研判：新排查纠纷1起，当事人翟某某、佘某，已化解；重点人员：严某某情绪激动，扬言进京，已安排专人稳控');
    expect(only(r, 'key_person').persons).toEqual([P('严某某', 'abnormal', 'unknown', 'beijing', 'threat')]);
  });
});
