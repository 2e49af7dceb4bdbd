-- Prints req/s, p50/p99 latency (µs) and non-2xx count as one JSON line.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non = 0
   for _, t in ipairs(threads) do
      non = non + t:get("non2xx")
   end
   local e = summary.errors
   io.write(string.format(
      '{"rps": %.1f, "p50_us": %d, "p99_us": %d, "max_us": %d, "non2xx": %d, "socket_errors": %d}\n',
      summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
      latency.max, non, e.connect + e.read + e.write + e.timeout))
end
