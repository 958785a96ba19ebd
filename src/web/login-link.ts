import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

// A 看板 login link: `v1.<payload>.<signature>`, base64url, HMAC-SHA-256 with WEB_SESSION_SECRET. The payload names
// the person, a random nonce and the expiry; the nonce is claimed once in the store when the link is used, so a
// link works once, and only until it expires. Hand-written: a signed token of three fields needs node:crypto only,
// and a JWT library would bring algorithm choices we must then refuse.

const PayloadSchema = z.object({ p: z.string().min(1), n: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/), e: z.number().int().positive() });

export interface LinkClaims {
  personId: string;
  nonce: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(`wwb-login-link:${payload}`).digest();

/** A link token for a person, valid for `minutes` from `now`. */
export function signLoginToken(secret: string, personId: string, now: Date, minutes: number): string {
  const payload = b64(JSON.stringify({ p: personId, n: randomBytes(18).toString('base64url'), e: now.getTime() + minutes * 60_000 }));
  return `v1.${payload}.${b64(sign(secret, payload))}`;
}

/** Checks signature and expiry (not the nonce: the caller claims it in the store). */
export function verifyLoginToken(secret: string, token: string, now: Date): { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' } {
  const m = /^v1\.([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return { ok: false, reason: 'invalid' };
  const [, payload, sig] = m as unknown as [string, string, string];
  const want = sign(secret, payload);
  const got = Buffer.from(sig, 'base64url');
  if (got.length !== want.length || !timingSafeEqual(got, want)) return { ok: false, reason: 'invalid' };
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const res = PayloadSchema.safeParse(data);
  if (!res.success) return { ok: false, reason: 'invalid' };
  if (res.data.e <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { personId: res.data.p, nonce: res.data.n, expiresAt: res.data.e } };
}
