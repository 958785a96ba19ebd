import { parseMessage } from '../../../src/parser/parse-message.js';
import type { ParseResult, Report, UnitName } from '../../../src/parser/schema.js';

// A roster of made-up units (not the sample corpus's), to show the rules do not depend on particular names.
export const UNITS: UnitName[] = [
  { name: '杨树村', aliases: ['杨树'] },
  { name: '马坊村', aliases: ['马坊'] },
  { name: '清河村', aliases: ['清河'] },
  { name: '红星村', aliases: ['红星'] },
  { name: '前进社区', aliases: ['前进'] },
  { name: '凤凰社区', aliases: ['凤凰'] },
];

export const SENT = '2026-11-20T15:00:00+08:00';

export function parse(text: string, senderUnit: string | null = '杨树村', sentAt = SENT): ParseResult {
  return parseMessage({ text, sentAt: new Date(sentAt), senderUnit }, UNITS);
}

export const kinds = (r: ParseResult) => r.reports.map((x) => x.kind);
export function only<K extends Report['kind']>(r: ParseResult, kind: K): Extract<Report, { kind: K }> {
  const found = r.reports.filter((x) => x.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${JSON.stringify(r.reports)}`);
  return found[0] as Extract<Report, { kind: K }>;
}
