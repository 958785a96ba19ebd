import { dashboardLink } from '../src/export/dashboard-link.js';
import { ledger } from '../src/strings.js';
import { isLedger } from './case-context.js';
import type { Handler } from './types.js';

/** 导出台账 — the dashboard's page where the workbooks are downloaded, or how an administrator exports them. */
export const caseExport: Handler = {
  name: 'case-export',
  match: (ctx) => isLedger(ctx, 'export'),
  async handle(ctx) {
    const url = dashboardLink(ctx.deps.config, 'ledger');
    await ctx.reply(url ? ledger.exportLink(url) : ledger.exportHow());
    return false;
  },
};
