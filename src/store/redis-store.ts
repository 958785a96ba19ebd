import { randomUUID } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { z } from 'zod';
import { type IsoDate, shanghaiDate } from '../dates.js';
import type { Logger } from '../logger.js';
import type { DatedKind } from '../parser/schema.js';
import { AGG_SEQ_FIELD, AGG_SUMS_FIELD, aggCountField, createKeys, confirmField, DAY_TOTALS_FIELD, DAY_VERSION_FIELD, dayField, HISTORY_DEPTH, historyCutoff, type Keys, KIND_CODE, PERSON_SEP, parseDayField, parsePersonField, parseRawField, personField, rawField, ttlSeconds, unitDayFields, VERSION_CHUNK_SEP } from './keys.js';
import { type DayAggregate, decodeVec, decodeVecInto, encodeVec, halfMonthOf, isZero, type PeriodId, type Vec, zeroVec } from './aggregates.js';
import { byAt, byMemberFrom, byUnitName } from './memory-store.js';
import {
  decodeConfirmation,
  decodePersonEntry,
  decodeRaw,
  decodeReportObject,
  encodeConfirmation,
  encodePersonEntry,
  compactReportId,
  encodeRawRecordParts,
  decodeRawRecord,
  encodeReport,
  encodeVersion,
  decodeVersion,
  tryJson,
} from './record-codec.js';
import { APPLY_LUA, CONFIRM_LUA, LuaScript, PUT_TOTALS_LUA, UNDO_LUA } from './redis-scripts.js';
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
  PersonStateSchema,
  type RawMessage,
  RawMessageSchema,
  type ReportStore,
  type ReportVersion,
  ReportVersionSchema,
  type StoredReport,
  StoredReportSchema,
  type UnitDay,
  type PendingAt,
  type LastSent,
  type SentFollowUp,
  SentFollowUpSchema,
  type TakenBack,
  type Withdrawal,
} from './report-store.js';
import { validateWrite } from './validate-write.js';

// The production store. Layout and TTLs: keys.ts. Values: record-codec.ts. Atomic steps: redis-scripts.ts.

const apply = new LuaScript(APPLY_LUA);
const undo = new LuaScript(UNDO_LUA);
const confirmScript = new LuaScript(CONFIRM_LUA);
const putTotals = new LuaScript(PUT_TOTALS_LUA);

/** The `_t` day-hash field: cached totals and the day version they were computed from. */
const CachedTotalsSchema = z.object({ v: z.string(), t: z.unknown() });

/** A fresh day version: random, so a day that expired and is written again never repeats an old version. */
const newVersion = () => randomUUID();

/** A list that may be missing, or an empty one a Lua script decoded and encoded again (cjson writes it {}). */
const listOf = <T extends z.ZodTypeAny>(item: T) => z.preprocess((x) => (Array.isArray(x) ? x : []), z.array(item));
/**
 * The latest entry of a sender's history in {…}:last (keys.ts): the message, the day-hash refs of its reports, the
 * follow-up it was and its text. The entry under it (`p`) is the script's business, not read here.
 */
const LastSchema = z.object({ m: z.string(), r: listOf(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()])), f: z.unknown().optional(), t: z.string().optional() });
/** What a 撤回 took back ({…}:undone, keys.ts): the removed reports as [date, field, value], its follow-up and text. */
const ReceiptSchema = z.union([
  z.object({ r: listOf(z.tuple([z.string(), z.string(), z.string()])), f: z.unknown().optional(), t: z.string().optional() }),
  // Written before follow-ups were kept: the reports only.
  z.array(z.tuple([z.string(), z.string(), z.string()])).transform((r) => ({ r, f: undefined, t: undefined })),
]);

