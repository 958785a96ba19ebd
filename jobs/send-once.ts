import type { Deps } from '../src/core/deps.js';
import type { OutboundMessage } from '../src/core/message.js';
import type { IsoDate } from '../src/dates.js';

/** Long enough to cover a restart and the catch-up window; short enough not to pile up claim keys. */
export const SEND_CLAIM_TTL_SECONDS = 3 * 86_400;

/**
 * Sends a scheduled message unless it was already sent for this job, day and group (idempotency key). A manual
 * re-run, a catch-up after a restart or a second instance therefore never repeats it.
 * Through the outbox (main.ts) the claim and the queuing are one atomic step, so a crash between them cannot
 * leave the day claimed and the message never queued (the catch-up after the restart sends it). A notifier
 * without a durable queue (tests, simulate) gets the claim first and the send after: at most once.
 */
export async function sendOnce(deps: Deps, job: string, date: IsoDate, msg: OutboundMessage): Promise<boolean> {
  const id = `${deps.roster.roster.township}:${job}:${date}:${msg.platform}:${msg.chatId}`;
  const sent = deps.notifier.sendOnce ? await deps.notifier.sendOnce(id, msg) : await claimThenSend(deps, id, msg);
  if (!sent) deps.logger.info({ job, date, platform: msg.platform, chatId: msg.chatId }, 'already sent; not sending again');
  return sent;
}

async function claimThenSend(deps: Deps, id: string, msg: OutboundMessage): Promise<boolean> {
  if (!(await deps.store.claimOnce('send', id, SEND_CLAIM_TTL_SECONDS))) return false;
  await deps.notifier.send(msg);
  return true;
}
