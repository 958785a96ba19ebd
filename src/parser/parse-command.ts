import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { loadRoster } from '../roster.js';
import { parseWarningText } from '../strings.js';
import { readFileSync } from 'node:fs';
import { explainMessage } from './explain.js';
import { parseMessage } from './parse-message.js';
import type { UnitName } from './schema.js';

// `cli parse [--units UNITS.json] [--explain] < messages.jsonl > results.jsonl` (shared/spec/parse-contract.md).
// Streams line by line; a bad line gets an error line and the run goes on; exit 2 only when it cannot start.

const UnitsFileSchema = z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })).min(1);
const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().nullable(),
  text: z.string({ error: 'the line has no "text" (string)' }),
  sentAt: z.string({ error: 'the line has no "sentAt" (ISO 8601 time, e.g. "2026-10-01T16:00:00+08:00")' }),
  senderUnit: z.string().nullable().optional(),
});

function loadUnits(args: string[]): UnitName[] {
  const i = args.indexOf('--units');
  if (i >= 0) {
    const path = args[i + 1];
    if (!path) throw new Error('--units needs a file path: --units UNITS.json');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new Error(`cannot read the units file ${path}: ${(err as Error).message}`);
    }
    const res = UnitsFileSchema.safeParse(data);
    if (!res.success) {
      const lines = res.error.issues.map((x) => `  ${x.path.join('.') || '(root)'}: ${x.message}`);
      throw new Error(`${path} is not a units list ([{ "name": "张庄村", "aliases": ["张庄"] }]):\n${lines.join('\n')}`);
    }
    return res.data;
  }
  const config = loadConfig();
  return loadRoster(config.ROSTER_PATH).units.map((u) => ({ name: u.name, aliases: u.aliases }));
}

function idOf(v: unknown): string | number | null {
  if (v && typeof v === 'object' && 'id' in v) {
    const id = (v as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

export function parseLine(line: string, units: readonly UnitName[], known: ReadonlySet<string>, explain = false): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const res = LineSchema.safeParse(data);
  if (!res.success) {
    const msg = res.error.issues.map((x) => (x.path.length ? `${x.path.join('.')}: ${x.message}` : x.message)).join('; ');
    return { id: idOf(data), error: msg };
  }
  const { id, text, sentAt, senderUnit } = res.data;
  const at = new Date(sentAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(sentAt) || Number.isNaN(at.getTime())) {
    return { id: id ?? null, error: `sentAt is not an ISO 8601 time: ${JSON.stringify(sentAt).slice(0, 60)}` };
  }
  const result = parseMessage({ text, sentAt: at, senderUnit: senderUnit ?? null }, units);
  const warnings = result.warnings.map(parseWarningText);
  if (senderUnit && !known.has(senderUnit)) {
    const w = parseWarningText('unknown_unit');
    if (!warnings.includes(w)) warnings.push(w);
  }
  // Beside the contract's fields: what the parser was not sure of, and with --explain, why it decided.
  const out: Record<string, unknown> = { id: id ?? null, reports: result.reports, warnings };
  if (result.unsure) out.unsure = result.unsure;
  if (explain) out.explain = explainMessage({ text, sentAt: at, senderUnit: senderUnit ?? null }, units);
  return out;
}

export async function runParseCommand(
  args: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  let units: UnitName[];
  try {
    units = loadUnits(args);
  } catch (err) {
    stderr.write(`parse: ${(err as Error).message}\n`);
    return 2;
  }
  const known = new Set(units.flatMap((u) => [u.name, ...u.aliases]));
  const explain = args.includes('--explain');
  const rl = createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const chunk = `${batch.join('\n')}\n`;
    batch = [];
    if (!stdout.write(chunk)) await new Promise<void>((resolve) => stdout.once('drain', () => resolve()));
  };
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    batch.push(JSON.stringify(parseLine(line, units, known, explain)));
    if (batch.length >= 500) await flush();
  }
  await flush();
  return 0;
}
