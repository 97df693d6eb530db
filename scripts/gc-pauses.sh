#!/usr/bin/env bash
# Collector pauses under reads: starts the packaged service on an existing H2 store with the pod's JVM
# options plus EXTRA_OPTS, logs its collections (-Xlog:gc), runs wrk on a few answers the response cache
# holds, and prints one line per request (req/s, p50, p99) and the young and full collections with the
# longest full pause and the peak RSS. A probe for what sets the p99 of cached answers (README, "Compaction
# out of the way of reads"), not a benchmark of its own: compare variants run one after the other.
#
#   STORE=/tmp/tarikh-read-h2 JAR=target/quarkus-app/quarkus-run.jar scripts/gc-pauses.sh
#   EXTRA_OPTS=-Dtarikh.h2.housekeeping-seconds=0 STORE=/tmp/tarikh-read-h2 scripts/gc-pauses.sh
#
# STORE: directory of tarikh.mv.db (a store grown by scripts/reads.sh); JAR (target/quarkus-app/quarkus-run.jar);
# DURATION per request (10s); JAVA_OPTS (the pod's, docs/production.md, Memory); EXTRA_OPTS (none).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source scripts/lib.sh
STORE=${STORE:?STORE: the directory of an H2 store (tarikh.mv.db)}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
DURATION=${DURATION:-10s}
JAVA_OPTS=${JAVA_OPTS:--XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC}
EXTRA_OPTS=${EXTRA_OPTS:-}
for tool in curl wrk; do command -v $tool >/dev/null || { echo "gc-pauses: $tool is required" >&2; exit 2; }; done
[[ -f $STORE/tarikh.mv.db ]] || { echo "gc-pauses: no $STORE/tarikh.mv.db" >&2; exit 2; }
PORT=$(free_port)
WORK=$(mktemp -d)
# shellcheck disable=SC2086 # option lists
java $JAVA_OPTS $EXTRA_OPTS -Xlog:gc:file="$WORK/gc.log" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dtarikh.seeds.enabled=false "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$STORE/tarikh;$(shipped_h2_options)" \
    -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 $APP 2>/dev/null || { tail -20 "$WORK/app.log" >&2; exit 2; }
    sleep 0.2
done
BASE=http://127.0.0.1:$PORT
PATHS=(/q/health/live /api/v1/events "/api/v1/events?actor=Lavrov" /api/v1/events/astana-4 /api/v1/timeline/vis)
for p in "${PATHS[@]}"; do curl -s -o /dev/null "$BASE$p"; done
wrk -t2 -c8 -d5s "$BASE/api/v1/events" >/dev/null
for p in "${PATHS[@]}"; do
    r=$(wrk -t2 -c8 -d"$DURATION" --latency "$BASE$p")
    echo "$p req/s=$(awk '/Requests\/sec/{print $2}' <<<"$r") p50=$(awk '$1=="50%"{print $2}' <<<"$r") p99=$(awk '$1=="99%"{print $2}' <<<"$r")"
done
echo "collections: young $(grep -c 'Pause Young' "$WORK/gc.log" || true), full $(grep -c 'Pause Full' "$WORK/gc.log" || true)," \
    "longest full $(grep 'Pause Full' "$WORK/gc.log" | awk '{print $NF}' | sort -n | tail -1), peak RSS $(awk '/VmHWM/{print int($2/1024) " MiB"}' /proc/$APP/status)"
