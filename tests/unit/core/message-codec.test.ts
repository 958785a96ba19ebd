import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InboundMessage, OutboundMessage } from '../../../src/core/message.js';
import { decodeInbound, decodeOutbound, encodeInbound, encodeOutbound, InboundMessageSchema, OutboundMessageSchema } from '../../../src/core/message-codec.js';

// The codec checks a message as encode*() wrote it by hand and leaves the rest to the schemas: whatever the input,
// it must decide as the schemas alone do (same result, same fields in the same order).

const dropUndefined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
function inboundBySchema(o: unknown) {
  const r = InboundMessageSchema.safeParse(o);
  return r.success ? dropUndefined(r.data) : undefined;
}
function outboundBySchema(o: unknown) {
  const r = OutboundMessageSchema.safeParse(o);
  if (!r.success) return undefined;
  const { replyTo, ...rest } = r.data;
  return { ...rest, ...(replyTo ? { replyTo: dropUndefined(replyTo) } : {}) };
}

function jsonOf(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

const platform = fc.constantFrom('wecom', 'dingtalk', 'console', 'feishu', '');
const instant = fc.date({ min: new Date(-62_000_000_000_000), max: new Date(260_000_000_000_000), noInvalidDate: true });
const inbound = fc.record(
  { platform, msgId: fc.string(), chatId: fc.string(), userId: fc.string(), userName: fc.string(), text: fc.string({ unit: 'binary' }), at: instant, replyHandle: fc.jsonValue() },
  { requiredKeys: ['platform', 'msgId', 'chatId', 'userId', 'text', 'at'] },
) as fc.Arbitrary<InboundMessage>;
const outbound = fc.record(
  {
    platform,
    chatId: fc.string(),
    kind: fc.constantFrom('reply', 'alert', 'notice', 'digest', 'other'),
    text: fc.string(),
    mentions: fc.array(fc.string(), { maxLength: 3 }),
    replyTo: inbound,
    choices: fc.array(fc.record({ label: fc.string(), command: fc.string() }), { maxLength: 2 }),
  },
  { requiredKeys: ['platform', 'chatId', 'kind', 'text', 'mentions'] },
) as fc.Arbitrary<OutboundMessage>;

/** The encoded object with one field replaced by another JSON value, removed, or an unknown field added. */
const mutated = (encoded: fc.Arbitrary<string>, fields: string[]) =>
  fc.tuple(encoded, fc.constantFrom(...fields, 'extra'), fc.option(fc.oneof(fc.jsonValue(), fc.constantFrom('2026-11-23T02:00:00Z', '2026-11-23T10:00:00.000+08:00', '2026-02-30T00:00:00.000Z', '+275760-09-13T00:00:00.000Z')))).map(([s, field, value]) => {
    const o = JSON.parse(s) as Record<string, unknown>;
    if (value === null) delete o[field];
    else o[field] = value;
    return JSON.stringify(o);
  });

describe('message codec', () => {
  it('decodes inbound messages as the schema does, whatever the text', () => {
    const texts = fc.oneof(inbound.map(encodeInbound), mutated(inbound.map(encodeInbound), ['platform', 'msgId', 'chatId', 'userId', 'userName', 'text', 'at', 'replyHandle']), fc.string());
    fc.assert(
      fc.property(texts, (s) => {
        const got = decodeInbound(s);
        const want = inboundBySchema(jsonOf(s));
        expect(got).toStrictEqual(want);
        expect(got && Object.keys(got)).toStrictEqual(want && Object.keys(want));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes outbound messages as the schema does, whatever the text', () => {
    const texts = fc.oneof(outbound.map(encodeOutbound), mutated(outbound.map(encodeOutbound), ['platform', 'chatId', 'kind', 'text', 'mentions', 'replyTo', 'choices']), fc.string());
    fc.assert(
      fc.property(texts, (s) => {
        const got = decodeOutbound(s);
        const want = outboundBySchema(jsonOf(s));
        expect(got).toStrictEqual(want);
        expect(got && Object.keys(got)).toStrictEqual(want && Object.keys(want));
        if (got?.replyTo && want?.replyTo) expect(Object.keys(got.replyTo)).toStrictEqual(Object.keys(want.replyTo));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back what it was given (years 0 to 9999, which the schema takes)', () => {
    const fourDigitYears = (m: InboundMessage) => m.at.toISOString().length === 24;
    fc.assert(
      fc.property(inbound.filter(fourDigitYears), (m) => {
        const back = decodeInbound(encodeInbound(m));
        if (!['wecom', 'dingtalk', 'console'].includes(m.platform)) expect(back).toBeUndefined();
        else expect(back).toEqual({ ...JSON.parse(encodeInbound(m)), at: m.at });
      }),
      { numRuns: 500 },
    );
  });
});
