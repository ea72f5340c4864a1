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


def postgres_url() -> str:
    """BENCH_DATABASE_URL, or a fresh database on the local PostgreSQL server,
    installed and started from Debian's packages when needed."""
    if url := os.environ.get("BENCH_DATABASE_URL"):
        return url
    result = subprocess.run(  # noqa: S603
        ["sh", "scripts/ensure-postgres.sh", "--fresh", "afterword_bench"],  # noqa: S607
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def post_against_xtd(env: dict) -> None:
    """Afterword's write path (bench/post.py), then django-comments-xtd's under the
    same load on the same kind of database (bench/post_xtd.py), back to back."""
    afterword = run([sys.executable, "-m", "bench.post"], env=env)
    xtd = run([sys.executable, "-m", "bench.post_xtd"], env=env)
    database = "postgresql" if env.get("DATABASE_URL") else "sqlite"
    ratio = float(xtd[f"{database}_xtd_post_p99_ms"]) / float(afterword[f"{database}_post_p99_ms"])
    print(f"{database}_post_xtd_ratio: {ratio:.2f}", flush=True)


def main() -> None:
    python = sys.executable
    render = run([python, "-m", "bench.render"])
    xtd = run(["sh", "bench/xtd/run.sh"])
    ratio = float(xtd["xtd_render_ms_1000"]) / float(render["full_render_ms_1000"])
    print(f"xtd_ratio_1000: {ratio:.2f}", flush=True)
    run([python, "-m", "bench.http"])
    sqlite_env = {"DATABASE_URL": ""}
    post_against_xtd(sqlite_env)
    post_against_xtd({"DATABASE_URL": postgres_url()})
    run([python, "-m", "bench.search"], env=sqlite_env)
    run([python, "-m", "bench.search"], env={"DATABASE_URL": postgres_url()})
    run([python, "-m", "bench.import_wxr"])
    run([python, "-m", "tools.screen_model.evaluate"])


if __name__ == "__main__":
    main()
