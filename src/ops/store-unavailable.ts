// Which store errors mean "Redis is away" (journal the message and replay it later) rather than "this message
// is bad" (log it and move on). ioredis reports an unreachable server in several ways depending on the moment:
// a socket error code, a closed connection, a queued command that ran out of retries, or a server that is up but
// not serving yet (LOADING after a restart, READONLY/MASTERDOWN during a Sentinel failover, CLUSTERDOWN).

const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'STORE_TIMEOUT']);
const NAMES = new Set(['MaxRetriesPerRequestError', 'ClusterAllFailedError', 'AbortError', 'StoreTimeoutError']);
const MESSAGES = [
  /Connection is closed/i,
  /Stream isn't writeable/i,
  /enableOfflineQueue/i,
  /max retries per request/i,
  /^(LOADING|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|BUSY)\b/,
  /Failed to refresh slots cache/i,
  /None of the sentinels are available/i,
  /All sentinels are unreachable/i,
];

export function isStoreUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; lastNodeError?: unknown };
  if (typeof e.code === 'string' && CODES.has(e.code)) return true;
  if (typeof e.name === 'string' && NAMES.has(e.name)) return true;
  if (typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message as string))) return true;
  return isStoreUnavailable(e.cause, depth + 1) || isStoreUnavailable(e.lastNodeError, depth + 1);
}

/** Thrown when a store call does not answer in time (ioredis queueing commands while it reconnects). */
export class StoreTimeoutError extends Error {
  readonly code = 'STORE_TIMEOUT';
  constructor(what: string, ms: number) {
    super(`store did not answer ${what} within ${ms} ms`);
    this.name = 'StoreTimeoutError';
  }
}

/**
 * Races a store call against a timeout, so an outage costs a bounded wait, never a platform's deadline. One
 * promise and one timer per call (no async frame, no Promise.race): it is on every acknowledgement's path.
 */
export function withStoreTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreTimeoutError(what, ms)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
