import type { Deps } from '../core/deps.js';
import { type IsoDate, shanghaiDate, shanghaiTime } from '../dates.js';
import type { ReportVersion, StoredReport, UnitDay } from '../store/report-store.js';
import { hasReported } from '../stats/missing-units.js';
import { conversation, web } from '../strings.js';
import { incidentModality } from '../parser/modality.js';

// What the 今日 and 历史 pages show of one day: a tile per unit and the alerts on top. Reads the day once and each
// visible unit's versions (pipelined by Redis), and decides nothing the stats do not decide the same way:
// "reported" is hasReported, "late" is every report marked late, as in summarize.

/** on_time · late (every report after the deadline) · missing (expected, none) · pending (today, deadline not yet
 *  passed) · excused (not a report day). */
export type TileStatus = 'on_time' | 'late' | 'missing' | 'pending' | 'excused';

export interface Tile {
  unit: string;
  status: TileStatus;
  /** What the unit reported, one short line each (零报告, the 日研判's figures, key persons, incidents). */
  lines: string[];
  zero: boolean;
  head: boolean;
  team: boolean;
}

export interface AlertLine {
  unit: string;
  kind: 'incident' | 'person';
  text: string;
  no?: number;
  state: 'new' | 'updated' | 'withdrawn';
  /** HH:MM it was last changed. */
  time: string;
  /** An incident's stored report id, and the latest 进展 of its case (a 续报, a 终报, a step taken). */
  sourceId?: string;
  latest?: string;
}

export interface Board {
  date: IsoDate;
  expected: boolean;
  tiles: Tile[];
  alerts: AlertLine[];
  counts: Record<TileStatus, number>;
}

const reportsOf = (d: UnitDay): StoredReport[] => [d.zero, d.assessment, d.keyPersons, ...d.incidents].filter((r): r is NonNullable<typeof r> => r !== undefined);

/** A unit-day's status; `now` decides whether today's deadline has passed. */
export function tileStatus(d: UnitDay | undefined, date: IsoDate, expected: boolean, deadline: string, now: Date, excused = false): TileStatus {
  if (hasReported(d) && d) return reportsOf(d).every((r) => r.meta.late) ? 'late' : 'on_time';
  if (!expected || excused) return 'excused';
  const today = shanghaiDate(now);
  if (date > today || (date === today && shanghaiTime(now) < deadline)) return 'pending';
  return 'missing';
}

/** One short line per report of a unit-day, as the receipts word them. */
export function reportLines(d: UnitDay | undefined): string[] {
  if (!d) return [];
  const out: string[] = [];
  if (d.zero) out.push(web.kind('zero_report'));
  if (d.assessment) out.push(`${web.kind('daily_assessment')}：${conversation.assessmentDetail(d.assessment.counts, d.assessment.level) || web.nothingSaid()}`);
  if (d.keyPersons) out.push(`${web.kind('key_person')}：${conversation.personsDetail(d.keyPersons.persons)}`);
  for (const i of d.incidents) out.push(`${web.kind('incident')}：${conversation.alertIncident(i.escalation, i.people, i.collective, i.summary, incidentModality(i))}`);
  return out;
}

export function tileOf(unit: string, d: UnitDay | undefined, date: IsoDate, expected: boolean, deadline: string, now: Date, excuse?: string): Tile {
  const roles = new Set((d?.confirmations ?? []).map((c) => c.role));
  const status = tileStatus(d, date, expected, deadline, now, excuse !== undefined);
  const lines = status === 'excused' && excuse ? [web.excusedBecause(excuse)] : reportLines(d);
  return { unit, status, lines, zero: Boolean(d?.zero), head: roles.has('head'), team: roles.has('team_leader') };
}

/** The incidents of a unit-day as alerts: the latest version of each, with its alert number and whether it changed. */
export function incidentAlerts(unit: string, versions: readonly ReportVersion[]): AlertLine[] {
  const byReport = new Map<string, ReportVersion[]>();
  for (const v of versions) if (v.kind === 'incident') byReport.set(v.reportId, [...(byReport.get(v.reportId) ?? []), v]);
  const out: AlertLine[] = [];
  for (const list of byReport.values()) {
    const last = list.at(-1)!;
    const shown = [...list].reverse().find((v) => v.report?.kind === 'incident')?.report;
    if (shown?.kind !== 'incident') continue;
    const state = last.action === 'withdrawn' ? 'withdrawn' : list.filter((v) => v.action !== 'withdrawn').length > 1 || last.action === 'correction' ? 'updated' : 'new';
    out.push({
      unit,
      kind: 'incident',
      text: conversation.alertIncident(shown.escalation, shown.people, shown.collective, shown.summary, incidentModality(shown)),
      ...(shown.meta.alert ? { no: shown.meta.alert.no } : {}),
      sourceId: shown.meta.id,
      state,
      time: shanghaiTime(new Date(last.at)),
    });
  }
  return out;
}

