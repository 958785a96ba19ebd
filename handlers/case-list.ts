import { isOpen } from '../src/ledger/case.js';
import { caseLine } from '../src/ledger/supervision.js';
import { workdaysAfter } from '../src/ledger/working-days.js';
import { caseStatusLabel, ledger } from '../src/strings.js';
import { isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/** At most this many cases in one chat message; the page and the workbook hold the rest. */
const SHOWN = 15;

/**
 * 台账 / 未办结案件 / 超期案件 — the active cases, overdue first. Leaders and the office see the township's; a
 * unit's member sees the unit's own (the cases name people of that unit); someone not on the roster sees none.
 */
export const caseList: Handler = {
  name: 'case-list',
  match: (ctx) => isLedger(ctx, 'list'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'list') return false;
    const { sender, deps, today } = ctx;
    if (sender.kind === 'unknown') return void (await ctx.reply(ledger.refusal('not_rostered')));
    const unit = sender.kind === 'member' ? sender.unit : null;
    const all = (await deps.cases.list(deps.roster.roster.township)).filter((c) => isOpen(c) && (unit === null || c.unit === unit));
    // Overdue as 督办 counts it: the deadline has passed; how long in working days (0 over a weekend).
    const rows = all
      .map((c) => ({ c, late: c.deadline !== undefined && c.deadline < today, days: c.deadline !== undefined && c.deadline < today ? workdaysAfter(deps.calendar, c.deadline, today) : 0 }))
      .filter((x) => !cmd.overdueOnly || x.late)
      .sort((a, b) => Number(b.late) - Number(a.late) || b.days - a.days || a.c.no - b.c.no);
    await ctx.reply(
      ledger.list({
        scope: unit ?? '',
        overdueOnly: cmd.overdueOnly,
        total: rows.length,
        overdue: rows.filter((x) => x.late).length,
        cases: rows.slice(0, SHOWN).map((x) => ({ ...caseLine(deps, x.c, { overdueDays: x.days }), status: caseStatusLabel(x.c.status) })),
      }),
    );
    return false;
  },
};
