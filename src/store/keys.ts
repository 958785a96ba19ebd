import { addDays, type IsoDate } from '../dates.js';
import type { DatedKind } from '../parser/schema.js';
import { halfMonthOf, yearOf } from './aggregates.js';
import type { ClaimScope } from './report-store.js';

// The ONE place that builds Redis keys, hash fields and TTLs. Nothing else writes a key string.
//
// Layout (P = REDIS_PREFIX, T = township). Every key of a township carries the Cluster hash tag {P:T}, so all keys
// one operation touches live in one slot and MULTI / Lua work on Redis Cluster:
//   {P:T}:day:<date>   HASH  one township-day: `z:<unit>` zero report, `a:<unit>` daily assessment, `k:<unit>` key
//                            persons, `i:<unit>` JSON array of incidents, `c:<unit>` JSON array of confirmations.
//                            getDay is one HGETALL. TTL DAY_TTL_DAYS, refreshed on write.
//                            Two more fields (names too short to parse as a unit field): `_v` the day's data version,
//                            a fresh random token set by every write that changes the day (same Lua step), and `_t`
//                            cached day totals `{"v":version,"t":totals}` (jobs' cumulative figures), deleted by
//                            every such write; living in the day hash, the cache shares its key, slot and TTL
//                            (caching the totals of a day never written creates its key with `_v`, `_t` and that TTL).
//   {P:T}:ver:<date>   HASH  `<unit>` → JSON array [highest version number, the unit-day's earlier report
//                            versions in the order they left…]: each report that left the day hash (replaced,
//                            removed, withdrawn) as {k, r: its value}, and each withdrawal. The current reports are their own versions (their "N" in the day hash),
//                            so a unit-day reported once has no field here. Written before that change, the array
//                            also held the current versions (their values have no "N"; read as before). A list
//                            longer than 1 KB is closed into `<unit>\x1f#<K>` (K = 1, 2, …: its entries, never
//                            written again) and the new list's head is [highest number, K, …] (redis-scripts.ts).
//                            See ReportStore.history. Same TTL as the day.
//   {P:T}:excuse:<date> HASH `<unit>` → JSON excuse (免报) of that unit-day. Same TTL as the day.
//   {P:T}:leave        HASH  `<memberId>\x1f<from>` → JSON leave (请假/外出). TTL PERSON_TTL_DAYS, refreshed on write.
//   {P:T}:alertno      STRING  the township's last leaders' alert number (INCR); no TTL (numbers are never reused).
//   {P:T}:rawlog:<date> LIST the raw inbound messages (audit) received that day, one element each (the value of
//                            record-codec.ts encodeRawRecord, which holds the platform and msgId too). A
//                            redelivered message may be in it twice: rawMessages keeps one. TTL RAW_RETENTION_DAYS.
//   {P:T}:names        HASH  the chat and sender ids the raw copies name by number: `=<id>` → number, `#<number>` → id,
//                            `#` → the last number given. Numbers are never reused or changed. TTL DAY_TTL_DAYS,
//                            refreshed by every applyMessage (longer than any raw copy that names one lives).
//   {P:T}:raw:<date>   HASH  `<platform>:<msgId>` → raw inbound message, as written before the list; still read,
//                            never written. TTL RAW_RETENTION_DAYS.
//   {P:T}:last         HASH  senderId → the sender's history (for 撤回), its latest entry first: JSON {m: msgId, r: the
//                            day-hash refs of the message's reports (omitted when none), f: the follow-up it was
//                            (SentFollowUp), t: its text (kept when it alerted the leaders or was a follow-up), p: the
//                            entry under it (a follow-up stacks on what came before; a message of reports starts anew)}.
//                            At most HISTORY_DEPTH entries deep. TTL LAST_TTL_DAYS, refreshed by every entry.
//   {P:T}:undone:<senderId>|<msgId>  STRING  what that 撤回 message took back (undoLast), so a retry of it gets the
//                            same answer: JSON {r: [[date, field, value], …] of the reports, f, t} (written before
//                            follow-ups were kept: the bare [[date, field, value], …]). TTL DAY_TTL_DAYS.
//   {P:T}:kp           HASH  `<unit>\x1f<name>` → latest state of a key person.
//   {P:T}:kh           HASH  `<unit>\x1f<name>` → JSON array of the person's reported states (history); entries
//                            older than PERSON_TTL_DAYS before the newest report are dropped on the next report.
//   {P:T}:case:n       STRING  the township's last case number (INCR: 案件1, 案件2 …, never reused).
//   {P:T}:case         HASH  case number → the case record (src/ledger/case-codec.ts); no TTL: a ledger is a record.
//   {P:T}:case:src     HASH  source id (report id, message id) → case number: a redelivered message opens no second case;
//                            a correction's report id is linked to the case of the report it replaced (one incident, one case).
//   {P:T}:kpr          HASH  `<unit>\x1f<name>` → a registered key person (逐人建账); no TTL, 销号 marks it inactive.
//   {P:T}:ask:<platform>:<chatId>:<senderId>  STRING  the bot's pending question to that sender in that chat (the
//                            report it guessed, JSON), EX the answer window; taken (read and deleted) by the answer.
//   P:claim:<scope>:<id>  STRING  SET NX EX markers (job slots, digests, 看板 login-link nonces); single-key, any slot.
//   P:card:<platform>:<cardId>  STRING  the buttons of a card we sent (JSON: chat, commands), for a press that names
//                            only the card and the button (DingTalk); EX CARD_TTL_SECONDS. Single-key, any slot.
//   P:sess:<sha256>    STRING  a 看板 session (src/web/web-store.ts) under the SHA-256 of its cookie value, so a
//                            dump of Redis holds no usable cookie; EX = the session's lifetime.
//   {P:T}:audit:<date> LIST  the 看板's audit trail of a day (logins, refused links, case actions, downloads), oldest
//                            first. TTL RAW_RETENTION_DAYS, like the raw messages.
// Aggregates, kept by the same Lua step as the records they sum (see aggregates.ts); TTL DAY_TTL_DAYS, refreshed:
//   {P:T}:ad:<date>    HASH  the day's aggregates: field AGG_SUMS_FIELD = sums over its units (comma list), and one
//                            field per highlight unit (an incident or a key person abnormal or away) → '1';
//                            AGG_SEQ_FIELD counts the changes, aggCountField(k) caches a count computed at a seq.
//   {P:T}:ah:<YYYY-MM-h>  HASH  unit → half-month record (h = 1 for the 1st–15th, 2 after): day bitmasks reported,
//                            late, both signatures; then the half-month's sums. A unit without reports has no field.
//   {P:T}:ay:<YYYY>    HASH  unit → year record: days reported, late, signed; then the year's sums.
//   {P:lease:<name>}         STRING  `<holder>|<token>` of the instance holding a lease (one WeCom long connection
//                                    per bot), PX = the lease time; gone when the holder stops renewing.
//   {P:lease:<name>}:fence   STRING  counter: each new holder's fencing token (INCR), never reset.
//   {P:lease:<name>}:outbox  LIST    frames other instances want sent on the connection the holder keeps.
//   {P:T}:q:<queue>          STREAM  a durable queue (`inbox`: verified inbound messages; `outbox`: sends), read by
//                                    the consumer group `workers`; an entry is XDEL'd once acknowledged.
//   {P:T}:q:<queue>:claims:<w>:<n>  HASH  the queue's dedupe claims made in the n-th time bucket of w seconds
//                                    (w = a quarter of the dedupe window): field = the first 12 bytes of the
//                                    SHA-256 of the dedupe id, value ''. Set in the same Lua step as the XADD (so
//                                    "claimed" always means "in the stream"); an enqueue looks in every bucket the
//                                    window reaches. A bucket expires whole, a window after its end, so a claim
//                                    lives between one and 1.25 windows. Why buckets: one key per message cost
//                                    ~160 B of Redis per message, a field in a bucket 15–70 B (Redis 7.0 has no
//                                    per-field expiry, so expiring whole buckets is how fields go).
//   {P:T}:q:<queue>:seen:<id> STRING the claim as written before the buckets (SET NX EX); still looked at, so a
//                                    redelivery that straddles the upgrade is a duplicate; gone a window later.
//   {P:T}:q:<queue>:tries    HASH    entry id → failed attempts (cleared on acknowledgement).
//   {P:T}:q:<queue>:dead     LIST    dead letters: entries that failed every attempt, for an operator (kept).
// Values are compact JSON (see record-codec.ts): the kind, unit and date live in the key/field, not in the value.

