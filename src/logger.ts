import { format } from 'node:util';
import { pino } from 'pino';
import { maskForLog } from './ops/mask.js';

export type Logger = pino.Logger;

export const REDACTED = '[已脱敏]';
export const TEXT_OMITTED = '[正文仅在 debug 级别记录]';

/** pino's numeric value of `debug`: message texts are logged at this level and below only. */
const DEBUG = 20;
const MAX_DEPTH = 8;

// Keys whose values are secrets wherever they appear (compared lower-case, without _ and -).
const SECRET_KEYS = new Set(
  [
    'secret', 'token', 'password', 'aesKey', 'encodingAesKey', 'appSecret', 'accessToken', 'authorization', 'cookie',
    'sign', 'signature', 'msgSignature', 'sessionWebhook', 'responseUrl', 'webhooks',
    'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY', 'WECOM_APP_SECRET', 'WECOM_GROUP_WEBHOOKS', 'DINGTALK_APP_SECRET',
    'DINGTALK_CUSTOM_ROBOTS', 'METRICS_TOKEN',
  ].map(norm),
);
// Keys that carry what a cadre typed: kept out of every line above debug (names of 重点人员 cannot be masked).
// `args` is where ioredis puts a failed command's arguments (a report's JSON inside an EVALSHA).
const TEXT_KEYS = new Set(['text', 'content', 'raw', 'rawText', 'body', 'replyHandle', 'args'].map(norm));

function norm(k: string): string {
  return k.replace(/[_-]/g, '').toLowerCase();
}

// pino's own path redaction: a second line of defence for the usual places (it runs on the final object).
const REDACT_PATHS = [
  'secret', 'token', 'password', 'aesKey', 'appSecret', 'accessToken', 'access_token', 'authorization', 'sign',
  '*.secret', '*.token', '*.password', '*.aesKey', '*.appSecret', '*.accessToken', '*.access_token', '*.authorization', '*.sign',
  'headers.authorization', 'headers.sign', 'headers.cookie', 'req.headers.authorization', 'req.headers.sign', 'req.headers.cookie',
];

/**
 * Structured JSON logs with privacy built in, so a careless call site cannot leak:
 * - every message (after printf-style formatting), string field, nested field, error message and stack passes
 *   through maskForLog: ID numbers and mobile numbers become 110*************78 / 138****5678, URL secrets go;
 * - fields named like secrets (token, secret, sign, webhook keys, …) are replaced by [已脱敏] at any depth;
 * - fields that carry message texts (text, content, raw, body) are kept only in debug-level lines.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { app: 'weiwen-bot' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, maskArgs(args as unknown[], level) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
  // Child-logger bindings pass neither through logMethod nor (for children) formatters.bindings: mask them when
  // the child is made. Children inherit this method through their prototype, so grandchildren are covered too.
  const child = logger.child;
  logger.child = function maskedChild(this: Logger, bindings, childOptions) {
    return child.call(this, maskValue(bindings, DEBUG, 0, new WeakSet()) as pino.Bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

/** [obj?, msg?, ...printf args] → [maskedObj?, maskedMsg?]: formatting first so interpolated numbers are masked too. */
function maskArgs(args: unknown[], level: number): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  if (args[0] !== null && typeof args[0] === 'object') {
    out.push(maskValue(args[0], level, 0, new WeakSet()));
    i = 1;
  }
  const rest = args.slice(i);
  if (rest.length === 0) return out;
  const msg = typeof rest[0] === 'string' && rest.length > 1 ? format(...rest) : rest[0];
  out.push(typeof msg === 'string' ? maskForLog(msg) : maskValue(msg, level, 0, new WeakSet()));
  return out;
}

function maskValue(v: unknown, level: number, depth: number, seen: WeakSet<object>): unknown {
  if (typeof v === 'string') return maskForLog(v);
  if (typeof v === 'number' || typeof v === 'bigint') {
    // An ID or mobile typed into a numeric field is still PII; ordinary counts and times are left alone.
    const s = String(v);
    const m = maskForLog(s);
    return m === s ? v : m;
  }
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(v);
  if (v instanceof Error) return maskError(v, level, depth, seen);
  if (Array.isArray(v)) return v.map((x) => maskValue(x, level, depth + 1, seen));
  if (v instanceof Date) return v;
  if (v instanceof Map) return maskValue(Object.fromEntries(v), level, depth, seen);
  if (v instanceof Set) return maskValue([...v], level, depth, seen);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = maskField(k, x, level, depth, seen);
  return out;
}

function maskField(k: string, x: unknown, level: number, depth: number, seen: WeakSet<object>): unknown {
  const n = norm(k);
  if (SECRET_KEYS.has(n) && x !== undefined && x !== null && x !== '') return REDACTED;
  if (TEXT_KEYS.has(n) && level > DEBUG && x !== undefined) return TEXT_OMITTED;
  return maskValue(x, level, depth + 1, seen);
}

/** A copy of the error with the same prototype (pino's serializer keeps its type), every string masked. */
function maskError(e: Error, level: number, depth: number, seen: WeakSet<object>): Error {
  const c = Object.create(Object.getPrototypeOf(e) as object) as Error;
  for (const k of Object.getOwnPropertyNames(e)) {
    const d = Object.getOwnPropertyDescriptor(e, k);
    if (!d || !('value' in d)) continue;
    const value = k === 'message' || k === 'stack' ? (typeof d.value === 'string' ? maskForLog(d.value) : d.value) : maskField(k, d.value, level, depth, seen);
    Object.defineProperty(c, k, { value, enumerable: d.enumerable ?? false, writable: true, configurable: true });
  }
  return c;
}

/** A logger that writes nothing, for tests and benchmarks. */
export const silentLogger: Logger = pino({ level: 'silent' });
