import type { Leader, Member, RosterIndex, Sender } from '../roster.js';
import type { Case } from './case.js';

// Who is who for a case, from the roster: 包案领导 are the roster's leaders; 责任人 and 稳控责任人 are members of the
// case's unit (by default its head and its resident team leader, as the documents assign them).

/** The leader named in a text (the longest name that occurs, so 李镇长 beats 李镇). */
export function leaderNamed(roster: RosterIndex, text: string): Leader | undefined {
  return [...roster.roster.leaders].sort((a, b) => b.name.length - a.name.length).find((l) => text.includes(l.name));
}

/** A member of the unit by name (exact), or anyone on the roster by name when the unit has none of that name. */
export function memberNamed(roster: RosterIndex, unit: string, name: string): Member | Leader | undefined {
  const u = roster.unit(unit);
  return u?.members.find((m) => m.name === name) ?? roster.roster.units.flatMap((x) => x.members).find((m) => m.name === name) ?? roster.roster.leaders.find((l) => l.name === name);
}

export function defaultOwner(roster: RosterIndex, unit: string): Member | undefined {
  const u = roster.unit(unit);
  return u?.members.find((m) => m.role === 'head') ?? u?.members[0];
}

export function defaultStabilizer(roster: RosterIndex, unit: string): Member | undefined {
  const u = roster.unit(unit);
  return u?.members.find((m) => m.role === 'team_leader') ?? defaultOwner(roster, unit);
}

/** A roster id as a name for people to read; the id itself when the roster no longer has it. */
export function nameOf(roster: RosterIndex, id: string | undefined): string {
  if (!id) return '未定';
  return roster.person(id)?.name ?? id;
}

export function senderName(s: Sender, fallback?: string): string {
  return s.kind === 'unknown' ? (fallback ?? s.id) : s.name;
}

/** Everyone to @ about a case: its 责任人 and 包案领导 (and the 稳控责任人 when asked), without repeats. */
export function caseMentions(c: Case, withStabilizer = false): string[] {
  return [...new Set([c.ownerId, c.leaderId, ...(withStabilizer ? [c.stabilizerId] : [])].filter((x): x is string => Boolean(x)))];
}

/**
 * Who is asked in which group: the township's leaders (a 包案领导) in the leaders' group, where they are, everyone else
 * (责任人, 稳控责任人) in the units' group; with no leaders' group, all in the units' group.
 */
export function splitForGroups(roster: RosterIndex, ids: readonly string[], hasLeadersGroup: boolean): { leaders: string[]; units: string[] } {
  const leaderIds = new Set(roster.roster.leaders.map((l) => l.id));
  const leaders = hasLeadersGroup ? ids.filter((id) => leaderIds.has(id)) : [];
  return { leaders, units: ids.filter((id) => !leaders.includes(id)) };
}
