#!/usr/bin/env bash
# The tests start their own redis-server on a free port; this only makes sure the binary exists.
set -eu
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
echo "redis-server 未安装 (not installed); the tests need it." >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing it with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
  command -v redis-server >/dev/null 2>&1 && exit 0
fi
cat >&2 <<'MSG'
Please install redis-server, then run `npm test` again:
  Debian/Ubuntu:  sudo apt-get install -y redis-server
  CentOS/麒麟:     sudo yum install -y redis
  macOS:          brew install redis
MSG
exit 1
