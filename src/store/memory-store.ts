import { type Clock, systemClock } from '../clock.js';
import { type IsoDate, shanghaiDate } from '../dates.js';
import type { DatedKind } from '../parser/schema.js';
import {
  type ClaimScope,
  type Confirmation,
  ConfirmationSchema,
  type Excuse,
  ExcuseSchema,
  type Leave,
  LeaveSchema,
  type MessageWrite,
  type PersonState,
  type RawMessage,
  type ReportStore,
  type ReportVersion,
  type StoredReport,
  type UnitDay,
  type PendingAt,
  type LastSent,
  type TakenBack,
  type Withdrawal,
} from './report-store.js';
import { addDelta, addToHalf, type DayAggregate, halfMonthOf, isZero, type PeriodId, unitDayVector, type Vec, yearOf, zeroVec } from './aggregates.js';
import { HISTORY_DEPTH, historyCutoff } from './keys.js';

const pendingKey = (township: string, at: PendingAt) => [township, at.platform, at.chatId, at.senderId].join('\x1f');
import { validateWrite } from './validate-write.js';

// The embedded store used when REDIS_URL is unset: same semantics as RedisReportStore (one contract suite runs
// against both), data lives in this process only. Everything handed out is a copy, so callers cannot mutate state.

type Incident = StoredReport & { kind: 'incident' };
interface UnitState {
  zero?: StoredReport & { kind: 'zero_report' };
  assessment?: StoredReport & { kind: 'daily_assessment' };
  keyPersons?: StoredReport & { kind: 'key_person' };
  incidents: Incident[];
  confirmations: Confirmation[];
}
interface Ref {
  date: IsoDate;
  kind: DatedKind;
  unit: string;
  id: string;
}
interface HistoryEntry {
  state: PersonState;
  reportId: string;
}
/** One entry of a sender's history (see ReportStore.applyMessage): a message's reports, or a follow-up, over `below`. */
interface SentEntry {
  msgId: string;
  refs: Ref[];
  followUp?: MessageWrite['followUp'];
  text?: string;
  below?: SentEntry;
}

const PROP = { zero_report: 'zero', daily_assessment: 'assessment', key_person: 'keyPersons' } as const;
const DAY_MS = 86_400_000;

export interface MemoryReportStoreOptions {
  /** Decides claim expiry and raw-message retention (tests inject a ManualClock). */
  clock?: Clock;
  /** Raw messages are dropped this many days after their day's last write (config.RAW_RETENTION_DAYS). */
  rawRetentionDays?: number;
}

export class MemoryReportStore implements ReportStore {
  private readonly clock: Clock;
  private readonly pending = new Map<string, { value: string; until: number }>();
  private readonly rawRetentionMs: number;
  private readonly days = new Map<string, Map<string, UnitState>>();
  private readonly raws = new Map<string, { lastWrite: number; msgs: Map<string, RawMessage> }>();
  private readonly last = new Map<string, SentEntry>();
  /** What each 撤回 message took back (township, sender, msgId), for a retry of it. */
  private readonly undone = new Map<string, TakenBack>();
  private readonly personStates = new Map<string, Map<string, HistoryEntry[]>>();
  private readonly claims = new Map<string, number>();
  /** Day data versions and cached totals (see ReportStore.getDayVersioned), by `township\0date`. */
  private readonly versions = new Map<string, string>();
  private readonly totals = new Map<string, { version: string; totals: unknown }>();
  private versionSeq = 0;
  /** Report versions by `township\0date\0unit` (see ReportStore.history). */
  private readonly reportVersions = new Map<string, ReportVersion[]>();
  private readonly alertNumbers = new Map<string, number>();
  /** Aggregates (aggregates.ts): by `township\0date`, and per-unit records by `township\0period`. */
  private readonly aggDays = new Map<string, { sums: Vec; highlights: Set<string>; seq: number; counts: Map<string, { seq: number; count: number }> }>();
  private readonly aggPeriods = new Map<string, Map<string, Vec>>();
  private readonly excuses = new Map<string, Map<string, Excuse>>();
  private readonly leaveBook = new Map<string, Map<string, Leave>>();

