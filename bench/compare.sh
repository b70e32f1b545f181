#!/usr/bin/env bash
# Times, in one run and side by side, three ways of producing the seed's report as .docx:
#   native  the Native AOT binary            (dotnet publish -r linux-x64 -p:PublishAot=true)
#   jit     the framework-dependent build    (dotnet publish -c Release), as `dotnet tool install` gives it
#   anchor  docxtemplater filling a Word template of the same report shape with the same text (bench/anchor/)
# for one report (one process per report) and for a batch of many (one process for the whole batch:
# `perfreport build many/*.yaml -o out/` and `node render.js report.md N out/`). Runs alternate between the three,
# so that a noisy neighbour slows all of them alike; the table gives medians, peak RSS and the ratio to the anchor.
#
# Usage: bench/compare.sh [-n RUNS] [-b BATCH] [--batch-runs N] [--update-readme]
#   -n RUNS          timed single-report runs of each (default 15; one warm-up first)
#   -b BATCH         reports in the batch (default 1000)
#   --batch-runs N   timed batch runs of each (default 3)
#   --update-readme  replace the table between <!-- perf:begin --> and <!-- perf:end --> in README.md
#
# Needs: the .NET SDK, node and npm (the anchor is installed with `npm ci` from bench/anchor/package-lock.json),
# clang and zlib1g-dev for the native binary (without them the native rows are left out, with a note).
# Writes only under bench/results/ (ignored by git) and, with --update-readme, README.md.
set -euo pipefail

runs=15
batch=1000
batch_runs=3
update_readme=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="${2:?-n needs a number}"; shift 2 ;;
    -b) batch="${2:?-b needs a number}"; shift 2 ;;
    --batch-runs) batch_runs="${2:?--batch-runs needs a number}"; shift 2 ;;
    --update-readme) update_readme=1; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for v in "$runs" "$batch" "$batch_runs"; do
  case "$v" in ''|*[!0-9]*|0) echo "compare.sh: counts must be positive numbers" >&2; exit 2 ;; esac
done

cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/bench/results"
artifacts="$results/artifacts"
mkdir -p "$results"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v node >/dev/null && command -v npm >/dev/null || { echo "compare.sh: node and npm are needed for the anchor" >&2; exit 2; }

echo "installing the anchor (npm ci in bench/anchor) ..." >&2
(cd bench/anchor && npm ci --no-audit --no-fund --silent) >&2

echo "publishing the JIT build to bench/results/publish-jit ..." >&2
rm -rf "$results/publish-jit"
dotnet publish src/PerfReport.Cli -c Release -o "$results/publish-jit" --artifacts-path "$artifacts/jit" --nologo -v quiet \
  >"$tmp/publish-jit.log" 2>&1 || { cat "$tmp/publish-jit.log" >&2; exit 1; }
jit="$results/publish-jit/perfreport"

native=""
if command -v clang >/dev/null 2>&1 && [ -e /usr/include/zlib.h ]; then
  echo "publishing the native binary to bench/results/publish-native (a few minutes) ..." >&2
  rm -rf "$results/publish-native"
  dotnet publish src/PerfReport.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$results/publish-native" \
    --artifacts-path "$artifacts/native" --nologo -v quiet >"$tmp/publish-native.log" 2>&1 \
    || { cat "$tmp/publish-native.log" >&2; exit 1; }
  native="$results/publish-native/perfreport"
else
  echo "note: clang or zlib1g-dev missing; the native binary is not measured (apt-get install clang zlib1g-dev)" >&2
fi

# The same report for everyone: the seed's sample; the anchor gets its text from perfreport's Markdown rendition.
"$jit" build samples/2022.yaml -o "$tmp/2022.md" --quiet 2>/dev/null
mkdir -p "$tmp/many"
for ((i = 1; i <= batch; i++)); do cp samples/2022.yaml "$tmp/many/$(printf 'r%04d' "$i").yaml"; done

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M -o "$tmp/probe" true 2>/dev/null; then gnu_time=/usr/bin/time; fi

# timed NAME CMD... : one run, appends wall microseconds to $tmp/NAME.ms and peak RSS KiB to $tmp/NAME.rss
timed() {
  local name="$1"; shift
  local start end
  start=$(date +%s%N)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -f %M -o "$tmp/rss1" "$@" >/dev/null 2>"$tmp/stderr" || { echo "compare.sh: '$*' failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
    cat "$tmp/rss1" >>"$tmp/$name.rss"
  else
    "$@" >/dev/null 2>"$tmp/stderr" || { echo "compare.sh: '$*' failed:" >&2; cat "$tmp/stderr" >&2; exit 1; }
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000)) >>"$tmp/$name.ms"
}

