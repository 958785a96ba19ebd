import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/export/export-data.js';
import { LEDGER_COLUMNS } from '../../../src/export/ledger-workbook.js';
import { ledgerScenario } from '../../support/ledger-scenario.js';

// The three workbooks written, opened again with exceljs, and checked cell by cell against a hand count.

type Chat = Awaited<ReturnType<typeof ledgerScenario>>;
let chat: Chat;
beforeAll(async () => {
  chat = await ledgerScenario();
});

async function reopen(kind: 'ledger' | 'summary' | 'reports', from: string, to: string, asOf?: string): Promise<ExcelJS.Workbook> {
  const { roster, store, cases, calendar } = chat.deps;
  const wb = await buildExport({ roster, store, cases, calendar }, kind, from, to, asOf);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const values = (ws: ExcelJS.Worksheet, row: number, n: number) => Array.from({ length: n }, (_, i) => ws.getRow(row).getCell(i + 1).value ?? null);
const argb = (cell: ExcelJS.Cell) => (cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null);

function expectPrintable(ws: ExcelJS.Worksheet) {
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.getRow(2).getCell(1).font?.bold).toBe(true);
}

describe('台账 workbook', () => {
  it('one row per case with the documents’ columns, real dates and numbers, status and overdue highlighted', async () => {
    const wb = await reopen('ledger', '2026-12-01', '2026-12-04', '2026-12-04');
    const ws = wb.getWorksheet('台账')!;
    expectPrintable(ws);
    expect(ws.getCell('A1').value).toBe('青石镇矛盾纠纷排查化解台账（2026-12-01至2026-12-04）');
    expect(values(ws, 2, LEDGER_COLUMNS.length)).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expect(ws.columns.map((c) => c.width)).toEqual(LEDGER_COLUMNS.map((c) => c.width));
    expect(values(ws, 3, LEDGER_COLUMNS.length)).toEqual([
      1, '张庄村', '矛盾纠纷', '王某某与李某某宅基地纠纷', '宅基地', day('2026-12-01'), '张庄村', 2, '王某某、李某某', '', '',
      '李镇长', '张建国', '刘芳', day('2026-12-01'), day('2026-12-03'), '已化解', day('2026-12-02'), null, null, '',
    ]);
    const r4 = values(ws, 4, LEDGER_COLUMNS.length);
    expect(r4.slice(0, 3)).toEqual([2, '河西村', '信访事件']);
    expect(r4.slice(11, 20)).toEqual(['王主任', '何长青', '孙建军', day('2026-12-01'), day('2026-12-02'), '办理中', null, null, 2]);
    expect(ws.getRow(3).getCell(6).numFmt).toBe('yyyy-mm-dd');
    expect(argb(ws.getRow(3).getCell(17))).toBe('FFC6EFCE');
    expect(argb(ws.getRow(3).getCell(1))).toBeNull();
    // 案件2: deadline Wednesday 12-02, as of Friday 12-04 two working days overdue; the whole row is red.
    for (let i = 1; i <= LEDGER_COLUMNS.length; i++) expect(argb(ws.getRow(4).getCell(i))).toBe('FFFFC7CE');
    expect(ws.rowCount).toBe(4);
  });
});

describe('汇总表 workbook', () => {
  it('per unit and in total: assessment figures, ledger figures, rates as percentages, cumulative', async () => {
    const wb = await reopen('summary', '2026-12-01', '2026-12-02');
    const ws = wb.getWorksheet('汇总表')!;
    expectPrintable(ws);
    const rows = new Map<string, unknown[]>();
    for (let r = 3; r <= ws.rowCount; r++) rows.set(String(ws.getRow(r).getCell(1).value), values(ws, r, 16).slice(1));
    // 排查 化解 率 | 累计 排查 化解 率 | 台账 立案 化解 率 | 台账累计 立案 化解 率 | 未办结 逾期 | 越级
    expect(rows.get('张庄村')).toEqual([2, 1, 0.5, 2, 1, 0.5, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect(rows.get('河西村')).toEqual([0, 0, null, 0, 0, null, 1, 0, 0, 1, 0, 0, 1, 0, 1]);
    expect(rows.get('李家湾村')).toEqual([0, 0, null, 0, 0, null, 0, 0, null, 0, 0, null, 0, 0, 0]);
    expect(rows.get('合计')).toEqual([2, 1, 0.5, 2, 1, 0.5, 2, 1, 0.5, 2, 1, 0.5, 1, 0, 1]);
    const zz = [...rows.keys()].indexOf('张庄村') + 3;
    expect(ws.getRow(zz).getCell(4).numFmt).toBe('0.0%');
    expect(ws.getRow(zz).getCell(2).numFmt).toBe('0');
    expect(rows.size).toBe(12 + 1 + 1); // units, 合计, the note
  });
});

describe('报送情况 workbook', () => {
  it('per unit and day: on time, late, missing, 双签; totals per unit', async () => {
    const wb = await reopen('reports', '2026-12-01', '2026-12-02');
    const ws = wb.getWorksheet('报送明细')!;
    expectPrintable(ws);
    expect(ws.rowCount).toBe(2 + 12 * 2);
    const find = (date: string, unit: string) => {
      for (let r = 3; r <= ws.rowCount; r++) {
        const v = values(ws, r, 6);
        if ((v[0] as Date).getTime() === day(date).getTime() && v[1] === unit) return v;
      }
      return undefined;
    };
    expect(find('2026-12-01', '张庄村')).toEqual([day('2026-12-01'), '张庄村', '是', '按时', '是', '王磊']);
    expect(find('2026-12-01', '河西村')?.slice(3, 5)).toEqual(['按时', '否']);
    expect(find('2026-12-01', '李家湾村')?.slice(3, 5)).toEqual(['迟报', '否']);
    expect(find('2026-12-01', '东坡社区')?.slice(3, 6)).toEqual(['漏报', '否', '']);
    expect(find('2026-12-02', '张庄村')?.slice(3, 5)).toEqual(['漏报', '否']);
    const sum = wb.getWorksheet('报送汇总')!;
    const totals = new Map<string, unknown[]>();
    for (let r = 3; r <= sum.rowCount; r++) totals.set(String(sum.getRow(r).getCell(1).value), values(sum, r, 7).slice(1));
    expect(totals.get('张庄村')).toEqual([2, 1, 0, 1, 1, 0.5]);
    expect(totals.get('李家湾村')).toEqual([2, 0, 1, 1, 0, 0]);
    expect(totals.get('东坡社区')).toEqual([2, 0, 0, 2, 0, 0]);
    expect(sum.getRow(3).getCell(7).numFmt).toBe('0.0%');
  });
});
