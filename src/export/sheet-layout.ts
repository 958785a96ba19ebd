import type ExcelJS from 'exceljs';

// The layout every exported sheet shares: a title row, a header row frozen under it, real Excel types, widths
// that fit Chinese text, borders, and a print setup that fits the columns on A4 landscape (rows flow onto further
// pages, the header repeated on each).

export interface Column {
  header: string;
  /** Width in characters (a Chinese character counts about 2). Never exactly 9: exceljs takes 9 for its default
   *  width and leaves the column out of the file. */
  width: number;
  /** Excel number format: 'yyyy-mm-dd', '0', '0.0%' … */
  numFmt?: string;
}

export const FORMAT = { date: 'yyyy-mm-dd', int: '0', percent: '0.0%' } as const;
export const FILL = {
  header: 'FFD9E1F2',
  overdue: 'FFFFC7CE',
  warn: 'FFFFEB9C',
  done: 'FFC6EFCE',
  total: 'FFEDEDED',
} as const;

/** An ISO date as the Excel date of that calendar day (exceljs writes dates as UTC serials). */
export function excelDate(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

export function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/** Adds a sheet with its title (row 1) and header (row 2); data rows start at row 3. */
export function addSheet(wb: ExcelJS.Workbook, name: string, title: string, columns: readonly Column[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const t = ws.getRow(1);
  t.getCell(1).value = title;
  t.getCell(1).font = { bold: true, size: 14 };
  t.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  t.height = 24;
  ws.mergeCells(1, 1, 1, columns.length);
  const h = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = h.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    fill(cell, FILL.header);
  });
  h.height = 30;
  ws.pageSetup.printTitlesRow = '2:2';
  return ws;
}

/** Adds a data row with borders and wrapped text; returns it for highlighting. */
export function addDataRow(ws: ExcelJS.Worksheet, values: readonly (string | number | Date | null)[]): ExcelJS.Row {
  const row = ws.addRow([...values]);
  let lines = 1;
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    if (col > values.length) return;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
    if (typeof cell.value === 'string') lines = Math.max(lines, Math.ceil(textWidth(cell.value) / Math.max(1, (ws.getColumn(col).width ?? 10) - 1)));
  });
  // Spreadsheet programs do not grow a row for wrapped text written by a library: give it the lines it needs.
  if (lines > 1) row.height = 15 * Math.min(lines, 8);
  return row;
}

/** Display width in characters: a Chinese character is two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

export function borderHeader(ws: ExcelJS.Worksheet, n: number): void {
  const h = ws.getRow(2);
  for (let i = 1; i <= n; i++) h.getCell(i).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

export function newWorkbook(ExcelJSmod: typeof ExcelJS, created: Date): ExcelJS.Workbook {
  const wb = new ExcelJSmod.Workbook();
  wb.creator = '维稳助手';
  wb.created = created;
  wb.modified = created;
  return wb;
}
