#!/usr/bin/env bash
# The web page's browser tests drive Debian's chromium with puppeteer-core (no browser download of its own);
# this only makes sure the binary exists. CHROMIUM_PATH names another binary.
set -eu
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
echo "chromium 未安装 (not installed at $bin); the web page tests need it." >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing it with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  [ -x "$bin" ] && exit 0
fi
cat >&2 <<'MSG'
Please install chromium (and a Chinese font), then run `npm test` again:
  Debian/Ubuntu:  sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk
  or set CHROMIUM_PATH to a Chromium/Chrome binary.
MSG
exit 1
