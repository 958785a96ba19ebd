import { describe, expect, it } from 'vitest';
import { kinds, only, parse } from './helpers.js';

// Families of wording that blind holdout 28 (青龙湾镇, 苏北, 十一 2030) missed at its first run, past its unsafe case
// (holdout-28-29-families.test.ts). Each case is an invented variant (other names, places, numbers, order), never a
// corpus line.

describe("a key person's whereabouts beside someone else's words", () => {
  it.each([
    // A form's cells parted by spaces: the cadre's cell says nothing of where the person is, the next cell does.
    ['马坊村重点人员稳控情况：1. 赵某某 包保责任人网格员钱某 在家 情绪稳定；2. 孙某某 包保责任人村主任 外出打工 稳定', { 赵某某: 'home', 孙某某: 'away' }],
    // A phone message's clauses parted by spaces: the kin's journey, then the person at home.
    ['马坊零报告 孙某某老伴今天去县城女儿家了 他一个人在家 又说要去省里', { 孙某某: 'home' }],
    // Back from a city to the home village.
    ['清河村重点人员：何某某，包保责任人：网格员周某，今天从无锡返乡，已上门见面，情绪稳定。', { 何某某: 'home' }],
    // After a space the cadre's words go on (a phone number, another cadre) until the person's begin.
    ['凤凰社区：林某某今天在家，情绪平稳，包保人王强 13800001111、民警李波在做稳控工作。', { 林某某: 'home' }],
  ])('%s', (text, where) => {
    const kp = only(parse(text), 'key_person');
    for (const [name, w] of Object.entries(where)) expect(kp.persons.find((p) => p.name === name)?.whereabouts).toBe(w);
  });

  it('on the way back is not home yet', () => {
    const kp = only(parse('红星村重点人员吴某某今天从宁波返乡途中，电话联系正常。'), 'key_person');
    expect(kp.persons[0]?.whereabouts).not.toBe('home');
  });

  it('a threat told beside a kin who left keeps the person abnormal, and no zero report', () => {
    const r = parse('马坊零报告 孙某某老伴今天去县城女儿家了 他一个人在家 又说要去省里');
    expect(kinds(r)).toEqual(['key_person']);
    expect(only(r, 'key_person').persons[0]).toMatchObject({ state: 'abnormal' });
  });
});
