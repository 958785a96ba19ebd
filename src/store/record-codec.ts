import type { IsoDate } from '../dates.js';
import type { DatedKind, Person } from '../parser/schema.js';
import type { Platform } from '../roster.js';
import type { Confirmation, RawMessage, ReportVersion, StoredReport } from './report-store.js';

// Compact JSON for Redis values. Why: a county keeps ~400 days × thousands of units; the kind, unit and date are
// already in the key/field, and one-letter keys halve a record. Decoding produces a candidate that the caller
// validates with zod (StoredReportSchema etc.), so a damaged value is skipped, never trusted.
//
// Report value (object):   i meta.id, compact (compactReportId: a hex msgId as base64url) · g msgId (omitted when
//   id = `${msgId}:<n>`, or `${platform}:${msgId}:<n>` for a compact id; 1 when id = `${platform}:${msgId}:<n>`)
//   p platform (w/d/c; omitted when a compact id's prefix says it) · c chatId
//   s senderId · n senderName? · d receivedAt as ms from the report date's Shanghai midnight (t: epoch ms, in values
//   written before d; T: the string, when it is not a canonical ISO instant)
//   P/U/L proxy/unrostered/late (1/0 when set) · A [alert no, alert at] · R 1 = correction
//   N the report's version number in its unit-day (first key, set by the Lua script; absent in values written before
//   the current report stopped being copied to the versions hash) · V the message id of that version, when not msgId
//   daily_assessment: k [disputesFound, disputesResolved, petitions, keyPersons, keyPersonsAbnormal] (null = absent), v level
//   key_person: q [[name, state, whereabouts, escalation, modality?], …]
//   incident: e escalation, h people, o collective, m summary?, y modality? (threat/plan/rumour; absent = an act)
// The Lua scripts read `i` (report id, compared as stored), `q[j][1]` (person names) and the figures of these values.

type Json = Record<string, unknown>;

const PLATFORM_CODE: Record<Platform, string> = { wecom: 'w', dingtalk: 'd', console: 'c' };
const PLATFORM_OF: Record<string, Platform> = { w: 'wecom', d: 'dingtalk', c: 'console' };
const LEVEL_CODE = { stable: 's', watch: 'w', alert: 'a' } as const;
const LEVEL_OF: Record<string, string> = { s: 'stable', w: 'watch', a: 'alert' };
const STATE_CODE = { stable: 0, abnormal: 1 } as const;
const STATE_OF = ['stable', 'abnormal'];
const WHERE_CODE = { home: 'h', away: 'a', unknown: 'u' } as const;
const WHERE_OF: Record<string, string> = { h: 'home', a: 'away', u: 'unknown' };
const COUNT_KEYS = ['disputesFound', 'disputesResolved', 'petitions', 'keyPersons', 'keyPersonsAbnormal'] as const;

const bit = (b: boolean | undefined) => (b === undefined ? undefined : b ? 1 : 0);
const unbit = (v: unknown) => (v === undefined ? undefined : v === 1 ? true : v === 0 ? false : v);

/** An ISO instant as epoch ms, only when converting back gives the very same string. */
function compactInstant(s: string): number | undefined {
  const ms = Date.parse(s);
  return Number.isFinite(ms) && new Date(ms).toISOString() === s ? ms : undefined;
}

/** The prefix of the report id each mark of a compact id stands for (none of them is a base64url character). */
const ID_PREFIX_OF: Record<string, string> = { '!': '', '~': 'wecom:', '^': 'dingtalk:', '*': 'console:' };
const ID_MARK: Record<string, string> = { '': '!', 'wecom:': '~', 'dingtalk:': '^', 'console:': '*' };

/**
 * A report id as stored and as the Lua scripts compare it: `[platform:]<msgId>:<n>` with a lowercase hex msgId of
 * 8 bytes or more (WeCom's are 16) becomes a mark telling the prefix, the msgId's bytes in base64url and `:<n>`
 * (25 characters for WeCom's 40); any other id stays as it is, `!!` in front when it starts with a mark. Every
 * id handed to a script (report, key-person entry, last message) goes through this, so comparisons there hold.
 */
