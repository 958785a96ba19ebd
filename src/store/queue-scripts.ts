// Lua steps of the durable queue (redis-queue.ts). Every key of one queue shares the township's hash tag
// (keys.ts), so each script is one atomic step on Redis Cluster too.

/**
 * enqueue, for a batch of entries (redis-queue.ts collects the enqueues of one event-loop turn). KEYS: stream, the
 * claim buckets oldest first (keys.ts), then one legacy claim key per entry (a STRING per id, as written before the
 * buckets). ARGV: the number of buckets, the index of the bucket to write in (1-based among the buckets), its
 * expiry in seconds, then per entry its payload and its claim field. Each entry's claim and XADD happen together:
 * a claimed id is always in the stream. Returns per entry its stream id, or false when its id was claimed already
 * (a redelivery; also the second of one id twice in the batch).
 */
export const ENQUEUE_LUA = `
local nb = tonumber(ARGV[1])
local w = KEYS[1 + tonumber(ARGV[2])]
local out = {}
local wrote = false
for i = 1, (#ARGV - 3) / 2 do
  local field = ARGV[3 + 2 * i]
  local dup = redis.call('EXISTS', KEYS[1 + nb + i]) == 1
  if not dup then
    for b = 2, 1 + nb do
      if redis.call('HEXISTS', KEYS[b], field) == 1 then dup = true; break end
    end
  end
  if dup then
    out[i] = false
  else
    redis.call('HSET', w, field, '')
    wrote = true
    out[i] = redis.call('XADD', KEYS[1], '*', 'p', ARGV[2 + 2 * i])
  end
end
local ttl = tonumber(ARGV[3])
if wrote and redis.call('TTL', w) < ttl then redis.call('EXPIRE', w, ttl) end
return out
`;

/**
 * ack, for a batch of entries. KEYS: stream, tries. ARGV: group, then the entry ids. Acknowledged entries are
 * deleted: the stream holds only work.
 */
export const ACK_LUA = `
local ids = {}
for i = 2, #ARGV do ids[#ids + 1] = ARGV[i] end
redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
redis.call('XDEL', KEYS[1], unpack(ids))
redis.call('HDEL', KEYS[2], unpack(ids))
return #ids
`;

/**
 * fail. KEYS: stream, tries, dead. ARGV: group, entry id, max attempts, payload, error, ISO instant.
 * Counts the attempt; at the maximum, appends the dead letter and removes the entry. Returns the attempts,
 * negative when the entry was parked.
 */
export const FAIL_LUA = `
local n = redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
if n < tonumber(ARGV[3]) then return n end
redis.call('RPUSH', KEYS[3], cjson.encode({id = ARGV[2], payload = ARGV[4], error = ARGV[5], attempts = n, at = ARGV[6]}))
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[2], ARGV[2])
return -n
`;
