import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { ReportStore } from '../store/report-store.js';
import type { InboundMessage } from './message.js';

/**
 * Where platform routes hand over a verified, translated message. `accept` dedupes on the platform's message id
 * and returns at once; the message is dispatched to the handlers after the route has acknowledged, so a slow
 * handler or a slow outbound send never delays the platform's callback.
 */
export interface Inbox {
  accept(msg: InboundMessage): Promise<'accepted' | 'duplicate'>;
  /** Resolves when every accepted message has been dispatched (graceful shutdown, tests). */
  drain(): Promise<void>;
}

export interface InboxOptions {
  store: ReportStore;
  logger: Logger;
  metrics: Metrics;
  dedupeTtlSeconds: number;
  dispatch: (msg: InboundMessage) => Promise<void>;
}

export function createInbox(o: InboxOptions): Inbox {
  const inFlight = new Set<Promise<void>>();
  return {
    async accept(msg) {
      const first = await o.store.claimOnce('message', `${msg.platform}:${msg.msgId}`, o.dedupeTtlSeconds);
      if (!first) {
        o.metrics.duplicatesDropped.inc({ platform: msg.platform });
        o.logger.info({ platform: msg.platform, msgId: msg.msgId }, 'redelivered message ignored');
        return 'duplicate';
      }
      o.metrics.messagesReceived.inc({ platform: msg.platform });
      const p = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => o.dispatch(msg))
        .catch((err: unknown) => o.logger.error({ err, platform: msg.platform, msgId: msg.msgId }, 'dispatch failed'))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      return 'accepted';
    },
    async drain() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
  };
}
