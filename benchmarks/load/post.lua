-- wrk: POSTs the body file named by the BODY environment variable (default patient-view-request.json) and
-- prints the median and p99 in a line patient-view-load.sh parses.
local f = assert(io.open(os.getenv("BODY") or "patient-view-request.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT req/s %.1f p50 %.2f ms p99 %.2f ms max %.2f ms requests %d non2xx %d errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, (summary.errors.status or 0), summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
