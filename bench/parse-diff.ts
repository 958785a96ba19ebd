// Differential check of the parser: every output on a fixed set of messages, written one line a message, with its
// digest. Run it before a change meant to keep behaviour (a speed-up) and after, and compare:
//   npx tsx bench/parse-diff.ts /tmp/before.jsonl
//   npx tsx bench/parse-diff.ts /tmp/after.jsonl --against /tmp/before.jsonl
// The set: every labelled corpus under tests/fixtures (with its roster), the string literals of the parser's unit
// tests (parsed as helpers.ts parses them), 50,000 messages made as bench:parse makes them (fixed seeds) and 20,000
// made by joining random sentences of the corpora (fixed seed). Corpus and unit-test messages also go through
// explainMessage. --against prints the first differences (message, before, after) and exits 1 when any.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { explainMessage } from '../src/parser/explain.js';
import { parseMessage } from '../src/parser/parse-message.js';
import type { UnitName } from '../src/parser/schema.js';
import { UNITS as TEST_UNITS } from '../tests/unit/parser/helpers.js';
import { messageMaker, UNITS as BENCH_UNITS } from './parse-corpus.js';

const [out, flag, against] = process.argv.slice(2);
if (!out || (flag !== undefined && (flag !== '--against' || !against))) {
  console.error('usage: tsx bench/parse-diff.ts OUT.jsonl [--against BEFORE.jsonl]');
  process.exit(2);
}

interface Case {
  id: string;
  text: string;
  sentAt: Date;
  senderUnit: string | null;
  units: readonly UnitName[];
  explain: boolean;
}
const cases: Case[] = [];
const FIX = 'tests/fixtures';
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const lines = (p: string) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

// The labelled corpora, each with its roster (the two simulation logs, which have none, with the sample's).
const sampleUnits: UnitName[] = json(join(FIX, 'corpus/units.json'));
const corpora: { name: string; msgs: { id?: string; text: string; sentAt?: string; at?: string; senderUnit?: string | null }[]; units: UnitName[] }[] = [
  { name: 'sample', msgs: lines(join(FIX, 'corpus/sample.jsonl')), units: sampleUnits },
];
for (const f of readdirSync(FIX).sort()) {
  if (!f.endsWith('.jsonl')) continue;
  const stem = basename(f, '.jsonl');
  let units = sampleUnits;
  try {
    units = json(join(FIX, `${stem}.units.json`));
  } catch {
    // no roster of its own
  }
  corpora.push({ name: stem, msgs: lines(join(FIX, f)), units });
}
for (const c of corpora) {
  c.msgs.forEach((m, i) => {
    cases.push({ id: `${c.name}:${m.id ?? i}`, text: m.text, sentAt: new Date(m.sentAt ?? m.at ?? '2026-10-01T10:00:00+08:00'), senderUnit: m.senderUnit ?? null, units: c.units, explain: true });
  });
}

// The unit tests' invented messages: every string literal with a CJK character, from a member of 杨树村 and from
// no unit, at helpers.ts's time.
const TEST_DIR = 'tests/unit/parser';
const LITERAL = /'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.)*)`/g;
const seenLit = new Set<string>();
for (const f of readdirSync(TEST_DIR).sort()) {
  if (!f.endsWith('.test.ts')) continue;
  const src = readFileSync(join(TEST_DIR, f), 'utf8');
  for (const m of src.matchAll(LITERAL)) {
    const raw = m[1] ?? m[2] ?? '';
    if (!/[\u4e00-\u9fa5]/.test(raw)) continue;
    const text = raw.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1');
    if (seenLit.has(text)) continue;
    seenLit.add(text);
    for (const senderUnit of ['杨树村', null]) {
      cases.push({ id: `unit:${f}:${seenLit.size}:${senderUnit ?? '-'}`, text, sentAt: new Date('2026-11-20T15:00:00+08:00'), senderUnit, units: TEST_UNITS, explain: true });
    }
  }
}

// bench:parse's messages, fixed seeds.
for (const seed of [1, 2, 3, 4, 5]) {
  messageMaker(seed)(10_000).forEach((m, i) => {
    cases.push({ id: `bench:${seed}:${i}`, text: m.text, sentAt: m.sentAt, senderUnit: m.senderUnit, units: BENCH_UNITS, explain: false });
  });
}

// Sentences of the corpora joined at random (1 to 4 of them, from corpora of the same roster).
{
  let s = 20240607;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const pools = corpora.map((c) => ({
    units: c.units,
    sentences: c.msgs.flatMap((m) => m.text.split(/(?<=[。；;！!？?\n])/)).filter((x) => x.trim()),
    senders: [null, ...c.units.map((u) => u.name)],
  }));
  for (let i = 0; i < 20_000; i++) {
    const p = pools[rnd(pools.length)]!;
    const n = 1 + rnd(4);
    let text = '';
    for (let k = 0; k < n; k++) text += p.sentences[rnd(p.sentences.length)];
    const sentAt = new Date(Date.parse('2026-10-01T00:00:00Z') + rnd(60 * 86_400) * 1000);
    cases.push({ id: `mix:${i}`, text, sentAt, senderUnit: p.senders[rnd(p.senders.length)]!, units: p.units, explain: false });
  }
}

const t0 = Date.now();
const rows: string[] = [];
for (const c of cases) {
  const input = { text: c.text, sentAt: c.sentAt, senderUnit: c.senderUnit };
  const r = parseMessage(input, c.units);
  let row = `${c.id}\t${JSON.stringify(r)}`;
  if (c.explain) {
    let e: unknown;
    try {
      e = explainMessage(input, c.units);
    } catch (err) {
      e = { threw: String(err) };
    }
    row += `\t${JSON.stringify(e)}`;
  }
  rows.push(row);
}
const ms = Date.now() - t0;
writeFileSync(out, `${rows.join('\n')}\n`);
// PARSE_DIFF_TEXTS=FILE writes each message's id and text, to read the differences of generated messages by.
if (process.env.PARSE_DIFF_TEXTS) writeFileSync(process.env.PARSE_DIFF_TEXTS, `${cases.map((c) => `${c.id}\t${JSON.stringify(c.text)}`).join('\n')}\n`);
const digest = createHash('sha256').update(rows.join('\n')).digest('hex');
console.log(`${cases.length} messages parsed in ${(ms / 1000).toFixed(1)} s; sha256 ${digest}; written to ${out}`);

if (against) {
  const before = readFileSync(against, 'utf8').split('\n').filter(Boolean);
  const byId = new Map(before.map((l) => [l.slice(0, l.indexOf('\t')), l] as const));
  const text = new Map(cases.map((c) => [c.id, c.text] as const));
  let diffs = 0;
  for (const row of rows) {
    const id = row.slice(0, row.indexOf('\t'));
    const b = byId.get(id);
    if (b === row) continue;
    diffs++;
    if (diffs <= 15) console.log(`\n≠ ${id}: ${JSON.stringify(text.get(id))}\n  before: ${b?.slice(id.length + 1, id.length + 1500) ?? '(missing)'}\n  after:  ${row.slice(id.length + 1, id.length + 1500)}`);
  }
  if (before.length !== rows.length) console.log(`\nbefore had ${before.length} rows, now ${rows.length}`);
  console.log(diffs === 0 && before.length === rows.length ? 'identical to the before file' : `${diffs} messages differ`);
  process.exit(diffs === 0 && before.length === rows.length ? 0 : 1);
}
