"""The shared cache is a real Redis server here (Debian's redis-server, started per
test session), and its outage degrades the site instead of breaking it: pages render
uncached, posts succeed exactly once, and the error is logged once a minute."""

from __future__ import annotations

import logging
import time
from wsgiref.util import setup_testing_defaults

import pytest
from django.core import signals as request_signals
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.urls import reverse

from afterword import pagecache
from conftest import make_comment
from discussion.models import Comment


def test_the_cache_is_a_real_redis(redis):
    cache.set("greeting", "hello", 30)
    assert cache.get("greeting") == "hello"
    assert cache.incr("counter", 1) if cache.add("counter", 1) else True
    assert cache.get("counter") == 2


def test_one_redis_client_serves_every_call_and_survives_a_restart(redis):
    # Django would make a redis.Redis per call (its reply-callback table costs as much
    # as a round trip): afterword.cache keeps one per connection pool.
    client = cache._cache.get_client()  # noqa: SLF001
    assert cache._cache.get_client(write=True) is client  # noqa: SLF001
    cache.set("before", 1)
    redis.stop()
    assert cache.get("before", "missed") == "missed"
    redis.start()
    cache.set("after", 2)
    assert cache.get("after") == 2
    assert cache._cache.get_client() is client  # noqa: SLF001 (reconnected through its pool)


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


def test_pages_render_while_the_cache_is_down(redis, client, answer, shared_versions):
    redis.stop()
    response = client.get(answer.get_absolute_url())
    assert response.status_code == 200
    # nothing is served from or stored in the page cache
    assert shared_versions.current([pagecache.SITE]) is None


def test_a_post_succeeds_exactly_once_while_the_cache_is_down(
    redis, client, answer, shared_versions, django_capture_on_commit_callbacks
):
    make_comment(answer, name="Ana", email="ana@example.org")  # a returning poster: published
    redis.stop()
    data = {"name": "Ana", "email": "ana@example.org", "body": "Still here.", "accept_terms": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("discussion:post", args=[answer.slug]), data)
    assert response.status_code == 302
    [comment] = Comment.objects.filter(body="Still here.")
    assert comment.status == Comment.Status.PUBLISHED
    # the versions could not move; they will when the cache is back
    assert pagecache.answer_version(answer.slug) in shared_versions.lost


def test_a_change_made_during_an_outage_reaches_readers_when_it_ends(redis, shared_versions):
    names = ["answer:a", "answer:b"]
    before = shared_versions.current(names)
    redis.pause()
    try:
        shared_versions.bump(["answer:a"])  # lost: the cache is out of reach
        assert shared_versions.current(names) is None
    finally:
        redis.resume()
    after = shared_versions.current(names)
    assert after is not None
    assert after[0] != before[0]  # made again as soon as the cache answered
    assert after[1] == before[1]  # and nothing else moved
    assert not shared_versions.lost


def test_a_flushed_cache_never_brings_back_an_old_version(redis, shared_versions):
    before = shared_versions.current(["answer:a"])
    cache.clear()
    assert shared_versions.current(["answer:a"]) != before


def test_the_page_cache_passes_requests_through_while_the_cache_is_down(redis, shared_versions):
    calls = []

    def app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response(
            "200 OK", [("Content-Type", "text/html"), (pagecache.STORE_HEADER, "site=1")]
        )
        return [b"<p>page</p>"]

    cached = pagecache.PageCache(app)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": ""}
    redis.stop()
    for _ in range(3):
        assert b"".join(cached(dict(environ), lambda status, headers: None)) == b"<p>page</p>"
    assert len(calls) == 3


# --- Two app servers sharing one Redis ----------------------------------------------------


class CountingApp:
    def __init__(self):
        self.app = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.app(environ, start_response)


@pytest.fixture
def two_servers(redis, shared_versions):
    """Two app servers: each its own process memory, both the same Redis."""
    return pagecache.PageCache(CountingApp()), pagecache.PageCache(CountingApp())


def get(app, path, **headers):
    environ = {"PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"] = status

    # Like Django's test client: a request must not close the test's database connection.
    for hook in (request_signals.request_started, request_signals.request_finished):
        hook.disconnect(close_old_connections)
    try:
        body = b"".join(app(environ, start_response))
    finally:
        for hook in (request_signals.request_started, request_signals.request_finished):
            hook.connect(close_old_connections)
    return captured["status"], body.decode()


def test_a_hot_thread_renders_once_per_change_across_the_cluster(
    two_servers, answer, django_capture_on_commit_callbacks
):
    one, two = two_servers
    get(one, answer.get_absolute_url())
    get(two, answer.get_absolute_url())
    assert (one.app.calls, two.app.calls) == (1, 0)  # the second server got it from Redis
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="New Here")
    _, body = get(two, answer.get_absolute_url())
    get(one, answer.get_absolute_url())
    assert f'id="c{comment.pk}"' in body
    assert (one.app.calls, two.app.calls) == (1, 1)


