import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReportId, decodeRaw, decodeRawRecord, decodeReportObject, encodeRaw, encodeRawRecord, encodeRawRecordParts, encodeReport, expandReportId, rawNameRef } from '../../../src/store/record-codec.js';
import { StoredReportSchema, type StoredReport } from '../../../src/store/report-store.js';

// The compact value must give back exactly the report that was stored (kind, unit and date come from the key).

const text = fc.string({ minLength: 1, maxLength: 20 });
const count = fc.option(fc.nat(500), { nil: undefined });
const escalation = fc.constantFrom('township', 'county', 'city', 'province', 'beijing', null);
const modality = fc.constantFrom('threat', 'plan', 'rumour');
const instant = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-11-23T10:00:00+08:00', '2026-11-23T02:00:00Z'),
);
// WeCom's msgIds are hex (compact ids); others are any text, some starting with a compact id's mark.
const hexId = fc.uint8Array({ minLength: 1, maxLength: 20 }).map((b) => Buffer.from(b).toString('hex'));
const meta = fc
  .record({
    msgId: fc.oneof(text, hexId, text.map((t) => `!${t}`), hexId.map((h) => `~${h}`)),
    n: fc.nat(9),
    form: fc.constantFrom('plain', 'platform', 'other', 'marked'),
    platform: fc.constantFrom('wecom', 'dingtalk', 'console'),
    chatId: text,
    senderId: text,
    senderName: fc.option(text, { nil: undefined }),
    receivedAt: instant,
    proxy: fc.option(fc.boolean(), { nil: undefined }),
    unrostered: fc.option(fc.boolean(), { nil: undefined }),
    late: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ n, form, ...m }) => {
    const id = form === 'plain' ? `${m.msgId}:${n}` : form === 'platform' ? `${m.platform}:${m.msgId}:${n}` : form === 'marked' ? `^${m.msgId}:${n}` : `x${m.msgId}`;
    return Object.fromEntries(Object.entries({ id, ...m }).filter(([, v]) => v !== undefined));
  });
