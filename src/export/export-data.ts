import type ExcelJS from 'exceljs';
import { addDays, dateRange, type IsoDate } from '../dates.js';
import type { CaseStore } from '../ledger/case-store.js';
import { caseFigures } from '../ledger/case-figures.js';
import type { RosterIndex } from '../roster.js';
import type { WorkCalendar } from '../scheduler/work-calendar.js';
import { type DayInput, summarize } from '../stats/summarize.js';
import type { ReportStore } from '../store/report-store.js';
import { buildLedgerWorkbook } from './ledger-workbook.js';
import { buildReportsWorkbook } from './reports-workbook.js';
import { buildSummaryWorkbook } from './summary-workbook.js';

// Reads what a workbook needs from the stores and builds it. Used by `cli export` and by the dashboard.

export const EXPORT_KINDS = ['ledger', 'summary', 'reports'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportSources {
  roster: RosterIndex;
  store: ReportStore;
  cases: CaseStore;
  calendar: WorkCalendar;
}

async function readDays(s: ExportSources, from: IsoDate, to: IsoDate): Promise<DayInput[]> {
  const township = s.roster.roster.township;
  return Promise.all(dateRange(from, to).map(async (date) => ({ date, day: await s.store.getDay(township, date), expected: s.calendar.isReportDay(date) })));
}

/** The workbook of a kind over from..to (inclusive); `asOf` is the day the ledger's status is read at. */
export async function buildExport(s: ExportSources, kind: ExportKind, from: IsoDate, to: IsoDate, asOf: IsoDate = to): Promise<ExcelJS.Workbook> {
  const township = s.roster.roster.township;
  const units = s.roster.roster.units.map((u) => u.name);
  if (kind === 'ledger') return buildLedgerWorkbook({ township, cases: await s.cases.list(township), roster: s.roster, calendar: s.calendar, from, to, asOf });
  if (kind === 'reports') {
    const nameOf = (id: string) => s.roster.person(id)?.name ?? id;
    return buildReportsWorkbook({ township, from, to, units, days: await readDays(s, from, to), nameOf });
  }
  // Cumulative over the campaign year, as the semi-monthly summary counts it.
  const cumFrom = `${to.slice(0, 4)}-01-01` < from ? `${to.slice(0, 4)}-01-01` : from;
  const [half, before, cases] = await Promise.all([readDays(s, from, to), cumFrom < from ? readDays(s, cumFrom, addDays(from, -1)) : [], s.cases.list(township)]);
  const h = summarize(half, s.roster);
  const c = summarize([...before, ...half], s.roster);
  return buildSummaryWorkbook({
    township,
    from,
    to,
    cumFrom,
    half: { units: h.units, total: { unit: '合计', ...h.total } },
    cumulative: { units: c.units, total: { unit: '合计', ...c.total } },
    cases: caseFigures(cases, units, { from, to, cumFrom }),
  });
}
