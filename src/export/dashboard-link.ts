import type { Config } from '../config.js';

/** The dashboard pages the chat can point to. */
export type DashboardPage = 'ledger' | 'summary' | 'reports';

/**
 * The link `导出台账` answers with, or null while there is no dashboard (the reply then says how to export with the
 * CLI). The dashboard (web) fills this in once it serves the workbooks; nothing else builds dashboard URLs.
 */
export function dashboardLink(_config: Config, _page: DashboardPage): string | null {
  return null;
}
