import type { Cluster, Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { createKeys, type Keys, parsePersonField, personField } from '../store/keys.js';
import { tryJson } from '../store/record-codec.js';
import { LuaScript } from '../store/redis-scripts.js';
import { type Case, CaseSchema, type NewCase, type RegisteredPerson, RegisteredPersonSchema } from './case.js';
import type { CaseStore } from './case-store.js';
import { byUnitName } from './memory-case-store.js';
import { LINK_CASE_LUA, OPEN_CASE_LUA, REPLACE_CASE_LUA } from './redis-case-scripts.js';

// The production case store. Keys: keys.ts (case:n, case, case:src, kpr). A case is stored as its JSON without
// the number (the number is the hash field): a few hundred cases a year per township, one HGETALL for the ledger.

const openScript = new LuaScript(OPEN_CASE_LUA);
const replaceScript = new LuaScript(REPLACE_CASE_LUA);
const linkScript = new LuaScript(LINK_CASE_LUA);

export class RedisCaseStore implements CaseStore {
  readonly keys: Keys;
  private readonly redis: Redis | Cluster;
  private readonly logger: Logger;
  constructor(redis: Redis | Cluster, options: { prefix: string; logger: Logger }) {
    this.redis = redis;
    this.keys = createKeys(options.prefix);
    this.logger = options.logger;
  }

  async open(township: string, draft: NewCase): Promise<{ case: Case; created: boolean }> {
    // Validated whole (with a placeholder number) before anything is written.
    const { no: _no, ...value } = CaseSchema.parse({ ...draft, no: 1, status: 'open' });
    const k = this.keys;
    const res = (await openScript.run(this.redis, [k.caseSeq(township), k.cases(township), k.caseSources(township)], [value.sourceId, JSON.stringify(value)])) as [number, number];
    const no = Number(res[1]);
    if (Number(res[0]) === 1) return { case: { ...value, no }, created: true };
    const existing = await this.get(township, no);
    if (!existing) throw new Error(`case ${no} of source ${value.sourceId} cannot be read`);
    return { case: existing, created: false };
  }

  async get(township: string, no: number): Promise<Case | undefined> {
    const v = await this.redis.hget(this.keys.cases(township), String(no));
    return v === null ? undefined : this.decode(township, String(no), v);
  }

  async bySource(township: string, sourceId: string): Promise<Case | undefined> {
    const no = await this.redis.hget(this.keys.caseSources(township), sourceId);
    return no === null ? undefined : this.get(township, Number(no));
  }

  async link(township: string, sourceId: string, no: number): Promise<number | undefined> {
    const res = await linkScript.run(this.redis, [this.keys.cases(township), this.keys.caseSources(township)], [sourceId, String(no)]);
    return res === null ? undefined : Number(res);
  }

  async list(township: string): Promise<Case[]> {
    const h = await this.redis.hgetall(this.keys.cases(township));
    const out: Case[] = [];
    for (const [f, v] of Object.entries(h)) {
      const c = this.decode(township, f, v);
      if (c) out.push(c);
    }
    return out.sort((a, b) => a.no - b.no);
  }

  async replace(township: string, next: Case, expectedVersions: number): Promise<boolean> {
    const { no, ...value } = CaseSchema.parse(next);
    const res = await replaceScript.run(this.redis, [this.keys.cases(township)], [String(no), expectedVersions, value.sourceId, JSON.stringify(value)]);
    return Number(res) === 1;
  }

  async putPerson(township: string, p: RegisteredPerson): Promise<void> {
    const { unit, name, ...rest } = RegisteredPersonSchema.parse(p);
    await this.redis.hset(this.keys.personRegister(township), personField(unit, name), JSON.stringify(rest));
  }

  async persons(township: string): Promise<RegisteredPerson[]> {
    const h = await this.redis.hgetall(this.keys.personRegister(township));
    const out: RegisteredPerson[] = [];
    for (const [f, v] of Object.entries(h)) {
      const id = parsePersonField(f);
      const o = tryJson(v);
      const res = id && o && typeof o === 'object' ? RegisteredPersonSchema.safeParse({ ...o, ...id }) : undefined;
      if (res?.success) out.push(res.data);
      else this.logger.warn({ township, store: 'redis' }, 'stored key-person registration failed validation; skipped');
    }
    return out.sort(byUnitName);
  }

  private decode(township: string, field: string, v: string): Case | undefined {
    const o = tryJson(v);
    const res = o && typeof o === 'object' ? CaseSchema.safeParse({ ...o, no: Number(field) }) : undefined;
    if (res?.success) return res.data;
    this.logger.warn({ township, store: 'redis', case: field }, 'stored case failed validation; skipped');
    return undefined;
  }
}
