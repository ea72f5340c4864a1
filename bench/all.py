"""`make bench`: every benchmark, side by side in one run, as `name: value` lines.

Each script runs in its own process (its own throw-away database), and the
ratios are computed here from figures measured in this same run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^([a-z0-9_]+): (.+)$")


def run(command: list[str], env: dict | None = None) -> dict[str, str]:
    result = subprocess.run(  # noqa: S603
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{' '.join(command)} failed")
    figures = {}
    for line in result.stdout.splitlines():
        if match := LINE.match(line.strip()):
            figures[match.group(1)] = match.group(2)
            print(line.strip(), flush=True)
    return figures


def main() -> None:
    python = sys.executable
    render = run([python, "-m", "bench.render"])
    xtd = run(["sh", "bench/xtd/run.sh"])
    ratio = float(xtd["xtd_render_ms_1000"]) / float(render["full_render_ms_1000"])
    print(f"xtd_ratio_1000: {ratio:.2f}", flush=True)
    run([python, "-m", "bench.http"])
    sqlite_env = {"DATABASE_URL": ""}
    run([python, "-m", "bench.post"], env=sqlite_env)
    if os.environ.get("BENCH_DATABASE_URL"):
        run([python, "-m", "bench.post"], env={"DATABASE_URL": os.environ["BENCH_DATABASE_URL"]})
    else:
        print("postgresql_post: skipped (set BENCH_DATABASE_URL to measure it)", flush=True)
    if (ROOT / "moving" / "bench_import.py").exists():
        run([python, "-m", "moving.bench_import"])
    run([python, "-m", "safety.evaluate"])


if __name__ == "__main__":
    main()
