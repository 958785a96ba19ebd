import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/roster.js';
import { simulateDays } from '../support/sim-run.js';
import { testRosterData } from '../support/test-roster.js';

// Friday 2026-10-09, outside the 国庆 period, an ordinary workday: 张庄村 and 李家湾村 report, 东坡社区 does not.
const roster = parseRoster(testRosterData());

describe('simulate: a day where a unit misses', () => {
  it('reminders mention exactly the missing unit, the deadline notice names it, the digest counts it', async () => {
    const { of, sent } = await simulateDays(roster, {
      from: '2026-10-09T08:30:00+08:00',
      until: '2026-10-10T09:00:00+08:00',
      messages: [
        { at: '2026-10-09T09:12:00+08:00', senderId: 'zz-clerk', text: '张庄村零报告' },
        { at: '2026-10-09T10:30:00+08:00', senderId: 'ljw-clerk', text: '李家湾村日研判：排查矛盾纠纷4起，化解3起，新增信访0件，重点人员3人，均稳定，总体平稳' },
        { at: '2026-10-09T11:00:00+08:00', senderId: 'zz-head', text: '确认' },
        { at: '2026-10-09T11:05:00+08:00', senderId: 'zz-team', text: '确认' },
      ],
    });
    const reminders = of('reminder');
    expect(reminders.map((r) => r.at)).toEqual(['2026-10-09T15:00:00+08:00', '2026-10-09T15:45:00+08:00']);
    for (const r of reminders) {
      expect(r.chatId).toBe('units-chat');
      expect(r.mentions).toEqual(['dp-head', 'dp-team', 'dp-clerk']);
      expect(r.text).toContain('东坡社区');
      expect(r.text).not.toContain('张庄村');
    }
    const [notice] = of('notice');
    expect(notice).toMatchObject({ at: '2026-10-09T16:00:00+08:00', chatId: 'leaders-chat', mentions: [] });
    expect(notice?.text).toContain('东坡社区');
    expect(notice?.text).toContain('1/3');

    const [digest] = of('digest');
    expect(digest).toMatchObject({ at: '2026-10-10T08:00:00+08:00', chatId: 'leaders-chat' });
    const text = digest?.text ?? '';
    expect(text).toContain('10月9日');
    expect(text).toContain('已报2/3');
    expect(text).toContain('未报1：东坡社区');
    expect(text).toContain('双签1个');
    expect(text).toContain('排查4起，化解3起，化解率75%');
    // Only what the bot sent that day, in time order: four replies, two reminders, the notice, the digest.
    expect(sent.map((l) => l.kind)).toEqual(['reply', 'reply', 'reply', 'reply', 'reminder', 'reminder', 'notice', 'digest']);
    expect([...sent.map((l) => l.at)].sort()).toEqual(sent.map((l) => l.at));
  });

  it('a unit reporting after the first reminder is left out of the second; after the deadline it counts as late', async () => {
    const { of } = await simulateDays(roster, {
      from: '2026-10-09T08:30:00+08:00',
      until: '2026-10-10T09:00:00+08:00',
      messages: [
        { at: '2026-10-09T09:00:00+08:00', senderId: 'zz-clerk', text: '张庄村零报告' },
        { at: '2026-10-09T15:20:00+08:00', senderId: 'ljw-clerk', text: '李家湾村零报告' },
        { at: '2026-10-09T17:30:00+08:00', senderId: 'dp-clerk', text: '东坡社区零报告' },
      ],
    });
    expect(of('reminder').map((r) => r.mentions)).toEqual([
      ['ljw-head', 'ljw-team', 'ljw-clerk', 'dp-head', 'dp-team', 'dp-clerk'],
      ['dp-head', 'dp-team', 'dp-clerk'],
    ]);
    const digest = of('digest')[0]?.text ?? '';
    expect(digest).toContain('已报3/3');
    expect(digest).toContain('迟报1：东坡社区');
  });
});
