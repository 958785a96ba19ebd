import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/message.js';
import { createOutbox } from '../../../src/core/outbox.js';
import { silentLogger } from '../../../src/logger.js';
import { createMetrics } from '../../../src/ops/metrics.js';
import { createMemoryQueue } from '../../../src/store/memory-queue.js';

const reply = (text: string): OutboundMessage => ({ platform: 'wecom', chatId: 'units-chat', kind: 'reply', text, mentions: [] });
const alert = (text: string): OutboundMessage => ({ platform: 'wecom', chatId: 'leaders-chat', kind: 'alert', text, mentions: [] });

describe('outbox', () => {
  it('sends each (source, recipient, kind, n) once, however often the source is handled', async () => {
    const delivered: string[] = [];
    const queue = createMemoryQueue();
    const outbox = createOutbox({ queue, deliver: async (m) => void delivered.push(`${m.kind}:${m.text}`), logger: silentLogger, metrics: createMetrics() });
    outbox.start();
    const handle = async (source: string) => {
      const from = outbox.from(source);
      await from.send(alert('一'));
      await from.send(alert('二'));
      await from.send(reply('收到'));
    };
    await handle('msg:wecom:1');
    await handle('msg:wecom:1'); // a retry or a second instance: the same claims
    await handle('msg:wecom:2');
    await outbox.idle();
    expect(delivered).toEqual(['alert:一', 'alert:二', 'reply:收到', 'alert:一', 'alert:二', 'reply:收到']);
    // Outside any source (a job that claims its slot itself): every send is its own.
    await outbox.send(reply('提醒'));
    await outbox.send(reply('提醒'));
    await outbox.idle();
    expect(delivered.filter((d) => d === 'reply:提醒')).toHaveLength(2);
    await outbox.stop();
  });

  it('parks a send the clients gave up on in the dead-letter list; after stop(), a failed delivery stays queued', async () => {
    const metrics = createMetrics();
    const queue = createMemoryQueue();
    let release: (e: Error) => void = () => {};
    const outbox = createOutbox({
      queue,
      metrics,
      logger: silentLogger,
      deliver: async (m) => {
        if (m.text === 'broken') throw new Error('errcode 93000');
        if (m.text === 'slow') await new Promise<void>((_r, reject) => (release = reject));
      },
    });
    outbox.start();
    await outbox.from('msg:wecom:9').send(reply('broken'));
    await outbox.idle();
    expect((await queue.deadLetters()).map((d) => d.error)).toEqual(['errcode 93000']);

    await outbox.send(reply('slow'));
    await new Promise((r) => setTimeout(r, 20));
    await outbox.stop();
    release(new Error('client closed'));
    await outbox.settled();
    expect(await queue.size()).toBe(1);
    expect(await queue.deadLetters()).toHaveLength(1);
  });
});