def test_a_comment_approved_on_one_server_is_on_the_others_next_page(
    two_servers, answer, moderator, django_capture_on_commit_callbacks
):
    from safety import moderation

    one, two = two_servers
    held = make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    get(one, answer.get_absolute_url())
    get(two, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(moderator, held)
    assert f'id="c{held.pk}"' in get(two, answer.get_absolute_url())[1]
    assert f'id="c{held.pk}"' in get(one, answer.get_absolute_url())[1]


def test_a_change_to_one_answer_keeps_the_others_in_redis(
    two_servers, answer, columnist, django_capture_on_commit_callbacks
):
    from conftest import make_answer

    other = make_answer(columnist, slug="another-answer", title="Another answer")
    one, two = two_servers
    get(one, other.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, name="Elsewhere")
    get(two, other.get_absolute_url())
    assert two.app.calls == 0


def test_the_cluster_serves_uncached_while_redis_is_down_and_caches_again_after(
    redis, two_servers, answer
):
    one, _ = two_servers
    get(one, answer.get_absolute_url())
    redis.stop()
    for _ in range(2):
        assert get(one, answer.get_absolute_url())[0] == "200 OK"
    assert one.app.calls == 3  # every page fresh from the database
    redis.start()
    get(one, answer.get_absolute_url())
    get(one, answer.get_absolute_url())
    assert one.app.calls == 4


def _render_here(server, path: str) -> None:
    """Render `path` on `server` in the test's own thread (which holds the test's
    database), as the server that took the render lock would."""
    environ = {"PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    setup_testing_defaults(environ)
    local_key, key = server.keys(environ)
    for hook in (request_signals.request_started, request_signals.request_finished):
        hook.disconnect(close_old_connections)
    try:
        b"".join(server._fill(environ, lambda *a: None, local_key, key))
    finally:
        for hook in (request_signals.request_started, request_signals.request_finished):
            hook.connect(close_old_connections)


def _take_render_lock(one, two, path: str) -> str:
    """Server one takes the render lock of the page under its versions as they are now
    (those a reader of server two arriving now arrives under); returns the lock."""
    request = {"PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    setup_testing_defaults(request)
    key = two.keys(request)[1]
    lock = one.render_lock(key, one.versions.current(one.pages.get(key).names))
    assert one.pages.add(lock, 1, timeout=10)
    return lock


def _reader_waiting_on_a_render(one, two, path: str):
    """Server one has started rendering the page as it is now; a reader of server two
    (a thread: it needs only Redis) arrives. Returns the thread, what it read, and the
    lock."""
    import threading

    lock = _take_render_lock(one, two, path)
    read: dict = {}

    def reader():
        started = time.monotonic()
        read["body"] = get(two, path)[1]
        read["waited"] = time.monotonic() - started

    waiting = threading.Thread(target=reader)
    waiting.start()
    time.sleep(0.3)
    return waiting, read, lock


def test_readers_of_a_changed_page_wait_for_the_one_render_in_progress(
    two_servers, answer, django_capture_on_commit_callbacks
):
    """While one server renders a page that changed, the other serves that render."""
    one, two = two_servers
    path = answer.get_absolute_url()
    get(one, path)
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="Posted Just Now")
    waiting, read, lock = _reader_waiting_on_a_render(one, two, path)
    _render_here(one, path)
    one.pages.delete(lock)
    waiting.join(timeout=5)
    assert read["waited"] >= 0.25  # it waited ...
    assert two.app.calls == 0  # ... and did not render the page itself
    assert f'id="c{comment.pk}"' in read["body"]


def test_under_a_flood_of_posts_a_waiting_reader_serves_the_render_it_waited_for(
    two_servers, answer, django_capture_on_commit_callbacks
):
    """A post that lands during the render does not send every waiting reader off to
    render again: the page made under the versions they arrived under holds every
    comment acknowledged before they arrived."""
    one, two = two_servers
    path = answer.get_absolute_url()
    get(one, path)
    with django_capture_on_commit_callbacks(execute=True):
        before = make_comment(answer, name="Before The Reader")
    waiting, read, lock = _reader_waiting_on_a_render(one, two, path)
    _render_here(one, path)
    with django_capture_on_commit_callbacks(execute=True):
        after = make_comment(answer, name="After The Reader")
    one.pages.delete(lock)
    waiting.join(timeout=5)
    assert two.app.calls == 0
    assert f'id="c{before.pk}"' in read["body"]
    assert f'id="c{after.pk}"' not in read["body"]  # posted after the reader came
    # The next reader arrives after that post: it gets a page with it.
    assert f'id="c{after.pk}"' in get(two, path)[1]


def test_a_render_that_never_finishes_keeps_nobody_waiting_long(
    two_servers, answer, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(pagecache, "RENDER_WAIT_SECONDS", 0.2)
    one, two = two_servers
    path = answer.get_absolute_url()
    get(one, path)
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="Posted Just Now")
    _take_render_lock(one, two, path)  # by a renderer that died mid-render
    started = time.monotonic()
    _, body = get(two, path)
    assert time.monotonic() - started < 2
    assert two.app.calls == 1  # it rendered the page itself
    assert f'id="c{comment.pk}"' in body
