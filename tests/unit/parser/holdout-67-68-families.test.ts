import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 67 (a 青海 东部 township of 撒拉族, 回族 and 藏族 villages, November 2039)
// and 68 (a 浙南 畲族 township, 春节 2040) at their first runs. Each case is an invented variant, never a corpus line.
const persons = (text: string) => only(parse(text), 'key_person').persons.map((p) => [p.name, p.whereabouts]);

describe('回族 and 撒拉族 names', () => {
  it.each([
    ['杨树村重点人员：马乙四夫在杭州拉面馆打工，稳定；马尔撒在家，稳定。', [['马乙四夫', 'away'], ['马尔撒', 'home']]],
    ['韩阿卜都今天在家，情绪平稳，等听证会。', [['韩阿卜都', 'home']]],
    ['喇海麦从厦门回来了，在家，稳定。', [['喇海麦', 'home']]],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('马海今天在家: 马海 a name of 马, not the 彝族 马海 before a given name', () => {
    expect(persons('杨树村重点人员：马海今天在家，稳定')).toEqual([['马海', 'home']]);
  });

  it('喇叭 is no name', () => {
    expect(kinds(parse('杨树村零报告，村里喇叭通知了'))).toEqual(['zero_report']);
  });
});

describe('news a zero report must not hide', () => {
  it('欠薪工人说明天要来镇政府: a crowd’s plan at the township', () => {
    const r = parse('杨树村今天零报告。提前报告一下：欠薪工人说明天要来镇政府找劳保所，大概六七个人。');
    expect(kinds(r)).toEqual(['incident']);
    expect(only(r, 'incident').escalation).toBe('township');
  });

  it('昨晚两家吵了几句，今天已经说和了: a dispute settled today', () => {
    expect(kinds(parse('杨树村零报告。另外昨晚两家放牧的吵了几句，今天已经说和了。'))).not.toContain('zero_report');
  });

  it('昨晚吵架的两户今天调解好了 is the follow-up of a matter told before', () => {
    expect(kinds(parse('杨树村：昨晚吵架的两户今天上午已经调解好了。今日零报告。'))).toEqual(['zero_report']);
  });

  it('更正：…邻里因赡养发生纠纷，已调解: a dispute of the day, settled, beside a correction', () => {
    expect(kinds(parse('更正：杨树村11月18日无进京赴省到市上访。邻里因赡养发生纠纷，已调解。重点人员10人，均稳定，总体平稳。'))).not.toContain('zero_report');
  });

  it('退房纠纷，网格员已调处: settled by someone named after a comma', () => {
    expect(kinds(parse('杨树村零报告！今天四平台流转事件1件：民宿与游客退房纠纷，网格员已调处。'))).not.toContain('zero_report');
  });
});

describe('where the person is, and the office’s review', () => {
  it('仍在义乌…称除夕前回家: away, the return to come', () => {
    expect(persons('杨树村重点人员蓝国华仍在义乌，电话联系正常，称除夕前回家')).toEqual([['蓝国华', 'away']]);
  });

  it('已返回温州开店: away', () => {
    expect(persons('杨树村重点人员钟山林今天上午已返回温州开店，电话联系畅通，情绪稳定。')).toEqual([['钟山林', 'away']]);
  });

  it('零报告汇总：…均已报送 from the office reviews, reports nothing', () => {
    expect(kinds(parse('今日零报告汇总：杨树村、马坊村、清河村均已报送。感谢大家', null))).toEqual(['chatter']);
  });
});
