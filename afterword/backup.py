"""Online backups and restores of the database and the uploaded files.

A backup is one tar archive: `afterword-backup.json` (what is inside), the
database (`database.sqlite3` or `database.pgdump`) and every uploaded file under
`media/` — read through Django's default storage, so MEDIA_ROOT on one machine
or a shared folder, and the bucket with MEDIA_STORAGE=s3.

SQLite uses its online backup API: a consistent copy while the site runs.
PostgreSQL uses pg_dump's custom format and pg_restore, from the server's own
client tools, with the connection settings Django already has. A bare database
file made by an earlier version (before media were included) still restores.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

MANIFEST = "afterword-backup.json"
MEDIA_PREFIX = "media/"


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


def _backup_database(path: Path) -> None:
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


def _restore_database(path: Path) -> None:
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


def media_files(storage=default_storage, folder: str = "") -> Iterator[str]:
    """Every file's name in `storage`, folders first-level down to the leaves."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # nothing was ever uploaded
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from media_files(storage, f"{folder}/{sub}" if folder else sub)


def backup(path: Path, *, media: bool = True) -> dict:
    """Write the database and (unless `media` is off) every uploaded file to `path`.

    The archive is written beside `path` and moved into place when complete, so
    a backup interrupted half-way never replaces a good one. Returns the manifest.
    """
    path = Path(path)
    suffix = ".sqlite3" if connection.vendor == "sqlite" else ".pgdump"
    with tempfile.TemporaryDirectory(prefix="afterword-backup-") as work:
        database = Path(work) / f"database{suffix}"
        _backup_database(database)
        manifest = {
            "format": 2,
            "database": database.name,
            "vendor": connection.vendor,
            "version": settings.VERSION,
            "created_at": timezone.now().isoformat(),
            "media": [],
        }
        partial = path.with_name(f".{path.name}.partial")
        try:
            with tarfile.open(partial, "w") as archive:
                archive.add(database, arcname=database.name)
                for name in media_files() if media else ():
                    with default_storage.open(name, "rb") as source:
                        data = source.read()
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = len(data)
                    info.mtime = int(timezone.now().timestamp())
                    archive.addfile(info, io.BytesIO(data))
                    manifest["media"].append(name)
                body = json.dumps(manifest, indent=1).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(body)
                info.mtime = int(timezone.now().timestamp())
                archive.addfile(info, io.BytesIO(body))
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def restore(path: Path) -> dict:
    """Replace the database's contents, and the uploaded files, with the backup's.

    Stop the site first. Uploaded files that are not in the backup are deleted,
    so the storage holds exactly what it held then. Returns the manifest
    (`{"media": None}` for a bare database file from an earlier version)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    if not tarfile.is_tarfile(path):
        _restore_database(path)
        return {"format": 1, "media": None}
    with tarfile.open(path, "r") as archive, tempfile.TemporaryDirectory() as work:
        manifest = json.load(archive.extractfile(MANIFEST))
        database = Path(work) / Path(manifest["database"]).name
        with archive.extractfile(manifest["database"]) as source, open(database, "wb") as target:
            shutil.copyfileobj(source, target)
        _restore_database(database)
        if manifest.get("media") is not None:
            _restore_media(archive, manifest["media"])
    return manifest


def _restore_media(archive: tarfile.TarFile, names: list[str]) -> None:
    keep = set(names)
    for name in list(media_files()):
        if name not in keep:
            default_storage.delete(name)
    for name in names:
        if default_storage.exists(name):
            default_storage.delete(name)
        with archive.extractfile(MEDIA_PREFIX + name) as source:
            # The storage checks the name (no "..", no absolute paths) before it writes.
            saved = default_storage.save(name, File(source))
        if saved != name:  # pragma: no cover - only if the storage renamed it
            raise RuntimeError(f"{name} was restored as {saved}")
