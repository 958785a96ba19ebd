import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDispatch } from '../../handlers/index.js';
import { createInbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { parseRoster, type Roster } from '../../src/roster.js';
import { createKeys } from '../../src/store/keys.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import { makeDeps } from '../support/make-deps.js';

// 1,000 units report at the same moment through the real Inbox and handlers into real Redis, and 10% of the
// messages are delivered a second time (platform redelivery) while the first ones are still in flight.
// Every report must be stored exactly once: nothing lost, no duplicates, one receipt per message.

const UNITS = 1000;
const DATE = '2026-11-23';
const A = '东西南北上下前后左右新老大小高低长短青红白黄金银石竹松柏桃李明光春秋冬夏';
const B = '风山河湖田林泉塘桥岭湾坪坝沟溪源庄园屯寨堡店集营岗冲坡洼滩洲';

function bigRoster(): Roster {
  const units = Array.from({ length: UNITS }, (_, i) => ({
    name: `${A[Math.floor(i / B.length)]}${B[i % B.length]}村`,
    members: [{ id: `r${i}`, name: `报告员${i}`, role: 'reporter' as const }],
  }));
  return parseRoster({ township: '千村镇', units, groups: [{ platform: 'wecom', chatId: 'units-chat', kind: 'units' }] });
}

function text(unit: string, i: number): string {
  if (i % 2 === 0) return `${unit}今日零报告`;
  return `${unit}日研判：今日排查矛盾纠纷${i % 3}起，已化解${i % 3}起，无上访，重点人员3人均稳定，总体稳定。`;
}

describe('1,000 units reporting concurrently through the handlers into real Redis', () => {
  let redis: Redis;
  let store: RedisReportStore;
  const prefix = `t-${randomUUID()}`;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1, enableAutoPipelining: true });
    store = new RedisReportStore(redis, { prefix, rawRetentionDays: 180, logger: silentLogger });
  });
  afterAll(() => store.close());

  it('stores every report exactly once, also with redeliveries, and answers each message once', async () => {
    const roster = bigRoster();
    expect(new Set(roster.units.map((u) => u.name)).size).toBe(UNITS);
    const { deps, sent } = makeDeps({ now: `${DATE}T10:00:00+08:00`, store, roster });
    const inbox = createInbox({ store, logger: deps.logger, metrics: deps.metrics, dedupeTtlSeconds: 3600, dispatch: createDispatch(deps) });

    const msgs: InboundMessage[] = roster.units.map((u, i) => ({
      platform: 'wecom',
      msgId: `conc-${i}-${randomUUID()}`,
      chatId: 'units-chat',
      userId: u.members[0]!.id,
      text: text(u.name, i),
      at: new Date(Date.parse(`${DATE}T10:00:00+08:00`) + i * 37),
    }));
    const redeliveries = msgs.filter((_, i) => i % 10 === 3).map((m) => ({ ...m }));
    expect(redeliveries).toHaveLength(UNITS / 10);

    // All at once, redeliveries interleaved with the originals.
    const outcomes = await Promise.all([...msgs, ...redeliveries].map((m) => inbox.accept(m)));
    await inbox.drain();
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(UNITS);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(UNITS / 10);

    const day = await store.getDay(roster.township, DATE);
    expect(day.size).toBe(UNITS);
    roster.units.forEach((u, i) => {
      const got = day.get(u.name);
      expect(got, u.name).toBeDefined();
      const reports = [got!.zero, got!.assessment, got!.keyPersons, ...got!.incidents].filter(Boolean);
      expect(reports, u.name).toHaveLength(1);
      const r = reports[0]!;
      expect(r.kind).toBe(i % 2 === 0 ? 'zero_report' : 'daily_assessment');
      expect(r.meta.msgId).toBe(msgs[i]!.msgId);
      expect(r.meta.senderId).toBe(`r${i}`);
      if (r.kind === 'daily_assessment') expect(r.counts.disputesFound).toBe(i % 3);
    });
    // No stray field besides the 1,000 reports in the day hash (fields starting with '_' are the day's version
    // and cached totals, not reports).
    const fields = await redis.hkeys(createKeys(prefix).day(roster.township, DATE));
    expect(fields.filter((f) => !f.startsWith('_'))).toHaveLength(UNITS);

    const raw = await store.rawMessages(roster.township, DATE);
    expect(raw).toHaveLength(UNITS);
    expect(new Set(raw.map((m) => m.msgId))).toEqual(new Set(msgs.map((m) => m.msgId)));

    const stored = (await deps.metrics.reportsStored.get()).values.reduce((s, v) => s + v.value, 0);
    expect(stored).toBe(UNITS);
    const dropped = (await deps.metrics.duplicatesDropped.get()).values.reduce((s, v) => s + v.value, 0);
    expect(dropped).toBe(UNITS / 10);
    const replies = sent.filter((m) => m.kind === 'reply');
    expect(replies).toHaveLength(UNITS);
    expect(new Set(replies.map((m) => m.replyTo?.msgId)).size).toBe(UNITS);
  });
});