  constructor(options: MemoryReportStoreOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.rawRetentionMs = (options.rawRetentionDays ?? 180) * DAY_MS;
  }

  async applyMessage(write: MessageWrite): Promise<void> {
    const w = validateWrite(write);
    const now = this.clock.now().getTime();
    this.pruneRaw(now);
    const rawKey = `${w.township}\0${shanghaiDate(new Date(w.raw.at))}`;
    const raw = this.raws.get(rawKey) ?? { lastWrite: now, msgs: new Map() };
    raw.lastWrite = now;
    raw.msgs.set(`${w.raw.platform}:${w.raw.msgId}`, w.raw);
    this.raws.set(rawKey, raw);

    const touched = this.before(w.township, [...(w.remove ?? []), ...w.put]);
    const changed = new Set<IsoDate>();
    for (const rm of w.remove ?? []) {
      const u = this.days.get(`${w.township}\0${rm.date}`)?.get(rm.unit);
      if (!u) continue;
      for (const kind of rm.kinds) {
        if (kind === 'incident') {
          if (u.incidents.length) changed.add(rm.date);
          u.incidents = [];
        } else {
          if (kind === 'key_person' && u.keyPersons) this.dropPersons(w.township, u.keyPersons);
          if (u[PROP[kind]]) changed.add(rm.date);
          delete u[PROP[kind]];
        }
      }
    }
    const refs: Ref[] = [];
    const cut = historyCutoff(w.put);
    for (const r of w.put) {
      const u = this.unit(w.township, r.date, r.unit);
      refs.push({ date: r.date, kind: r.kind, unit: r.unit, id: r.meta.id });
      // An incident already stored under this id: the same report sent again updates it in place; a redelivery
      // of the very same message (same id, same receivedAt) changes nothing, not even the versions.
      const at = r.kind === 'incident' ? u.incidents.findIndex((i) => i.meta.id === r.meta.id) : -1;
      if (at >= 0 && u.incidents[at]!.meta.receivedAt === r.meta.receivedAt) continue;
      this.addVersion(w.township, r.date, r.unit, {
        action: r.correction ? 'correction' : 'report',
        kind: r.kind,
        reportId: r.meta.id,
        report: structuredClone(r),
        senderId: r.meta.senderId,
        msgId: w.raw.msgId,
        at: r.meta.receivedAt,
      });
      // Signatures were given for the version they saw: a correction asks for them again.
      if (r.correction && u.confirmations.length) {
        u.confirmations = [];
        changed.add(r.date);
      }
      switch (r.kind) {
        case 'incident': {
          if (at >= 0) u.incidents[at] = r;
          else u.incidents.push(r);
          changed.add(r.date);
          break;
        }
        case 'key_person':
          if (u.keyPersons) this.dropPersons(w.township, u.keyPersons);
          u.keyPersons = r;
          this.addPersons(w.township, r, cut);
          break;
        case 'zero_report':
          u.zero = r;
          break;
        case 'daily_assessment':
          u.assessment = r;
          break;
      }
      if (r.kind !== 'incident') changed.add(r.date);
    }
    for (const date of changed) this.bump(w.township, date);
    this.after(w.township, touched);
    // Only a message that stored reports or was a follow-up becomes the sender's latest entry: 撤回 itself and
    // chatter are raw-only writes. Keyed by the reports' meta.senderId (the roster id handlers also pass to
    // takeBackLast), not the platform user id.
    const sender = w.put[0]?.meta.senderId ?? w.followUp?.senderId;
    if (sender !== undefined) {
      const key = `${w.township}\0${sender}`;
      const entry: SentEntry = { msgId: w.raw.msgId, refs };
      if (w.followUp) {
        entry.followUp = w.followUp;
        // A follow-up stacks on what came before; the same message again (a retry) replaces its own entry.
        const cur = this.last.get(key);
        const below = cur?.msgId === w.raw.msgId ? cur.below : cur;
        if (below) entry.below = bounded(below, HISTORY_DEPTH - 1);
      }
      if (w.followUp || w.put.some((r) => r.meta.alert)) entry.text = w.raw.text;
      this.last.set(key, entry);
    }
  }

