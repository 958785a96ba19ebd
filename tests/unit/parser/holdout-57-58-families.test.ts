import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 57 (a 黑龙江 林区 镇, 元旦 2038) and 58 (a 闽南 coastal 镇, 春节 2038) at
// their first runs. Each case is an invented variant, never a corpus line.
const names = (text: string, sender = '杨树村') => only(parse(text, sender), 'key_person').persons.map((p) => p.name);

describe('names: 满族 surnames, titles and cues after a name', () => {
  it.each([
    ['杨树村重点人员：那某某在本地务工，孙某某在家，均稳定', ['那某某', '孙某某']],
    ['杨树村重点人员：富某某在家；刘某某在外地打工（沈阳）', ['富某某', '刘某某']],
    ['杨树村重点人员周阿水阿嬷今日去市医院看病，女儿陪同，无异常。', ['周阿水']],
    ['杨树村零报告。另：许秀英有上访苗头，讲区里不解决就要赴省上访。', ['许秀英']],
    ['杨树村晚间动态：蔡海生今晚在家吃团圆饭，情绪已平稳。', ['蔡海生']],
    ['杨树村重点关注人员刘德兵：初八返厂，目前在四川老家，电话联系正常。', ['刘德兵']],
    ['杨树村核实情况：蔡海生承认在群里发过牢骚，讲初六要去市里，现在家。', ['蔡海生']],
    ['杨树村研判：重点人员五人，其中蔡海生情绪仍有波动', ['蔡海生']],
    ['【续报】佟德福找到了，在外面他表哥家喝酒呢，现已回家，情绪稳定', ['佟德福']],
    ['杨树村重点人员：林振辉，情绪稳定，在家；林振祥，对分摊仍有意见，扬言要当面讨说法', ['林振辉', '林振祥']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('更正：X不是去…: the person corrected', () => {
    const r = only(parse('更正：蔡秀娥不是去石狮，是回本村娘家，在家。'), 'key_person');
    expect(r).toMatchObject({ correction: true, persons: [{ name: '蔡秀娥', whereabouts: 'home' }] });
  });
});

describe('rallying others and asking about what one is owed: no zero report', () => {
  it('发动大伙儿明天去镇里: a plan at the township', () => {
    const r = parse('杨树村零报告。就是富某某下午在群里发动大伙儿明天去镇里，网格员已经上门了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '富某某', state: 'abnormal', escalation: 'township' });
  });

  it('要联合几户去市里: a plan at the city', () => {
    const r = parse('杨树村零报告。听说于某某要联合几户去市里，还没核实');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ escalation: 'city', whereabouts: 'unknown' });
  });

  it('到镇上找了一趟，问…补贴的事: a petition at the township', () => {
    const r = parse('杨树村零报告，就是下午林海涛到镇上找了一趟，问退耕还林补贴面积的事，镇里给解释了，人已经回去了');
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('a plan for after the new year is no journey yet', () => {
    expect(only(parse('杨树村零报告。苏金水讲年后要联合几户去区里上访，村里已做工作。'), 'key_person').persons[0]).toMatchObject({ whereabouts: 'unknown', escalation: 'county' });
  });
});

describe('office summaries, routine filings, forms and follow-ups', () => {
  it('各单位共排查…: the township’s total, not a notice', () => {
    const r = only(parse('【全镇日研判】各单位共排查矛盾纠纷七起，化解五起，新增信访两件，总体稳定可控', null), 'daily_assessment');
    expect(r.counts).toMatchObject({ disputesFound: 7, disputesResolved: 5, petitions: 2 });
  });

  it('零报告（重点人员动态已另报）is a zero report; （已另报）is not', () => {
    expect(kinds(parse('杨树村零报告（重点人员动态已另报）'))).toEqual(['zero_report']);
    expect(kinds(parse('杨树村零报告（已另报）'))).not.toContain('zero_report');
  });

  it('即时报告 地点：镇政府… names the level', () => {
    const r = parse('【即时报告】\n时间：1月4日9时\n地点：镇政府信访接待室\n人员：杨树村金某某\n诉求：承包地调整不公\n处置：包村领导接待');
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('续报：…已在市人社局门口被…接住: at the city', () => {
    expect(only(parse('续报：9名职工已在市人社局门口被林场和县里工作人员接住，没有过激行为'), 'incident').escalation).toBe('city');
  });

  it('在马坊他表哥家: where someone stayed, not the unit reported on', () => {
    expect(only(parse('【续报】周德明找到了，在马坊他表哥家喝酒呢，现已回家，情绪稳定'), 'key_person').unit).toBe('杨树村');
  });
});
