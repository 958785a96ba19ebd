#!/usr/bin/env bash
# Pictures of the three workbooks (台账, 汇总表, 报送情况) as printed on A4 landscape. Not part of npm test / CI.
set -eu
cd "$(dirname "$0")/.."
bash scripts/ensure-libreoffice.sh
npx tsx scripts/render-workbooks.ts "${1:-renders}"