  async undoLast(township: string, senderId: string, by: Withdrawal): Promise<StoredReport[]> {
    return (await this.takeBackLast(township, senderId, by)).reports;
  }

  async lastSent(township: string, senderId: string, by: Withdrawal): Promise<LastSent | undefined> {
    if (this.undone.has(`${township}\0${senderId}\0${by.msgId}`)) return { retry: true };
    const top = this.last.get(`${township}\0${senderId}`);
    return top ? { msgId: top.msgId, followUp: top.followUp !== undefined } : undefined;
  }

  async takeBackLast(township: string, senderId: string, by: Withdrawal): Promise<TakenBack> {
    const receipt = `${township}\0${senderId}\0${by.msgId}`;
    const prior = this.undone.get(receipt);
    if (prior) return structuredClone(prior);
    const key = `${township}\0${senderId}`;
    const top = this.last.get(key);
    const refs = top?.refs ?? [];
    if (top?.below) this.last.set(key, top.below);
    else this.last.delete(key);
    const touched = this.before(township, refs);
    const removed: StoredReport[] = [];
    const withdrawn = (u: UnitState, r: StoredReport) => {
      removed.push(r);
      u.confirmations = [];
      this.bump(township, r.date);
      this.addVersion(township, r.date, r.unit, {
        action: 'withdrawn',
        kind: r.kind,
        reportId: r.meta.id,
        senderId,
        msgId: by.msgId,
        at: by.at,
      });
    };
    for (const ref of refs) {
      const u = this.days.get(`${township}\0${ref.date}`)?.get(ref.unit);
      if (!u) continue;
      if (ref.kind === 'incident') {
        const i = u.incidents.findIndex((x) => x.meta.id === ref.id);
        if (i >= 0) withdrawn(u, u.incidents.splice(i, 1)[0]!);
        continue;
      }
      const cur = u[PROP[ref.kind]];
      if (cur?.meta.id !== ref.id) continue; // replaced since: not the sender's any more
      if (cur.kind === 'key_person') this.dropPersons(township, cur);
      delete u[PROP[ref.kind]];
      withdrawn(u, cur);
    }
    this.after(township, touched);
    const taken: TakenBack = { reports: removed, ...(top?.followUp ? { followUp: top.followUp } : {}), ...(top?.text !== undefined ? { text: top.text } : {}) };
    if (removed.length || top?.followUp) this.undone.set(receipt, structuredClone(taken));
    return structuredClone(taken);
  }

  async history(township: string, date: IsoDate, unit: string): Promise<ReportVersion[]> {
    return structuredClone(this.reportVersions.get(`${township}\0${date}\0${unit}`) ?? []);
  }

  async nextAlertNumber(township: string): Promise<number> {
    const n = (this.alertNumbers.get(township) ?? 0) + 1;
    this.alertNumbers.set(township, n);
    return n;
  }

  async excuse(township: string, e: Excuse): Promise<void> {
    const valid = ExcuseSchema.parse(e);
    const k = `${township}\0${valid.date}`;
    const m = this.excuses.get(k) ?? new Map<string, Excuse>();
    m.set(valid.unit, valid);
    this.excuses.set(k, m);
  }

  async excused(township: string, date: IsoDate): Promise<Excuse[]> {
    return structuredClone([...(this.excuses.get(`${township}\0${date}`)?.values() ?? [])]).sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  }

  async addLeave(township: string, l: Leave): Promise<void> {
    const valid = LeaveSchema.parse(l);
    const m = this.leaveBook.get(township) ?? new Map<string, Leave>();
    m.set(`${valid.memberId}\0${valid.from}`, valid);
    this.leaveBook.set(township, m);
  }

  async leaves(township: string, date: IsoDate): Promise<Leave[]> {
    return structuredClone([...(this.leaveBook.get(township)?.values() ?? [])].filter((l) => l.from <= date && date <= l.to)).sort(byMemberFrom);
  }

  async confirm(township: string, date: IsoDate, unit: string, c: Confirmation): Promise<Confirmation[]> {
    const valid = ConfirmationSchema.parse(c); // same as Redis: an invalid confirmation throws, nothing is written
    const u = this.unit(township, date, unit);
    if (!u.confirmations.some((x) => x.memberId === valid.memberId)) {
      const touched = this.before(township, [{ date, unit }]);
      u.confirmations.push(valid);
      this.bump(township, date);
      this.after(township, touched);
    }
    return structuredClone(u.confirmations);
  }

