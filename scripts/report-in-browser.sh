#!/usr/bin/env bash
# Checks report.html in a real browser, as CI can: installs Debian's Chromium where it is missing (chromium and
# chromium-driver, with apt-get as root or through sudo), writes the reference history's report with the command line,
# then renders it and a generated 300-revision report in headless Chromium (HtmlReportInBrowserTest), failing on a
# script error or a missing cell.
#   scripts/report-in-browser.sh [--screenshot <file.png>]    e.g. --screenshot docs/report.png
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
screenshot=""
if [ "${1:-}" = "--screenshot" ]; then
  screenshot="$(realpath -m "${2:?--screenshot needs a file name}")"
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "report-in-browser: installing Debian's chromium and chromium-driver..." >&2
  as_root=""
  [ "$(id -u)" = 0 ] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

cd "$root"
report="target/reference-report"
status=0
./stairway verify migrations/src/main/resources/db/migration --report "$report" || status=$?
if [ "$status" -gt 1 ]; then
  echo "report-in-browser: the reference history could not be verified (exit $status)" >&2
  exit "$status"
fi

"$root/mvnw" -B -q -f "$root/pom.xml" -pl verifier -am verify -Dtest=HtmlReportInBrowserTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dstairway.report="$root/$report/report.html" \
  ${screenshot:+-Dstairway.screenshot="$screenshot"}
echo "report-in-browser: $report/report.html renders in Chromium without script errors${screenshot:+; screenshot in $screenshot}"
