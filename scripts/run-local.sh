#!/bin/sh
# Serve Afterword on http://127.0.0.1:8000 with a background task worker beside it.
# Stopping the server (Ctrl-C) stops the worker too.
set -e
UV="$1"
$UV run python manage.py db_worker --no-reload &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
$UV run python manage.py runserver 127.0.0.1:8000
