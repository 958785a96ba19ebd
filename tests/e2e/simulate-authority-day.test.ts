import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { runSimulateCommand } from '../../src/scheduler/simulate-command.js';
import { conversation } from '../../src/strings.js';

// A day of who-may-change-what through `simulate` (issue 13), from tests/fixtures/simulate-authority-day.jsonl and
// the sample roster: another unit's correction refused, a resent incident alerting once, a withdrawal and a
// correction reaching the leaders' group, leave and an excused unit respected by the reminders and the digest.

const rosterPath = fileURLToPath(new URL('../../roster.sample.json', import.meta.url));
const input = readFileSync(new URL('../fixtures/simulate-authority-day.jsonl', import.meta.url), 'utf8');

interface Line {
  at: string;
  chatId: string;
  kind: string;
  text: string;
  mentions: string[];
}

async function simulate(extra: string[] = []) {
  let out = '';
  let err = '';
  const code = await runSimulateCommand(
    ['--roster', rosterPath, '--until', '2026-12-04T09:00:00+08:00', ...extra],
    Readable.from([input]),
    { write: (s: string) => (out += s) },
    { write: (s: string) => (err += s) },
    {},
  );
  return { code, err, lines: out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line) };
}

describe.each(['memory', 'redis'] as const)('simulate: a day of authority and alerts (%s store)', (store) => {
  it('refuses another unit’s correction, alerts a resent incident once, tells the leaders of a withdrawal and a correction, respects leave', async () => {
    const { code, err, lines } = await simulate(store === 'redis' ? ['--redis', inject('redisUrl')] : []);
    expect(err).toBe('');
    expect(code).toBe(0);
    const at = (hhmm: string) => lines.filter((l) => l.at.startsWith(`2026-12-03T${hhmm}`));
    const alerts = lines.filter((l) => l.kind === 'alert');
    for (const a of alerts) expect(a.chatId).toBe('leaders-chat');

    // The incident at 08:50 alerts once; the resend at 08:52 only answers its sender.
    expect(alerts.filter((a) => a.text.includes('王庄村'))).toHaveLength(1);
    expect(at('08:52').map((l) => [l.kind, l.chatId])).toEqual([['reply', 'units-chat']]);
    expect(at('08:52')[0]?.text).toContain(conversation.resent([1]));

    // 张庄村's reporter cannot zero 王庄村's day.
    expect(at('09:10').map((l) => l.text)).toEqual([conversation.refused('王庄村', '更正')]);

    // Hearsay is a risk; its correction is an update of alert 2, and 河西村's withdrawal a 【撤回】 of alert 3.
    expect(at('09:20').find((l) => l.kind === 'alert')?.text).toContain('第2号');
    expect(at('09:20').find((l) => l.kind === 'alert')?.text).toContain('（未核实）');
    expect(at('09:40').find((l) => l.kind === 'alert')?.text).toContain('扬言到市上访（风险）');
    expect(at('09:45').find((l) => l.kind === 'alert')?.text).toContain('【撤回】第3号（12月3日 09:40） 河西村');
    expect(at('10:05').find((l) => l.kind === 'alert')?.text).toContain('【更新】第2号（12月3日 09:20） 张庄村');

    // A leader's instruction gets no format reply but the 督办 it means, offered; 督办 @-mentions the unit.
    expect(at('10:20').map((l) => l.text)).toEqual([conversation.superviseOffer('南关村', '督办 南关村 把上访人员的详细情况报一下，下午三点前发群里')]);
    expect(at('14:00').find((l) => l.kind === 'notice')?.mentions).toEqual(['wangzhuang-head', 'wangzhuang-team', 'wangzhuang-clerk']);

    // Reminders: 李家湾村's clerk is on leave, 柳林村 is excused.
    const reminders = lines.filter((l) => l.kind === 'reminder');
    expect(reminders).toHaveLength(2);
    for (const r of reminders) {
      expect(r.mentions).toEqual(['lijiawan-head', 'lijiawan-team']);
      expect(r.text).not.toContain('柳林村');
    }
    const digest = lines.find((l) => l.kind === 'digest')?.text ?? '';
    expect(digest).toContain('未报1：李家湾村');
    expect(digest).toContain('免报1：柳林村（村委换届选举）');
    expect(digest).toContain('请假/外出1人：李家湾村李小军（请假）');
    expect(digest).toContain('即时报告1起');
  });
});
