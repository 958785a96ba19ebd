import { conversation } from '../src/strings.js';
import type { Handler } from './types.js';

/** Looks like a report but nothing could be understood: show the expected format (the raw message is kept). */
export const askFormat: Handler = {
  name: 'ask-format',
  match: (ctx) => ctx.parsed.unclear,
  async handle(ctx) {
    ctx.deps.metrics.parseFailures.inc();
    await ctx.reply(conversation.unclear());
    return false;
  },
};
