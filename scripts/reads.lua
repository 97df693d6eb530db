-- wrk reporter for scripts/reads.sh: one machine-readable line at the end of a run.
-- WRK_RESULT requests duration_us bytes p50_ms p99_ms max_ms non_2xx_3xx socket_errors
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("WRK_RESULT %d %d %d %.3f %.3f %.3f %d %d\n",
        summary.requests, summary.duration, summary.bytes,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.status, e.connect + e.read + e.write + e.timeout))
end
