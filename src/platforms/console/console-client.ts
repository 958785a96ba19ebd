import type { Choice, OutboundMessage } from '../../core/message.js';
import type { RosterIndex } from '../../roster.js';
import { buttons } from '../../strings.js';
import type { PlatformClient } from '../types.js';

/** The buttons of the last reply that had some, shown as numbered choices: typing "1" presses the first. */
export interface ConsoleChoices {
  current: Choice[];
}

const KIND_LABEL: Record<OutboundMessage['kind'], string> = {
  reply: '回复',
  reminder: '提醒',
  alert: '告警',
  digest: '早报',
  summary: '汇总',
  notice: '通知',
};

/** Prints what the bot would send, with @-mentions shown by name, for the local console chat. */
export function createConsoleClient(o: { roster: RosterIndex; write: (line: string) => void; choices?: ConsoleChoices }): PlatformClient {
  return {
    platform: 'console',
    async send(msg) {
      const group = o.roster.group('wecom', msg.chatId) ?? o.roster.group('dingtalk', msg.chatId) ?? o.roster.group('console', msg.chatId);
      const where = group?.name ?? msg.chatId;
      const at = msg.mentions.map((id) => `@${o.roster.person(id)?.name ?? id}`).join(' ');
      const choices = msg.choices ?? [];
      if (choices.length && o.choices) o.choices.current = choices;
      const line = choices.length ? `${buttons.consoleChoices(choices.map((c) => c.label))}\n` : '';
      o.write(`\n🤖 [${KIND_LABEL[msg.kind]} → ${where}]${at ? ` ${at}` : ''}\n${msg.text}\n${line}`);
    },
  };
}
