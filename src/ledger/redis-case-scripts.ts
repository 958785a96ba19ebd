// Lua for the case ledger: each store step one atomic script on the township's keys (one hash tag, so Cluster
// works). Values are validated in TypeScript before the call; the scripts only compare and write.

/**
 * open. KEYS: case:n, case, case:src. ARGV: sourceId, value (the case without its number).
 * Returns {created (1/0), number}: an existing source returns its number and writes nothing.
 */
export const OPEN_CASE_LUA = `
local known = redis.call('HGET', KEYS[3], ARGV[1])
if known then return {0, tonumber(known)} end
local no = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], tostring(no), ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], tostring(no))
return {1, no}
`;

/**
 * replace. KEYS: case. ARGV: number, expected version count, sourceId, new value.
 * Compare-and-set on the number of versions (and the source, so a number is never overwritten by another case).
 */
export const REPLACE_CASE_LUA = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then return 0 end
local ok, o = pcall(cjson.decode, cur)
if not ok or type(o) ~= 'table' or type(o.versions) ~= 'table' then return 0 end
if #o.versions ~= tonumber(ARGV[2]) or o.sourceId ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
return 1
`;

/**
 * link. KEYS: case, case:src. ARGV: sourceId, number. Returns the number the source names afterwards (the first
 * link wins), or false (nothing written) when the case does not exist.
 */
export const LINK_CASE_LUA = `
if redis.call('HEXISTS', KEYS[1], ARGV[2]) == 0 then return false end
redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
return tonumber(redis.call('HGET', KEYS[2], ARGV[1]))
`;
