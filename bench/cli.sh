#!/usr/bin/env bash
# Times the perfreport CLI as a user runs it: one Release publish, then N runs of
#   perfreport build samples/2022.yaml -o <tmp>/2022.docx
#   perfreport validate samples/2022.yaml
# and reports median and p90 wall time and peak RSS (RSS only where /usr/bin/time is GNU time).
#
# Usage: bench/cli.sh [-n RUNS] [--large] [-- PUBLISH-ARGS...]
#   -n RUNS   timed runs of each command (default 20; one untimed warm-up run comes first)
#   --large   also time the generated 50-project, 200-indicator report (bench/PerfReport.Benchmarks generate)
#   -- ...    extra arguments for dotnet publish, e.g. -- -r linux-x64 -p:PublishReadyToRun=true
#
# Writes nothing in the repository except under bench/results/ (build output and the result file);
# the .docx files go to a temporary folder that is removed at the end. Uses hyperfine as well when it is installed.
set -euo pipefail

runs=20
large=0
publish_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) [ $# -ge 2 ] || { echo "cli.sh: -n needs a number" >&2; exit 2; }; runs="$2"; shift 2 ;;
    --large) large=1; shift ;;
    --) shift; publish_args=("$@"); break ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cli.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "cli.sh: -n needs a positive number" >&2; exit 2 ;; esac

cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/bench/results"
artifacts="$results/artifacts"
publish="$results/publish"
mkdir -p "$results"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "publishing src/PerfReport.Cli (Release${publish_args[*]:+ ${publish_args[*]}}) to bench/results/publish ..." >&2
rm -rf "$publish"
# --artifacts-path keeps bin/ and obj/ of every project under bench/results/ instead of beside the sources.
dotnet publish src/PerfReport.Cli -c Release -o "$publish" --artifacts-path "$artifacts" --nologo -v quiet \
  ${publish_args[@]+"${publish_args[@]}"} >"$tmp/publish.log" 2>&1 \
  || { cat "$tmp/publish.log" >&2; exit 1; }
exe="$publish/perfreport"
[ -x "$exe" ] || { echo "cli.sh: $exe was not produced" >&2; exit 1; }

inputs=("samples/2022.yaml")
if [ "$large" = 1 ]; then
  echo "generating the 50-project, 200-indicator report ..." >&2
  dotnet run -c Release --project bench/PerfReport.Benchmarks --artifacts-path "$artifacts" -- generate "$tmp/large.yaml" 50 200 \
    >"$tmp/generate.log" 2>&1 || { cat "$tmp/generate.log" >&2; exit 1; }
  inputs+=("$tmp/large.yaml")
fi

# GNU time prints peak RSS in KiB with -f %M; BusyBox or the shell keyword cannot, so RSS is skipped then.
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$tmp/probe" true 2>/dev/null; then gnu_time=/usr/bin/time; fi

# run_one LABEL CMD... : N timed runs after one warm-up; prints one Markdown table row.
run_one() {
  local label="$1"; shift
  "$@" >/dev/null 2>"$tmp/stderr" || { echo "cli.sh: '$*' failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
  : >"$tmp/ms"; : >"$tmp/rss"
  local i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    if [ -n "$gnu_time" ]; then
      "$gnu_time" -f %M -o "$tmp/rss1" "$@" >/dev/null 2>&1
      cat "$tmp/rss1" >>"$tmp/rss"
    else
      "$@" >/dev/null 2>&1
    fi
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >>"$tmp/ms"   # microseconds
  done
  local stats rss="n/a"
  # nearest-rank percentiles over the sorted run times
  stats=$(sort -n "$tmp/ms" | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = int(0.9 * NR); if (p < 0.9 * NR) p++
    printf "%.1f | %.1f | %.1f | %.1f", m / 1000, v[p] / 1000, v[1] / 1000, v[NR] / 1000 }')
  if [ -n "$gnu_time" ]; then rss=$(sort -n "$tmp/rss" | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'); fi
  echo "| $label | $runs | $stats | $rss |"
}

out="$results/cli-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# perfreport CLI timings"
  echo
  echo "- date (UTC): $(date -u '+%Y-%m-%d %H:%M')"
  echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
  echo "- .NET: SDK $(dotnet --version), Release publish${publish_args[*]:+ with ${publish_args[*]}}"
  echo "- wall time per process, in ms, over $runs runs after one warm-up; peak RSS is the largest over the runs"
  echo
  echo "| command | runs | median ms | p90 ms | min ms | max ms | peak RSS MiB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for input in "${inputs[@]}"; do
    name=$input; [ "$input" = "$tmp/large.yaml" ] && name="large.yaml (50 projects, 200 indicators)"
    run_one "build $name" "$exe" build "$input" -o "$tmp/out.docx"
    run_one "validate $name" "$exe" validate "$input"
  done
} | tee "$out"

if command -v hyperfine >/dev/null 2>&1; then
  echo >&2
  echo "hyperfine is installed; its view of the same commands:" >&2
  hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$results/hyperfine-$(basename "$out")" \
    "$exe build samples/2022.yaml -o $tmp/out.docx" "$exe validate samples/2022.yaml" >&2 \
    || echo "cli.sh: hyperfine failed (it needs -N, version 1.13 or later); the table above stands" >&2
fi
echo "written: ${out#"$root"/}" >&2
