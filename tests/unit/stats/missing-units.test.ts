import { describe, expect, it } from 'vitest';
import { missingUnits } from '../../../src/stats/missing-units.js';
import { assessment, confirmation, dayMap, incident, keyPersons, unitDay, zero } from '../../support/report-fixtures.js';
import { testRoster } from '../../support/test-roster.js';

const roster = testRoster();
const D = '2026-10-02';

describe('missingUnits', () => {
  const cases: { name: string; day: ReturnType<typeof dayMap>; missing: string[] }[] = [
    { name: 'nothing stored: every unit, in roster order', day: dayMap(), missing: ['张庄村', '李家湾村', '东坡社区'] },
    { name: 'a zero report counts', day: dayMap(unitDay('张庄村', { zero: zero('张庄村', D) })), missing: ['李家湾村', '东坡社区'] },
    {
      name: 'an assessment, key persons or an incident each count',
      day: dayMap(
        unitDay('张庄村', { assessment: assessment('张庄村', D, { disputesFound: 1 }) }),
        unitDay('李家湾村', { keyPersons: keyPersons('李家湾村', D, [{}]) }),
        unitDay('东坡社区', { incidents: [incident('东坡社区', D)] }),
      ),
      missing: [],
    },
    {
      name: 'confirmations alone are not a report',
      day: dayMap(unitDay('张庄村', { confirmations: [confirmation('zz-head', 'head')] })),
      missing: ['张庄村', '李家湾村', '东坡社区'],
    },
    {
      name: 'a unit not on the roster changes nothing',
      day: dayMap(unitDay('外村', { zero: zero('外村', D) })),
      missing: ['张庄村', '李家湾村', '东坡社区'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(missingUnits(c.day, roster).map((u) => u.name)).toEqual(c.missing);
    });

  it('returns the roster units themselves (members for @-mentions)', () => {
    const [u] = missingUnits(dayMap(), roster);
    expect(u?.members.map((m) => m.id)).toEqual(['zz-head', 'zz-team', 'zz-clerk']);
  });
});
