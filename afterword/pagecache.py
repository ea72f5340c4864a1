"""Public pages for anonymous readers, cached so that one app server or many agree.

What a page is made of is named by *versions*, one per part of the site that
changes on its own:

- `answer:<slug>`: one answer's page, its discussion and the discussion's feed;
- `counts`: the comment counts on the lists of answers (home, topics, authors,
  archive);
- `site`: what many pages show: answers' titles, summaries, dates and topics,
  columnists, topics, crisis lines;
- `conversation:<root id>` and `thread:<answer id>`: one conversation of a
  thread, and all of them, for the pieces of pages kept on their own
  (`fragment`: a thread page's HTML, column/threads.py).

A view says which versions its page is made of (`@public_page(versions=...)`).
Their values are read *before* the view reads the database, and the page is
stored with them; it is served again only while each of them still has the value
it was made under. A change to one answer moves that answer's version (and
`counts`), so every other answer's page stays cached. Which change moves which
version is said in one place, `column/signals.py` (model signals, on commit).

Where versions live: Django's `versions` cache, which is the shared cache (Redis
or Valkey, `REDIS_URL`) when there is one, otherwise Django's DatabaseCache (a
table made by afterword's migrations), so every worker and every server reads
the same values either way. A version is a
random number, never a counter: a change deletes it and the next reader draws a
new one, so a cache that was flushed, or a database restored, can't bring back a
value a page was made under.

Where pages live: in a small copy in each process (`PAGE_CACHE_MAX_MB`) in
front of Django's `pages` cache, which is Redis with `REDIS_URL` (so a hot thread
renders once per change across all servers, not once per worker) and none
otherwise (the process's own copies are the local memory). Either is checked
against the versions on every request: a hit costs one read of the versions
(one Redis round trip, or one indexed SELECT) and no page transfer. Entries also
expire after `PAGE_CACHE_TTL` seconds.

While the shared cache is down (afterword/cache.py) pages are neither served
from nor stored in the cache: they render fresh from the database. A version
change lost in an outage is made again by the process that lost it as soon as
the cache answers.

Pages are kept per language: the key is the address and the language the reader
will get (afterword/i18n.py, the cookie of the footer's switch, else
Accept-Language), decided here exactly as Django's locale middleware decides it,
so an English page is never served to a Spanish reader, nor the other way round.

Only responses a view marked with `public_page` are stored, only for requests
without a session cookie, and never one that sets a cookie, so one person's page
is never shown to another. Pages carry an ETag: browsers and nginx's micro-cache
(docs/nginx.conf) revalidate with If-None-Match and get a 304.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from typing import NamedTuple, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

STORE_HEADER = "X-Afterword-Page-Cache"
PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, must-revalidate"
# Set by PageCache on the requests it will store, so views read versions only then.
ENVIRON_KEY = "afterword.page_cache"

SITE = "site"
COUNTS = "counts"

# One render of a stale page for the whole cluster (PageCache._fill_once): the
# lock outlives a slow render; a reader waits at most RENDER_WAIT_SECONDS.
RENDER_LOCK_SECONDS = 10
RENDER_WAIT_SECONDS = 2.0
RENDER_POLL_SECONDS = 0.005


def answer_version(slug: str) -> str:
    return f"answer:{slug}"


def thread_version(answer_id: int) -> str:
    return f"thread:{answer_id}"


def conversation_version(root_id: int) -> str:
    return f"conversation:{root_id}"


def _site(**kwargs) -> list[str]:
    return [SITE]


def public_page(view: Callable | None = None, *, versions: Callable[..., Iterable[str]] = _site):
    """Mark a view's successful GET responses as the same for every anonymous reader.

    `versions` gets the view's URL keyword arguments and names the versions the
    page is made of (by default `site`).
    """
    if view is None:
        return lambda view: public_page(view, versions=versions)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        made_under = None
        if request.META.get(ENVIRON_KEY):
            names = list(versions(**kwargs))
            values = version_store().current(names)
            if values is not None:  # None: the cache is down, the page is not kept
                made_under = " ".join(f"{n}={v}" for n, v in zip(names, values, strict=True))
        response = view(request, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
        ):
            response["Cache-Control"] = PUBLIC_CACHE_CONTROL
            if made_under is not None:
                response[STORE_HEADER] = made_under
        return response

    return wrapper


def fragment(key: str, names: Sequence[str], build: Callable[[], T]) -> T:
    """A piece of a page, kept in the shared `pages` cache under the versions it is made of.

    For what is dear to make and changes less often than the page around it: a
    thread page's conversations stay as they were while a post starts a new one at
    the end, though the page's count moved (column/threads.py). `key` names the
    piece (and whatever else it depends on: the language, the page), `names` its
    versions, read now, before `build` reads the database, as pages' are. Without a
    shared cache (Django's DummyCache: one process has nothing to share) or while
    it is down, the piece is built every time.
    """
    from django.core.cache import caches
    from django.core.cache.backends.dummy import DummyCache

    pages = caches["pages"]
    if isinstance(pages, DummyCache):
        return build()
    values = version_store().current(names)
    if values is None:
        return build()
    made_under = " ".join(f"{n}={v}" for n, v in zip(names, values, strict=True))
    digest = hashlib.blake2b(f"{key} {made_under}".encode(), digest_size=16).hexdigest()
    shared_key = "fragment:" + digest
    found = pages.get(shared_key)
    if found is not None:
        return found
    made = build()
    pages.set(shared_key, made)
    return made


def _new_value() -> int:
    return secrets.randbits(62)


class CacheVersions:
    """Versions in Django's `versions` cache: Redis, or the database's DatabaseCache.

    While it can't be reached, `current()` is None (pages are neither served from
    nor stored in the page cache); a change that could not be recorded is recorded
    again by this process's next use of the cache that succeeds.
    """

    prefix = "afterword:version:"

    def __init__(self, alias: str = "versions") -> None:
        self.alias = alias
        self.lost: set[str] = set()
        self.lock = threading.Lock()
        self.seen = threading.local()  # per thread, as database connections are

    @property
    def cache(self):
        from django.core.cache import caches

        return caches[self.alias]

    def current(self, names: Sequence[str]) -> tuple[int, ...] | None:
        from afterword.cache import outage

        if self.lost and not self._bump(set()):
            return None
        known = self._unchanged_since_last_read()
        if known is not None and all(name in known for name in names):
            return tuple(known[name] for name in names)
        cache, keys = self.cache, [self.prefix + name for name in names]
        asked = time.monotonic()
        found = cache.get_many(keys)
        if outage.failed_since(asked):
            return None
        if len(found) < len(keys):  # never seen, or evicted: start it afresh
            for key in keys:
                if key not in found:
                    cache.add(key, _new_value(), timeout=None)
            found = cache.get_many(keys)
        if outage.failed_since(asked) or len(found) < len(keys):
            return None
        values = tuple(found[key] for key in keys)
        if known is not None:
            known.update(zip(names, values, strict=True))
        return values

    def _unchanged_since_last_read(self) -> dict[str, int] | None:
        """The versions this thread last read, if nothing can have changed them since.

        Only for versions in an SQLite database (the embedded default: one machine,
        no shared cache). SQLite's `PRAGMA data_version` moves whenever another
        connection commits to the file, and this thread's own connection changes
        versions only through `_bump`, which forgets what it read. So while
        data_version stands still, the versions read last are still the versions:
        a cached page costs one pragma (a few µs) instead of a SELECT (~120 µs,
        profiled: most of a cached hit's time). None: read the versions.
        """
        seen, cache = self.seen, self.cache
        if getattr(seen, "cache", None) is not cache:  # first use, or other settings
            seen.__dict__.clear()
            seen.cache, seen.connection = cache, _sqlite_connection_of(cache)
        # Inside a transaction what is read may yet be rolled back: read, don't keep.
        if seen.connection is None or seen.connection.in_atomic_block:
            return None
        try:
            raw = seen.connection.connection
            if raw is None:
                seen.connection.ensure_connection()
                raw = seen.connection.connection
            data_version = raw.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # any doubt: read the versions themselves
            return None
        known = seen.__dict__
        if known.get("raw") is not raw or known.get("data_version") != data_version:
            known.pop("versions", None)
        seen.raw, seen.data_version = raw, data_version
        return known.setdefault("versions", {})

    def bump(self, names: Iterable[str]) -> None:
        self._bump(set(names))

    def _bump(self, names: set[str]) -> bool:
        from afterword.cache import outage

        with self.lock:
            names |= self.lost
            self.lost = set()
        if not names:
            return True
        self.seen.__dict__.pop("versions", None)  # this thread's writes don't move data_version
        asked = time.monotonic()
        # A version that changes is deleted: the next reader gives it a new random
        # value (`current`). One statement or command, whatever the number of names.
        self.cache.delete_many([self.prefix + name for name in names])
        if outage.failed_since(asked):
            with self.lock:
                self.lost |= names
            return False
        return True


def _sqlite_connection_of(cache):
    """This thread's connection to the SQLite database a DatabaseCache is in, or None."""
    from django.core.cache.backends.db import DatabaseCache
    from django.db import connections, router

    if not isinstance(cache, DatabaseCache):
        return None
    connection = connections[router.db_for_read(cache.cache_model_class)]
    return connection if connection.vendor == "sqlite" else None


_store: CacheVersions | None = None


def version_store() -> CacheVersions:
    global _store
    if _store is None:
        _store = CacheVersions()
    return _store


def bump(names: Iterable[str]) -> None:
    """Give these versions new values now; pages made under the old ones are not served.

    Called after a commit (column/signals.py), so it never raises: a change already
    stored must not answer with an error. A bump that fails is logged; the pages it
    should have dropped still expire after PAGE_CACHE_TTL.
    """
    try:
        version_store().bump(names)
    except Exception:
        log.exception("Could not record a change of %s", ", ".join(sorted(names)))


def content_changed() -> None:
    """Moves `site` and `counts` when the transaction commits.

    For an app whose rows column/signals.py does not listen to yet; the models'
    signals there are the one place for the column's and the discussion's content.
    """
    from django.db import transaction

    transaction.on_commit(lambda: bump([SITE, COUNTS]), robust=True)


class Page(NamedTuple):
    names: tuple[str, ...]  # the versions it was made under, and their values
    values: tuple[int, ...]
    expires: float  # time.time(): the same clock on every server
    status: str
    headers: list
    body: bytes
    etag: str


def _made_under(marker: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    pairs = [item.rpartition("=") for item in marker.split()]
    return tuple(name for name, _, _ in pairs), tuple(int(value) for _, _, value in pairs)


class PageCache:
    """WSGI middleware that serves stored public pages to anonymous readers."""

    def __init__(
        self,
        app,
        *,
        pages=None,
        versions: CacheVersions | None = None,
        max_bytes: int = 48 * 1024 * 1024,
        ttl: float = 60.0,
        session_cookie: str = "sessionid",
    ):
        self.app = app
        self._pages = pages
        self._versions = versions
        self.ttl = ttl
        self.max_bytes = max_bytes
        self.session_cookie = session_cookie + "="
        from afterword.i18n import language_of

        self.language_of = language_of
        # This process's copies of pages, oldest first, by the size of their bodies.
        self.local: OrderedDict[str, Page] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    @property
    def pages(self):
        if self._pages is None:
            from django.core.cache import caches

            return caches["pages"]
        return self._pages

    @property
    def versions(self) -> CacheVersions:
        return self._versions or version_store()

    def keys(self, environ: dict) -> tuple[str, str]:
        """A request's page: its key in this process's copies and in the shared cache."""
        key = (
            self.language_of(environ)
            + " "
            + environ.get("PATH_INFO", "")
            + "?"
            + environ.get("QUERY_STRING", "")
        )
        return key, "page:" + hashlib.blake2b(key.encode(), digest_size=16).hexdigest()

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if method not in ("GET", "HEAD") or self.session_cookie in environ.get("HTTP_COOKIE", ""):
            return self.app(environ, start_response)
        key, shared_key = self.keys(environ)
        page = self.local.get(key)
        current = None
        if page is not None:
            current = self.versions.current(page.names)
            if current is None:  # the cache is down: every page fresh from the database
                return self.app(environ, start_response)
            if current == page.values and page.expires > time.time():
                return self._serve(page, environ, start_response)
        shared = self.pages.get(shared_key)
        if shared is None:
            return self._fill(environ, start_response, key, shared_key)
        if page is None or shared.names != page.names:
            current = self.versions.current(shared.names)
            if current is None:
                return self.app(environ, start_response)
        if current == shared.values and shared.expires > time.time():
            self._keep(key, shared)
            return self._serve(shared, environ, start_response)
        # A page that was made but has changed since: a hot thread after a post.
        return self._fill_once(environ, start_response, key, shared_key, shared.names, current)

    @staticmethod
    def render_lock(shared_key: str, values: Sequence[int]) -> str:
        """The lock of the one render of a page under these versions (`_fill_once`)."""
        return f"rendering:{shared_key}:" + ",".join(map(str, values))

    def _fill_once(self, environ, start_response, key, shared_key, names, arrived):
        """Render again a page that changed, once per change for the whole cluster.

        A post to a hot thread makes its page stale for every worker of every
        server at once; without this each of them renders the same page (a
        1,000-comment thread, ~20 ms of CPU) at each post. The first reader to
        arrive under the new versions (`arrived`: their values when this request
        came in) takes a short lock in the shared cache, named by those values, and
        renders; the others that arrived under them wait for it (polling the
        lock, not the page) and serve what it stored.

        A page made under the versions current when a request arrived holds
        everything acknowledged before it arrived (a change moves its versions
        before it is acknowledged), so a waiter serves it even if another post has
        moved the versions since: under a flood of posts the page is rendered once
        per post, not once per worker per post. A page made later still, under
        the versions now current, is as good. The wait is bounded: if the renderer
        is slow or gone, they render themselves. Without a shared cache (`pages`
        is Django's DummyCache) the lock is always granted, and while the cache is
        down none is held, so nobody waits.
        """
        lock = self.render_lock(shared_key, arrived)
        if environ.get("REQUEST_METHOD") != "GET" or self.pages.add(
            lock, 1, timeout=RENDER_LOCK_SECONDS
        ):
            try:
                return self._fill(environ, start_response, key, shared_key)
            finally:
                if environ.get("REQUEST_METHOD") == "GET":
                    self.pages.delete(lock)
        deadline = time.monotonic() + RENDER_WAIT_SECONDS
        while time.monotonic() < deadline and self.pages.has_key(lock):
            time.sleep(RENDER_POLL_SECONDS)
        page = self.pages.get(shared_key)
        if (
            page is not None
            and page.names == names
            and page.expires > time.time()
            and (page.values == arrived or page.values == self.versions.current(names))
        ):
            self._keep(key, page)
            return self._serve(page, environ, start_response)
        return self._fill(environ, start_response, key, shared_key)

    @staticmethod
    def _serve(page: Page, environ: dict, start_response) -> Iterable[bytes]:
        if environ.get("HTTP_IF_NONE_MATCH") == page.etag:
            start_response("304 Not Modified", [("ETag", page.etag)])
            return [b""]
        start_response(page.status, page.headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [page.body]

    def _fill(self, environ, start_response, key: str, shared_key: str):
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            # Django calls this before returning the body; the answer is held
            # back until we know whether the page is one to keep.
            captured["status"], captured["headers"] = status, headers

            def write(data):  # pragma: no cover - Django never uses write()
                raise RuntimeError("PageCache does not support write()")

            return write

        environ[ENVIRON_KEY] = True
        result = self.app(environ, capture)
        status, headers = captured["status"], captured["headers"]
        marker = next((value for name, value in headers if name == STORE_HEADER), None)
        if marker is None:
            start_response(status, headers)
            return result
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        names, values = _made_under(marker)
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        headers = [(name, value) for name, value in headers if name != STORE_HEADER]
        headers.append(("ETag", etag))
        page = Page(names, values, time.time() + self.ttl, status, headers, body, etag)
        if environ.get("REQUEST_METHOD") == "GET":
            self.pages.set(shared_key, page, timeout=self.ttl)
            self._keep(key, page)
        return self._serve(page, environ, start_response)

    def _keep(self, key: str, page: Page) -> None:
        with self.lock:
            old = self.local.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.local[key] = page
            self.size += len(page.body)
            while self.size > self.max_bytes and self.local:
                _, dropped = self.local.popitem(last=False)
                self.size -= len(dropped.body)
