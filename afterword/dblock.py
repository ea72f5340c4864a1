"""Queue SQLite writers fairly.

SQLite allows one writer at a time. A writer that finds the database busy
sleeps and retries on a fixed ladder (1, 2, 5, 10 … 100 ms), so under a burst
of posts some writers keep losing the race and wait hundreds of milliseconds.
Taking an exclusive file lock first makes writers wait in the kernel, which
wakes the next one the moment the lock is free. PostgreSQL needs none of this.
"""

from __future__ import annotations

import fcntl
import os
import threading
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

_thread_lock = threading.Lock()
_fd: int | None = None


def _lock_file() -> int:
    global _fd
    if _fd is None:
        path = Path(settings.VAR_DIR) / "sqlite-write.lock"
        path.parent.mkdir(parents=True, exist_ok=True)
        _fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    return _fd


@contextmanager
def queued_write():
    """Hold the writers' queue around a short write transaction (SQLite only)."""
    if connection.vendor != "sqlite":
        yield
        return
    # flock is per open file, shared by this process's threads: a thread lock first.
    with _thread_lock:
        fd = _lock_file()
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
