import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 85 (皖西 大别山, 五一 2046) and 86 (豫西 伏牛山, 中秋/国庆 2046) misses, one family each.
describe('holdouts 85-86', () => {
  it('rare surnames: 睢 and 乜 before 某, 操 and 宛 in names of three', () => {
    expect(only(parse('杨树村睢某某今日情绪激动，扬言国庆期间要到省里上访'), 'key_person').persons[0]).toMatchObject({ name: '睢某某', state: 'abnormal' });
    expect(only(parse('马坊村那个乜某某今儿个上午窜到镇上了，说要找书记', '马坊村'), 'key_person').persons[0]!.name).toBe('乜某某');
    expect(only(parse('杨树村重点人员：操德亮在家，宛传海外出务工，均稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['操德亮', '宛传海']);
  });

  it('a name right after a unit’s alias that does not end in 村', () => {
    expect(only(parse('杨树储有福今天在家，情绪稳定'), 'key_person').persons[0]).toMatchObject({ name: '储有福', whereabouts: 'home' });
  });

  it('voice typos 中点人员 and 现信访局', () => {
    expect(only(parse('中点人员冀长生今天在家情绪稳定没有出门'), 'key_person').persons[0]!.name).toBe('冀长生');
    expect(only(parse('报告杨树村乜某某今天上午到现信访局了反映宅基地问题'), 'incident').escalation).toBe('county');
  });

  it('a zero report with a crowd blocking a digger (拦挖机, 派出所来人) is no zero report', () => {
    const r = parse('杨树村零报告。下午修路那块两户人又去拦挖机，派出所来人了，现在人散了。');
    expect(kinds(r)).not.toContain('zero_report');
  });

  it('days named by the holiday: 国庆第一天, 中秋节当天（15号）, a date put right after 日期写错了', () => {
    expect(only(parse('国庆第一天的零报告补一下：杨树村无情况。', '杨树村', '2046-10-06T10:00:00+08:00'), 'zero_report').date).toBe('2046-10-01');
    expect(only(parse('中秋节当天（15号）杨树村零报告，补报', '杨树村', '2046-09-16T10:00:00+08:00'), 'zero_report').date).toBe('2046-09-15');
    expect(only(parse('更正：杨树村10月4日零报告日期写错了，应为10月5日。', '杨树村', '2046-10-06T10:00:00+08:00'), 'zero_report').date).toBe('2046-10-05');
  });

  it('the signer before 今天的报告我确认了 confirms', () => {
    expect(only(parse('@平安哨 我是杨树村书记卢青山，今天的报告我确认了', null), 'command').name).toBe('confirm');
    expect(kinds(parse('请各村书记今天的报告确认', null))).toEqual(['chatter']);
  });

  it('江淮 看哈子 and 还么报 ask the bot who has not reported', () => {
    expect(only(parse('@平安青枫 帮俺看哈子马坊报了没', null), 'command').name).toBe('missing');
    expect(only(parse('@平安青枫 今天哪几个村还么报', null), 'command').name).toBe('missing');
  });

  it('a township named in hearsay is another place; our own (咱们镇) is not', () => {
    expect(kinds(parse('杨树村今天零报告。听人说白果树乡有人去北京了，跟俺村没关系。'))).toEqual(['zero_report']);
    expect(kinds(parse('听说咱们镇有人去北京了', null))).not.toEqual(['zero_report']);
  });

  it('a key persons’ list headed by its figure, full names after the colon, is no assessment', () => {
    expect(kinds(parse('杨树村重点人员3名：史国强在家；郜长林在家；桂某某在厂务工。均稳定。'))).toEqual(['key_person']);
  });
});
