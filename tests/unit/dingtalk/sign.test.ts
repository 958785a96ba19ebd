import { describe, expect, it } from 'vitest';
import {
  DINGTALK_SIGN_WINDOW_MS,
  dingtalkSign,
  dingtalkSignUrlEncoded,
  isValidDingtalkCallback,
  verifyDingtalkCallback,
} from '../../../src/platforms/dingtalk/sign.js';

// Known answers from shared/reference/dingtalk.md §7 (official sample secret and timestamp first), so the signing
// code cannot agree with its own tests on a bug.
const VECTORS = [
  {
    secret: 'this is secret',
    ts: '1577262236757',
    b64: 'hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=',
    url: 'hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D',
  },
  {
    secret: 'this is secret',
    ts: '1700000000000',
    b64: 'sSFWELbV2YwjdDQhWZwTcWlX5BWUx5J6TPpsZmuPii0=',
    url: 'sSFWELbV2YwjdDQhWZwTcWlX5BWUx5J6TPpsZmuPii0%3D',
  },
  {
    secret: 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    ts: '1700000000000',
    b64: 'bTgY2yDbep+wesS7jKiNj+srsHoADES4+C4f8LCHFtU=',
    url: 'bTgY2yDbep%2BwesS7jKiNj%2BsrsHoADES4%2BC4f8LCHFtU%3D',
  },
];

const MIN = 60_000;

describe('dingtalkSign', () => {
  it.each(VECTORS)('signs $ts with "$secret" as the brief says', ({ secret, ts, b64, url }) => {
    expect(dingtalkSign(ts, secret)).toBe(b64);
    expect(dingtalkSignUrlEncoded(ts, secret)).toBe(url);
  });

  it('URL-encodes exactly once, the same as URLSearchParams does', () => {
    const { secret, ts, url } = VECTORS[0]!;
    const q = new URLSearchParams();
    q.set('sign', dingtalkSign(ts, secret));
    expect(q.toString()).toBe(`sign=${url}`);
    expect(url).not.toContain('%25');
  });
});

describe('verifyDingtalkCallback', () => {
  const { secret, ts, b64 } = VECTORS[0]!;
  const t = Number(ts);

  it('accepts the official sample at its own time', () => {
    expect(verifyDingtalkCallback(ts, b64, secret, t)).toBe('ok');
    expect(isValidDingtalkCallback(ts, b64, secret, t)).toBe(true);
  });

  it.each([
    ['59 minutes later', t + 59 * MIN, 'ok'],
    ['exactly one hour later', t + DINGTALK_SIGN_WINDOW_MS, 'ok'],
    ['61 minutes later', t + 61 * MIN, 'expired'],
    ['59 minutes earlier (sender clock ahead)', t - 59 * MIN, 'ok'],
    ['61 minutes earlier (timestamp in the future)', t - 61 * MIN, 'expired'],
    ['a day later', t + 24 * 60 * MIN, 'expired'],
  ] as const)('window: %s → %s', (_name, now, verdict) => {
    expect(verifyDingtalkCallback(ts, b64, secret, now)).toBe(verdict);
  });

  it('rejects a tampered signature', () => {
    const flipped = (b64[0] === 'h' ? 'H' : 'h') + b64.slice(1);
    expect(verifyDingtalkCallback(ts, flipped, secret, t)).toBe('mismatch');
    expect(verifyDingtalkCallback(ts, b64.slice(0, -1), secret, t)).toBe('mismatch');
    expect(isValidDingtalkCallback(ts, flipped, secret, t)).toBe(false);
  });

  it('rejects the URL-encoded form in the callback header (callbacks are not encoded)', () => {
    expect(verifyDingtalkCallback(ts, VECTORS[0]!.url, secret, t)).toBe('mismatch');
  });

  it('rejects a signature made with another secret or for another timestamp', () => {
    expect(verifyDingtalkCallback(ts, dingtalkSign(ts, 'other secret'), secret, t)).toBe('mismatch');
    const ts2 = String(t + 1);
    expect(verifyDingtalkCallback(ts2, b64, secret, t)).toBe('mismatch');
  });

  it('rejects missing headers, an empty secret and non-millisecond timestamps', () => {
    expect(verifyDingtalkCallback(undefined, b64, secret, t)).toBe('missing');
    expect(verifyDingtalkCallback(ts, undefined, secret, t)).toBe('missing');
    expect(verifyDingtalkCallback(ts, '', secret, t)).toBe('missing');
    expect(verifyDingtalkCallback(ts, dingtalkSign(ts, ''), '', t)).toBe('missing');
    const seconds = String(Math.floor(t / 1000));
    expect(verifyDingtalkCallback(seconds, dingtalkSign(seconds, secret), secret, t)).toBe('bad_timestamp');
    expect(verifyDingtalkCallback(`${ts}x`, b64, secret, t)).toBe('bad_timestamp');
  });
});