export function compactReportId(id: string): string {
  const m = /^(?:(wecom|dingtalk|console):)?((?:[0-9a-f]{2}){8,}):(\d+)$/.exec(id);
  if (m) return `${ID_MARK[m[1] ? `${m[1]}:` : '']}${Buffer.from(m[2]!, 'hex').toString('base64url')}:${m[3]}`;
  return id[0] !== undefined && ID_PREFIX_OF[id[0]] !== undefined ? `!!${id}` : id;
}

/** The id back from compactReportId (an id stored before it, which has no mark, is returned as it is). */
export function expandReportId(c: string): string {
  if (c.startsWith('!!')) return c.slice(2);
  const pre = c[0] === undefined ? undefined : ID_PREFIX_OF[c[0]];
  const end = c.lastIndexOf(':');
  if (pre === undefined || end < 1) return c;
  return `${pre}${Buffer.from(c.slice(1, end), 'base64url').toString('hex')}${c.slice(end)}`;
}

/** The prefix (`wecom:` …) a compact id says its id has, '' for none, undefined for an id that is not compact. */
function compactPrefix(c: unknown): string | undefined {
  if (typeof c !== 'string' || c.startsWith('!!') || c[0] === undefined) return undefined;
  return ID_PREFIX_OF[c[0]];
}

/** Epoch ms of a report date's Shanghai midnight: receivedAt is kept as an offset from it (8 digits, not 13). */
function dayStartMs(date: unknown): number | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = Date.parse(`${date}T00:00:00+08:00`);
  return Number.isFinite(ms) ? ms : undefined;
}

function encodeMeta(m: StoredReport['meta'], o: Json, date: string): void {
  o.i = compactReportId(m.id);
  const pre = compactPrefix(o.i);
  if (pre) {
    // A compact id with a platform prefix says the platform and, with no g, that the msgId is the id's middle.
    if (m.msgId !== m.id.slice(pre.length, m.id.lastIndexOf(':'))) o.g = m.msgId;
    if (`${m.platform}:` !== pre) o.p = PLATFORM_CODE[m.platform] ?? m.platform;
  } else {
    // The msgId is usually inside the id ("<msgId>:<n>" or "<platform>:<msgId>:<n>"): then it is not stored twice.
    const tail = (p: string) => (m.id.startsWith(p) && !m.id.slice(p.length).includes(':') ? true : undefined);
    if (tail(`${m.msgId}:`)) {
      // derivable: id minus its last ":<n>"
    } else if (tail(`${m.platform}:${m.msgId}:`)) o.g = 1;
    else o.g = m.msgId;
    o.p = PLATFORM_CODE[m.platform] ?? m.platform;
  }
  o.c = m.chatId;
  o.s = m.senderId;
  if (m.senderName !== undefined) o.n = m.senderName;
  const t = compactInstant(m.receivedAt);
  const start = dayStartMs(date);
  if (t !== undefined && start !== undefined) o.d = t - start;
  else if (t !== undefined) o.t = t;
  else o.T = m.receivedAt;
  if (m.proxy !== undefined) o.P = bit(m.proxy);
  if (m.unrostered !== undefined) o.U = bit(m.unrostered);
  if (m.late !== undefined) o.L = bit(m.late);
  if (m.alert !== undefined) o.A = [m.alert.no, m.alert.at];
}

function decodeMeta(o: Json, date: string): Json {
  const pre = compactPrefix(o.i);
  const id = typeof o.i === 'string' ? expandReportId(o.i) : o.i;
  const platform = o.p === undefined && pre ? pre.slice(0, -1) : (PLATFORM_OF[o.p as string] ?? o.p);
  let msgId = o.g;
  if (typeof id === 'string' && pre && o.g === undefined) msgId = id.slice(pre.length, id.lastIndexOf(':'));
  else if (typeof id === 'string' && (o.g === undefined || o.g === 1)) {
    const end = id.lastIndexOf(':');
    const start = o.g === 1 ? String(platform).length + 1 : 0;
    msgId = end > start ? id.slice(start, end) : undefined;
  }
  const m: Json = {
    id,
    msgId,
    platform,
    chatId: o.c,
    senderId: o.s,
    receivedAt: receivedAtOf(o, date),
  };
  if (o.n !== undefined) m.senderName = o.n;
  if (o.P !== undefined) m.proxy = unbit(o.P);
  if (o.U !== undefined) m.unrostered = unbit(o.U);
  if (o.L !== undefined) m.late = unbit(o.L);
  if (o.A !== undefined) m.alert = Array.isArray(o.A) ? { no: o.A[0], at: o.A[1] } : o.A;
  return m;
}

