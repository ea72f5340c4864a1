#!/bin/sh
# Print a command that runs uv, installing uv from PyPI first if it is missing.
# Works on a fresh Debian machine with only python3 (pip is installed through apt if needed).
set -e
if command -v uv >/dev/null 2>&1; then echo uv; exit 0; fi
if python3 -m uv --version >/dev/null 2>&1; then echo "python3 -m uv"; exit 0; fi
if ! python3 -m pip --version >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2 && apt-get install -y -qq python3-pip >&2
  else
    echo "Afterword needs uv. Install pip (sudo apt-get install python3-pip) and run again." >&2
    exit 1
  fi
fi
python3 -m pip install --quiet --user uv >&2 2>/dev/null \
  || python3 -m pip install --quiet --user --break-system-packages uv >&2
echo "python3 -m uv"
