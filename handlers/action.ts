import { shanghaiDate } from '../src/dates.js';
import { type CommandArgs, commandArgs } from '../src/parser/command-args.js';
import { type ActionName, actionArgs, actionCommand } from '../src/parser/commands.js';
import { isOfficeSender } from '../src/roster.js';
import type { HandlerContext } from './types.js';

/** True when the message starts with the bot command `name` (历史, 查询, 督办, 免报, 请假/外出). */
export function isAction(ctx: HandlerContext, name: ActionName): boolean {
  return actionCommand(ctx.msg.text) === name;
}

/**
 * The unit, days and rest of a command, read in the sender's context (我村 is their unit). The unit and the days
 * come from the whole message (我明天请假, 12月2日张庄村的报告查一下); the rest from what follows the command word.
 */
export function argsOf(ctx: HandlerContext, text = ctx.msg.text): CommandArgs {
  const senderUnit = ctx.sender.kind === 'member' ? ctx.sender.unit : null;
  const read = (t: string) => commandArgs(t, shanghaiDate(ctx.msg.at), ctx.deps.roster.unitNames, senderUnit);
  const full = read(text);
  if (!actionCommand(text)) return full;
  const tail = read(actionArgs(text));
  return { ...full, rest: tail.rest, after: tail.after || full.after };
}

/** Leaders and staff run the township: they supervise and excuse. */
export function isOffice(ctx: HandlerContext): boolean {
  return isOfficeSender(ctx.sender);
}

/** A roster person's name, for lists (their id when not on the roster). */
export function nameOf(ctx: HandlerContext, id: string): string {
  return ctx.deps.roster.person(id)?.name ?? id;
}
