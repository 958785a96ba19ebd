import { MemoryCaseStore } from '../../src/ledger/memory-case-store.js';

/**
 * A case store whose next `failSources` calls of `bySource` fail, as when Redis goes away right after a 撤回 took
 * reports or a 续报 back: the handler must still answer and leave the ledger whole.
 */
export class FlakySources extends MemoryCaseStore {
  failSources = 0;
  override async bySource(township: string, sourceId: string) {
    if (this.failSources > 0) {
      this.failSources--;
      throw new Error('Connection is closed.');
    }
    return super.bySource(township, sourceId);
  }
}
