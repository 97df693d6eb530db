#!/usr/bin/env bash
# Ingest throughput as the store grows, and the server's memory under that load.
#
# Expects a packaged application; builds nothing. Starts it on 127.0.0.1 (a free port) on a fresh
# store, runs scripts/load.py against it (corpus from scripts/corpus.py: synthetic articles, about
# 5 events each), samples the JVM's resident memory during the run, prints the load.py table and
# the peak RSS, then stops the JVM and removes the store.
#
#   DB=h2 (default): a fresh H2 file in a temporary directory, with the options of the default
#       JDBC URL in application.properties (so the shipped settings are what is measured).
#   DB=postgres: a fresh database tarikh_load_<pid> created on $PGHOST:$PGPORT (default
#       127.0.0.1:5432, user postgres, trust auth or PGPASSWORD) and dropped at the end. Needs the
#       PostgreSQL build, since db-kind is fixed at build time:
#           ./mvnw -B package -DskipTests -Dquarkus.profile=postgres
#       (it replaces target/quarkus-app; copy it elsewhere and pass JAR=... to keep both builds).
#
# Knobs (environment):
#   JAR        the quarkus-run.jar to start (default target/quarkus-app/quarkus-run.jar)
#   CLIENTS    parallel clients (4)
#   TARGETS    event totals to measure at, comma-separated (1000,10000,100000)
#   MEASURE    articles per timed window (300); SECONDS_MAX caps a window in seconds (60)
#   JAVA_OPTS  JVM options (-Xmx384m: half the 768Mi memory limit of k8s/base, what the container
#              would get; the figure printed is the RSS under that setting)
#   DB         h2 | postgres
#   SEED       corpus seed (1)
#   KEEP_LOG   a path to copy the application log to (the log is printed on failure anyway)
# Exit: 0 no 5xx; 1 some request got a 5xx or a transport error (the log's errors are printed);
# 2 could not run. Throughput is reported, never asserted (full-size figures go in the README).
#
#   scripts/load.sh                                   # H2, 1k/10k/100k events: long (hours on 2 cores)
#   TARGETS=300,1000 MEASURE=100 scripts/load.sh      # a few minutes
#   DB=postgres JAR=/tmp/pg-app/quarkus-run.jar TARGETS=1000,10000 scripts/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source scripts/lib.sh

JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
DB=${DB:-h2}
CLIENTS=${CLIENTS:-4}
TARGETS=${TARGETS:-1000,10000,100000}
MEASURE=${MEASURE:-300}
SECONDS_MAX=${SECONDS_MAX:-60}
SEED=${SEED:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
[[ -f $JAR ]] || { echo "load: $JAR missing; run ./mvnw -B package -DskipTests first" >&2; exit 2; }
command -v curl >/dev/null || { echo "load: curl is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "load: python3 is required" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tarikh-load.XXXXXX")
APP_PID=""
SAMPLER_PID=""
PG_DB=""
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cleanup() {
    [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [[ -n ${KEEP_LOG:-} && -f $WORK/app.log ]]; then cp "$WORK/app.log" "$KEEP_LOG" || true; fi
    if [[ -n $PG_DB ]]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

DB_PROPS=()
case $DB in
    h2)
        H2_OPTIONS=$(shipped_h2_options)
        URL="jdbc:h2:file:$WORK/db/tarikh${H2_OPTIONS:+;$H2_OPTIONS}"
        DB_PROPS=(-Dquarkus.datasource.jdbc.url="$URL")
        ;;
    postgres)
        command -v psql >/dev/null || { echo "load: psql is required for DB=postgres" >&2; exit 2; }
        PG_DB="tarikh_load_$$"
        psql -v ON_ERROR_STOP=1 -q -d postgres -c "CREATE DATABASE $PG_DB" || { PG_DB=""; echo "load: cannot create a database on $PGHOST:$PGPORT" >&2; exit 2; }
        URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB"
        DB_PROPS=(-Dquarkus.profile=postgres -Dquarkus.datasource.jdbc.url="$URL"
                  -Dquarkus.datasource.username="$PGUSER" -Dquarkus.datasource.password="${PGPASSWORD:-}")
        ;;
    *) echo "load: DB must be h2 or postgres, not '$DB'" >&2; exit 2 ;;
esac
echo "load: DB=$DB ($URL), JAR=$JAR, port $PORT, JAVA_OPTS=$JAVA_OPTS, $CLIENTS clients, targets $TARGETS, windows of $MEASURE articles"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" "${DB_PROPS[@]}" \
    -Dtarikh.seeds.dir="$PWD/seeds" -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
deadline=$((SECONDS + 120))
until curl -sf -o /dev/null --max-time 2 "$BASE/q/health/ready"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "load: the application died at start-up:" >&2; tail -30 "$WORK/app.log" >&2
        [[ $DB == postgres ]] && echo "load: DB=postgres needs a jar built with -Dquarkus.profile=postgres (see the header)" >&2
        exit 2
    fi
    (( SECONDS < deadline )) || { echo "load: not ready after 120 s" >&2; tail -30 "$WORK/app.log" >&2; exit 2; }
    sleep 0.5
done
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
START_RSS=$(rss_kb)
echo "load: ready (pid $APP_PID), RSS after start-up $((START_RSS / 1024)) MiB"

# Sample the resident set once a second: the peak (VmHWM is the kernel's own) and its time course.
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(date +%s) $(rss_kb)"; sleep 1; done ) >"$WORK/rss" 2>/dev/null &
SAMPLER_PID=$!

set +e
python3 scripts/load.py --base-url "$BASE" --clients "$CLIENTS" --targets "$TARGETS" --measure "$MEASURE" \
    --seconds "$SECONDS_MAX" --seed "$SEED" --label "$DB" --json "$WORK/result.json"
RC=$?
set -e

PEAK_HWM=$(hwm_kb)
PEAK_SAMPLED=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$WORK/rss")
END_RSS=$(rss_kb)
echo
echo "server memory ($DB, JAVA_OPTS=$JAVA_OPTS): peak RSS $((PEAK_HWM / 1024)) MiB (VmHWM; sampled peak $((PEAK_SAMPLED / 1024)) MiB), after start-up $((START_RSS / 1024)) MiB, at the end $((END_RSS / 1024)) MiB"

# Concurrent ingests racing to insert the same event id: retried by IngestService, a 500 once retries run out.
conflicts=$(grep -cE 'SQLState: 23505' "$WORK/app.log" || true)
echo "server log: $conflicts unique-key conflict(s) (SQLState 23505, retried by the service)"
errors=$(grep -cE ' ERROR ' "$WORK/app.log" || true)
if (( RC == 1 )) || (( errors > 0 )); then
    echo
    echo "load: application log: $errors ERROR line(s); distinct errors and causes, most frequent first:" >&2
    grep -E ' ERROR |^Caused by|^[A-Za-z_.$]+(Exception|Error)\b' "$WORK/app.log" \
        | sed -E 's/^[0-9-]+ [0-9:,.]+ +//; s/\((executor-thread|vert\.x|pool|agroal)[^)]*\) //' | cut -c1-300 \
        | sort | uniq -c | sort -rn | head -30 >&2
fi
if (( RC == 1 )); then echo "load: FAILED: some requests got a 5xx (see above)" >&2; fi
exit "$RC"
