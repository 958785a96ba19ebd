import { describe, expect, it } from 'vitest';
import { only, parse, SENT } from './helpers.js';

// Invented variants of holdouts 79 (黑龙江 林场/农垦, 两会 2044) and 80 (沂蒙 山区, 春节 2044) misses left after their
// first pass, one family each.
describe('holdout 79, second pass', () => {
  it('a past day after a key person’s name, since when or when the person left, is the story; the report is of today', () => {
    const day = SENT.slice(0, 10);
    expect(only(parse('杨树村重点人员：韩德贵从前天晚上就联系不上了，家里说可能去哈尔滨了'), 'key_person').date).toBe(day);
    expect(only(parse('杨树村重点人员：苏长河在家；白凤英，昨天去佳木斯闺女家了，每天视频，人在佳木斯。'), 'key_person').date).toBe(day);
    expect(only(parse('杨树村重点人员：苏长河在家，昨天那事书记晚上又去他家唠了，情绪好多了'), 'key_person').date).toBe(day);
    // …but a day said before anyone is named, or a 补报 of it, dates the report.
    expect(only(parse('昨天杨树村重点人员：苏长河在家，稳定'), 'key_person').date).toBe('2026-11-19');
    expect(only(parse('补报：杨树村重点人员苏长河昨天去了县城，晚上回来了'), 'key_person').date).toBe('2026-11-19');
  });

  it('a dispute’s kind after the field’s colon, or kinds listed and their total', () => {
    expect(only(parse('杨树村日研判：1.排查矛盾纠纷：拆迁补偿1起（苏某等5户），在调；2.新增信访0件'), 'daily_assessment').counts).toMatchObject({ disputesFound: 1, petitions: 0 });
    expect(only(parse('杨树村日研判\n排查：土地1起、邻里2起，共3起\n化解：1起'), 'daily_assessment').counts).toMatchObject({ disputesFound: 3, disputesResolved: 1 });
    // (a numeral is no kind: 排查矛盾纠纷：二十一起 is 21.)
    expect(only(parse('杨树村日研判\n排查矛盾纠纷：二十一起\n化解：十九起'), 'daily_assessment').counts).toMatchObject({ disputesFound: 21, disputesResolved: 19 });
  });

  it('重点人员：X等3人, and 1人（name）情绪不稳 after the key persons’ figure', () => {
    expect(only(parse('杨树村日研判：排查纠纷0起；重点人员：苏长河等4人，均稳定'), 'daily_assessment').counts).toMatchObject({ keyPersons: 4, keyPersonsAbnormal: 0 });
    expect(only(parse('杨树村日研判：排查纠纷1起；重点人员6人，5人稳定，1人（白凤英）情绪不稳；研判：需关注'), 'daily_assessment').counts).toMatchObject({ keyPersons: 6, keyPersonsAbnormal: 1 });
  });

  it('a compound surname’s name of four in the key persons’ brackets', () => {
    const r = parse('杨树村日研判：排查矛盾纠纷1起，化解1起；重点人员1人（欧阳秀英），情绪平稳。研判：稳定');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '欧阳秀英', state: 'stable' });
  });

  it('鲁中 过午/头午 are day parts, after which a name ends', () => {
    expect(only(parse('杨树村：无进京、无赴省；但是司马春兰过午出门到现在联系不上，正在找。'), 'key_person').persons[0]).toMatchObject({ name: '司马春兰', state: 'abnormal' });
    expect(only(parse('杨树村重点人员王秀云头午去镇上赶集了，晌午回来'), 'key_person').persons[0]).toMatchObject({ name: '王秀云' });
  });

  it('相 is a surname of three', () => {
    expect(only(parse('相玉德今儿在家，情绪好点了，地界的事司法所初七来量。'), 'key_person').persons[0]).toMatchObject({ name: '相玉德', whereabouts: 'home' });
  });
});
