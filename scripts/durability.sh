#!/usr/bin/env bash
# Durability check for the embedded H2 store: every article answered 201 must survive kill -9,
# exactly once, and so must the seeds, whenever the process dies.
#
# Expects a packaged application (target/quarkus-app, e.g. from ./mvnw verify); builds nothing.
# Runs the jar on 127.0.0.1 with a fresh H2 file in a temporary directory and kills it with -9:
#   boot   as Flyway starts creating the schema;
#   seeds  while the seeds load in the background after start-up (some stored, one in progress);
#   1..N   ROUNDS times, KILL_AFTER seconds after the first 201 of the round, while POSTERS
#          clients post distinct articles;
# restarting on the same files after each kill and checking the store: the restart succeeds,
# every seed is there, every acknowledged id is listed, no id is listed twice, and the total is
# the seeds plus the acknowledged articles (plus at most the requests in flight at the kills).
# Finally every acknowledged text is posted again (200, same id: ingest is idempotent by
# content), every text in flight at a kill is posted twice (the second answer is 200 with the
# id of the first), and the total must then be exactly the seeds plus every distinct text sent.
# Exit 0: no loss, no duplicates; 1: loss, duplicates, or a store that cannot start after a kill;
# 2: could not run.
#
# Knobs (environment): ROUNDS (post-then-kill rounds, 3), POSTERS (parallel clients, 4),
# MAX_POSTS (per client and round, 150), KILL_AFTER (seconds from the round's first 201 to its
# kill -9, 3),
# SEED_KILL_AT (seeds stored when the seed-loading kill comes, 2), BOOT_KILL (1; 0 skips the
# kill during the schema migration), H2_OPTIONS (default: the options of
# the default JDBC URL in application.properties, so the shipped settings are what is tested).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source scripts/lib.sh

JAR=target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || { echo "durability: $JAR missing; run ./mvnw package first" >&2; exit 2; }
command -v curl >/dev/null || { echo "durability: curl is required" >&2; exit 2; }

