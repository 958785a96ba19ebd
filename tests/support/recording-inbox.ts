import type { Inbox } from '../../src/core/inbox.js';
import type { InboundMessage } from '../../src/core/message.js';

/** Records accepted messages; a repeated platform:msgId is a duplicate, as the real Inbox answers after SET NX. */
export class RecordingInbox implements Inbox {
  readonly accepted: InboundMessage[] = [];
  private readonly seen = new Set<string>();
  async accept(msg: InboundMessage): Promise<'accepted' | 'duplicate'> {
    const key = `${msg.platform}:${msg.msgId}`;
    if (this.seen.has(key)) return 'duplicate';
    this.seen.add(key);
    this.accepted.push(msg);
    return 'accepted';
  }
  async drain(): Promise<void> {}
}
