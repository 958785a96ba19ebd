import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWarningText } from '../../../src/strings.js';
import { UNITS } from './helpers.js';

// The real CLI as the scorer runs it: a child process reading JSON Lines on stdin.
const dir = mkdtempSync(join(tmpdir(), 'parse-cli-'));
const unitsPath = join(dir, 'units.json');
writeFileSync(unitsPath, JSON.stringify(UNITS));

function cli(args: string[], input: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', 'parse', ...args], { input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

describe('cli parse', () => {
  it('answers every line in order; bad lines get an error and the run goes on', () => {
    const input = [
      JSON.stringify({ id: 'm1', text: '马坊村零报告', sentAt: '2026-11-20T16:05:00Z', senderUnit: '马坊村' }),
      'this is not json',
      JSON.stringify({ id: 'm3', sentAt: '2026-11-20T08:00:00+08:00', senderUnit: '马坊村' }),
      JSON.stringify({ id: 'm4', text: '马坊村零报告', sentAt: 'yesterday', senderUnit: '马坊村' }),
      '',
      JSON.stringify({ id: 'm5', text: '今日零报告', sentAt: '2026-11-20T08:00:00+08:00', senderUnit: '不存在村' }),
      JSON.stringify({ id: 'm6', text: '@机器人 帮助', sentAt: '2026-11-20T08:00:00+08:00' }),
      '[1,2,3]',
      JSON.stringify({ id: 'm8', text: '更正：清河村村民李某某今天到县信访局上访', sentAt: '2026-11-20T08:00:00+08:00', senderUnit: null }),
    ].join('\n');
    const { status, lines } = cli(['--units', unitsPath], `${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(8);
    // 16:05Z is 00:05 on the 21st in Shanghai.
    expect(lines[0]).toEqual({ id: 'm1', reports: [{ kind: 'zero_report', unit: '马坊村', date: '2026-11-21' }], warnings: [] });
    expect(lines[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 'm3' });
    expect(String(lines[2]!.error)).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: 'm4' });
    expect(String(lines[3]!.error)).toMatch(/sentAt/);
    expect(lines[4]).toMatchObject({ id: 'm5', reports: [{ kind: 'zero_report', unit: null }], warnings: [parseWarningText('unknown_unit')] });
    expect(lines[5]).toEqual({ id: 'm6', reports: [{ kind: 'command', name: 'help' }], warnings: [] });
    expect(lines[6]).toMatchObject({ id: null });
    expect(lines[6]!.error).toBeTruthy();
    expect(lines[7]).toMatchObject({ id: 'm8', reports: [{ kind: 'incident', unit: '清河村', escalation: 'county', correction: true }] });
  }, 60_000);

  it.each([
    ['a missing file', ['--units', join(dir, 'nope.json')], /cannot read the units file/],
    ['no path', ['--units'], /needs a file path/],
    ['not a units list', ['--units', join(dir, 'bad.json')], /not a units list/],
  ])('cannot start with %s: exit 2 and a clear message', (_label, args, msg) => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ name: '马坊村' }));
    const r = cli(args, '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(msg);
  }, 60_000);

  it('uses the configured roster without --units', () => {
    const r = cli([], `${JSON.stringify({ id: 'x', text: '收到', sentAt: '2026-11-20T08:00:00+08:00' })}\n`);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([{ id: 'x', reports: [{ kind: 'chatter' }], warnings: [] }]);
  }, 60_000);
});
