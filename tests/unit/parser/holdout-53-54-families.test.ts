import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording behind blind holdouts 53 (a 黔东南 township of 苗族 and 侗族 villages, 春节 2037) and 54 (a 河北
// township an hour from 北京, 国庆 2037) at their first runs. Each case is an invented variant, never a corpus line.

describe('asking after transport to a higher level is a plan to go', () => {
  it.each([
    ['杨树村今日零报告。听村里人讲周德明这两天在打听去省里的车，还没核实，我们盯着的。', '周德明'],
    ['杨树村零报告。周老四这两天在打听克省里的车', '周老四'],
  ])('%s', (text, name) => {
    const r = parse(text);
    expect(kinds(r)).not.toContain('zero_report');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name, state: 'abnormal', escalation: 'province' });
  });
});

describe('a trip to 北京 said to be no petition', () => {
  it.each([
    '杨树村重点人员周振海今天一早去北京天坛医院复查，儿子陪着，包保干部已电话核实，系看病，非上访。',
    '杨树村重点人员：周翠萍去北京看孙子，不是上访，稳定。',
    '杨树村：周建军今天去北京南站接亲戚，当天回，稳定。',
  ])('%s: stable, no level, no incident', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'stable', escalation: null });
  });

  it('系非访 (非正常上访) is still a petition', () => {
    expect(kinds(parse('【紧急】接县信访局通报，杨树村村民周某某今日在北京被登记，系非访。', null))).toContain('incident');
  });
});

it('names, then 兄弟俩 (周建军、周建民兄弟俩在家)', () => {
  expect(only(parse('杨树村重点人员：周建军、周建民兄弟俩在家，稳定'), 'key_person').persons.map((p) => p.name)).toEqual(['周建军', '周建民']);
});

describe("the office's rule, naming the units it binds, is no unit's zero report", () => {
  it.each([
    '@所有人 按县委政法委要求，国庆期间，各村（社区）、马坊、清河实行信访维稳“日报告、零报告”制度，每日16:00前报送，严禁迟报、漏报、瞒报。——镇综治中心',
    '每天都报，没事报零报告，有事报即时报告',
  ])('%s', (text) => {
    expect(kinds(parse(text, null))).toEqual(['chatter']);
  });
});

it('零报告让小刘代发: someone else will send it, nothing filed yet', () => {
  expect(kinds(parse('我今天陪老人去县医院复查，零报告让小周代发'))).toEqual(['chatter']);
  expect(kinds(parse('杨树村零报告，小周代发'))).toEqual(['zero_report']);
});

describe('贵州 chat', () => {
  it('零报告啷个格式: asks for the form', () => {
    expect(only(parse('@值班助手 零报告啷个格式哦，发一下嘛'), 'command').name).toBe('help');
  });

  it('克州信访局: gone to the prefecture (the city level)', () => {
    expect(only(parse('杨树村周某某今天一早克州信访局了，反映林权证的事'), 'incident').escalation).toBe('city');
  });

  it('零报告时间调整为…: the rule changed, nothing reported', () => {
    expect(kinds(parse('明天初一，零报告时间调整为上午11点前，请相互转告。'))).toEqual(['chatter']);
  });
});

it("the kinds of report a notice's rule names (突发情况实行首报、续报、终报) are no follow-up made", () => {
  expect(kinds(parse('各村、马坊突发情况实行首报、续报、终报，第一时间电话报告镇值班室。', null))).toEqual(['chatter']);
  expect(kinds(parse('续报：周某某已由村干部接回，在家', '杨树村'))).toContain('incident');
});

it('县市场监管局 is a county bureau: 市场 is a market, no city', () => {
  expect(only(parse('续报：8名果农经县市场监管局接待，人员已返回。'), 'incident').escalation).toBe('county');
});

it("a notice that units 执行 the 零报告 (…执行信访维稳“日报告、零报告”：有事报情况) files nothing for the units it names", () => {
  expect(kinds(parse('@所有人 即日起各村（社区）、马坊、清河执行信访维稳“日报告、零报告”：有事报情况，无事报平安，每天下午4点半前在本群报送。', null))).toEqual(['chatter']);
});

it('十几个采摘工又到…公司门口等着要…工钱: pickers are people too', () => {
  expect(only(parse('杨树村报告：今早村上十几个采摘工又到公司门口等着要剩下的工钱，村主任已到场。'), 'incident').collective).toBe(true);
});

it("a notice's 无事报平安（零报告） names the rule, not a zero report of the units it lists", () => {
  expect(kinds(parse('@所有人 【通知】全乡各村（社区）、马坊、清河实行一日一报：每天17:00前在本群报送当日情况，有事报情况、无事报平安（零报告），严禁迟报、漏报、瞒报。', null))).toEqual(['chatter']);
});
