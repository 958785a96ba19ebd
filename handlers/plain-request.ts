import type { InboundMessage } from '../src/core/message.js';
import { parseLedgerCommand } from '../src/ledger/case-command.js';
import { actionCommand, plainRequest } from '../src/parser/commands.js';
import { findUnitMentions } from '../src/parser/units.js';
import type { ParseResult } from '../src/parser/schema.js';
import type { Sender } from '../src/roster.js';
import type { Deps } from '../src/core/deps.js';

/** A leader's request is short; a longer message that reads as a report is one (staff also report for units). */
const LEADER_REQUEST_MAX = 30;
const MASKED_NAME = /[\u4e00-\u9fa5]某/;

/**
 * The message as the command it means, when it is a plain request (这个月越级上访排名 → 越级排名; see
 * commands.ts plainRequest), else undefined. Taken when nothing else was read in it, or from a leader when it is
 * short (越级上访 in 越级上访排名 reads as a report's words); never over a command typed as such, nor over a question
 * about a person (东坡社区王某某现在什么情况: put to the people who know).
 */
export function asPlainRequest(msg: InboundMessage, parsed: ParseResult, sender: Sender, deps: Deps): InboundMessage | undefined {
  const text = msg.text.trim();
  const quiet = parsed.reports.every((r) => r.kind === 'chatter') && parsed.unsure === undefined;
  if (!quiet && !(sender.kind === 'leader' && text.length <= LEADER_REQUEST_MAX && parsed.reports.every((r) => r.kind !== 'command'))) return undefined;
  if (actionCommand(text) !== null || parseLedgerCommand(text, '2000-01-01') !== null) return undefined;
  if (MASKED_NAME.test(text) || deps.roster.namesSomeone(text)) return undefined;
  const unit = findUnitMentions(text, deps.roster.unitNames, sender.kind === 'member' ? sender.unit : null)[0]?.unit ?? null;
  const command = plainRequest(text, unit);
  return command === null ? undefined : { ...msg, text: command };
}
