// Runs whole days through the simulator in-process: the real handlers, the memory store, the real job table.
import type { Roster } from '../../src/roster.js';
import { createSimulator, type SentLine } from '../../src/scheduler/simulator.js';

export interface ChatLine {
  at: string;
  senderId: string;
  text: string;
  chatId?: string;
}

export async function simulateDays(roster: Roster, o: { from: string; until: string; messages: ChatLine[] }) {
  const sim = await createSimulator({ roster, start: new Date(o.from) });
  for (const m of o.messages)
    await sim.deliver({ at: new Date(m.at), platform: 'wecom', chatId: m.chatId ?? 'units-chat', senderId: m.senderId, text: m.text });
  await sim.advanceTo(new Date(o.until));
  return { sim, sent: sim.sent, of: (kind: SentLine['kind']) => sim.sent.filter((l) => l.kind === kind) };
}
