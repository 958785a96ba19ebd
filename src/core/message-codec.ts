import { z } from 'zod';
import { PlatformSchema } from '../roster.js';
import { type InboundMessage, OUTBOUND_KINDS, type OutboundMessage } from './message.js';

// Messages as they are kept outside the process (inbox and outbox queues, the outage journal): JSON with ISO
// instants, validated on the way back in. The schemas decide; a message as encode*() wrote it is checked by hand
// first (every message crosses the inbox, most the outbox: zod's parse and copy were a few per cent of the
// consumer's CPU, bench:consume), and whatever that check does not recognise goes to the schema.

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

export const OutboundMessageSchema = z.object({
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
  const o = tryParse(s);
  return inboundAsWritten(o) ?? inboundBySchema(o);
}

export function decodeOutbound(s: string): OutboundMessage | undefined {
  const o = tryParse(s);
  return outboundAsWritten(o) ?? outboundBySchema(o);
}

function inboundBySchema(o: unknown): InboundMessage | undefined {
  const r = InboundMessageSchema.safeParse(o);
  return r.success ? (stripUndefined(r.data) as InboundMessage) : undefined;
}

function outboundBySchema(o: unknown): OutboundMessage | undefined {
  const r = OutboundMessageSchema.safeParse(o);
  if (!r.success) return undefined;
  const { replyTo, ...rest } = r.data;
  return { ...rest, ...(replyTo ? { replyTo: stripUndefined(replyTo) as InboundMessage } : {}) };
}

const PLATFORMS: readonly unknown[] = PlatformSchema.options;
const KINDS: readonly unknown[] = OUTBOUND_KINDS;
const TO_ISO_STRING = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An instant as toISOString() writes it, which the schema's datetime accepts too; else undefined. */
function isoInstant(v: unknown): Date | undefined {
  if (typeof v !== 'string' || !TO_ISO_STRING.test(v)) return undefined;
  const d = new Date(v);
  return !Number.isNaN(d.getTime()) && d.toISOString() === v ? d : undefined;
}

/**
 * What inboundBySchema returns for a message as encodeInbound wrote it (fields in the schema's order, unknown ones
 * left out); undefined for anything else, which the schema then decides.
 */
function inboundAsWritten(o: unknown): InboundMessage | undefined {
  if (typeof o !== 'object' || o === null) return undefined;
  const { platform, msgId, chatId, userId, userName, text, replyHandle } = o as Record<string, unknown>;
  if (!PLATFORMS.includes(platform) || typeof msgId !== 'string' || typeof chatId !== 'string' || typeof userId !== 'string' || typeof text !== 'string') return undefined;
  if (userName !== undefined && typeof userName !== 'string') return undefined;
  const at = isoInstant((o as Record<string, unknown>).at);
  if (!at) return undefined;
  const m: Record<string, unknown> = { platform, msgId, chatId, userId };
  if (userName !== undefined) m.userName = userName;
  m.text = text;
  m.at = at;
  if (replyHandle !== undefined) m.replyHandle = replyHandle;
  return m as unknown as InboundMessage;
}

/** What outboundBySchema returns for a message as encodeOutbound wrote it; undefined for anything else. */
function outboundAsWritten(o: unknown): OutboundMessage | undefined {
  if (typeof o !== 'object' || o === null) return undefined;
  const { platform, chatId, kind, text, mentions, replyTo, choices } = o as Record<string, unknown>;
  if (!PLATFORMS.includes(platform) || typeof chatId !== 'string' || !KINDS.includes(kind) || typeof text !== 'string') return undefined;
  if (!Array.isArray(mentions) || !mentions.every((x) => typeof x === 'string')) return undefined;
  const m: Record<string, unknown> = { platform, chatId, kind, text, mentions: [...mentions] };
  if (choices !== undefined) {
    if (!Array.isArray(choices)) return undefined;
    const out: { label: string; command: string }[] = [];
    for (const c of choices as unknown[]) {
      const { label, command } = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
      if (Array.isArray(c) || typeof label !== 'string' || typeof command !== 'string') return undefined;
      out.push({ label, command });
    }
    m.choices = out;
  }
  if (replyTo !== undefined) {
    const r = inboundAsWritten(replyTo);
    if (!r) return undefined;
    m.replyTo = r;
  }
  return m as unknown as OutboundMessage;
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
