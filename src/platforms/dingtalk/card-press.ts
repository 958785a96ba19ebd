import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Inbox } from '../../core/inbox.js';
import type { Choice, InboundMessage } from '../../core/message.js';
import type { Logger } from '../../logger.js';
import type { Metrics } from '../../ops/metrics.js';
import type { CardChoiceStore } from '../../store/card-choice-store.js';
import { buttonIndex } from './cards.js';

// A press on one of our cards, from the Stream card topic, as the message its button's command would be, typed by
// the presser in the card's chat: the handlers check the roster exactly as for typed text. Transport only.
// The callback's data (open-dingtalk/dingtalk-stream-sdk-python card_callback.py; 卡片回传): `outTrackId` (our
// card id), `userId` (the presser's staffId), `content`, a JSON string with `cardPrivateData.actionIds`.

export const TOPIC_CARD = '/v1.0/card/instances/callback';

const CardCallbackSchema = z.looseObject({
  outTrackId: z.string().min(1),
  userId: z.string().min(1),
  content: z.string(),
  type: z.string().optional(),
  spaceType: z.string().optional(),
  spaceId: z.string().optional(),
});
const ContentSchema = z.looseObject({ cardPrivateData: z.looseObject({ actionIds: z.array(z.string()).min(1) }) });

/** What the client needs to answer a press: the card to change, and its buttons. Opaque elsewhere. */
export interface DingtalkPressHandle {
  press: 'dingtalk';
  cardId: string;
  choices: Choice[];
  label: string;
}

export function isDingtalkPressHandle(h: unknown): h is DingtalkPressHandle {
  return typeof h === 'object' && h !== null && (h as DingtalkPressHandle).press === 'dingtalk' && typeof (h as DingtalkPressHandle).cardId === 'string';
}

export interface CardPressOptions {
  inbox: Inbox;
  cards: CardChoiceStore;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
}

/**
 * Handles one card callback: `messageId` is the Stream frame's (a redelivery carries the same one), so a press is
 * deduped on it. Resolves with the acknowledgement's `response`: null, the card is changed by the handlers' answer
 * through the update API (an update in the acknowledgement could land after that answer and undo it).
 */
export function createCardPressHandler(o: CardPressOptions): (data: string, messageId: string) => Promise<null> {
  const log = o.logger.child({ platform: 'dingtalk', transport: 'stream' });
  return async (data, messageId) => {
    let body: unknown;
    let content: unknown;
    try {
      body = JSON.parse(data);
      content = JSON.parse(String((body as { content?: unknown }).content ?? ''));
    } catch {
      o.metrics.rejected.inc({ platform: 'dingtalk', reason: 'malformed_json' });
      log.warn('dingtalk card callback: data is not JSON');
      return null;
    }
    const cb = CardCallbackSchema.safeParse(body);
    const c = ContentSchema.safeParse(content);
    if (!cb.success || !c.success) {
      o.metrics.rejected.inc({ platform: 'dingtalk', reason: 'schema_invalid' });
      log.warn('dingtalk card callback: not a button press');
      return null;
    }
    const index = buttonIndex(c.data.cardPrivateData.actionIds[0]!);
    const card = index === undefined ? undefined : await o.cards.get('dingtalk', cb.data.outTrackId);
    const choice = card && index !== undefined ? card.choices[index] : undefined;
    if (!card || !choice) {
      log.info({ cardId: cb.data.outTrackId }, 'dingtalk card press on a card or button we do not know (expired?) ignored');
      return null;
    }
    const handle: DingtalkPressHandle = { press: 'dingtalk', cardId: cb.data.outTrackId, choices: card.choices, label: choice.label };
    const msg: InboundMessage = {
      platform: 'dingtalk',
      // Its own id: a press is a message of its own, recorded like a typed one.
      msgId: `press:${messageId}`,
      chatId: card.chatId,
      userId: cb.data.userId,
      text: choice.command,
      at: o.clock.now(),
      replyHandle: handle,
    };
    const outcome = await o.inbox.accept(msg);
    log.info({ chatId: msg.chatId, msgId: msg.msgId, outcome }, 'dingtalk card press');
    return null;
  };
}
