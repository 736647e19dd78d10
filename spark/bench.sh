#!/usr/bin/env bash
# Throughput of the Spark job in local mode next to the CLI's batch throughput on the same input,
# measured side by side in one run (alternating, so machine load hits both alike).
#
#   spark/bench.sh [COPIES] [ROUNDS]      from the checkout root; defaults 10 copies, 2 rounds
#
# Input: COPIES copies of every article file of the dev corpora (../shared/corpus: reuters-dev,
# synthetic-dev, quotes-dev text and html-dev pages), in one folder. The CLI runs as users run it
# (./articlex parse FOLDER, one thread per core); the job runs as spark-submit runs it in local mode
# (Spark's jars first, then articlex-spark.jar; master local[N], N = cores; driver memory 2 GB).
# Times are wall clock for the whole command, JVM and Spark start-up included; the job's own line
# also gives the time from session start to output written.
set -euo pipefail
copies=${1:-10}
rounds=${2:-2}
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${ARTICLEX_CORPUS:-$root/../shared/corpus}"
cores=$(nproc)
[ -d "$corpus/reuters-dev" ] || { echo "bench: corpus not found at $corpus" >&2; exit 2; }

echo "bench: building (core install, spark package) ..." >&2
(cd "$root" && mvn -B -ntp -q install -DskipTests >&2 && mvn -B -ntp -q -f spark/pom.xml package -DskipTests >&2)
work="$(mktemp -d /tmp/articlex-spark-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && mvn -B -ntp -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$work/cp.txt" >&2)
cp_spark="$(tr ':' '\n' < "$work/cp.txt" | grep -v '/io/articlex/' | paste -sd:):$root/spark/target/articlex-spark.jar"
flags="$(sed -n '/<spark.test.jvm.flags>/,/<\/spark.test.jvm.flags>/p' "$root/spark/pom.xml" | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')"

mkdir -p "$work/in"
for c in $(seq -w 1 "$copies"); do
  for f in "$corpus"/{reuters-dev,synthetic-dev,quotes-dev}/*.txt "$corpus"/html-dev/*.html; do
    cp "$f" "$work/in/c$c-$(basename "$f")"
  done
done
n=$(ls "$work/in" | wc -l)
mb=$(du -sm "$work/in" | cut -f1)
echo "input: $n articles, $mb MB ($copies copies of the dev corpora); $cores cores"

# wall, user and system seconds of one command (bash's time keyword; children included)
TIMEFORMAT='%R %U %S'
for r in $(seq 1 "$rounds"); do
  { time "$root/articlex" parse "$work/in" > "$work/cli.jsonl"; } 2> "$work/cli.time"
  rm -rf "$work/out"
  { time java $flags -Xmx2g -Dspark.master="local[$cores]" -Dspark.ui.enabled=false -cp "$cp_spark" \
    io.articlex.spark.ParseArchive "$work/in/*" "$work/out" 2> "$work/spark.err"; } 2> "$work/spark.time"
  [ "$(wc -l < "$work/cli.jsonl")" -eq "$n" ] || { echo "bench: CLI wrote $(wc -l < "$work/cli.jsonl") lines" >&2; exit 1; }
  [ "$(cat "$work"/out/part-* | wc -l)" -eq "$n" ] || { echo "bench: job wrote too few lines" >&2; exit 1; }
  job=$(grep -o 'failed in [0-9.]* s' "$work/spark.err" | grep -o '[0-9.]*')
  read -r cw cu cs < "$work/cli.time"
  read -r sw su ss < "$work/spark.time"
  awk -v r="$r" -v n="$n" -v mb="$mb" -v cw="$cw" -v cc="$(echo "$cu + $cs" | bc)" -v sw="$sw" \
      -v sc="$(echo "$su + $ss" | bc)" -v job="$job" 'BEGIN {
    printf "round %d: CLI %.1f s wall, %.1f s CPU = %.0f articles/s (%.1f MB/s), %.0f articles per CPU-s\n", r, cw, cc, n / cw, mb / cw, n / cc
    printf "         Spark local %.1f s wall (job alone %.1f s), %.1f s CPU = %.0f articles/s, %.0f articles per CPU-s\n", sw, job, sc, n / sw, n / sc
    printf "         Spark/CLI throughput: %.2f by wall clock (%.2f job alone), %.2f per CPU second\n", cw / sw, cw / job, cc / sc }'
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (on $cores cores; other work on the machine slows both alike)"
cmp <(sort "$work/cli.jsonl") <(cat "$work"/out/part-* | sort) >/dev/null \
  && echo "outputs: identical line sets" || echo "outputs: DIFFER (file names are the same paths; check)"
