import type { Clock } from '../clock.js';
import type { Choice } from '../core/message.js';

// The buttons of the cards we sent, by card id, for the platforms whose press names only the button (DingTalk: the
// card's outTrackId and the button's actionId). WeCom keys carry their card's buttons themselves (wecom/cards.ts);
// a DingTalk template's buttons are fixed at design time, so the meaning of each lives here. Any instance may
// receive the press, hence Redis (redis-card-choice-store.ts) when there is one.

export interface CardRecord {
  /** The chat the card is in, as InboundMessage.chatId has it. */
  chatId: string;
  /** A one-to-one chat with the bot. */
  direct: boolean;
  choices: Choice[];
}

export interface CardChoiceStore {
  put(platform: string, cardId: string, rec: CardRecord, ttlSeconds: number): Promise<void>;
  get(platform: string, cardId: string): Promise<CardRecord | undefined>;
}

/** How long a card's buttons are honoured: a day's receipts and alerts are acted on within days. */
export const CARD_TTL_SECONDS = 7 * 86_400;

export class MemoryCardChoiceStore implements CardChoiceStore {
  private readonly cards = new Map<string, { rec: CardRecord; until: number }>();
  private readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }
  async put(platform: string, cardId: string, rec: CardRecord, ttlSeconds: number): Promise<void> {
    const now = this.clock.now().getTime();
    for (const [k, v] of this.cards) if (v.until <= now) this.cards.delete(k);
    this.cards.set(`${platform}:${cardId}`, { rec: structuredClone(rec), until: now + ttlSeconds * 1000 });
  }
  async get(platform: string, cardId: string): Promise<CardRecord | undefined> {
    const v = this.cards.get(`${platform}:${cardId}`);
    return v && v.until > this.clock.now().getTime() ? structuredClone(v.rec) : undefined;
  }
}
