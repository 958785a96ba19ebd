import type { OutboundMessage } from '../core/message.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../ops/metrics.js';
import type { Notifier, PlatformClient } from './types.js';

/**
 * Routes each outbound message to its platform's client. A failed send is logged and counted, never thrown:
 * a report is already stored when its receipt goes out, and a broken webhook must not undo or retry it.
 * `fallback` receives messages for platforms without a client (the console in local mode). With `rethrow` (the
 * outbox's delivery, src/core/outbox.ts) the failure is logged and counted and then thrown, so the outbox keeps
 * a send the clients could not make.
 */
export function createNotifier(o: { clients: PlatformClient[]; logger: Logger; metrics: Metrics; fallback?: PlatformClient; rethrow?: boolean }): Notifier {
  const byPlatform = new Map(o.clients.map((c) => [c.platform, c]));
  return {
    async send(msg: OutboundMessage) {
      const client = byPlatform.get(msg.platform) ?? o.fallback;
      if (!client) {
        o.logger.warn({ platform: msg.platform, chatId: msg.chatId, kind: msg.kind }, 'no client for this platform; message not sent (check the platform credentials)');
        o.metrics.sends.inc({ platform: msg.platform, outcome: 'no_client' });
        return;
      }
      try {
        await client.send(msg);
        o.metrics.sends.inc({ platform: msg.platform, outcome: 'ok' });
      } catch (err) {
        o.metrics.sends.inc({ platform: msg.platform, outcome: 'error' });
        o.logger.error({ err, platform: msg.platform, chatId: msg.chatId, kind: msg.kind }, 'send failed');
        if (o.rethrow) throw err;
      }
    },
  };
}

/** A client that keeps what it is given, in order: the simulator's output and the tests' eyes. */
export function createRecordingClient(platform: PlatformClient['platform'], now: () => Date = () => new Date()) {
  const sent: (OutboundMessage & { at: Date })[] = [];
  const client: PlatformClient & { sent: typeof sent } = {
    platform,
    sent,
    async send(msg) {
      sent.push({ ...msg, at: now() });
    },
  };
  return client;
}
