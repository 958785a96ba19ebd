import { describe, expect, it } from 'vitest';
import { createChatOrder } from '../../../src/core/chat-order.js';

/** A step that records its start and end, taking `ms` (the first of a lane is made the slowest on purpose). */
function recorder() {
  const log: string[] = [];
  const step = (name: string, ms: number, fail = false) => async () => {
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, ms));
    log.push(`end ${name}`);
    if (fail) throw new Error(name);
    return name;
  };
  const at = (e: string) => log.indexOf(e);
  return { log, step, at };
}

describe('chat order', () => {
  it("runs a lane's messages in order and other lanes meanwhile", async () => {
    const o = createChatOrder();
    const { step, at } = recorder();
    await Promise.all([o.after('c', 'unit:A', step('a1', 30)), o.after('c', 'unit:B', step('b1', 2)), o.after('c', 'unit:A', step('a2', 2)), o.after('c', 'unit:B', step('b2', 2))]);
    expect(at('end a1')).toBeLessThan(at('start a2'));
    expect(at('end b1')).toBeLessThan(at('start b2'));
    expect(at('end b2')).toBeLessThan(at('end a1'));
  });

  it('makes a whole-chat message wait for everything before it, and everything after it wait for it', async () => {
    const o = createChatOrder();
    const { step, at } = recorder();
    await Promise.all([
      o.after('c', 'unit:A', step('a1', 20)),
      o.after('c', 'unit:B', step('b1', 5)),
      o.after('c', null, step('who', 2)),
      o.after('c', 'unit:B', step('b2', 1)),
      o.after('c', 'unit:C', step('c1', 1)),
    ]);
    expect(at('end a1')).toBeLessThan(at('start who'));
    expect(at('end b1')).toBeLessThan(at('start who'));
    expect(at('end who')).toBeLessThan(at('start b2'));
    // A lane with nothing before it since the whole-chat message still follows that message.
    expect(at('end who')).toBeLessThan(at('start c1'));
  });

  it('keeps chats apart, goes on after a failure, returns each result and forgets a chat once done', async () => {
    const o = createChatOrder();
    const { step, at } = recorder();
    const failed = o.after('c', null, step('x', 20, true));
    const next = o.after('c', 'unit:A', step('a', 1));
    const other = o.after('d', null, step('d1', 1));
    await expect(failed).rejects.toThrow('x');
    expect(await next).toBe('a');
    expect(await other).toBe('d1');
    expect(at('end d1')).toBeLessThan(at('end x'));
    expect(at('end x')).toBeLessThan(at('start a'));
    await new Promise((r) => setTimeout(r, 0));
    expect(o.size).toBe(0);
  });
});
