import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// A named person's threat or plan is that person's news, not an incident (the contract marks 扬言 on the key person).
// Invented variants of holdouts 40-54's misses.
describe('a named person’s threat or plan: a key person, no incident', () => {
  it.each([
    '杨树村零报告。周德明今天又讲补偿款的事，说镇里不解决他就初八去北京，情绪激动，村干部在稳控',
    '杨树村零报告，不过安置户周德明讲要搭几户人家联名写信到县里，还没行动，我们盯着',
    '杨树村：周德明说明天要带几个人去县里，正在做工作',
  ])('%s', (text) => {
    const r = parse(text);
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ name: '周德明', state: 'abnormal' });
  });

  it('…but something that happened beside it stays an incident', () => {
    expect(kinds(parse('杨树村村民周德明今天在村委会跟会计吵了一架，说要去镇上告，已劝住'))).toContain('incident');
    expect(kinds(parse('杨树村村民周德明今天在村委会门口哭闹，扬言要去市里上访'))).toContain('incident');
  });

  it('…and so does the person already on the way, or a message headed 即时报告', () => {
    expect(kinds(parse('杨树村村民周德明今天坐动车去了省城，讲要去省信访局反映安置房问题，村里已派人追去'))).toContain('incident');
    expect(kinds(parse('【即时报告】杨树村村民周德明扬言明天要去市里上访，村里正在做工作'))).toContain('incident');
  });

  it('a group’s plan with its leader named after it is the group’s incident', () => {
    expect(kinds(parse('杨树村有几个村民在群里约着明天要组织人去县里，牵头的是周德明'))).toEqual(['key_person', 'incident']);
  });
});

describe('a day after a condition’s 就 (不解决他就初六去北京)', () => {
  // (A threat since the condition itself reads as one: 不解决他就…去北京, what the person will do if nothing is done.)
  it('is a threat, whatever the lunar month: a key person heading there, no incident, not away yet', () => {
    const r = parse('杨树村零报告，就是刘某某说县里不解决他就初六去北京，村干部在稳控', '杨树村', '2026-12-05T10:00:00+08:00');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ escalation: 'beijing', whereabouts: 'unknown', modality: 'threat' });
  });
});
