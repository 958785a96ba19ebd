import { MemoryReportStore, type MemoryReportStoreOptions } from '../../src/store/memory-store.js';
import type { ClaimScope, MessageWrite } from '../../src/store/report-store.js';

/**
 * A real in-memory store that can be switched "down": while down, every call fails the way ioredis fails when
 * Redis is unreachable (a connection error), and ping answers false. For inbox/journal/readiness tests; the
 * end-to-end outage test uses a real redis-server instead.
 */
export class FlakyStore extends MemoryReportStore {
  down = false;
  /** Fail only the n-th next applyMessage calls (a store that dies between the claim and the write). */
  failApplies = 0;
  /** Fail only the n-th next claimOnce calls (Redis going away again while the journal is moved into the queue). */
  failClaims = 0;
  applied = 0;

  constructor(options: MemoryReportStoreOptions = {}) {
    super(options);
  }

  private check(): void {
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
  }

  override async applyMessage(write: MessageWrite): Promise<void> {
    this.check();
    if (this.failApplies > 0) {
      this.failApplies--;
      throw Object.assign(new Error('Connection is closed.'), {});
    }
    await super.applyMessage(write);
    this.applied++;
  }

  override async claimOnce(scope: ClaimScope, id: string, ttlSeconds: number): Promise<boolean> {
    this.check();
    if (this.failClaims > 0) {
      this.failClaims--;
      throw Object.assign(new Error('Connection is closed.'), {});
    }
    return super.claimOnce(scope, id, ttlSeconds);
  }

  override async ping(): Promise<boolean> {
    return !this.down;
  }
}
