import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { createKeys, type Keys, ttlSeconds } from '../store/keys.js';
import { type AuditEntry, AuditEntrySchema, type Session, SessionSchema, type WebStore } from './web-store.js';

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

/** Sessions as single keys with EX; the audit trail as one list per township-day. */
export class RedisWebStore implements WebStore {
  private readonly keys: Keys;
  private readonly rawRetentionDays: number;
  private readonly logger: Pick<Logger, 'warn'>;
  private readonly redis: Redis | Cluster;
  constructor(redis: Redis | Cluster, o: { prefix: string; rawRetentionDays: number; logger: Pick<Logger, 'warn'> }) {
    this.redis = redis;
    this.keys = createKeys(o.prefix);
    this.rawRetentionDays = o.rawRetentionDays;
    this.logger = o.logger;
  }

  async putSession(id: string, s: Session, ttl: number): Promise<void> {
    await this.redis.set(this.keys.session(hash(id)), JSON.stringify(SessionSchema.parse(s)), 'EX', Math.max(1, Math.ceil(ttl)));
  }

  async getSession(id: string): Promise<Session | undefined> {
    const raw = await this.redis.get(this.keys.session(hash(id)));
    if (raw === null) return undefined;
    const res = SessionSchema.safeParse(safeJson(raw));
    if (!res.success) this.logger.warn('damaged 看板 session record ignored');
    return res.success ? res.data : undefined;
  }

  async dropSession(id: string): Promise<void> {
    await this.redis.del(this.keys.session(hash(id)));
  }

  async audit(township: string, date: string, e: AuditEntry): Promise<void> {
    const key = this.keys.audit(township, date);
    await this.redis.multi().rpush(key, JSON.stringify(AuditEntrySchema.parse(e))).expire(key, ttlSeconds.raw(this.rawRetentionDays)).exec();
  }

  async auditTrail(township: string, date: string): Promise<AuditEntry[]> {
    const out: AuditEntry[] = [];
    for (const raw of await this.redis.lrange(this.keys.audit(township, date), 0, -1)) {
      const res = AuditEntrySchema.safeParse(safeJson(raw));
      if (res.success) out.push(res.data);
      else this.logger.warn('damaged 看板 audit entry skipped');
    }
    return out;
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
