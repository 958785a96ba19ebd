import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import { AGG_LUA } from './aggregate-lua.js';

// Lua scripts that make each store operation atomic (one script = one atomic step, also on Redis Cluster since
// every key they get shares the township's hash tag; see keys.ts). Every key comes in KEYS, every field is built
// in TypeScript (keys.ts) except the key-person field of a report being removed, built from ARGV's separator.
// The scripts never raise on stored data (damaged values are decoded under pcall), because Redis does not roll
// back the writes a failing script already made; all input validation happens in TypeScript before the call.

/** Removes the history entries of a stored key_person report and recomputes the latest state of its persons. */
const DROP_PERSONS = `
local function latestOf(list)
  local best, bestKey = nil, nil
  for _, e in ipairs(list) do
    if type(e) == 'table' and type(e[1]) == 'string' and type(e[2]) == 'string' then
      local k = e[1] .. e[2]
      if best == nil or k >= bestKey then best, bestKey = e, k end
    end
  end
  return best
end
local function dropPersons(kp, kh, sep, unit, value)
  local ok, o = pcall(cjson.decode, value)
  if not ok or type(o) ~= 'table' or type(o.q) ~= 'table' then return end
  for _, per in ipairs(o.q) do
    if type(per) == 'table' and type(per[1]) == 'string' then
      local pf = unit .. sep .. per[1]
      local h = redis.call('HGET', kh, pf)
      if h then
        local ok2, list = pcall(cjson.decode, h)
        if ok2 and type(list) == 'table' then
          local keep = {}
          for _, e in ipairs(list) do
            if not (type(e) == 'table' and e[3] == o.i) then keep[#keep + 1] = e end
          end
          local best = latestOf(keep)
          if best == nil then
            redis.call('HDEL', kh, pf)
            redis.call('HDEL', kp, pf)
          else
            if #keep ~= #list then redis.call('HSET', kh, pf, cjson.encode(keep)) end
            redis.call('HSET', kp, pf, cjson.encode(best))
          end
        end
      end
    end
  end
end
`;

/**
 * Report versions (see keys.ts): the versions hash keeps only versions no longer in the day hash (a report replaced,
 * removed or withdrawn, and the withdrawals); the current reports are their own versions, numbered by their "N".
 * Why: a copy of every current report beside it was a third of a message's Redis bytes.
 * Needs AGG_LUA's aggFields (filled by aggBefore) for the fields of a unit-day, and its aggDecode.
 */
