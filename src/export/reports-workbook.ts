import ExcelJS from 'exceljs';
import type { IsoDate } from '../dates.js';
import type { DayInput } from '../stats/summarize.js';
import { isConfirmed } from '../stats/summarize.js';
import { hasReported } from '../stats/missing-units.js';
import { exportText, type ReportStatus } from '../strings.js';
import { addDataRow, addSheet, type Column, excelDate, FILL, FORMAT, fill, newWorkbook } from './sheet-layout.js';

// 报送情况: per unit and day, on time / late / missing / not due, and 双签 (head and team leader both signed); a
// second sheet sums them per unit with the on-time rate.

export const REPORT_COLUMNS: readonly Column[] = [
  { header: '日期', width: 12, numFmt: FORMAT.date },
  { header: '单位', width: 14 },
  { header: '应报', width: 7 },
  { header: '报送情况', width: 10 },
  { header: '双签', width: 7 },
  { header: '报送人', width: 12 },
];
const N = { width: 10, numFmt: FORMAT.int };
export const REPORT_TOTAL_COLUMNS: readonly Column[] = [
  { header: '单位', width: 14 },
  { header: '应报天数', ...N },
  { header: '按时', ...N },
  { header: '迟报', ...N },
  { header: '漏报', ...N },
  { header: '双签', ...N },
  { header: '按时率', width: 10, numFmt: FORMAT.percent },
];

export interface ReportsInput {
  township: string;
  from: IsoDate;
  to: IsoDate;
  units: readonly string[];
  days: readonly DayInput[];
  /** Roster id → name, for the 报送人 column. */
  nameOf(id: string): string;
}

export function reportStatus(d: DayInput, unit: string): ReportStatus {
  const u = d.day.get(unit);
  if (!hasReported(u) || !u) return d.expected === false ? 'not_due' : 'missing';
  const reports = [u.zero, u.assessment, u.keyPersons, ...u.incidents].filter((r) => r !== undefined);
  return reports.every((r) => r.meta.late) ? 'late' : 'on_time';
}

export function buildReportsWorkbook(o: ReportsInput): ExcelJS.Workbook {
  const wb = newWorkbook(ExcelJS, new Date(`${o.to}T00:00:00Z`));
  const ws = addSheet(wb, exportText.reportsSheet, exportText.reportsTitle(o.township, o.from, o.to), REPORT_COLUMNS);
  const totals = new Map(o.units.map((u) => [u, { due: 0, on_time: 0, late: 0, missing: 0, signed: 0 }]));
  const days = [...o.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const d of days)
    for (const unit of o.units) {
      const status = reportStatus(d, unit);
      const u = d.day.get(unit);
      const signed = status !== 'missing' && status !== 'not_due' && isConfirmed(u);
      const senders = [...new Set([u?.zero, u?.assessment, u?.keyPersons, ...(u?.incidents ?? [])].flatMap((r) => (r ? [r.meta.senderName ?? o.nameOf(r.meta.senderId)] : [])))];
      const row = addDataRow(ws, [excelDate(d.date), unit, exportText.yesNo(d.expected !== false), exportText.reportStatus(status), exportText.yesNo(signed), senders.join('、')]);
      if (status === 'missing') fill(row.getCell(4), FILL.overdue);
      if (status === 'late') fill(row.getCell(4), FILL.warn);
      const t = totals.get(unit)!;
      if (d.expected !== false) t.due += 1;
      if (status === 'on_time' || status === 'late' || status === 'missing') t[status] += 1;
      if (signed) t.signed += 1;
    }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: REPORT_COLUMNS.length } };
  const sum = addSheet(wb, exportText.reportsTotalSheet, exportText.reportsTitle(o.township, o.from, o.to), REPORT_TOTAL_COLUMNS);
  for (const [unit, t] of totals) addDataRow(sum, [unit, t.due, t.on_time, t.late, t.missing, t.signed, t.due > 0 ? t.on_time / t.due : null]);
  return wb;
}
