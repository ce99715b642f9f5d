-- bench: wrk script. GET with the URL-encoded query already in the URL; asks for SPARQL JSON and
-- prints one machine-readable line at the end (latencies in microseconds).
wrk.headers["Accept"] = "application/sparql-results+json"

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max, non2xx, errors))
end