  async getDay(township: string, date: IsoDate): Promise<Map<string, UnitDay>> {
    return (await this.getDayVersioned(township, date)).units;
  }

  async getDayVersioned(township: string, date: IsoDate): Promise<{ version: string; units: Map<string, UnitDay> }> {
    return { version: this.versions.get(`${township}\0${date}`) ?? '0', units: this.unitDays(township, date) };
  }

  /** Copies of the unit-days that reported (all of the day, or only `only`'s). */
  private unitDays(township: string, date: IsoDate, only?: readonly string[]): Map<string, UnitDay> {
    const out = new Map<string, UnitDay>();
    const day = this.days.get(`${township}\0${date}`);
    const entries = only ? only.flatMap((unit) => (day?.has(unit) ? [[unit, day.get(unit)!] as const] : [])) : [...(day ?? [])];
    for (const [unit, u] of entries) {
      if (!u.zero && !u.assessment && !u.keyPersons && !u.incidents.length) continue;
      const copy = structuredClone({ unit, ...u });
      // Like Redis: incidents in order of receipt (an updated incident moves to its newest receipt).
      copy.incidents.sort((a, b) => (a.meta.receivedAt < b.meta.receivedAt ? -1 : a.meta.receivedAt > b.meta.receivedAt ? 1 : 0));
      out.set(unit, copy);
    }
    return out;
  }

  async getDayTotals(township: string, date: IsoDate): Promise<unknown | undefined> {
    const key = `${township}\0${date}`;
    const cached = this.totals.get(key);
    return cached && cached.version === this.versions.get(key) ? structuredClone(cached.totals) : undefined;
  }

  async putDayTotals(township: string, date: IsoDate, totals: unknown, version: string): Promise<void> {
    const key = `${township}\0${date}`;
    // Like Redis: only for the day's current version; a day never written ('0') gets a fresh version with them.
    let current = this.versions.get(key) ?? '0';
    if (current !== version) return;
    if (current === '0') this.versions.set(key, (current = `m${++this.versionSeq}`));
    // Through JSON like Redis, so both stores hand back the same thing (no undefined, no Map, no shared objects).
    this.totals.set(key, { version: current, totals: JSON.parse(JSON.stringify(totals ?? null)) as unknown });
  }

  async dayAggregate(township: string, date: IsoDate): Promise<DayAggregate> {
    const a = this.aggDays.get(`${township}\0${date}`);
    return { sums: a ? [...a.sums] : zeroVec(), highlights: a ? [...a.highlights].sort() : [] };
  }

  async daySums(township: string, dates: readonly IsoDate[], countKey?: string): Promise<{ sums: Vec; seq: number; count?: number }[]> {
    return dates.map((d) => {
      const a = this.aggDays.get(`${township}\0${d}`);
      const seq = a?.seq ?? 0;
      const c = countKey === undefined ? undefined : a?.counts.get(countKey);
      return { sums: [...(a?.sums ?? zeroVec())], seq, ...(c && c.seq === seq ? { count: c.count } : {}) };
    });
  }

  async putDayCount(township: string, date: IsoDate, countKey: string, seq: number, count: number): Promise<void> {
    this.aggDays.get(`${township}\0${date}`)?.counts.set(countKey, { seq, count });
  }

  async *scanPeriod(township: string, period: PeriodId, batch = 1000): AsyncIterable<[string, Vec][]> {
    const all = [...(this.aggPeriods.get(`${township}\0${period}`) ?? [])].map(([u, v]): [string, Vec] => [u, [...v]]);
    for (let i = 0; i < all.length; i += batch) yield all.slice(i, i + batch);
  }

  async eachInPeriod(township: string, period: PeriodId, each: (unit: string, rec: Readonly<Vec>) => void): Promise<void> {
    const rec = zeroVec();
    for (const [u, v] of [...(this.aggPeriods.get(`${township}\0${period}`) ?? [])]) {
      for (let i = 0; i < rec.length; i++) rec[i] = v[i] ?? 0;
      each(u, rec);
    }
  }

