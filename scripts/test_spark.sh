#!/usr/bin/env bash
# End-to-end test of the Spark job (examples/spark/): runs it in local[2] and checks that its
# output equals `glaneur extract` on the same input, record for record (sorted by id), and that
# a bad record yields an error record rather than a lost document.
#
#   scripts/test_spark.sh
#
# Environment:
#   GLANEUR_BIN    the glaneur binary to test (default: `cargo build --release`, then
#                  target/release/glaneur)
#   GLANEUR_VENV   virtual environment for pyspark (default ~/.cache/glaneur/venv-spark);
#                  created, and pyspark 4.x installed from PyPI, when missing
#   JAVA_HOME      Java 17 or newer; found on PATH or under /usr/lib/jvm otherwise
#
# Skips (exit 0, with a message) only when no Java is installed; anything else that goes
# wrong fails. Prints `spark: N passed, N failed` at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say() { printf 'test_spark: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

# --- Java ------------------------------------------------------------------------------------
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 17 ]; then JAVA=$candidate; break; fi
done
if [ -z "$JAVA" ]; then
    if [ -z "${JAVA_HOME:-}" ] && ! command -v java >/dev/null && ! ls /usr/lib/jvm/*/bin/java >/dev/null 2>&1; then
        say "SKIP: Java is not installed (Spark needs Java 17+); the Spark job was not tested"
        exit 0
    fi
    die "Java was found but none is version 17 or newer (Spark 4 needs Java 17+); set JAVA_HOME"
fi
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
export JAVA_HOME
say "Java: $JAVA_HOME ($(java_major "$JAVA"))"

# --- pyspark in a virtual environment --------------------------------------------------------
VENV=${GLANEUR_VENV:-$HOME/.cache/glaneur/venv-spark}
if ! "$VENV/bin/python" -c 'import pyspark, sys; sys.exit(pyspark.__version__.split(".")[0] != "4")' 2>/dev/null; then
    say "installing pyspark 4.x into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet 'pyspark>=4,<5'
fi
export PATH="$VENV/bin:$PATH"
export PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1
say "pyspark $("$VENV/bin/python" -c 'import pyspark; print(pyspark.__version__)')"

# --- the binary --------------------------------------------------------------------------------
if [ -z "${GLANEUR_BIN:-}" ]; then
    cargo build --release --quiet
    GLANEUR_BIN=$ROOT/target/release/glaneur
fi
[ -x "$GLANEUR_BIN" ] || die "GLANEUR_BIN=$GLANEUR_BIN is not an executable"
GLANEUR_BIN=$(readlink -f "$GLANEUR_BIN")
say "glaneur: $GLANEUR_BIN"

LOG=$(mktemp "${TMPDIR:-/tmp}/glaneur-spark-log.XXXXXX")
UNIT_LOG=$(mktemp "${TMPDIR:-/tmp}/glaneur-spark-unit.XXXXXX")
passed=0
failed=0
trap 'rm -f "$UNIT_LOG"; [ "$failed" != 0 ] || rm -f "$LOG"' EXIT
ran() { sed -n 's/^Ran \([0-9]*\) test.*/\1/p' "$1" | grep . || echo 0; }

# 1. Unit tests of the partition runner, without Spark (a fake glaneur stands in).
if "$VENV/bin/python" -W ignore -m unittest examples/spark/test_glaneur_spark.py >"$UNIT_LOG" 2>&1; then
    passed=$((passed + $(ran "$UNIT_LOG")))
    say "partition runner: $(grep '^Ran ' "$UNIT_LOG")"
else
    cat "$UNIT_LOG" >&2
    failed=$((failed + 1))
fi

# 2. End to end in local[2], the binary shipped with --files as on a cluster: data/ equals
#    `glaneur extract data/`; text files and bad records; a crashing binary fails the job.
say "running the Spark job in local[2]"
if GLANEUR_BIN=$GLANEUR_BIN spark-submit --master 'local[2]' --driver-memory 1g \
    --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 \
    --files "$GLANEUR_BIN" examples/spark/test_end_to_end.py 2>&1 | tee "$LOG" |
    grep -E '^(test_|Ran |OK|FAILED|  [a-z]+: \{|AssertionError|[A-Za-z]*Error)'; then :; fi
if grep -q '^OK' "$LOG"; then
    passed=$((passed + $(ran "$LOG")))
else
    tail -n 60 "$LOG" >&2
    say "the whole log is in $LOG"
    failed=$((failed + 1))
fi

printf 'spark: %d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]
