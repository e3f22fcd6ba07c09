#!/usr/bin/env bash
# Copies many tiny files through the real window (headless, Monocle) and prints the longest gap
# between two JavaFX pulses while the job runs. Usage: bench/ui-responsiveness.sh [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=UiResponsivenessBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.files="${1:-100000}" -Dtestfx.headless=true 2>&1 | grep -E "UI responsiveness|ERROR|FAIL" || true