  async getUnitDays(township: string, date: IsoDate, units: readonly string[]): Promise<Map<string, UnitDay>> {
    return this.unitDays(township, date, units);
  }

  async *scanDay(township: string, date: IsoDate, batch = 1000): AsyncIterable<UnitDay[]> {
    const all = [...this.unitDays(township, date).values()];
    for (let i = 0; i < all.length; i += batch) yield all.slice(i, i + batch);
  }

  async replaceAggregates(township: string, days: ReadonlyMap<IsoDate, DayAggregate>, periods: ReadonlyMap<PeriodId, ReadonlyMap<string, Vec>>): Promise<void> {
    for (const [date, a] of days) {
      if (isZero(a.sums) && !a.highlights.length) this.aggDays.delete(`${township}\0${date}`);
      else this.aggDays.set(`${township}\0${date}`, { sums: [...a.sums], highlights: new Set(a.highlights), seq: 0, counts: new Map() });
    }
    for (const [period, recs] of periods) this.aggPeriods.set(`${township}\0${period}`, new Map([...recs].filter(([, v]) => !isZero(v)).map(([u, v]) => [u, [...v]])));
  }

  async keyPersons(township: string): Promise<PersonState[]> {
    const out: PersonState[] = [];
    for (const entries of this.personStates.get(township)?.values() ?? []) {
      let best: HistoryEntry | undefined;
      for (const e of entries) if (!best || order(e.state) >= order(best.state)) best = e;
      if (best) out.push(structuredClone(best.state));
    }
    return out.sort(byUnitName);
  }

  async personHistory(township: string, unit: string, name: string): Promise<PersonState[]> {
    const entries = this.personStates.get(township)?.get(`${unit}\0${name}`) ?? [];
    return structuredClone(entries.map((e) => e.state)).sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  }

  async rawMessages(township: string, date: IsoDate): Promise<RawMessage[]> {
    this.pruneRaw(this.clock.now().getTime());
    const msgs = [...(this.raws.get(`${township}\0${date}`)?.msgs.values() ?? [])];
    return structuredClone(msgs).sort(byAt);
  }

  async claimOnce(scope: ClaimScope, id: string, ttlSeconds: number): Promise<boolean> {
    const now = this.clock.now().getTime();
    const key = `${scope}:${id}`;
    const until = this.claims.get(key);
    if (until !== undefined && until > now) return false;
    this.claims.set(key, now + ttlSeconds * 1000);
    if (this.claims.size > 10_000) for (const [k, t] of this.claims) if (t <= now) this.claims.delete(k);
    return true;
  }

  async putPending(township: string, at: PendingAt, value: string, ttlSeconds: number): Promise<void> {
    this.pending.set(pendingKey(township, at), { value, until: this.clock.now().getTime() + ttlSeconds * 1000 });
  }

  async takePending(township: string, at: PendingAt): Promise<string | undefined> {
    const key = pendingKey(township, at);
    const p = this.pending.get(key);
    this.pending.delete(key);
    return p && p.until > this.clock.now().getTime() ? p.value : undefined;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}

