import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { type JournalWriter, openJournal } from '../../src/ops/journal.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { sealMessage, signatureOf } from '../../src/platforms/wecom/crypto.js';
import { wecomRoutes } from '../../src/platforms/wecom/routes.js';
import { createServer } from '../../src/server.js';
import { FlakyStore } from '../support/flaky-store.js';

// Redis away and the journal's disk full: a message that cannot be kept anywhere is answered 503 (the platform
// redelivers it), the journal keeps whole lines only, and the redelivery after space came back is kept and
// handled once. The disk is simulated by a writer that really writes part of the data and then fails with ENOSPC,
// the way write(2) behaves when a filesystem fills up mid-write.

const BOT = { token: 'diskToken', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', receiveId: '' };
const NOW = new Date('2026-11-23T02:30:00Z');
const dir = mkdtempSync(join(tmpdir(), 'wwb-diskfull-'));
let server: Server | undefined;
afterAll(async () => {
  if (server) await new Promise<void>((r) => server?.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('journal on a full disk', () => {
  it('answers 503 instead of 200, keeps whole lines only, and keeps the redelivery once space is back', async () => {
    let full = false;
    const write: JournalWriter = async (fh, data) => {
      if (!full) return fh.write(data);
      await fh.write(data.subarray(0, Math.floor(data.length / 2))); // part of the line reaches the file
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const path = join(dir, 'journal.jsonl');
    const journal = await openJournal({ path, logger: silentLogger, write });
    const store = new FlakyStore();
    const handled: InboundMessage[] = [];
    const clock = new ManualClock(NOW);
    const metrics = createMetrics();
    const inbox = createInbox({ store, logger: silentLogger, metrics, dedupeTtlSeconds: 3600, journal, outageBackoffMs: 0, dispatch: async (m) => void handled.push(m) });
    const config = loadConfig({ WECOM_TOKEN: BOT.token, WECOM_ENCODING_AES_KEY: BOT.aesKey });
    server = createServer({ logger: silentLogger, routers: [wecomRoutes({ config, inbox, logger: silentLogger, metrics, clock })] }).listen(0, '127.0.0.1');
    await new Promise((r) => server?.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = async (msgid: string) => {
      const enc = sealMessage(BOT, JSON.stringify({ msgid, aibotid: 'A', chatid: 'g1', chattype: 'group', from: { userid: 'u1' }, msgtype: 'text', text: { content: '张庄村今日零报告' } }));
      const ts = String(Math.floor(clock.now().getTime() / 1000));
      const q = new URLSearchParams({ msg_signature: signatureOf(BOT.token, ts, 'n1', enc), timestamp: ts, nonce: 'n1' });
      return (await fetch(`${base}/wecom/callback?${q}`, { method: 'POST', body: JSON.stringify({ encrypt: enc }) })).status;
    };

    store.down = true;
    expect(await post('before-full')).toBe(200); // journaled
    full = true;
    expect(await post('on-full-1')).toBe(503);
    expect(await post('on-full-2')).toBe(503);
    // Whole lines only: the torn halves were cut off.
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => (JSON.parse(l) as { msg: { msgId: string } }).msg.msgId)).toEqual(['before-full']);

    full = false;
    expect(await post('on-full-1')).toBe(200); // the platform's redelivery
    expect(await post('on-full-2')).toBe(200);
    store.down = false;
    await inbox.recover();
    await inbox.drain();
    expect(handled.map((m) => m.msgId)).toEqual(['before-full', 'on-full-1', 'on-full-2']);
    await inbox.stop();
    await journal.close();
  });

  it('cuts a torn last line left by a crash at start-up (it was never acknowledged)', async () => {
    const path = join(dir, 'torn.jsonl');
    const first = await openJournal({ path, logger: silentLogger });
    await first.append({ platform: 'wecom', msgId: 'whole', chatId: 'c', userId: 'u', text: 't', at: NOW }, { claimed: false });
    await first.close();
    const { appendFileSync } = await import('node:fs');
    appendFileSync(path, '{"v":1,"id":"torn","claimed":false,"jour');
    const again = await openJournal({ path, logger: silentLogger });
    expect(again.pending()).toBe(1);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    await again.close();
  });
});
