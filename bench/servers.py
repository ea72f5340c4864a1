"""Start and stop the servers a benchmark talks to, on loopback only."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.common import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
WRK = shutil.which("wrk") or "/usr/bin/wrk"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
                response.read()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@contextlib.contextmanager
def gunicorn(
    port: int, *, workers: int | None = None, threads: int | None = None, env: dict | None = None
):
    """Run the production WSGI app (with its page cache) under gunicorn, with the
    checkout's gunicorn.conf.py; `workers` and `threads` override it for experiments.

    BENCH_ACCESS_LOG=path logs each request's worker and time in the app (µs), to
    tell time spent in the app from time spent waiting for a worker."""
    access_log = []
    if path := os.environ.get("BENCH_ACCESS_LOG"):
        access_log = ["--access-logfile", path, "--access-logformat", "%(t)s %(p)s %(D)s %(s)s"]
    command = [
        sys.executable, "-m", "gunicorn", "afterword.wsgi",
        "--config", str(ROOT / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}",
        *(["--workers", str(workers)] if workers else []),
        *(["--threads", str(threads)] if threads else []),
        "--log-level", "warning",
        *access_log,
    ]  # fmt: skip
    # The access log is built as in production but not printed among the figures.
    environment = {"ACCESS_LOG": os.devnull, **os.environ, **(env or {})}
    process = subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=environment, start_new_session=True
    )
    try:
        # Workers warm up before they answer; on a loaded machine that can take minutes.
        start_timeout = float(os.environ.get("BENCH_START_TIMEOUT_S", "120"))
        wait_for(f"http://127.0.0.1:{port}/robots.txt", timeout=start_timeout)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def worker_pids(master_pid: int) -> list[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    if match is None:
        raise RuntimeError(f"no VmRSS in /proc/{pid}/status")
    return int(match.group(1)) / 1024


@contextlib.contextmanager
def nginx(config_body: str):
    """Run nginx in the foreground-less way Debian allows without systemd."""
    prefix = Path(tempfile.mkdtemp(prefix="afterword-nginx-"))
    (prefix / "logs").mkdir()
    temps = "\n".join(
        f"    {name}_temp_path {prefix / name};"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = prefix / "nginx.conf"
    # As root, nginx's workers would drop to "nobody", who cannot read a private temp dir.
    user = "user root;" if os.geteuid() == 0 else ""
    config.write_text(
        f"""
{user}
worker_processes 1;
pid {prefix / "nginx.pid"};
error_log {prefix / "logs" / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
{temps}
{config_body}
}}
"""
    )
    subprocess.run([NGINX, "-c", str(config), "-p", str(prefix)], check=True)  # noqa: S603
    try:
        yield prefix
    finally:
        pid = int((prefix / "nginx.pid").read_text())
        os.kill(pid, signal.SIGQUIT)
        time.sleep(0.3)
        shutil.rmtree(prefix, ignore_errors=True)


def wrk(url: str, *, seconds: int = 8, connections: int = 32, threads: int = 2) -> float:
    """Requests per second that wrk measured (bounded in time, loopback only)."""
    assert url.startswith("http://127.0.0.1:"), "benchmarks target loopback only"
    result = subprocess.run(  # noqa: S603
        [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 30,
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        raise RuntimeError(f"{errors.group(1)} error responses from {url}\n{result.stdout}")
    if match is None:
        raise RuntimeError(f"wrk printed no Requests/sec for {url}\n{result.stdout}")
    return float(match.group(1))