/** Day data (reports, confirmations) is kept this long after its last write. */
export const DAY_TTL_DAYS = 400;
/** Key-person latest states and histories are kept this long after the township's last key-person write. */
export const PERSON_TTL_DAYS = 400;
/** The "last message per sender" hash (for 撤回) is kept this long after the township's last report. */
export const LAST_TTL_DAYS = 30;
/** The most entries a sender's history keeps (a 续报/终报 stacks on the entry before it; the oldest go first). */
export const HISTORY_DEPTH = 10;

const DAY_S = 86_400;
export const ttlSeconds = {
  day: DAY_TTL_DAYS * DAY_S,
  person: PERSON_TTL_DAYS * DAY_S,
  last: LAST_TTL_DAYS * DAY_S,
  raw: (retentionDays: number) => retentionDays * DAY_S,
} as const;

/** Key-person history entries dated before this are dropped when the person is reported again (bounded growth). */
export function historyCutoff(reports: readonly { date: IsoDate }[]): IsoDate {
  const latest = reports.map((r) => r.date).sort().at(-1);
  return latest ? addDays(latest, -PERSON_TTL_DAYS) : '0000-00-00';
}

/** One-letter codes of the day-hash fields. */
export const KIND_CODE = { zero_report: 'z', daily_assessment: 'a', key_person: 'k', incident: 'i' } as const satisfies Record<DatedKind, string>;
export type KindCode = (typeof KIND_CODE)[DatedKind];
export const CONFIRM_CODE = 'c';
/** Day-hash field of the day's data version (see the layout above). */
export const DAY_VERSION_FIELD = '_v';
/** Day-hash field of the cached day totals, valid only for the version it records. */
export const DAY_TOTALS_FIELD = '_t';
const KIND_OF_CODE: Record<string, DatedKind> = { z: 'zero_report', a: 'daily_assessment', k: 'key_person', i: 'incident' };

