#!/usr/bin/env bash
# Render the sample report with LibreOffice and make PNG pages to look at.
# Usage: tests/render-check.sh [OUT_DIR]   (default: out/render). Needs soffice, pdfinfo, pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-out/render}")"
rm -rf "$out" && mkdir -p "$out"
PERFREPORT_RENDER_DIR="$out" dotnet test tests/PerfReport.Core.Tests \
  --filter "FullyQualifiedName~LibreOfficeRenderTests" --nologo -v q
test -f "$out/report.pdf" || { echo "no PDF: is soffice on PATH?" >&2; exit 1; }
pdfinfo "$out/report.pdf" | grep -E '^(Pages|Page size):'
pdftoppm -png -r "${DPI:-60}" "$out/report.pdf" "$out/page"
ls "$out"/page-*.png
