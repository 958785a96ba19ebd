import { createHmac, timingSafeEqual } from 'node:crypto';

// DingTalk uses one signature algorithm twice:
// - the enterprise robot's HTTP callback (`timestamp` + `sign` headers, secret = AppSecret, NOT URL-encoded),
//   https://open.dingtalk.com/document/orgapp/receive-message
// - the custom robot (自定义机器人) 加签 webhook (`&timestamp=&sign=` query, secret = the SEC… string, URL-encoded
//   once), https://open.dingtalk.com/document/robots/customize-robot-security-settings

/** DingTalk's freshness window: a timestamp more than one hour away from our clock is refused (either direction). */
export const DINGTALK_SIGN_WINDOW_MS = 60 * 60 * 1000;

/** Base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret)), UTF-8 throughout. */
export function dingtalkSign(ts: string, secret: string): string {
  return createHmac('sha256', secret).update(`${ts}\n${secret}`, 'utf8').digest('base64');
}

/**
 * The custom-robot form: the base64 signature URL-encoded exactly once. Use it only when building a query string
 * by hand; `URLSearchParams.set('sign', dingtalkSign(...))` already encodes (encoding twice gives `sign not match`).
 */
export function dingtalkSignUrlEncoded(ts: string, secret: string): string {
  return encodeURIComponent(dingtalkSign(ts, secret));
}

export type DingtalkVerdict = 'ok' | 'missing' | 'bad_timestamp' | 'expired' | 'mismatch';

/**
 * Checks an HTTP callback's `timestamp` and `sign` headers. Pure: the caller passes its clock.
 * Only the timestamp is signed, not the body (a platform limitation), so callers must also dedupe on msgId.
 */
export function verifyDingtalkCallback(
  ts: string | undefined,
  sign: string | undefined,
  appSecret: string,
  nowMs: number,
): DingtalkVerdict {
  // Rule 1: both headers present; an empty secret would make every signature forgeable.
  if (!ts || !sign || !appSecret) return 'missing';
  // Rule 2: the timestamp is 13 digits of milliseconds (not seconds, not a date string).
  if (!/^\d{13}$/.test(ts)) return 'bad_timestamp';
  // Rule 3: within one hour of now, in the past or the future (clock skew), before spending an HMAC.
  if (Math.abs(nowMs - Number(ts)) > DINGTALK_SIGN_WINDOW_MS) return 'expired';
  // Rule 4: constant-time comparison of the base64 strings; lengths differ only for garbage, which leaks nothing.
  const expected = Buffer.from(dingtalkSign(ts, appSecret), 'utf8');
  const given = Buffer.from(sign, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'mismatch';
  return 'ok';
}

/** Boolean form of verifyDingtalkCallback, for callers that need no reason. */
export function isValidDingtalkCallback(ts: string | undefined, sign: string | undefined, appSecret: string, nowMs: number): boolean {
  return verifyDingtalkCallback(ts, sign, appSecret, nowMs) === 'ok';
}
