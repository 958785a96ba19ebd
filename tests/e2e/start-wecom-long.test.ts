import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeWecomWsServer } from '../support/fake-wecom-ws-server.js';
import { freePort } from '../support/redis-global-setup.js';
import { waitFor } from '../support/wait-for.js';

// `npm start` with WECOM_MODE=long against the fake long-connection server and the sample roster: the bot dials
// out, subscribes, answers a report on its req_id, pushes the alert to the leaders' group, and stops cleanly.


let server: FakeWecomWsServer | undefined;
afterEach(async () => {
  await server?.stop();
});

describe('npm start with WECOM_MODE=long', () => {
  it('subscribes, answers on the req_id, pushes to the leaders’ group, and exits 0 on SIGTERM', async () => {
    server = await new FakeWecomWsServer().start();
    const port = await freePort();
    // What `npm start` runs: dist/ when built from the current sources, else the sources through tsx.
    const child = spawn(process.execPath, ['scripts/launch.mjs', 'main'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        TZ: 'UTC',
        WECOM_MODE: 'long',
        WECOM_BOT_ID: server.botId,
        WECOM_BOT_SECRET: server.secret,
        WECOM_WS_URL: server.url,
        JOURNAL_PATH: '/dev/null',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      const peer = await waitFor('the subscription', () => server!.live(), 15_000);
      server.sendText({ userid: 'leader-li', chatid: 'leaders-chat', content: '帮助' });
      const reqId = server.sendText({ userid: 'zhangzhuang-clerk', chatid: 'units-chat', content: '张庄村重点人员王某某今日情绪激动，扬言要进京上访，目前在家，已安排专人稳控。' });
      const receipt = await waitFor('the receipt', () => peer.received.find((f) => f.cmd === 'aibot_respond_msg' && f.headers.req_id === reqId), 5000);
      expect(receipt.body.msgtype).toBe('markdown');
      expect(receipt.body.markdown.content).toContain('张庄村');
      const alert = await waitFor('the alert', () => peer.received.find((f) => f.cmd === 'aibot_send_msg'));
      expect(alert.body).toMatchObject({ chatid: 'leaders-chat', msgtype: 'markdown' });
      expect(out).not.toContain(server.secret);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(0);
  });
});
