#!/bin/sh
# Start-up of the methodbank command, side by side in one run: 'java -jar cli/target/methodbank.jar'
# against the launcher 'cli/target/methodbank', for one card and for a deck of 1,000 methods.
# Run after 'mvn -B package' (or verify) from the root of the project:
#     bench/startup.sh            RUNS=20 DECK_RUNS=5 bench/startup.sh
# Uses hyperfine where it is installed (Debian: apt-get install hyperfine), else /usr/bin/time.
# Writes its tables to target/bench/ as well.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd -P)
jar=$root/cli/target/methodbank.jar
launcher=$root/cli/target/methodbank
for f in "$jar" "$launcher" "$root/examples/target/classes" "$root/core/target/classes"; do
    [ -e "$f" ] || { echo "missing $f: run 'mvn -B package -DskipTests' first" >&2; exit 1; }
done
jackson_version=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' pom.xml)
jackson=${M2_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson/core/jackson-core/$jackson_version/jackson-core-$jackson_version.jar
runs=${RUNS:-10}
deck_runs=${DECK_RUNS:-5}
out=$root/target/bench
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

java -cp "$root/examples/target/classes:$root/core/target/classes:$jackson" \
    io.github.methodbank.examples.GenerateLargeBank large.json 1000 >/dev/null

java -version 2>&1 | sed -n 1p
echo "machine: $(nproc 2>/dev/null || echo '?') cores, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
card="cards --method tyo-2-0-heimokulttuuri -o x.pdf --force -q"
deck="cards large.json -o large.pdf --force -q"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$out/one-card.md" \
        -n "java -jar methodbank.jar (one card)" "java -jar $jar $card" \
        -n "cli/target/methodbank (one card)" "$launcher $card"
    hyperfine -N --warmup 1 --runs "$deck_runs" --export-markdown "$out/deck-1000.md" \
        -n "java -jar methodbank.jar (1,000 methods)" "java -jar $jar $deck" \
        -n "cli/target/methodbank (1,000 methods)" "$launcher $deck"
    cat "$out/one-card.md" "$out/deck-1000.md"
else
    # mean wall-clock seconds of N runs of a command, after one warm-up run
    mean() {
        n=$1
        shift
        "$@" >/dev/null 2>&1
        i=0
        : > "$work/times"
        while [ "$i" -lt "$n" ]; do
            /usr/bin/time -f %e -a -o "$work/times" "$@" >/dev/null 2>&1
            i=$((i + 1))
        done
        awk '{ s += $1 } END { printf "%.3f s (mean of %d)\n", s / NR, NR }' "$work/times"
    }
    # shellcheck disable=SC2086
    {
        echo "java -jar methodbank.jar (one card):     $(mean "$runs" java -jar "$jar" $card)"
        echo "cli/target/methodbank (one card):        $(mean "$runs" "$launcher" $card)"
        echo "java -jar methodbank.jar (1,000 methods): $(mean "$deck_runs" java -jar "$jar" $deck)"
        echo "cli/target/methodbank (1,000 methods):    $(mean "$deck_runs" "$launcher" $deck)"
    } | tee "$out/startup.txt"
fi
