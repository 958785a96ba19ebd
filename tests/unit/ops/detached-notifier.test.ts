import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/message.js';
import { createLogger } from '../../../src/logger.js';
import { detachSends } from '../../../src/ops/detached-notifier.js';
import type { Notifier } from '../../../src/platforms/types.js';

const out = (text: string): OutboundMessage => ({ platform: 'wecom', chatId: 'c1', kind: 'reply', text, mentions: [] });

/** A notifier held at a gate, like a platform client waiting for its rate window. */
function gatedNotifier() {
  const delivered: string[] = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => {
    open = r;
  });
  const notifier: Notifier = {
    async send(m) {
      await gate;
      if (m.text === 'boom') throw new Error('errcode 45009 api freq out of limit');
      delivered.push(m.text);
    },
  };
  return { notifier, delivered, open };
}

describe('detachSends', () => {
  it('returns at once, delivers in the background, and idle() waits for the deliveries', async () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (s: string) => void lines.push(s) } });
    const g = gatedNotifier();
    const d = detachSends(g.notifier, logger);
    await d.send(out('a'));
    await d.send(out('boom'));
    await d.send(out('b'));
    expect(g.delivered).toEqual([]);
    let idle = false;
    const waiting = d.idle().then(() => {
      idle = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(idle).toBe(false);
    g.open();
    await waiting;
    expect(g.delivered).toEqual(['a', 'b']);
    // The failed send is logged (without the text), never thrown into the replay.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('send after journal replay failed');
    expect(lines[0]).not.toContain('boom');
  });
});
