"""Online backups and restores of the database, for SQLite and PostgreSQL.

SQLite uses its online backup API: a consistent copy while the site runs.
PostgreSQL uses pg_dump's custom format and pg_restore, from the server's own
client tools, with the connection settings Django already has.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise FileNotFoundError(
            f"{name} is not installed (Debian: apt-get install postgresql-client)"
        )
    return path


def _pg_env() -> tuple[list[str], dict]:
    settings = connection.settings_dict
    args = [
        "--host", str(settings.get("HOST") or "localhost"),
        "--port", str(settings.get("PORT") or 5432),
        "--username", str(settings.get("USER") or ""),
        "--dbname", str(settings["NAME"]),
    ]  # fmt: skip
    env = {**os.environ, "PGPASSWORD": str(settings.get("PASSWORD") or "")}
    return args, env


def backup(path: Path) -> None:
    path = Path(path)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    elif connection.vendor == "postgresql":
        args, env = _pg_env()
        subprocess.run(  # noqa: S603
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(path), *args],
            env=env,
            check=True,
            capture_output=True,
        )
    else:  # pragma: no cover - Afterword runs on SQLite and PostgreSQL only
        raise NotImplementedError(connection.vendor)


def restore(path: Path) -> None:
    """Replace the database's contents with the backup's. Stop the site first."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    elif connection.vendor == "postgresql":
        args, env = _pg_env()
        connection.close()
        subprocess.run(  # noqa: S603
            [_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
             *args, str(path)],
            env=env,
            check=True,
            capture_output=True,
        )  # fmt: skip
    else:  # pragma: no cover
        raise NotImplementedError(connection.vendor)
