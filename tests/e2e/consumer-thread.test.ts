import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type FakeWecom, startFakeWecomServer } from '../support/fake-wecom-server.js';
import { post, type ServerProcess, smartBotRequest, spawnServer } from '../support/spawn-server.js';
import { waitFor } from '../support/wait-for.js';

// With Redis, main.ts runs the handlers in a consumer thread: a message answered 200 on the HTTP thread is handled
// there, its receipt delivered by the HTTP thread's outbox, and what the thread counts shows on /metrics.

const dirs: string[] = [];
let server: ServerProcess | undefined;
let fake: FakeWecom | undefined;
afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await fake?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const metric = (text: string, name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\d+)`, 'm').exec(text)?.[1] ?? 0);

describe('the consumer thread', () => {
  it('handles what the HTTP thread acknowledged; its counters are on /metrics', async () => {
    fake = await startFakeWecomServer();
    const dir = mkdtempSync(join(tmpdir(), 'wwb-thread-'));
    dirs.push(dir);
    server = await spawnServer({
      REDIS_URL: inject('redisUrl'),
      REDIS_PREFIX: `thr${randomUUID().slice(0, 8)}`,
      WECOM_API_BASE: fake.url,
      WECOM_GROUP_WEBHOOKS: 'units-chat=units-key,leaders-chat=leaders-key',
      JOURNAL_PATH: join(dir, 'journal.jsonl'),
    });
    const base = server.base;
    const ids = ['a', 'b', 'c'];
    for (const id of ids) {
      const r = smartBotRequest({ msgid: `thr-${id}-${randomUUID()}`, text: `@维稳助手 张庄村今日零报告，无进京赴省到市上访（${id}）`, responseUrl: `${fake.url}/cgi-bin/aibot/response?response_code=RC${id}` });
      expect(await post(base, r)).toBe(200);
    }
    await waitFor('three receipts', () => fake?.to('/cgi-bin/aibot/response').length === 3);
    let text = '';
    for (const end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
      text = await (await fetch(`${base}/metrics`)).text();
      if (metric(text, 'wwb_messages_handled_total') === 3) break;
    }
    expect(metric(text, 'wwb_messages_handled_total')).toBe(3);
    expect(metric(text, 'wwb_messages_received_total')).toBe(3);
    expect(metric(text, 'wwb_reports_stored_total')).toBe(3);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
