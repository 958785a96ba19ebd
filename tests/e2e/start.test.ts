import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/redis-global-setup.js';

// `npm start` with no configuration: console chat on the embedded defaults (sample roster, in-memory store).
describe('npm start on embedded defaults', () => {
  it('answers a typed zero report in the console and exits on /quit', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', TZ: 'UTC' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 300 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 50));
      return re.test(out);
    };
    expect(await waitFor(/本地控制台/)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    child.stdin.write('张庄村零报告\n');
    expect(await waitFor(/已登记：张庄村 \d+月\d+日 零报告/)).toBe(true);
    child.stdin.write('/quit\n');
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(health?.status).toBe(200);
    expect(code).toBe(0);
    expect(err).toContain('REDIS_URL');
  });

  it('answers every line typed before /quit, even when they come all at once', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', TZ: 'UTC' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.resume();
    // All at once, as `printf … | npm start` does: nothing waits for a reply before /quit.
    child.stdin.end('张庄村零报告\n/as 北岭村\n北岭村今日零报告\n帮助\n/quit\n');
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(0);
    expect(out).toMatch(/已登记：张庄村 \d+月\d+日 零报告/);
    expect(out).toMatch(/已登记：北岭村 \d+月\d+日 零报告/);
    expect(out).toContain('请@我发送');
  });
});
