import { createInterface } from 'node:readline';
import type { Clock } from '../../clock.js';
import type { Inbox } from '../../core/inbox.js';
import type { RosterIndex, Sender } from '../../roster.js';
import type { ConsoleChoices } from './console-client.js';

export interface ConsoleChatOptions {
  roster: RosterIndex;
  inbox: Inbox;
  clock: Clock;
  input: NodeJS.ReadableStream;
  write: (line: string) => void;
  /** The numbered choices the console client printed last (shared with it). */
  choices?: ConsoleChoices;
  /** Called on /quit or when input ends, once every line typed before has been accepted by the inbox. */
  onClose?: () => void;
}

/** Resolves `/as X`: a unit name or alias (its reporter, else its first member), a person's name, or a roster id. */
export function resolveIdentity(roster: RosterIndex, who: string): Sender | undefined {
  const w = who.trim();
  const unit = roster.roster.units.find((u) => u.name === w || u.aliases.includes(w));
  if (unit) {
    const m = unit.members.find((x) => x.role === 'reporter') ?? unit.members[0];
    return m ? roster.sender('console', m.id) : undefined;
  }
  const person =
    roster.roster.units.flatMap((u) => u.members).find((m) => m.name === w || m.id === w) ??
    roster.roster.leaders.find((l) => l.name === w || l.id === w) ??
    roster.roster.staff.find((l) => l.name === w || l.id === w);
  return person ? roster.sender('console', person.id) : undefined;
}

function describe(s: Sender): string {
  if (s.kind === 'member') return `${s.unit} ${s.name}（${{ head: '书记/主任', team_leader: '驻村工作组组长', reporter: '报送员', staff: '综治办/信访办' }[s.role]}）`;
  if (s.kind === 'leader') return `${s.name}（领导）`;
  return s.id;
}

/**
 * A local chat to try the bot without WeCom or DingTalk: what you type goes through the same Inbox, handlers and
 * store as a platform message, in the units' group.
 */
export function startConsoleChat(o: ConsoleChatOptions): { close(): void } {
  const units = o.roster.groups('units')[0];
  const chatId = units?.chatId ?? 'units-chat';
  const firstUnit = o.roster.roster.units[0]?.name ?? '';
  let me: Sender = resolveIdentity(o.roster, firstUnit) ?? { kind: 'unknown', id: 'console-user' };
  let seq = 0;
  // Lines piped in arrive faster than the inbox accepts them: the close waits for every accept, so what was typed
  // before /quit or the end of input is never dropped by the shutdown that follows.
  const accepting = new Set<Promise<unknown>>();
  const rl = createInterface({ input: o.input, terminal: false });
  o.write(
    `维稳助手 本地控制台（${o.roster.roster.township}）。直接输入消息即发到工作群；/as 张庄村 切换身份，/who 查看身份，/quit 退出。\n当前身份：${describe(me)}\n`,
  );
  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) return;
    if (text === '/quit' || text === '/exit') return rl.close();
    if (text === '/who') return o.write(`当前身份：${describe(me)}\n`);
    if (text.startsWith('/as ')) {
      const s = resolveIdentity(o.roster, text.slice(4));
      if (s) me = s;
      return o.write(s ? `已切换：${describe(s)}\n` : `名册中找不到“${text.slice(4).trim()}”\n`);
    }
    // A bare number picks one of the buttons printed last: sent as the command the button stands for, as if typed.
    const picked = /^\d$/.test(text) ? o.choices?.current[Number(text) - 1] : undefined;
    seq += 1;
    const accepted = o.inbox.accept({
      platform: 'console',
      msgId: `console-${Date.now()}-${seq}`,
      chatId,
      userId: me.id,
      text: picked ? picked.command : text,
      at: o.clock.now(),
    });
    accepting.add(accepted);
    void accepted.finally(() => accepting.delete(accepted)).catch(() => undefined);
  });
  rl.on('close', () => void Promise.allSettled([...accepting]).then(() => o.onClose?.()));
  return { close: () => rl.close() };
}
