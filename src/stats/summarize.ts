import type { IsoDate } from '../dates.js';
import { ESCALATION_ORDER, type Escalation, type Person } from '../parser/schema.js';
import type { RosterIndex } from '../roster.js';
import type { StoredReport, UnitDay } from '../store/report-store.js';
import { hasReported } from './missing-units.js';
import { incidentModality, type Modality } from '../parser/modality.js';

// Pure figures for 未报, 统计, the morning digest and the semi-monthly 汇总表. No I/O, no clock: callers read the
// days from the store and pass them in, so one definition of "reported", "confirmed" and 化解率 serves everyone.

/** One day of stored reports. `expected: false` (not a report day) means a unit without a report is not 漏报. */
export interface DayInput {
  date: IsoDate;
  day: Map<string, UnitDay>;
  expected?: boolean;
}

/** Figures of one unit (or the total) over the days summarised. Day counts are unit-days: 0/1 for a single day. */
export interface Figures {
  /** Days with any report. */
  reported: number;
  /** Expected days without any report (漏报). */
  missing: number;
  /** Days whose report the head and the team leader both confirmed. */
  confirmed: number;
  /** Days reported only after the deadline (every report of the day marked late: 迟报). */
  late: number;
  disputesFound: number;
  disputesResolved: number;
  /** 化解率 = resolved / found; null when nothing was found (no rate rather than a misleading 0% or 100%). */
  resolutionRate: number | null;
  /** 信访 counted in the 日研判. */
  petitions: number;
  incidents: number;
  /** Incidents escalated to the county or higher (越级: beyond the township). */
  incidentsBeyondTownship: number;
  keyPersonsAbnormal: number;
  keyPersonsAway: number;
}

export interface UnitFigures extends Figures {
  unit: string;
}

export interface IncidentLine {
  date: IsoDate;
  unit: string;
  escalation: Escalation | null;
  people: number | null;
  collective: boolean;
  summary?: string;
  late: boolean;
  /** Told as a threat, plan or rumour (准备到县上访（风险）): the digest says so, as the alert did. */
  modality?: Exclude<Modality, 'act'>;
  /** The latest 进展 of its case (a 续报/终报, a step taken), as the digest tells it; added by the digest. */
  latest?: string;
}

export interface KeyPersonLine extends Person {
  date: IsoDate;
  unit: string;
}

/** Who reported on one day, by unit name, in roster order. */
export interface DayUnits {
  date: IsoDate;
  expected: boolean;
  reported: string[];
  missing: string[];
  confirmed: string[];
  late: string[];
}

export interface Summary {
  from: IsoDate;
  to: IsoDate;
  /** Roster units first, in roster order, then any other unit found in the data. */
  units: UnitFigures[];
  total: Figures;
  perDay: DayUnits[];
  incidents: IncidentLine[];
  /** Key persons reported abnormal or away (one line per person per day). */
  keyPersons: KeyPersonLine[];
}

/** resolved / found, or null when found is 0. */
export function resolutionRate(found: number, resolved: number): number | null {
  return found > 0 ? resolved / found : null;
}

export function isBeyondTownship(e: Escalation | null): boolean {
  return e !== null && ESCALATION_ORDER.indexOf(e) >= ESCALATION_ORDER.indexOf('county');
}

/** Both signatures the documents ask for: the head's and the team leader's. */
export function isConfirmed(d: UnitDay | undefined): boolean {
  if (!d) return false;
  const roles = new Set(d.confirmations.map((c) => c.role));
  return roles.has('head') && roles.has('team_leader');
}

function reportsOf(d: UnitDay): StoredReport[] {
  return [d.zero, d.assessment, d.keyPersons, ...d.incidents].filter((r): r is NonNullable<typeof r> => r !== undefined);
}

export function emptyFigures(): Figures {
  return {
    reported: 0,
    missing: 0,
    confirmed: 0,
    late: 0,
    disputesFound: 0,
    disputesResolved: 0,
    resolutionRate: null,
    petitions: 0,
    incidents: 0,
    incidentsBeyondTownship: 0,
    keyPersonsAbnormal: 0,
    keyPersonsAway: 0,
  };
}

/** Adds `f` into `into` and recomputes the rate: figures are sums, the rate is not. */
export function addFigures(into: Figures, f: Figures): void {
  into.reported += f.reported;
  into.missing += f.missing;
  into.confirmed += f.confirmed;
  into.late += f.late;
  into.disputesFound += f.disputesFound;
  into.disputesResolved += f.disputesResolved;
  into.petitions += f.petitions;
  into.incidents += f.incidents;
  into.incidentsBeyondTownship += f.incidentsBeyondTownship;
  into.keyPersonsAbnormal += f.keyPersonsAbnormal;
  into.keyPersonsAway += f.keyPersonsAway;
  into.resolutionRate = resolutionRate(into.disputesFound, into.disputesResolved);
}

