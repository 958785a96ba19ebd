import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// What happened before the day reported, told beside today's report: the past is not today's incident, and the
// report keeps its own day.
describe('past events beside today', () => {
  it('a clause that only says when, in the past, dates the rest of its sentence', () => {
    const r = parse('王书记强调：去年国庆期间，清河有二十多个群众到省里集体访，被通报了。今年各村务必盯紧重点人员。', null, '2026-09-28T09:00:00+08:00');
    expect(kinds(r)).toEqual(['chatter']);
  });

  it('a past heading told as the matter (进京事项, 赴省一事) is not a petition today', () => {
    const r = parse('马坊村日研判：韩某某赴省一事仍在协调，重点人员5人，异常1人；排查矛盾纠纷2起，化解1起；需关注。', '马坊村');
    expect(kinds(r)).toEqual(['daily_assessment', 'key_person']);
    expect(only(r, 'daily_assessment').counts).toMatchObject({ disputesFound: 2, disputesResolved: 1, keyPersons: 5, keyPersonsAbnormal: 1 });
  });

  it('a matter the county circulated, checked at home, is no news of the unit', () => {
    const r = parse('清河村零报告。镇里通报的那起到市里集体访的事，我们挨家问过了，本村无人参加。', '清河村');
    expect(kinds(r)).toEqual(['zero_report']);
  });

  it('last night’s quarrel settled today, beside a zero report, is its follow-up', () => {
    const r = parse('红星村：昨晚吵架的两户今天上午已经调解好了，医药费也谈妥了，受伤的老人没事。今日零报告。', '红星村');
    expect(kinds(r)).toEqual(['zero_report']);
    expect(only(r, 'zero_report').date).toBe('2026-11-20');
  });

  it('…but what the same sentence says again or still is news', () => {
    const r = parse('红星村：昨晚吵架的两户今天上午已经调解了，但其中一户又扬言要去县里上访。', '红星村');
    expect(r.reports.some((x) => x.kind === 'zero_report')).toBe(false);
    expect(r.reports.some((x) => x.kind === 'key_person' || x.kind === 'incident')).toBe(true);
  });

  it('a person’s state that still holds after yesterday’s story is today’s', () => {
    const r = parse('马坊村重点人员2人：韩某某昨天从省城劝返回来后情绪仍然激动，现在家；另1人在家稳定。', '马坊村');
    const p = only(r, 'key_person').persons[0]!;
    expect(p).toMatchObject({ name: '韩某某', state: 'abnormal', whereabouts: 'home' });
    expect(only(r, 'key_person').date).toBe('2026-11-20');
  });

  it('hearsay asked about is a question, not a report', () => {
    expect(kinds(parse('听说清河前天有人在村委会门口吵起来了？真的假的', '杨树村'))).toEqual(['chatter']);
  });

  it('a day compared (比昨天平稳) does not date the report', () => {
    expect(only(parse('马坊村韩某某今天在家，情绪比昨天平稳', '马坊村'), 'key_person').date).toBe('2026-11-20');
  });
});

describe('news of another county beside the unit’s own report', () => {
  it('a video of the next county’s demolition, passed round online, is not the unit’s incident', () => {
    const r = parse('红星村日研判：排查0起，重点人员2人均稳定，总体平稳。另：有群众在微信群转发邻县征地的视频，已做解释。', '红星村');
    expect(kinds(r)).not.toContain('incident');
    expect(kinds(r)).toContain('daily_assessment');
  });
});

describe('the past names who, today tells what', () => {
  it.each(['马坊村零报告，去年进京的韩某某今天又去了北京', '马坊村零报告，上周到县里上访的韩某某今天又去了县里', '马坊村零报告，前期到市里上访的几户今天又到市里去了'])(
    '%s: done again today, never a zero report',
    (text) => {
      const r = parse(text, '马坊村');
      expect(r.reports.some((x) => x.kind === 'zero_report')).toBe(false);
      expect(r.warnings).toContain('self_contradiction');
    },
  );

  it('上月赴省上访的韩某某今天在家稳定: a zero report, the person at home', () => {
    const r = parse('马坊村零报告，上月赴省上访的韩某某今天在家稳定', '马坊村');
    expect(kinds(r)).toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩某某', state: 'stable', whereabouts: 'home' });
  });
});
