-- bench/search: wrk script for the search API. Each request takes the next path of a fixed mix (names,
-- starts of names as a person types them, typos, every identifier form), so the run measures
-- searching, not one repeated answer. Prints one machine-readable line (latencies in microseconds).
local paths = {}
local api = os.getenv("SEARCH_API") or "/api/search"
local typed = {
  "occupational%20therapy", "occ", "occup", "physio", "physiotherapy", "stroke", "strke", "autisim",
  "ocupational%20terapy", "MESH%3AD009788", "mesh%3AD009788", "D009788", "http%3A%2F%2Fid.nlm.nih.gov%2Fmesh%2FD009788",
  "rkg%3Aoccupational-therapy", "OT", "PTA", "Ergotherapie", "spinal%20cord", "cerebral", "licen", "NBCOT",
  "therapy", "assistive%20devices", "children%20with%20autism", "brain%20injury", "Condition", "NPTE", "speech",
}
for _, q in ipairs(typed) do
  table.insert(paths, api .. "?q=" .. q .. "&rows=10")
end
table.insert(paths, api .. "?q=therapy&type=class")
table.insert(paths, api .. "?q=injury&instanceOf=Condition&rows=20")
local i = 0

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max, non2xx, errors))
end
