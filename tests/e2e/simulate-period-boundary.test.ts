import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../src/roster.js';
import { simulateDays } from '../support/sim-run.js';
import { testRosterData } from '../support/test-roster.js';

// 国庆 period 10-01..10-08. 10-07 is a public holiday inside it, 10-08 its last day; 10-09 an ordinary Friday;
// 10-10 a 调休 make-up Saturday; 10-11 a Sunday.
const roster = parseRoster(testRosterData());
const day = (at: string) => at.slice(0, 10);

describe('simulate: across the end of a period', () => {
  it('reminds every day of the period and official workdays after it; cumulative figures restart', async () => {
    const { of } = await simulateDays(roster, {
      from: '2026-10-07T08:30:00+08:00',
      until: '2026-10-12T09:00:00+08:00',
      messages: [
        { at: '2026-10-07T09:00:00+08:00', senderId: 'zz-clerk', text: '张庄村日研判：排查矛盾纠纷5起，化解5起，新增信访0件，重点人员2人，均稳定，总体平稳' },
        { at: '2026-10-09T09:00:00+08:00', senderId: 'zz-clerk', text: '张庄村日研判：排查矛盾纠纷2起，化解1起，新增信访0件，重点人员2人，均稳定，总体平稳' },
      ],
    });
    const reminderDays = [...new Set(of('reminder').map((r) => day(r.at)))];
    expect(reminderDays).toEqual(['2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(of('reminder')).toHaveLength(8);
    expect(of('notice').map((n) => day(n.at))).toEqual(['2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10']);

    // Digests: about 10-07 … 10-10 (report days); none about Sunday 10-11, when nothing came in.
    const digests = of('digest');
    expect(digests.map((d) => day(d.at))).toEqual(['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11']);
    expect(digests[0]?.text).toContain('（国庆期间）');
    expect(digests[0]?.text).toContain('【国庆累计（10月1日起）】');
    expect(digests[1]?.text).toContain('【国庆累计（10月1日起）】');
    // About 10-09, the first day after the period: cumulated since the 1st, no period name.
    expect(digests[2]?.text).not.toContain('国庆');
    expect(digests[2]?.text).toContain('【上半月累计（10月1日起）】');
    expect(digests[2]?.text).toContain('排查7起，化解6起，化解率86%');
  });
});
