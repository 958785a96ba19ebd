import { defaultStabilizer, memberNamed, nameOf } from '../src/ledger/case-people.js';
import { mayRegister } from '../src/ledger/case-rules.js';
import { readPersonEntry } from '../src/ledger/person-command.js';
import { registeredPersons } from '../src/ledger/person-register.js';
import { ledger } from '../src/strings.js';
import { actor, isLedger, ledgerCommand } from './case-context.js';
import type { Handler } from './types.js';

/**
 * 重点人员登记：张庄村 王某某 上访老户 [稳控责任人刘芳] [案件1] — anyone on the roster; 重点人员销号：张庄村 王某某 — a
 * leader or a member of the person's unit. The 稳控责任人 defaults to the unit's resident team leader.
 */
export const casePerson: Handler = {
  name: 'case-person',
  match: (ctx) => isLedger(ctx, 'person-register', 'person-remove'),
  async handle(ctx) {
    const cmd = ledgerCommand(ctx);
    if (cmd?.kind !== 'person-register' && cmd?.kind !== 'person-remove') return false;
    const refusal = mayRegister(ctx.sender);
    if (refusal) return void (await ctx.reply(ledger.refusal(refusal)));
    const { roster, cases } = ctx.deps;
    const township = roster.roster.township;
    const senderUnit = ctx.sender.kind === 'member' ? ctx.sender.unit : null;
    const e = readPersonEntry(cmd.body, roster.unitNames, senderUnit);
    if (!e.unit || !e.name) return void (await ctx.reply(ledger.personHow()));
    const who = actor(ctx);
    if (cmd.kind === 'person-remove') {
      if (ctx.sender.kind === 'member' && ctx.sender.unit !== e.unit) return void (await ctx.reply(ledger.refusal('not_case_unit')));
      const cur = (await registeredPersons(ctx.deps)).find((p) => p.unit === e.unit && p.name === e.name && p.active);
      if (!cur) return void (await ctx.reply(ledger.personUnknown(`${e.unit}${e.name}`)));
      await cases.putPerson(township, { ...cur, source: 'chat', active: false, removedAt: who.at, removedBy: who.by });
      return void (await ctx.reply(ledger.personRemoved(e.unit, e.name)));
    }
    const stabilizer = (e.stabilizerName ? memberNamed(roster, e.unit, e.stabilizerName) : undefined) ?? defaultStabilizer(roster, e.unit);
    const category = e.category ?? '重点人员';
    await cases.putPerson(township, {
      unit: e.unit,
      name: e.name,
      category,
      ...(stabilizer ? { stabilizerId: stabilizer.id } : {}),
      ...(e.caseNo ? { caseNo: e.caseNo } : {}),
      source: 'chat',
      active: true,
      registeredAt: who.at,
      registeredBy: who.by,
    });
    await ctx.reply(ledger.personRegistered(e.unit, e.name, category, nameOf(roster, stabilizer?.id)), [...new Set([ctx.sender.id, ...(stabilizer ? [stabilizer.id] : [])])]);
    return false;
  },
};
