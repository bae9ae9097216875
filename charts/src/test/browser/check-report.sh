#!/usr/bin/env bash
# Opens a chatplan HTML report in headless Chromium, offline, and checks that it renders.
#
#   charts/src/test/browser/check-report.sh REPORT_DIR [OUT_DIR]
#
# REPORT_DIR holds index.html (e.g. charts/target/sample-report, left there by HtmlReportTest).
# OUT_DIR (default: a new temporary folder) receives screenshot.png, chromium.log and dom.html.
# Checks, each printed as it runs:
#   1. the HTML names no http:// or https:// resource and has no <script>;
#   2. Chromium parses it (the DOM has the report's <h1> and its sections);
#   3. the screenshot is not blank (PngCheck.java: enough distinct colours and non-white pixels);
#   4. the browser log has no console message and no uncaught error (the page has no scripts, so
#      any console output means something is wrong, e.g. a resource that failed to load).
# Network access is cut off with a host resolver rule, so an external reference cannot hide.
# WINDOW_SIZE (default 1280,2000) sets the browser window, hence the screenshot size.
# If Chromium is missing and we are root on Debian, it is installed with apt-get.
# Exit status: 0 all checks passed, 1 a check failed, 2 usage or setup problem.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 REPORT_DIR [OUT_DIR]" >&2
  exit 2
fi
report_dir="$(cd "$1" && pwd)" || { echo "no such folder: $1" >&2; exit 2; }
index="$report_dir/index.html"
[[ -f "$index" ]] || { echo "no index.html in $report_dir" >&2; exit 2; }
out="${2:-$(mktemp -d -t chatplan-report-check.XXXXXX)}"
mkdir -p "$out"

find_chromium() {
  command -v chromium || command -v chromium-browser || command -v google-chrome || true
}
chromium="$(find_chromium)"
if [[ -z "$chromium" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "chromium not found; installing it with apt-get"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
    chromium="$(find_chromium)"
  fi
  [[ -n "$chromium" ]] || { echo "chromium is not installed; maybe: apt-get install chromium" >&2; exit 2; }
fi
command -v java >/dev/null || { echo "java is needed for the screenshot check" >&2; exit 2; }

failed=0
fail() { echo "FAIL: $*"; failed=1; }

echo "1. static check of $index"
if grep -qE 'https?://' "$index"; then
  fail "external references: $(grep -oE 'https?://[^"'"'"' )<>]*' "$index" | sort -u | head -5 | tr '\n' ' ')"
fi
if grep -qi '<script' "$index"; then
  fail "the page contains a <script> element"
fi

profile="$(mktemp -d -t chatplan-chromium.XXXXXX)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --disable-extensions --host-resolver-rules="MAP * ~NOTFOUND"
  --user-data-dir="$profile" --enable-logging=stderr --v=0)
url="file://$index"

echo "2. DOM as parsed by $("$chromium" --version 2>/dev/null || echo chromium)"
timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" >"$out/dom.html" 2>"$out/chromium-dom.log" \
  || fail "chromium --dump-dom exited with $?"
grep -q '<h1>' "$out/dom.html" || fail "no <h1> in the parsed page"
for id in summary charts chat-vs-phone assumptions definitions; do
  grep -q "id=\"$id\"" "$out/dom.html" || fail "section #$id missing from the parsed page"
done

echo "3. screenshot"
(cd "$out" && timeout 120 "$chromium" "${flags[@]}" --screenshot="$out/screenshot.png" \
  --window-size="${WINDOW_SIZE:-1280,2000}" --hide-scrollbars "$url" >"$out/chromium.log" 2>&1) \
  || fail "chromium --screenshot exited with $?"
if [[ -f "$out/screenshot.png" ]]; then
  java "$here/PngCheck.java" "$out/screenshot.png" 1000 1000 || fail "screenshot looks blank"
else
  fail "no screenshot written"
fi

echo "4. browser log"
cat "$out/chromium-dom.log" >>"$out/chromium.log"
if grep -E 'Uncaught|CONSOLE|Console|Failed to load resource|net::ERR_' "$out/chromium.log"; then
  fail "console output or failed loads (lines above)"
fi

echo "outputs in $out: screenshot.png dom.html chromium.log"
if [[ $failed -ne 0 ]]; then
  echo "report check FAILED"
  exit 1
fi
echo "report check passed"
