#!/usr/bin/env bash
# Renders need LibreOffice (xlsx → PDF), pdftoppm (PDF → PNG) and a CJK font. Only scripts/render-workbooks.sh and
# the render test use them; CI does not install them (the render test skips with this script's hint).
set -eu
have() { command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; }
if have; then exit 0; fi
if [ "${1:-}" = "--check" ]; then exit 1; fi
echo "LibreOffice / pdftoppm / a Chinese font are not installed; the workbook pictures need them." >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing them with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei fontconfig >/dev/null
  have && exit 0
fi
cat >&2 <<'MSG'
Please install them, then run again:
  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei
MSG
exit 1
