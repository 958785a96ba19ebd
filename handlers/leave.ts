import { addDays } from '../src/dates.js';
import { LEAVE_WORDS } from '../src/parser/commands.js';
import { parseNumber } from '../src/parser/numbers.js';
import type { Member } from '../src/roster.js';
import { conversation } from '../src/strings.js';
import { argsOf, isAction, isOffice } from './action.js';
import type { Handler } from './types.js';

/**
 * 请假 12月3日-12月5日 (or 外出/出差): a member's leave, or a leader's or staff's for a member named in the message
 * (请假 王磊 12月3日). Reminders then @ the unit's other members; a unit all away is said in the notice.
 */
export const leave: Handler = {
  name: 'leave',
  match: (ctx) => isAction(ctx, 'leave'),
  async handle(ctx) {
    const a = argsOf(ctx);
    const kind = /^\W*(?:外出|出差)/.test(ctx.msg.text) ? 'away' : 'leave';
    const { roster } = ctx.deps;
    // 我明天请假，王磊代报: the sender is away, 王磊 stands in; a name followed by 代报/代班/负责 is the stand-in.
    const self = LEAVE_WORDS.self.test(ctx.msg.text);
    const named = roster.roster.units.flatMap((u) => u.members.map((m) => ({ m, unit: u.name }))).filter(({ m }) => ctx.msg.text.includes(m.name) && !LEAVE_WORDS.standIn(m.name).test(ctx.msg.text))
      .filter(({ m }, _, all) => !all.some((o) => o.m.name !== m.name && o.m.name.includes(m.name)));
    let who: { m: Member; unit: string } | undefined;
    if (!self && named.length === 1 && (isOffice(ctx) || (ctx.sender.kind === 'member' && named[0]!.unit === ctx.sender.unit))) who = named[0];
    else if (ctx.sender.kind === 'member') {
      const unit = ctx.sender.unit;
      const m = roster.unit(unit)?.members.find((x) => x.id === ctx.sender.id);
      if (m) who = { m, unit };
    }
    if (!who) {
      await ctx.reply(conversation.leaveWhoFor());
      return false;
    }
    const to = a.to ?? leaveEnd(a.date, ctx.msg.text);
    await ctx.deps.store.addLeave(roster.roster.township, { memberId: who.m.id, unit: who.unit, from: a.date, to, kind, by: ctx.sender.id, at: ctx.msg.at.toISOString() });
    await ctx.reply(conversation.leaveRecorded({ name: who.m.name, from: a.date, to, kind }));
    return false;
  },
};

/** The last day of a leave given as a length (明天开始请假三天: three days from tomorrow), else its first day. */
function leaveEnd(from: string, text: string): string {
  const m = LEAVE_WORDS.days.exec(text);
  const n = m ? parseNumber(m[1]!) : null;
  if (!n || n < 1) return from;
  const days = /周|星期/.test(m![2]!) ? n * 7 : n;
  return addDays(from, Math.min(days, MAX_LEAVE_DAYS) - 1);
}
/** A leave given as a length longer than this is read as this long: a typo must not silence a cadre for a year. */
const MAX_LEAVE_DAYS = 60;