  /** The vectors of the unit-days a write is about to touch (each once), to add the difference afterwards. */
  private before(township: string, touched: readonly { date: IsoDate; unit: string }[]): { date: IsoDate; unit: string; vec: Vec; highlight: boolean }[] {
    const seen = new Set<string>();
    const out: { date: IsoDate; unit: string; vec: Vec; highlight: boolean }[] = [];
    for (const { date, unit } of touched) {
      const k = `${date}\0${unit}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ date, unit, ...unitDayVector(this.days.get(`${township}\0${date}`)?.get(unit)) });
    }
    return out;
  }

  /** Adds each touched unit-day's change (after − before) to the day, half-month and year aggregates, as Redis does. */
  private after(township: string, touched: readonly { date: IsoDate; unit: string; vec: Vec; highlight: boolean }[]): void {
    for (const t of touched) {
      const now = unitDayVector(this.days.get(`${township}\0${t.date}`)?.get(t.unit));
      if (now.highlight === t.highlight && now.vec.every((x, i) => x === t.vec[i])) continue;
      const dk = `${township}\0${t.date}`;
      const day = this.aggDays.get(dk) ?? { sums: zeroVec(), highlights: new Set<string>(), seq: 0, counts: new Map() };
      addDelta(day.sums, t.vec, now.vec);
      if (now.highlight) day.highlights.add(t.unit);
      else day.highlights.delete(t.unit);
      day.seq += 1;
      this.aggDays.set(dk, day);
      const half = halfMonthOf(t.date);
      this.addPeriod(township, half.id, t.unit, (rec) => addToHalf(rec, half.bit, t.vec, now.vec));
      this.addPeriod(township, yearOf(t.date), t.unit, (rec) => addDelta(rec, t.vec, now.vec));
    }
  }

  private addPeriod(township: string, period: PeriodId, unit: string, add: (rec: Vec) => void): void {
    const pk = `${township}\0${period}`;
    let recs = this.aggPeriods.get(pk);
    if (!recs) this.aggPeriods.set(pk, (recs = new Map()));
    const rec = recs.get(unit) ?? zeroVec();
    add(rec);
    if (isZero(rec)) recs.delete(unit);
    else recs.set(unit, rec);
  }

  /** A write changed the township-day: a new version (never reused), and its cached totals are gone. */
  private bump(township: string, date: IsoDate): void {
    const key = `${township}\0${date}`;
    this.versions.set(key, `m${++this.versionSeq}`);
    this.totals.delete(key);
  }

  private addVersion(township: string, date: IsoDate, unit: string, v: Omit<ReportVersion, 'seq'>): void {
    const k = `${township}\0${date}\0${unit}`;
    const list = this.reportVersions.get(k) ?? [];
    list.push({ seq: list.length + 1, ...v });
    this.reportVersions.set(k, list);
  }

  private unit(township: string, date: IsoDate, unit: string): UnitState {
    const dk = `${township}\0${date}`;
    let day = this.days.get(dk);
    if (!day) this.days.set(dk, (day = new Map()));
    let u = day.get(unit);
    if (!u) day.set(unit, (u = { incidents: [], confirmations: [] }));
    return u;
  }

  private addPersons(township: string, r: StoredReport & { kind: 'key_person' }, cut: IsoDate): void {
    let h = this.personStates.get(township);
    if (!h) this.personStates.set(township, (h = new Map()));
    for (const p of r.persons) {
      const k = `${r.unit}\0${p.name}`;
      const list = (h.get(k) ?? []).filter((e) => e.state.date >= cut);
      list.push({ reportId: r.meta.id, state: { ...p, unit: r.unit, date: r.date, at: r.meta.receivedAt } });
      h.set(k, list);
    }
  }

  private dropPersons(township: string, r: StoredReport & { kind: 'key_person' }): void {
    const h = this.personStates.get(township);
    if (!h) return;
    for (const p of r.persons) {
      const k = `${r.unit}\0${p.name}`;
      const list = (h.get(k) ?? []).filter((e) => e.reportId !== r.meta.id);
      if (list.length) h.set(k, list);
      else h.delete(k);
    }
  }

  private pruneRaw(now: number): void {
    for (const [k, v] of this.raws) if (v.lastWrite + this.rawRetentionMs <= now) this.raws.delete(k);
  }
}

/** A history entry with at most `depth` entries under it (the oldest dropped), copied. */
function bounded(e: SentEntry, depth: number): SentEntry | undefined {
  if (depth <= 0) return undefined;
  const below = e.below && bounded(e.below, depth - 1);
  return { msgId: e.msgId, refs: e.refs, ...(e.followUp ? { followUp: e.followUp } : {}), ...(e.text !== undefined ? { text: e.text } : {}), ...(below ? { below } : {}) };
}

/** (date, at): the order of a person's states; the latest is the greatest. */
function order(s: PersonState): string {
  return `${s.date}${s.at}`;
}

export function byUnitName(a: PersonState, b: PersonState): number {
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function byAt(a: RawMessage, b: RawMessage): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.msgId < b.msgId ? -1 : a.msgId > b.msgId ? 1 : 0;
}

export function byMemberFrom(a: Leave, b: Leave): number {
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
}
