#!/usr/bin/env bash
# Benchmark: one source whose body is a single 160 KB line of about 2,600 clauses, each with a
# date and a minister's name ("On March 4, 2003 Minister Anna Smirnova said talks resumed, …").
# Every text scan must stay linear in the line's length; the issue's target is under 1 s.
#   bash benches/long_line.sh           (DOSSIER=path/to/binary to time another build)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BENCH_NO_BUILD:-}" ] || cargo build --release --quiet --bin dossier
bin=${DOSSIER:-$PWD/target/release/dossier}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/dossier-long-line}
rm -rf "$work" && mkdir -p "$work/content/sources"
awk 'BEGIN {
  split("January February March April May June July August September October November December", m, " ")
  split("Ivan Petrov|Anna Smirnova|Oleg Voronin|Sergei Lavrov|Maria Zakharova", n, "|")
  print "Talks resumed, the ministry said"; print ""
  for (i = 0; len < 160000; i++) {
    clause = sprintf("On %s %d, %d Minister %s said talks resumed, ", m[i % 12 + 1], i % 28 + 1, 2000 + i % 25, n[i % 5 + 1])
    printf "%s", clause; len += length(clause)
  }
  print ""
}' >"$work/content/sources/long-line.txt"
echo "$(wc -c <"$work/content/sources/long-line.txt") bytes in one source"
cd "$work" && /usr/bin/time -f 'wall %e s, peak %M KiB' "$bin" build --timings
