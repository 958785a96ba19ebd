import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/redis-global-setup.js';

/** `npm start`'s entry with nothing configured, on a free loopback port; its output gathered as it comes. */
async function startBot() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const io = { out: '', err: '' };
  child.stdout.on('data', (c: Buffer) => (io.out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (io.err += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  return { port, child, io, exited };
}

// `npm start` with no configuration: console chat on the embedded defaults (sample roster, in-memory store).
describe('npm start on embedded defaults', () => {
  it('answers a typed zero report in the console and exits on /quit', async () => {
    const { port, child, io, exited } = await startBot();
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 300 && !re.test(io.out); i++) await new Promise((r) => setTimeout(r, 50));
      return re.test(io.out);
    };
    expect(await waitFor(/本地控制台/)).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    child.stdin.write('张庄村零报告\n');
    expect(await waitFor(/已登记：张庄村 \d+月\d+日 零报告/)).toBe(true);
    child.stdin.write('/quit\n');
    expect(health?.status).toBe(200);
    expect(await exited).toBe(0);
    expect(io.err).toContain('REDIS_URL');
  });

  it('answers every line typed before /quit, even when they come all at once', async () => {
    const { child, io, exited } = await startBot();
    // All at once, as `printf … | npm start` does: nothing waits for a reply before /quit.
    // The team leader's 确认 and the leader's question come straight after the reports they are about: handled in
    // the chat's order (chat-order.ts), the 确认 finds the head's report and the question counts both units.
    child.stdin.end('/as 张建国\n张庄村零报告\n/as 刘芳\n确认\n/as 北岭村\n北岭村今日零报告\n帮助\n/as 李镇长\n今天谁没报\n/quit\n');
    expect(await exited).toBe(0);
    expect(io.out).toMatch(/已登记：张庄村 \d+月\d+日 零报告/);
    expect(io.out).toMatch(/已确认：张庄村 \d+月\d+日报告/);
    expect(io.out).toMatch(/已登记：北岭村 \d+月\d+日 零报告/);
    expect(io.out).toContain('请@我发送');
    expect(io.out).toMatch(/尚未报送（10个）/);
  });

  it('gives a leader who types 看板 a link that opens the board, with no 看板 settings', async () => {
    const { port, child, io, exited } = await startBot();
    child.stdin.write('/as 李镇长\n看板\n');
    for (let i = 0; i < 300 && !/\/web\/login\?t=\S+/.test(io.out); i++) await new Promise((r) => setTimeout(r, 50));
    const link = /(http:\/\/127\.0\.0\.1:(\d+)\/web\/login\?t=(\S+))/.exec(io.out);
    expect(link?.[2]).toBe(String(port));
    // The link shows a button; pressing it (the form's POST) logs in and lands on today's board.
    const page = await fetch(link![1]!);
    expect(page.status).toBe(200);
    const login = await fetch(`http://127.0.0.1:${port}/web/login`, { method: 'POST', body: new URLSearchParams({ t: link![3]! }), redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const board = await fetch(`http://127.0.0.1:${port}${login.headers.get('location')}`, { headers: { cookie } });
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('张庄村');
    child.stdin.write('/quit\n');
    expect(await exited).toBe(0);
  });
});
