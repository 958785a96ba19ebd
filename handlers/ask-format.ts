import { isOfficeSender } from '../src/roster.js';
import { conversation } from '../src/strings.js';
import type { Handler } from './types.js';

/**
 * Looks like a report but nothing could be understood: show the expected format (the raw message is kept).
 * Leaders and staff are not asked: what they write that is neither a report nor a command is an instruction to
 * the units (请南关村把…报一下), not a failed report.
 */
export const askFormat: Handler = {
  name: 'ask-format',
  match: (ctx) => ctx.parsed.unclear && !isOfficeSender(ctx.sender),
  async handle(ctx) {
    ctx.deps.metrics.parseFailures.inc();
    await ctx.reply(conversation.unclear());
    return false;
  },
};
