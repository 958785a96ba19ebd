import { LEDGER_WORDS as W } from '../parser/commands.js';
import type { UnitName } from '../parser/schema.js';
import { findUnitMentions } from '../parser/units.js';
import { caseRef } from './case-command.js';

// 重点人员登记：张庄村 王某某 上访老户 稳控责任人刘芳 案件1 · 重点人员销号：张庄村 王某某

export interface PersonEntry {
  unit: string | null;
  name: string | null;
  category?: string;
  stabilizerName?: string;
  caseNo?: number;
}

export function readPersonEntry(body: string, units: readonly UnitName[], senderUnit: string | null): PersonEntry {
  const mention = findUnitMentions(body, units, senderUnit)[0];
  const unit = mention?.unit ?? senderUnit;
  let rest = mention ? `${body.slice(0, mention.index)} ${body.slice(mention.end)}` : body;
  const ref = caseRef(rest);
  if (ref) rest = `${ref.before} ${ref.after}`;
  const stab = W.stabilizer.exec(rest);
  if (stab) rest = rest.replace(stab[0], ' ');
  const tokens = rest.split(/[\s,，、；;：:]+/).filter(Boolean);
  const [name, category] = tokens;
  return {
    unit,
    name: name && /^[\u4e00-\u9fa5·]{2,5}$/.test(name) ? name : null,
    ...(category ? { category } : {}),
    ...(stab?.[1] ? { stabilizerName: stab[1] } : {}),
    ...(ref ? { caseNo: ref.no } : {}),
  };
}
