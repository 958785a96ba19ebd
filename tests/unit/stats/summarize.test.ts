import { describe, expect, it } from 'vitest';
import { isConfirmed, rankByBeyondTownship, resolutionRate, summarize, unitDayFigures } from '../../../src/stats/summarize.js';
import { assessment, confirmation, dayMap, incident, keyPersons, unitDay, zero } from '../../support/report-fixtures.js';
import { testRoster } from '../../support/test-roster.js';

const roster = testRoster();
const D1 = '2026-10-01';
const D2 = '2026-10-02';

describe('resolutionRate', () => {
  it.each([
    [0, 0, null],
    [0, 3, null],
    [4, 3, 0.75],
    [2, 2, 1],
    [5, 0, 0],
  ])('found %i resolved %i → %s', (found, resolved, rate) => {
    expect(resolutionRate(found, resolved)).toBe(rate);
  });
});

describe('isConfirmed', () => {
  it.each([
    [[], false],
    [[confirmation('a', 'head')], false],
    [[confirmation('a', 'team_leader')], false],
    [[confirmation('a', 'head'), confirmation('b', 'reporter')], false],
    [[confirmation('a', 'head'), confirmation('b', 'team_leader')], true],
  ] as const)('%j → %s', (cs, want) => {
    expect(isConfirmed(unitDay('张庄村', { zero: zero('张庄村', D1), confirmations: [...cs] }))).toBe(want);
  });
});

describe('unitDayFigures', () => {
  it('missing only when expected', () => {
    expect(unitDayFigures(undefined).missing).toBe(1);
    expect(unitDayFigures(undefined, false).missing).toBe(0);
    expect(unitDayFigures(undefined).reported).toBe(0);
  });
  it('late only when every report of the day is late', () => {
    const onTime = zero('张庄村', D1);
    const late = incident('张庄村', D1, {}, { late: true });
    expect(unitDayFigures(unitDay('张庄村', { zero: onTime, incidents: [late] })).late).toBe(0);
    expect(unitDayFigures(unitDay('张庄村', { incidents: [late] })).late).toBe(1);
  });
  it('key persons: the larger of the listed and the counted abnormal ones; away from the list', () => {
    const d = unitDay('张庄村', {
      assessment: assessment('张庄村', D1, { keyPersonsAbnormal: 3 }),
      keyPersons: keyPersons('张庄村', D1, [{ state: 'abnormal' }, { whereabouts: 'away' }, { state: 'abnormal', whereabouts: 'away' }]),
    });
    const f = unitDayFigures(d);
    expect(f.keyPersonsAbnormal).toBe(3);
    expect(f.keyPersonsAway).toBe(2);
  });
});

