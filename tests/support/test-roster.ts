// A small roster for job and stats tests: three units, leaders, one units and one leaders group per platform used.
import { indexRoster, parseRoster, type RosterIndex } from '../../src/roster.js';

/** A units group on each platform and a WeCom leaders group: the jobs' tests check both senders are used. */
export const UNITS_ON_BOTH_PLATFORMS = [
  { platform: 'wecom', chatId: 'units-chat', kind: 'units' },
  { platform: 'dingtalk', chatId: 'cidUnits==', kind: 'units' },
  { platform: 'wecom', chatId: 'leaders-chat', kind: 'leaders' },
] as const;

export function testRosterData(over: Record<string, unknown> = {}) {
  const unit = (key: string, name: string) => ({
    name,
    aliases: [name.slice(0, 2)],
    members: [
      { id: `${key}-head`, name: `${name}书记`, role: 'head' },
      { id: `${key}-team`, name: `${name}组长`, role: 'team_leader' },
      { id: `${key}-clerk`, name: `${name}文书`, role: 'reporter' },
    ],
  });
  return {
    township: '青石镇',
    deadline: '16:00',
    reminders: ['15:00', '15:45'],
    digestAt: '08:00',
    summaryAt: '08:30',
    periods: [{ name: '国庆', from: '2026-10-01', to: '2026-10-08' }],
    units: [unit('zz', '张庄村'), unit('ljw', '李家湾村'), unit('dp', '东坡社区')],
    leaders: [{ id: 'leader-li', name: '李镇长' }],
    groups: [
      { platform: 'wecom', chatId: 'units-chat', kind: 'units' },
      { platform: 'wecom', chatId: 'leaders-chat', kind: 'leaders' },
    ],
    ...over,
  };
}

export function testRoster(over: Record<string, unknown> = {}): RosterIndex {
  return indexRoster(parseRoster(testRosterData(over)));
}
