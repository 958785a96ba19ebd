import { OTHERS_UNIT } from '../src/parser/commands.js';
import type { StoredReport } from '../src/store/report-store.js';
import { conversation } from '../src/strings.js';
import { argsOf, isAction, nameOf } from './action.js';
import { detail } from './submit-report.js';
import type { Handler } from './types.js';

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
    await ctx.reply(conversation.queryDay(a.unit, a.date, lines, { confirmed: signed, ...(ex ? { excused: ex.reason || '—' } : {}) }));
    return false;
  },
};
