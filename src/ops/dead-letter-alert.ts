import type { Config } from '../config.js';
import type { DeadLetterNotice } from '../core/inbox.js';
import type { Notifier } from '../platforms/types.js';
import { ops } from '../strings.js';

/** The operator alert for a message parked in the dead-letter list: a line to OPS_CHAT (unset: log and metric only). */
export function deadLetterAlert(config: Pick<Config, 'OPS_CHAT'>, notifier: Notifier): (d: DeadLetterNotice) => Promise<void> {
  const spec = config.OPS_CHAT;
  const at = spec ? spec.indexOf(':') : -1;
  const chat = spec && at > 0 ? { platform: spec.slice(0, at) as 'wecom' | 'dingtalk', chatId: spec.slice(at + 1) } : undefined;
  return async (d) => {
    if (chat) await notifier.send({ ...chat, kind: 'notice', mentions: [], text: ops.deadLetter({ platform: d.msg?.platform ?? '?', msgId: d.msg?.msgId ?? d.entryId, attempts: d.attempts }) });
  };
}
