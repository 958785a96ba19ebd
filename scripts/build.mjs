// `npm run build`: compiles src/, handlers/ and jobs/ to dist/ with tsc (same compiler and settings as the type
// check: no second toolchain to keep in step), copies the non-TypeScript files those folders hold (templates and the
// like) beside the compiled code so paths relative to import.meta.url still resolve, and stamps the build for
// scripts/launch.mjs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
rmSync(`${root}dist`, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });

let assets = 0;
const copyAssets = (rel) => {
  for (const e of readdirSync(`${root}${rel}`, { withFileTypes: true })) {
    const p = `${rel}/${e.name}`;
    if (e.isDirectory()) copyAssets(p);
    else if (!/\.(ts|mts|cts)$/.test(e.name)) {
      mkdirSync(`${root}dist/${rel}`, { recursive: true });
      cpSync(`${root}${p}`, `${root}dist/${p}`);
      assets++;
    }
  }
};
for (const d of ['src', 'handlers', 'jobs']) copyAssets(d);
writeFileSync(`${root}dist/.built`, `${new Date().toISOString()}\n`);
process.stdout.write(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${assets} asset files copied)\n`);
