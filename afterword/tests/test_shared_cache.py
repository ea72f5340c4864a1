"""The shared cache is a real Redis server here (Debian's redis-server, started per
test session), and its outage degrades the site instead of breaking it: pages render
uncached, posts succeed exactly once, and the error is logged once a minute."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from afterword import cache as shared_cache
from afterword import pagecache
from conftest import make_comment
from discussion.models import Comment

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisProcess:
    """A throwaway redis-server on a loopback port, stopped and started at will."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture(scope="session")
def redis_process():
    server = RedisProcess()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis(redis_process):
    """The site's cache is the real Redis server for this test (and running again after)."""
    if redis_process.process is None:
        redis_process.start()
    settings = {
        "BACKEND": "afterword.cache.ResilientRedisCache",
        "LOCATION": redis_process.url,
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    with override_settings(CACHES={"default": settings}):
        cache.clear()
        shared_cache.outage.logged_at = float("-inf")
        yield redis_process
    if redis_process.process is None:
        redis_process.start()


@pytest.fixture
def shared_version(monkeypatch):
    """Pages versioned in the shared cache, as on several app servers."""
    version = pagecache.CacheVersion()
    monkeypatch.setattr(pagecache, "_version", version)
    return version


def test_the_cache_is_a_real_redis(redis):
    cache.set("greeting", "hello", 30)
    assert cache.get("greeting") == "hello"
    assert cache.incr("counter", 1) if cache.add("counter", 1) else True
    assert cache.get("counter") == 2


def test_an_outage_is_a_miss_and_is_logged_once_a_minute(redis, caplog):
    redis.stop()
    with caplog.at_level(logging.ERROR, logger="afterword.cache"):
        for _ in range(50):
            assert cache.get("anything", "fallback") == "fallback"
            cache.set("anything", "value")
            assert cache.get_many(["a", "b"]) == {}
            assert cache.add("x", 1) is False
    messages = [r for r in caplog.records if r.name == "afterword.cache"]
    assert len(messages) == 1
    assert "unreachable" in messages[0].getMessage()


def test_pages_render_while_the_cache_is_down(redis, client, answer, shared_version):
    redis.stop()
    response = client.get(answer.get_absolute_url())
    assert response.status_code == 200
    assert shared_version.current() is None  # nothing is served from or stored in the page cache


def test_a_post_succeeds_exactly_once_while_the_cache_is_down(
    redis, client, answer, shared_version, django_capture_on_commit_callbacks
):
    make_comment(answer, name="Ana", email="ana@example.org")  # a returning poster: published
    redis.stop()
    data = {"name": "Ana", "email": "ana@example.org", "body": "Still here.", "accept_terms": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("discussion:post", args=[answer.slug]), data)
    assert response.status_code == 302
    [comment] = Comment.objects.filter(body="Still here.")
    assert comment.status == Comment.Status.PUBLISHED
    assert shared_version.lost_bump  # the version could not move; it will when the cache is back


def test_a_change_made_during_an_outage_reaches_readers_when_it_ends(redis, shared_version):
    shared_version.bump()
    before = shared_version.current()
    redis.stop()
    shared_version.bump()  # lost: the cache is down
    assert shared_version.current() is None
    redis.start()
    after = shared_version.current()
    assert after is not None and after != before
    assert not shared_version.lost_bump


def test_the_page_cache_passes_requests_through_while_the_cache_is_down(redis, shared_version):
    calls = []

    def app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("200 OK", [("Content-Type", "text/html"), (pagecache.STORE_HEADER, "1")])
        return [b"<p>page</p>"]

    cached = pagecache.PageCache(app)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": ""}
    redis.stop()
    for _ in range(3):
        assert b"".join(cached(dict(environ), lambda status, headers: None)) == b"<p>page</p>"
    assert len(calls) == 3 and cached.entries == {}
