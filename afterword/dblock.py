"""Queue SQLite writers fairly.

SQLite allows one writer at a time. A writer that finds the database busy
sleeps and retries on a fixed ladder (1, 2, 5, 10 … 100 ms), so under a burst
of posts some writers keep losing the race and wait hundreds of milliseconds.
Taking an exclusive file lock first makes writers wait in the kernel, which
wakes the next one the moment the lock is free. PostgreSQL needs none of this.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

from afterword.filelock import FileLock

_writers: FileLock | None = None


@contextmanager
def queued_write():
    """Hold the writers' queue around a short write transaction (SQLite only)."""
    if connection.vendor != "sqlite":
        yield
        return
    global _writers
    if _writers is None:
        _writers = FileLock(Path(settings.VAR_DIR) / "sqlite-write.lock")
    with _writers:
        yield
