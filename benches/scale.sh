#!/usr/bin/env bash
# Benchmark: builds generated dossiers of N sources (default 100 1000 10000) in release, and the
# same articles as plain Markdown with Debian's `hugo`, and prints a table.
#   bash benches/scale.sh [N...]        (DOSSIER=path/to/binary to time another build)
# Needs /usr/bin/time (GNU time) for peak memory and `hugo` (apt-get install hugo) for the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(100 1000 10000)
[ -n "${BENCH_NO_BUILD:-}" ] || cargo build --release --quiet --bin dossier --example gen_corpus
bin=${DOSSIER:-target/release/dossier}
work=${BENCH_DIR:-${TMPDIR:-/tmp}/dossier-bench}
mkdir -p "$work"
# Wall seconds and peak resident MiB of a command, from GNU time.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; return 1; }
  read -r secs kib <"$work/time"; echo "$secs $((kib / 1024))"
}
printf '| sources | dossier | pages/s | peak memory | Hugo | ratio | discrepancies | output |\n|---|---|---|---|---|---|---|---|\n' >"$work/table"
for n in "${sizes[@]}"; do
  rm -rf "$work/c$n" "$work/h$n"
  ${GEN_CORPUS:-target/release/examples/gen_corpus} "$n" "$work/c$n" --hugo "$work/h$n" >/dev/null
  read -r secs mib < <(measure "$bin" build --root "$work/c$n" --timings)
  echo "== N=$n"; grep -A20 '^Built' "$work/out"
  pages=$(find "$work/c$n/public" -name '*.html' | wc -l)
  bytes=$(du -sm "$work/c$n/public" | cut -f1)
  disc=$(grep -o '[0-9]* discrepanc' "$work/out" | head -1 | cut -d' ' -f1 || true)
  hsecs=n/a; ratio=n/a
  if command -v hugo >/dev/null; then
    read -r hsecs _ < <(measure hugo --quiet -s "$work/h$n" -d "$work/h$n/public")
    ratio=$(awk "BEGIN{printf \"%.1f×\", $secs/($hsecs>0?$hsecs:0.01)}")
  fi
  pps=$(awk "BEGIN{printf \"%.0f\", $pages/($secs>0?$secs:0.01)}")
  printf '| %s | %s s | %s | %s MiB | %s s | %s | %s | %s MB |\n' "$n" "$secs" "$pps" "$mib" "$hsecs" "$ratio" "${disc:-?}" "$bytes" >>"$work/table"
done
cat "$work/table"
