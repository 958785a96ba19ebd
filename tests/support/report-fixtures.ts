// Builders of stored reports and unit-days for stats and job tests (plain data: no store, no parser).
import type { Escalation, Person } from '../../src/parser/schema.js';
import type { Confirmation, ReportMeta, StoredReport, UnitDay } from '../../src/store/report-store.js';

let seq = 0;
export function meta(over: Partial<ReportMeta> = {}): ReportMeta {
  seq += 1;
  return {
    id: `m${seq}:0`,
    msgId: `m${seq}`,
    platform: 'console',
    chatId: 'units-chat',
    senderId: 'someone',
    receivedAt: '2026-10-01T07:00:00.000Z',
    ...over,
  };
}

type Zero = StoredReport & { kind: 'zero_report' };
type Assessment = StoredReport & { kind: 'daily_assessment' };
type KeyPersons = StoredReport & { kind: 'key_person' };
type Incident = StoredReport & { kind: 'incident' };

export function zero(unit: string, date: string, m: Partial<ReportMeta> = {}): Zero {
  return { kind: 'zero_report', unit, date, meta: meta(m) };
}
export function assessment(
  unit: string,
  date: string,
  counts: Assessment['counts'],
  m: Partial<ReportMeta> = {},
): Assessment {
  return { kind: 'daily_assessment', unit, date, counts, level: 'stable', meta: meta(m) };
}
export function keyPersons(unit: string, date: string, persons: Partial<Person>[], m: Partial<ReportMeta> = {}): KeyPersons {
  return {
    kind: 'key_person',
    unit,
    date,
    persons: persons.map((p, i) => ({ name: `某${i}`, state: 'stable', whereabouts: 'home', escalation: null, ...p })),
    meta: meta(m),
  };
}
export function incident(
  unit: string,
  date: string,
  over: { escalation?: Escalation | null; people?: number | null; collective?: boolean; summary?: string } = {},
  m: Partial<ReportMeta> = {},
): Incident {
  return { kind: 'incident', unit, date, escalation: null, people: null, collective: false, ...over, meta: meta(m) };
}
export function confirmation(memberId: string, role: Confirmation['role']): Confirmation {
  return { memberId, role, at: '2026-10-01T08:00:00.000Z' };
}

/** A unit-day from its parts. */
export function unitDay(unit: string, parts: { zero?: Zero; assessment?: Assessment; keyPersons?: KeyPersons; incidents?: Incident[]; confirmations?: Confirmation[] }): UnitDay {
  return { unit, incidents: [], confirmations: [], ...parts };
}

export function dayMap(...days: UnitDay[]): Map<string, UnitDay> {
  return new Map(days.map((d) => [d.unit, d]));
}
