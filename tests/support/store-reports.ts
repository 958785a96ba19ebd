// Writes fixture reports into a real store (memory or Redis) the way handlers do: one applyMessage per call.
import type { Confirmation, ReportStore, StoredReport } from '../../src/store/report-store.js';

let seq = 0;
export async function storeReports(store: ReportStore, township: string, reports: StoredReport[], at = '2026-10-02T02:00:00.000Z'): Promise<void> {
  seq += 1;
  await store.applyMessage({
    township,
    raw: { msgId: `fx${seq}`, platform: 'wecom', chatId: 'units-chat', senderId: 'fixture', at, text: 'fixture' },
    put: reports,
  });
}

export async function storeConfirmations(store: ReportStore, township: string, date: string, unit: string, cs: Confirmation[]): Promise<void> {
  for (const c of cs) await store.confirm(township, date, unit, c);
}
