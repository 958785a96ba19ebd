// Lua steps of the durable queue (redis-queue.ts). Every key of one queue shares the township's hash tag
// (keys.ts), so each script is one atomic step on Redis Cluster too.

/**
 * enqueue. KEYS: stream, the legacy claim key (one STRING per id, as written before the buckets), then the claim
 * buckets oldest first (keys.ts). ARGV: payload, the claim field, the index of the bucket to write in (1-based among
 * the buckets), its expiry in seconds. The claim and the XADD happen together: a claimed id is always in the stream.
 * Returns the entry id, or false when the id was claimed already (a redelivery).
 */
export const ENQUEUE_LUA = `
if redis.call('EXISTS', KEYS[2]) == 1 then return false end
for i = 3, #KEYS do
  if redis.call('HEXISTS', KEYS[i], ARGV[2]) == 1 then return false end
end
local w = KEYS[2 + tonumber(ARGV[3])]
redis.call('HSET', w, ARGV[2], '')
local ttl = tonumber(ARGV[4])
if redis.call('TTL', w) < ttl then redis.call('EXPIRE', w, ttl) end
return redis.call('XADD', KEYS[1], '*', 'p', ARGV[1])
`;

/** ack. KEYS: stream, tries. ARGV: group, entry id. Acknowledged entries are deleted: the stream holds only work. */
export const ACK_LUA = `
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[2], ARGV[2])
return 1
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
