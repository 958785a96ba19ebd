import type { Cluster, Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { LeaseStore } from './lease-store.js';

// The lease in Redis. Each step is one Lua script over keys that share a hash tag (keys.ts), so it is atomic on a
// single server and on Cluster. The value is `<holder>|<token>`; the token comes from INCR on the fence key, so it
// only ever grows, even after the lease lapsed and was taken again.

const ACQUIRE = `
local v = redis.call('GET', KEYS[1])
if v then
  local h, t = string.match(v, '^(.*)|(%d+)$')
  if h == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(t)
  end
  return false
end
local t = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. t, 'PX', ARGV[2])
return t`;

const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 0`;

const TAKE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {} end
local items = redis.call('LPOP', KEYS[2], ARGV[2])
if not items then return {} end
return items`;

export class RedisLeaseStore implements LeaseStore {
  private readonly redis: Redis | Cluster;
  private readonly keys: Keys;
  constructor(redis: Redis | Cluster, keys: Keys) {
    this.redis = redis;
    this.keys = keys;
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<number | undefined> {
    const r = (await this.redis.eval(ACQUIRE, 2, this.keys.lease(name), this.keys.fence(name), holder, String(Math.ceil(ttlMs)))) as number | null;
    return r === null ? undefined : Number(r);
  }

  async renew(name: string, holder: string, token: number, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(RENEW, 1, this.keys.lease(name), `${holder}|${token}`, String(Math.ceil(ttlMs)))) === 1;
  }

  async release(name: string, holder: string, token: number): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.lease(name), `${holder}|${token}`);
  }

  async current(name: string) {
    const v = await this.redis.get(this.keys.lease(name));
    const m = v ? /^(.*)\|(\d+)$/s.exec(v) : null;
    return m ? { holder: m[1]!, token: Number(m[2]) } : undefined;
  }

  async pushOutbox(name: string, item: string): Promise<void> {
    await this.redis.rpush(this.keys.outbox(name), item);
  }

  async takeOutbox(name: string, holder: string, token: number, max: number): Promise<string[]> {
    return (await this.redis.eval(TAKE, 2, this.keys.lease(name), this.keys.outbox(name), `${holder}|${token}`, String(max))) as string[];
  }
}
