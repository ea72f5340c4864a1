#!/bin/sh
# Install (from Debian), start and prepare a local PostgreSQL server for the test
# suite and the benchmarks: role afterword/afterword (may create databases), and
# the databases named as arguments (default: afterword). Safe to run again.
# With --fresh first, those databases are dropped (closing any connection left to
# them) and created empty.
# Prints nothing on success but the databases' URLs, one per line.
set -e
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$PG_VERSION main"; then
  $SUDO pg_createcluster "$PG_VERSION" main >/dev/null
fi
pg_isready -q -h 127.0.0.1 || $SUDO pg_ctlcluster "$PG_VERSION" main start >&2 || true
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL did not start" >&2; exit 1; }
as_postgres() { $SUDO su postgres -c "$1"; }
as_postgres "psql -v ON_ERROR_STOP=1 -q" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'afterword') THEN
    CREATE ROLE afterword LOGIN PASSWORD 'afterword' CREATEDB;
  END IF;
END $$;
SQL
FRESH=""
if [ "${1:-}" = "--fresh" ]; then FRESH=1; shift; fi
[ $# -gt 0 ] || set -- afterword
for name in "$@"; do
  [ -z "$FRESH" ] || as_postgres "dropdb --if-exists --force $name"
  as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='$name'\"" | grep -q 1 \
    || as_postgres "createdb -O afterword $name"
  echo "postgres://afterword:afterword@127.0.0.1:5432/$name"
done
