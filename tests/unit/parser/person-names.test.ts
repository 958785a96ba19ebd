import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/parser/schema.js';
import { kinds, only, parse } from './helpers.js';

// How key persons are named in the wild, in our own invented sentences: names listed with 、, the first word of a
// numbered or circled list item, a name before a time word, a bracket or a quote, 某 with a given name (冯某平).
const names = (text: string) =>
  only(parse(text), 'key_person')
    .persons.map((p) => p.name)
    .sort();
const person = (text: string, name: string): Person | undefined => only(parse(text), 'key_person').persons.find((p) => p.name === name);

describe('key persons: how they are named', () => {
  it.each<[string, string, string[]]>([
    ['names listed with 、 before their shared words', '清河村重点人员今日动态：韩立新、郭秀珍、邓老四在家；钟家旺、许翠兰在外地打工。均稳定。', ['郭秀珍', '韩立新', '许翠兰', '邓老四', '钟家旺']],
    ['names listed with commas', '马坊村重点人员：韩立新，郭秀珍，邓老四均在家，稳定。', ['郭秀珍', '韩立新', '邓老四']],
    ['names listed with spaces', '红星村重点人员 韩立新 郭秀珍 邓老四 均在家稳定', ['郭秀珍', '韩立新', '邓老四']],
    ['a name after another’s bracket', '杨树村重点人员动态：韩立新（在家，稳定）、郭秀珍（在外务工，稳定）。', ['郭秀珍', '韩立新']],
    ['a list of two, the last a 某 name', '马坊村重点人员：贺建平、罗某某在村，稳定', ['罗某某', '贺建平']],
    ['circled numbers, a label before the name and a bracket after it', '红星村重点人员：\n①上访老户钟明亮（身份证号略），今天在家喂猪，情绪平稳；\n②梁小芳，到昆明儿子家小住，月底回来。', ['梁小芳', '钟明亮']],
    ['a numbered row with spaces for cells', '马坊村重点人员：\n1. 蔡国富 在家 稳定\n2. 邹春梅 江苏苏州打工 稳定\n3. 汤伟 到镇卫生院拿药后已回家 稳定', ['汤伟', '蔡国富', '邹春梅']],
    ['1号 / 2号 numbering', '前进社区重点人员：1号 严某某 在家 稳定；2号 鲍建新 在小区 稳定', ['严某某', '鲍建新']],
    ['a name then a time of day', '杨树村：彭志强今早7点一个人出门，电话关机，去向不明。', ['彭志强']],
    ['a name then 仍', '红星村重点人员：黎水生今天在家；覃秋菊仍在外省打工。', ['覃秋菊', '黎水生']],
    ['a name then 出院', '马坊村重点人员：雷春生出院回家，稳定。', ['雷春生']],
    ['a name then a journey', '清河村重点人员动态：郝长贵去昆明看孙子，下周回；石小英到本村亲戚家帮忙。', ['石小英', '郝长贵']],
    ['a name in quotes corrected', '更正：上午报的清河村重点人员孟德山“外出”有误，实际在家。', ['孟德山']],
    ['某 with a given name beside 某某', '前进社区重点人员：冯某某在家稳定；冯某平在市区打零工稳定。', ['冯某平', '冯某某']],
    ['王某 then what is said of 王某', '红星村重点人员王某今天在家，王某说不去了', ['王某']],
    ['王某 then a kin word', '红星村重点人员王某妻子说他在家，稳定', ['王某']],
    ['a work crew is no person', '马坊村重点人员动态：施工队今天进村修路，周某某在家稳定', ['周某某']],
  ])('%s', (_label, text, want) => {
    expect(names(text)).toEqual([...want].sort());
  });

  it('a person named after a zero report and !, with a bracket, heading to the city: no zero report', () => {
    const r = parse('清河村零报告！孟庆丰（在外打工）今天打电话说要去市里讨工钱。');
    expect(kinds(r)).not.toContain('zero_report');
    expect(person('清河村零报告！孟庆丰（在外打工）今天打电话说要去市里讨工钱。', '孟庆丰')).toMatchObject({ state: 'abnormal', escalation: 'city' });
  });

  it('a person named after an emoji and a space', () => {
    expect(person('零报告✅ 韦春花今天又说要去区里反映，已劝住', '韦春花')).toMatchObject({ state: 'abnormal', escalation: 'county' });
  });

  it('a person named after 另： with a cause (因…)', () => {
    const text = '杨树村零报告。另：覃美玲因宅基地问题情绪波动，扬言明天到镇里讨说法。';
    expect(kinds(parse(text))).not.toContain('zero_report');
    expect(person(text, '覃美玲')).toMatchObject({ state: 'abnormal', escalation: 'township' });
  });

  it('each name after a bracket keeps its own words', () => {
    const ps = only(parse('杨树村重点人员动态：韩立新（在家，稳定）、郭秀珍（在外务工，稳定）。'), 'key_person').persons;
    expect(ps.map((p) => p.whereabouts)).toEqual(['home', 'away']);
  });

  it('reached again after going missing is stable; not reached is abnormal', () => {
    expect(person('杨树村重点人员宋某某去向不明两天了，今天终于联系上，人在广州，说过几天回来。', '宋某某')).toMatchObject({ state: 'stable', whereabouts: 'away' });
    expect(person('杨树村重点人员宋某某今天未能联系上', '宋某某')).toMatchObject({ state: 'abnormal', whereabouts: 'away' });
  });

  it('a person found, with nothing else to say what the message is', () => {
    expect(person('甘德胜傍晚在镇上网吧找到，已接回，在家。', '甘德胜')).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('a person who went to make trouble at the township again', () => {
    expect(person('马坊村今天不能零报告了，刘翠英又到镇上闹了，民政办在处理。', '刘翠英')).toMatchObject({ state: 'abnormal', escalation: 'township' });
  });
});
