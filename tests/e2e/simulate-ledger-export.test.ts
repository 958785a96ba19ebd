import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, inject, it } from 'vitest';
import { runExportCommand } from '../../src/export/export-command.js';
import { runSimulateCommand } from '../../src/scheduler/simulate-command.js';

// An administrator's dry run: two weeks of chat (tests/fixtures/ledger-two-weeks.jsonl, sample roster) simulated into
// Redis with --keep, then the three workbooks exported from that store by `cli export`, as in production.

const ROSTER = new URL('../../roster.sample.json', import.meta.url).pathname;
const INPUT = readFileSync(new URL('../fixtures/ledger-two-weeks.jsonl', import.meta.url), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'wwb-ledger-'));

type Line = { at: string; chatId: string; kind: string; text: string; mentions: string[] };

async function simulate(): Promise<{ lines: Line[]; prefix: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runSimulateCommand(
    ['--roster', ROSTER, '--until', '2026-11-29T23:00:00+08:00', '--redis', inject('redisUrl'), '--keep'],
    Readable.from([INPUT]),
    { write: (s: string) => (stdout += s) },
    { write: (s: string) => (stderr += s) },
    {},
  );
  expect(code).toBe(0);
  const prefix = /REDIS_PREFIX=(sim-[0-9a-f-]+)/.exec(stderr)?.[1];
  expect(prefix).toBeDefined();
  return { lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line), prefix: prefix! };
}

async function exported(kind: string, prefix: string): Promise<ExcelJS.Workbook> {
  const file = join(out, `${kind}.xlsx`);
  let err = '';
  const code = await runExportCommand(
    [kind, '--from', '2026-11-16', '--to', '2026-11-29', '--out', file],
    { write: () => true },
    { write: (s: string) => (err += s) },
    { REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, ROSTER_PATH: ROSTER },
    '2026-11-30',
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('two weeks of cases, simulated and exported', () => {
  it('cases opened, assigned, progressed, overdue and closed; 督办 on working days; the three workbooks from Redis', async () => {
    const { lines, prefix } = await simulate();
    const replies = lines.filter((l) => l.kind === 'reply').map((l) => l.text);
    expect(replies.some((t) => t.startsWith('📁 已登记：案件1 张庄村'))).toBe(true);
    expect(replies.some((t) => t.includes('已立案：案件2'))).toBe(true);
    expect(replies.some((t) => t.includes('已立案：案件3'))).toBe(true);
    expect(replies.filter((t) => /^✅ 案件\d已销号/.test(t))).toHaveLength(2);
    // 案件2 was due Wednesday 18 November: 【督办】 on 19, 20, 23 and 24 November (not the weekend), gone once
    // 王主任 recorded 息诉罢访 on the 24th at 11:00 (after that day's 09:00 督办).
    const supervise = lines.filter((l) => l.text.startsWith('🔴【督办】'));
    expect(supervise.map((l) => l.at.slice(0, 10))).toEqual(['2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24']);
    expect(supervise.every((l) => l.chatId === 'leaders-chat' && l.text.includes('案件2 河西村'))).toBe(true);
    // 案件3 (due Friday 27 November) is reminded on Thursday and Friday: 张庄村's head in the units' group, 李镇长 in
    // the leaders' group.
    const due = lines.filter((l) => l.text.startsWith('⏰【办结提醒】') && l.text.includes('案件3'));
    expect(due.map((l) => `${l.at.slice(0, 10)} ${l.chatId}`)).toEqual(['2026-11-26 units-chat', '2026-11-26 leaders-chat', '2026-11-27 units-chat', '2026-11-27 leaders-chat']);
    expect(due.map((l) => l.mentions.join())).toEqual(['zhangzhuang-head', 'leader-li', 'zhangzhuang-head', 'leader-li']);

    const ledger = (await exported('ledger', prefix)).getWorksheet('台账')!;
    const cell = (r: number, c: number) => ledger.getRow(r).getCell(c).value;
    expect(ledger.rowCount).toBe(5);
    expect([3, 4, 5].map((r) => [cell(r, 1), cell(r, 2), cell(r, 17)])).toEqual([
      [1, '张庄村', '已销号'],
      [2, '河西村', '已销号'],
      [3, '张庄村', '办理中'],
    ]);
    expect([cell(3, 10), cell(3, 11), cell(3, 18), cell(3, 19)]).toEqual(['可能激化', '村调委会每日调解', new Date('2026-11-20T00:00:00Z'), new Date('2026-11-23T00:00:00Z')]);
    expect(cell(4, 17)).toBe('已销号');
    expect(cell(5, 4)).toBe('钱某与孙某某邻里纠纷');
    // As of Sunday 29 November (the range's end), 案件3 (due Friday 27th) is past its deadline, no working day yet.
    expect(cell(5, 20)).toBe(0);
    expect(ledger.getRow(5).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });

    const summary = (await exported('summary', prefix)).getWorksheet('汇总表')!;
    const total = summary.getRow(2 + 12 + 1);
    expect(total.getCell(1).value).toBe('合计');
    expect([8, 9, 10, 14, 16].map((c) => total.getCell(c).value)).toEqual([3, 2, 2 / 3, 1, 1]);

    const reports = await exported('reports', prefix);
    expect(reports.getWorksheet('报送明细')!.rowCount).toBe(2 + 12 * 14);
    const totals = reports.getWorksheet('报送汇总')!;
    const row = (unit: string) => {
      for (let r = 3; r <= totals.rowCount; r++) if (totals.getRow(r).getCell(1).value === unit) return [2, 3, 4, 5, 6].map((c) => totals.getRow(r).getCell(c).value);
      return undefined;
    };
    // 10 working days. 张庄村: zero reports on 9, the 日研判 on the 17th, signed by both every working day.
    expect(row('张庄村')).toEqual([10, 10, 0, 0, 10]);
    // 李家湾村: late on the 18th and the 25th.
    expect(row('李家湾村')).toEqual([10, 8, 2, 0, 0]);
  });
});
