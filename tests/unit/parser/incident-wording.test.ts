import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of incident wording that holdouts 12–14 met at their first run. Every case here is an invented variant,
// so each rule is held for its neighbours, not for one corpus line.

describe('someone not named, or a group, threatening or planning to petition: an incident at the level they head to', () => {
  it.each<[string, string, boolean]>([
    ['杨树村零报告。征地补偿只发了一半，部分村民不满意，说要去县里堵门。', 'county', true],
    ['今天有一批工人没领到工钱，在群里喊着要去区里讨说法，我们正在核实', 'county', true],
    ['马坊村零报告。有个村民打电话说要到镇上问危房改造的事，已让他先来村委会', 'township', false],
    ['前进社区零报告。小区业主群有人号召周末集体去市政府门口', 'city', true],
    ['听说村里有人过完节要去北京，具体是谁还在核实，在册重点人员都在家', 'beijing', false],
  ])('%s → %s', (text, escalation, collective) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'incident')).toMatchObject({ escalation, collective });
  });

  it('a post that announces where they will go gives the incident that level', () => {
    expect(only(parse('有居民在快手上发视频说下周要去省里反映学区的事，正在查是谁'), 'incident').escalation).toBe('province');
    expect(only(parse('凤凰社区零报告，不过听说王某某的女婿在网上发帖说要去市里讨说法，正在核实'), 'incident').escalation).toBe('city');
  });

  it('a named person’s threat stays that person’s risk, not an incident', () => {
    const r = parse('清河村李某某今天情绪激动，扬言要去市里上访，人在家中');
    expect(kinds(r)).toEqual(['key_person']);
    expect(r.reports[0]).toMatchObject({ persons: [{ name: '李某某', escalation: 'city' }] });
  });

  it.each(['零报告。有村民要去镇上买化肥', '杨树村零报告，有人说要去县城看病', '杨树村研判：有串联到市上访的迹象，需关注'])('%s: an errand or a sign observed is no incident', (text) => {
    expect(kinds(parse(text))).not.toContain('incident');
  });

  it('是谁 asked is still a question', () => {
    expect(kinds(parse('听说村里有人去北京了，是谁？'))).not.toContain('incident');
  });
});

describe('how many people, said loosely', () => {
  it.each<[string, number | null, boolean]>([
    ['凤凰社区：楼下餐馆油烟，七八个住户去店里理论，吵得很凶，网格员到场', 7, true],
    ['马坊村零报告。今天集市上两摊主为摊位打了起来，派出所已处置', 2, false],
    ['前进社区三四个租户和房东吵起来了，已劝开', 3, false],
    ['更正：张某某是和同组另外3人一起去县里上访的，共4人，已接回', 4, false],
    ['红星村王某某与村里其他五名村民一起到区信访局反映问题', 6, true],
  ])('%s → %s people', (text, people, collective) => {
    expect(only(parse(text), 'incident')).toMatchObject({ people, collective });
  });

  it('重点人员共5人 is the assessment’s figure, not the crowd', () => {
    const r = parse('杨树村：今天2名村民到镇政府反映低保问题，重点人员共5人');
    expect(only(r, 'incident').people).toBe(2);
  });
});

describe('the level said by where a crowd is, who received it, or where someone was found', () => {
  it.each<[string, string]>([
    ['前进社区：部分拆迁户对安置方案不满，约15人在街道征收办门口聚集，街道已派人接待', 'township'],
    ['马坊村十几名村民在县政府大院静坐，要求解决补偿款', 'county'],
    ['续报：清河村集体访人员已由镇领导在信访接待室接待，其余人员已劝离', 'township'],
    ['杨树村村民赵某某今天上午在北京南站被驻京工作组发现，正在接回', 'beijing'],
    ['红星村刘某某被驻京工作组在北京西站找到，正在做工作', 'beijing'],
  ])('%s → %s', (text, escalation) => {
    expect(only(parse(text), 'incident').escalation).toBe(escalation);
  });

  it('brought back alone, told after the going was reported, stays the person’s news', () => {
    expect(kinds(parse('杨树村王某某已被驻京工作组在北京西站劝返，现在返程的火车上'))).toEqual(['key_person']);
  });

  it('a gathering at the village committee stays local', () => {
    expect(only(parse('马坊村约20名村民在村委会门口聚集，要求公开账目'), 'incident').escalation).toBeNull();
  });
});