/** Field of the day sums in the day's aggregate hash; no unit name contains PERSON_SEP (checked on write). */
export const AGG_SUMS_FIELD = '\x1f';
/** The day's change counter in its aggregate hash (HINCRBY by every write that changes the day's aggregates). */
export const AGG_SEQ_FIELD = '\x1f#';
/** A count the jobs computed from the day's aggregates and cached beside them (`<seq>:<count>`), e.g. roster units reported. */
export function aggCountField(key: string): string {
  return `\x1fc:${key}`;
}

/** Separates unit and person name in key-person fields; no roster or parsed name contains it (checked on write). */
export const PERSON_SEP = '\x1f';
/** Between a unit and the number of a closed chunk of its versions list (ver hash; written by redis-scripts.ts). */
export const VERSION_CHUNK_SEP = '\x1f#';

/** The durable queues (src/store/durable-queue.ts). */
export type QueueName = 'inbox' | 'outbox';

export type DayField = { kind: DatedKind; unit: string } | { kind: 'confirmations'; unit: string };

export interface Keys {
  readonly prefix: string;
  /** `{prefix:township}`: the hash tag shared by every key of the township. */
  tag(township: string): string;
  day(township: string, date: IsoDate): string;
  versions(township: string, date: IsoDate): string;
  alertNumber(township: string): string;
  excuses(township: string, date: IsoDate): string;
  leaves(township: string): string;
  raw(township: string, date: IsoDate): string;
  /** The day's raw list (the raw hash above is read only: written before the list). */
  rawLog(township: string, date: IsoDate): string;
  /** The numbers of the chat and sender ids the raw copies name. */
  names(township: string): string;
  last(township: string): string;
  persons(township: string): string;
  personHistory(township: string): string;
  claim(scope: ClaimScope, id: string): string;
  /** The bot's pending question to one sender in one chat (handlers/pending-question.ts). */
  pending(township: string, platform: string, chatId: string, senderId: string): string;
  /** A lease, its fencing counter and its outbox share one hash tag, so one Lua script may touch them all. */
  lease(name: string): string;
  fence(name: string): string;
  outbox(name: string): string;
  /** A 看板 session, by the SHA-256 (hex) of its cookie value. */
  session(idHash: string): string;
  /** The buttons of a card we sent (store/card-choice-store.ts). */
  card(platform: string, cardId: string): string;
  /** The 看板's audit trail of a day. */
  audit(township: string, date: IsoDate): string;
  /** Case ledger (src/ledger): number counter, records, source index, key-person register. */
  caseSeq(township: string): string;
  cases(township: string): string;
  caseSources(township: string): string;
  personRegister(township: string): string;
  /** The day's aggregates (sums and highlight units). */
  aggDay(township: string, date: IsoDate): string;
  /** Per-unit records of a half-month (`YYYY-MM-1|2`) or a year (`YYYY`): see aggregates.ts. */
  aggPeriod(township: string, period: string): string;
  /** The aggregate keys of each date, in the order the scripts expect: ad, ah, ay per date. */
  aggKeys(township: string, dates: readonly IsoDate[]): string[];
  /** A durable queue's keys (see the layout above), all under the township's hash tag. */
  queue(township: string, queue: QueueName): { stream: string; tries: string; dead: string; legacySeen: (id: string) => string; claims: (nowMs: number, ttlSeconds: number) => ClaimBuckets };
  /** The keys applyMessage touches (in the order the Lua script expects): raw list, last, kp, kh, one day key per date, then one versions key per date. */
  applyKeys(township: string, rawDate: IsoDate, dates: readonly IsoDate[]): string[];
  /** The keys undoLast touches: last, kp, kh, one day key per date, then one versions key per date. */
  undoKeys(township: string, dates: readonly IsoDate[]): string[];
  /** What one 撤回 message of a sender removed (undoLast), so a retry of that message gets the same answer (day TTL). */
  undone(township: string, senderId: string, msgId: string): string;
}

