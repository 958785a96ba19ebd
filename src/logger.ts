import { pino } from 'pino';
import { maskPII } from './ops/mask.js';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Every string argument and message passes through maskPII, so ID numbers and mobile
 * numbers never reach a log line in clear; secrets are redacted by path as a second line of defence.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'weiwen-bot' },
      redact: {
        paths: ['secret', 'token', 'aesKey', 'appSecret', 'headers.sign', 'headers.authorization', '*.secret', '*.token', '*.appSecret'],
        censor: '[已脱敏]',
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? maskPII(a) : a && typeof a === 'object' ? maskDeep(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    options.destination,
  );
}

function maskDeep(v: unknown, depth = 0): unknown {
  if (depth > 4) return v;
  if (typeof v === 'string') return maskPII(v);
  if (v instanceof Error) return { type: v.name, message: maskPII(v.message), stack: v.stack ? maskPII(v.stack) : undefined, ...(('code' in v) ? { code: (v as { code: unknown }).code } : {}) };
  if (Array.isArray(v)) return v.map((x) => maskDeep(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = maskDeep(x, depth + 1);
    return out;
  }
  return v;
}

/** A logger that writes nothing, for tests and benchmarks. */
export const silentLogger: Logger = pino({ level: 'silent' });
