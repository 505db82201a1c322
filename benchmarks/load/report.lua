-- wrk reporter: one line of JSON with requests/s, latency percentiles (ms), errors and the bytes of a response.
-- An optional extra header comes from the environment (BENCH_COOKIE), so "uncached" runs bypass the page cache the way
-- a signed-in reader does.
local cookie = os.getenv("BENCH_COOKIE")
if cookie and #cookie > 0 then
  wrk.headers["Cookie"] = cookie
end
-- BENCH_ENCODING: an Accept-Encoding, as a browser sends (the cached page then goes out as its compressed copy).
local encoding = os.getenv("BENCH_ENCODING")
if encoding and #encoding > 0 then
  wrk.headers["Accept-Encoding"] = encoding
end

done = function(summary, latency, requests)
  local non200 = summary.errors.status
  io.write(string.format(
    '{"rps": %.1f, "p50": %.3f, "p95": %.3f, "p99": %.3f, "requests": %d, "non2xx": %d, "socket_errors": %d, "bytes_per_request": %.0f}\n',
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, non200,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests > 0 and summary.bytes / summary.requests or 0))
end