const VERSIONS_LUA = `
local function verSeqOf(o) if type(o) == 'table' and type(o.N) == 'number' then return o.N end return 0 end
-- A list written before versions left the day hash numbers every entry in order ('{"n":K,…'), so its last entry
-- has its highest number: found from the tail, not by decoding it all (a unit that reports a thousand times a day
-- made every write decode ~0.5 MB). No nested object starts with "n" and a quote inside a JSON string is escaped,
-- so the last '{"n":' starts the last entry.
local function lastVersionNumber(s)
  local pos, at = 1, nil
  while true do
    local i = string.find(s, '{"n":', pos, true)
    if not i then break end
    at, pos = i, i + 5
  end
  if at then return tonumber(string.match(s, '^(%d+),', at + 5)) end
  return nil
end
-- The highest version number in a unit-day's versions list: its head for a list this code wrote ([M, entry, …]:
-- entries are not in number order, a report leaving the day may be older than a withdrawal before it); else
-- from the tail of a list written before; else by decoding it.
local function listMax(h)
  local m = string.match(h, '^%[(%d+),')
  if m then return tonumber(m) end
  local n = lastVersionNumber(string.sub(h, -4096))
  if n then return n end
  local ok, arr = pcall(cjson.decode, h)
  local mx = 0
  if ok and type(arr) == 'table' then
    for _, e in ipairs(arr) do
      if type(e) == 'table' then
        if type(e.n) == 'number' and e.n > mx then mx = e.n end
        if verSeqOf(e.r) > mx then mx = verSeqOf(e.r) end
      end
    end
  end
  return mx
end
local function validList(h) return h and #h > 2 and string.sub(h, 1, 1) == '[' and string.sub(h, -1) == ']' end
-- One more than the unit-day's highest version number, stored (versions hash) or current (day hash).
local function nextSeq(day, vk, unit)
  local m = 0
  local h = redis.call('HGET', vk, unit)
  if validList(h) then m = listMax(h) end
  local f = aggFields[day .. '\\0' .. unit]
  if f then
    local vals = redis.call('HMGET', day, f[1], f[2], f[3], f[4])
    for j = 1, 4 do
      local o = aggDecode(vals[j])
      if o then
        if j == 4 then
          for _, x in ipairs(o) do
            if verSeqOf(x) > m then m = verSeqOf(x) end
          end
        elseif verSeqOf(o) > m then
          m = verSeqOf(o)
        end
      end
    end
  end
  return m + 1
end
-- A unit-day's list is rewritten whole by every version appended to it, so it is kept short: once longer than
-- VER_CHUNK bytes it is closed, moved as it is (its entries, without the head) to the field <unit>\\x1f#<K>
-- (keys.ts: VERSION_CHUNK_SEP), and a new list starts with the head [highest number, K, …]. Without this, a unit
-- reporting thousands of times a day made each write copy its whole history (bench:consume, 3 Dec: 0.13 ms of
-- Redis per write after 300 messages, 0.76 ms after 4,000). Closed chunks are never written again. A list with
-- the head [M, …] only has no chunk. 1 KB rather than 4: 7-20% less Redis time per write, measured alternating.
local VER_CHUNK = 1024
local function verChunks(h)
  local k = string.match(h, '^%[%d+,(%d+),')
  return tonumber(k) or 0
end
-- Appends a version entry numbered seq; the list's head keeps its highest number (and its closed chunks).
local function appendVersion(vk, unit, entry, seq)
  local h = redis.call('HGET', vk, unit)
  if not validList(h) then
    redis.call('HSET', vk, unit, '[' .. seq .. ',' .. entry .. ']')
    return
  end
  local m = math.max(listMax(h), seq)
  local k = verChunks(h)
  local head = string.match(h, k > 0 and '^%[%d+,%d+,' or '^%[%d+,')
  local body = string.sub(h, head and #head + 1 or 2, -2)
  if #h > VER_CHUNK then
    redis.call('HSET', vk, unit .. '\\31#' .. (k + 1), '[' .. body .. ']')
    redis.call('HSET', vk, unit, '[' .. m .. ',' .. (k + 1) .. ',' .. entry .. ']')
    return
  end
  local top = k > 0 and ('[' .. m .. ',' .. k .. ',') or ('[' .. m .. ',')
  redis.call('HSET', vk, unit, top .. body .. ',' .. entry .. ']')
end
-- A report leaving the day hash (replaced, removed, withdrawn) goes to the versions hash as {k, r}. One written
-- before versions left the day hash (no "N") has its version stored already.
local function retireDecoded(vk, unit, code, o, value)
  local n = verSeqOf(o)
  if n > 0 then appendVersion(vk, unit, '{"k":"' .. code .. '","r":' .. (value or cjson.encode(o)) .. '}', n) end
end
local function retire(vk, unit, code, value)
  local o = aggDecode(value)
  if o then retireDecoded(vk, unit, code, o, value) end
end
local function retireAll(vk, unit, code, value)
  if code ~= 'i' then return retire(vk, unit, code, value) end
  local arr = aggDecode(value)
  if not arr then return end
  for _, x in ipairs(arr) do retireDecoded(vk, unit, 'i', x) end
end
-- A report value with its version number first.
local function numbered(v, seq) return '{"N":' .. seq .. ',' .. string.sub(v, 2) end
`;

