import { z } from 'zod';
import { PlatformSchema } from '../roster.js';
import { type InboundMessage, OUTBOUND_KINDS, type OutboundMessage } from './message.js';

// Messages as they are kept outside the process (inbox and outbox queues, the outage journal): JSON with ISO
// instants, validated on the way back in.

export const InboundMessageSchema = z.object({
  platform: PlatformSchema,
  msgId: z.string(),
  chatId: z.string(),
  userId: z.string(),
  userName: z.string().optional(),
  text: z.string(),
  at: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  replyHandle: z.unknown().optional(),
});

const OutboundMessageSchema = z.object({
  platform: PlatformSchema,
  chatId: z.string(),
  kind: z.enum(OUTBOUND_KINDS),
  text: z.string(),
  mentions: z.array(z.string()),
  replyTo: InboundMessageSchema.optional(),
  choices: z.array(z.object({ label: z.string(), command: z.string() })).optional(),
});

const inboundJson = (m: InboundMessage) => ({ ...m, at: m.at.toISOString() });

export function encodeInbound(m: InboundMessage): string {
  return JSON.stringify(inboundJson(m));
}

export function encodeOutbound(m: OutboundMessage): string {
  return JSON.stringify(m.replyTo ? { ...m, replyTo: inboundJson(m.replyTo) } : m);
}

/** undefined when the text is not a message this code wrote. */
export function decodeInbound(s: string): InboundMessage | undefined {
  const r = InboundMessageSchema.safeParse(tryParse(s));
  return r.success ? (stripUndefined(r.data) as InboundMessage) : undefined;
}

export function decodeOutbound(s: string): OutboundMessage | undefined {
  const r = OutboundMessageSchema.safeParse(tryParse(s));
  if (!r.success) return undefined;
  const { replyTo, ...rest } = r.data;
  return { ...rest, ...(replyTo ? { replyTo: stripUndefined(replyTo) as InboundMessage } : {}) };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
