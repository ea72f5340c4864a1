"""A lean cache of public pages for anonymous readers, in front of Django.

Answer pages are read far more than they are written, so the rendered bytes of
every public page are kept in each app process and served without entering
Django at all. Correctness comes from one shared *content version*: every
change a reader could see (a comment published, edited, moderated or removed;
an answer published or edited) bumps it, and an entry made under an older
version is never served again. On one machine the version is the modification
time of a small file, which every worker process can read with one `stat`
call; with several app servers it lives in the shared cache (REDIS_URL).

A scheduled answer bumps the version when its time comes (a deferred task);
entries also expire after `ttl` seconds as a safety net.

Only responses a view marked with `public_page` are stored, and only for
requests that carry no session cookie, so one person's page is never shown to
another. Pages carry an ETag, so browsers and a reverse proxy revalidate
cheaply.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from time import monotonic

STORE_HEADER = "X-Afterword-Page-Cache"
PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, must-revalidate"


def public_page(view: Callable) -> Callable:
    """Mark a view's successful GET responses as the same for every anonymous reader."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
        ):
            response[STORE_HEADER] = "1"
            response["Cache-Control"] = PUBLIC_CACHE_CONTROL
        return response

    return wrapper


class FileVersion:
    """The content version as a file's modification time: one `stat` to read."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def current(self) -> int:
        try:
            return os.stat(self.path).st_mtime_ns
        except FileNotFoundError:
            return 0

    def bump(self) -> None:
        # Every worker may bump at once, without a lock: two bumps that read the same
        # version may leave the older of their two new ones, which is still newer than
        # any page was made under, so the worst a race does is make a page render again.
        # The file's modification time is set in place, which readers see whole.
        now = time.time_ns()
        # Never let the version stand still, even if the clock is coarse or goes back.
        version = max(now, self.current() + 1)
        try:
            os.utime(self.path, ns=(now, version))
        except FileNotFoundError:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.touch()
            os.utime(self.path, ns=(now, version))


class CacheVersion:
    """The content version in Django's (shared) cache, for several app servers.

    When the cache can't be reached, `current()` is None (pages are neither served
    from nor stored in the page cache), and a bump that was lost is made again as
    soon as the cache answers, so changes made during an outage still reach readers.
    """

    key = "afterword:content-version"

    def __init__(self) -> None:
        self.lost_bump = False

    def current(self) -> int | None:
        from django.core.cache import cache

        from afterword.cache import outage

        asked = monotonic()
        value = cache.get(self.key, 0)
        if outage.failed_since(asked):
            return None
        if self.lost_bump:
            self.bump()
            value = cache.get(self.key, 0)
        return value

    def bump(self) -> None:
        from django.core.cache import cache

        from afterword.cache import outage

        asked = monotonic()
        cache.set(self.key, time.time_ns(), timeout=None)
        self.lost_bump = outage.failed_since(asked)


_version = None


def version_source():
    global _version
    if _version is None:
        from django.conf import settings

        if settings.PAGE_CACHE_VERSION == "cache":
            _version = CacheVersion()
        else:
            _version = FileVersion(Path(settings.VAR_DIR) / "content-version")
    return _version


def content_changed() -> None:
    """Call after any change a reader could see; pages made before it are dropped."""
    from django.db import transaction

    def bump() -> None:
        source = version_source()
        source.bump()
        if (mirror := page_mirror()) is not None and (version := source.current()) is not None:
            mirror.switch_to(version)

    transaction.on_commit(bump)


class PageMirror:
    """Public pages written as files, for nginx to serve without asking the app.

    Each content version has its own folder; `current` is a symlink to the
    folder of the newest version, switched atomically when content changes.
    A page rendered under an older version lands in that version's folder,
    which nginx no longer reads, so a stale page can never be served.
    """

    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, version: int, url_path: str) -> Path | None:
        parts = [part for part in url_path.split("/") if part]
        if any(part in (".", "..") or "\x00" in part for part in parts):
            return None
        return self.root.joinpath(str(version), *parts, "index.html")

    def write(self, version: int, url_path: str, body: bytes) -> None:
        target = self.path_for(version, url_path)
        if target is None:
            return
        if not (self.root / "current").exists():
            self.switch_to(version)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{os.getpid()}-{threading.get_ident()}.tmp")
        temporary.write_bytes(body)
        os.replace(temporary, target)

    def switch_to(self, version: int) -> None:
        folder = self.root / str(version)
        folder.mkdir(parents=True, exist_ok=True)
        link = self.root / f".current-{os.getpid()}-{threading.get_ident()}"
        with contextlib.suppress(FileNotFoundError):
            link.unlink()
        os.symlink(folder.name, link)
        os.replace(link, self.root / "current")
        self._prune(keep={folder.name})

    def _prune(self, keep: set[str]) -> None:
        # Keep the newest old folder too: a request may be reading from it right now.
        folders = sorted(
            (
                p
                for p in self.root.iterdir()
                if p.is_dir() and not p.is_symlink() and p.name.isdigit()
            ),
            key=lambda p: int(p.name),
        )
        for old in folders[:-2]:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


_mirror: PageMirror | None | bool = False


def page_mirror() -> PageMirror | None:
    global _mirror
    if _mirror is False:
        from django.conf import settings

        _mirror = PageMirror(Path(settings.PAGE_MIRROR_DIR)) if settings.PAGE_MIRROR_DIR else None
    return _mirror


class _Entry:
    __slots__ = ("version", "expires", "status", "headers", "body", "etag")

    def __init__(self, version: int, expires: float, status: str, headers: list, body: bytes):
        self.version = version
        self.expires = expires
        self.status = status
        self.etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        self.headers = [*headers, ("ETag", self.etag)]
        self.body = body


def _is_html(headers: list) -> bool:
    return any(
        name.lower() == "content-type" and value.startswith("text/html") for name, value in headers
    )


class PageCache:
    """WSGI middleware that serves stored public pages to anonymous readers."""

    def __init__(
        self,
        app,
        *,
        max_bytes: int = 48 * 1024 * 1024,
        ttl: float = 60.0,
        session_cookie: str = "sessionid",
    ):
        self.app = app
        self.ttl = ttl
        self.max_bytes = max_bytes
        self.session_cookie = session_cookie + "="
        self.entries: OrderedDict[str, _Entry] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if method not in ("GET", "HEAD") or self.session_cookie in environ.get("HTTP_COOKIE", ""):
            return self.app(environ, start_response)
        key = environ.get("PATH_INFO", "") + "?" + environ.get("QUERY_STRING", "")
        version = version_source().current()
        if version is None:  # the shared cache is down: every page fresh from the database
            return self.app(environ, start_response)
        entry = self.entries.get(key)
        if entry is not None and entry.version == version and entry.expires > monotonic():
            if environ.get("HTTP_IF_NONE_MATCH") == entry.etag:
                start_response("304 Not Modified", [("ETag", entry.etag)])
                return [b""]
            start_response(entry.status, entry.headers)
            return [b""] if method == "HEAD" else [entry.body]
        return self._fill(environ, start_response, key, version)

    def _fill(self, environ, start_response, key: str, version: int):
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            # Django calls this before returning the body; the answer is held
            # back until we know whether the page is one to keep.
            captured["status"], captured["headers"] = status, headers

            def write(data):  # pragma: no cover - Django never uses write()
                raise RuntimeError("PageCache does not support write()")

            return write

        result = self.app(environ, capture)
        status, headers = captured["status"], captured["headers"]
        if not any(name == STORE_HEADER for name, _ in headers):
            start_response(status, headers)
            return result
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        expires = monotonic() + self.ttl
        entry = _Entry(version, expires, status, self._without_marker(headers), body)
        if environ.get("REQUEST_METHOD") == "GET":
            self._store(key, entry)
            mirror = page_mirror()
            if mirror is not None and not environ.get("QUERY_STRING") and _is_html(headers):
                mirror.write(version, environ.get("PATH_INFO", "/"), body)
        start_response(status, entry.headers)
        return [body]

    @staticmethod
    def _without_marker(headers: list) -> list:
        return [(name, value) for name, value in headers if name != STORE_HEADER]

    def _store(self, key: str, entry: _Entry) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.entries[key] = entry
            self.size += len(entry.body)
            while self.size > self.max_bytes and self.entries:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)