/**
 * applyMessage. KEYS: raw list, last, kp, kh, day1..dayN, versions1..versionsN, the aggregate keys (below), and
 * last the township's names hash. ARGV[2], ARGV[3]: the raw copy's element in two parts (binary, record-codec.ts
 * encodeRawRecordParts), the numbers of its chat and sender go between them. ARGV[1]: JSON
 * { rc, rs: the raw copy's chat and sender ids, rttl, dttl, pttl, lttl, sep, cut (history entries dated before it are dropped),
 *   rm: [[dayIdx, unit, [[code, field], …]], …],
 *   nd: number of day keys (the versions keys follow them: KEYS[4 + nd + dayIdx]),
 *   put: [[dayIdx, code, field, value, id (compact: record-codec.ts compactReportId), unit, [[personField, entry,
 *          orderKey], …], confirmField | false, id as written before compact ids], …],
 *   ls: senderId | false, lv: the sender's new history entry (keys.ts: last), lf: it is a follow-up (it stacks on
 *   the entry before, or on the one under it when that is this same message, lm; at most hd entries deep),
 *   nv: new day version, vf: version field, tf: totals field,
 *   ag: the unit-days touched (aggregate-lua.ts), sf: day-sums field }
 * KEYS go on after the versions keys with the aggregate keys of each day (ad, ah, ay: keys.aggKeys).
 * Every day the message changes gets the version nv and loses its cached totals, in this same atomic step; its
 * aggregates change by the difference the message made. Each stored report gets the unit-day's next version
 * number ("N"); what it replaces or removes moves to the versions hash.
 */
