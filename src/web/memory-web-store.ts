import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import { type AuditEntry, AuditEntrySchema, type Session, SessionSchema } from './web-store.js';
import type { WebStore } from './web-store.js';

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

/** The embedded web store (REDIS_URL unset, tests): same semantics as RedisWebStore, expiry on the injected clock. */
export class MemoryWebStore implements WebStore {
  private readonly sessions = new Map<string, { s: Session; until: number }>();
  private readonly trails = new Map<string, AuditEntry[]>();
  private readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }

  async putSession(id: string, s: Session, ttlSeconds: number): Promise<void> {
    const now = this.clock.now().getTime();
    this.sessions.set(hash(id), { s: SessionSchema.parse(s), until: now + ttlSeconds * 1000 });
    if (this.sessions.size > 10_000) for (const [k, v] of this.sessions) if (v.until <= now) this.sessions.delete(k);
  }

  async getSession(id: string): Promise<Session | undefined> {
    const e = this.sessions.get(hash(id));
    if (!e || e.until <= this.clock.now().getTime()) return undefined;
    return structuredClone(e.s);
  }

  async dropSession(id: string): Promise<void> {
    this.sessions.delete(hash(id));
  }

  async audit(township: string, date: string, e: AuditEntry): Promise<void> {
    const key = `${township}\0${date}`;
    const list = this.trails.get(key) ?? [];
    list.push(AuditEntrySchema.parse(e));
    this.trails.set(key, list);
  }

  async auditTrail(township: string, date: string): Promise<AuditEntry[]> {
    return structuredClone(this.trails.get(`${township}\0${date}`) ?? []);
  }
}
