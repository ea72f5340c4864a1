#!/bin/sh
# `make cluster` runs nginx, wrk and redis-server from Debian (PostgreSQL comes from
# scripts/ensure-postgres.sh). Installs whatever is missing, as root or through sudo;
# no daemon is started by the packages: the scenario starts its own, on loopback.
set -e
missing=""
[ -x /usr/sbin/nginx ] || missing="$missing nginx"
command -v wrk >/dev/null 2>&1 || missing="$missing wrk"
[ -x /usr/bin/redis-server ] || missing="$missing redis-server"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo -n"
else
  echo "make cluster needs Debian's$missing: apt-get install$missing" >&2
  exit 1
fi
$SUDO apt-get update -qq >&2
# RUNLEVEL=1: the packages must not start their own nginx or redis-server.
$SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq $missing >&2
