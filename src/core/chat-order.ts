// The order the inbox handles one chat's messages in. A chat is a conversation people read in order: a 确认 is
// about the report posted before it, 今天谁没报 about every report before it. Handling a whole chat strictly one
// message at a time would do, but a township's work group carries every unit's reports, and most messages only
// touch their own unit. So each message names its lane: the part of the chat it can change (a unit, or the sender
// alone), or null for the whole chat (a leader, the office, someone who acts for several units).
// - a lane's message waits for the lane's previous message, or, if the lane has none since, the last whole-chat one;
// - a whole-chat message waits for every message before it in that chat, and every later one waits for it.
// Other lanes and other chats are handled meanwhile.

export interface ChatOrder {
  /** Runs fn once the messages it must follow are done (whether they succeeded or not); its result is fn's. */
  after<T>(chat: string, lane: string | null, fn: () => Promise<T>): Promise<T>;
  /** Chats with messages under way (tests: everything is forgotten once done). */
  readonly size: number;
}

interface ChatTails {
  whole: Promise<void>;
  lanes: Map<string, Promise<void>>;
  pending: number;
}

export function createChatOrder(): ChatOrder {
  const chats = new Map<string, ChatTails>();
  return {
    get size() {
      return chats.size;
    },
    after(chat, lane, fn) {
      let c = chats.get(chat);
      if (!c) chats.set(chat, (c = { whole: Promise.resolve(), lanes: new Map(), pending: 0 }));
      const before = lane === null ? Promise.all([c.whole, ...c.lanes.values()]) : (c.lanes.get(lane) ?? c.whole);
      const run = before.then(fn);
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      if (lane === null) {
        c.whole = tail;
        c.lanes.clear();
      } else c.lanes.set(lane, tail);
      c.pending++;
      const tails = c;
      void tail.then(() => {
        if (--tails.pending === 0 && chats.get(chat) === tails) chats.delete(chat);
      });
      return run;
    },
  };
}
