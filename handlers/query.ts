import { OTHERS_UNIT } from '../src/parser/commands.js';
import type { StoredReport } from '../src/store/report-store.js';
import { isOpen } from '../src/ledger/case.js';
import { caseLine } from '../src/ledger/supervision.js';
import { caseStatusLabel, conversation, ledger } from '../src/strings.js';
import { argsOf, isAction, nameOf } from './action.js';
import { detail } from './submit-report.js';
import type { Handler } from './types.js';

/** At most this many of a unit's open cases under its 查询; the 台账 holds the rest. */
const CASES_SHOWN = 5;

/** 查询 张庄村 12月2日: what stands of a unit's reports of a day (the current version), and its signatures. */
export const query: Handler = {
  name: 'query',
  match: (ctx) => isAction(ctx, 'query'),
  async handle(ctx) {
    const a = argsOf(ctx);
    // 我们村今天报了吗: a member asking about their own unit names none; 你们村报了没 asks about someone else's.
    if (!a.unit && ctx.sender.kind === 'member' && !OTHERS_UNIT.test(ctx.msg.text)) a.unit = ctx.sender.unit;
    if (!a.unit) {
      await ctx.reply(conversation.needUnit('查询 张庄村 12月2日'));
      return false;
    }
    const township = ctx.deps.roster.roster.township;
    // The one unit-day asked about (我们村今天报了吗 is asked daily; a township's day is up to 100,000 of them).
    const [day, excused] = await Promise.all([ctx.deps.store.getUnitDays(township, a.date, [a.unit]), ctx.deps.store.excused(township, a.date)]);
    const d = day.get(a.unit);
    const reports = [d?.zero, d?.assessment, d?.keyPersons, ...(d?.incidents ?? [])].filter((r): r is StoredReport => r !== undefined);
    const lines = reports.map((r) => conversation.queryLine(r.kind, detail(r), nameOf(ctx, r.meta.senderId), r.meta.receivedAt));
    const roles = new Set(d?.confirmations.map((c) => c.role));
    const signed = `书记${roles.has('head') ? '✓' : '✗'}，工作组组长${roles.has('team_leader') ? '✓' : '✗'}`;
    const ex = excused.find((e) => e.unit === a.unit);
    const told = conversation.queryDay(a.unit, a.date, lines, { confirmed: signed, ...(ex ? { excused: ex.reason || '—' } : {}) });
    // How the unit's matters stand now (南关村的事处理得怎么样了 is asked as 查询 南关村): its open cases under the day.
    const open = (await ctx.deps.cases.list(township)).filter((c) => c.unit === a.unit && isOpen(c));
    const shown = open.slice(0, CASES_SHOWN).map((c) => ({ ...caseLine(ctx.deps, c), status: caseStatusLabel(c.status) }));
    await ctx.reply(open.length ? `${told}\n${ledger.unitCases(shown, open.length - shown.length)}` : told);
    return false;
  },
};
