import type { Deps } from '../core/deps.js';
import type { InboundMessage } from '../core/message.js';
import type { Person } from '../parser/schema.js';
import { keyPersonText } from '../strings.js';
import { nameOf } from './case-people.js';
import { registeredPersons } from './person-register.js';

/**
 * A registered key person (or one a case names) reported abnormal: besides the leaders' alert, the chat the report
 * came from hears it with the person's 稳控责任人 and the case's 包案领导 @-mentioned. Returns how many were sent.
 */
export async function alertKeepers(deps: Deps, msg: InboundMessage, reports: readonly { unit: string; persons: readonly Person[] }[]): Promise<number> {
  const abnormal = reports.flatMap((r) => r.persons.filter((p) => p.state === 'abnormal').map((p) => ({ unit: r.unit, name: p.name })));
  if (abnormal.length === 0) return 0;
  const township = deps.roster.roster.township;
  const [register, cases] = await Promise.all([registeredPersons(deps), deps.cases.list(township)]);
  let sent = 0;
  for (const a of abnormal) {
    const reg = register.find((p) => p.active && p.unit === a.unit && p.name === a.name);
    const c = cases.find((x) => (reg?.caseNo !== undefined ? x.no === reg.caseNo : x.unit === a.unit && x.elements.keyPersons.includes(a.name) && x.status !== 'closed' && x.status !== 'withdrawn'));
    const keepers = [...new Set([reg?.stabilizerId, c?.stabilizerId, c?.leaderId].filter((x): x is string => Boolean(x)))];
    if (keepers.length === 0) continue;
    const text = keyPersonText.keeperAlert({ unit: a.unit, name: a.name, ...(c ? { caseNo: c.no } : {}), keepers: keepers.map((k) => nameOf(deps.roster, k)) });
    await deps.notifier.send({ platform: msg.platform, chatId: msg.chatId, kind: 'alert', text, mentions: keepers });
    sent += 1;
  }
  return sent;
}
