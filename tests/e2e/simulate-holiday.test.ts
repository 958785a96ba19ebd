import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/roster.js';
import { simulateDays } from '../support/sim-run.js';
import { testRosterData } from '../support/test-roster.js';

// 劳动节 2026: 05-01 … 05-05 off, outside any roster period; 04-30 an ordinary Thursday.
const roster = parseRoster(testRosterData());
const day = (at: string) => at.slice(0, 10);

describe('simulate: a holiday outside a period', () => {
  it('no reminders, no deadline notice, no digest on quiet holidays; an incident still alerts and gets into a digest', async () => {
    const { of } = await simulateDays(roster, {
      from: '2026-04-30T08:30:00+08:00',
      until: '2026-05-06T09:00:00+08:00',
      messages: [{ at: '2026-05-02T10:00:00+08:00', senderId: 'dp-clerk', text: '东坡社区即时报告：村民王某某今天到市信访局上访，已劝返' }],
    });
    expect([...new Set(of('reminder').map((r) => day(r.at)))]).toEqual(['2026-04-30']);
    expect(of('notice').map((n) => day(n.at))).toEqual(['2026-04-30']);
    expect(of('alert').map((a) => [day(a.at), a.chatId])).toEqual([['2026-05-02', 'leaders-chat']]);
    // About 04-30 (a report day) and about 05-02 (a holiday, but something was reported); none about the quiet days.
    const digests = of('digest');
    expect(digests.map((d) => day(d.at))).toEqual(['2026-05-01', '2026-05-03']);
    expect(digests[1]?.text).toContain('5月2日');
    expect(digests[1]?.text).toContain('到市');
    expect(digests[1]?.text).toContain('已报1/3');
  });
});
