import { describe, expect, it } from 'vitest';
import { extractLevel } from '../../../src/parser/counts.js';
import { normalizeText } from '../../../src/parser/normalize.js';
import type { Counts } from '../../../src/parser/schema.js';
import { kinds, only, parse } from './helpers.js';

describe('daily assessments: counts are what the message states', () => {
  it.each<[string, string, Counts]>([
    ['Arabic figures', '马坊村日研判：排查矛盾纠纷4起，化解3起，新增信访1件，重点人员9人，均稳定，总体平稳。', { disputesFound: 4, disputesResolved: 3, petitions: 1, keyPersons: 9, keyPersonsAbnormal: 0 }],
    ['Chinese numerals', '清河村今日研判：新排查矛盾纠纷十二起，成功调解十起，重点人员二十一人，无异常，稳定可控', { disputesFound: 12, disputesResolved: 10, keyPersons: 21, keyPersonsAbnormal: 0 }],
    ['两 and 一', '红星村研判：发现矛盾纠纷两件，已调处化解一件，受理信访两件，重点人员五名', { disputesFound: 2, disputesResolved: 1, petitions: 2, keyPersons: 5 }],
    ['full-width figures', '凤凰社区研判：排查矛盾纠纷３起，化解３起，重点人员１２人，异常０人，总体平稳', { disputesFound: 3, disputesResolved: 3, keyPersons: 12, keyPersonsAbnormal: 0 }],
    ['a numbered list with colons', '【日研判】前进社区\n1.排查矛盾纠纷：5起\n2.调处化解：4起\n3.接待来访：2批6人\n4.重点人员：共8人，有异常动向1人\n5.研判结论：需关注', { disputesFound: 5, disputesResolved: 4, petitions: 2, keyPersons: 8, keyPersonsAbnormal: 1 }],
    ['section headings', '【杨树村日研判】\n一、矛盾纠纷：排查3起，化解2起。\n二、信访：新增信访1件。\n三、重点人员：共4人\n四、研判：总体平稳。', { disputesFound: 3, disputesResolved: 2, petitions: 1, keyPersons: 4 }],
    ['Traditional text', '馬坊村日研判：排查矛盾糾紛三起，化解三起，重點人員五人，均穩定，總體平穩。', { disputesFound: 3, disputesResolved: 3, keyPersons: 5, keyPersonsAbnormal: 0 }],
    ['typos', '马坊村日研判：排查矛盾纠份两起，化解两起，重点认员四人无异常，总体平稳', { disputesFound: 2, disputesResolved: 2, keyPersons: 4, keyPersonsAbnormal: 0 }],
    ['zeros stay zeros', '红星村今日研判 排查矛盾纠纷0起 新增信访0件 重点人员6人 均稳定 总体平稳', { disputesFound: 0, petitions: 0, keyPersons: 6, keyPersonsAbnormal: 0 }],
    ['化解 without a figure is absent', '清河村研判：排查矛盾纠纷1起，已化解。重点人员3名。总体平稳。', { disputesFound: 1, keyPersons: 3 }],
    ['two petition figures are not summed', '马坊村研判：受理信访3件，接待来访2批，排查矛盾纠纷4起，化解3起，重点人员5人，均稳定，总体平稳', { disputesFound: 4, disputesResolved: 3, keyPersons: 5, keyPersonsAbnormal: 0 }],
    ['per-person 情绪稳定 does not mean all stable', '清河村研判：排查矛盾纠纷1起。重点人员2名：王某某在家，情绪稳定；李某某在外地务工。总体平稳。', { disputesFound: 1, keyPersons: 2 }],
    ['有1人情绪不稳定', '马坊村研判：排查矛盾纠纷2起，化解1起，重点人员9人，有1人情绪不稳定，需关注', { disputesFound: 2, disputesResolved: 1, keyPersons: 9, keyPersonsAbnormal: 1 }],
    ['接待来访群众N批次', '马坊村研判：共排查矛盾纠纷3起；接待来访群众2批次；重点人员4人', { disputesFound: 3, petitions: 2, keyPersons: 4 }],
    ['办结 of demands is not a resolved dispute', '凤凰社区研判：今日受理居民诉求5件，已办结4件，排查矛盾纠纷2起，化解2起，重点人员3人无异常，总体稳定。', { disputesFound: 2, disputesResolved: 2, keyPersons: 3, keyPersonsAbnormal: 0 }],
    ['其中N人异常', '马坊村研判：重点人员7人，其中2人情绪波动，排查纠纷1起', { keyPersons: 7, keyPersonsAbnormal: 2, disputesFound: 1 }],
    ['a correction of one figure', '更正：前进社区今日日研判中重点人员应为9人，不是8人', { keyPersons: 9 }],
    ['spaces around figures, one line each', '杨树村日研判 11月20日\n排查矛盾纠纷 3 起\n化解 2 起\n接待来访 1 件\n重点人员 6 人 无异常', { disputesFound: 3, disputesResolved: 2, petitions: 1, keyPersons: 6, keyPersonsAbnormal: 0 }],
    ['a corrected 化解 figure is not a found figure', '更正：清河村今日日研判中化解矛盾纠纷应为2起，不是1起', { disputesResolved: 2 }],
    ['上访N件 is a figure, 上访一次 is a story', '马坊村研判：群众上访2件，重点人员5人', { petitions: 2, keyPersons: 5 }],
    ['余 rounds down to the stated base', '马坊村研判：排查矛盾纠纷十余起', { disputesFound: 10 }],
  ])('%s', (_label, text, counts) => {
    expect(only(parse(text), 'daily_assessment').counts).toEqual(counts);
  });

  it('the day and unit of the assessment', () => {
    expect(only(parse('补报清河村11月19日日研判：排查矛盾纠纷2起，化解2起，总体平稳'), 'daily_assessment')).toMatchObject({ unit: '清河村', date: '2026-11-19', level: 'stable' });
  });

  it('研判 with no figures and no level is not an assessment', () => {
    const r = parse('马坊村日研判晚点报');
    expect(kinds(r)).not.toContain('daily_assessment');
  });

  it('an assessment that also lists key persons gives both', () => {
    const r = parse('清河村日研判：排查矛盾纠纷1起，化解1起。重点人员2名：赵某某在家，稳定；钱某某在外地务工，稳定。总体平稳。');
    expect(kinds(r).sort()).toEqual(['daily_assessment', 'key_person']);
    expect(only(r, 'key_person').persons.map((p) => [p.name, p.whereabouts])).toEqual([
      ['赵某某', 'home'],
      ['钱某某', 'away'],
    ]);
  });
});

