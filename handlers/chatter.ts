import type { Handler } from './types.js';

/** The fallback: 收到, 好的, notices. The bot stays silent in a group of forty people; the raw message is kept. */
export const chatter: Handler = {
  name: 'chatter',
  match: () => true,
  handle: async () => false,
};
