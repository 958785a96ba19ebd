import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// 续报 and the news of a key person found, brought back, home again: the follow-up of what was reported before.
// The follow-up of an incident is the incident again; the follow-up of one named person is that person's news.
describe('follow-ups (续报) and people found or brought back', () => {
  it('续报 of a group brought back is the incident again', () => {
    const r = parse('续报二：清河村到市里反映问题的8名群众已全部劝返，事态平息。', '清河村');
    expect(kinds(r)).toContain('incident');
    expect(r.reports.some((x) => x.kind === 'zero_report')).toBe(false);
  });

  it('续报 of a named person found is key-person news, no new incident', () => {
    const r = parse('续报：韩某某已在市汽车站找到，经劝说已回家，情绪稳定。', '马坊村');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩某某', state: 'stable', whereabouts: 'home', escalation: null });
  });

  it('续报 of an assessment is the assessment', () => {
    const r = parse('马坊村续报研判：经连夜做工作，群众情绪有所缓和，今日排查矛盾纠纷0起，化解1起，研判：需关注。', '马坊村');
    expect(kinds(r)).toEqual(['daily_assessment']);
  });

  it('brought back from Beijing, the going told today: the petition happened', () => {
    const r = parse('红星村韩某某今天一早还是去了，在北京站被驻京组接回，后天到家', '红星村');
    expect(only(r, 'incident')).toMatchObject({ escalation: 'beijing', people: 1, collective: false });
  });

  it('brought back from Beijing, told as the follow-up: the person’s news only', () => {
    const r = parse('红星村韩某某已在北京站被劝返，正在回来的高铁上，情绪还有些激动。', '红星村');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩某某', state: 'abnormal', whereabouts: 'away' });
  });

  it('back home last night is home', () => {
    const p = only(parse('清河村韩某某已于昨晚到家，今天情绪平稳。', '清河村'), 'key_person').persons[0]!;
    expect(p).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });

  it('found in the next county, the phone left at home: away', () => {
    const p = only(parse('凤凰社区韩某某已找到，在邻市朋友家打牌，手机忘在家里了，稳定。', '凤凰社区'), 'key_person').persons[0]!;
    expect(p).toMatchObject({ state: 'stable', whereabouts: 'away' });
  });

  it('gone back to work elsewhere on an earlier lunar day: away, and the lunar day does not date the report', () => {
    const r = parse('马坊村重点人员动态：韩某某 在家 稳定；周某某 初五已回广州打工 稳定', '马坊村', '2027-02-12T10:00:00+08:00');
    const kp = only(r, 'key_person');
    expect(kp.date).toBe('2027-02-12');
    expect(kp.persons[1]).toMatchObject({ name: '周某某', state: 'stable', whereabouts: 'away' });
  });

  it('a person named in brackets after what is said of them', () => {
    const r = parse('杨树村研判：重点人员3人，其中1人失联（韩某某），正在查找，形势复杂。', '杨树村');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩某某', state: 'abnormal' });
  });

  it('a re-report after owning the mistake (刚才发错了，重新报：…) is a correction', () => {
    const r = parse('不好意思刚才发错了，重新报：马坊村今日零报告。', '马坊村');
    expect(only(r, 'zero_report')).toMatchObject({ unit: '马坊村', correction: true });
  });

  it('a sign of a plan (有…迹象) is a risk, not an act', () => {
    const r = parse('马坊村韩某某最近情绪不稳，有去省里上访的迹象，已安排专人看护。', '马坊村');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal', escalation: 'province' });
  });
});

describe('home again', () => {
  it('昨晚到家 is home', () => {
    expect(only(parse('马坊村王某某昨晚到家，情绪稳定', '马坊村'), 'key_person').persons[0]).toMatchObject({ state: 'stable', whereabouts: 'home' });
  });
});
