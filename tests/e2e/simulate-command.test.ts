import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runSimulateCommand } from '../../src/scheduler/simulate-command.js';
import { testRosterData } from '../support/test-roster.js';

const dir = mkdtempSync(join(tmpdir(), 'wwb-sim-'));
const rosterPath = join(dir, 'roster.json');
writeFileSync(rosterPath, JSON.stringify(testRosterData()));

async function run(args: string[], input: string) {
  let out = '';
  let err = '';
  const code = await runSimulateCommand(args, Readable.from([input]), { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) }, {});
  const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out: lines(out), err: lines(err) };
}

const msg = (at: string, senderId: string, text: string) => JSON.stringify({ at, platform: 'wecom', chatId: 'units-chat', senderId, text });
const input = [
  msg('2026-10-09T09:00:00+08:00', 'zz-clerk', '张庄村零报告'),
  '{ not json',
  JSON.stringify({ at: '2026-10-09T09:30:00', platform: 'wecom', chatId: 'units-chat', senderId: 'ljw-clerk', text: '李家湾村零报告' }),
  JSON.stringify({ at: '2026-10-09T09:40:00+08:00', platform: 'qq', chatId: 'units-chat', senderId: 'ljw-clerk', text: '李家湾村零报告' }),
  '',
  msg('2026-10-09T08:00:00+08:00', 'ljw-clerk', '李家湾村零报告'),
  msg('2026-10-09T10:00:00+08:00', 'ljw-clerk', '李家湾村零报告'),
  msg('2026-10-11T10:00:00+08:00', 'dp-clerk', '东坡社区零报告'),
].join('\n');

describe('simulate command (contract)', () => {
  it('prints what the bot sends as JSON Lines, reports bad lines with their numbers and goes on', async () => {
    const { code, out, err } = await run(['--roster', rosterPath, '--until', '2026-10-10T09:00:00+08:00'], input);
    expect(code).toBe(0);
    expect(err.map((e) => e.line)).toEqual([2, 3, 4, 6, 8]);
    for (const e of err) expect(typeof e.error).toBe('string');
    expect(String(err[1]?.error)).toContain('offset');
    expect(String(err[3]?.error)).toContain('time order');
    expect(String(err[4]?.error)).toContain('--until');
    for (const l of out) expect(Object.keys(l).sort()).toEqual(['at', 'chatId', 'kind', 'mentions', 'platform', 'text']);
    expect(out.map((l) => [l.at, l.kind])).toEqual([
      ['2026-10-09T09:00:00+08:00', 'reply'],
      ['2026-10-09T10:00:00+08:00', 'reply'],
      ['2026-10-09T15:00:00+08:00', 'reminder'],
      ['2026-10-09T15:45:00+08:00', 'reminder'],
      ['2026-10-09T16:00:00+08:00', 'notice'],
      ['2026-10-10T08:00:00+08:00', 'digest'],
    ]);
    expect(out[2]?.mentions).toEqual(['dp-head', 'dp-team', 'dp-clerk']);
  });

  it('--from starts the clock earlier (a digest at the start fires); bad arguments exit 2', async () => {
    const { code, out } = await run(['--roster', rosterPath, '--from', '2026-10-09T08:00:00+08:00', '--until', '2026-10-09T08:00:00+08:00'], '');
    expect(code).toBe(0);
    expect(out.map((l) => [l.at, l.kind])).toEqual([['2026-10-09T08:00:00+08:00', 'digest']]);
    expect((await run(['--until', '2026-10-10T09:00:00+08:00'], '')).code).toBe(2);
    expect((await run(['--roster', rosterPath, '--until', 'tomorrow'], '')).code).toBe(2);
    expect((await run(['--roster', rosterPath, '--until', '2026-10-10T09:00:00+08:00', '--bogus'], '')).code).toBe(2);
    const none = await run(['--roster', rosterPath, '--until', '2026-10-10T09:00:00+08:00'], '');
    expect(none.code).toBe(2);
    expect(String(none.err[0]?.error)).toContain('--from');
    const badRoster = join(dir, 'bad.json');
    writeFileSync(badRoster, JSON.stringify({ township: '青石镇', units: [] }));
    const bad = await run(['--roster', badRoster, '--until', '2026-10-10T09:00:00+08:00'], '');
    expect(bad.code).toBe(2);
    expect(String(bad.err[0]?.error)).toContain('$.units');
  });

  describe('--redis', () => {
    const redis = new Redis(inject('redisUrl'));
    afterAll(() => redis.quit());
    const simKeys = async () => (await redis.keys('*sim-*')).sort();

    it('gives the same output as the memory store and leaves nothing behind', async () => {
      const before = await simKeys();
      const args = ['--roster', rosterPath, '--until', '2026-10-10T09:00:00+08:00'];
      const mem = await run(args, input);
      const red = await run([...args, '--redis', inject('redisUrl')], input);
      expect(red.code).toBe(0);
      expect(red.out).toEqual(mem.out);
      expect(await simKeys()).toEqual(before);
    });

    it('--keep keeps the run under a prefix it names', async () => {
      const { code, err } = await run(['--roster', rosterPath, '--until', '2026-10-10T09:00:00+08:00', '--redis', inject('redisUrl'), '--keep'], input);
      expect(code).toBe(0);
      const note = String(err.find((e) => 'note' in e)?.note);
      const prefix = /sim-[0-9a-f-]{36}/.exec(note)?.[0] ?? 'none';
      const kept = await redis.keys(`*${prefix}*`);
      expect(kept.length).toBeGreaterThan(2);
      await redis.del(...kept);
    });
  });
});
