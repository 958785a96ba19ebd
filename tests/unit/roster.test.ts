import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { indexRoster, loadRoster, mayActFor, parseRoster, senderLane } from '../../src/roster.js';

const sample = JSON.parse(readFileSync(new URL('../../roster.sample.json', import.meta.url), 'utf8'));
const corpusUnits: { name: string; aliases: string[] }[] = JSON.parse(
  readFileSync(new URL('../fixtures/corpus/units.json', import.meta.url), 'utf8'),
);

function problems(data: unknown): string[] {
  try {
    parseRoster(data);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  return [];
}

describe('roster', () => {
  it('ships a valid sample roster for the 12 units of 青石镇', () => {
    const r = loadRoster(new URL('../../roster.sample.json', import.meta.url).pathname);
    expect(r.township).toBe('青石镇');
    expect(r.units.map((u) => ({ name: u.name, aliases: u.aliases }))).toEqual(corpusUnits);
    for (const u of r.units) expect(new Set(u.members.map((m) => m.role))).toEqual(new Set(['head', 'team_leader', 'reporter']));
  });

  it('lists every problem with its JSON path', () => {
    const bad = structuredClone(sample);
    bad.deadline = '4pm';
    bad.units[3].members[0].role = 'boss';
    bad.units[5].aliases.push('张庄');
    bad.periods[0].to = '2026-09-30';
    bad.groups[0].kind = 'everyone';
    bad.reminders = ['15:00', '25:00'];
    const list = problems(bad);
    expect(list.some((l) => l.startsWith('$.deadline:'))).toBe(true);
    expect(list.some((l) => l.startsWith('$.units[3].members[0].role:'))).toBe(true);
    expect(list.some((l) => l.startsWith('$.units[5].aliases:') && l.includes('units[0]'))).toBe(true);
    expect(list.some((l) => l.startsWith('$.periods[0].to:'))).toBe(true);
    expect(list.some((l) => l.startsWith('$.groups[0].kind:'))).toBe(true);
    expect(list.some((l) => l.startsWith('$.reminders[1]:'))).toBe(true);
  });

  it('rejects a person id used twice and a reminder after the deadline', () => {
    const bad = structuredClone(sample);
    bad.units[1].members[0].id = bad.units[0].members[0].id;
    bad.reminders = ['16:30'];
    const list = problems(bad);
    expect(list).toContainEqual(expect.stringMatching(/^\$\.units\[1\]\.members\[0\]\.id: id "zhangzhuang-head" is used twice/));
    expect(list).toContainEqual(expect.stringMatching(/^\$\.reminders\[0\]: reminder 16:30 is not before the deadline 16:00/));
  });

  it('staff and reportsFor: ids unique across staff too, reportsFor names a unit; mayActFor follows them', () => {
    const bad = structuredClone(sample);
    bad.staff[0].id = bad.leaders[0].id;
    bad.units[0].members[2].reportsFor = ['青山村'];
    const list = problems(bad);
    expect(list).toContainEqual(expect.stringMatching(/^\$\.staff\[0\]\.id: id "leader-li" is used twice/));
    expect(list).toContainEqual(expect.stringMatching(/^\$\.units\[0\]\.members\[2\]\.reportsFor\[0\]: "青山村" is not the name or alias of a unit/));
    const idx = indexRoster(parseRoster(sample));
    const who = (id: string) => idx.sender('wecom', id);
    expect(who('zongzhi-zhao')).toEqual({ kind: 'staff', id: 'zongzhi-zhao', name: '赵敏' });
    expect(mayActFor(who('zongzhi-zhao'), '王庄村', idx)).toBe(true);
    expect(mayActFor(who('leader-li'), '王庄村', idx)).toBe(true);
    expect(mayActFor(who('nanguan-clerk'), '北岭村', idx)).toBe(true);
    expect(mayActFor(who('nanguan-clerk'), '南关村', idx)).toBe(true);
    expect(mayActFor(who('zhangzhuang-clerk'), '王庄村', idx)).toBe(false);
    expect(mayActFor(who('stranger'), '王庄村', idx)).toBe(false);
    // A clerk listed under a unit with the role `staff` may act for any unit too.
    const withRole = structuredClone(sample);
    withRole.units[0].members[2].role = 'staff';
    expect(mayActFor(indexRoster(parseRoster(withRole)).sender('wecom', 'zhangzhuang-clerk'), '王庄村', idx)).toBe(true);
  });

  it("senderLane: a unit's own members share its lane; strangers keep their own; leaders, staff and reportsFor take the whole chat", () => {
    const idx = indexRoster(parseRoster(sample));
    const lane = (id: string) => senderLane(idx.sender('wecom', id), idx);
    expect(lane('zhangzhuang-head')).toBe('unit:张庄村');
    expect(lane('zhangzhuang-team')).toBe('unit:张庄村');
    expect(lane('lijiawan-head')).toBe('unit:李家湾村');
    expect(lane('stranger')).toBe('user:stranger');
    expect(lane('leader-li')).toBeNull();
    expect(lane('zongzhi-zhao')).toBeNull();
    // nanguan-clerk also reports for 北岭村: its messages can change two units.
    expect(lane('nanguan-clerk')).toBeNull();
  });

  it('says clearly when the file is missing or not JSON', () => {
    expect(() => loadRoster('/nonexistent/roster.json')).toThrow(/cannot read the roster/);
  });

  it('indexes senders by roster id and by platform user id', () => {
    const data = structuredClone(sample);
    data.units[0].members[2].wecomUserId = 'WangLei';
    data.leaders[0].dingtalkUserId = 'staff-001';
    const idx = indexRoster(parseRoster(data));
    expect(idx.sender('wecom', 'WangLei')).toMatchObject({ kind: 'member', unit: '张庄村', role: 'reporter' });
    expect(idx.sender('wecom', 'zhangzhuang-head')).toMatchObject({ kind: 'member', role: 'head' });
    expect(idx.sender('dingtalk', 'staff-001')).toMatchObject({ kind: 'leader', name: '李镇长' });
    expect(idx.sender('wecom', 'stranger')).toEqual({ kind: 'unknown', id: 'stranger' });
    expect(idx.platformUserId('wecom', 'zhangzhuang-clerk')).toBe('WangLei');
    expect(idx.platformUserId('dingtalk', 'zhangzhuang-clerk')).toBe('zhangzhuang-clerk');
  });
});

describe('namesSomeone', () => {
  it('finds a member, a leader or staff named anywhere in a text, and nobody in a text without one', () => {
    const r = indexRoster(loadRoster('roster.sample.json'));
    expect(r.namesSomeone('王磊今天报了吗')).toBe(true); // 张庄村's reporter
    expect(r.namesSomeone('问一下李镇长明天开会吗')).toBe(true);
    expect(r.namesSomeone('今天情况怎么样')).toBe(false);
    expect(r.namesSomeone('')).toBe(false);
  });
});
