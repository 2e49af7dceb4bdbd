-- Soak load: each thread cycles through the paths given after `--` (one
-- request per path in turn, each connection starting at its own offset),
-- counts responses by status, and stops after its share of the total.
-- When a thread stops it touches DONE_DIR/<thread id>, so the driver knows
-- when to end wrk (wrk itself waits out -d otherwise).
--   wrk ... -s soak.lua URL -- QUOTA_PER_THREAD DONE_DIR PATH...
local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

function init(args)
   quota = tonumber(args[1])
   done_dir = args[2]
   paths = {}
   for i = 3, #args do
      table.insert(paths, args[i])
   end
   statuses = {}
   answered = 0
   -- Threads start at different offsets, so paths interleave across them.
   position = (id * 7) % #paths
end

function request()
   position = position % #paths + 1
   return wrk.format("GET", paths[position])
end

function response(status, headers, body)
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
   answered = answered + 1
   if answered == quota then
      local f = io.open(done_dir .. "/" .. id, "w")
      if f then f:close() end
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local merged = {}
   local parts = {}
   for _, t in ipairs(threads) do
      for code, n in pairs(t:get("statuses")) do
         merged[code] = (merged[code] or 0) + n
      end
   end
   for code, n in pairs(merged) do
      table.insert(parts, string.format('"%s": %d', code, n))
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, ' ..
      '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
      '"statuses": {%s}}\n',
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      latency.max, e.connect, e.read, e.write, e.timeout, table.concat(parts, ", ")))
end
