import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A copy of the application as a fresh clone has it (sources, scripts, package files, the sample roster; the
// installed node_modules linked in), in a temporary folder, so that a test can build it, or leave it unbuilt, and
// start it with `npm start` without touching this checkout's dist/.

const root = new URL('../..', import.meta.url).pathname;
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'roster.sample.json'];
const FOLDERS = ['scripts', 'src', 'handlers', 'jobs'];

export function copyApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wwb-app-'));
  for (const f of [...FILES, ...FOLDERS]) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** `npm run build` in the copy (tsc and the CLI bundle); throws with the compiler's output on failure. */
export function buildApp(dir: string): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'pipe' });
}

export function removeApp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Takes tsx out of the copy's node_modules (each other package stays linked): the launcher can then only run dist/,
 * so a test that passes there ran the build, as production does without dev dependencies.
 */
export function withoutTsx(dir: string): void {
  const modules = join(dir, 'node_modules');
  rmSync(modules, { force: true });
  mkdirSync(modules);
  for (const e of readdirSync(join(root, 'node_modules'))) if (e !== 'tsx') symlinkSync(join(root, 'node_modules', e), join(modules, e));
}
