import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The shared scorer over the sample corpus and over our two blind holdout corpora, through the real CLI
// (npm run cli -- parse). The holdouts were written and labelled from the contract alone by someone who had not
// seen the parser (the second with its own township's roster); they are kept as regression corpora, so a rule
// tuned for one wording cannot silently break another. Every case must stay right and no zero report unsafe.
const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const CORPORA: [string, string, string][] = [
  ['the sample corpus', `${shared}sample.jsonl`, `${shared}units.json`],
  ['holdout 1 (青石镇 units)', `${root}tests/fixtures/parser-holdout.jsonl`, `${shared}units.json`],
  ['holdout 2 (云溪镇, its own roster)', `${root}tests/fixtures/parser-holdout-2.jsonl`, `${root}tests/fixtures/parser-holdout-2.units.json`],
];

function score(corpus: string, units: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${shared}score-parse.mjs`, corpus, units], { cwd: root, env: { ...process.env, PARSE_BAR: '100' }, maxBuffer: 8 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

describe('parser corpora (shared scorer, whole CLI)', () => {
  it.each(CORPORA)('%s: every message fully right, no unsafe zero report', async (_name, corpus, units) => {
    const { code, out } = await score(corpus, units);
    expect(out).toMatch(/fully right \(100\.0%\), unsafe zero reports: 0/);
    expect(code).toBe(0);
  }, 120_000);
});
