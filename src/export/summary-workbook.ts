import ExcelJS from 'exceljs';
import type { IsoDate } from '../dates.js';
import type { CaseFigures } from '../ledger/case-figures.js';
import type { UnitFigures } from '../stats/summarize.js';
import { exportText } from '../strings.js';
import { addDataRow, addSheet, type Column, FILL, FORMAT, fill, newWorkbook } from './sheet-layout.js';

// 矛盾纠纷排查化解汇总表: per unit and in total, the figures the cadres typed in their 日研判 (排查数, 化解数, 化解率,
// cumulative) beside the figures of the ledger (cases opened and confirmed resolved), and petitions beyond the
// township. Rates are Excel percentages (a number formatted 0.0%), empty when nothing was found.

const N = { width: 8, numFmt: FORMAT.int };
const P = { width: 10, numFmt: FORMAT.percent };
export const SUMMARY_COLUMNS: readonly Column[] = [
  { header: '单位', width: 12 },
  { header: '排查数', ...N },
  { header: '化解数', ...N },
  { header: '化解率', ...P },
  { header: '累计排查数', ...N },
  { header: '累计化解数', ...N },
  { header: '累计化解率', ...P },
  { header: '台账立案数', ...N },
  { header: '台账化解数', ...N },
  { header: '台账化解率', ...P },
  { header: '台账累计立案', ...N },
  { header: '台账累计化解', ...N },
  { header: '台账累计化解率', ...P },
  { header: '未办结', ...N },
  { header: '逾期', ...N },
  { header: '越级上访（到县及以上）', width: 12, numFmt: FORMAT.int },
];

export interface SummaryInput {
  township: string;
  from: IsoDate;
  to: IsoDate;
  cumFrom: IsoDate;
  /** Assessment figures over from..to and over cumFrom..to, per unit in the same order, with the totals. */
  half: { units: UnitFigures[]; total: UnitFigures };
  cumulative: { units: UnitFigures[]; total: UnitFigures };
  cases: { units: CaseFigures[]; total: CaseFigures };
}

const rate = (found: number, resolved: number) => (found > 0 ? resolved / found : null);

export function buildSummaryWorkbook(o: SummaryInput): ExcelJS.Workbook {
  const wb = newWorkbook(ExcelJS, new Date(`${o.to}T00:00:00Z`));
  const ws = addSheet(wb, exportText.summarySheet, exportText.summaryTitle(o.township, o.from, o.to, o.cumFrom), SUMMARY_COLUMNS);
  const cum = new Map(o.cumulative.units.map((u) => [u.unit, u]));
  const cases = new Map(o.cases.units.map((u) => [u.unit, u]));
  const names = [...new Set([...o.half.units.map((u) => u.unit), ...o.cases.units.map((u) => u.unit)])];
  const half = new Map(o.half.units.map((u) => [u.unit, u]));
  const line = (unit: string, h: UnitFigures | undefined, c: UnitFigures | undefined, k: CaseFigures | undefined) => [
    unit,
    h?.disputesFound ?? 0,
    h?.disputesResolved ?? 0,
    rate(h?.disputesFound ?? 0, h?.disputesResolved ?? 0),
    c?.disputesFound ?? 0,
    c?.disputesResolved ?? 0,
    rate(c?.disputesFound ?? 0, c?.disputesResolved ?? 0),
    k?.found ?? 0,
    k?.resolved ?? 0,
    k?.rate ?? null,
    k?.cumFound ?? 0,
    k?.cumResolved ?? 0,
    k?.cumRate ?? null,
    k?.open ?? 0,
    k?.overdue ?? 0,
    h?.incidentsBeyondTownship ?? 0,
  ];
  for (const n of names) addDataRow(ws, line(n, half.get(n), cum.get(n), cases.get(n)));
  const total = addDataRow(ws, line(exportText.total, o.half.total, o.cumulative.total, o.cases.total));
  total.eachCell((cell) => {
    cell.font = { bold: true };
    fill(cell, FILL.total);
  });
  const note = ws.addRow([exportText.summaryNote(o.cumFrom)]);
  note.getCell(1).font = { italic: true, size: 9 };
  ws.mergeCells(note.number, 1, note.number, SUMMARY_COLUMNS.length);
  return wb;
}
