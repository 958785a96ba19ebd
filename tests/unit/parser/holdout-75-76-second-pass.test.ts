import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of misses of holdouts 75 and 76 read in a second pass (10th session), one family each.
describe('holdouts 75-76, second pass', () => {
  it('a later list of units said to be zero files each unit of it', () => {
    const r = parse('东片：杨树、马坊今天都是零报告；西片：清河、红星零报告；前进社区零报告。', null);
    expect(r.reports.map((x) => x.kind === 'zero_report' && x.unit)).toEqual(['杨树村', '马坊村', '清河村', '红星村', '前进社区']);
    const lines = parse('杨树村、马坊村：零报告\n清河村：零报告', null);
    expect(lines.reports.map((x) => x.kind === 'zero_report' && x.unit)).toEqual(['杨树村', '马坊村', '清河村']);
  });

  it('…but a unit said to be the wrong one, before a comma, is not listed', () => {
    const r = parse('更正上条：是杨树村不是马坊村，杨树村今日零报告。', null);
    expect(r.reports.map((x) => x.kind === 'zero_report' && x.unit)).toEqual(['杨树村']);
  });

  it('重点人员 with one named and stable is 0 abnormal, the name without 等', () => {
    const r = parse('杨树村日研判：排查纠纷0起，重点人员韩秀英1人，在家稳定，平稳');
    expect(only(r, 'daily_assessment').counts).toMatchObject({ keyPersons: 1, keyPersonsAbnormal: 0 });
  });

  it('需关注 closing a 日研判 judges the day, not the person said to be calm', () => {
    const r = parse('杨树村日研判：排查纠纷1起（低保），在调1起，重点人员苗金海1人，情绪稳定，需关注');
    expect(only(r, 'daily_assessment').level).toBe('watch');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '苗金海', state: 'stable' });
  });

  it('再不到就去北京: a condition whose going follows 就 is a threat, not a negated going', () => {
    const r = parse('杨树村零报告。韩秀英今天又说低保再不到就去北京上访');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩秀英', state: 'abnormal', escalation: 'beijing' });
    expect(r.warnings).toContain('self_contradiction');
  });

  it('要是…不给，就联合十几户去县里: the going after the condition, in a clause of its own', () => {
    const r = parse('杨树村零报告。苗金海说承包费要是年前不给，就联合十几户去县里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });

  it('a name after 村里, and a name before the kin who tells of the person', () => {
    expect(only(parse('杨树村零报告。村里韩秀英说是要上北京找她儿子，顺便去信访局问问低保的事'), 'key_person').persons[0]).toMatchObject({ name: '韩秀英', state: 'abnormal', escalation: 'beijing' });
    const kin = parse('杨树村零报告。苗金海闺女来电话说她爹在太原，这两天老念叨要去省里问征地的事');
    expect(kinds(kin)).toEqual(['key_person']);
    expect(only(kin, 'key_person').persons[0]).toMatchObject({ name: '苗金海', state: 'abnormal', escalation: 'province' });
  });

  it('X他们三户 gone to the township together is an incident whose first is named, no key person', () => {
    const r = parse('杨树村零报告 另外有个事 村里韩老四他们三户说分林地的钱不公平 下午一起到镇里找了书记');
    expect(kinds(r)).toEqual(['incident']);
  });
});
