import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { InboundMessage } from '../../src/core/message.js';
import { encodeInbound } from '../../src/core/message-codec.js';
import { createKeys } from '../../src/store/keys.js';
import { createRedisQueue } from '../../src/store/redis-queue.js';

// A message whose handling crashes the consumer process (not a throw the inbox can catch): each restart reads it
// back from the pending list, its delivery count grows, and past the cap it is parked with an alert instead of
// killing the process again. The messages read beside it are handled, none of them parked.

const children: ChildProcess[] = [];
const clients: Redis[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of clients) c.disconnect();
});

function startConsumer(env: Record<string, string>): { child: ChildProcess; exited: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crashing-consumer.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<string>((r) => child.once('exit', (code, signal) => r(signal ?? String(code))));
  return { child, exited };
}

describe('a message that crashes the consumer every time', () => {
  it('ends in the dead-letter list with an alert after the delivery cap; the others are handled', async () => {
    const url = inject('redisUrl');
    const redis = new Redis(url);
    clients.push(redis);
    const prefix = `poison${randomUUID().slice(0, 8)}`;
    const queue = createRedisQueue({ redis, keys: createKeys(prefix), township: '测试镇', queue: 'inbox', consumer: 'producer' });
    const msg = (id: string, text: string): InboundMessage => ({ platform: 'wecom', msgId: id, chatId: 'c1', userId: `u${id}`, text, at: new Date() });
    const ids = Array.from({ length: 12 }, (_, i) => `m${i}`);
    for (const id of ids) await queue.enqueue(`wecom:${id}`, encodeInbound(msg(id, id === 'm5' ? 'CRASH' : `报告 ${id}`)), 600);

    const maxDeliveries = 3;
    const exits: string[] = [];
    const handled = async () => new Set(await redis.lrange(`${prefix}:handled`, 0, -1));
    // A supervisor's restarts (systemd, Docker): start again after each crash, until the queue is empty.
    for (let run = 0; run < maxDeliveries + 3; run++) {
      const c = startConsumer({ REDIS_URL: url, PREFIX: prefix, MAX_DELIVERIES: String(maxDeliveries) });
      const settled = await Promise.race([
        c.exited,
        (async () => {
          for (let i = 0; i < 600; i++) {
            if ((await queue.size()) === 0) return 'drained';
            await new Promise((r) => setTimeout(r, 50));
          }
          return 'stuck';
        })(),
      ]);
      if (settled === 'drained') {
        c.child.kill('SIGTERM');
        await c.exited;
        break;
      }
      exits.push(settled);
    }

    // It killed the process each time it was handed out, maxDeliveries times; the next start parked it unhandled.
    expect(exits).toEqual(Array(maxDeliveries).fill('SIGKILL'));
    const dead = await queue.deadLetters();
    expect(dead.map((d) => JSON.parse(d.payload).msgId)).toEqual(['m5']);
    expect(dead[0]?.error).toContain(`delivered ${maxDeliveries + 1} times`);
    const alerts = (await redis.lrange(`${prefix}:alerts`, 0, -1)).map((a) => JSON.parse(a) as { msgId: string });
    expect(alerts.map((a) => a.msgId)).toEqual(['m5']);
    // Every other message handled (at least once: one finished just before a crash may run again, which the real
    // handlers make harmless), none of them parked.
    expect([...(await handled())].sort()).toEqual(ids.filter((id) => id !== 'm5').sort());
    expect(await queue.size()).toBe(0);
  }, 120_000);
});
