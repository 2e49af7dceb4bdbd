-- report.lua: makes wrk write its results as one JSON object, so the driver
-- (bench.sh) never scrapes wrk's human-readable text.
--
--   WRK_JSON_OUT=/tmp/run.json wrk -s wrk-scripts/report.lua ... URL
--
-- The object has the request count and duration, latency mean/stdev/max and
-- percentiles (µs), wrk's socket errors (connect, read, write, timeout), and
-- a count of every HTTP status seen, from which the driver takes non-2xx.
--
-- Why count statuses in response(): wrk's own `errors.status` counts only
-- status >= 400, so a 1xx/3xx answer would pass unnoticed. The price is that
-- wrk hands every response to Lua; that client cost is the same for every
-- row of a run, so ratios between rows stay fair.

-- Each wrk thread runs its own Lua state; setup() runs in the main state
-- and keeps the thread handles so done() can collect per-thread counters.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- Per-thread global (thread:get reads globals): status code -> count.
statuses = {}

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

-- Minimal JSON encoding: the values here are numbers and flat tables.
local function number(x)
   if x ~= x or x == math.huge or x == -math.huge then
      return "null"
   end
   return string.format("%.17g", x)
end

function done(summary, latency, requests)
   local counts = {}
   for _, thread in ipairs(threads) do
      local per_thread = thread:get("statuses") or {}
      for status, n in pairs(per_thread) do
         counts[status] = (counts[status] or 0) + n
      end
   end
   local status_parts = {}
   for status, n in pairs(counts) do
      table.insert(status_parts, string.format('"%d": %d', status, n))
   end
   table.sort(status_parts)

   local percentile_parts = {}
   for _, p in ipairs({ 50, 75, 90, 99, 99.9 }) do
      table.insert(percentile_parts, string.format('"%s": %s', tostring(p), number(latency:percentile(p))))
   end

   local e = summary.errors
   local json = string.format(
      '{"requests": %d, "duration_us": %d, "bytes": %d, '
         .. '"latency_us": {"mean": %s, "stdev": %s, "min": %s, "max": %s, "percentiles": {%s}}, '
         .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status_ge_400": %d}, '
         .. '"statuses": {%s}}\n',
      summary.requests, summary.duration, summary.bytes,
      number(latency.mean), number(latency.stdev), number(latency.min), number(latency.max),
      table.concat(percentile_parts, ", "),
      e.connect, e.read, e.write, e.timeout, e.status,
      table.concat(status_parts, ", "))

   -- A file named by the driver rather than stdout: wrk prints its own
   -- report there, and a file keeps the two apart without parsing.
   local path = os.getenv("WRK_JSON_OUT")
   if path and path ~= "" then
      local f = assert(io.open(path, "w"))
      f:write(json)
      f:close()
   else
      io.write(json)
   end
end