/** The unit-days a script touches, once each (aggregate-lua.ts): [day index, unit, its day fields, its half-month bit]. */
function aggEntries(touched: readonly { idx: number; date: IsoDate; unit: string }[]): [number, string, string[], number][] {
  const seen = new Set<string>();
  const out: [number, string, string[], number][] = [];
  for (const t of touched) {
    const id = `${t.date}\0${t.unit}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push([t.idx, t.unit, unitDayFields(t.unit), halfMonthOf(t.date).bit]);
  }
  return out;
}

export interface RedisReportStoreOptions {
  /** config.REDIS_PREFIX */
  prefix: string;
  /** config.RAW_RETENTION_DAYS */
  rawRetentionDays: number;
  logger: Logger;
}

export class RedisReportStore implements ReportStore {
  readonly keys: Keys;
  private readonly redis: Redis | Cluster;
  private readonly rawTtl: number;
  private readonly logger: Logger;

  constructor(redis: Redis | Cluster, options: RedisReportStoreOptions) {
    this.redis = redis;
    this.keys = createKeys(options.prefix);
    this.rawTtl = ttlSeconds.raw(options.rawRetentionDays);
    this.logger = options.logger;
  }

  async applyMessage(write: MessageWrite): Promise<void> {
    const w = validateWrite(write);
    const dates: IsoDate[] = [];
    const dayIdx = (d: IsoDate) => {
      let i = dates.indexOf(d);
      if (i < 0) i = dates.push(d) - 1;
      return i + 1;
    };
    const rm = (w.remove ?? []).map((r) => [dayIdx(r.date), r.unit, r.kinds.map((k) => [KIND_CODE[k], dayField(k, r.unit)])]);
    const put = w.put.map((r) => [
      dayIdx(r.date),
      KIND_CODE[r.kind],
      dayField(r.kind, r.unit),
      // The report is its own current version (redis-scripts.ts): the message id goes with it when it differs.
      encodeReport(r, w.raw.msgId),
      compactReportId(r.meta.id),
      r.unit,
      r.kind === 'key_person'
        ? r.persons.map((p) => [personField(r.unit, p.name), encodePersonEntry(p, r.date, r.meta.receivedAt, r.meta.id), `${r.date}${r.meta.receivedAt}`])
        : [],
      // A correction clears the unit-day's confirmations (they were given for the version before).
      r.correction ? confirmField(r.unit) : false,
      // The id as values written before compact ids hold it (an incident stored then, sent again now).
      r.meta.id,
    ]);
    const ag = aggEntries([...(w.remove ?? []), ...w.put].map((r) => ({ idx: dayIdx(r.date), date: r.date, unit: r.unit })));
    // The sender's new history entry (keys.ts): its text only when it alerted the leaders or was a follow-up (a 撤回
    // tells them what is withdrawn); no refs when it stored no report.
    const refs = w.put.map((r) => [r.date, KIND_CODE[r.kind], dayField(r.kind, r.unit), r.unit, compactReportId(r.meta.id)]);
    const last = {
      m: w.raw.msgId,
      ...(refs.length ? { r: refs } : {}),
      ...(w.followUp ? { f: w.followUp } : {}),
      ...(w.followUp || w.put.some((r) => r.meta.alert) ? { t: w.raw.text } : {}),
    };
    const sender = w.put[0]?.meta.senderId ?? w.followUp?.senderId;
    const payload = {
      rc: w.raw.chatId,
      rs: w.raw.senderId,
      rttl: this.rawTtl,
      dttl: ttlSeconds.day,
      pttl: ttlSeconds.person,
      lttl: ttlSeconds.last,
      sep: PERSON_SEP,
      cut: historyCutoff(w.put),
      nd: dates.length,
      rm,
      put,
      // Only a message that stored reports or was a follow-up becomes the sender's latest entry: 撤回 itself and
      // chatter are raw-only writes. Keyed by the reports' meta.senderId (the roster id handlers also pass to
      // takeBackLast), not the platform user id. A follow-up (lf) stacks on the entry before it, at most hd deep.
      ls: sender ?? false,
      lv: JSON.stringify(last),
      lf: Boolean(w.followUp),
      lm: w.raw.msgId,
      hd: HISTORY_DEPTH,
      nv: newVersion(),
      vf: DAY_VERSION_FIELD,
      tf: DAY_TOTALS_FIELD,
      ag,
      sf: AGG_SUMS_FIELD,
    };
    const keys = [...this.keys.applyKeys(w.township, shanghaiDate(new Date(w.raw.at)), dates), ...this.keys.aggKeys(w.township, dates), this.keys.names(w.township)];
    // The raw copy is binary (record-codec.ts): its own arguments, not a JSON string.
    const raw = encodeRawRecordParts(w.raw);
    await apply.run(this.redis, keys, [JSON.stringify(payload), raw.head, raw.tail]);
  }

  async undoLast(township: string, senderId: string, by: Withdrawal): Promise<StoredReport[]> {
    return (await this.takeBackLast(township, senderId, by)).reports;
  }

  async lastSent(township: string, senderId: string, by: Withdrawal): Promise<LastSent | undefined> {
    const res = await this.redis.multi().exists(this.keys.undone(township, senderId, by.msgId)).hget(this.keys.last(township), senderId).exec();
    if (res?.[0]?.[1] === 1) return { retry: true };
    const cur = res?.[1]?.[1];
    const parsed = typeof cur === 'string' ? LastSchema.safeParse(tryJson(cur)) : undefined;
    return parsed?.success ? { msgId: parsed.data.m, followUp: parsed.data.f !== undefined } : undefined;
  }

  async takeBackLast(township: string, senderId: string, by: Withdrawal): Promise<TakenBack> {
    const lastKey = this.keys.last(township);
    // A retry of the same 撤回 (its handling failed after the removal): the same answer, nothing taken back again.
    const receiptKey = this.keys.undone(township, senderId, by.msgId);
    const receipt = await this.redis.get(receiptKey);
    if (receipt !== null) return this.undoneReports(township, receipt);
    // Read the refs, then compare-and-delete in Lua: the day keys must be named in KEYS, and a concurrent message
    // of the same sender (rare) just makes us read again.
    for (let attempt = 0; attempt < 20; attempt++) {
      const cur = await this.redis.hget(lastKey, senderId);
      if (cur === null) return { reports: [] };
      const parsed = LastSchema.safeParse(tryJson(cur));
      const refs = parsed.success ? parsed.data.r : [];
      if (!parsed.success) this.logger.warn({ township }, 'last-message record failed validation; dropped');
      const told = { ...this.followUpOf(township, parsed.data?.f), ...(parsed.data?.t !== undefined ? { text: parsed.data.t } : {}) };
      // The withdrawn version, minus its kind and report id (the script adds them per removed report).
      const base = encodeVersion({ action: 'withdrawn', kind: 'zero_report', reportId: '', senderId, msgId: by.msgId, at: by.at });
      const refDates = refs.map((r) => r[0]);
      const ag = aggEntries(refs.map((r, i) => ({ idx: i + 1, date: r[0], unit: r[3] })));
      const res = await undo.run(this.redis, [...this.keys.undoKeys(township, refDates), ...this.keys.aggKeys(township, refDates), receiptKey], [
        senderId,
        cur,
        PERSON_SEP,
        newVersion(),
        DAY_VERSION_FIELD,
        DAY_TOTALS_FIELD,
        confirmField(''),
        JSON.stringify({ ...(JSON.parse(base) as object), k: undefined, i: undefined }),
        ttlSeconds.day,
        JSON.stringify(ag),
        AGG_SUMS_FIELD,
        refs.length,
      ]);
      if (res === -1) continue;
      const out: StoredReport[] = [];
      const flat = Array.isArray(res) ? res : [];
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const ref = refs[Number(flat[i]) - 1];
        const field = ref && parseDayField(ref[2]);
        if (!ref || !field || field.kind === 'confirmations') continue;
        const r = this.report(township, ref[0], field.kind, field.unit, tryJson(String(flat[i + 1])));
        if (r) out.push(r);
      }
      return { reports: out, ...told };
    }
    throw new Error('undoLast: the last-message record kept changing; try again');
  }

  /** A history entry's follow-up, validated (a damaged one is logged and left out). */
  private followUpOf(township: string, f: unknown): { followUp?: SentFollowUp } {
    if (f === undefined) return {};
    const res = SentFollowUpSchema.safeParse(f);
    if (res.success) return { followUp: res.data };
    this.skip({ township }, 'stored follow-up failed validation');
    return {};
  }

  /** What an undo receipt says was taken back (UNDO_LUA). */
  private undoneReports(township: string, receipt: string): TakenBack {
    const parsed = ReceiptSchema.safeParse(tryJson(receipt));
    if (!parsed.success) this.skip({ township }, 'undo receipt failed validation');
    const out: StoredReport[] = [];
    for (const row of parsed.data?.r ?? []) {
      const field = parseDayField(row[1]);
      if (!field || field.kind === 'confirmations') continue;
      const r = this.report(township, row[0] as IsoDate, field.kind, field.unit, tryJson(row[2]));
      if (r) out.push(r);
    }
    return { reports: out, ...this.followUpOf(township, parsed.data?.f), ...(parsed.data?.t !== undefined ? { text: parsed.data.t } : {}) };
  }

  async history(township: string, date: IsoDate, unit: string): Promise<ReportVersion[]> {
    // The earlier versions (versions hash) and the current reports (day hash, each its own version), read together.
    const fields = unitDayFields(unit).slice(0, 4);
    const res = await this.redis.multi().hget(this.keys.versions(township, date), unit).hmget(this.keys.day(township, date), ...fields).exec();
    const v = res?.[0]?.[1] as string | null | undefined;
    const current = (res?.[1]?.[1] ?? []) as (string | null)[];
    const list = v === null || v === undefined ? [] : tryJson(v);
    if (!Array.isArray(list)) {
      this.skip({ township, date, unit }, 'stored report versions failed validation');
      return [];
    }
    let arr: unknown[] = list;
    // A long list is kept in closed chunks before it (redis-scripts.ts, appendVersion): its head is then
    // [highest number, K, …] and the chunks are the fields <unit>\x1f#1 … #K. A closed chunk never changes, so
    // reading them after the list still gives the versions as they were when the list was read.
    const chunks = typeof arr[0] === 'number' && typeof arr[1] === 'number' ? arr[1] : 0;
    if (chunks > 0) {
      const closed = await this.redis.hmget(this.keys.versions(township, date), ...Array.from({ length: chunks }, (_, i) => `${unit}${VERSION_CHUNK_SEP}${i + 1}`));
      const before: unknown[] = [];
      for (const c of closed) {
        const a = c === null ? undefined : tryJson(c);
        if (Array.isArray(a)) before.push(...a);
        else this.skip({ township, date, unit }, 'stored report versions failed validation');
      }
      arr = [...before, ...arr];
    }
    // A list's head is numbers (its highest version number, its closed chunks; for the writes): not versions.
    const candidates: unknown[] = arr.filter((e) => typeof e !== 'number').map((e) => decodeVersion(unit, date, e));
    fields.forEach((f, i) => {
      const value = current[i];
      const kind = parseDayField(f)?.kind;
      if (value === null || value === undefined || !kind || kind === 'confirmations') return;
      const o = tryJson(value);
      for (const x of kind === 'incident' ? (Array.isArray(o) ? o : []) : [o]) {
        // A report written before versions left the day hash has no number: its version is in the list already.
        if (x && typeof x === 'object' && 'N' in x) candidates.push(decodeVersion(unit, date, { k: KIND_CODE[kind], r: x }));
      }
    });
    const out: ReportVersion[] = [];
    for (const c of candidates) {
      const r = ReportVersionSchema.safeParse(c);
      if (r.success) out.push(r.data);
      else this.skip({ township, date, unit }, 'stored report version failed validation');
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  async nextAlertNumber(township: string): Promise<number> {
    return this.redis.incr(this.keys.alertNumber(township));
  }

  async excuse(township: string, e: Excuse): Promise<void> {
    const valid = ExcuseSchema.parse(e);
    const key = this.keys.excuses(township, valid.date);
    await this.redis.multi().hset(key, valid.unit, JSON.stringify(valid)).expire(key, ttlSeconds.day).exec();
  }

  async excused(township: string, date: IsoDate): Promise<Excuse[]> {
    const h = await this.redis.hgetall(this.keys.excuses(township, date));
    const out: Excuse[] = [];
    for (const v of Object.values(h)) {
      const res = ExcuseSchema.safeParse(tryJson(v));
      if (res.success) out.push(res.data);
      else this.skip({ township, date }, 'stored excuse failed validation');
    }
    return out.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  }

  async addLeave(township: string, l: Leave): Promise<void> {
    const valid = LeaveSchema.parse(l);
    const key = this.keys.leaves(township);
    await this.redis.multi().hset(key, `${valid.memberId}${PERSON_SEP}${valid.from}`, JSON.stringify(valid)).expire(key, ttlSeconds.person).exec();
  }

  async leaves(township: string, date: IsoDate): Promise<Leave[]> {
    const h = await this.redis.hgetall(this.keys.leaves(township));
    const out: Leave[] = [];
    for (const v of Object.values(h)) {
      const res = LeaveSchema.safeParse(tryJson(v));
      if (res.success) {
        if (res.data.from <= date && date <= res.data.to) out.push(res.data);
      } else this.skip({ township }, 'stored leave failed validation');
    }
    return out.sort(byMemberFrom);
  }

  async confirm(township: string, date: IsoDate, unit: string, c: Confirmation): Promise<Confirmation[]> {
    const entry = encodeConfirmation(ConfirmationSchema.parse(c));
    const res = await confirmScript.run(this.redis, [this.keys.day(township, date), ...this.keys.aggKeys(township, [date])], [
      confirmField(unit),
      c.memberId,
      entry,
      ttlSeconds.day,
      newVersion(),
      DAY_VERSION_FIELD,
      DAY_TOTALS_FIELD,
      JSON.stringify(aggEntries([{ idx: 1, date, unit }])),
      AGG_SUMS_FIELD,
    ]);
    return this.confirmations(township, date, String(res));
  }

  async getDay(township: string, date: IsoDate): Promise<Map<string, UnitDay>> {
    return (await this.getDayVersioned(township, date)).units;
  }

  async getDayVersioned(township: string, date: IsoDate): Promise<{ version: string; units: Map<string, UnitDay> }> {
    const h = await this.redis.hgetall(this.keys.day(township, date));
    const version = h[DAY_VERSION_FIELD] ?? '0';
    delete h[DAY_VERSION_FIELD];
    delete h[DAY_TOTALS_FIELD];
    return { version, units: this.unitDaysOf(township, date, h) };
  }

  /** Unit-days from day-hash fields (a whole day, or some units' fields). */
  private unitDaysOf(township: string, date: IsoDate, h: Record<string, string>): Map<string, UnitDay> {
    const all = new Map<string, UnitDay>();
    const unitDay = (unit: string) => {
      let u = all.get(unit);
      if (!u) all.set(unit, (u = { unit, incidents: [], confirmations: [] }));
      return u;
    };
    for (const [f, v] of Object.entries(h)) {
      const field = parseDayField(f);
      if (!field) {
        this.skip({ township, date }, 'unknown day field');
        continue;
      }
      if (field.kind === 'confirmations') {
        unitDay(field.unit).confirmations = this.confirmations(township, date, v);
        continue;
      }
      const u = unitDay(field.unit);
      if (field.kind === 'incident') {
        const arr = tryJson(v);
        if (!Array.isArray(arr)) {
          this.skip({ township, date, unit: field.unit, kind: field.kind }, 'stored record failed validation');
          continue;
        }
        for (const x of arr) {
          const r = this.report(township, date, 'incident', field.unit, x);
          if (r?.kind === 'incident') u.incidents.push(r);
        }
        u.incidents.sort((a, b) => (a.meta.receivedAt < b.meta.receivedAt ? -1 : a.meta.receivedAt > b.meta.receivedAt ? 1 : 0));
        continue;
      }
      const r = this.report(township, date, field.kind, field.unit, tryJson(v));
      if (r?.kind === 'zero_report') u.zero = r;
      else if (r?.kind === 'daily_assessment') u.assessment = r;
      else if (r?.kind === 'key_person') u.keyPersons = r;
    }
    // Units with only confirmations (their report was withdrawn) did not report anything.
    for (const [unit, u] of all) if (!u.zero && !u.assessment && !u.keyPersons && !u.incidents.length) all.delete(unit);
    return all;
  }

  async getDayTotals(township: string, date: IsoDate): Promise<unknown | undefined> {
    // One HMGET: the version and the cache are read together, so a write in between cannot pair them wrongly.
    const [version, cached] = await this.redis.hmget(this.keys.day(township, date), DAY_VERSION_FIELD, DAY_TOTALS_FIELD);
    if (version === null || version === undefined || cached === null || cached === undefined) return undefined;
    const res = CachedTotalsSchema.safeParse(tryJson(cached));
    if (!res.success) {
      this.skip({ township, date }, 'cached day totals failed validation');
      return undefined;
    }
    return res.data.v === version ? res.data.t : undefined;
  }

  async putDayTotals(township: string, date: IsoDate, totals: unknown, version: string): Promise<void> {
    await putTotals.run(
      this.redis,
      [this.keys.day(township, date)],
      [version, JSON.stringify(totals ?? null), DAY_VERSION_FIELD, DAY_TOTALS_FIELD, newVersion(), ttlSeconds.day],
    );
  }

  async dayAggregate(township: string, date: IsoDate): Promise<DayAggregate> {
    const h = await this.redis.hgetall(this.keys.aggDay(township, date));
    const raw = h[AGG_SUMS_FIELD];
    // Fields with the separator are the sums, the change counter and cached counts: never a unit name.
    for (const f of Object.keys(h)) if (f.includes(PERSON_SEP)) delete h[f];
    let sums = raw === undefined ? zeroVec() : decodeVec(raw);
    if (!sums) {
      this.skip({ township, date }, 'day aggregate failed validation');
      sums = zeroVec();
    }
    return { sums, highlights: Object.keys(h).sort() };
  }

  async daySums(township: string, dates: readonly IsoDate[], countKey?: string): Promise<{ sums: Vec; seq: number; count?: number }[]> {
    const p = this.redis.pipeline();
    for (const d of dates) p.hmget(this.keys.aggDay(township, d), AGG_SUMS_FIELD, AGG_SEQ_FIELD, aggCountField(countKey ?? ''));
    const res = (await p.exec()) ?? [];
    return dates.map((date, i) => {
      const [err, v] = res[i] ?? [null, null];
      if (err) throw err;
      const [raw, seqRaw, cachedRaw] = (v ?? []) as (string | null)[];
      let sums = raw === null || raw === undefined ? zeroVec() : decodeVec(raw);
      if (!sums) {
        this.skip({ township, date }, 'day aggregate failed validation');
        sums = zeroVec();
      }
      const seq = Number(seqRaw ?? 0);
      const m = countKey && cachedRaw ? /^(\d+):(\d+)$/.exec(cachedRaw) : null;
      return m && Number(m[1]) === seq ? { sums, seq, count: Number(m[2]) } : { sums, seq };
    });
  }

  async putDayCount(township: string, date: IsoDate, countKey: string, seq: number, count: number): Promise<void> {
    const key = this.keys.aggDay(township, date);
    // Only onto an existing day (a day without aggregates has nothing to count); the TTL is the day's own.
    await this.redis.multi().hset(key, aggCountField(countKey), `${seq}:${count}`).expire(key, ttlSeconds.day, 'NX').exec();
  }

  async *scanPeriod(township: string, period: PeriodId, batch = 1000): AsyncIterable<[string, Vec][]> {
    const key = this.keys.aggPeriod(township, period);
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(key, cursor, 'COUNT', batch);
      cursor = next;
      const out: [string, Vec][] = new Array(0);
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const v = decodeVec(flat[i + 1]!);
        if (v) out.push([flat[i]!, v]);
        else this.skip({ township, period }, 'aggregate record failed validation');
      }
      if (out.length) yield out;
    } while (cursor !== '0');
  }

  async eachInPeriod(township: string, period: PeriodId, each: (unit: string, rec: Readonly<Vec>) => void, batch = 1000): Promise<void> {
    const key = this.keys.aggPeriod(township, period);
    const rec = zeroVec();
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(key, cursor, 'COUNT', batch);
      cursor = next;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        if (decodeVecInto(flat[i + 1]!, rec)) each(flat[i]!, rec);
        else this.skip({ township, period }, 'aggregate record failed validation');
      }
    } while (cursor !== '0');
  }

  async getUnitDays(township: string, date: IsoDate, units: readonly string[]): Promise<Map<string, UnitDay>> {
    const out = new Map<string, UnitDay>();
    if (!units.length) return out;
    const fields = units.flatMap(unitDayFields);
    const vals = await this.redis.hmget(this.keys.day(township, date), ...fields);
    const h: Record<string, string> = {};
    fields.forEach((f, i) => {
      const v = vals[i];
      if (v !== null && v !== undefined) h[f] = v;
    });
    return this.unitDaysOf(township, date, h);
  }

  async *scanDay(township: string, date: IsoDate, batch = 1000): AsyncIterable<UnitDay[]> {
    // Names first (values dropped as they come), then the unit-days by field in batches: a unit's fields may come
    // in different HSCAN replies, so units are only complete once the scan is over.
    const units = new Set<string>();
    let cursor = '0';
    do {
      const [next, flat] = await this.redis.hscan(this.keys.day(township, date), cursor, 'COUNT', batch);
      cursor = next;
      for (let i = 0; i < flat.length; i += 2) {
        const f = parseDayField(flat[i]!);
        if (f) units.add(f.unit);
      }
    } while (cursor !== '0');
    const all = [...units].sort();
    for (let i = 0; i < all.length; i += batch) {
      const days = await this.getUnitDays(township, date, all.slice(i, i + batch));
      if (days.size) yield [...days.values()];
    }
  }

  async replaceAggregates(township: string, days: ReadonlyMap<IsoDate, DayAggregate>, periods: ReadonlyMap<PeriodId, ReadonlyMap<string, Vec>>): Promise<void> {
    // One transaction per key (DEL + HSET + EXPIRE): a reader sees the old or the new aggregate, never half of it.
    for (const [date, a] of days) {
      const key = this.keys.aggDay(township, date);
      const m = this.redis.multi().del(key);
      const h: Record<string, string> = {};
      if (!isZero(a.sums)) h[AGG_SUMS_FIELD] = encodeVec(a.sums);
      for (const u of a.highlights) h[u] = '1';
      if (Object.keys(h).length) m.hset(key, h).expire(key, ttlSeconds.day);
      await m.exec();
    }
    for (const [period, recs] of periods) {
      const key = this.keys.aggPeriod(township, period);
      await this.redis.del(key);
      const entries = [...recs].filter(([, v]) => !isZero(v));
      for (let i = 0; i < entries.length; i += 1000) {
        const h = Object.fromEntries(entries.slice(i, i + 1000).map(([u, v]) => [u, encodeVec(v)]));
        await this.redis.multi().hset(key, h).expire(key, ttlSeconds.day).exec();
      }
    }
  }

  async keyPersons(township: string): Promise<PersonState[]> {
    const h = await this.redis.hgetall(this.keys.persons(township));
    const out: PersonState[] = [];
    for (const [f, v] of Object.entries(h)) {
      const s = this.person(township, f, tryJson(v));
      if (s) out.push(s);
    }
    return out.sort(byUnitName);
  }

  async personHistory(township: string, unit: string, name: string): Promise<PersonState[]> {
    const f = personField(unit, name);
    const v = await this.redis.hget(this.keys.personHistory(township), f);
    const arr = v === null ? [] : tryJson(v);
    if (!Array.isArray(arr)) {
      this.skip({ township, unit }, 'stored person history failed validation');
      return [];
    }
    const out: PersonState[] = [];
    for (const e of arr) {
      const s = this.person(township, f, e);
      if (s) out.push(s);
    }
    const order = (s: PersonState) => `${s.date}${s.at}`;
    return out.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  }

  async rawMessages(township: string, date: IsoDate): Promise<RawMessage[]> {
    // As Buffers: a value holds its text in UTF-16 or UTF-8 (record-codec.ts), which a reply read as UTF-8 would garble.
    // The day's list, and the hash written before it (keys.ts); a message in both or twice in the list (a
    // redelivery) is kept once, its last copy.
    const res = await this.redis
      .multi()
      .hgetallBuffer(this.keys.raw(township, date))
      .lrangeBuffer(this.keys.rawLog(township, date), 0, -1)
      .hgetall(this.keys.names(township))
      .exec();
    const names = (res?.[2]?.[1] ?? {}) as Record<string, string>;
    const nameOf = (n: number) => names[`#${n}`];
    const byId = new Map<string, RawMessage>();
    const keep = (c: unknown) => {
      const r = RawMessageSchema.safeParse(c);
      if (r.success) byId.set(rawField(r.data.platform, r.data.msgId), r.data);
      else this.skip({ township, date }, 'stored raw message failed validation');
    };
    const flat = (res?.[0]?.[1] ?? {}) as Record<string, Buffer>;
    for (const [f, v] of Object.entries(flat)) {
      const id = parseRawField(f);
      keep(id ? decodeRaw(id.platform, id.msgId, v) : undefined);
    }
    for (const v of (res?.[1]?.[1] ?? []) as Buffer[]) keep(decodeRawRecord(v, nameOf));
    return [...byId.values()].sort(byAt);
  }

  async claimOnce(scope: ClaimScope, id: string, ttlSeconds: number): Promise<boolean> {
    const res = await this.redis.set(this.keys.claim(scope, id), '1', 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
    return res === 'OK';
  }

  async putPending(township: string, at: PendingAt, value: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.keys.pending(township, at.platform, at.chatId, at.senderId), value, 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async takePending(township: string, at: PendingAt): Promise<string | undefined> {
    // GET and DEL in one MULTI: two answers racing register the question once.
    const key = this.keys.pending(township, at.platform, at.chatId, at.senderId);
    const res = await this.redis.multi().get(key).del(key).exec();
    const v = res?.[0]?.[1];
    return typeof v === 'string' ? v : undefined;
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private report(township: string, date: IsoDate, kind: DatedKind, unit: string, value: unknown): StoredReport | undefined {
    const res = StoredReportSchema.safeParse(decodeReportObject(kind, unit, date, value));
    if (res.success) return res.data;
    this.skip({ township, date, unit, kind }, 'stored record failed validation');
    return undefined;
  }

  private person(township: string, field: string, value: unknown): PersonState | undefined {
    const pf = parsePersonField(field);
    const res = pf ? PersonStateSchema.safeParse(decodePersonEntry(pf.unit, pf.name, value)) : undefined;
    if (res?.success) return res.data;
    this.skip({ township }, 'stored key-person state failed validation');
    return undefined;
  }

  private confirmations(township: string, date: IsoDate, v: string): Confirmation[] {
    const arr = tryJson(v);
    const out: Confirmation[] = [];
    for (const e of Array.isArray(arr) ? arr : [arr]) {
      const res = ConfirmationSchema.safeParse(decodeConfirmation(e));
      if (res.success) out.push(res.data);
      else this.skip({ township, date }, 'stored confirmation failed validation');
    }
    return out;
  }

  /** A damaged record is logged (where, never its content) and skipped: one bad value must not stop a digest. */
  private skip(where: Record<string, string>, msg: string): void {
    this.logger.warn({ ...where, store: 'redis' }, `${msg}; skipped`);
  }
}
