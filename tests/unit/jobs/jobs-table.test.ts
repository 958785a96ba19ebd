import { describe, expect, it } from 'vitest';
import { createJobs } from '../../../jobs/index.js';
import { dueSlots } from '../../../src/scheduler/due-slots.js';
import { parseRoster } from '../../../src/roster.js';
import { testRosterData } from '../../support/test-roster.js';

const roster = parseRoster(testRosterData({ reminders: ['15:00', '15:45'], deadline: '16:00', digestAt: '08:00', summaryAt: '08:30' }));

describe('createJobs', () => {
  it('builds the table from the roster times', () => {
    expect(createJobs(roster).map((j) => [j.name, j.cron, Boolean(j.catchUp)])).toEqual([
      ['remind-missing@15:00', '0 15 * * *', false],
      ['remind-missing@15:45', '45 15 * * *', false],
      ['deadline-notice', '0 16 * * *', false],
      ['morning-digest', '0 8 * * *', true],
      ['semi-monthly-summary', '30 8 1,16 * *', true],
      ['supervise-due', '0 9 * * *', true],
      ['supervise-overdue', '0 9 * * *', true],
      ['supervise-weekly', '0 9 * * 1', true],
      ['supervise-ranking', '30 8 1 1,4,7,10 *', true],
    ]);
  });

  it('follows other times (minutes with a leading zero, one reminder)', () => {
    const jobs = createJobs(parseRoster(testRosterData({ reminders: ['09:05'], deadline: '10:00', digestAt: '07:30', summaryAt: '09:00', superviseAt: '08:05' })));
    expect(jobs.map((j) => j.cron)).toEqual(['5 9 * * *', '0 10 * * *', '30 7 * * *', '0 9 1,16 * *', '5 8 * * *', '5 8 * * *', '5 8 * * 1', '0 9 1 1,4,7,10 *']);
  });
});

describe('dueSlots (Asia/Shanghai, process under TZ=UTC)', () => {
  const jobs = createJobs(roster);
  it('lists the slots of a day in time order, half-open at the start', () => {
    const slots = dueSlots(jobs, new Date('2026-10-15T08:00:00+08:00'), new Date('2026-10-16T09:00:00+08:00'));
    expect(slots.map((s) => [s.job.name, s.at.toISOString()])).toEqual([
      ['supervise-due', '2026-10-15T01:00:00.000Z'],
      ['supervise-overdue', '2026-10-15T01:00:00.000Z'],
      ['remind-missing@15:00', '2026-10-15T07:00:00.000Z'],
      ['remind-missing@15:45', '2026-10-15T07:45:00.000Z'],
      ['deadline-notice', '2026-10-15T08:00:00.000Z'],
      ['morning-digest', '2026-10-16T00:00:00.000Z'],
      ['semi-monthly-summary', '2026-10-16T00:30:00.000Z'],
      ['supervise-due', '2026-10-16T01:00:00.000Z'],
      ['supervise-overdue', '2026-10-16T01:00:00.000Z'],
    ]);
  });
  it('includes a slot exactly at `to`, excludes one exactly at `from`', () => {
    const at = new Date('2026-10-02T15:00:00+08:00');
    expect(dueSlots(jobs, new Date(at.getTime() - 1), at).map((s) => s.job.name)).toEqual(['remind-missing@15:00']);
    expect(dueSlots(jobs, at, new Date(at.getTime() + 60_000))).toEqual([]);
  });
  it('the summary fires only on the 1st and the 16th; ANDs day-of-week like node-cron', () => {
    const month = dueSlots(jobs, new Date('2026-10-01T00:00:00+08:00'), new Date('2026-11-01T23:59:00+08:00'));
    expect(month.filter((s) => s.job.name === 'semi-monthly-summary').map((s) => s.at.toISOString())).toEqual([
      '2026-10-01T00:30:00.000Z',
      '2026-10-16T00:30:00.000Z',
      '2026-11-01T00:30:00.000Z',
    ]);
    const anded = dueSlots([{ name: 'x', cron: '0 8 1 * 1' }], new Date('2026-11-01T00:00:00Z'), new Date('2027-03-02T00:00:00Z'));
    expect(anded.map((s) => s.at.toISOString().slice(0, 10))).toEqual(['2027-02-01', '2027-03-01']);
  });
  it('seconds-precision expressions work too', () => {
    const s = dueSlots([{ name: 'x', cron: '*/20 * * * * *' }], new Date('2026-10-02T00:00:00Z'), new Date('2026-10-02T00:01:00Z'));
    expect(s.map((x) => x.at.toISOString().slice(11, 19))).toEqual(['00:00:20', '00:00:40', '00:01:00']);
  });
});
