-- wrk reporter for scripts/reads.sh: one machine-readable line at the end of a run.
-- WRK_RESULT requests duration_us bytes p50_ms p99_ms max_ms non_2xx_3xx socket_errors
--
-- With WRK_PAGES=n (and WRK_THREADS, wrk's -t) in the environment, each request asks for the next
-- page of the URL's list, page=0..n-1, each thread starting at its own share of them: a page comes
-- round again only after n / threads requests of a thread, so until then no answer is one a cache
-- could hold, unlike one URL asked again and again.
local pages = tonumber(os.getenv("WRK_PAGES") or "0")
local share = math.floor(pages / tonumber(os.getenv("WRK_THREADS") or "1"))
local threads = 0

setup = function(thread)
    thread:set("offset", threads * share)
    threads = threads + 1
end

if pages > 0 then
    local n = 0
    request = function()
        local page = ((offset or 0) + n) % pages
        n = n + 1
        local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
        return wrk.format(nil, wrk.path .. sep .. "page=" .. page)
    end
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("WRK_RESULT %d %d %d %.3f %.3f %.3f %d %d\n",
        summary.requests, summary.duration, summary.bytes,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        e.status, e.connect + e.read + e.write + e.timeout))
end
