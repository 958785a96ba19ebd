import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/parser/numbers.js';
import type { Counts } from '../../../src/parser/schema.js';
import { kinds, only, parse } from './helpers.js';

// The 日研判 figures in the ways cadres write them, each family in sentences of our own (not a corpus's): the day's
// figure beside a period's, the parts of the day's petitions, a dispute's kind between the verb and 纠纷, what is
// still being handled, shorthand rows and the formal numerals of ledgers.

const counts = (text: string) => only(parse(text), 'daily_assessment').counts;
type Case = [string, string, Counts];

describe('a period’s figure beside the day’s is not the day’s', () => {
  it.each<Case>([
    ['本月累计 then 今日', '杨树村研判：本月累计排查纠纷九起，化解八起；今日排查一起，重点人员5人，无异常。平稳', { disputesFound: 1, keyPersons: 5, keyPersonsAbnormal: 0 }],
    ['the day first, the week after', '马坊村日研判：今日新排查矛盾纠纷2起，化解1起。本周累计排查6起，化解5起。总体平稳', { disputesFound: 2, disputesResolved: 1 }],
    ['本周共 without 累计', '清河村研判：本周共排查矛盾纠纷7起、化解6起，今天排查0起，重点人员3名', { disputesFound: 0, keyPersons: 3 }],
    ['截至目前 and 以来', '红星村研判：入冬以来化解纠纷15起，截至目前累计受理信访4件；今日化解2起，信访0件', { disputesResolved: 2, petitions: 0 }],
    ['a period with its dates in brackets', '前进社区研判：防汛期（7月1日至今）累计排查纠纷30起；今日排查1起，已化解1起', { disputesFound: 1, disputesResolved: 1 }],
    ['only the period’s figure: absent', '凤凰社区研判：本月累计化解矛盾纠纷12起，重点人员4人，总体平稳', { keyPersons: 4 }],
    ['a key-person total after a period’s figure is today’s', '杨树村研判：本周累计排查纠纷3起，重点人员6人，均稳定', { keyPersons: 6, keyPersonsAbnormal: 0 }],
    ['a period inside a note on the day’s figure', '马坊村研判：排查纠纷2起（均为本月排查发现的老问题），化解1起', { disputesFound: 2, disputesResolved: 1 }],
    ['今日累计 is the day’s total', '红星村研判：今日累计排查纠纷3起，化解2起；本月累计排查20起', { disputesFound: 3, disputesResolved: 2 }],
    ['本周五 is a day, not a period', '清河村研判：本周五排查纠纷2起，化解2起', { disputesFound: 2, disputesResolved: 2 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('the day’s petitions: a total, or its parts summed', () => {
  it.each<Case>([
    ['来信 and 来访 summed', '杨树村研判：来信2封，来访1批，排查纠纷0起', { petitions: 3, disputesFound: 0 }],
    ['网上信访 beside a zero 来访', '马坊村研判：网上信访1件，接待来访0批，重点人员2人', { petitions: 1, keyPersons: 2 }],
    ['three ways, one of them 0', '清河村日研判\n信访：来信0件，来访2件，网上信访1件\n矛盾纠纷：新排查1起', { petitions: 3, disputesFound: 1 }],
    ['电话信访', '红星村研判：电话信访1件，来访1批', { petitions: 2 }],
    ['a total with its parts that agree', '前进社区研判：受理信访3件，其中来信1件、来访2件', { petitions: 3 }],
    ['a total and a part that may be inside it: absent', '凤凰社区研判：受理信访4件，接待来访2批，排查纠纷1起', { disputesFound: 1 }],
    ['初信初访 is the total', '杨树村研判：初信初访2件（均为来访），纠纷0起', { petitions: 2, disputesFound: 0 }],
    ['来信来访 together', '马坊村研判：来信来访共3件，化解纠纷1起', { petitions: 3, disputesResolved: 1 }],
    ['接访 N 批', '凤凰社区研判：接访2批，排查纠纷1起', { petitions: 2, disputesFound: 1 }],
    ['visits counted in batches, not people', '清河村研判：接待群众来访2批9人，排查纠纷1起', { petitions: 2, disputesFound: 1 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('a dispute’s kind between the verb and its figure', () => {
  it.each<Case>([
    ['化解 + kind', '杨树村研判：化解邻里纠纷2起，重点人员3人', { disputesResolved: 2, keyPersons: 3 }],
    ['成功调解 + long kind', '马坊村研判：成功调解婚姻家庭矛盾1件', { disputesResolved: 1 }],
    ['排查出 + kind', '清河村研判：排查出山林权属纠纷3起，化解1起', { disputesFound: 3, disputesResolved: 1 }],
    ['调处化解 + kind, found stated apart', '红星村研判：新发现纠纷2起，调处化解宅基地纠纷2起', { disputesFound: 2, disputesResolved: 2 }],
    ['调处 + kind is handling: neither found nor settled', '前进社区研判：调处物业服务纠纷1件；重点人员2人', { keyPersons: 2 }],
    ['a breakdown is not the found figure', '凤凰社区研判：其中邻里纠纷2起，重点人员1人', { keyPersons: 1 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('what is still being handled is not settled', () => {
  it.each<Case>([
    ['未化解 with a figure', '杨树村研判：排查纠纷3起，化解2起，未化解1起', { disputesFound: 3, disputesResolved: 2 }],
    ['正在调解 with a figure', '马坊村研判：排查纠纷2起，正在调解2起', { disputesFound: 2 }],
    ['在调 and 调处', '清河村研判：新排查1件，调处1件，在调3件', { disputesFound: 1 }],
    ['尚未化解', '红星村研判：排查矛盾纠纷1起，尚未化解1起', { disputesFound: 1 }],
    ['调处成功 is settled', '前进社区研判：排查纠纷2起，调处成功1起', { disputesFound: 2, disputesResolved: 1 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('shorthand rows and formal numerals', () => {
  it.each<Case>([
    ['a row split by ｜', '杨树村日研判\n纠纷：新排查2｜化解1｜在调1\n重点人员：5人｜异常0', { disputesFound: 2, disputesResolved: 1, keyPersons: 5, keyPersonsAbnormal: 0 }],
    ['a bare figure before a bracket', '马坊村研判：排查3（两起邻里），化解2（当场调解），重点人员4人', { disputesFound: 3, disputesResolved: 2, keyPersons: 4 }],
    ['a form’s headings with the measure word in brackets', '马坊村日研判：排查纠纷（件）：3；化解（件）：2；接待来访（批）：1；重点人员（人）：6', { disputesFound: 3, disputesResolved: 2, petitions: 1, keyPersons: 6 }],
    ['an Excel row under short headings (重点 for the key persons)', '单位\t新排查\t在调\t信访\t重点\n杨树村\t2\t1\t0\t5', { disputesFound: 2, petitions: 0, keyPersons: 5 }],
    ['a form row 纠纷：N', '清河村研判：纠纷：1（邻里）；信访：0；重点人员：3', { disputesFound: 1, petitions: 0, keyPersons: 3 }],
    ['件次', '红星村研判：群众来信来访2件次，排查纠纷0起', { petitions: 2, disputesFound: 0 }],
    ['条 as a dispute’s measure word', '杨树村研判：排查矛盾纠纷2条，化解1条，收集意见建议5条', { disputesFound: 2, disputesResolved: 1 }],
    ['大写 numerals', '清河村研判：排查矛盾纠纷贰起，化解壹起，重点人员伍人', { disputesFound: 2, disputesResolved: 1, keyPersons: 5 }],
    ['大写 with 拾', '红星村研判：重点人员壹拾贰名，无异常', { keyPersons: 12, keyPersonsAbnormal: 0 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });

  it.each([
    ['叁', 3],
    ['拾', 10],
    ['壹拾伍', 15],
    ['贰拾壹', 21],
    ['壹佰零捌', 108],
  ])('parseNumber(%s) = %i', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  it('陆 and 伍 are figures only where a figure is expected (陆家湾 is a place)', () => {
    expect(counts('杨树村研判：陆家湾组排查纠纷1起')).toEqual({ disputesFound: 1 });
  });
});

describe('the key persons’ total', () => {
  it.each<Case>([
    ['a field then 在控', '杨树村研判：纠纷0起；重点人员：在控6人', { disputesFound: 0, keyPersons: 6 }],
    ['changed from one figure to another', '马坊村研判：排查纠纷1起，重点人员由3人调整为4人', { disputesFound: 1, keyPersons: 4 }],
    ['from … down to', '清河村研判：重点对象从5名减少到4名，化解纠纷1起', { keyPersons: 4, disputesResolved: 1 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('none abnormal, said in more ways', () => {
  it.each<Case>([
    ['没有异常', '杨树村研判：重点人员5名都在家，没有异常，排查纠纷0起', { keyPersons: 5, keyPersonsAbnormal: 0, disputesFound: 0 }],
    ['未见异常', '马坊村研判：纠纷1起，重点人员4人，未见异常', { disputesFound: 1, keyPersons: 4, keyPersonsAbnormal: 0 }],
    ['the rest after a named stable one', '清河村研判：重点人员3人，王某某在家情绪稳定，其余均稳定', { keyPersons: 3, keyPersonsAbnormal: 0 }],
    ['平稳 after a comma is the day’s judgement, not the persons’', '马坊村研判：排查纠纷1起，重点人员3人，平稳', { disputesFound: 1, keyPersons: 3 }],
    ['平稳 said of the persons', '清河村研判：排查纠纷0起，重点人员3人平稳', { disputesFound: 0, keyPersons: 3, keyPersonsAbnormal: 0 }],
    ['a bare count of the upset in the contract’s words', '凤凰社区研判：重点人员4人，有1人情绪低落，1名有进京苗头', { keyPersons: 4, keyPersonsAbnormal: 1 }],
    ['其中N人失联', '杨树村研判：重点人员6人，其中1人失联', { keyPersons: 6, keyPersonsAbnormal: 1 }],
    ['where they are is no abnormal count', '马坊村研判：重点人员5人，2人外出务工，3人在家', { keyPersons: 5 }],
    ['异常情况：无', '马坊村研判：排查纠纷1起；重点人员（名）：5；异常情况：无', { disputesFound: 1, keyPersons: 5, keyPersonsAbnormal: 0 }],
    ['the rest after someone who was not fine', '红星村研判：重点人员3人，刘某某上午一度联系不上，下午已找到，其余无异常', { keyPersons: 3 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe('more figures of the day', () => {
  it.each<Case>([
    ['零 with no measure word', '杨树村研判 排查纠纷零 化解零 信访零 重点人员4人', { disputesFound: 0, disputesResolved: 0, petitions: 0, keyPersons: 4 }],
    ['an earlier day’s dispute settled today', '马坊村研判：新排查纠纷0起，调解了前天的邻里纠纷1起，重点人员2人', { disputesFound: 0, disputesResolved: 1, keyPersons: 2 }],
    ['化解 + 昨日 + kind', '清河村研判：今日化解昨天排查的宅基地纠纷2起', { disputesResolved: 2 }],
    ['an earlier dispute, the noun first, settled today', '红星村研判：今日排查矛盾纠纷1起，前期遗留纠纷化解1起', { disputesFound: 1, disputesResolved: 1 }],
    ['纠纷已化解N起 is settled, and no dispute found', '前进社区研判：物业纠纷已化解1起，重点人员2人', { disputesResolved: 1, keyPersons: 2 }],
    ['a row split by /', '凤凰社区日研判（11.20）：纠纷2/化解1/信访0/重点4', { disputesFound: 2, disputesResolved: 1, petitions: 0, keyPersons: 4 }],
    ['key persons added, then the total', '红星村研判：重点人员新增1人（刚刑满释放），共6人，排查纠纷1起', { keyPersons: 6, disputesFound: 1 }],
    ['the one added is not the total', '前进社区研判：新增重点人员1人，排查纠纷0起', { disputesFound: 0 }],
    ['a heading, then 新增', '凤凰社区研判：一、矛盾纠纷：新增2起；二、信访：新增1件；三、重点人员：4人', { disputesFound: 2, petitions: 1, keyPersons: 4 }],
    ['the figure before the noun', '杨树村研判：今天排查了2起邻里纠纷，化解了1起', { disputesFound: 2, disputesResolved: 1 }],
    ['the figure before the noun, beside an incident', '马坊村研判：今天发现3起矛盾，上午有5名村民到镇政府反映土地问题', { disputesFound: 3 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

it('矛盾纠纷：0 in a zero form is the form’s none, not a figure', () => {
  expect(kinds(parse('杨树村日报\n一、进京赴省到市上访：0\n二、集体访：0\n三、矛盾纠纷：0\n结论：零报告'))).toEqual(['zero_report']);
});

describe('counts that are not the figures', () => {
  it.each<Case>([
    ['households and people visited', '杨树村研判：今日入户走访农户86户、312人，排查纠纷1起，涉及群众4户', { disputesFound: 1 }],
    ['suggestions, buildings and leaflets', '前进社区研判：收集意见建议6条，巡查楼栋12栋，发放宣传资料300份，矛盾纠纷0起', { disputesFound: 0 }],
    ['people in a visit batch, households in a dispute', '凤凰社区研判：来访1批5人，排查纠纷1起（涉及3户9人），重点 四人', { petitions: 1, disputesFound: 1, keyPersons: 4 }],
  ])('%s', (_l, text, want) => {
    expect(counts(text)).toEqual(want);
  });
});
