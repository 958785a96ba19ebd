import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isValidIsoDate } from './dates.js';
import { AppError, ErrorCode } from './errors.js';

// roster.json as in shared/spec/simulate-contract.md, plus optional platform user ids per person.

const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour, Asia/Shanghai), e.g. "16:00"');
const IsoDay = z.string().refine(isValidIsoDate, 'must be a date YYYY-MM-DD, e.g. "2026-10-01"');

const PlatformIds = {
  /** WeCom userid, when it differs from `id`. */
  wecomUserId: z.string().min(1).optional(),
  /** DingTalk staffId, when it differs from `id`. */
  dingtalkUserId: z.string().min(1).optional(),
  /** Mobile number, for @-mentions by phone (DingTalk custom robots, WeCom mentioned_mobile_list). Never logged. */
  mobile: z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number').optional(),
};

/** `staff` on a member: a 综治办/信访办 clerk listed under a unit; like the roster's `staff` list, may act for any unit. */
export const RoleSchema = z.enum(['head', 'team_leader', 'reporter', 'staff']);
export type Role = z.infer<typeof RoleSchema>;

export const MemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: RoleSchema,
  /** Other units this member reports for (代报), by name or alias; a member always reports for their own unit. */
  reportsFor: z.array(z.string().min(1)).optional(),
  ...PlatformIds,
});
export type Member = z.infer<typeof MemberSchema>;

export const UnitSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  members: z.array(MemberSchema).default([]),
});
export type Unit = z.infer<typeof UnitSchema>;

export const LeaderSchema = z.object({ id: z.string().min(1), name: z.string().min(1), ...PlatformIds });
export type Leader = z.infer<typeof LeaderSchema>;

/** The staff role: clerks of the township's 综治办/信访办, who may report, correct and withdraw for any unit. */
export const StaffSchema = z.object({ id: z.string().min(1), name: z.string().min(1), ...PlatformIds });
export type Staff = z.infer<typeof StaffSchema>;

export const PlatformSchema = z.enum(['wecom', 'dingtalk', 'console']);
export type Platform = z.infer<typeof PlatformSchema>;

export const GroupSchema = z.object({
  platform: PlatformSchema,
  chatId: z.string().min(1),
  kind: z.enum(['units', 'leaders']),
  name: z.string().optional(),
});
export type Group = z.infer<typeof GroupSchema>;

export const PeriodSchema = z
  .object({ name: z.string().min(1), from: IsoDay, to: IsoDay })
  .refine((p) => p.from <= p.to, { message: '"from" must not be after "to"', path: ['to'] });
export type Period = z.infer<typeof PeriodSchema>;

/** A key person registered in the roster file (逐人建账); the chat adds and strikes off more (重点人员登记/销号). */
export const RosterKeyPersonSchema = z.object({
  unit: z.string().min(1),
  name: z.string().min(1),
  category: z.string().min(1).default('重点人员'),
  /** Roster id of the 稳控责任人. */
  stabilizer: z.string().min(1).optional(),
  /** The ledger case (案件N) the person belongs to. */
  case: z.number().int().positive().optional(),
});

