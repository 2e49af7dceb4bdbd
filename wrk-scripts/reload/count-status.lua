-- Counts responses by status and prints a JSON summary when wrk is done,
-- so the reload benchmark reads figures rather than scraping wrk's text.
local statuses = {}
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
   total = 0
end

function response(status, headers, body)
   total = total + 1
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non, all = 0, 0
   for _, t in ipairs(threads) do
      non = non + t:get("non2xx")
      all = all + t:get("total")
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests": %d, "counted": %d, "non2xx": %d, "duration_us": %d, ' ..
      '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, "status_errors": %d}\n',
      summary.requests, all, non, summary.duration, e.connect, e.read, e.write, e.timeout, e.status))
end
