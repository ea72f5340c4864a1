"""The shared cache (Redis or Valkey) as a part that may go away without taking the site.

Django's RedisCache raises when the server can't be reached, so a cache outage
would fail every page and, worse, answer a post that already committed with an
error (the client retries; the comment is there twice). `ResilientRedisCache`
treats an unreachable cache as an empty one: reads miss, writes are dropped,
and the error is logged once a minute, not once per request. Pages then render
uncached, and posts succeed exactly once. When the server comes back, the next
call uses it again (redis-py reconnects by itself).
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
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


def _degrading(operation: str, default=None):
    def wrap(method):
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:  # ConnectionError and TimeoutError are RedisErrors
                outage.report(operation, error)
                return default() if callable(default) else default

        call.__name__ = method.__name__
        call.__doc__ = method.__doc__
        return call

    return wrap


class ResilientRedisCache(RedisCache):
    """RedisCache whose every operation degrades to a miss when Redis is down."""

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
