import ExcelJS from 'exceljs';
import type { IsoDate } from '../dates.js';
import { type Case, isOpen } from '../ledger/case.js';
import { nameOf } from '../ledger/case-people.js';
import { workdaysAfter } from '../ledger/working-days.js';
import type { RosterIndex } from '../roster.js';
import type { WorkCalendar } from '../scheduler/work-calendar.js';
import { caseStatusLabel, exportText } from '../strings.js';
import { addDataRow, addSheet, type Column, excelDate, FILL, FORMAT, fill, newWorkbook } from './sheet-layout.js';

// 矛盾纠纷排查化解台账: one row per case, the documents' columns, status coloured, overdue rows red.

export const LEDGER_COLUMNS: readonly Column[] = [
  { header: '编号', width: 7, numFmt: FORMAT.int },
  { header: '承办单位', width: 11 },
  { header: '类别', width: 8 },
  { header: '事由', width: 28 },
  { header: '诱因', width: 10 },
  { header: '发生时间', width: 11, numFmt: FORMAT.date },
  { header: '地点', width: 10 },
  { header: '涉及人数', width: 7, numFmt: FORMAT.int },
  { header: '重点人员', width: 12 },
  { header: '事态发展预测', width: 16 },
  { header: '工作预案', width: 16 },
  { header: '包案领导', width: 10 },
  { header: '具体责任人', width: 10 },
  { header: '稳控责任人', width: 10 },
  { header: '登记日期', width: 11, numFmt: FORMAT.date },
  { header: '办结时限', width: 11, numFmt: FORMAT.date },
  { header: '状态', width: 8 },
  { header: '化解日期', width: 11, numFmt: FORMAT.date },
  { header: '销号日期', width: 11, numFmt: FORMAT.date },
  { header: '逾期工作日', width: 7, numFmt: FORMAT.int },
  { header: '最新进展', width: 24 },
];

export interface LedgerInput {
  township: string;
  cases: readonly Case[];
  roster: RosterIndex;
  calendar: WorkCalendar;
  from: IsoDate;
  to: IsoDate;
  /** The day the ledger describes: status and overdue days are as of then. */
  asOf: IsoDate;
}

/** The cases of a range: opened by its end, and not closed or withdrawn before it began (a withdrawn one shows 已撤销). */
export function casesOfRange(cases: readonly Case[], from: IsoDate, to: IsoDate): Case[] {
  return cases.filter((c) => c.openedOn <= to && !(c.closedOn && c.closedOn < from) && !(c.withdrawnOn && c.withdrawnOn < from));
}

export function buildLedgerWorkbook(o: LedgerInput): ExcelJS.Workbook {
  const wb = newWorkbook(ExcelJS, new Date(`${o.asOf}T00:00:00Z`));
  const ws = addSheet(wb, exportText.ledgerSheet, exportText.ledgerTitle(o.township, o.from, o.to), LEDGER_COLUMNS);
  for (const c of casesOfRange(o.cases, o.from, o.to)) {
    // Past its deadline (highlighted) even on a weekend right after it, when no working day has passed yet (0).
    const late = isOpen(c) && c.deadline !== undefined && c.deadline < o.asOf;
    const overdue = late && c.deadline ? workdaysAfter(o.calendar, c.deadline, o.asOf) : null;
    const e = c.elements;
    const row = addDataRow(ws, [
      c.no,
      c.unit,
      exportText.caseKind(c.kind),
      c.title,
      e.cause ?? '',
      excelDate(e.time),
      e.place ?? '',
      e.people ?? e.households ?? null,
      e.keyPersons.join('、'),
      e.forecast ?? '',
      e.plan ?? '',
      c.leaderId ? nameOf(o.roster, c.leaderId) : '',
      c.ownerId ? nameOf(o.roster, c.ownerId) : '',
      c.stabilizerId ? nameOf(o.roster, c.stabilizerId) : '',
      excelDate(c.openedOn),
      excelDate(c.deadline),
      caseStatusLabel(c.status, c.resolution),
      excelDate(c.resolvedOn),
      excelDate(c.closedOn),
      overdue,
      // A withdrawn case says why in place of its latest progress (撤回, 更正为零报告).
      (c.status === 'withdrawn' ? c.versions.at(-1)?.note : c.progress) ?? '',
    ]);
    const status = row.getCell(17);
    if (c.status === 'resolved' || c.status === 'closed') fill(status, FILL.done);
    else if (c.status === 'claimed' || c.status === 'open') fill(status, FILL.warn);
    if (late) for (let i = 1; i <= LEDGER_COLUMNS.length; i++) fill(row.getCell(i), FILL.overdue);
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: LEDGER_COLUMNS.length } };
  return wb;
}