const dated = { unit: text, date: fc.constantFrom('2026-11-23', '2027-02-28'), correction: fc.constantFrom(true, undefined), meta };
const report = fc.oneof(
  fc.record({ kind: fc.constant('zero_report'), ...dated }),
  fc.record({
    kind: fc.constant('daily_assessment'),
    ...dated,
    counts: fc.record({ disputesFound: count, disputesResolved: count, petitions: count, keyPersons: count, keyPersonsAbnormal: count }),
    level: fc.constantFrom('stable', 'watch', 'alert', null),
  }),
  fc.record({
    kind: fc.constant('key_person'),
    ...dated,
    persons: fc.array(fc.record({ name: text, state: fc.constantFrom('stable', 'abnormal'), whereabouts: fc.constantFrom('home', 'away', 'unknown'), escalation, modality }, { requiredKeys: ['name', 'state', 'whereabouts', 'escalation'] }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('incident'),
    ...dated,
    escalation,
    people: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
    collective: fc.boolean(),
    summary: fc.option(text, { nil: undefined }),
    modality: fc.option(modality, { nil: undefined }),
  }),
);
const strip = (o: unknown): unknown => JSON.parse(JSON.stringify(o)); // drops undefined-valued keys

describe('record codec', () => {
  it('round-trips every valid StoredReport exactly', () => {
    fc.assert(
      fc.property(report, (raw) => {
        const r = StoredReportSchema.parse(strip(raw)) as StoredReport;
        const back = decodeReportObject(r.kind, r.unit, r.date, JSON.parse(encodeReport(r)));
        expect(StoredReportSchema.parse(back)).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });

  it('is compact: a typical zero report value is at most 120 bytes', () => {
    const msgId = '0123456789abcdef0123456789abcdef';
    const r: StoredReport = {
      kind: 'zero_report',
      unit: '东风村',
      date: '2026-11-23',
      meta: { id: `wecom:${msgId}:0`, msgId, platform: 'wecom', chatId: 'wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA', senderId: 'zhangwei01', senderName: '张伟', receivedAt: '2026-11-23T02:13:14.567Z' },
    };
    const v = encodeReport(r);
    // 149 bytes before compact ids (the msgId in hex, its platform said twice).
    expect(Buffer.byteLength(v)).toBeLessThanOrEqual(120);
    expect(v).not.toContain('东风村');
    expect(v).not.toContain(msgId);
  });

  it('reads report values written before compact ids and day offsets (full id, p, g, t as epoch ms)', () => {
    const msgId = '0123456789abcdef0123456789abcdef';
    const old = { N: 1, i: `wecom:${msgId}:0`, g: 1, p: 'w', c: 'chat', s: 'u1', t: Date.parse('2026-11-23T02:13:14.567Z') };
    expect(StoredReportSchema.parse(decodeReportObject('zero_report', '东风村', '2026-11-23', old))).toEqual({
      kind: 'zero_report',
      unit: '东风村',
      date: '2026-11-23',
      meta: { id: `wecom:${msgId}:0`, msgId, platform: 'wecom', chatId: 'chat', senderId: 'u1', receivedAt: '2026-11-23T02:13:14.567Z' },
    });
  });

  it('report ids: compact for a hex msgId (a mark for the prefix, the bytes in base64url), any other id kept; always read back', () => {
    expect(compactReportId('wecom:0123456789abcdef0123456789abcdef:0')).toBe('~ASNFZ4mrze8BI0VniavN7w:0');
    expect(compactReportId('0123456789abcdef:12')).toBe('!ASNFZ4mrze8:12');
    expect(compactReportId('msg-1:0')).toBe('msg-1:0');
    expect(compactReportId('~old:0')).toBe('!!~old:0');
    fc.assert(
      fc.property(fc.oneof(fc.string(), hexId.map((h) => `${h}:3`), hexId.map((h) => `dingtalk:${h}:0`)), (id) => {
        expect(expandReportId(compactReportId(id))).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('raw message values', () => {
  const raw = fc.record({
    msgId: text,
    platform: fc.constantFrom('wecom', 'dingtalk', 'console'),
    chatId: fc.string({ maxLength: 30 }),
    senderId: fc.string({ maxLength: 20 }),
    at: instant,
    // Any UTF-16 text: Chinese, ASCII, lone surrogates, zero characters.
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'零报告无矛盾纠纷上访0123abc'), maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 50 })),
  });

  it('give back exactly the message, text in whichever of UTF-16 and UTF-8 is shorter', () => {
    fc.assert(
      fc.property(raw, (m) => {
        const v = encodeRaw(m);
        expect(decodeRaw(m.platform, m.msgId, v)).toEqual(m);
        const textBytes = v.length - v.indexOf(0, 1) - 1;
        expect(textBytes).toBe(/\p{Surrogate}/u.test(m.text) ? m.text.length * 2 : Math.min(m.text.length * 2, Buffer.byteLength(m.text)));
      }),
    );
    const zh = { msgId: 'm1', platform: 'wecom' as const, chatId: 'c', senderId: 's', at: '2026-11-23T01:00:00.000Z', text: '今日零报告，无矛盾纠纷、无上访。' };
    // Smaller than the JSON written before by a third of the Chinese text's UTF-8 bytes.
    const before = Buffer.byteLength(JSON.stringify({ c: zh.chatId, s: zh.senderId, t: Date.parse(zh.at), x: zh.text }));
    expect(encodeRaw(zh).length).toBeLessThanOrEqual(before - Buffer.byteLength(zh.text) / 3);
  });

  it('as a raw list element: give back exactly the message, a hex msgId as its bytes, the instant in 6 bytes', () => {
    fc.assert(
      fc.property(raw, fc.option(fc.uint8Array({ minLength: 1, maxLength: 20 }).map((b) => Buffer.from(b).toString('hex'))), (m0, hex) => {
        const m = hex ? { ...m0, msgId: hex } : m0;
        expect(decodeRawRecord(encodeRawRecord(m))).toEqual(m);
      }),
    );
    const zh = { msgId: 'a'.repeat(32), platform: 'wecom' as const, chatId: 'c', senderId: 's', at: '2026-11-23T01:00:00.000Z', text: '今日零报告' };
    // 2 bytes of format, 2 of platform, 17 of msgId, 2 + 2 of chat and sender, 6 of instant, 10 of text.
    expect(encodeRawRecord(zh).length).toBe(41);
    expect(decodeRawRecord(Buffer.from('not a record'))).toBeUndefined();
    expect(decodeRawRecord(encodeRawRecord(zh).subarray(0, 12))).toBeUndefined();
  });

  it('as the store writes it: the chat and sender by their numbers in the names hash, read back through it', () => {
    fc.assert(
      fc.property(raw, fc.nat(100_000), fc.nat(100_000), (m, chat, sender0) => {
        // The names hash gives each name one number and never reuses it: two different names never share one.
        const sender = m.chatId === m.senderId ? chat : sender0 === chat ? chat + 1 : sender0;
        const { head, tail } = encodeRawRecordParts(m);
        const v = Buffer.concat([head, rawNameRef(chat), rawNameRef(sender), tail]);
        const names = new Map([
          [chat, m.chatId],
          [sender, m.senderId],
        ]);
        expect(decodeRawRecord(v, (n) => names.get(n))).toEqual(m);
        // A number the names hash does not know: not a message (skipped and logged by the store).
        if (chat !== sender) expect(decodeRawRecord(v, (n) => (n === chat ? m.chatId : undefined))).toBeUndefined();
      }),
    );
    const zh = { msgId: 'a'.repeat(32), platform: 'wecom' as const, chatId: 'wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA', senderId: 'zhangwei01', at: '2026-11-23T01:00:00.000Z', text: '今日零报告' };
    const { head, tail } = encodeRawRecordParts(zh);
    // The ids of a WeCom group (32 characters) and of its sender as two bytes each.
    expect(Buffer.concat([head, rawNameRef(1), rawNameRef(2), tail]).length).toBe(encodeRawRecord(zh).length - 33 - 11 + 4);
  });

  it('read values written before (JSON {c, s, t, x})', () => {
    const old = Buffer.from(JSON.stringify({ c: 'chat', s: 'u1', t: Date.parse('2026-11-23T01:00:00.000Z'), x: '零报告' }));
    expect(decodeRaw('wecom', 'm9', old)).toEqual({ msgId: 'm9', platform: 'wecom', chatId: 'chat', senderId: 'u1', at: '2026-11-23T01:00:00.000Z', text: '零报告' });
  });
});
