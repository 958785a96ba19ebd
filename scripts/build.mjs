// `npm run build`: compiles src/, handlers/ and jobs/ to dist/ with tsc (same compiler and settings as the type
// check: no second toolchain to keep in step), copies the non-TypeScript files those folders hold (templates and the
// like) beside the compiled code so paths relative to import.meta.url still resolve, bundles the command line, and
// stamps the build for scripts/launch.mjs.
//
// The command line is also bundled (esbuild, from tsc's JavaScript) into dist/cli.js and dist/cli-chunks/, one chunk
// per command, each loaded only when its command runs. What that buys is zod and opencc-js in one file each with
// what we do not use left out (zod alone costs ~45 ms of CPU to import as 95 files with all its locales); bundling
// our own modules measured no faster, and the CommonJS packages (ioredis, exceljs, pino…) stay outside, required
// from node_modules as they are, only by the commands that use them. The server (dist/src/main.js) is not bundled:
// it starts once, and its web pages find their templates beside the compiled code.
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

const { build } = await import('esbuild');
const inline = new Set(['zod', 'opencc-js']);
await build({
  entryPoints: { cli: `${root}dist/src/cli.js` },
  outdir: `${root}dist`,
  chunkNames: 'cli-chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  plugins: [
    {
      name: 'packages-outside-but-zod-and-opencc',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => {
          const pkg = a.path.startsWith('@') ? a.path.split('/').slice(0, 2).join('/') : a.path.split('/')[0];
          return inline.has(pkg) ? undefined : { path: a.path, external: true };
        });
      },
    },
  ],
});
writeFileSync(`${root}dist/.built`, `${new Date().toISOString()}\n`);
process.stdout.write(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${assets} asset files copied)\n`);
