// The Lua half of aggregates.ts: the vector of a unit-day read from its day-hash fields (the same figures as
// unitDayVector / unitDayFigures, from the compact values of record-codec.ts), and the addition of a unit-day's
// change to the day, half-month and year aggregates. Included by the scripts of redis-scripts.ts that change a
// unit-day; they call aggBefore for each unit-day they will touch before touching it, and aggAfter once done.
// Stored values are decoded under pcall and a damaged one counts as absent: a script must never raise halfway.
//
// An entry of `ag` (built in TypeScript, see RedisReportStore): { day index, unit, {z, a, k, i, c fields}, bit }.
// `keyOf(dayIdx, n)`, passed by the calling script from its own KEYS layout, gives the KEYS index of a day's hash
// (n = 0) and of its aggregate keys (1 = day aggregates, 2 = half-month, 3 = year).

export const AGG_LUA = `
local AGG_BEYOND = { county = true, city = true, province = true, beijing = true }
local AGG_N = 10
local function aggNum(x) if type(x) == 'number' and x >= 0 then return x end return 0 end
-- Decoded stored values by their text, for the whole script: one value is read by aggBefore, by nextSeq and by
-- the retirement of the report it holds (redis-scripts.ts), and again by aggAfter when it did not change: decoded
-- once instead of up to four times. Decoded tables are only read, never changed.
local aggDecoded = {}
local function aggDecode(v)
  if not v then return nil end
  local o = aggDecoded[v]
  if o == nil then
    local ok, d = pcall(cjson.decode, v)
    o = ok and type(d) == 'table' and d or false
    aggDecoded[v] = o
  end
  return o or nil
end
-- {reported, late, confirmed, found, resolved, petitions, incidents, beyond, abnormal, away}, highlight
local function aggVec(day, f)
  local vals = redis.call('HMGET', day, f[1], f[2], f[3], f[4], f[5])
  local z, a, k, inc, c = aggDecode(vals[1]), aggDecode(vals[2]), aggDecode(vals[3]), aggDecode(vals[4]), aggDecode(vals[5])
  local v = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
  local reports, late = 0, 0
  local function seen(o)
    reports = reports + 1
    if o.L == 1 then late = late + 1 end
  end
  if z then seen(z) end
  if a then seen(a) end
  if k then seen(k) end
  local incidents = {}
  if inc then
    for _, x in ipairs(inc) do
      if type(x) == 'table' then incidents[#incidents + 1] = x; seen(x) end
    end
  end
  if reports == 0 then return v, false end
  v[1] = 1
  if late == reports then v[2] = 1 end
  if c then
    local head, team = false, false
    for _, e in ipairs(c) do
      if type(e) == 'table' then
        if e[2] == 'head' then head = true elseif e[2] == 'team_leader' then team = true end
      end
    end
    if head and team then v[3] = 1 end
  end
  local stated = 0
  if a and type(a.k) == 'table' then
    v[4], v[5], v[6], stated = aggNum(a.k[1]), aggNum(a.k[2]), aggNum(a.k[3]), aggNum(a.k[5])
  end
  v[7] = #incidents
  for _, x in ipairs(incidents) do
    if type(x.e) == 'string' and AGG_BEYOND[x.e] then v[8] = v[8] + 1 end
  end
  local abnormal, away = 0, 0
  if k and type(k.q) == 'table' then
    for _, per in ipairs(k.q) do
      if type(per) == 'table' then
        if per[2] == 1 then abnormal = abnormal + 1 end
        if per[3] == 'a' then away = away + 1 end
      end
    end
  end
  v[9] = math.max(abnormal, stated)
  v[10] = away
  return v, (#incidents > 0 or abnormal > 0 or away > 0)
end
local function aggParse(s)
  local v = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
  if not s then return v end
  local i = 0
  for part in string.gmatch(s, '[^,]+') do
    i = i + 1
    if i > AGG_N then break end
    v[i] = tonumber(part) or 0
  end
  return v
end
local function aggFormat(v)
  local last = 0
  for i = 1, AGG_N do if v[i] ~= 0 then last = i end end
  local out = {}
  for i = 1, last do out[i] = string.format('%d', v[i]) end
  return table.concat(out, ',')
end
local function aggPut(key, field, v)
  local s = aggFormat(v)
  if s == '' then redis.call('HDEL', key, field) else redis.call('HSET', key, field, s) end
end
-- The vectors of the unit-days about to change, keyed by day index and unit (each read once, before any change).
local aggSeen = {}
-- The day-hash fields (z, a, k, i, c) of each unit-day touched, by day key and unit (for the version numbers).
local aggFields = {}
local function aggBefore(ag, keyOf)
  for _, e in ipairs(ag) do
    local id = e[1] .. '\\0' .. e[2]
    aggFields[KEYS[keyOf(e[1], 0)] .. '\\0' .. e[2]] = e[3]
    if aggSeen[id] == nil then
      local v, h = aggVec(KEYS[keyOf(e[1], 0)], e[3])
      aggSeen[id] = { e = e, v = v, h = h }
    end
  end
end
-- Adds every touched unit-day's change (after - before) to its day, half-month and year aggregates.
local function aggAfter(sumsField, ttl, keyOf)
  for _, s in pairs(aggSeen) do
    local e, b, bh = s.e, s.v, s.h
    local a, ah = aggVec(KEYS[keyOf(e[1], 0)], e[3])
    local same = (ah == bh)
    for i = 1, AGG_N do if a[i] ~= b[i] then same = false end end
    if not same then
      local unit, mask = e[2], 2 ^ e[4]
      local dayAgg, half, year = KEYS[keyOf(e[1], 1)], KEYS[keyOf(e[1], 2)], KEYS[keyOf(e[1], 3)]
      local sums = aggParse(redis.call('HGET', dayAgg, sumsField))
      local y = aggParse(redis.call('HGET', year, unit))
      local hr = aggParse(redis.call('HGET', half, unit))
      for i = 1, AGG_N do
        sums[i] = sums[i] + a[i] - b[i]
        y[i] = y[i] + a[i] - b[i]
        if i <= 3 then
          if a[i] == 1 then hr[i] = bit.bor(hr[i], mask) else hr[i] = bit.band(hr[i], bit.bnot(mask)) end
        else
          hr[i] = hr[i] + a[i] - b[i]
        end
      end
      aggPut(dayAgg, sumsField, sums)
      redis.call('HINCRBY', dayAgg, sumsField .. '#', 1)
      if ah then redis.call('HSET', dayAgg, unit, '1') else redis.call('HDEL', dayAgg, unit) end
      aggPut(half, unit, hr)
      aggPut(year, unit, y)
      redis.call('EXPIRE', dayAgg, ttl)
      redis.call('EXPIRE', half, ttl)
      redis.call('EXPIRE', year, ttl)
    end
  end
end
`;