describe('what an assessment is not', () => {
  it('a petition told as a story gives no petition figure', () => {
    const r = parse('马坊村今日零报告，无进京上访。居民石某某今天到市信访局上访一次，已劝返。');
    expect(kinds(r)).not.toContain('daily_assessment');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'city', people: 1 });
  });

  it('the note on a counted dispute is not a flare-up', () => {
    const r = parse('红星村研判：新排查矛盾纠纷1起（两户因宅基地起争执），成功调解1起，重点人员4人，无异常，稳定可控。');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });
});

describe('levels', () => {
  it.each([
    ['总体平稳', 'stable'],
    ['研判：平稳', 'stable'],
    ['稳定可控', 'stable'],
    ['形势总体稳定', 'stable'],
    ['研判结论：稳定', 'stable'],
    ['重点人员六人均正常，稳定。', 'stable'],
    ['需关注', 'watch'],
    ['研判等级：需关注', 'watch'],
    ['有苗头，需重点关注', 'watch'],
    ['存在隐患', 'watch'],
    ['存在一定风险隐患', 'watch'],
    ['矛盾较为突出', 'watch'],
    ['【紧急】情况紧急', 'alert'],
    ['形势严峻', 'alert'],
    ['形势复杂', 'alert'],
    ['总体平稳，但一起纠纷存在隐患', 'watch'],
    ['由“总体平稳”改为“需关注”', 'watch'],
    ['由“需关注”调整为“总体平稳”', 'stable'],
    ['重点人员情绪平稳', null],
    ['排查矛盾纠纷2起', null],
  ])('%s → %s', (text, level) => {
    expect(extractLevel(normalizeText(text).text)).toBe(level);
  });

  // A grading scale's word after its label (lexicon ASSESSMENT_GRADES): 一般/较大/重大, 稳定/关注/预警.
  it.each([
    ['研判等级：一般', 'stable'],
    ['本周研判等级为一般。', 'stable'],
    ['风险等级：较大', 'watch'],
    ['研判级别 较大（宅基地纠纷未调处）', 'watch'],
    ['研判等级：重大', 'alert'],
    ['研判等级：“稳定”', 'stable'],
    ['稳定等级：关注', 'watch'],
    ['研判等级：预警，已报镇综治中心', 'alert'],
    ['研判等级由一般改为较大', 'watch'],
    ['研判等级改为“重大”', 'alert'],
    // Counted with the words beside it, the gravest first, as before.
    ['研判等级：一般；王某某情绪波动，需关注', 'watch'],
    // The words without the label are no grade: a 一般 dispute, a 较大 crowd, 重大 matters to report.
    ['排查一般矛盾纠纷2起', null],
    ['一起较大纠纷已调处', null],
    ['无重大事项', null],
  ])('%s → %s', (text, level) => {
    expect(extractLevel(normalizeText(text).text)).toBe(level);
  });

  it('a 日研判 whose form gives the grade on its own line', () => {
    const r = parse('红星村日研判\n排查矛盾纠纷：2起\n化解：1起\n重点人员：3人，无异常\n研判等级：较大');
    expect(only(r, 'daily_assessment')).toMatchObject({ counts: { disputesFound: 2, disputesResolved: 1 }, level: 'watch' });
  });
});
