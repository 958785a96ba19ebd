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