ROUNDS=${ROUNDS:-3}
POSTERS=${POSTERS:-4}
MAX_POSTS=${MAX_POSTS:-150}
KILL_AFTER=${KILL_AFTER:-3}
SEED_KILL_AT=${SEED_KILL_AT:-2}
BOOT_KILL=${BOOT_KILL:-1}
H2_OPTIONS=${H2_OPTIONS-$(shipped_h2_options)}
SEED_IDS=$(for f in seeds/*.txt; do [[ -e $f ]] && basename "$f" .txt; done)
SEEDS=$(grep -c . <<<"$SEED_IDS" || true)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tarikh-durability.XXXXXX")
APP_PID=""
cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    jobs -p | xargs -r kill 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
DB="$WORK/db/tarikh"
URL="jdbc:h2:file:$DB${H2_OPTIONS:+;$H2_OPTIONS}"
echo "durability: H2 URL $URL, port $PORT, $SEEDS seeds; kill -9 at boot, during seed loading, then" \
    "$ROUNDS x ($POSTERS clients x at most $MAX_POSTS posts, kill after ${KILL_AFTER}s)"

failures=0
fail() { echo "$*" >&2; failures=$((failures + 1)); }
: >"$WORK/acked"     # "<id> <body file>" per article answered 201
: >"$WORK/inflight"  # body files of requests cut by a kill (committed or not: unknown)
STARTS=0

launch() {
    STARTS=$((STARTS + 1))
    LOG="$WORK/app.$STARTS.log"
    java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dquarkus.datasource.jdbc.url="$URL" -Dtarikh.seeds.dir="$PWD/seeds" \
        -jar "$JAR" >"$LOG" 2>&1 &
    APP_PID=$!
}

kill_app() {
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
}

# $1: "fresh" (a failure to start means the environment is at fault: exit 2) or "after-kill"
# (the store the kill left behind cannot be opened: exit 1).
wait_ready() {
    local deadline=$((SECONDS + 120)) code=2
    [[ $1 == after-kill ]] && code=1
    until curl -sf -o /dev/null --max-time 2 "$BASE/q/health/ready"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            if [[ $1 == after-kill ]]; then
                echo "STORE: the application cannot start on the files the last kill -9 left:" >&2
            else
                echo "durability: the application died at start-up:" >&2
            fi
            grep -m1 -E 'Caused by|ERROR' "$LOG" | cut -c1-300 >&2 || true
            tail -8 "$LOG" >&2
            echo "durability: FAILED" >&2
            exit "$code"
        fi
        (( SECONDS < deadline )) || { echo "durability: not ready after 120 s" >&2; tail -20 "$LOG" >&2; exit 2; }
        sleep 0.2
    done
}

# Seeds load in the background after start-up; the "seeds" readiness entry says when they are done.
wait_seeds() {
    local deadline=$((SECONDS + 120)) state
    while :; do
        state=$(curl -s --max-time 2 "$BASE/q/health/ready" | tr -d ' \n' | grep -o '"state":"[a-z]*"' | cut -d'"' -f4 || true)
        case $state in
            loaded|disabled) return ;;
            failed) fail "SEEDS: loading failed after restart"; tail -20 "$LOG" >&2; return ;;
        esac
        (( SECONDS < deadline )) || { echo "durability: seeds still '$state' after 120 s" >&2; exit 2; }
        sleep 0.2
    done
}

list_ids() { # every listed article id, one a line, to $WORK/listed; the list total in TOTAL
    local page
    : >"$WORK/listed"
    TOTAL=0
    for ((page = 0; page < 100; page++)); do
        curl -sf --max-time 20 "$BASE/api/v1/articles?size=500&page=$page" >"$WORK/page" \
            || { echo "durability: cannot list articles" >&2; exit 2; }
        TOTAL=$(grep -o '"total":[0-9]*' "$WORK/page" | cut -d: -f2)
        grep -o '"id":"[^"]*"' "$WORK/page" | cut -d'"' -f4 >>"$WORK/listed"
        (( (page + 1) * 500 < TOTAL )) || break
    done
}

# After a restart: seeds all there, acknowledged all there, nothing twice, total within bounds.
check_store() {
    local label=$1 acked inflight dups missing seeds_missing listed
    wait_seeds
    list_ids
    acked=$(wc -l <"$WORK/acked")
    inflight=$(wc -l <"$WORK/inflight")
    listed=$(wc -l <"$WORK/listed")
    dups=$(sort "$WORK/listed" | uniq -d | wc -l)
    missing=$(cut -d' ' -f1 "$WORK/acked" | sort -u | comm -23 - <(sort -u "$WORK/listed") | wc -l)
    seeds_missing=$(grep . <<<"$SEED_IDS" | sort -u | comm -23 - <(sort -u "$WORK/listed") | wc -l)
    (( dups == 0 )) || fail "DUPLICATES ($label): $dups id(s) listed more than once"
    (( missing == 0 )) || fail "LOST ($label): $missing acknowledged id(s) missing from the list"
    (( seeds_missing == 0 )) || fail "SEEDS ($label): $seeds_missing seed(s) missing"
    if (( TOTAL != listed || TOTAL < SEEDS + acked || TOTAL > SEEDS + acked + inflight )); then
        fail "COUNT ($label): list total $TOTAL (listed $listed), expected $((SEEDS + acked)) (+ up to $inflight in flight)"
    fi
    echo "durability: $label: restart OK, total=$TOTAL, seeds=$SEEDS, acknowledged=$acked, in flight=$inflight," \
        "duplicates=$dups, missing=$missing, seeds missing=$seeds_missing ($(grep -ho 'seeds: loaded.*' "$LOG" | head -1))"
}

poster() { # $1: round, $2: client
    local r=$1 n=$2 i code body id
    for ((i = 0; i < MAX_POSTS; i++)); do
        body="$WORK/body.$r.$n.$i"
        printf '{"text":"اختبار المتانة: الجولة %s العميل %s المقال %s الرمز %s %s"}' "$r" "$n" "$i" "$RANDOM$RANDOM" "$(date +%s%N)" >"$body"
        code=$(curl -s -o "$WORK/resp.$n" -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
            --data-binary "@$body" "$BASE/api/v1/articles") || code=000
        if [[ $code == 201 ]]; then
            id=$(grep -o '"id":"[^"]*"' "$WORK/resp.$n" | head -1 | cut -d'"' -f4)
            echo "$id $body" >>"$WORK/acked.$r.$n"
        elif [[ $code == 000 ]]; then
            echo "$body" >>"$WORK/inflight.$r.$n" # cut by the kill: may or may not have committed
            break
        else
            echo "durability: client $n got HTTP $code" >&2
        fi
    done
}

# 1. kill -9 while the schema is being created: as soon as Flyway logs that it migrates.
if [[ $BOOT_KILL == 1 ]]; then
launch
deadline=$((SECONDS + 120))
until grep -q 'Migrating schema' "$LOG"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "durability: the application died at start-up:" >&2; tail -20 "$LOG" >&2; exit 2; }
    (( SECONDS < deadline )) || { echo "durability: Flyway never migrated after 120 s" >&2; exit 2; }
    sleep 0.01
done
kill_app
echo "durability: boot: kill -9 during the schema migration ($(grep -c 'Migrating schema' "$LOG" || true) migration(s) started," \
    "$(grep -c 'Successfully applied' "$LOG" || true) reported done)"
fi

# 2. kill -9 while the seeds load in the background: once SEED_KILL_AT of them are stored.
launch
wait_ready after-kill
deadline=$((SECONDS + 120))
seeds_done=0
while (( seeds_done < SEED_KILL_AT )); do
    (( SECONDS < deadline )) || { echo "durability: seeds never reached $SEED_KILL_AT" >&2; exit 2; }
    sleep 0.02
    seeds_done=$(curl -s --max-time 2 "$BASE/q/health/ready" | tr -d ' \n' | grep -o '"done":[0-9]*' | cut -d: -f2 || true)
    seeds_done=${seeds_done:-0}
done
kill_app
echo "durability: seeds: kill -9 during seed loading ($seeds_done of $SEEDS stored, the next one in progress)"

# 3. Rounds of post-then-kill, each checked by the next start.
launch
wait_ready after-kill
check_store "after the seed-loading kill"
for ((round = 1; round <= ROUNDS; round++)); do
    for ((c = 0; c < POSTERS; c++)); do : >"$WORK/acked.$round.$c"; poster "$round" "$c" & done
    deadline=$((SECONDS + 120))
    until cat "$WORK"/acked."$round".* | grep -q .; do # the first ingest after a restart warms the engine
        (( SECONDS < deadline )) || break
        sleep 0.05
    done
    sleep "$KILL_AFTER"
    kill_app
    for job in $(jobs -p); do wait "$job" 2>/dev/null || true; done
    cat "$WORK"/acked."$round".* >>"$WORK/acked" 2>/dev/null || true
    cat "$WORK"/inflight."$round".* >>"$WORK/inflight" 2>/dev/null || true
    acked_now=$(cat "$WORK"/acked."$round".* 2>/dev/null | wc -l)
    echo "durability: round $round: kill -9 ${KILL_AFTER}s after the first 201, $acked_now article(s) acknowledged with 201"
    (( acked_now > 0 )) || { echo "durability: nothing was acknowledged; raise KILL_AFTER" >&2; exit 2; }
    launch
    wait_ready after-kill
    check_store "round $round"
done

# 4. Re-posts: acknowledged texts answer 200 with their id; texts in flight end stored once.
repost() { # $1: part file of "<expected id|-> <body file>" lines
    local expect body code id second
    while read -r expect body; do
        code=$(curl -s -o "$1.resp" -w '%{http_code}' --max-time 20 -H 'Content-Type: application/json' \
            --data-binary "@$body" "$BASE/api/v1/articles") || code=000
        id=$(grep -o '"id":"[^"]*"' "$1.resp" | head -1 | cut -d'"' -f4 || true)
        if [[ $expect != - ]]; then
            [[ $code == 200 && $id == "$expect" ]] || echo "REPOST: acknowledged $expect answers $code with id '$id'" >>"$1.fail"
            continue
        fi
        [[ $code == 200 || $code == 201 ]] || { echo "REPOST: in-flight $body answers $code" >>"$1.fail"; continue; }
        echo "$code" >>"$1.inflight-codes"
        second=$(curl -s -o "$1.resp" -w '%{http_code}' --max-time 20 -H 'Content-Type: application/json' \
            --data-binary "@$body" "$BASE/api/v1/articles") || second=000
        [[ $second == 200 ]] && grep -q "\"id\":\"$id\"" "$1.resp" \
            || echo "REPOST: in-flight $body answers $second the second time, not 200 with id $id" >>"$1.fail"
    done <"$1"
}
{ cat "$WORK/acked"; sed 's/^/- /' "$WORK/inflight"; } >"$WORK/reposts"
split -n "r/$POSTERS" "$WORK/reposts" "$WORK/repost-part."
for part in "$WORK"/repost-part.*; do repost "$part" & done
for job in $(jobs -p); do [[ $job == "$APP_PID" ]] || wait "$job" 2>/dev/null || true; done
if compgen -G "$WORK/repost-part.*.fail" >/dev/null; then
    n=$(cat "$WORK"/repost-part.*.fail | wc -l)
    head -5 "$WORK"/repost-part.*.fail >&2
    fail "REPOST: $n re-post(s) did not answer as expected"
fi
ACKED=$(wc -l <"$WORK/acked")
INFLIGHT=$(wc -l <"$WORK/inflight")
committed=$(cat "$WORK"/repost-part.*.inflight-codes 2>/dev/null | grep -c 200 || true)
acked_bad=$(cat "$WORK"/repost-part.*.fail 2>/dev/null | grep -c '^REPOST: acknowledged' || true)
list_ids
dups=$(sort "$WORK/listed" | uniq -d | wc -l)
(( dups == 0 )) || fail "DUPLICATES (after re-posts): $dups id(s) listed more than once"
(( TOTAL == SEEDS + ACKED + INFLIGHT )) \
    || fail "COUNT (after re-posts): list total $TOTAL, expected exactly $((SEEDS + ACKED + INFLIGHT)) distinct texts"
echo "durability: re-posts: $((ACKED - acked_bad)) of $ACKED acknowledged text(s) answered 200 with their id; of $INFLIGHT in flight at a kill," \
    "$committed had committed (200), the rest were stored now (201), each answered 200 with the same id the second time;" \
    "total=$TOTAL, duplicates=$dups"

if (( failures > 0 )); then echo "durability: FAILED ($failures check(s))" >&2; exit 1; fi
echo "durability: OK, $STARTS starts, $((STARTS - 1)) kill -9s: every seed and acknowledged article survived exactly once, re-posts were idempotent (${SECONDS}s)"
