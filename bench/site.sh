#!/bin/sh
# The website against the PDF deck, whole process, in one run: 'methodbank site' (no downloads) and
# 'methodbank cards' on the same generated bank of 1,000 methods, run in turn so that both see the
# same machine load. Run after 'mvn -B package -DskipUnitTests=true' from the root of the project:
#     bench/site.sh            RUNS=10 METHODS=1000 bench/site.sh
# Prints each run's wall-clock seconds and the median and best of each, and writes them to target/bench/.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd -P)
jar=$root/cli/target/methodbank.jar
for f in "$jar" "$root/examples/target/classes" "$root/core/target/classes"; do
    [ -e "$f" ] || { echo "missing $f: run 'mvn -B package -DskipUnitTests=true' first" >&2; exit 1; }
done
jackson_version=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' pom.xml)
commonmark_version=$(sed -n 's:.*<commonmark.version>\(.*\)</commonmark.version>.*:\1:p' pom.xml)
repo=${M2_REPO:-$HOME/.m2/repository}
cp="$root/examples/target/classes:$root/core/target/classes"
cp="$cp:$repo/com/fasterxml/jackson/core/jackson-core/$jackson_version/jackson-core-$jackson_version.jar"
cp="$cp:$repo/org/commonmark/commonmark/$commonmark_version/commonmark-$commonmark_version.jar"
runs=${RUNS:-5}
methods=${METHODS:-1000}
out=$root/target/bench
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

java -cp "$cp" io.github.methodbank.examples.GenerateLargeBank large.json "$methods" >/dev/null

java -version 2>&1 | sed -n 1p
echo "machine: $(nproc 2>/dev/null || echo '?') cores, load at start $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"

# one warm-up of each (the file cache, the JIT's files)
java -jar "$jar" cards large.json -o large.pdf --force -q
java -jar "$jar" site large.json --no-downloads -o site --force -q

: > cards.times
: > site.times
i=0
while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f %e -a -o cards.times java -jar "$jar" cards large.json -o large.pdf --force -q
    /usr/bin/time -f %e -a -o site.times java -jar "$jar" site large.json --no-downloads -o site --force -q
    i=$((i + 1))
done
pages=$(find site -name '*.html' | wc -l)
summary() {
    sort -n "$1" | awk -v name="$2" '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%-46s median %.2f s, best %.2f s (%d runs)\n", name, m, t[1], NR }'
}
{
    echo "load at end $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
    echo "runs, in turn: cards $(tr '\n' ' ' < cards.times)| site $(tr '\n' ' ' < site.times)"
    summary cards.times "cards, $methods methods (PDF deck, tagged)"
    summary site.times "site --no-downloads, $methods methods ($pages pages)"
} | tee "$out/site.txt"
