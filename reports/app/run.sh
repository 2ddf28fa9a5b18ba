#!/usr/bin/env bash
# Screenshots of each page of the app with real results: the app's own browser test (nbs/06_app.ipynb) serves it on
# 127.0.0.1 with the bundled model, uploads three pictures in Debian's Chromium through Playwright, and saves a
# screenshot of each tab here. Run from the repository root: bash reports/app/run.sh
set -euo pipefail
start=$(date +%s)
GENDER_NBDEV_SCREENSHOTS=$PWD/reports/app nbdev_test --path nbs/06_app.ipynb --do_print
echo "wall time $(( $(date +%s) - start )) s"