/** The figures of one unit-day. */
export function unitDayFigures(d: UnitDay | undefined, expected = true): Figures {
  const f = emptyFigures();
  if (!hasReported(d) || !d) {
    if (expected) f.missing = 1;
    return f;
  }
  f.reported = 1;
  if (isConfirmed(d)) f.confirmed = 1;
  if (reportsOf(d).every((r) => r.meta.late)) f.late = 1;
  const counts = d.assessment?.counts ?? {};
  f.disputesFound = counts.disputesFound ?? 0;
  f.disputesResolved = counts.disputesResolved ?? 0;
  f.petitions = counts.petitions ?? 0;
  f.incidents = d.incidents.length;
  f.incidentsBeyondTownship = d.incidents.filter((i) => isBeyondTownship(i.escalation)).length;
  const persons = d.keyPersons?.persons ?? [];
  // A unit may give only the number in its 日研判 or list the names in 重点人员动态: take the larger, so neither
  // form hides the other, and a unit that reports both is not counted twice.
  f.keyPersonsAbnormal = Math.max(persons.filter((p) => p.state === 'abnormal').length, counts.keyPersonsAbnormal ?? 0);
  f.keyPersonsAway = persons.filter((p) => p.whereabouts === 'away').length;
  f.resolutionRate = resolutionRate(f.disputesFound, f.disputesResolved);
  return f;
}

function riskOf(i: Parameters<typeof incidentModality>[0]): { modality?: Exclude<Modality, 'act'> } {
  const m = incidentModality(i);
  return m === 'act' ? {} : { modality: m };
}

/** The lines a unit-day adds to a digest: its incidents, and its key persons abnormal or away. */
export function unitDayLines(date: IsoDate, unit: string, d: UnitDay, incidents: IncidentLine[], keyPersons: KeyPersonLine[]): void {
  for (const i of d.incidents)
    incidents.push({
      date,
      unit,
      escalation: i.escalation,
      people: i.people,
      collective: i.collective,
      ...(i.summary ? { summary: i.summary } : {}),
      late: Boolean(i.meta.late),
      ...riskOf(i),
    });
  for (const p of d.keyPersons?.persons ?? []) if (p.state === 'abnormal' || p.whereabouts === 'away') keyPersons.push({ ...p, date, unit });
}

/** Figures per unit and in total over the given days (one day for a digest; a range for cumulative figures). */
export function summarize(days: readonly DayInput[], roster: RosterIndex): Summary {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const names = roster.roster.units.map((u) => u.name);
  const known = new Set(names);
  const extra = new Set<string>();
  for (const d of sorted) for (const k of d.day.keys()) if (!known.has(k)) extra.add(k);
  const allNames = [...names, ...[...extra].sort()];

  // Arrays by position, not maps by name: a digest of 10,000 units does one map lookup per unit-day.
  const per: UnitFigures[] = allNames.map((n) => ({ unit: n, ...emptyFigures() }));
  const total = emptyFigures();
  const perDay: DayUnits[] = [];
  const incidents: IncidentLine[] = [];
  const keyPersons: KeyPersonLine[] = [];

  for (const { date, day, expected = true } of sorted) {
    const du: DayUnits = { date, expected, reported: [], missing: [], confirmed: [], late: [] };
    for (let i = 0; i < allNames.length; i++) {
      const name = allNames[i] as string;
      const d = day.get(name);
      // Units outside the roster (after the roster's own names) are never "missing": nobody expects them.
      const f = unitDayFigures(d, expected && i < names.length);
      addFigures(per[i] as UnitFigures, f);
      addFigures(total, f);
      if (f.reported) du.reported.push(name);
      if (f.missing) du.missing.push(name);
      if (f.confirmed) du.confirmed.push(name);
      if (f.late) du.late.push(name);
      if (d) unitDayLines(date, name, d, incidents, keyPersons);
    }
    perDay.push(du);
  }
  const units = per.filter((u, i) => i < names.length || u.reported > 0);
  return {
    from: sorted[0]?.date ?? '',
    to: sorted.at(-1)?.date ?? '',
    units,
    total,
    perDay,
    incidents,
    keyPersons,
  };
}

/** Units ranked by petitions beyond the township (incidents escalated to the county or higher), most first; ties by roster order. */
export function rankByBeyondTownship(units: readonly UnitFigures[]): UnitFigures[] {
  return units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.incidentsBeyondTownship > 0)
    .sort((a, b) => b.u.incidentsBeyondTownship - a.u.incidentsBeyondTownship || a.i - b.i)
    .map(({ u }) => u);
}
