import { type ChildProcess, spawn } from 'node:child_process';
import { sealMessage, signatureOf } from '../../src/platforms/wecom/crypto.js';
import { freePort } from './redis-global-setup.js';

// The real server (src/main.ts) in its own process, for tests that kill it, stop it with SIGTERM or run two.

export const BOT = { token: 'e2eToken', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** Every stdout line (pino JSON). */
  lines: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(env: Record<string, string>, port?: number): Promise<ServerProcess> {
  const p = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    // CATCHUP_HOURS=0: between 08:00 and 14:00 in Shanghai a start-up would send the morning digest, one more message
    // to the leaders than the tests' own; the catch-up has its own tests (scheduler.test.ts).
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', PORT: String(p), HOST: '127.0.0.1', LOG_LEVEL: 'info', CATCHUP_HOURS: '0', WECOM_TOKEN: BOT.token, WECOM_ENCODING_AES_KEY: BOT.aesKey, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buf = '';
  child.stdout?.on('data', (c: Buffer) => {
    buf += c.toString();
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  for (let i = 0; i < 2400; i++) {
    if (lines.some((l) => l.includes('server listening'))) break;
    if (child.exitCode !== null) throw new Error(`server exited at start: ${err}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  if (!lines.some((l) => l.includes('server listening'))) throw new Error(`server did not start: ${err}`);
  return { child, port: p, base: `http://127.0.0.1:${p}`, lines, exited };
}

/** A signed, encrypted smart-bot callback, as WeCom sends it (same request again = a redelivery). */
export function smartBotRequest(o: { msgid: string; text: string; userid?: string; responseUrl?: string; at?: Date }) {
  const payload = {
    msgid: o.msgid,
    aibotid: 'AIBOT',
    chatid: 'units-chat',
    chattype: 'group',
    from: { userid: o.userid ?? 'stranger' },
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    msgtype: 'text',
    text: { content: o.text },
  };
  const enc = sealMessage(BOT, JSON.stringify(payload));
  const timestamp = String(Math.floor((o.at ?? new Date()).getTime() / 1000));
  const nonce = `n-${o.msgid}`;
  const q = new URLSearchParams({ msg_signature: signatureOf(BOT.token, timestamp, nonce, enc), timestamp, nonce });
  return { path: `/wecom/callback?${q}`, body: JSON.stringify({ encrypt: enc }) };
}

/** Posts a request; the status, or 0 when the connection failed (the server died). */
export async function post(base: string, r: { path: string; body: string }): Promise<number> {
  try {
    const res = await fetch(`${base}${r.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}
