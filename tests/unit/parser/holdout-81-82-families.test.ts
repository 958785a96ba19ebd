import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Invented variants of holdouts 81 (赣北 街道, 国庆 2044) and 82 (陇东 塬区, 元旦 2045) misses, one family each.
describe('holdouts 81-82', () => {
  it('a key person who 走亲戚, 串门 or 看病 is named by the words after the name', () => {
    const r = parse('杨树村重点人员韩红霞走亲戚回来了，在家，稳定');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '韩红霞', whereabouts: 'home', state: 'stable' });
  });

  it('X某某 with a surname no list holds, after a key person’s word or at a clause’s start', () => {
    expect(only(parse('杨树村重点人员豆某某今天在村里，见面了，对分房的事还是有意见，但情绪平稳'), 'key_person').persons[0]!.name).toBe('豆某某');
    expect(only(parse('续报：巩某某已联系上，在平凉他儿子家过元旦，不是去上访。'), 'key_person').persons[0]).toMatchObject({ name: '巩某某', escalation: null });
    expect(kinds(parse('有某某说要开会', null))).toEqual(['chatter']);
  });

  it('平安，特此报告 is a zero report, a unit named between', () => {
    expect(parse('今天杨树平安，特此报告').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-20' }]);
  });

  it('yesterday’s zero report posted to another group and filed now (现补上), no 的 before 零报告', () => {
    expect(parse('补报：夜儿个杨树村零报告发到别的群里了，现补上。').reports).toEqual([{ kind: 'zero_report', unit: '杨树村', date: '2026-11-19' }]);
  });

  it('煤气中毒 is an accident, something that happened', () => {
    expect(kinds(parse('【即时报告】杨树村韩某某家烧煤炉取暖，一家三口轻微煤气中毒，已送卫生院，无生命危险。'))).toEqual(['incident']);
  });
});

describe('holdout 81', () => {
  it('帅 as a surname of three (帅国平), in the abnormal figure’s brackets and at a clause’s start', () => {
    const r = parse('杨树村日研判：新排查纠纷3件，调处化解0件，受理信访1件，重点人员6名，异常1人（帅国平情绪激动）');
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '帅国平', state: 'abnormal' });
    expect(only(parse('帅国平昨晚11点到家，今天在家休息，情绪平稳。'), 'key_person').persons[0]).toMatchObject({ name: '帅国平', whereabouts: 'home' });
  });

  it('X答应不去了 is a key person’s news, calm', () => {
    expect(only(parse('喻国强答应不去了，晚上我们两个人住他屋隔壁。'), 'key_person').persons[0]).toMatchObject({ name: '喻国强', state: 'stable' });
  });

  it('焦化厂答应… is a works, no person', () => {
    expect(kinds(parse('续报：焦化厂答应三天内把路修好，堵路村民已散，车辆恢复通行'))).toEqual(['incident']);
  });

  it('the case a rule covers (…的要报) is no one’s news', () => {
    expect(kinds(parse('网上有过激言论的要报，一般吐槽不用。', null))).toEqual(['chatter']);
  });
});

describe('holdout 80, last', () => {
  it('不用再报零报告 talks of the zero report; 报过了，上午发的研判 says a report was sent, nothing to ask', () => {
    expect(kinds(parse('@徐振华 报了研判就不用再报零报告了，有纠纷的不能报零报告。', null))).toEqual(['chatter']);
    const r = parse('杨树报过了哈，上午发的研判');
    expect(r.reports).toEqual([{ kind: 'chatter' }]);
    expect(r.unclear).toBe(false);
  });
});
