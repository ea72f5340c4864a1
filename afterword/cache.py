"""The shared caches (Redis or Valkey; the database) as parts that may go away
without taking the site.

Django's RedisCache raises when the server can't be reached, so a cache outage
would fail every page and, worse, answer a post that already committed with an
error (the client retries; the comment is there twice). `ResilientRedisCache`
treats an unreachable cache as an empty one: reads miss, writes are dropped,
and the error is logged once a minute, not once per request. Pages then render
uncached, and posts succeed exactly once. When the server comes back, the next
call uses it again (redis-py reconnects by itself).

`ResilientDatabaseCache` does the same for Django's DatabaseCache, which holds
the versions of public pages when there is no Redis (afterword/pagecache.py): a
database that can't answer for them makes pages render uncached, and a version
change it missed is made again (`outage.failed_since` tells the caller).
"""

from __future__ import annotations

import base64
import logging
import pickle
import threading
import time

from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db import DatabaseError, connections, router
from django.utils import timezone
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

LOG_EVERY_SECONDS = 60.0


class _Outage:
    """When the cache last failed, and when we last said so."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.logged_at = float("-inf")
        self.failed_at = float("-inf")
        self.suppressed = 0

    def failed_since(self, moment: float) -> bool:
        """Did a cache call fail after `moment` (a time.monotonic() reading)?"""
        return self.failed_at >= moment

    def report(self, operation: str, error: Exception) -> None:
        now = time.monotonic()
        self.failed_at = now
        with self.lock:
            if now - self.logged_at < LOG_EVERY_SECONDS:
                self.suppressed += 1
                return
            suppressed, self.suppressed, self.logged_at = self.suppressed, 0, now
        logger.error(
            "The shared cache is unreachable (%s during %s); serving without it.%s",
            type(error).__name__,
            operation,
            f" {suppressed} more failures since the last message." if suppressed else "",
        )


outage = _Outage()


def _degrading(operation: str, default=None, errors: type[Exception] = RedisError):
    def wrap(method):
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except errors as error:  # ConnectionError and TimeoutError are RedisErrors
                outage.report(operation, error)
                return default() if callable(default) else default

        call.__name__ = method.__name__
        call.__doc__ = method.__doc__
        return call

    return wrap


class KeptClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client, with one `redis.Redis` per connection pool, made once.

    Django makes a new `redis.Redis` for every cache call (its `get_client`), and
    redis-py fills each one's table of reply callbacks: 88 µs of CPU, as much again
    as the MGET a cached page is checked with (profiled: 104 µs). A `redis.Redis`
    holds no connection of its own and may be shared by threads; it borrows one from
    its pool for each command, as before.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation degrades to a miss when Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptClientRedisCacheClient

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            outage.report("get", error)
            return default

    set = _degrading("set")(RedisCache.set)
    add = _degrading("add", default=False)(RedisCache.add)
    touch = _degrading("touch", default=False)(RedisCache.touch)
    delete = _degrading("delete", default=False)(RedisCache.delete)
    get_many = _degrading("get_many", default=dict)(RedisCache.get_many)
    set_many = _degrading("set_many", default=list)(RedisCache.set_many)
    delete_many = _degrading("delete_many")(RedisCache.delete_many)
    has_key = _degrading("has_key", default=False)(RedisCache.has_key)
    clear = _degrading("clear", default=False)(RedisCache.clear)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except RedisError as error:
            outage.report("incr", error)
            raise ValueError("the cache is unreachable") from error  # as for a missing key


class ResilientDatabaseCache(DatabaseCache):
    """DatabaseCache whose reads miss and writes are dropped when the database fails."""

    get = _degrading("get", errors=DatabaseError)(DatabaseCache.get)

    def get_many(self, keys, version=None):
        """Django's read of these keys, leaner: it is on every cached page's path.

        One SELECT of the rows not expired, decoded as DatabaseCache stores them.
        Profiled: DatabaseCache.get_many cost about 210 µs of CPU a call, 65–85 of
        them in the cursor; this costs the cursor and little more.
        """
        if not keys:
            return {}
        asked = {self.make_key(key, version=version): key for key in keys}
        connection = connections[router.db_for_read(self.cache_model_class)]
        q = connection.ops.quote_name
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        marks = ", ".join(["%s"] * len(asked))
        sql = (
            f"SELECT {q('cache_key')}, {q('value')} FROM {q(self._table)} "  # noqa: S608 (names)
            f"WHERE {q('cache_key')} IN ({marks}) AND {q('expires')} > %s"
        )
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, [*asked, now])
                rows = cursor.fetchall()
        except DatabaseError as error:
            outage.report("get_many", error)
            return {}
        return {
            asked[key]: pickle.loads(base64.b64decode(connection.ops.process_clob(value).encode()))  # noqa: S301 (our own values)
            for key, value in rows
        }

    set = _degrading("set", errors=DatabaseError)(DatabaseCache.set)
    set_many = _degrading("set_many", default=list, errors=DatabaseError)(DatabaseCache.set_many)
    add = _degrading("add", default=False, errors=DatabaseError)(DatabaseCache.add)
    delete = _degrading("delete", default=False, errors=DatabaseError)(DatabaseCache.delete)
    delete_many = _degrading("delete_many", errors=DatabaseError)(DatabaseCache.delete_many)
