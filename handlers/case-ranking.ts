import { quarterToDate } from '../src/ledger/ranking.js';
import { rankingText } from '../src/ledger/ranking-text.js';
import { ledgerReport } from '../src/strings.js';
import { isLedger } from './case-context.js';
import type { Handler } from './types.js';

/** 越级排名 — a leader asks for the quarter's ranking so far, with the 通报 of the last two. */
export const caseRanking: Handler = {
  name: 'case-ranking',
  match: (ctx) => isLedger(ctx, 'ranking'),
  async handle(ctx) {
    if (ctx.sender.kind !== 'leader') return void (await ctx.reply(ledgerReport.rankingNotAllowed()));
    const { from, to } = quarterToDate(ctx.today);
    await ctx.reply(await rankingText(ctx.deps, from, to), []);
    return false;
  },
};