/** Builds every key from the configured prefix (`config.REDIS_PREFIX`). */
export function createKeys(prefix: string): Keys {
  if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new Error(`invalid Redis key prefix "${prefix}"`);
  // Every key of a message is built from its township's tag: checked and built once per township, not per key.
  const tags = new Map<string, string>();
  const tag = (township: string) => {
    let t = tags.get(township);
    if (t === undefined) {
      // A brace in the township would move the hash tag and split its keys over slots.
      if (!township || /[{}]/.test(township)) throw new Error(`invalid township name for a Redis key: "${township}"`);
      t = `{${prefix}:${township}}`;
      if (tags.size < 1000) tags.set(township, t);
    }
    return t;
  };
  const bad = (period: string): never => {
    throw new Error(`invalid aggregate period "${period}"`);
  };
  const k: Keys = {
    prefix,
    tag,
    day: (t, date) => `${tag(t)}:day:${date}`,
    versions: (t, date) => `${tag(t)}:ver:${date}`,
    alertNumber: (t) => `${tag(t)}:alertno`,
    excuses: (t, date) => `${tag(t)}:excuse:${date}`,
    leaves: (t) => `${tag(t)}:leave`,
    raw: (t, date) => `${tag(t)}:raw:${date}`,
    rawLog: (t, date) => `${tag(t)}:rawlog:${date}`,
    names: (t) => `${tag(t)}:names`,
    last: (t) => `${tag(t)}:last`,
    persons: (t) => `${tag(t)}:kp`,
    personHistory: (t) => `${tag(t)}:kh`,
    claim: (scope, id) => `${prefix}:claim:${scope}:${id}`,
    card: (platform, cardId) => `${prefix}:card:${platform}:${cardId}`,
    session: (h) => {
      if (!/^[0-9a-f]{64}$/.test(h)) throw new Error('invalid session hash');
      return `${prefix}:sess:${h}`;
    },
    audit: (t, date) => `${tag(t)}:audit:${date}`,
    pending: (t, platform, chatId, senderId) => `${tag(t)}:ask:${platform}:${chatId}:${senderId}`,
    caseSeq: (t) => `${tag(t)}:case:n`,
    cases: (t) => `${tag(t)}:case`,
    caseSources: (t) => `${tag(t)}:case:src`,
    personRegister: (t) => `${tag(t)}:kpr`,
    applyKeys: (t, rawDate, dates) => [
      k.rawLog(t, rawDate),
      k.last(t),
      k.persons(t),
      k.personHistory(t),
      ...dates.map((d) => k.day(t, d)),
      ...dates.map((d) => k.versions(t, d)),
    ],
    undoKeys: (t, dates) => [k.last(t), k.persons(t), k.personHistory(t), ...dates.map((d) => k.day(t, d)), ...dates.map((d) => k.versions(t, d))],
    undone: (t, senderId, msgId) => `${tag(t)}:undone:${senderId}|${msgId}`,
    aggDay: (t, date) => `${tag(t)}:ad:${date}`,
    aggPeriod: (t, period) => (/^\d{4}(-\d{2}-[12])?$/.test(period) ? `${tag(t)}:${period.length === 4 ? 'ay' : 'ah'}:${period}` : bad(period)),
    aggKeys: (t, dates) => dates.flatMap((d) => [k.aggDay(t, d), k.aggPeriod(t, halfMonthOf(d).id), k.aggPeriod(t, yearOf(d))]),
    lease: (name) => `{${prefix}:lease:${leaseName(name)}}`,
    fence: (name) => `{${prefix}:lease:${leaseName(name)}}:fence`,
    outbox: (name) => `{${prefix}:lease:${leaseName(name)}}:outbox`,
    queue: (t, q) => {
      const base = `${tag(t)}:q:${q}`;
      return {
        stream: base,
        tries: `${base}:tries`,
        dead: `${base}:dead`,
        legacySeen: (id) => `${base}:seen:${id}`,
        claims: (nowMs, ttl) => claimBuckets(`${base}:claims`, nowMs, ttl),
      };
    },
  };
  return k;
}

