import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type CardChoiceStore, MemoryCardChoiceStore } from '../../src/store/card-choice-store.js';
import { createKeys } from '../../src/store/keys.js';
import { RedisCardChoiceStore } from '../../src/store/redis-card-choice-store.js';

// The buttons of sent cards, on both stores: what was put is read back per platform and card, and is gone after
// its lifetime (the manual clock on memory; Redis's own EX, checked by its TTL).

const clients: Redis[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
});

const rec = { chatId: 'cidUnits==', direct: false, choices: [{ label: '确认', command: '确认' }, { label: '包案 案件3', command: '包案 案件3 我' }] };

describe.each(['memory', 'redis'] as const)('card choice store (%s)', (kind) => {
  const clock = new ManualClock('2026-10-02T10:00:00+08:00');
  const prefix = `card${randomUUID().slice(0, 8)}`;
  const make = (): CardChoiceStore => {
    if (kind === 'memory') return new MemoryCardChoiceStore(clock);
    const r = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    clients.push(r);
    return new RedisCardChoiceStore(r, createKeys(prefix));
  };

  it('reads back a card’s buttons by platform and card id, and nothing for another', async () => {
    const store = make();
    await store.put('dingtalk', 'dwc_1', rec, 60);
    expect(await store.get('dingtalk', 'dwc_1')).toEqual(rec);
    expect(await store.get('wecom', 'dwc_1')).toBeUndefined();
    expect(await store.get('dingtalk', 'dwc_2')).toBeUndefined();
    await store.put('dingtalk', 'dwc_1', { ...rec, choices: rec.choices.slice(0, 1) }, 60);
    expect((await store.get('dingtalk', 'dwc_1'))?.choices).toEqual(rec.choices.slice(0, 1));
  });

  it('forgets a card after its lifetime', async () => {
    const store = make();
    await store.put('dingtalk', 'dwc_old', rec, 60);
    if (kind === 'memory') {
      clock.advance(61_000);
      expect(await store.get('dingtalk', 'dwc_old')).toBeUndefined();
    } else {
      const ttl = await clients.at(-1)!.ttl(createKeys(prefix).card('dingtalk', 'dwc_old'));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
    }
  });
});
