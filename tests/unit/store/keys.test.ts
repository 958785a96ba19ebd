import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSlot, crc16, hashTagOf } from '../../../src/store/cluster-slot.js';
import { confirmField, createKeys, dayField, parseDayField, parsePersonField, parseRawField, personField, rawField } from '../../../src/store/keys.js';

const keys = createKeys('wwb');

describe('clusterSlot', () => {
  it('is CRC16/XMODEM mod 16384 of the hash tag, matching redis-server 7.0 CLUSTER KEYSLOT', () => {
    expect(crc16(Buffer.from('123456789'))).toBe(0x31c3); // the XMODEM check value
    // Values printed by `redis-cli cluster keyslot …` on a cluster-enabled redis-server 7.0.15.
    expect(clusterSlot('foo')).toBe(12182);
    expect(clusterSlot('123456789')).toBe(12739);
    expect(clusterSlot('{wwb:张家镇}:day:2026-11-23')).toBe(3179);
  });

  it('uses the first non-empty {…} only', () => {
    expect(hashTagOf('{a}:x{b}')).toBe('a');
    expect(hashTagOf('{}x{b}')).toBe('{}x{b}');
    expect(hashTagOf('no-tag')).toBe('no-tag');
    expect(clusterSlot('{user1000}.following')).toBe(clusterSlot('{user1000}.followers'));
  });
});

describe('keys', () => {
  it('gives every key of a township the same hash tag {prefix:township}', () => {
    const t = '张家镇';
    const all = [keys.day(t, '2026-11-23'), keys.raw(t, '2026-11-23'), keys.rawLog(t, '2026-11-23'), keys.names(t), keys.last(t), keys.persons(t), keys.personHistory(t), keys.day(t, '2027-01-01'), keys.versions(t, '2026-11-23'), keys.alertNumber(t)];
    for (const k of all) {
      expect(k.startsWith('{wwb:张家镇}:')).toBe(true);
      expect(hashTagOf(k)).toBe('wwb:张家镇');
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('maps every key of applyMessage, undoLast, confirm and getDay of one township to one slot (Redis Cluster)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !/[{}]/.test(t)),
        fc.array(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), { minLength: 1, maxLength: 4 }),
        (township, ds) => {
          const dates = ds.map((d) => d.toISOString().slice(0, 10));
          const ops = [
            keys.applyKeys(township, dates[0]!, dates),
            keys.undoKeys(township, dates),
            [keys.day(township, dates[0]!)], // confirm, getDay
            [keys.persons(township)], // keyPersons
            [keys.personHistory(township)], // personHistory
            [keys.raw(township, dates[0]!), keys.rawLog(township, dates[0]!), keys.names(township)], // rawMessages, applyMessage
            [keys.versions(township, dates[0]!), keys.alertNumber(township)], // history, nextAlertNumber
            keys.aggKeys(township, dates), // aggregates (apply, undo, confirm)
          ];
          const slot = clusterSlot(keys.day(township, dates[0]!));
          for (const op of ops) for (const k of op) expect(clusterSlot(k)).toBe(slot);
        },
      ),
    );
  });

  it('keeps prefixes apart, and claim keys under the prefix', () => {
    expect(createKeys('t-1').day('镇', '2026-11-23')).not.toBe(createKeys('t-2').day('镇', '2026-11-23'));
    expect(keys.claim('message', 'wecom:abc')).toBe('wwb:claim:message:wecom:abc');
    expect(keys.claim('job', 'digest:2026-11-23').startsWith('wwb:')).toBe(true);
  });

  it('rejects a township or prefix that would break the hash tag', () => {
    expect(() => keys.day('a{b}', '2026-11-23')).toThrow();
    expect(() => keys.last('')).toThrow();
    expect(() => createKeys('bad prefix')).toThrow();
  });

  it('fields read back to what built them, whatever the unit or name contains', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }).filter((s) => !s.includes('\x1f')), (unit, name) => {
        for (const kind of ['zero_report', 'daily_assessment', 'key_person', 'incident'] as const) expect(parseDayField(dayField(kind, unit))).toEqual({ kind, unit });
        expect(parseDayField(confirmField(unit))).toEqual({ kind: 'confirmations', unit });
        const u = unit.replaceAll('\x1f', '');
        if (u) expect(parsePersonField(personField(u, name))).toEqual({ unit: u, name });
        expect(parseRawField(rawField('wecom', unit))).toEqual({ platform: 'wecom', msgId: unit });
      }),
    );
    expect(parseDayField('x:甲村')).toBeUndefined();
  });
});

describe('dedupe claim buckets', () => {
  it('a claim made at t is looked for by every enqueue up to t + window, and its bucket lives that long', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }), fc.integer({ min: 60, max: 3 * 86_400 }), fc.integer({ min: 0, max: 1_000_000 }), (t, ttl, dtRaw) => {
        const dt = dtRaw % (ttl + 1);
        const q = keys.queue('张家镇', 'inbox');
        const at = q.claims(t * 1000, ttl);
        const written = at.keys[at.write]!;
        expect(q.claims((t + dt) * 1000, ttl).keys).toContain(written);
        expect(at.expireSeconds).toBeGreaterThanOrEqual(ttl);
        expect(at.expireSeconds).toBeLessThanOrEqual(ttl + Math.ceil(ttl / 4));
        expect(at.keys.length).toBeLessThanOrEqual(7);
        for (const k of at.keys) expect(clusterSlot(k)).toBe(clusterSlot(q.stream));
      }),
    );
  });
});
