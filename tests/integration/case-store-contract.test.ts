import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Case, NewCase } from '../../src/ledger/case.js';
import type { CaseStore } from '../../src/ledger/case-store.js';
import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';
import { RedisCaseStore } from '../../src/ledger/redis-case-store.js';
import { updateCase } from '../../src/ledger/update-case.js';
import { clusterSlot } from '../../src/store/cluster-slot.js';
import { createKeys } from '../../src/store/keys.js';

// ONE contract suite for the case ledger, run against both stores.

let townSeq = 0;
const town = () => `台账镇${++townSeq}`;

function draft(sourceId: string, o: Partial<NewCase> = {}): NewCase {
  return {
    sourceId,
    source: 'chat',
    kind: 'dispute',
    unit: '张庄村',
    title: '王某某与李某某宅基地纠纷',
    openedOn: '2026-12-01',
    elements: { cause: '宅基地', time: '2026-12-01', households: 2, keyPersons: ['王某某'] },
    escalation: null,
    versions: [{ seq: 1, action: 'open', at: '2026-12-01T02:00:00.000Z', by: 'zz-clerk', byName: '张庄村文书' }],
    ...o,
  };
}

function step(c: Case, action: Case['versions'][number]['action'], change: Partial<Case> = {}): Case {
  return { ...c, ...change, versions: [...c.versions, { seq: c.versions.length + 1, action, at: '2026-12-02T02:00:00.000Z', by: 'leader-li' }] };
}

