import { type Case, CaseSchema, type NewCase, type RegisteredPerson, RegisteredPersonSchema } from './case.js';
import type { CaseStore } from './case-store.js';

// The embedded case store (REDIS_URL unset, tests, simulate): same semantics as RedisCaseStore. Values go in and
// out through zod and structuredClone, so callers never share state with it.

interface Township {
  seq: number;
  cases: Map<number, Case>;
  sources: Map<string, number>;
  persons: Map<string, RegisteredPerson>;
}

export class MemoryCaseStore implements CaseStore {
  private readonly towns = new Map<string, Township>();

  async open(township: string, draft: NewCase): Promise<{ case: Case; created: boolean }> {
    const t = this.town(township);
    const existing = t.sources.get(draft.sourceId);
    if (existing !== undefined) return { case: structuredClone(t.cases.get(existing)!), created: false };
    const no = t.seq + 1;
    const c = CaseSchema.parse({ ...draft, no, status: 'open' });
    t.seq = no;
    t.cases.set(no, c);
    t.sources.set(c.sourceId, no);
    return { case: structuredClone(c), created: true };
  }

  async get(township: string, no: number): Promise<Case | undefined> {
    const c = this.towns.get(township)?.cases.get(no);
    return c ? structuredClone(c) : undefined;
  }

  async bySource(township: string, sourceId: string): Promise<Case | undefined> {
    const no = this.towns.get(township)?.sources.get(sourceId);
    return no === undefined ? undefined : this.get(township, no);
  }

  async link(township: string, sourceId: string, no: number): Promise<number | undefined> {
    const t = this.town(township);
    if (!t.cases.has(no)) return undefined;
    if (!t.sources.has(sourceId)) t.sources.set(sourceId, no);
    return t.sources.get(sourceId);
  }

  async list(township: string): Promise<Case[]> {
    return structuredClone([...(this.towns.get(township)?.cases.values() ?? [])].sort((a, b) => a.no - b.no));
  }

  async replace(township: string, next: Case, expectedVersions: number): Promise<boolean> {
    const valid = CaseSchema.parse(next);
    const t = this.town(township);
    const cur = t.cases.get(valid.no);
    if (!cur || cur.versions.length !== expectedVersions || cur.sourceId !== valid.sourceId) return false;
    t.cases.set(valid.no, structuredClone(valid));
    return true;
  }

  async putPerson(township: string, p: RegisteredPerson): Promise<void> {
    const valid = RegisteredPersonSchema.parse(p);
    this.town(township).persons.set(`${valid.unit}\0${valid.name}`, structuredClone(valid));
  }

  async persons(township: string): Promise<RegisteredPerson[]> {
    return structuredClone([...(this.towns.get(township)?.persons.values() ?? [])]).sort(byUnitName);
  }

  private town(township: string): Township {
    let t = this.towns.get(township);
    if (!t) this.towns.set(township, (t = { seq: 0, cases: new Map(), sources: new Map(), persons: new Map() }));
    return t;
  }
}

export function byUnitName(a: { unit: string; name: string }, b: { unit: string; name: string }): number {
  return a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