describe('summarize', () => {
  const day1 = dayMap(
    unitDay('张庄村', {
      assessment: assessment('张庄村', D1, { disputesFound: 4, disputesResolved: 3, petitions: 1 }),
      confirmations: [confirmation('zz-head', 'head'), confirmation('zz-team', 'team_leader')],
    }),
    unitDay('李家湾村', {
      zero: zero('李家湾村', D1),
      incidents: [incident('李家湾村', D1, { escalation: 'county', people: 12, collective: true, summary: '聚集' })],
      keyPersons: keyPersons('李家湾村', D1, [{ name: '王某', state: 'abnormal', whereabouts: 'away', escalation: 'city' }, { name: '赵某' }]),
      confirmations: [confirmation('ljw-head', 'head')],
    }),
  );
  const day2 = dayMap(
    unitDay('张庄村', { assessment: assessment('张庄村', D2, { disputesFound: 2, disputesResolved: 2 }) }),
    unitDay('东坡社区', { incidents: [incident('东坡社区', D2, { escalation: 'township', people: 2 }, { late: true })] }),
  );

  it('one day: reported / missing / confirmed, per unit and in total', () => {
    const s = summarize([{ date: D1, day: day1 }], roster);
    expect(s.from).toBe(D1);
    expect(s.to).toBe(D1);
    expect(s.perDay).toEqual([{ date: D1, expected: true, reported: ['张庄村', '李家湾村'], missing: ['东坡社区'], confirmed: ['张庄村'], late: [] }]);
    expect(s.total).toMatchObject({ reported: 2, missing: 1, confirmed: 1, disputesFound: 4, disputesResolved: 3, resolutionRate: 0.75, petitions: 1, incidents: 1, incidentsBeyondTownship: 1, keyPersonsAbnormal: 1, keyPersonsAway: 1 });
    expect(s.units.map((u) => [u.unit, u.reported, u.missing, u.resolutionRate])).toEqual([
      ['张庄村', 1, 0, 0.75],
      ['李家湾村', 1, 0, null],
      ['东坡社区', 0, 1, null],
    ]);
    expect(s.incidents).toEqual([{ date: D1, unit: '李家湾村', escalation: 'county', people: 12, collective: true, summary: '聚集', late: false }]);
    expect(s.keyPersons).toEqual([{ date: D1, unit: '李家湾村', name: '王某', state: 'abnormal', whereabouts: 'away', escalation: 'city' }]);
  });

  it('a range cumulates, whatever order the days come in', () => {
    const s = summarize([{ date: D2, day: day2 }, { date: D1, day: day1 }], roster);
    expect([s.from, s.to]).toEqual([D1, D2]);
    const zz = s.units.find((u) => u.unit === '张庄村');
    expect(zz).toMatchObject({ reported: 2, missing: 0, confirmed: 1, disputesFound: 6, disputesResolved: 5 });
    expect(zz?.resolutionRate).toBeCloseTo(5 / 6);
    expect(s.total).toMatchObject({ reported: 4, missing: 2, confirmed: 1, late: 1, disputesFound: 6, disputesResolved: 5, incidents: 2, incidentsBeyondTownship: 1 });
    expect(s.perDay.map((d) => d.missing)).toEqual([['东坡社区'], ['李家湾村']]);
    expect(s.perDay[1]?.late).toEqual(['东坡社区']);
    expect(s.incidents.map((i) => [i.date, i.unit, i.late])).toEqual([
      [D1, '李家湾村', false],
      [D2, '东坡社区', true],
    ]);
  });

  it('a day that is not a report day counts what came in but nobody as missing', () => {
    const s = summarize([{ date: D2, day: day2, expected: false }], roster);
    expect(s.total.missing).toBe(0);
    expect(s.total.reported).toBe(2);
    expect(s.perDay[0]?.missing).toEqual([]);
  });

  it('no days, no data: zeros and a null rate', () => {
    const s = summarize([], roster);
    expect(s.total).toMatchObject({ reported: 0, missing: 0, resolutionRate: null });
    expect(s.units).toHaveLength(3);
  });

  it('a unit missing from the roster is listed after the roster units, never as missing', () => {
    const s = summarize([{ date: D1, day: dayMap(unitDay('外村', { zero: zero('外村', D1) })) }], roster);
    expect(s.units.map((u) => u.unit)).toEqual(['张庄村', '李家湾村', '东坡社区', '外村']);
    expect(s.total).toMatchObject({ reported: 1, missing: 3 });
  });

  it('ranks units by incidents beyond the township, ties in roster order', () => {
    const d = dayMap(
      unitDay('张庄村', { incidents: [incident('张庄村', D1, { escalation: 'city' })] }),
      unitDay('李家湾村', { incidents: [incident('李家湾村', D1, { escalation: 'beijing' }), incident('李家湾村', D1, { escalation: 'county' })] }),
      unitDay('东坡社区', { incidents: [incident('东坡社区', D1, { escalation: 'township' }), incident('东坡社区', D1, { escalation: 'county' })] }),
    );
    const ranked = rankByBeyondTownship(summarize([{ date: D1, day: d }], roster).units);
    expect(ranked.map((u) => [u.unit, u.incidentsBeyondTownship])).toEqual([
      ['李家湾村', 2],
      ['张庄村', 1],
      ['东坡社区', 1],
    ]);
  });
});