/** receivedAt from d (offset from the date's Shanghai midnight), t (epoch ms, values written before d) or T. */
function receivedAtOf(o: Json, date: string): unknown {
  const start = dayStartMs(date);
  if (typeof o.d === 'number' && start !== undefined) {
    const d = new Date(start + o.d);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  return typeof o.t === 'number' ? new Date(o.t).toISOString() : o.T;
}

function encodeReportObject(r: StoredReport): Json {
  const o: Json = {};
  encodeMeta(r.meta, o, r.date);
  if (r.correction) o.R = 1;
  switch (r.kind) {
    case 'zero_report':
      break;
    case 'daily_assessment':
      o.k = COUNT_KEYS.map((k) => r.counts[k] ?? null);
      o.v = r.level === null ? null : LEVEL_CODE[r.level];
      break;
    case 'key_person':
      o.q = r.persons.map((p) => [p.name, STATE_CODE[p.state], WHERE_CODE[p.whereabouts], p.escalation, ...(p.modality ? [p.modality] : [])]);
      break;
    case 'incident':
      o.e = r.escalation;
      o.h = r.people;
      o.o = r.collective ? 1 : 0;
      if (r.summary !== undefined) o.m = r.summary;
      if (r.modality !== undefined) o.y = r.modality;
      break;
  }
  return o;
}

/**
 * The day-hash value of a report. `versionMsgId`: the id of the message that stored it, kept (as V) only when it
 * differs from meta.msgId, because the stored report is also its own current version (see decodeVersion). The Lua
 * script puts the version number N in front.
 */
export function encodeReport(r: StoredReport, versionMsgId?: string): string {
  const o = encodeReportObject(r);
  if (versionMsgId !== undefined && versionMsgId !== r.meta.msgId) o.V = versionMsgId;
  return JSON.stringify(o);
}

const ACTION_CODE = { report: 'r', correction: 'c', withdrawn: 'w' } as const;
const ACTION_OF: Record<string, string> = { r: 'report', c: 'correction', w: 'withdrawn' };
const KIND_OF: Record<string, DatedKind> = { z: 'zero_report', a: 'daily_assessment', k: 'key_person', i: 'incident' };
const CODE_OF_KIND = { zero_report: 'z', daily_assessment: 'a', key_person: 'k', incident: 'i' } as const;

/**
 * A report version without its seq (the Lua script numbers it when appending): {a action, k kind, i reportId,
 * s sender, g msgId, t at ms | T, r report value (encodeReport's object; reports and corrections only)}.
 */
export function encodeVersion(v: Omit<ReportVersion, 'seq'>): string {
  const o: Json = { a: ACTION_CODE[v.action], k: CODE_OF_KIND[v.kind], i: compactReportId(v.reportId), s: v.senderId, g: v.msgId };
  const t = compactInstant(v.at);
  if (t !== undefined) o.t = t;
  else o.T = v.at;
  if (v.report) o.r = encodeReportObject(v.report);
  return JSON.stringify(o);
}

/**
 * A candidate ReportVersion (validate it!) of a unit-day, from an entry of the versions hash or {k, r: a report
 * value with its number N} (a report of the day hash, or one that left it: redis-scripts.ts), whose version says
 * what the report says.
 */
export function decodeVersion(unit: string, date: IsoDate, e: unknown): unknown {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return e;
  const v = e as Json;
  const kind = KIND_OF[v.k as string];
  if (v.a === undefined && kind && v.r && typeof v.r === 'object' && !Array.isArray(v.r)) {
    const r = v.r as Json;
    const report = decodeReportObject(kind, unit, date, r) as Json;
    const meta = report.meta as Json;
    return { seq: r.N, action: r.R === 1 ? 'correction' : 'report', kind, reportId: meta.id, report, senderId: meta.senderId, msgId: r.V ?? meta.msgId, at: meta.receivedAt };
  }
  const out: Json = {
    seq: v.n,
    action: ACTION_OF[v.a as string] ?? v.a,
    kind: kind ?? v.k,
    reportId: typeof v.i === 'string' ? expandReportId(v.i) : v.i,
    senderId: v.s,
    msgId: v.g,
    at: typeof v.t === 'number' ? new Date(v.t).toISOString() : v.T,
  };
  if (v.r !== undefined && kind) out.report = decodeReportObject(kind, unit, date, v.r);
  return out;
}

function decodePersonTuple(p: unknown): unknown {
  if (!Array.isArray(p)) return p;
  return { name: p[0], state: STATE_OF[p[1] as number] ?? p[1], whereabouts: WHERE_OF[p[2] as string] ?? p[2], escalation: p[3], ...(p.length > 4 ? { modality: p[4] } : {}) };
}

/** A candidate StoredReport (validate it!) from a decoded value object and what the key/field says. */
export function decodeReportObject(kind: DatedKind, unit: string, date: IsoDate, o: unknown): unknown {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return o;
  const v = o as Json;
  const r: Json = { kind, unit, date, meta: decodeMeta(v, date) };
  if (v.R !== undefined) r.correction = v.R === 1 ? true : v.R;
  switch (kind) {
    case 'daily_assessment': {
      const counts: Json = {};
      if (Array.isArray(v.k)) COUNT_KEYS.forEach((k, i) => {
        const n = (v.k as unknown[])[i];
        if (n !== null && n !== undefined) counts[k] = n;
      });
      r.counts = Array.isArray(v.k) ? counts : v.k;
      r.level = typeof v.v === 'string' ? (LEVEL_OF[v.v] ?? v.v) : v.v;
      break;
    }
    case 'key_person':
      r.persons = Array.isArray(v.q) ? v.q.map(decodePersonTuple) : v.q;
      break;
    case 'incident':
      r.escalation = v.e;
      r.people = v.h;
      r.collective = v.o === 1 ? true : v.o === 0 ? false : v.o;
      if (v.m !== undefined) r.summary = v.m;
      if (v.y !== undefined) r.modality = v.y;
      break;
    case 'zero_report':
      break;
  }
  return r;
}

/**
 * Key-person history entry / latest state: [date, at, reportId (compact), state, whereabouts, escalation, modality?].
 * The Lua scripts read the first three.
 */
export function encodePersonEntry(p: Person, date: IsoDate, at: string, reportId: string): string {
  return JSON.stringify([date, at, compactReportId(reportId), STATE_CODE[p.state], WHERE_CODE[p.whereabouts], p.escalation, ...(p.modality ? [p.modality] : [])]);
}

/** A candidate PersonState (validate it!). */
export function decodePersonEntry(unit: string, name: string, e: unknown): unknown {
  if (!Array.isArray(e)) return e;
  return { name, unit, date: e[0], at: e[1], state: STATE_OF[e[3] as number] ?? e[3], whereabouts: WHERE_OF[e[4] as string] ?? e[4], escalation: e[5], ...(e.length > 6 ? { modality: e[6] } : {}) };
}

/** Confirmation: [memberId, role, at, version?]. */
export function encodeConfirmation(c: Confirmation): string {
  return JSON.stringify(c.version === undefined ? [c.memberId, c.role, c.at] : [c.memberId, c.role, c.at, c.version]);
}

export function decodeConfirmation(e: unknown): unknown {
  if (!Array.isArray(e)) return e;
  return e.length > 3 ? { memberId: e[0], role: e[1], at: e[2], version: e[3] } : { memberId: e[0], role: e[1], at: e[2] };
}

/** First byte of a raw message value: how its text is stored (a value written before is JSON: '{'). */
const RAW_UTF16 = 1;
const RAW_UTF8 = 2;

/**
 * Raw message value (platform and msgId are in the field): one byte (the text's encoding), the JSON array
 * [chatId, senderId, at as epoch ms | the string], a zero byte, then the text in UTF-16 or UTF-8, whichever is
 * shorter. Why: the audit copy was a third of a message's Redis bytes, its text most of it, and Chinese takes 3
 * bytes a character in UTF-8, 2 in UTF-16. Binary, so it travels as a Buffer (never through JSON or a Lua string
 * literal). A text with a lone surrogate is kept in UTF-16, which holds it exactly.
 */
export function encodeRaw(m: RawMessage): Buffer {
  const head = Buffer.from(JSON.stringify([m.chatId, m.senderId, compactInstant(m.at) ?? m.at]), 'utf8');
  const u16 = Buffer.from(m.text, 'utf16le');
  const u8 = /\p{Surrogate}/u.test(m.text) ? undefined : Buffer.from(m.text, 'utf8');
  const [code, text] = u8 && u8.length <= u16.length ? [RAW_UTF8, u8] : [RAW_UTF16, u16];
  return Buffer.concat([Buffer.of(code), head, Buffer.of(0), text]);
}

/** A candidate RawMessage (validate it!) from a stored value, in the layout above or the JSON {c, s, t | T, x} before it. */
export function decodeRaw(platform: string, msgId: string, v: Buffer): unknown {
  if (v[0] === RAW_UTF16 || v[0] === RAW_UTF8) {
    const end = v.indexOf(0, 1);
    const head = end < 0 ? undefined : tryJson(v.subarray(1, end).toString('utf8'));
    if (!Array.isArray(head)) return undefined;
    const text = v.subarray(end + 1).toString(v[0] === RAW_UTF16 ? 'utf16le' : 'utf8');
    return { msgId, platform, chatId: head[0], senderId: head[1], at: typeof head[2] === 'number' ? new Date(head[2]).toISOString() : head[2], text };
  }
  const o = tryJson(v.toString('utf8'));
  if (!o || typeof o !== 'object') return o;
  const j = o as Json;
  return { msgId, platform, chatId: j.c, senderId: j.s, at: typeof j.t === 'number' ? new Date(j.t).toISOString() : j.T, text: j.x };
}

/** First byte of a raw record of the day's raw list (keys.ts `rawlog`), then a byte of RAW_REC_* flags. */
const RAW_REC = 3;
const RAW_REC_HEX_ID = 1;
const RAW_REC_MS = 2;
const RAW_REC_UTF8 = 4;
/** The chat and sender ids are numbers of the township's names hash (keys.ts), as the Lua step writes them. */
const RAW_REC_NAMES = 8;

function putVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function putBytes(out: number[], b: Buffer): void {
  putVarint(out, b.length);
  for (const x of b) out.push(x);
}

/**
 * A raw message as one element of its township-day's raw list (keys.ts `rawlog`): RAW_REC, a flags byte, then
 * length-prefixed (LEB128) platform code, msgId (its bytes when it is lowercase hex of even length, as WeCom's
 * 32-character ids are: half the size), chatId and senderId, then `at` (6 bytes of epoch ms when it is a canonical
 * ISO instant, else length-prefixed), then the text in UTF-16 or UTF-8, whichever is shorter (as encodeRaw). Why a
 * list element and not a hash field: a hash of values this long is a hashtable at Redis's default settings, ~140 B
 * a message of dict entry, allocations rounded up and the field name; a list packs its elements into listpacks of
 * 8 KB whatever the settings (a stream measured ~50 B more a message: each key's last node is preallocated 4 KB),
 * and the id lives in the value, as bytes. As the store writes it, the chat and sender ids are numbers instead
 * (RAW_REC_NAMES: encodeRawRecordParts), given by the Lua step from the township's names hash: a group's chat id
 * (32 characters on WeCom) and a sender's id are said once per township, not in every message.
 */
export function encodeRawRecord(m: RawMessage): Buffer {
  const { head, tail } = encodeRawRecordParts(m);
  const mid: number[] = [];
  putBytes(mid, Buffer.from(m.chatId, 'utf8'));
  putBytes(mid, Buffer.from(m.senderId, 'utf8'));
  head[1] = head[1]! & ~RAW_REC_NAMES;
  return Buffer.concat([head, Buffer.from(mid), tail]);
}

/**
 * The record of encodeRawRecord with RAW_REC_NAMES, in the two parts around where the chat and sender ids go; the
 * Lua step puts between them rawNameRef of the chat's number, then of the sender's.
 */
export function encodeRawRecordParts(m: RawMessage): { head: Buffer; tail: Buffer } {
  const head: number[] = [RAW_REC, 0];
  let flags = RAW_REC_NAMES;
  putBytes(head, Buffer.from(PLATFORM_CODE[m.platform] ?? m.platform, 'utf8'));
  if (/^(?:[0-9a-f]{2})+$/.test(m.msgId)) {
    flags |= RAW_REC_HEX_ID;
    putBytes(head, Buffer.from(m.msgId, 'hex'));
  } else putBytes(head, Buffer.from(m.msgId, 'utf8'));
  const tail: number[] = [];
  const ms = compactInstant(m.at);
  if (ms !== undefined && ms >= 0 && ms < 2 ** 48) {
    flags |= RAW_REC_MS;
    const b = Buffer.alloc(6);
    b.writeUIntLE(ms, 0, 6);
    for (const x of b) tail.push(x);
  } else putBytes(tail, Buffer.from(m.at, 'utf8'));
  const u16 = Buffer.from(m.text, 'utf16le');
  const u8 = /\p{Surrogate}/u.test(m.text) ? undefined : Buffer.from(m.text, 'utf8');
  const text = u8 && u8.length <= u16.length ? u8 : u16;
  if (text === u8) flags |= RAW_REC_UTF8;
  head[1] = flags;
  return { head: Buffer.from(head), tail: Buffer.concat([Buffer.from(tail), text]) };
}

/** A number of the names hash as the raw record holds it (what the Lua step writes): length-prefixed LEB128. */
export function rawNameRef(n: number): Buffer {
  const v: number[] = [];
  putVarint(v, n);
  return Buffer.from([v.length, ...v]);
}

/**
 * A candidate RawMessage (validate it!) from encodeRawRecord's bytes; undefined for anything else, or for a number
 * `nameOf` (the township's names hash) does not know.
 */
export function decodeRawRecord(v: Buffer, nameOf: (n: number) => string | undefined = () => undefined): unknown {
  if (v.length < 2 || v[0] !== RAW_REC) return undefined;
  const flags = v[1]!;
  let pos = 2;
  const varint = (b: Buffer, from: number): [number, number] => {
    let n = 0;
    let mul = 1;
    for (let p = from; ; ) {
      if (p >= b.length || mul > 2 ** 49) throw new RangeError('truncated');
      const x = b[p++]!;
      n += (x & 0x7f) * mul;
      if (x < 0x80) return [n, p];
      mul *= 0x80;
    }
  };
  const bytes = () => {
    const [n, p] = varint(v, pos);
    if (p + n > v.length) throw new RangeError('truncated');
    pos = p + n;
    return v.subarray(p, pos);
  };
  const name = () => {
    const b = bytes();
    if (!(flags & RAW_REC_NAMES)) return b.toString('utf8');
    const [n, end] = varint(b, 0);
    if (end !== b.length) throw new RangeError('not a number');
    const s = nameOf(n);
    if (s === undefined) throw new RangeError('unknown name');
    return s;
  };
  try {
    const platform = bytes().toString('utf8');
    const id = bytes();
    const msgId = flags & RAW_REC_HEX_ID ? id.toString('hex') : id.toString('utf8');
    const chatId = name();
    const senderId = name();
    let at: string;
    if (flags & RAW_REC_MS) {
      if (pos + 6 > v.length) return undefined;
      at = new Date(v.readUIntLE(pos, 6)).toISOString();
      pos += 6;
    } else at = bytes().toString('utf8');
    const text = v.subarray(pos).toString(flags & RAW_REC_UTF8 ? 'utf8' : 'utf16le');
    return { msgId, platform: PLATFORM_OF[platform] ?? platform, chatId, senderId, at, text };
  } catch {
    return undefined;
  }
}

/** JSON.parse that returns undefined instead of throwing (damaged values are skipped by the caller). */
export function tryJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