function caseContract(name: string, make: () => Promise<{ store: CaseStore; close(): Promise<void> }>) {
  describe(`CaseStore contract: ${name}`, () => {
    let s: CaseStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store: s, close } = await make());
    });
    afterAll(async () => close());

    it('numbers cases 1, 2, 3 per township and returns them unchanged', async () => {
      const t = town();
      const a = await s.open(t, draft('m1'));
      const b = await s.open(t, draft('m2', { unit: '李家湾村' }));
      const other = await s.open(town(), draft('m1'));
      expect([a.case.no, b.case.no, other.case.no]).toEqual([1, 2, 1]);
      expect(a.created && b.created).toBe(true);
      expect(a.case).toEqual({ ...draft('m1'), no: 1, status: 'open' });
      expect(await s.get(t, 1)).toEqual(a.case);
      expect(await s.get(t, 3)).toBeUndefined();
      expect((await s.list(t)).map((c) => [c.no, c.unit])).toEqual([
        [1, '张庄村'],
        [2, '李家湾村'],
      ]);
    });

    it('one source opens one case, however often it arrives', async () => {
      const t = town();
      const first = await s.open(t, draft('same'));
      const again = await s.open(t, draft('same', { title: '重复投递' }));
      expect(again).toEqual({ case: first.case, created: false });
      expect(await s.list(t)).toHaveLength(1);
    });

    it('opens concurrent cases with distinct numbers', async () => {
      const t = town();
      const res = await Promise.all(Array.from({ length: 20 }, (_, i) => s.open(t, draft(`c${i}`))));
      expect(res.map((r) => r.case.no).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('replace is a compare-and-set on the trail', async () => {
      const t = town();
      const { case: c } = await s.open(t, draft('cas'));
      const assigned = step(c, 'assign', { status: 'assigned', leaderId: 'leader-li', deadline: '2026-12-20' });
      expect(await s.replace(t, assigned, 1)).toBe(true);
      expect(await s.replace(t, step(c, 'progress', { progress: '过期的写' }), 1)).toBe(false);
      expect(await s.get(t, c.no)).toEqual(assigned);
      expect(await s.replace(t, { ...assigned, no: 99 }, 2)).toBe(false);
      expect(await s.replace(t, { ...assigned, sourceId: 'other' }, 2)).toBe(false);
    });

    it('updateCase lands concurrent steps one after another', async () => {
      const t = town();
      const { case: c } = await s.open(t, draft('conc'));
      await Promise.all(Array.from({ length: 8 }, (_, i) => updateCase(s, t, c.no, (cur) => step(cur, 'progress', { progress: `第${i}次` }))));
      const after = await s.get(t, c.no);
      expect(after?.versions.map((v) => v.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(await updateCase(s, t, 404, (cur) => cur)).toEqual({ ok: false, reason: 'not_found' });
      expect(await updateCase(s, t, c.no, () => 'refused' as const)).toEqual({ ok: false, reason: 'refused' });
    });

    it('finds a case by the source that opened it, or one linked to it; the first link wins', async () => {
      const t = town();
      const { case: a } = await s.open(t, draft('r1'));
      const { case: b } = await s.open(t, draft('r2'));
      expect(await s.bySource(t, 'r1')).toEqual(a);
      expect(await s.bySource(t, 'nobody')).toBeUndefined();
      // A correction's report (r1-fixed) names case 1; a correction of that correction (r1-fixed-again) too.
      expect(await s.link(t, 'r1-fixed', a.no)).toBe(a.no);
      expect(await s.link(t, 'r1-fixed-again', a.no)).toBe(a.no);
      expect(await s.bySource(t, 'r1-fixed-again')).toEqual(a);
      expect(await s.link(t, 'r1-fixed', b.no)).toBe(a.no);
      expect(await s.link(t, 'r2', a.no)).toBe(b.no);
      // Opening under a linked source returns that case, as for its own source.
      expect(await s.open(t, draft('r1-fixed', { title: '更正后' }))).toEqual({ case: a, created: false });
      // A link to a case that does not exist writes nothing.
      expect(await s.link(t, 'stray', 99)).toBeUndefined();
      expect(await s.bySource(t, 'stray')).toBeUndefined();
      expect((await s.open(t, draft('stray'))).case.no).toBe(3);
      // The link follows the case as it changes.
      const withdrawn = step(a, 'withdraw', { status: 'withdrawn', withdrawnOn: '2026-12-02' });
      expect(await s.replace(t, withdrawn, 1)).toBe(true);
      expect(await s.bySource(t, 'r1-fixed')).toEqual(withdrawn);
      expect(await s.bySource(town(), 'r1')).toBeUndefined();
    });

    it('rejects an invalid case and writes nothing', async () => {
      const t = town();
      await expect(s.open(t, { ...draft('bad'), unit: '' })).rejects.toThrow();
      expect(await s.list(t)).toEqual([]);
      expect((await s.open(t, draft('good'))).case.no).toBe(1);
    });

    it('keeps the key-person register: registration, update, 销号', async () => {
      const t = town();
      const p = { unit: '张庄村', name: '王某某', category: '上访老户', stabilizerId: 'zz-team', source: 'chat' as const, active: true, registeredAt: '2026-12-01T02:00:00.000Z', registeredBy: 'zz-head' };
      await s.putPerson(t, p);
      await s.putPerson(t, { ...p, unit: '东坡社区', name: '赵某' });
      expect(await s.persons(t)).toEqual([{ ...p, unit: '东坡社区', name: '赵某' }, p]);
      await s.putPerson(t, { ...p, active: false, removedAt: '2026-12-05T02:00:00.000Z', removedBy: 'leader-li' });
      expect((await s.persons(t)).find((x) => x.name === '王某某')).toEqual({ ...p, active: false, removedAt: '2026-12-05T02:00:00.000Z', removedBy: 'leader-li' });
    });
  });
}

caseContract('memory', async () => {
  const store = new MemoryCaseStore();
  return { store, close: async () => undefined };
});

caseContract('redis', async () => {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
  const store = new RedisCaseStore(redis, { prefix: `t-${randomUUID()}`, logger: pino({ level: 'silent' }) });
  return { store, close: async () => void (await redis.quit()) };
});

describe('RedisCaseStore keys', () => {
  it('every ledger key of a township shares its hash tag (one slot on a cluster)', () => {
    const k = createKeys('wwb');
    const slots = new Set([k.caseSeq('青石镇'), k.cases('青石镇'), k.caseSources('青石镇'), k.personRegister('青石镇'), k.day('青石镇', '2026-12-01')].map(clusterSlot));
    expect(slots.size).toBe(1);
  });
});