single() {   # single KIND : one report, one process
  case "$1" in
    native) timed native1 "$native" build samples/2022.yaml -o "$tmp/out-native.docx" --quiet ;;
    jit) timed jit1 "$jit" build samples/2022.yaml -o "$tmp/out-jit.docx" --quiet ;;
    anchor) timed anchor1 node bench/anchor/render.js "$tmp/2022.md" 1 "$tmp/out-anchor1" ;;
  esac
}
many() {     # many KIND : the whole batch in one process
  rm -rf "$tmp/out-$1"
  case "$1" in
    native) timed nativeN "$native" build "$tmp/many" -o "$tmp/out-native" --quiet ;;
    jit) timed jitN "$jit" build "$tmp/many" -o "$tmp/out-jit" --quiet ;;
    anchor) timed anchorN node bench/anchor/render.js "$tmp/2022.md" "$batch" "$tmp/out-anchor" ;;
  esac
}

kinds=(anchor jit); [ -n "$native" ] && kinds=(anchor native jit)
echo "warming up ..." >&2
for k in "${kinds[@]}"; do single "$k"; done
rm -f "$tmp"/*.ms "$tmp"/*.rss
echo "timing one report x $runs, alternating ${kinds[*]} ..." >&2
for ((r = 0; r < runs; r++)); do for k in "${kinds[@]}"; do single "$k"; done; done
echo "timing $batch reports x $batch_runs, alternating ..." >&2
for ((r = 0; r < batch_runs; r++)); do for k in "${kinds[@]}"; do many "$k"; done; done
written=$(find "$tmp/out-jit" -name '*.docx' | wc -l)
[ "$written" -eq "$batch" ] || { echo "compare.sh: the JIT batch wrote $written files, not $batch" >&2; exit 1; }

median() { sort -n "$tmp/$1.ms" | awk '{ v[NR] = $1 } END { printf "%.0f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak() { if [ -s "$tmp/$1.rss" ]; then sort -n "$tmp/$1.rss" | tail -n 1 | awk '{ printf "%.0f MiB", $1 / 1024 }'; else echo "n/a"; fi; }
ms() { awk -v u="$1" 'BEGIN { if (u >= 100000) printf "%.2f s", u / 1e6; else printf "%.0f ms", u / 1000 }'; }
per() { awk -v u="$1" -v n="$batch" 'BEGIN { printf "%.1f ms", u / n / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

a1=$(median anchor1); aN=$(median anchorN)
label() { case "$1" in native) echo "perfreport 原生程序（Native AOT）" ;; jit) echo "perfreport .NET 版（dotnet tool）" ;; anchor) echo "docxtemplater $(node -p "require('./bench/anchor/node_modules/docxtemplater/package.json').version")（参照）" ;; esac; }
table="$tmp/table.md"
{
  echo "| 程序 | 一份报告（整个进程） | 与参照之比 | $batch 份报告（一个进程） | 每份 | 与参照之比 | 峰值内存（一份 / $batch 份） |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for k in native jit anchor; do
    [ -s "$tmp/${k}1.ms" ] || continue
    s=$(median "${k}1"); b=$(median "${k}N")
    echo "| $(label "$k") | $(ms "$s") | $(ratio "$s" "$a1") | $(ms "$b") | $(per "$b") | $(ratio "$b" "$aN") | $(peak "${k}1") / $(peak "${k}N") |"
  done
  echo
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //; s/ \{2,\}/ /g; s/ *$//')
  echo "$(date -u '+%Y-%m-%d') 用 \`bench/compare.sh -n $runs -b $batch --batch-runs $batch_runs\` 测得：$(nproc) 核 ${cpu:-CPU}，.NET SDK $(dotnet --version)，Node.js $(node --version)；中位数，三者交替运行；“与参照之比”小于 1 表示比 docxtemplater 快。参照只把同一份报告的文字（\`perfreport build -o x.md\` 的 Markdown 版）填进同样结构的 Word 模板，不做检查、计分和排版；perfreport 的批量用 \`build 目录 -o 输出目录\`（默认按核数并行）。"
} >"$table"

out="$results/compare-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# perfreport vs docxtemplater"
  echo
  echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
  echo
  cat "$table"
} | tee "$out"

if [ "$update_readme" = 1 ]; then
  grep -q '<!-- perf:begin -->' README.md && grep -q '<!-- perf:end -->' README.md \
    || { echo "compare.sh: README.md has no <!-- perf:begin --> / <!-- perf:end --> markers" >&2; exit 1; }
  awk -v f="$table" '
    /<!-- perf:begin -->/ { print; while ((getline line < f) > 0) print line; skip = 1; next }
    /<!-- perf:end -->/ { skip = 0 }
    !skip { print }' README.md >"$tmp/README.md"
  cp "$tmp/README.md" README.md
  echo "README.md: performance table replaced" >&2
fi
echo "written: ${out#"$root"/}" >&2
