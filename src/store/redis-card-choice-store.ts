import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import type { CardChoiceStore, CardRecord } from './card-choice-store.js';
import type { Keys } from './keys.js';

const CardRecordSchema = z.object({
  chatId: z.string(),
  direct: z.boolean(),
  choices: z.array(z.object({ label: z.string(), command: z.string() })),
});

/** One STRING per card (keys.ts `card`), EX the card's lifetime; single-key, so any Cluster slot. */
export class RedisCardChoiceStore implements CardChoiceStore {
  private readonly redis: Redis | Cluster;
  private readonly keys: Keys;
  constructor(redis: Redis | Cluster, keys: Keys) {
    this.redis = redis;
    this.keys = keys;
  }
  async put(platform: string, cardId: string, rec: CardRecord, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.keys.card(platform, cardId), JSON.stringify(rec), 'EX', ttlSeconds);
  }
  async get(platform: string, cardId: string): Promise<CardRecord | undefined> {
    const raw = await this.redis.get(this.keys.card(platform, cardId));
    if (raw === null) return undefined;
    try {
      const r = CardRecordSchema.safeParse(JSON.parse(raw));
      return r.success ? r.data : undefined;
    } catch {
      return undefined;
    }
  }
}
