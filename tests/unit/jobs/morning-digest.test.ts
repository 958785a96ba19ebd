import { describe, expect, it } from 'vitest';
import { buildMorningDigest, morningDigest } from '../../../jobs/morning-digest.js';
import { parseRoster } from '../../../src/roster.js';
import { scheduled } from '../../../src/strings.js';
import { jobDeps } from '../../support/job-deps.js';
import { assessment, confirmation, incident, keyPersons, zero } from '../../support/report-fixtures.js';
import { storeConfirmations, storeReports } from '../../support/store-reports.js';
import { testRosterData } from '../../support/test-roster.js';

const T = '青石镇';
const roster = parseRoster(testRosterData());

async function seedPeriod(store: Parameters<typeof storeReports>[0]) {
  await storeReports(store, T, [assessment('张庄村', '2026-10-01', { disputesFound: 4, disputesResolved: 3 }), zero('李家湾村', '2026-10-01')]);
  await storeReports(store, T, [assessment('张庄村', '2026-10-02', { disputesFound: 2, disputesResolved: 1, petitions: 1 })]);
  await storeConfirmations(store, T, '2026-10-02', '张庄村', [confirmation('zz-head', 'head'), confirmation('zz-team', 'team_leader')]);
  await storeConfirmations(store, T, '2026-10-02', '李家湾村', [confirmation('ljw-head', 'head')]);
  await storeReports(store, T, [
    incident('李家湾村', '2026-10-02', { escalation: 'county', people: 12, collective: true, summary: '到县信访局反映征地补偿' }),
    keyPersons('李家湾村', '2026-10-02', [{ name: '王某', state: 'abnormal', whereabouts: 'away', escalation: 'city' }, { name: '赵某' }]),
  ]);
  await storeReports(store, T, [zero('东坡社区', '2026-10-02', { late: true })]);
}

describe('morningDigest', () => {
  it('about the previous day, with the figures cumulated since the period began', async () => {
    const slot = new Date('2026-10-03T08:00:00+08:00');
    const { deps, sent, store } = jobDeps({ roster, now: slot });
    await seedPeriod(store);
    expect(await morningDigest(deps, slot)).toEqual({ sent: 1 });
    expect(sent.map((m) => [m.chatId, m.kind, m.mentions])).toEqual([['leaders-chat', 'digest', []]]);
    const text = sent[0]?.text ?? '';
    expect(text).toBe(
      scheduled.digest({
        township: T,
        date: '2026-10-02',
        periodName: '国庆',
        total: 3,
        day: { reported: 3, missing: [], late: ['东坡社区'], confirmed: 1, found: 2, resolved: 1, petitions: 1 },
        incidents: [{ unit: '李家湾村', escalation: 'county', people: 12, collective: true, summary: '到县信访局反映征地补偿', late: false }],
        persons: [{ unit: '李家湾村', name: '王某', state: 'abnormal', whereabouts: 'away', escalation: 'city' }],
        cumulative: { name: '国庆', from: '2026-10-01', reported: 5, missing: 1, found: 6, resolved: 4, incidents: 1 },
      }),
    );
    // The figures leaders read, independent of the wording around them.
    expect(text).toContain('化解率50%');
    expect(text).toContain('化解率67%');
    expect(text).toContain('12人');
    expect(text).toContain('王某');
    expect(text).not.toContain('赵某');
  });

  it('outside a period, cumulates since the 1st or the 16th', async () => {
    const slot = new Date('2026-10-20T08:00:00+08:00');
    const { deps, store } = jobDeps({ roster, now: slot });
    await storeReports(store, T, [assessment('张庄村', '2026-10-15', { disputesFound: 9, disputesResolved: 9 })]);
    await storeReports(store, T, [assessment('张庄村', '2026-10-16', { disputesFound: 4, disputesResolved: 1 })]);
    await storeReports(store, T, [assessment('张庄村', '2026-10-19', { disputesFound: 0, disputesResolved: 2 })]);
    const text = (await buildMorningDigest(deps, '2026-10-19')) ?? '';
    expect(text).toContain('【下半月累计（10月16日起）】');
    expect(text).toContain('排查4起，化解3起，化解率75%');
    // 10-16 and 10-19 missed by two units each; 10-17/18 are a weekend: nobody is expected then.
    expect(text).toContain('应报未报4次');
  });

  it('is skipped after a quiet non-report day, sent when something came in that day', async () => {
    const slot = new Date('2026-10-12T08:00:00+08:00'); // about Sunday 10-11
    const quiet = jobDeps({ roster, now: slot });
    expect(await morningDigest(quiet.deps, slot)).toEqual({ sent: 0, skipped: 'nothing_reported' });
    expect(quiet.sent).toEqual([]);
    // A confirmation alone is not a report.
    await storeConfirmations(quiet.store, T, '2026-10-11', '张庄村', [confirmation('zz-head', 'head')]);
    expect(await morningDigest(quiet.deps, slot)).toEqual({ sent: 0, skipped: 'nothing_reported' });
    const busy = jobDeps({ roster, now: slot });
    await storeReports(busy.store, T, [incident('东坡社区', '2026-10-11', { escalation: 'township', people: 2 })]);
    expect(await morningDigest(busy.deps, slot)).toEqual({ sent: 1 });
    expect(busy.sent[0]?.text).toContain('即时报告1起');
  });

  it('is sent once per group per day, however often the slot runs', async () => {
    const slot = new Date('2026-10-03T08:00:00+08:00');
    const { deps, sent } = jobDeps({ roster, now: slot });
    await morningDigest(deps, slot);
    await morningDigest(deps, new Date('2026-10-03T09:30:00+08:00'));
    expect(sent).toHaveLength(1);
  });

  it('stays short with many units: names are cut with 等N个', async () => {
    const many = parseRoster(
      testRosterData({
        units: Array.from({ length: 500 }, (_, i) => ({ name: `第${i + 1}村`, members: [{ id: `u${i}`, name: `甲${i}`, role: 'reporter' }] })),
      }),
    );
    const { deps } = jobDeps({ roster: many, now: '2026-10-03T08:00:00+08:00' });
    const text = (await buildMorningDigest(deps, '2026-10-02')) ?? '';
    expect(text).toContain('未报500：');
    expect(text).toContain('等500个');
    expect(text.length).toBeLessThan(600);
  });
});
