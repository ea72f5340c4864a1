#!/bin/sh
# What the test suite runs besides Python, from Debian: Chromium for the browser
# tests, redis-server for the shared-cache tests, and GNU gettext's xgettext for the
# test that the translations are in step with the code. Installs whatever is missing.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/redis-server ] || missing="$missing redis-server"
command -v xgettext >/dev/null 2>&1 || missing="$missing gettext"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO=sudo
else
  echo "The test suite needs Debian's$missing: apt-get install$missing" >&2
  exit 1
fi
$SUDO apt-get update -qq
# redis-server must not start a daemon of its own: the tests start one per run.
$SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq $missing
