import { describe, expect, it } from 'vitest';
import { signLoginToken, verifyLoginToken } from '../../../src/web/login-link.js';

const SECRET = 'a-secret-of-at-least-32-characters-long';
const now = new Date('2026-10-03T01:00:00Z');

describe('看板 login link tokens', () => {
  it('verify for their person until they expire', () => {
    const t = signLoginToken(SECRET, 'leader-li', now, 10);
    const ok = verifyLoginToken(SECRET, t, new Date(now.getTime() + 9 * 60_000));
    expect(ok.ok && ok.claims.personId).toBe('leader-li');
    expect(verifyLoginToken(SECRET, t, new Date(now.getTime() + 10 * 60_000))).toEqual({ ok: false, reason: 'expired' });
  });

  it('carry a fresh nonce each time', () => {
    const a = verifyLoginToken(SECRET, signLoginToken(SECRET, 'leader-li', now, 10), now);
    const b = verifyLoginToken(SECRET, signLoginToken(SECRET, 'leader-li', now, 10), now);
    expect(a.ok && b.ok && a.claims.nonce !== b.claims.nonce).toBe(true);
  });

  it('refuse another secret, a changed payload and garbage', () => {
    const t = signLoginToken(SECRET, 'zhangzhuang-head', now, 10);
    expect(verifyLoginToken(`${SECRET}x`, t, now)).toEqual({ ok: false, reason: 'invalid' });
    const [v, payload, sig] = t.split('.') as [string, string, string];
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace('zhangzhuang-head', 'leader-li')).toString('base64url');
    expect(verifyLoginToken(SECRET, `${v}.${forged}.${sig}`, now)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', 'v1..', 'v2.abc.def', `${t}x`, 'v1.%%%.abc']) expect(verifyLoginToken(SECRET, bad, now).ok).toBe(false);
  });
});
