import type { RosterIndex, Sender } from '../roster.js';

// Who sees what on the 看板: leaders and staff (综治办/信访办) see the whole township; a unit's head (书记) and resident team leader (组长)
// see their unit only. Everyone else gets no link. Derived from the roster on every request, so a roster change
// takes effect at once, also for sessions already open.

export type Scope = { kind: 'township' } | { kind: 'unit'; unit: string };

export interface Viewer {
  id: string;
  name: string;
  scope: Scope;
  /** As the chat sees this person: the ledger's rules take a Sender. */
  sender: Sender;
}

export function viewerOf(sender: Sender): Viewer | undefined {
  switch (sender.kind) {
    case 'leader':
    case 'staff':
      return { id: sender.id, name: sender.name, scope: { kind: 'township' }, sender };
    case 'member':
      // A clerk of the 综治办 listed under a unit (role staff) runs the township like the staff list.
      if (sender.role === 'staff') return { id: sender.id, name: sender.name, scope: { kind: 'township' }, sender };
      return sender.role === 'head' || sender.role === 'team_leader' ? { id: sender.id, name: sender.name, scope: { kind: 'unit', unit: sender.unit }, sender } : undefined;
    default:
      return undefined;
  }
}

/** The viewer of a roster id (a session's person), or undefined when the roster no longer gives them a view. */
export function viewerById(roster: RosterIndex, personId: string): Viewer | undefined {
  // The roster indexes its own ids on every platform; console is the one with no platform ids of its own.
  return viewerOf(roster.sender('console', personId));
}

/** The units a viewer may see, in roster order. */
export function visibleUnits(roster: RosterIndex, v: Viewer): string[] {
  return v.scope.kind === 'township' ? roster.roster.units.map((u) => u.name) : [v.scope.unit];
}

export function maySee(v: Viewer, unit: string): boolean {
  return v.scope.kind === 'township' || v.scope.unit === unit;
}
