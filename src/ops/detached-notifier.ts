import type { OutboundMessage } from '../core/message.js';
import type { Logger } from '../logger.js';
import type { Notifier } from '../platforms/types.js';

export interface DetachedNotifier extends Notifier {
  /** Resolves when every send started so far has finished (graceful shutdown waits for it). */
  idle(): Promise<void>;
}

/**
 * A notifier whose send() returns at once and delivers in the background. For the journal replay: replaying in
 * order must not wait for each receipt to get through a platform's rate window (a WeCom group robot sends 20
 * messages a minute), or an hour of journaled messages — and everything arriving behind them — would crawl.
 * The receipts are still sent, in order, by the platform client's own queue; a failure is logged, not thrown.
 */
export function detachSends(notifier: Notifier, logger: Logger): DetachedNotifier {
  const pending = new Set<Promise<void>>();
  return {
    send(msg: OutboundMessage): Promise<void> {
      const p = notifier
        .send(msg)
        .catch((err: unknown) => logger.error({ err, platform: msg.platform, chatId: msg.chatId, kind: msg.kind }, 'send after journal replay failed'))
        .finally(() => pending.delete(p));
      pending.add(p);
      return Promise.resolve();
    },
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}
