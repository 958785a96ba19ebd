import type { Choice } from '../../core/message.js';

// Where a WeCom callback press waits for its answer. The smart bot can change a card only in the HTTP answer to the
// click (被动回复, within 5 s: https://developer.work.weixin.qq.com/document/path/101031), while the handlers answer
// through the inbox and the outbox like any message. So the route holds the request open for a moment and the
// client, delivering the handlers' reply, hands it over here. An answer that comes too late (or on another
// instance) finds nobody waiting and goes out as a message instead.

/** What the card shows after the press: the handlers' reply and its own buttons. */
export interface PressAnswer {
  text: string;
  choices?: Choice[];
}

export interface PressDesk {
  /** Waits for the answer to press `id` (the inbound msgId) for up to `ms`; undefined when none came in time. */
  wait(id: string, ms: number): { answer: Promise<PressAnswer | undefined>; cancel(): void };
  /** Hands the answer to a press still waiting here; false when nobody waits for it. */
  answer(id: string, a: PressAnswer): boolean;
}

export function createPressDesk(): PressDesk {
  const waiting = new Map<string, (a: PressAnswer | undefined) => void>();
  return {
    wait(id, ms) {
      let settle: (a: PressAnswer | undefined) => void = () => undefined;
      const answer = new Promise<PressAnswer | undefined>((resolve) => {
        const timer = setTimeout(() => settle(undefined), ms);
        settle = (a) => {
          clearTimeout(timer);
          if (waiting.get(id) === settle) waiting.delete(id);
          resolve(a);
        };
        waiting.set(id, settle);
      });
      return { answer, cancel: () => settle(undefined) };
    },
    answer(id, a) {
      const settle = waiting.get(id);
      if (!settle) return false;
      settle(a);
      return true;
    },
  };
}
