#!/usr/bin/env bash
# The read path at newsroom scale: grows a store through the public API to EVENTS events (corpus
# from scripts/corpus.py with widely reported events, posted by scripts/load.py), restarts the
# packaged service on it (start-up to ready is timed), then runs wrk over a fixed set of GET
# requests, /q/health/live first as the baseline of the same run, and two that ask for another page
# each request (reads.lua, WRK_PAGES: answers the service's response cache cannot hold, so they
# measure what computing an answer costs), and prints one Markdown table:
# bytes (identity and gzip), req/s, p50 and p99 latency, each as a ratio to the baseline, and the
# service's peak RSS. Seeded: the same SEED and STORIES give the same articles in the same order.
#
# Expects a packaged application (builds nothing). The store is kept for the next run (KEEP=1):
# growth takes long on 2 cores (100,000 events is about 23,000 articles), measuring does not.
#
#   DB=h2 (default)   STORE directory of the H2 file (default ${TMPDIR:-/tmp}/tarikh-reads-h2), opened
#                     with the options of the shipped JDBC URL (application.properties)
#   DB=postgres       PGDB database (default tarikh_reads) on $PGHOST:$PGPORT (127.0.0.1:5432, user
#                     postgres), created when missing; needs the PostgreSQL build:
#                         ./mvnw -B package -DskipTests -Dquarkus.profile=postgres
#
# Knobs (environment):
#   JAR          quarkus-run.jar to start (target/quarkus-app/quarkus-run.jar)
#   EVENTS       grow the store to at least this many events first (100000; 0: measure it as it is)
#   SEED         corpus seed (1); STORIES share of articles reporting widely reported events (0.08)
#   CLIENTS      parallel clients while growing (4)
#   CONNECTIONS  wrk connections (8); THREADS wrk threads (2); DURATION per request (30s); WARMUP (5s)
#   JAVA_OPTS    JVM options; default the Kubernetes pod's (docs/production.md, Memory):
#                -XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC
#   PORT         port to listen on (a free one)
#   KEEP         1 keeps the store (default), 0 removes it at the end
#   OUT          also write the table to this file
#
#   scripts/reads.sh                                      # H2, 100,000 events (~30 min of growth the first time)
#   EVENTS=10000 DURATION=10s scripts/reads.sh            # a small store, a few minutes
#   DB=postgres JAR=/tmp/pg-app/quarkus-run.jar scripts/reads.sh
# Exit: 0 measured; 1 some request answered other than 2xx/3xx or a socket error; 2 could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source scripts/lib.sh

JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
DB=${DB:-h2}
EVENTS=${EVENTS:-100000}
SEED=${SEED:-1}
STORIES=${STORIES:-0.08}
CLIENTS=${CLIENTS:-4}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-5s}
KEEP=${KEEP:-1}
JAVA_OPTS=${JAVA_OPTS:--XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[[ -f $JAR ]] || { echo "reads: $JAR missing; run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in curl python3 wrk; do
    command -v $tool >/dev/null || { echo "reads: $tool is required (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

PORT=${PORT:-$(free_port)}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tarikh-reads.XXXXXX")
APP_PID=""
SAMPLER_PID=""
case $DB in
    h2)
        STORE=${STORE:-${TMPDIR:-/tmp}/tarikh-reads-h2}
        mkdir -p "$STORE"
        H2_OPTIONS=$(shipped_h2_options)
        DB_PROPS=(-Dquarkus.datasource.jdbc.url="jdbc:h2:file:$STORE/tarikh${H2_OPTIONS:+;$H2_OPTIONS}")
        store_size() { du -sh "$STORE" | cut -f1; }
        ;;
    postgres)
        command -v psql >/dev/null || { echo "reads: psql is required for DB=postgres" >&2; exit 2; }
        PGDB=${PGDB:-tarikh_reads}
        if [[ -z $(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PGDB'") ]]; then
            psql -v ON_ERROR_STOP=1 -q -d postgres -c "CREATE DATABASE $PGDB" || { echo "reads: cannot create $PGDB" >&2; exit 2; }
        fi
        DB_PROPS=(-Dquarkus.profile=postgres -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDB"
                  -Dquarkus.datasource.username="$PGUSER" -Dquarkus.datasource.password="${PGPASSWORD:-}")
        store_size() { psql -d "$PGDB" -tAc "SELECT pg_size_pretty(pg_database_size('$PGDB'))"; }
        ;;
    *) echo "reads: DB must be h2 or postgres, not '$DB'" >&2; exit 2 ;;
esac

stop_app() {
    [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() {
    stop_app
    if [[ $KEEP == 0 ]]; then
        if [[ $DB == h2 ]]; then rm -rf "$STORE"; else psql -q -d postgres -c "DROP DATABASE IF EXISTS $PGDB WITH (FORCE)" || true; fi
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts the service and waits for /q/health/ready; READY_MS is the time from launch.
start_app() {
    local t0 deadline
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" "${DB_PROPS[@]}" \
        -Dtarikh.seeds.dir="$PWD/seeds" -jar "$JAR" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    deadline=$((SECONDS + 1800)) # a first start on a store from before V5 migrates it
    until curl -sf -o /dev/null --max-time 2 "$BASE/q/health/ready"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then echo "reads: the service died at start-up:" >&2; tail -30 "$WORK/app.log" >&2; exit 2; fi
        (( SECONDS < deadline )) || { echo "reads: not ready after 30 min" >&2; exit 2; }
        sleep 0.05
    done
    READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
events_total() { curl -sf "$BASE/api/v1/events?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

echo "reads: DB=$DB, JAR=$JAR, port $PORT, JAVA_OPTS=$JAVA_OPTS"
start_app
TOTAL=$(events_total)
echo "reads: ready in $READY_MS ms with $TOTAL events stored"
if (( TOTAL < EVENTS )); then
    echo "reads: growing the store to $EVENTS events through POST /api/v1/articles ($CLIENTS clients, seed $SEED, stories $STORIES)"
    set +e
    python3 scripts/load.py --base-url "$BASE" --clients "$CLIENTS" --targets "$EVENTS" --measure 1 --seconds 1 \
        --seed "$SEED" --stories "$STORIES" --label "$DB growth" >"$WORK/growth.txt"
    rc=$?
    set -e
    tail -5 "$WORK/growth.txt"
    (( rc == 0 )) || { echo "reads: growth failed (load.py exit $rc)" >&2; exit 2; }
fi
stop_app
if [[ $DB == postgres ]]; then
    # This machine's PostgreSQL runs with autovacuum off (SHOW autovacuum), unlike any production one: a store
    # grown by 23,000 ingests is then never analysed and its event table is half dead rows (count(*) 414 ms
    # instead of 31). Vacuum once, as autovacuum would have, so that the read path is what is measured.
    psql -q -d "$PGDB" -c "VACUUM ANALYZE"
fi
start_app # the figure that matters: start-up on an existing store
TOTAL=$(events_total)
ARTICLES=$(curl -sf "$BASE/api/v1/articles?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "reads: restarted on the existing store ($TOTAL events, $ARTICLES articles, $(store_size)): ready in $READY_MS ms"

# The fixed requests. The event of the most widely reported story of the corpus (hundreds of sources) is found through the API.
TOP=$(python3 - "$BASE" "$SEED" <<'EOF'
import json, sys, urllib.parse, urllib.request
sys.dont_write_bytecode = True
sys.path.insert(0, "scripts")
import corpus
base, seed = sys.argv[1], int(sys.argv[2])
story = corpus.Stories(corpus.Knowledge(), seed).items[0]
q = urllib.parse.urlencode({"actor": story["a"]["ar"], "from": story["day"].isoformat(), "to": story["day"].isoformat(), "size": 50})
items = json.load(urllib.request.urlopen(f"{base}/api/v1/events?{q}"))["items"]
if not items:
    items = json.load(urllib.request.urlopen(f"{base}/api/v1/events?size=1"))["items"]
print(max(items, key=lambda e: e["sourceCount"])["id"])
EOF
)
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# astana-4: a reference event the seeds report, so in every store this script grows (astana-1 is not always).
REQUESTS=(
    "health (baseline)|/q/health/live"
    "default page|/api/v1/events"
    "actor=Lavrov|/api/v1/events?actor=Lavrov"
    "actor=لافروف|/api/v1/events?actor=$(enc لافروف)"
    "from/to one month|/api/v1/events?from=2017-06-01&to=2017-06-30"
    "q=أستانا|/api/v1/events?q=$(enc أستانا)"
    "type+place|/api/v1/events?type=MILITARY_ACTION&place=$(enc حلب)"
    "deep page|/api/v1/events?sort=-date&page=200&size=50"
    "page of 20|/api/v1/events?size=20"
    "another page each request|/api/v1/events|2000"
    "another page of 20 each request|/api/v1/events?size=20|5000"
    "event astana-4|/api/v1/events/astana-4"
    "event $TOP|/api/v1/events/$TOP"
    "its sources, page 1|/api/v1/events/$TOP/sources"
    "timeline vis|/api/v1/timeline/vis"
    "histogram month|/api/v1/events/histogram?interval=month"
    "actors?q=لافروف|/api/v1/actors?q=$(enc لافروف)"
)

# Resident memory of the service once a second while wrk runs; the kernel's peak (VmHWM) at the end.
( while kill -0 "$APP_PID" 2>/dev/null; do awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status"; sleep 1; done ) >"$WORK/rss" 2>/dev/null &
SAMPLER_PID=$!
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "reads: warming up ($WARMUP per request), then $DURATION per request, $CONNECTIONS connections, $THREADS threads; load average $LOAD_BEFORE"
# A request is "name|path" or "name|path|pages": the latter asks for another page (0 to pages - 1) each time.
request_path() { local rest=${1#*|}; echo "${rest%%|*}"; }
request_pages() { local rest=${1#*|}; [[ $rest == *"|"* ]] && echo "${rest#*|}" || echo 0; }
# Warm-up asks for each path as written (page 0 of the paged ones: their measured pages are still new).
for r in "${REQUESTS[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE$(request_path "$r")" >/dev/null
done
FAILED=0
printf '%s\n' "| request | bytes | gzip bytes | req/s | % of baseline | p50 ms | p99 ms | p50 ÷ baseline | p99 ÷ baseline | not 2xx/3xx |" \
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" >"$WORK/table.md"
for r in "${REQUESTS[@]}"; do
    name=${r%%|*}
    path=$(request_path "$r")
    pages=$(request_pages "$r")
    bytes=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: identity' "$BASE$path")
    gzip=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "$BASE$path")
    line=$(WRK_PAGES=$pages WRK_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/reads.lua -H 'Accept-Encoding: gzip' "$BASE$path" | grep '^WRK_RESULT')
    read -r _ requests duration _ p50 p99 _ bad socket <<<"$line"
    rps=$(python3 -c "print(round($requests / ($duration / 1e6), 1))")
    if [[ -z ${BASE_RPS:-} ]]; then BASE_RPS=$rps; BASE_P50=$p50; BASE_P99=$p99; fi
    python3 - "$name" "$path$( (( pages )) && echo " page=0…$((pages - 1))")" "$bytes" "$gzip" "$rps" "$p50" "$p99" "$BASE_RPS" "$BASE_P50" "$BASE_P99" "$((bad + socket))" >>"$WORK/table.md" <<'EOF'
import sys
name, path, b, g, rps, p50, p99, brps, bp50, bp99, bad = sys.argv[1:]
b, g, rps, p50, p99, brps, bp50, bp99 = int(b), int(g), float(rps), float(p50), float(p99), float(brps), float(bp50), float(bp99)
print(f"| {name} `{path}` | {b:,} | {g:,} | {rps:,.0f} | {100 * rps / brps:.2f} % | {p50:.2f} | {p99:.2f} | {p50 / bp50:,.0f}× | {p99 / bp99:,.1f}× | {bad} |")
EOF
    (( bad + socket == 0 )) || FAILED=1
    echo "reads: $name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
PEAK_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")
SAMPLED_KB=$(sort -n "$WORK/rss" | tail -1)
{
    echo
    echo "### Reads on $DB: $TOTAL events from $ARTICLES articles ($(store_size)), $(date -u +%Y-%m-%d)"
    echo
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -H 'Accept-Encoding: gzip' (after $WARMUP of warm-up each);"
    echo "JAVA_OPTS=$JAVA_OPTS; start-up to ready on the existing store: $READY_MS ms;"
    echo "peak RSS $((PEAK_KB / 1024)) MiB (VmHWM; sampled during wrk $((${SAMPLED_KB:-0} / 1024)) MiB); load average $LOAD_BEFORE before, $LOAD_AFTER after."
    echo
    cat "$WORK/table.md"
} | tee -a "${OUT:-/dev/null}"
if (( FAILED )); then echo "reads: some requests failed (not 2xx/3xx or socket errors)" >&2; fi
exit $FAILED
