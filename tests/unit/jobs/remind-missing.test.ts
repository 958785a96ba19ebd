import { describe, expect, it } from 'vitest';
import { remindMissing } from '../../../jobs/remind-missing.js';
import { parseRoster } from '../../../src/roster.js';
import { scheduled } from '../../../src/strings.js';
import { jobDeps } from '../../support/job-deps.js';
import { incident, zero } from '../../support/report-fixtures.js';
import { storeReports } from '../../support/store-reports.js';
import { testRosterData, UNITS_ON_BOTH_PLATFORMS } from '../../support/test-roster.js';

const T = '青石镇';
const roster = parseRoster(testRosterData({ groups: UNITS_ON_BOTH_PLATFORMS }));

describe('remindMissing', () => {
  it('@-mentions every member of each missing unit in every units group, nobody who reported', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00'); // an ordinary Friday
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, [zero('张庄村', '2026-10-09')]);
    const res = await remindMissing(deps, slot);
    expect(res).toEqual({ sent: 2 });
    expect(sent.map((m) => [m.platform, m.chatId, m.kind])).toEqual([
      ['wecom', 'units-chat', 'reminder'],
      ['dingtalk', 'cidUnits==', 'reminder'],
    ]);
    expect(sent[0]?.mentions).toEqual(['ljw-head', 'ljw-team', 'ljw-clerk', 'dp-head', 'dp-team', 'dp-clerk']);
    expect(sent[0]?.mentions.some((id) => id.startsWith('zz-'))).toBe(false);
    expect(sent[0]?.text).toBe(scheduled.reminder({ date: '2026-10-09', deadline: '16:00', units: ['李家湾村', '东坡社区'] }));
  });

  it('an incident alone counts as reported', async () => {
    const slot = new Date('2026-10-09T15:45:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, [incident('李家湾村', '2026-10-09', { escalation: 'county', people: 3 })]);
    await remindMissing(deps, slot);
    expect(sent[0]?.mentions).toEqual(['zz-head', 'zz-team', 'zz-clerk', 'dp-head', 'dp-team', 'dp-clerk']);
  });

  it('sends nothing when every unit reported', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, ['张庄村', '李家湾村', '东坡社区'].map((u) => zero(u, '2026-10-09')));
    expect(await remindMissing(deps, slot)).toEqual({ sent: 0, skipped: 'none_missing' });
    expect(sent).toEqual([]);
  });

  it('sends nothing on a day that needs no report (Sunday outside a period)', async () => {
    const slot = new Date('2026-10-11T15:00:00+08:00');
    const { deps, sent } = jobDeps({ roster, now: slot });
    expect(await remindMissing(deps, slot)).toEqual({ sent: 0, skipped: 'not_report_day' });
    expect(sent).toEqual([]);
  });

  it('reminds on a holiday inside the period (2026-10-01) and on a make-up Saturday (2026-10-10)', async () => {
    for (const d of ['2026-10-01', '2026-10-10']) {
      const slot = new Date(`${d}T15:00:00+08:00`);
      const { deps, sent } = jobDeps({ roster, now: slot });
      expect((await remindMissing(deps, slot)).sent).toBe(2);
      expect(sent[0]?.mentions).toHaveLength(9);
    }
  });

  it('the same slot run twice (manual re-run, second instance) sends once', async () => {
    const slot = new Date('2026-10-09T15:00:00+08:00');
    const { deps, sent } = jobDeps({ roster, now: slot });
    await remindMissing(deps, slot, 'remind-missing@15:00');
    expect(await remindMissing(deps, slot, 'remind-missing@15:00')).toEqual({ sent: 0 });
    expect(sent).toHaveLength(2);
    // The second reminder of the day is another job: it is sent.
    await remindMissing(deps, new Date('2026-10-09T15:45:00+08:00'), 'remind-missing@15:45');
    expect(sent).toHaveLength(4);
  });
});
