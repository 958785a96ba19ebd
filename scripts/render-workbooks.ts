// Renders the three workbooks of the two-week fixture to PNG for a person to look at (not run in CI):
//   bash scripts/render-workbooks.sh OUTDIR
// Simulates tests/fixtures/ledger-two-weeks.jsonl in memory (sample roster), exports 台账, 汇总表 and 报送情况 to
// OUTDIR/*.xlsx, then LibreOffice headless → PDF and pdftoppm → PNG (first page of each, as printed on A4 landscape).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExport, EXPORT_KINDS } from '../src/export/export-data.js';
import { loadRoster } from '../src/roster.js';
import { createSimulator } from '../src/scheduler/simulator.js';

const outDir = resolve(process.argv[2] ?? 'renders');
mkdirSync(outDir, { recursive: true });
const roster = loadRoster(new URL('../roster.sample.json', import.meta.url).pathname);
const lines = readFileSync(new URL('../tests/fixtures/ledger-two-weeks.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const messages = lines.map((l) => JSON.parse(l) as { at: string; platform: 'wecom'; chatId: string; senderId: string; text: string });
const sim = await createSimulator({ roster, start: new Date(messages[0]!.at) });
for (const m of messages) await sim.deliver({ ...m, at: new Date(m.at) });
await sim.advanceTo(new Date('2026-11-29T23:00:00+08:00'));
const { roster: index, store, cases, calendar } = sim.deps;
for (const kind of EXPORT_KINDS) {
  const wb = await buildExport({ roster: index, store, cases, calendar }, kind, '2026-11-16', '2026-11-29');
  const xlsx = join(outDir, `${kind}.xlsx`);
  writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));
  execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'pdf', '--outdir', outDir, xlsx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', join(outDir, `${kind}.pdf`), join(outDir, kind)]);
  process.stdout.write(`${join(outDir, `${kind}.png`)}\n`);
}
