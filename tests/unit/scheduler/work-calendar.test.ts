import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { createWorkCalendar } from '../../../src/scheduler/work-calendar.js';
import { captureLogger } from '../../support/capture-logger.js';

const periods = [{ name: '国庆', from: '2026-10-01', to: '2026-10-08' }];

describe('createWorkCalendar (chinese-days, no override)', () => {
  const { logger, lines } = captureLogger();
  const cal = createWorkCalendar({ periods, logger });

  it.each([
    ['2026-10-01', true, 'holiday, but inside the period'],
    ['2026-10-04', true, 'Sunday inside the period'],
    ['2026-10-08', true, 'last day of the period'],
    ['2026-10-09', true, 'ordinary Friday'],
    ['2026-10-10', true, '调休 make-up Saturday'],
    ['2026-10-11', false, 'Sunday outside any period'],
    ['2026-09-27', false, 'Sunday before the period'],
    ['2026-09-28', true, 'Monday'],
    ['2026-02-17', false, 'Spring Festival holiday on a Tuesday'],
    ['2026-02-14', true, 'Spring Festival make-up Saturday'],
  ])('%s → %s (%s)', (date, want) => {
    expect(cal.isReportDay(date)).toBe(want);
  });

  it('knows holidays apart from report days', () => {
    expect(cal.isWorkday('2026-10-01')).toBe(false);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
    expect(cal.periodOf('2026-10-03')).toEqual({ name: '国庆', from: '2026-10-01', to: '2026-10-08' });
    expect(cal.periodOf('2026-10-09')).toBeUndefined();
    expect(cal.source(2026)).toBe('package');
  });

  it('2027 (no data anywhere): Monday–Friday, one warning only', () => {
    expect(cal.source(2027)).toBe('fallback');
    expect(cal.isReportDay('2027-01-01')).toBe(true); // a Friday: New Year, but nobody has published 2027 yet
    expect(cal.isReportDay('2027-01-02')).toBe(false); // Saturday
    expect(cal.isReportDay('2027-01-04')).toBe(true);
    expect(cal.isReportDay('2027-10-01')).toBe(true);
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.year).toBe(2027);
    expect(warnings[0]?.msg).toContain('2027');
  });

  it('never depends on the process time zone (dates are strings)', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(cal.isReportDay('2026-10-11')).toBe(false);
  });
});

describe('createWorkCalendar with an override file (holiday-cn format)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wwb-cal-'));
  const path = join(dir, 'holidays.json');
  writeFileSync(
    path,
    JSON.stringify({
      year: 2027,
      days: [
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        { name: '春节', date: '2027-02-06', isOffDay: false },
        { name: '春节', date: '2027-02-08', isOffDay: true },
      ],
    }),
  );

  it('wins and removes the fallback for its year', () => {
    const { logger, lines } = captureLogger();
    const cal = createWorkCalendar({ periods: [], overridesPath: path, logger });
    expect(cal.source(2027)).toBe('override');
    expect(cal.isReportDay('2027-01-01')).toBe(false);
    expect(cal.isReportDay('2027-02-06')).toBe(true); // Saturday make-up day
    expect(cal.isReportDay('2027-02-08')).toBe(false); // Monday holiday
    expect(cal.isReportDay('2027-01-04')).toBe(true); // unlisted Monday
    expect(cal.isReportDay('2027-01-03')).toBe(false); // unlisted Sunday
    expect(lines.filter((l) => l.level === 40)).toHaveLength(0);
  });

  it('wins over the package for a year the package knows', () => {
    const { logger } = captureLogger();
    const cal = createWorkCalendar({
      periods: [],
      logger,
      overrides: [{ year: 2026, days: [{ name: '特别调休', date: '2026-10-11', isOffDay: false }, { name: '特别假日', date: '2026-10-12', isOffDay: true }] }],
    });
    expect(cal.isReportDay('2026-10-11')).toBe(true);
    expect(cal.isReportDay('2026-10-12')).toBe(false);
    // The package still answers the days the override does not list.
    expect(cal.isWorkday('2026-10-01')).toBe(false);
    expect(cal.isWorkday('2026-10-10')).toBe(true);
  });

  it('a period still makes every day a report day', () => {
    const { logger } = captureLogger();
    const cal = createWorkCalendar({ periods: [{ name: '春节', from: '2027-02-06', to: '2027-02-12' }], overridesPath: path, logger });
    expect(cal.isReportDay('2027-02-08')).toBe(true);
  });

  it('a bad file fails at start with the JSON path of the problem', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ year: 2027, days: [{ date: '2027-13-01', isOffDay: true }] }));
    const { logger } = captureLogger();
    expect(() => createWorkCalendar({ periods: [], overridesPath: bad, logger })).toThrow(AppError);
    expect(() => createWorkCalendar({ periods: [], overridesPath: bad, logger })).toThrow(/\$\.days\[0\]\.date/);
    expect(() => createWorkCalendar({ periods: [], overridesPath: join(dir, 'nope.json'), logger })).toThrow(/cannot read/);
  });
});