/** The dedupe-claim buckets an enqueue at `nowMs` looks in, oldest first, and the one it writes to. */
export interface ClaimBuckets {
  /** Every bucket a claim made within the window may be in, and the next one (an instance whose clock runs ahead). */
  keys: string[];
  /** Index in `keys` of the bucket of now. */
  write: number;
  /** Seconds the written bucket must live from now: to its end, then a whole window. */
  expireSeconds: number;
}

/** Buckets of a quarter window: an enqueue looks in 6 keys, and a claim outlives its window by at most a quarter. */
export const CLAIM_BUCKETS_PER_WINDOW = 4;

function claimBuckets(base: string, nowMs: number, ttlSeconds: number): ClaimBuckets {
  const ttl = Math.max(1, Math.ceil(ttlSeconds));
  const width = Math.ceil(ttl / CLAIM_BUCKETS_PER_WINDOW);
  const now = Math.floor(nowMs / 1000);
  const cur = Math.floor(now / width);
  const first = Math.floor((now - ttl) / width);
  const keys: string[] = [];
  for (let n = first; n <= cur + 1; n++) keys.push(`${base}:${width}:${n}`);
  return { keys, write: cur - first, expireSeconds: (cur + 1) * width - now + ttl };
}

function leaseName(name: string): string {
  if (!name || /[{}\s]/.test(name)) throw new Error(`invalid lease name for a Redis key: "${name}"`);
  return name;
}

/** The day-hash field of a unit's report of one kind (incidents of a unit-day share one field). */
export function dayField(kind: DatedKind, unit: string): string {
  return `${KIND_CODE[kind]}:${unit}`;
}

export function confirmField(unit: string): string {
  return `${CONFIRM_CODE}:${unit}`;
}

/** Every day-hash field of a unit-day, in the order the aggregate Lua reads them: z, a, k, i, c. */
export function unitDayFields(unit: string): string[] {
  return [dayField('zero_report', unit), dayField('daily_assessment', unit), dayField('key_person', unit), dayField('incident', unit), confirmField(unit)];
}

/** Reads a day-hash field back; undefined for a field this code did not write. */
export function parseDayField(field: string): DayField | undefined {
  if (field.length < 3 || field[1] !== ':') return undefined;
  const unit = field.slice(2);
  if (field[0] === CONFIRM_CODE) return { kind: 'confirmations', unit };
  const kind = KIND_OF_CODE[field[0]!];
  return kind ? { kind, unit } : undefined;
}

export function personField(unit: string, name: string): string {
  return `${unit}${PERSON_SEP}${name}`;
}

export function parsePersonField(field: string): { unit: string; name: string } | undefined {
  const i = field.indexOf(PERSON_SEP);
  if (i <= 0 || i === field.length - 1) return undefined;
  return { unit: field.slice(0, i), name: field.slice(i + 1) };
}

export function rawField(platform: string, msgId: string): string {
  return `${platform}:${msgId}`;
}

export function parseRawField(field: string): { platform: string; msgId: string } | undefined {
  const i = field.indexOf(':');
  if (i <= 0) return undefined;
  return { platform: field.slice(0, i), msgId: field.slice(i + 1) };
}
