import type { Clock } from '../clock.js';

// A lease with a fencing token: at most one instance holds a named lease at a time (the one WeCom long connection
// a bot may have), and each new holder gets a larger token than every holder before it. A holder that was paused
// past its lease (GC, a frozen VM) and wakes up still believing it holds it finds its token refused on the next
// renew or outbox take, and steps down; it can never consume work meant for the new holder.
//
// The outbox carries frames other instances want sent on the holder's connection (a digest fired by the scheduler
// on instance B while instance A holds the socket). Only the current holder, with its token, may take from it.

export interface LeaseStore {
  /** Takes the lease if it is free (or already ours): the fencing token, or undefined while another holds it. */
  acquire(name: string, holder: string, ttlMs: number): Promise<number | undefined>;
  /** Extends the lease if it is still ours under this token; false once it has passed to someone else or lapsed. */
  renew(name: string, holder: string, token: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease up at once (graceful stop), so another instance need not wait for it to lapse. */
  release(name: string, holder: string, token: number): Promise<void>;
  /** Who holds it now (logs, health, tests). */
  current(name: string): Promise<{ holder: string; token: number } | undefined>;
  /** Queues an item for whoever holds the lease, after those queued before it. */
  pushOutbox(name: string, item: string): Promise<void>;
  /** The oldest queued items (at most `max`), removed; [] when this holder/token no longer holds the lease. */
  takeOutbox(name: string, holder: string, token: number, max: number): Promise<string[]>;
}

/** One process: the lease lives in memory with the injected clock (no REDIS_URL means one instance anyway). */
export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, { holder: string; token: number; until: number }>();
  private readonly fences = new Map<string, number>();
  private readonly outboxes = new Map<string, string[]>();
  private readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }

  private live(name: string) {
    const l = this.leases.get(name);
    if (l && l.until <= this.clock.now().getTime()) {
      this.leases.delete(name);
      return undefined;
    }
    return l;
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<number | undefined> {
    const l = this.live(name);
    const until = this.clock.now().getTime() + ttlMs;
    if (l) {
      if (l.holder !== holder) return undefined;
      l.until = until;
      return l.token;
    }
    const token = (this.fences.get(name) ?? 0) + 1;
    this.fences.set(name, token);
    this.leases.set(name, { holder, token, until });
    return token;
  }

  async renew(name: string, holder: string, token: number, ttlMs: number): Promise<boolean> {
    const l = this.live(name);
    if (!l || l.holder !== holder || l.token !== token) return false;
    l.until = this.clock.now().getTime() + ttlMs;
    return true;
  }

  async release(name: string, holder: string, token: number): Promise<void> {
    const l = this.live(name);
    if (l && l.holder === holder && l.token === token) this.leases.delete(name);
  }

  async current(name: string) {
    const l = this.live(name);
    return l ? { holder: l.holder, token: l.token } : undefined;
  }

  async pushOutbox(name: string, item: string): Promise<void> {
    const q = this.outboxes.get(name) ?? [];
    q.push(item);
    this.outboxes.set(name, q);
  }

  async takeOutbox(name: string, holder: string, token: number, max: number): Promise<string[]> {
    const l = this.live(name);
    if (!l || l.holder !== holder || l.token !== token) return [];
    const q = this.outboxes.get(name) ?? [];
    return q.splice(0, max);
  }
}
