import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that blind holdouts 22 and 23 missed after their first run (tests/fixtures/README.md). Each
// case is an invented variant (other names, units, figures, phrasings), never a corpus line.

describe('客家 words are read as Mandarin (冇 = 无, 今晡日/昨晡日 = 今天/昨天, 佢 = 他, 屋下 = 家里)', () => {
  it.each(['红星村今晡日冇进京、冇赴省，冇集体访，零报告', '杨树村：冇人上访，冇集体访，冇群体性事件，零报告'])('%s: the negated list of a zero report', (text) => {
    const r = parse(text, null);
    expect(kinds(r)).toEqual(['zero_report']);
    expect(r.warnings).not.toContain('self_contradiction');
  });

  it('昨晡日 is yesterday (补报 of the day before)', () => {
    const r = parse('补报：马坊村昨晡日冇事，零报告', '马坊村');
    expect(only(r, 'zero_report').date).toBe('2026-11-19');
  });

  it('冇异常 after the key persons is their abnormal figure 0', () => {
    const r = parse('清河村研判：排查纠纷一起，化解一起，重点人员五人，冇异常，总体平稳', '清河村');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 1, disputesResolved: 1, keyPersons: 5, keyPersonsAbnormal: 0 });
  });

  it('佢 is the person, 在屋下 is at home', () => {
    const p = only(parse('重点人员黄某某今晡日在屋下，佢情绪稳定'), 'key_person').persons[0]!;
    expect(p).toMatchObject({ name: '黄某某', state: 'stable', whereabouts: 'home' });
  });
});

describe('a date that is not the day reported', () => {
  it('a promise across the year’s end (1月5日 said on 12月29日) is the coming day, and no report’s date', () => {
    const r = parse('续报：聚集的业主已散去，物业答应1月5日开会协商，社区继续跟进', '凤凰社区', '2026-12-29T15:00:00+08:00');
    expect(only(r, 'incident').date).toBe('2026-12-29');
  });

  it('a day still to come after a reply (答复1月6日召开…) does not date the report', () => {
    const r = parse('续报：前进社区张某某等人已从市里接回，镇里答复1月6日召开会议研究，已返回家中', '前进社区', '2026-12-30T10:00:00+08:00');
    for (const x of r.reports) expect('date' in x && x.date).toBe('2026-12-30');
  });

  it('a date inside a note on a figure tells the matter’s story', () => {
    const r = parse('红星村日研判：排查矛盾纠纷1起（鱼塘承包，系11月18日来访事项，在调），新增信访0件，重点人员3人，均稳定', '红星村');
    expect(only(r, 'daily_assessment').date).toBe('2026-11-20');
  });

  it.each([
    ['杨树村研判（11月18日）：排查纠纷0起，重点人员2人，均稳定', '2026-11-18'],
    ['杨树村零报告（补报11月17日）', '2026-11-17'],
    ['补报 杨树村（11月16日）零报告', '2026-11-16'],
  ])('%s: a note beside the report’s words still dates it', (text, date) => {
    const x = parse(text).reports[0]!;
    expect('date' in x && x.date).toBe(date);
  });
});

describe('日研判 figure shapes', () => {
  it('a note between a field and its figure (化解（前期遗留）2起) leaves the figure the field’s', () => {
    const r = parse('马坊村研判：新排查纠纷0起，化解（上周遗留）2起，新增信访0件，重点人员3人均稳定', '马坊村');
    expect(only(r, 'daily_assessment').counts).toEqual({ disputesFound: 0, disputesResolved: 2, petitions: 0, keyPersons: 3, keyPersonsAbnormal: 0 });
  });

  it('来访批次：N（人次M） is N petitions, the batches', () => {
    const r = parse('清河村日研判\n矛盾纠纷：排查2 化解1\n来访批次：3（人次7）\n重点人员：5人 无异常', '清河村');
    expect(only(r, 'daily_assessment').counts.petitions).toBe(3);
  });

  it('其中N人情绪有波动: 有 after 情绪 still counts the upset', () => {
    const r = parse('前进社区研判：排查矛盾纠纷1起，化解1起。重点人员9人，其中2人情绪有波动，已落实稳控。需关注', '前进社区');
    expect(only(r, 'daily_assessment').counts.keyPersonsAbnormal).toBe(2);
  });

  it('a masked name before 村道 in a figure’s note is no other village', () => {
    const r = parse('杨树村研判：排查矛盾纠纷1起（韩某某村道拓宽占地），未化解；重点人员2人，均稳定，需关注', '杨树村');
    expect(only(r, 'daily_assessment').counts.disputesFound).toBe(1);
  });
});