/** The board of a day for the given units (roster order). */
export async function readBoard(deps: Deps, date: IsoDate, units: readonly string[]): Promise<Board> {
  const { store, roster, calendar, clock } = deps;
  const township = roster.roster.township;
  const now = clock.now();
  const expected = calendar.isReportDay(date);
  const [day, histories, excuses] = await Promise.all([
    store.getUnitDays(township, date, units),
    Promise.all(units.map((u) => store.history(township, date, u))),
    store.excused(township, date),
  ]);
  // 免报: a leader or staff excused the unit for the day (reason shown on its tile).
  const excused = new Map(excuses.map((e) => [e.unit, e.reason]));
  const tiles = units.map((u) => tileOf(u, day.get(u), date, expected, roster.roster.deadline, now, excused.get(u)));
  const alerts: AlertLine[] = [];
  units.forEach((u, i) => {
    alerts.push(...incidentAlerts(u, histories[i] ?? []));
    const kp = day.get(u)?.keyPersons;
    for (const p of kp?.persons ?? [])
      if (p.state === 'abnormal' || p.whereabouts === 'away')
        alerts.push({ unit: u, kind: 'person', text: conversation.alertPerson(p), ...(kp?.meta.alert ? { no: kp.meta.alert.no } : {}), state: 'new', time: shanghaiTime(new Date(kp!.meta.receivedAt)) });
  });
  // What became of each incident since (its case's latest 进展): a day's incidents are few.
  await Promise.all(
    alerts.map(async (a) => {
      const c = a.kind === 'incident' && a.state !== 'withdrawn' && a.sourceId ? await deps.cases.bySource(township, a.sourceId).catch(() => undefined) : undefined;
      if (c?.progress) a.latest = c.progress;
    }),
  );
  // Withdrawn last, then by alert number: what still stands comes first.
  alerts.sort((a, b) => Number(a.state === 'withdrawn') - Number(b.state === 'withdrawn') || (a.no ?? 1e9) - (b.no ?? 1e9));
  const counts: Record<TileStatus, number> = { on_time: 0, late: 0, missing: 0, pending: 0, excused: 0 };
  for (const t of tiles) counts[t.status]++;
  return { date, expected, tiles, alerts, counts };
}

export interface VersionLine {
  seq: number;
  time: string;
  action: ReportVersion['action'];
  kind: ReportVersion['kind'];
  who: string;
  detail: string;
}

/** A unit-day in full: its tile and every version of its reports, oldest first. */
export async function readUnitDay(deps: Deps, date: IsoDate, unit: string): Promise<{ tile: Tile; versions: VersionLine[] }> {
  const { store, roster, calendar, clock } = deps;
  const township = roster.roster.township;
  const [day, versions, excuses] = await Promise.all([store.getUnitDays(township, date, [unit]), store.history(township, date, unit), store.excused(township, date)]);
  const tile = tileOf(unit, day.get(unit), date, calendar.isReportDay(date), roster.roster.deadline, clock.now(), excuses.find((e) => e.unit === unit)?.reason);
  return {
    tile,
    versions: versions.map((v) => ({
      seq: v.seq,
      time: shanghaiTime(new Date(v.at)),
      action: v.action,
      kind: v.kind,
      who: roster.person(v.senderId)?.name ?? v.report?.meta.senderName ?? v.senderId,
      detail: v.report ? (reportLines(asUnitDay(unit, v.report))[0] ?? '') : '',
    })),
  };
}

function asUnitDay(unit: string, r: StoredReport): UnitDay {
  const d: UnitDay = { unit, incidents: [], confirmations: [] };
  if (r.kind === 'zero_report') d.zero = r;
  else if (r.kind === 'daily_assessment') d.assessment = r;
  else if (r.kind === 'key_person') d.keyPersons = r;
  else d.incidents.push(r);
  return d;
}

/** A unit's days of a month (up to today): each day's status, for the calendar. */
export async function readCalendar(deps: Deps, unit: string, month: string): Promise<{ date: IsoDate; status: TileStatus }[]> {
  const { store, roster, calendar, clock } = deps;
  const today = shanghaiDate(clock.now());
  const days: IsoDate[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (date.slice(0, 7) !== month || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) break;
    if (date > today) break;
    days.push(date);
  }
  const township = roster.roster.township;
  const [read, excuses] = await Promise.all([Promise.all(days.map((d) => store.getUnitDays(township, d, [unit]))), Promise.all(days.map((d) => store.excused(township, d)))]);
  return days.map((date, i) => ({
    date,
    status: tileStatus(read[i]?.get(unit), date, calendar.isReportDay(date), roster.roster.deadline, clock.now(), excuses[i]?.some((e) => e.unit === unit)),
  }));
}
