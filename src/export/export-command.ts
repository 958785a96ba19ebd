import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { isValidIsoDate, shanghaiDate } from '../dates.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { indexRoster, loadRoster } from '../roster.js';
import { createWorkCalendar } from '../scheduler/work-calendar.js';
import { createStore } from '../store/create-store.js';
import { buildExport, EXPORT_KINDS, type ExportKind } from './export-data.js';

// `cli export ledger|summary|reports --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx`: reads the configured
// store (REDIS_URL, REDIS_PREFIX, ROSTER_PATH as the server does) and writes one workbook. Exit 0 written, 1 failed,
// 2 bad arguments.

const USAGE = 'usage: export ledger|summary|reports --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx';
type Writable = { write(s: string): unknown };

export async function runExportCommand(args: string[], stdout: Writable, stderr: Writable, env: Record<string, string | undefined> = process.env, today = shanghaiDate(new Date())): Promise<number> {
  const fail = (message: string, code = 2) => {
    stderr.write(`${message}\n`);
    return code;
  };
  let parsed: { values: { from?: string; to?: string; out?: string }; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
  const kind = parsed.positionals[0] as ExportKind | undefined;
  const { from, to, out } = parsed.values;
  if (!kind || !EXPORT_KINDS.includes(kind) || parsed.positionals.length > 1) return fail(USAGE);
  if (!from || !isValidIsoDate(from) || !to || !isValidIsoDate(to)) return fail(`--from and --to must be dates YYYY-MM-DD, e.g. --from 2026-10-01 --to 2026-10-15\n${USAGE}`);
  if (from > to) return fail('--from is after --to');
  if (!out?.endsWith('.xlsx')) return fail(`--out must name an .xlsx file\n${USAGE}`);

  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    return fail(err instanceof ConfigError ? err.message : (err as Error).message);
  }
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, destination: { write: (s: string) => void stderr.write(s) } });
  let roster: ReturnType<typeof indexRoster>;
  try {
    roster = indexRoster(loadRoster(config.ROSTER_PATH));
  } catch (err) {
    return fail(err instanceof AppError ? `${err.message}${err.hint ? ` (${err.hint})` : ''}` : (err as Error).message);
  }
  if (!config.REDIS_URL) stderr.write('REDIS_URL 未配置：内存存储里没有数据，导出的表是空表。\n');
  const { store, cases } = createStore(config, logger);
  try {
    const calendar = createWorkCalendar({ periods: roster.roster.periods, overridesPath: config.HOLIDAYS_PATH, logger });
    const wb = await buildExport({ roster, store, cases, calendar }, kind, from, to, to < today ? to : today);
    await writeFile(out, Buffer.from(await wb.xlsx.writeBuffer()));
    stdout.write(`${out}\n`);
    return 0;
  } catch (err) {
    return fail(`export failed: ${(err as Error).message}`, 1);
  } finally {
    await store.close();
  }
}
