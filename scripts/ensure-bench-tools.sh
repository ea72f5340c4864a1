#!/bin/sh
# The HTTP benchmarks compare against nginx and load with wrk, both from Debian.
set -e
if [ -x /usr/sbin/nginx ] && command -v wrk >/dev/null 2>&1; then exit 0; fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx wrk
