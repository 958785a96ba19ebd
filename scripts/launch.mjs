// `node scripts/launch.mjs main|cli [args…]`: runs the compiled JavaScript in dist/ when `npm run build` made it
// from the sources as they are now, else the TypeScript sources through tsx. So `npm start` and `npm run cli` work
// on a fresh clone with no build, start fast after a build, and never run stale code after an edit.
// Production (Docker, systemd) runs `node dist/src/main.js` directly and needs neither this file nor tsx; the command
// line's fastest start is `node dist/cli.js …` (the bundle `npm run build` makes), which skips npm and this check.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2];
if (entry !== 'main' && entry !== 'cli') {
  process.stderr.write('usage: node scripts/launch.mjs main|cli [args…]\n');
  process.exit(2);
}
// The entry's own arguments start where they would if it had been run directly.
process.argv.splice(2, 1);

/** The newest modification time under the source folders and the files the build reads. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src', 'handlers', 'jobs']) walk(`${root}${d}`);
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) newest = Math.max(newest, statSync(`${root}${f}`).mtimeMs);
  return newest;
}

function builtAt() {
  try {
    return statSync(`${root}dist/.built`).mtimeMs;
  } catch {
    return undefined;
  }
}

const built = builtAt();
if (built !== undefined && built >= newestSource()) {
  await import(pathToFileURL(entry === 'cli' ? `${root}dist/cli.js` : `${root}dist/src/main.js`).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(`${root}src/${entry}.ts`).href);
}
