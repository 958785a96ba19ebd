import { type Config, webConfigured } from '../config.js';

/** The dashboard pages the chat can point to. */
export type DashboardPage = 'ledger' | 'summary' | 'reports';

/**
 * The link `导出台账` answers with, or null while there is no dashboard (the reply then says how to export with the
 * CLI). The dashboard (web) fills this in once it serves the workbooks; nothing else builds dashboard URLs.
 */
export function dashboardLink(config: Config, page: DashboardPage): string | null {
  if (!webConfigured(config)) return null;
  // A page behind the 看板's login: who opens it without a session is told to send 看板 for a link.
  const path = { ledger: 'ledger', summary: 'trends', reports: 'history' }[page];
  return `${config.WEB_PUBLIC_URL.replace(/\/+$/, '')}/web/${path}`;
}
