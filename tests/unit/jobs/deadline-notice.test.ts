import { describe, expect, it } from 'vitest';
import { deadlineNotice } from '../../../jobs/deadline-notice.js';
import { parseRoster } from '../../../src/roster.js';
import { scheduled } from '../../../src/strings.js';
import { jobDeps } from '../../support/job-deps.js';
import { zero } from '../../support/report-fixtures.js';
import { storeReports } from '../../support/store-reports.js';
import { testRosterData, UNITS_ON_BOTH_PLATFORMS } from '../../support/test-roster.js';

const T = '青石镇';
const roster = parseRoster(testRosterData({ groups: UNITS_ON_BOTH_PLATFORMS }));

describe('deadlineNotice', () => {
  it('tells the leaders groups which units missed the deadline (漏报)', async () => {
    const slot = new Date('2026-10-09T16:00:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, [zero('东坡社区', '2026-10-09')]);
    expect(await deadlineNotice(deps, slot)).toEqual({ sent: 1 });
    expect(sent.map((m) => [m.platform, m.chatId, m.kind, m.mentions])).toEqual([['wecom', 'leaders-chat', 'notice', []]]);
    expect(sent[0]?.text).toBe(scheduled.deadlineMissed({ date: '2026-10-09', deadline: '16:00', units: ['张庄村', '李家湾村'], total: 3 }));
  });

  it('says so when every unit reported', async () => {
    const slot = new Date('2026-10-09T16:00:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, ['张庄村', '李家湾村', '东坡社区'].map((u) => zero(u, '2026-10-09')));
    await deadlineNotice(deps, slot);
    expect(sent[0]?.text).toBe(scheduled.deadlineAllIn({ date: '2026-10-09', deadline: '16:00', total: 3 }));
  });

  it('is silent on a non-report day', async () => {
    const slot = new Date('2026-10-11T16:00:00+08:00');
    const { deps, sent } = jobDeps({ roster, now: slot });
    expect((await deadlineNotice(deps, slot)).skipped).toBe('not_report_day');
    expect(sent).toEqual([]);
  });
});
