import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { zeroVec } from '../../src/store/aggregates.js';
import { MemoryReportStore } from '../../src/store/memory-store.js';
import { rebuildAggregates } from '../../src/store/rebuild-aggregates.js';
import { RedisReportStore } from '../../src/store/redis-store.js';
import type { MessageWrite, ReportStore, StoredReport } from '../../src/store/report-store.js';

// Aggregates kept by the write must always equal a recomputation from the records: random sequences of reports,
// corrections, withdrawals (撤回) and signatures (确认), over days in two half-months and two years, leave nothing
// for the rebuild to find. On both stores (the Redis one keeps them in Lua, the memory one in TypeScript).

const UNITS = ['甲村', '乙村', '丙村'];
const DATES = ['2026-12-15', '2026-12-16', '2027-01-01'];
const SENDERS = ['s1', 's2'];
const MEMBERS = [
  { memberId: 'h1', role: 'head' as const },
  { memberId: 'h2', role: 'head' as const },
  { memberId: 't1', role: 'team_leader' as const },
];
const KINDS = ['zero_report', 'daily_assessment', 'key_person', 'incident'] as const;

type Body = StoredReport extends infer R ? (R extends StoredReport ? Omit<R, 'meta'> : never) : never;

const count = fc.option(fc.nat(5), { nil: undefined });
const body: fc.Arbitrary<{ b: Body; late: boolean }> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    unit: fc.constantFrom(...UNITS),
    date: fc.constantFrom(...DATES),
    late: fc.boolean(),
    correction: fc.boolean(),
    counts: fc.record({ disputesFound: count, disputesResolved: count, petitions: count, keyPersonsAbnormal: count }),
    persons: fc.array(fc.record({ name: fc.constantFrom('张三', '李四', '王五'), state: fc.constantFrom('stable', 'abnormal'), whereabouts: fc.constantFrom('home', 'away', 'unknown') }), {
      minLength: 1,
      maxLength: 2,
    }),
    escalation: fc.constantFrom(null, 'township', 'county', 'beijing'),
  })
  .map(({ kind, unit, date, late, correction, counts, persons, escalation }) => {
    const c = Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== undefined));
    const bodies: Record<(typeof KINDS)[number], Body> = {
      zero_report: { kind: 'zero_report', unit, date },
      daily_assessment: { kind: 'daily_assessment', unit, date, counts: c, level: 'stable' },
      key_person: { kind: 'key_person', unit, date, persons: [...new Map(persons.map((p) => [p.name, { ...p, escalation: null }])).values()] as never },
      incident: { kind: 'incident', unit, date, escalation, people: 3, collective: false },
    };
    // 更正 (correction) also takes the unit-day's signatures away: they were given for the version before.
    return { b: correction ? ({ ...bodies[kind], correction: true } as Body) : bodies[kind], late };
  });

