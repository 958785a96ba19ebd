import type { IsoDate } from '../dates.js';
import { LEDGER_WORDS as W } from '../parser/commands.js';
import { findDate } from '../parser/dates.js';
import type { UnitName } from '../parser/schema.js';
import { findUnitMentions } from '../parser/units.js';
import type { CaseElements } from './case.js';

// The elements of a case from what a cadre wrote: labelled fields (诱因：…；地点：…) where given, otherwise what the
// sentence itself says (宅基地纠纷 → 诱因 宅基地, 涉及2户, the masked names as 重点人员).

export interface ReadElements {
  unit: string | null;
  title: string;
  elements: CaseElements;
  /** Other labelled fields (类别, 所属案件) for the key-person register. */
  extra: { category?: string; caseNo?: number };
}

type Label = keyof typeof W.elementLabels;

function labelOf(s: string): Label | null {
  for (const [k, re] of Object.entries(W.elementLabels) as [Label, RegExp][]) if (re.test(s)) return k;
  return null;
}

export function readElements(body: string, today: IsoDate, units: readonly UnitName[], senderUnit: string | null): ReadElements {
  const mention = findUnitMentions(body, units, senderUnit)[0];
  const unit = mention?.unit ?? senderUnit;
  const text = mention ? `${body.slice(0, mention.index)}${body.slice(mention.end)}`.trim() : body.trim();
  const labelled: Partial<Record<Label, string>> = {};
  const plain: string[] = [];
  for (const part of text.split(/[；;\n]+/)) {
    const m = /^\s*([\u4e00-\u9fa5]{2,8})\s*[:：]\s*(.+)$/.exec(part);
    const label = m ? labelOf(m[1]!) : null;
    if (m && label) labelled[label] = m[2]!.trim();
    else if (part.trim()) plain.push(part.trim());
  }
  const sentence = plain.join('；');
  const title = (sentence.split(/[，,。]/)[0] ?? '').replace(/^[\s:：]+/, '').slice(0, 40) || sentence.slice(0, 40);
  const n = W.people.exec(text);
  const names = labelled.keyPersons ? labelled.keyPersons.split(/[、，,\s]+/).filter(Boolean) : [...new Set(sentence.match(W.maskedName) ?? [])];
  const cause = labelled.cause ?? causeOf(title);
  const time = labelled.time ? findDate(labelled.time, today, false).date : today;
  const caseNo = labelled.case ? Number(/\d+/.exec(labelled.case)?.[0]) : undefined;
  return {
    unit,
    title,
    elements: {
      ...(cause ? { cause } : {}),
      time: time > today ? today : time,
      place: labelled.place ?? unit ?? undefined,
      ...(n && n[2] === '户' ? { households: Number(n[1]) } : {}),
      ...(n && n[2] !== '户' ? { people: Number(n[1]) } : {}),
      keyPersons: names,
      ...(labelled.forecast ? { forecast: labelled.forecast } : {}),
      ...(labelled.plan ? { plan: labelled.plan } : {}),
    },
    extra: { ...(labelled.category ? { category: labelled.category } : {}), ...(caseNo && caseNo > 0 ? { caseNo } : {}) },
  };
}

/** The disputes a 日研判 describes (王某与李某宅基地纠纷), each one a case; none when it only gives figures. */
export function describedDisputes(text: string): string[] {
  return [...new Set(text.normalize('NFKC').match(W.disputeItem) ?? [])];
}

/** 诱因 from a description: the words before 纠纷/矛盾 once the parties are taken out (王某某与李某某宅基地纠纷 → 宅基地). */
export function causeOf(text: string): string | undefined {
  const stripped = text.replace(W.maskedName, ' ').replace(W.counterparty, ' ').replace(/家?(?:与|和|跟|同)|之间|双方|因/g, ' ');
  return W.cause.exec(stripped)?.[1];
}