export const APPLY_LUA = `${DROP_PERSONS}${AGG_LUA}${VERSIONS_LUA}
local p = cjson.decode(ARGV[1])
local raw, last, kp, kh = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local function keyOf(i, n) if n == 0 then return 4 + i end return 4 + 2 * p.nd + 3 * (i - 1) + n end
aggBefore(p.ag, keyOf)
-- The raw copy names its chat and sender by their numbers in the township's names hash (record-codec.ts).
local names = KEYS[#KEYS]
local function nameRef(s)
  local c = redis.call('HGET', names, '=' .. s)
  if not c then
    c = redis.call('HINCRBY', names, '#', 1)
    redis.call('HSET', names, '=' .. s, c, '#' .. c, s)
  end
  local n, v = tonumber(c), ''
  while n >= 128 do
    v = v .. string.char(n % 128 + 128)
    n = math.floor(n / 128)
  end
  v = v .. string.char(n)
  return string.char(#v) .. v
end
redis.call('RPUSH', raw, ARGV[2] .. nameRef(p.rc) .. nameRef(p.rs) .. ARGV[3])
redis.call('EXPIRE', raw, p.rttl)
redis.call('EXPIRE', names, p.dttl)
local persons = false
local changed = {}
for _, rm in ipairs(p.rm) do
  local day, vk = KEYS[4 + rm[1]], KEYS[4 + p.nd + rm[1]]
  for _, cf in ipairs(rm[3]) do
    local cur = redis.call('HGET', day, cf[2])
    if cur then
      retireAll(vk, rm[2], cf[1], cur)
      if cf[1] == 'k' then dropPersons(kp, kh, p.sep, rm[2], cur); persons = true end
      redis.call('HDEL', day, cf[2])
      changed[rm[1]] = true
    end
  end
end
for _, op in ipairs(p.put) do
  local day, code, f, v, id, unit = KEYS[4 + op[1]], op[2], op[3], op[4], op[5], op[6]
  local vk = KEYS[4 + p.nd + op[1]]
  -- An incident already stored under this id: the same report sent again updates it in place; a redelivery of
  -- the very same message (same id, same receivedAt) changes nothing, not even the versions.
  local incidents, at, same = nil, nil, false
  local cur = nil
  if code == 'i' then
    cur = redis.call('HGET', day, f)
    local arr = aggDecode(cur)
    if arr and #arr > 0 then
      incidents = arr
      local okv, nv = pcall(cjson.decode, v)
      for j, x in ipairs(arr) do
        if type(x) == 'table' and (x.i == id or x.i == op[9]) then
          at = j
          same = okv and x.d == nv.d and x.t == nv.t and x.T == nv.T
        end
      end
    end
  end
  if not same then
    v = numbered(v, nextSeq(day, vk, unit))
    if op[8] and redis.call('HDEL', day, op[8]) > 0 then changed[op[1]] = true end
  end
  if code == 'i' then
    if same then
      -- nothing to do
    elseif incidents == nil then
      redis.call('HSET', day, f, '[' .. v .. ']')
      changed[op[1]] = true
    elseif at == nil then
      redis.call('HSET', day, f, string.sub(cur, 1, -2) .. ',' .. v .. ']')
      changed[op[1]] = true
    else
      local parts = {}
      for j, x in ipairs(incidents) do
        if j == at then
          retireDecoded(vk, unit, 'i', x)
          parts[j] = v
        else parts[j] = cjson.encode(x) end
      end
      redis.call('HSET', day, f, '[' .. table.concat(parts, ',') .. ']')
      changed[op[1]] = true
    end
  else
    changed[op[1]] = true
    local old = redis.call('HGET', day, f)
    if old then
      retire(vk, unit, code, old)
      if code == 'k' then dropPersons(kp, kh, p.sep, unit, old) end
    end
    redis.call('HSET', day, f, v)
    if code == 'k' then
      persons = true
      for _, per in ipairs(op[7]) do
        local pf, entry, order = per[1], per[2], per[3]
        local h = redis.call('HGET', kh, pf)
        if h and #h > 2 and string.sub(h, -1) == ']' then
          h = string.sub(h, 1, -2) .. ',' .. entry .. ']'
          -- Bound a years-long history: entries start with their date ('[["YYYY-MM-DD"'), so a cheap look at the
          -- first one tells when some are older than the retention; then drop every such entry.
          if string.sub(h, 4, 13) < p.cut then
            local ok, list = pcall(cjson.decode, h)
            if ok and type(list) == 'table' then
              local keep = {}
              for _, e in ipairs(list) do
                if type(e) == 'table' and type(e[1]) == 'string' and e[1] >= p.cut then keep[#keep + 1] = e end
              end
              if #keep > 0 then h = cjson.encode(keep) else h = '[' .. entry .. ']' end
            end
          end
          redis.call('HSET', kh, pf, h)
        else
          redis.call('HSET', kh, pf, '[' .. entry .. ']')
        end
        local cur = redis.call('HGET', kp, pf)
        local newer = true
        if cur then
          local ok, c = pcall(cjson.decode, cur)
          if ok and type(c) == 'table' and type(c[1]) == 'string' and type(c[2]) == 'string' and (c[1] .. c[2]) > order then newer = false end
        end
        if newer then redis.call('HSET', kp, pf, entry) end
      end
    end
  end
end
for idx, _ in pairs(changed) do
  redis.call('HSET', KEYS[4 + idx], p.vf, p.nv)
  redis.call('HDEL', KEYS[4 + idx], p.tf)
end
for i = 5, 4 + 2 * p.nd do redis.call('EXPIRE', KEYS[i], p.dttl) end
aggAfter(p.sf, p.dttl, keyOf)
if persons then
  redis.call('EXPIRE', kp, p.pttl)
  redis.call('EXPIRE', kh, p.pttl)
end
if p.ls then
  local v = p.lv
  if p.lf then
    local cur = redis.call('HGET', last, p.ls)
    local ok, below = false, nil
    if cur then ok, below = pcall(cjson.decode, cur) end
    if not ok or type(below) ~= 'table' then below = nil elseif below.m == p.lm then below = below.p end
    if type(below) == 'table' then
      local e, n = below, 2
      while type(e.p) == 'table' do
        if n >= p.hd then e.p = nil else e, n = e.p, n + 1 end
      end
      v = string.sub(v, 1, -2) .. ',"p":' .. cjson.encode(below) .. '}'
    end
  end
  redis.call('HSET', last, p.ls, v)
  redis.call('EXPIRE', last, p.lttl)
end
return 1
`;

