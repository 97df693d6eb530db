#!/usr/bin/env bash
# CPU time per seed article of the pipeline's four benchmark operations, for the build of REV (A)
# and the working tree (B), side by side in one JVM (see src/test/java/io/tarikh/pipeline/CpuVersus.java).
#   scripts/cpu-versus.sh 49a98b5 [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/cpu-versus.sh REV [rounds]}
rounds=${2:-11}
other=$(mktemp -d /tmp/tarikh-versus.XXXXXX)
trap 'git worktree remove --force "$other" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$other" "$rev"
(cd "$other" && ./mvnw -B -q compile >/dev/null)
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/versus-cp.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:$(cat target/versus-cp.txt)" io.tarikh.pipeline.CpuVersus "$other/target/classes" target/classes "$rounds"