type Op =
  | { op: 'report'; sender: string; bodies: { b: Body; late: boolean }[]; remove?: { unit: string; date: string; kinds: (typeof KINDS)[number][] } }
  | { op: 'undo'; sender: string }
  | { op: 'confirm'; date: string; unit: string; member: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('report' as const), sender: fc.constantFrom(...SENDERS), bodies: fc.array(body, { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('report' as const),
      sender: fc.constantFrom(...SENDERS),
      bodies: fc.array(body, { minLength: 0, maxLength: 2 }),
      remove: fc.record({ unit: fc.constantFrom(...UNITS), date: fc.constantFrom(...DATES), kinds: fc.subarray([...KINDS], { minLength: 1 }) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const), sender: fc.constantFrom(...SENDERS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('confirm' as const), date: fc.constantFrom(...DATES), unit: fc.constantFrom(...UNITS), member: fc.nat(MEMBERS.length - 1) }) },
);

let seq = 0;
/** `n` numbers the message (ids), `at` is when it came: the same n twice is the same message sent again. */
async function run(store: ReportStore, township: string, op: Op, n = ++seq, at = '2026-12-16T02:00:00.000Z'): Promise<void> {
  if (op.op === 'undo') {
    await store.undoLast(township, op.sender, { msgId: `w${n}`, at: '2026-12-16T03:00:00.000Z' });
    return;
  }
  if (op.op === 'confirm') {
    await store.confirm(township, op.date, op.unit, { ...MEMBERS[op.member]!, at: '2026-12-16T01:00:00.000Z' });
    return;
  }
  // Every other message has a WeCom-like hex id and a platform-prefixed report id (kept compact by the Redis store).
  const msgId = n % 2 ? n.toString(16).padStart(32, '0') : `p${n}`;
  const idOf = (i: number) => (n % 2 ? `wecom:${msgId}:${i}` : `${msgId}:${i}`);
  const w: MessageWrite = {
    township,
    raw: { msgId, platform: 'wecom', chatId: 'c', senderId: op.sender, at, text: '报告' },
    put: op.bodies.map(({ b, late }, i) => ({ ...b, meta: { id: idOf(i), msgId, platform: 'wecom', chatId: 'c', senderId: op.sender, receivedAt: at, late } }) as StoredReport),
    ...(op.remove ? { remove: [op.remove] } : {}),
  };
  await store.applyMessage(w);
}

function suite(name: string, make: () => ReportStore) {
  describe(`aggregates kept by the write (${name})`, () => {
    it('equal the rebuild from the records after any sequence of reports, corrections, 撤回 and 确认', async () => {
      const store = make();
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
          const township = `镇${randomUUID().slice(0, 8)}`;
          for (const op of ops) await run(store, township, op);
          const res = await rebuildAggregates(store, township, DATES[0]!, DATES.at(-1)!);
          expect(res.differences).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });

    it('rebuild reports a damaged aggregate and, asked to, writes the recomputed one', async () => {
      const store = make();
      const township = `镇${randomUUID().slice(0, 8)}`;
      await run(store, township, { op: 'report', sender: 's1', bodies: [{ b: { kind: 'incident', unit: '甲村', date: DATES[1]!, escalation: 'county', people: 2, collective: false }, late: false }] });
      const good = await store.dayAggregate(township, DATES[1]!);
      expect(good).toEqual({ sums: [1, 0, 0, 0, 0, 0, 1, 1, 0, 0], highlights: ['甲村'] });
      await store.replaceAggregates(township, new Map([[DATES[1]!, { sums: zeroVec(), highlights: [] }]]), new Map([['2026-12-2', new Map([['乙村', [1, 0, 0, 5, 0, 0, 0, 0, 0, 0]]])]]));
      const found = await rebuildAggregates(store, township, DATES[1]!, DATES[1]!);
      expect(found.differences.map((d) => `${d.where} ${d.what}`).sort()).toEqual(['day 2026-12-16 (highlights)', 'day 2026-12-16 (sums)', 'half 2026-12-2 乙村', 'half 2026-12-2 甲村']);
      expect(found.written).toBe(false);
      expect((await rebuildAggregates(store, township, DATES[1]!, DATES[1]!, { write: true })).written).toBe(true);
      expect((await rebuildAggregates(store, township, DATES[1]!, DATES[1]!)).differences).toEqual([]);
      expect(await store.dayAggregate(township, DATES[1]!)).toEqual(good);
    });
  });
}

suite('memory', () => new MemoryReportStore());

describe('report versions (history) and days: the Redis store as the memory store', () => {
  it('after any sequence of reports, corrections, removals, the same message sent again, 撤回 and 确认', async () => {
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
    clients.push(redis);
    const stores = [new MemoryReportStore(), new RedisReportStore(redis, { prefix: `t-${randomUUID()}`, rawRetentionDays: 7, logger: silentLogger })];
    // Each step: an op, or 'again' (the step-th earlier message once more, a minute later: same ids).
    const step = fc.oneof({ weight: 5, arbitrary: opArb }, { weight: 1, arbitrary: fc.nat(20).map((k) => ({ op: 'again' as const, k })) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), async (steps) => {
        const township = `镇${randomUUID().slice(0, 8)}`;
        const done: { op: Op; n: number }[] = [];
        for (const [i, s] of steps.entries()) {
          const sent = s.op === 'again' ? done.filter((d) => d.op.op === 'report')[s.k] : { op: s, n: ++seq };
          if (!sent) continue;
          const at = s.op === 'again' ? `2026-12-16T02:${String(10 + i).padStart(2, '0')}:00.000Z` : undefined;
          for (const store of stores) await run(store, township, sent.op, sent.n, at);
          if (s.op !== 'again') done.push(sent);
        }
        for (const date of DATES)
          for (const unit of UNITS) {
            const [mem, red] = await Promise.all(stores.map((st) => st.history(township, date, unit)));
            expect(red, `${date} ${unit}`).toEqual(mem);
            const [dm, dr] = await Promise.all(stores.map((st) => st.getUnitDays(township, date, [unit])));
            expect(dr.get(unit)).toEqual(dm.get(unit));
          }
      }),
      { numRuns: 40 },
    );
  });
});

const clients: Redis[] = [];
suite('redis', () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  clients.push(redis);
  return new RedisReportStore(redis, { prefix: `t-${randomUUID()}`, rawRetentionDays: 7, logger: silentLogger });
});
afterAll(async () => {
  for (const c of clients) await c.quit();
});
