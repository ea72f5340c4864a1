#!/bin/sh
# django-comments-xtd on the same 1,000-comment tree Afterword measures.
#
# Keeps its own virtual environment outside the repository (never Afterword's),
# installs the pinned versions in requirements.txt beside this script, then runs
# measure.py, which prints xtd_version, xtd_django_version, xtd_comments_rendered,
# xtd_render_ms_1000 and xtd_queries_1000. With --python, prints the environment's
# Python instead (bench/post_xtd.py runs the site's server and scripts with it).
#
# Set AFTERWORD_XTD_VENV to put the environment elsewhere; UV to use another uv command.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export UV_PYTHON_DOWNLOADS=never
UV=${UV:-$(sh "$ROOT/scripts/ensure-uv.sh")}
VENV=${AFTERWORD_XTD_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/afterword-bench/xtd-venv}
STAMP="$VENV/.afterword-xtd-requirements.txt"

if [ ! -x "$VENV/bin/python" ]; then
  mkdir -p "$(dirname "$VENV")"
  $UV venv --quiet --clear --python python3 "$VENV"
  rm -f "$STAMP"
fi
if ! cmp -s "$HERE/requirements.txt" "$STAMP"; then
  $UV pip install --quiet --python "$VENV/bin/python" -r "$HERE/requirements.txt"
  cp "$HERE/requirements.txt" "$STAMP"
fi

if [ "${1:-}" = "--python" ]; then
  echo "$VENV/bin/python"
  exit 0
fi
cd "$ROOT"
exec "$VENV/bin/python" bench/xtd/measure.py
