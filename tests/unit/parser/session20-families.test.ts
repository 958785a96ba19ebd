import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families from holdouts read in the twentieth session (after their first runs), each tried on invented variants.

describe('people blocking boats, a quay or a gate (堵船, 堵码头, 堵厂门) is an incident; boats jammed are not', () => {
  it.each([
    '杨树村堵船的事下午已经散了 其他没情况',
    '杨树村今天十几个渔民堵码头 下午散了',
    '马坊村几户人家堵了校门，已劝散',
  ])('%s: an incident, never a zero report', (text) => {
    const r = parse(text);
    expect(kinds(r)).toContain('incident');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('boats jammed in a channel (河道里船堵了) block nothing: the zero report stands', () => {
    expect(kinds(parse('河道里船堵了 过不去 今日零报告'))).toEqual(['zero_report']);
  });
});

describe('the office answering how to report (有情况就不是零报告) is a rule, not a zero report', () => {
  it.each([
    ['刚才有人问：“零报告能不能同时报即时报告？”答复：有情况就不是零报告，直接报即时报告。', null],
    ['有情况的不算零报告，要报即时报告', null],
    ['有人问有情况还能报零报告吗，有情况就不是零报告了', '杨树村'],
  ])('%s', (text, sender) => {
    expect(kinds(parse(text, sender))).toEqual(['chatter']);
  });
});

describe('a unit said calm as 这边没事 or 都好好的, beside hearsay of elsewhere, is its zero report', () => {
  it.each([
    '听说隔壁镇有人去市里了 不晓得真假 杨树这边没事',
    '刚才听人讲隔壁青山镇有几个人去了市里 我问了他们村干部 讲没这回事 我们杨树村都好好的',
    '我们马坊村没事',
  ])('%s', (text) => {
    expect(kinds(parse(text, text.includes('马坊') ? '马坊村' : '杨树村'))).toEqual(['zero_report']);
  });

  it('calm said beside a person gone is no zero report', () => {
    expect(kinds(parse('杨树村这边没事，就是李某某又去县里了'))).not.toContain('zero_report');
  });
});

describe('trouble that stopped (没再闹了, 冇再吵) leaves the person calm', () => {
  it('杨树村今日零报告 胡某某下午做通了工作 现在在屋里冇再闹了', () => {
    const r = parse('杨树村今日零报告 胡某某下午做通了工作 现在在屋里冇再闹了');
    expect(kinds(r)).toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '胡某某', state: 'stable', whereabouts: 'home' });
  });

  it('胡某某现在在家没再吵了', () => {
    expect(only(parse('胡某某现在在家没再吵了'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});

describe('on the way back (往回走) is away, and news of the person', () => {
  it.each(['刘某某已经被县工作组接上车往回走了 估计夜里到屋', '王某某到县里后又往回走了'])('%s', (text) => {
    expect(only(parse(text), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'away' });
  });
});

describe('what was reported before, owned wrong after the right words (前报“情绪激动”系误报), is left out', () => {
  it.each([
    '更正：杨树村江某某情况，应为“情绪稳定，在家”，前报“情绪激动”系误报。',
    '更正：江某某应为情绪稳定，在家，前报情绪激动有误',
    '更正：江某某在家，情绪稳定，原报外出不对',
  ])('%s', (text) => {
    const r = only(parse(text), 'key_person');
    expect(r.correction).toBe(true);
    expect(r.persons[0]).toMatchObject({ name: '江某某', state: 'stable', whereabouts: 'home' });
  });
});

describe('a follow-up headed as the key person’s (【重点人员续报】) is the person’s news, not an incident', () => {
  it.each([
    '【重点人员续报】杨树村邵某某已由驻京劝返组带回，现在家中，情绪稳定，村里安排专人陪护。',
    '重点人员续报：邵某某已接回，在家',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '邵某某', whereabouts: 'home' });
  });

  it('a plain 续报 of a person brought back from Beijing stays the incident’s follow-up too', () => {
    expect(kinds(parse('续报：杨树村邵某某已由驻京劝返组带回，现在家中，情绪稳定。'))).toEqual(['key_person', 'incident']);
  });
});

describe('the abnormal figure said after the key persons’ word (重点人员异常0人, 异常冇得)', () => {
  it('重点人员异常0人 is no key-person total', () => {
    const r = only(parse('杨树村研判：重点人员异常0人，总体平稳'), 'daily_assessment');
    expect(r.counts).toEqual({ keyPersonsAbnormal: 0 });
  });

  it('异常冇得 is 0 abnormal', () => {
    const r = only(parse('杨树19号研判 排查一起 化解一起 重点人员三个 异常冇得 平稳'), 'daily_assessment');
    expect(r.counts).toEqual({ disputesFound: 1, disputesResolved: 1, keyPersons: 3, keyPersonsAbnormal: 0 });
  });
});
