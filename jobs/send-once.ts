import type { Deps } from '../src/core/deps.js';
import type { OutboundMessage } from '../src/core/message.js';
import type { IsoDate } from '../src/dates.js';

/** Long enough to cover a restart and the catch-up window; short enough not to pile up claim keys. */
export const SEND_CLAIM_TTL_SECONDS = 3 * 86_400;

/**
 * Sends a scheduled message unless it was already sent for this job, day and group (idempotency key, claimed
 * before sending). A manual re-run, a catch-up after a restart or a second instance therefore never repeats it.
 * At most once: if the send itself fails after the claim, it is logged by the notifier and not retried.
 */
export async function sendOnce(deps: Deps, job: string, date: IsoDate, msg: OutboundMessage): Promise<boolean> {
  const id = `${deps.roster.roster.township}:${job}:${date}:${msg.platform}:${msg.chatId}`;
  if (!(await deps.store.claimOnce('send', id, SEND_CLAIM_TTL_SECONDS))) {
    deps.logger.info({ job, date, platform: msg.platform, chatId: msg.chatId }, 'already sent; not sending again');
    return false;
  }
  await deps.notifier.send(msg);
  return true;
}
