"""gunicorn, as gunicorn.conf.py runs it, and a connection that opens and says nothing."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.servers import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
# gunicorn's own worker gives a silent new connection the worker's one thread for 5 s.
STOCK_WAIT_SECONDS = 5.0

APP = """
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"answered"]
"""


def get(port: int) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", "/")
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture
def one_worker(tmp_path):
    """The shipped gunicorn.conf.py with one worker (one thread) and a one-line app."""
    (tmp_path / "answering_app.py").write_text(APP)
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn",
        "--config", str(ROOT / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}",
        "--workers", "1",
        "--pythonpath", str(tmp_path),
        "answering_app:app",
    ]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603 (loopback only)
        command,
        cwd=ROOT,
        env={**os.environ, "ACCESS_LOG": ""},
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", timeout=60)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_the_shipped_config_uses_afterwords_worker():
    import runpy

    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["worker_class"] == (
        "afterword.gthread.ThreadWorker"
    )


def test_a_silent_new_connection_does_not_hold_the_workers_thread(one_worker):
    silent = [socket.create_connection(("127.0.0.1", one_worker)) for _ in range(3)]
    try:
        time.sleep(0.3)  # the worker has accepted them
        asked = time.monotonic()
        status, body = get(one_worker)
        waited = time.monotonic() - asked
        assert (status, body) == (200, b"answered")
        assert waited < STOCK_WAIT_SECONDS / 2, f"answered after {waited:.1f} s"
        # The silent ones are still served when they speak.
        silent[0].sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        silent[0].settimeout(10)
        reply = b""
        while chunk := silent[0].recv(4096):
            reply += chunk
        assert reply.startswith(b"HTTP/1.1 200") and b"answered" in reply
    finally:
        for connection in silent:
            connection.close()
