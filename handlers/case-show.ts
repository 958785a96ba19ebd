import { nameOf } from '../src/ledger/case-people.js';
import { caseStatusLabel, conversation, ledger } from '../src/strings.js';
import { isLedger, ledgerCommand } from './case-context.js';
import { findAlert, personsNow } from './find-alert.js';
import { detail } from './submit-report.js';
import type { Handler } from './types.js';

/** 案件12 — where a case stands. */
export const caseShow: Handler = {
  name: 'case-show',
  // 案件12 then words no command takes: asked back only when the message reports nothing (案件3的当事人今天又去县里了
  // is a report, for the report handlers).
  match: (ctx) => isLedger(ctx, 'show', 'show-alert') || (isLedger(ctx, 'unclear') && ctx.parsed.reports.every((r) => r.kind === 'chatter')),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind === 'unclear') return void (await ctx.reply(ledger.caseHow(cmd.no)));
    if (cmd?.kind !== 'show' && cmd?.kind !== 'show-alert') return false;
    const { roster } = ctx.deps;
    const township = roster.roster.township;
    // 第3号: the alerts' numbers are not the cases' (案件N counts disputes too); the case keeps its alert's number.
    const c = cmd.kind === 'show' ? await ctx.deps.cases.get(township, cmd.no) : (await ctx.deps.cases.list(township)).find((x) => x.alertNo === cmd.alertNo);
    if (!c && cmd.kind === 'show') return void (await ctx.reply(ledger.notFound(cmd.no)));
    if (!c && cmd.kind === 'show-alert') {
      // A key person's alert opens no case: the leader is told what stands of it now (updates included).
      const hits = await findAlert(ctx.deps.store, township, cmd.alertNo, ctx.today);
      const first = hits[0];
      if (!first?.meta.alert) return void (await ctx.reply(ledger.alertCaseNotFound(cmd.alertNo)));
      const lines: string[] = [];
      for (const r of hits) {
        if (r.kind === 'key_person') for (const p of await personsNow(ctx.deps.store, township, r)) lines.push(ledger.alertPersonNow(p, p.at));
        else lines.push(conversation.queryLine(r.kind, detail(r), nameOf(roster, r.meta.senderId), r.meta.receivedAt));
      }
      return void (await ctx.reply(ledger.alertShow({ no: cmd.alertNo, at: first.meta.alert.at, unit: first.unit, lines })));
    }
    if (!c) return false;
    const last = c.versions.at(-1);
    await ctx.reply(
      ledger.show({
        no: c.no,
        unit: c.unit,
        title: c.title,
        status: caseStatusLabel(c.status, c.resolution),
        leader: nameOf(roster, c.leaderId),
        owner: nameOf(roster, c.ownerId),
        stabilizer: nameOf(roster, c.stabilizerId),
        ...(c.deadline ? { deadline: c.deadline } : {}),
        ...(c.progress ? { progress: c.progress } : {}),
        ...(c.status === 'withdrawn' && last?.action === 'withdraw' ? { withdrawn: { note: last.note ?? '', by: last.byName ?? nameOf(roster, last.by) } } : {}),
        steps: c.versions.length,
      }),
    );
    return false;
  },
};