/**
 * takeBackLast. KEYS: last, kp, kh, one day key per ref of the sender's latest entry (same order), then one versions key
 * per ref. ARGV: senderId, the last-message value read just before (compare-and-delete: -1 if it changed), sep,
 * new day version, version field, totals field (a day losing a report gets the new version and loses its cached
 * totals), confirm-field prefix, the withdrawn version entry without n/k/i, day TTL, the unit-days touched
 * (JSON, aggregate-lua.ts; day index = ref index), day-sums field, number of refs. KEYS go on with the aggregate
 * keys of each ref's day (ad, ah, ay), and end with the withdrawal's receipt key (keys.undone), set to
 * {r: [[date, field, value], …] of what was removed, f, t: the entry's follow-up and text} when it removed a report
 * or took back a follow-up. The entry under the latest (p) becomes the latest. Returns a flat array
 * [refIndex, value, …] of what was removed.
 */
export const UNDO_LUA = `${DROP_PERSONS}${AGG_LUA}${VERSIONS_LUA}
local last, kp, kh = KEYS[1], KEYS[2], KEYS[3]
local nrefs = tonumber(ARGV[12])
local cur = redis.call('HGET', last, ARGV[1])
if cur ~= ARGV[2] then return -1 end
local ok, o = pcall(cjson.decode, cur)
if not ok or type(o) ~= 'table' then o = {} end
if type(o.p) == 'table' then redis.call('HSET', last, ARGV[1], cjson.encode(o.p)) else redis.call('HDEL', last, ARGV[1]) end
local refs = type(o.r) == 'table' and o.r or {}
local out = {}
local function bump(day)
  redis.call('HSET', day, ARGV[5], ARGV[4])
  redis.call('HDEL', day, ARGV[6])
end
-- A withdrawal is a version too; the unit-day's signatures were for what is now withdrawn. The withdrawn report
-- (already out of the day hash) goes to the versions hash first, then the withdrawal after it.
local function withdrawn(i, day, unit, code, id, value)
  redis.call('HDEL', day, ARGV[7] .. unit)
  local vk = KEYS[3 + nrefs + i]
  retire(vk, unit, code, value)
  local n = nextSeq(day, vk, unit)
  local entry = '{"n":' .. n .. ',"k":' .. cjson.encode(code) .. ',"i":' .. cjson.encode(id) .. ',' .. string.sub(ARGV[8], 2)
  appendVersion(vk, unit, entry, n)
  redis.call('EXPIRE', vk, ARGV[9])
end
local function keyOf(i, n) if n == 0 then return 3 + i end return 3 + 2 * nrefs + 3 * (i - 1) + n end
aggBefore(cjson.decode(ARGV[10]), keyOf)
local receipt = {}
for i, r in ipairs(refs) do
  -- Only the refs the caller read (and named the keys of).
  if i > nrefs then break end
  local day, code, f, unit, id = KEYS[3 + i], r[2], r[3], r[4], r[5]
  local v = day and redis.call('HGET', day, f)
  if v then
    local ok2, d = pcall(cjson.decode, v)
    if ok2 and type(d) == 'table' then
      if code == 'i' then
        local keep, found = {}, nil
        for _, x in ipairs(d) do
          if found == nil and type(x) == 'table' and x.i == id then found = x else keep[#keep + 1] = x end
        end
        if found ~= nil then
          if #keep == 0 then redis.call('HDEL', day, f) else redis.call('HSET', day, f, cjson.encode(keep)) end
          bump(day)
          local fv = cjson.encode(found)
          withdrawn(i, day, unit, code, id, fv)
          out[#out + 1] = i
          out[#out + 1] = fv
          receipt[#receipt + 1] = { r[1], f, fv }
        end
      elseif d.i == id then
        redis.call('HDEL', day, f)
        bump(day)
        withdrawn(i, day, unit, code, id, v)
        if code == 'k' then dropPersons(kp, kh, ARGV[3], unit, v) end
        out[#out + 1] = i
        out[#out + 1] = v
        receipt[#receipt + 1] = { r[1], f, v }
      end
    end
  end
end
aggAfter(ARGV[11], tonumber(ARGV[9]), keyOf)
-- The last KEY: what this 撤回 took back, for a retry of the same message (its history entry is gone by then).
if #receipt > 0 or o.f ~= nil then
  local rc = '{"r":' .. (#receipt > 0 and cjson.encode(receipt) or '[]')
  if o.f ~= nil then rc = rc .. ',"f":' .. cjson.encode(o.f) end
  if type(o.t) == 'string' then rc = rc .. ',"t":' .. cjson.encode(o.t) end
  redis.call('SET', KEYS[#KEYS], rc .. '}', 'EX', ARGV[9])
end
return out
`;

