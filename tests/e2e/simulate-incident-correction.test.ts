import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/roster.js';
import { simulateDays } from '../support/sim-run.js';
import { testRosterData } from '../support/test-roster.js';

const roster = parseRoster(testRosterData());

describe('simulate: an incident and a correction', () => {
  it('the incident reaches the leaders at once; the corrected counts are the ones the digest adds up', async () => {
    const { of, sent } = await simulateDays(roster, {
      from: '2026-10-12T08:30:00+08:00', // Monday, outside the period
      until: '2026-10-13T09:00:00+08:00',
      messages: [
        { at: '2026-10-12T09:00:00+08:00', senderId: 'zz-clerk', text: '张庄村日研判：排查矛盾纠纷3起，化解1起，新增信访0件，重点人员2人，均稳定，总体平稳' },
        { at: '2026-10-12T09:40:00+08:00', senderId: 'zz-clerk', text: '更正：张庄村日研判：排查矛盾纠纷4起，化解4起，新增信访0件，重点人员2人，均稳定，总体平稳' },
        { at: '2026-10-12T11:15:00+08:00', senderId: 'ljw-clerk', text: '李家湾村即时报告：村民李某某等12人今天到县信访局集体上访，已劝返' },
        { at: '2026-10-12T12:00:00+08:00', senderId: 'dp-clerk', text: '东坡社区日研判：排查矛盾纠纷2起，化解0起，新增信访1件，重点人员1人，稳定，总体平稳' },
      ],
    });
    const alerts = of('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ at: '2026-10-12T11:15:00+08:00', chatId: 'leaders-chat' });
    expect(alerts[0]?.text).toContain('李家湾村');
    expect(alerts[0]?.text).toContain('12人');
    // The alert goes out before the receipt's reply and long before the digest.
    expect(sent.findIndex((l) => l.kind === 'alert')).toBeLessThan(sent.findIndex((l) => l.kind === 'digest'));

    expect(of('reply')[1]?.text.startsWith('✅ 已更正')).toBe(true);
    expect(of('reminder')).toEqual([]); // everyone reported before 15:00
    expect(of('notice')[0]?.text).toContain('均已按时报送');

    const digest = of('digest')[0]?.text ?? '';
    expect(digest).toContain('10月12日');
    expect(digest).toContain('已报3/3');
    // 4 + 2 found, 4 + 0 resolved (the first 3/1 was replaced by the correction): 67%.
    expect(digest).toContain('排查6起，化解4起，化解率67%；信访1件');
    expect(digest).toContain('即时报告1起');
    expect(digest).toContain('到县（区）');
    expect(digest).toContain('12人');
  });
});