const RosterBaseSchema = z.object({
  township: z.string().min(1),
  deadline: Hhmm.default('16:00'),
  reminders: z.array(Hhmm).default(['15:00', '15:45']),
  digestAt: Hhmm.default('08:00'),
  /** When the semi-monthly summary is sent on the 1st and the 16th. */
  summaryAt: Hhmm.default('08:30'),
  /** When the case ledger's 督办 runs on working days (deadline reminders, overdue cases). */
  superviseAt: Hhmm.default('09:00'),
  periods: z.array(PeriodSchema).default([]),
  units: z.array(UnitSchema).min(1),
  leaders: z.array(LeaderSchema).default([]),
  staff: z.array(StaffSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  keyPersons: z.array(RosterKeyPersonSchema).default([]),
});

type Issue = { message: string; path: (string | number)[] };
type Loose = {
  deadline?: unknown;
  reminders?: unknown[];
  units?: { name?: unknown; aliases?: unknown[]; members?: { id?: unknown; reportsFor?: unknown[] }[] }[];
  leaders?: { id?: unknown }[];
  staff?: { id?: unknown }[];
  groups?: { platform?: unknown; chatId?: unknown }[];
};
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Checks across fields. Runs on loosely shaped input too, so one run reports every problem, not the first kind. */
function crossChecks(input: unknown): Issue[] {
  const r = (input && typeof input === 'object' ? input : {}) as Loose;
  const issues: Issue[] = [];
  const names = new Map<unknown, number>();
  arr<NonNullable<Loose['units']>[number]>(r.units).forEach((u, i) => {
    for (const [j, n] of [u?.name, ...arr(u?.aliases)].entries()) {
      if (typeof n !== 'string') continue;
      const prev = names.get(n);
      if (prev !== undefined && prev !== i) issues.push({ message: `"${n}" is already the name or alias of units[${prev}]`, path: ['units', i, j === 0 ? 'name' : 'aliases'] });
      names.set(n, i);
    }
  });
  // Paths only for the problems found: a province roster has 300,000 people (an array per person was 30 MB).
  const ids = new Set<unknown>();
  const person = (id: unknown, path: () => (string | number)[]) => {
    if (typeof id !== 'string') return;
    if (ids.has(id)) issues.push({ message: `id "${id}" is used twice`, path: path() });
    ids.add(id);
  };
  for (const [i, u] of arr<NonNullable<Loose['units']>[number]>(r.units).entries())
    for (const [j, m] of arr<{ id?: unknown }>(u?.members).entries()) person(m?.id, () => ['units', i, 'members', j, 'id']);
  for (const [i, l] of arr<{ id?: unknown }>(r.leaders).entries()) person(l?.id, () => ['leaders', i, 'id']);
  for (const [i, l] of arr<{ id?: unknown }>(r.staff).entries()) person(l?.id, () => ['staff', i, 'id']);
  for (const [i, u] of arr<NonNullable<Loose['units']>[number]>(r.units).entries())
    for (const [j, m] of arr<{ reportsFor?: unknown[] }>(u?.members).entries())
      for (const [k, n] of arr(m?.reportsFor).entries())
        if (typeof n === 'string' && !names.has(n)) issues.push({ message: `"${n}" is not the name or alias of a unit`, path: ['units', i, 'members', j, 'reportsFor', k] });
  const deadline = typeof r.deadline === 'string' ? r.deadline : '16:00';
  arr(r.reminders).forEach((t, i) => {
    if (typeof t === 'string' && /^\d\d:\d\d$/.test(t) && t >= deadline) issues.push({ message: `reminder ${t} is not before the deadline ${deadline}`, path: ['reminders', i] });
  });
  const groups = arr<{ platform?: unknown; chatId?: unknown }>(r.groups);
  groups.forEach((g, i) => {
    if (groups.findIndex((h) => h?.platform === g?.platform && h?.chatId === g?.chatId) !== i)
      issues.push({ message: `group ${String(g?.platform)}/${String(g?.chatId)} is listed twice`, path: ['groups', i, 'chatId'] });
  });
  return issues;
}

export const RosterSchema = RosterBaseSchema.superRefine((r, ctx) => {
  for (const i of crossChecks(r)) ctx.addIssue({ code: 'custom', ...i });
});
export type Roster = z.infer<typeof RosterSchema>;

/** `$.units[3].members[0].role`, the path style of JSONPath that admins can search for in their file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

/** Validates a parsed roster; throws an AppError listing every problem with its JSON path. */
export function parseRoster(data: unknown, source = 'roster'): Roster {
  const res = RosterBaseSchema.safeParse(data);
  const issues: { path: readonly PropertyKey[]; message: string }[] = [...(res.success ? [] : res.error.issues), ...crossChecks(data)];
  if (res.success && issues.length === 0) return res.data;
  const lines = issues.map((i) => `  ${jsonPath(i.path)}: ${i.message}`);
  throw new AppError(ErrorCode.RosterInvalid, `${source} is invalid (${lines.length} problem${lines.length > 1 ? 's' : ''}):\n${lines.join('\n')}`, {
    hint: 'see roster.sample.json and the README section 名册 (roster.json)',
  });
}

export function loadRoster(path: string): Roster {
  // Read and parsed in a function of its own: the file's text (40 MB for 100,000 units) is garbage before the
  // parsed data is validated, not held beside it and the validated copy.
  return parseRoster(readRosterJson(path), path);
}

function readRosterJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError(ErrorCode.RosterInvalid, `cannot read the roster at ${path}: ${(err as Error).message}`, {
      hint: 'set ROSTER_PATH to your roster.json (start from roster.sample.json)',
    });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError(ErrorCode.RosterInvalid, `${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** Who sent a message, as far as the roster knows. */
export type Sender =
  | { kind: 'member'; id: string; name: string; role: Role; unit: string }
  | { kind: 'leader'; id: string; name: string }
  | { kind: 'staff'; id: string; name: string }
  | { kind: 'unknown'; id: string };

/** Leaders and staff (the roster's `staff` list, or a member whose role is `staff`): they run the township. */
export function isOfficeSender(sender: Sender): boolean {
  return sender.kind === 'leader' || sender.kind === 'staff' || (sender.kind === 'member' && sender.role === 'staff');
}

/**
 * Who may report, correct and withdraw for a unit: its own members, members whose `reportsFor` names it, staff
 * and leaders. Nobody else may correct or withdraw what the unit reported.
 */
export function mayActFor(sender: Sender, unit: string, roster: RosterIndex): boolean {
  if (isOfficeSender(sender)) return true;
  if (sender.kind !== 'member') return false;
  if (sender.unit === unit) return true;
  const m = roster.unit(sender.unit)?.members.find((x) => x.id === sender.id);
  return (m?.reportsFor ?? []).some((n) => roster.canonicalUnit(n) === unit);
}

/**
 * The part of a chat a sender's messages can change, for the order the inbox handles them in (chat-order.ts): a
 * member who acts for their own unit only → that unit (its head's report and its team leader's 确认 in order); someone
 * the roster does not know → their own conversation; leaders, staff and members who also report for other units →
 * the whole chat.
 */
export function senderLane(sender: Sender, roster: RosterIndex): string | null {
  if (sender.kind === 'unknown') return `user:${sender.id}`;
  if (sender.kind !== 'member' || isOfficeSender(sender)) return null;
  const m = roster.unit(sender.unit)?.members.find((x) => x.id === sender.id);
  return m?.reportsFor?.length ? null : `unit:${sender.unit}`;
}

/** Lookups over a roster, built once. */
export interface RosterIndex {
  roster: Roster;
  unitNames: { name: string; aliases: readonly string[] }[];
  unit(name: string): Unit | undefined;
  /** The unit's name for a name or an alias. */
  canonicalUnit(nameOrAlias: string): string | undefined;
  sender(platform: Platform, userId: string): Sender;
  /** The member or leader with this roster id. */
  person(id: string): Member | Leader | Staff | undefined;
  groups(kind: Group['kind']): Group[];
  group(platform: Platform, chatId: string): Group | undefined;
  /** The platform user id to @-mention for a roster id on a platform. */
  platformUserId(platform: Platform, rosterId: string): string;
  /** The text holds the name of someone on the roster (a member, a leader, staff). */
  namesSomeone(text: string): boolean;
}

/** A person of the roster with who they are to it: a unit's member (its index), a leader (-1) or staff (-2). */
type Placed = { p: Member | Leader | Staff; unit: number };

/**
 * The lookups are built on first use, each only when asked: a province roster holds 100,000 units and 300,000
 * people, and the jobs (digest, 汇总表) never look a sender up. One map by roster id and one per platform for the
 * people with a platform id of their own (a key per person and platform before: 122 MB of heap at 100,000 units).
 */
export function indexRoster(roster: Roster): RosterIndex {
  let units: Map<string, Unit> | undefined;
  let canonical: Map<string, string> | undefined;
  let unitNames: { name: string; aliases: readonly string[] }[] | undefined;
  let people: { byId: Map<string, number>; wecom: Map<string, number>; dingtalk: Map<string, number>; all: Placed[] } | undefined;
  let names: { set: Set<string>; lengths: number[] } | undefined;
  const index = () => {
    if (people) return people;
    const all: Placed[] = [];
    const byId = new Map<string, number>();
    const wecom = new Map<string, number>();
    const dingtalk = new Map<string, number>();
    const add = (p: Member | Leader | Staff, unit: number) => {
      const i = all.push({ p, unit }) - 1;
      byId.set(p.id, i);
      if (p.wecomUserId) wecom.set(p.wecomUserId, i);
      if (p.dingtalkUserId) dingtalk.set(p.dingtalkUserId, i);
    };
    roster.units.forEach((u, i) => {
      for (const m of u.members) add(m, i);
    });
    for (const l of roster.leaders) add(l, -1);
    for (const st of roster.staff) add(st, -2);
    return (people = { byId, wecom, dingtalk, all });
  };
  const person = (id: string) => {
    const ix = index();
    const i = ix.byId.get(id);
    return i === undefined ? undefined : ix.all[i]!.p;
  };
  const senderOf = ({ p, unit }: Placed): Sender =>
    unit >= 0 ? { kind: 'member', id: p.id, name: p.name, role: (p as Member).role, unit: roster.units[unit]!.name } : { kind: unit === -1 ? 'leader' : 'staff', id: p.id, name: p.name };
  return {
    roster,
    get unitNames() {
      return (unitNames ??= roster.units.map((u) => ({ name: u.name, aliases: u.aliases })));
    },
    unit: (name) => (units ??= new Map(roster.units.map((u) => [u.name, u]))).get(name),
    canonicalUnit: (n) => (canonical ??= new Map(roster.units.flatMap((u) => [u.name, ...u.aliases].map((a) => [a, u.name] as const)))).get(n),
    sender(platform, userId) {
      const ix = index();
      // A roster id works on every platform, a platform id on its own; the person listed later wins a clash (as
      // when every id was a key of one map filled in roster order).
      const own = platform === 'wecom' ? ix.wecom.get(userId) : platform === 'dingtalk' ? ix.dingtalk.get(userId) : undefined;
      const byId = ix.byId.get(userId);
      const i = own === undefined ? byId : byId === undefined ? own : Math.max(own, byId);
      return i === undefined ? { kind: 'unknown', id: userId } : senderOf(ix.all[i]!);
    },
    person,
    groups: (kind) => roster.groups.filter((g) => g.kind === kind),
    group: (platform, chatId) => roster.groups.find((g) => g.platform === platform && g.chatId === chatId),
    namesSomeone(text) {
      // Every substring of a name's length looked up in a set: a short text against 300,000 people, not a scan of them.
      names ??= ((all) => ({ set: new Set(all), lengths: [...new Set(all.map((n) => n.length))].filter((n) => n > 0) }))(index().all.map((x) => x.p.name));
      for (const len of names.lengths) for (let i = 0; i + len <= text.length; i++) if (names.set.has(text.slice(i, i + len))) return true;
      return false;
    },
    platformUserId(platform, rosterId) {
      const p = person(rosterId);
      if (platform === 'wecom') return p?.wecomUserId ?? rosterId;
      if (platform === 'dingtalk') return p?.dingtalkUserId ?? rosterId;
      return rosterId;
    },
  };
}