/**
 * confirm. KEYS: day, then its aggregate keys (ad, ah, ay). ARGV: field, memberId, entry, ttl, new day version,
 * version field, totals field, the unit-day (JSON list of one, aggregate-lua.ts), day-sums field.
 * Returns the field's confirmations (JSON array). A new confirmation sets the day's version, drops its totals and
 * changes the aggregates when it completes the two signatures.
 */
export const CONFIRM_LUA = `${AGG_LUA}
local function keyOf(_, n) return 1 + n end
aggBefore(cjson.decode(ARGV[8]), keyOf)
local cur = redis.call('HGET', KEYS[1], ARGV[1])
local ok, arr = false, nil
if cur then ok, arr = pcall(cjson.decode, cur) end
if ok and type(arr) == 'table' and #arr > 0 then
  for _, x in ipairs(arr) do
    if type(x) == 'table' and x[1] == ARGV[2] then return cur end
  end
  cur = string.sub(cur, 1, -2) .. ',' .. ARGV[3] .. ']'
else
  cur = '[' .. ARGV[3] .. ']'
end
redis.call('HSET', KEYS[1], ARGV[1], cur)
redis.call('HSET', KEYS[1], ARGV[6], ARGV[5])
redis.call('HDEL', KEYS[1], ARGV[7])
redis.call('EXPIRE', KEYS[1], ARGV[4])
aggAfter(ARGV[9], tonumber(ARGV[4]), keyOf)
return cur
`;

/**
 * putDayTotals. KEYS: day. ARGV: version the totals were computed from, totals JSON, version field, totals field,
 * a fresh version, day TTL. Compare-and-set: stored only while the day is still at that version. A day never
 * written (version '0', no key) gets the fresh version with its totals and the day TTL, so empty days are cached
 * too (any later write replaces the version). A day hash without a version (written before versions existed)
 * caches nothing: its writes were not versioned, so nothing tells that the cache is still right.
 */
export const PUT_TOTALS_LUA = `
local cur = redis.call('HGET', KEYS[1], ARGV[3])
if not cur then
  if ARGV[1] ~= '0' or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
  cur = ARGV[5]
  redis.call('HSET', KEYS[1], ARGV[3], cur)
  redis.call('EXPIRE', KEYS[1], ARGV[6])
elseif cur ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[4], '{"v":' .. cjson.encode(cur) .. ',"t":' .. ARGV[2] .. '}')
return 1
`;

/** A script run by EVALSHA, loaded with EVAL on NOSCRIPT (a restarted or failed-over server forgets scripts). */
export class LuaScript {
  readonly lua: string;
  readonly sha: string;
  constructor(lua: string) {
    this.lua = lua;
    this.sha = createHash('sha1').update(lua).digest('hex');
  }
  async run(redis: Redis | Cluster, keys: readonly string[], args: readonly (string | number | Buffer)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('NOSCRIPT')) throw err;
      return redis.eval(this.lua, keys.length, ...keys, ...args);
    }
  }
}
