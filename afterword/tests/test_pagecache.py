"""The public page cache: anonymous readers share stored pages, nobody else does,
and any change a reader could see drops them."""

from __future__ import annotations

from wsgiref.util import setup_testing_defaults

import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

from afterword import pagecache
from conftest import make_comment
from discussion.models import Comment
from discussion.services import approve_comment


class CountingApp:
    def __init__(self):
        self.app = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.app(environ, start_response)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Like Django's test client: requests must not close the test's database connection."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def version(tmp_path, monkeypatch):
    source = pagecache.FileVersion(tmp_path / "content-version")
    monkeypatch.setattr(pagecache, "_version", source)
    return source


@pytest.fixture
def site(version):
    inner = CountingApp()
    return pagecache.PageCache(inner), inner


def get(app, path, query="", **headers):
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver"}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"] = status
        captured["headers"] = dict(response_headers)

    body = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], body.decode()


def test_anonymous_readers_share_a_stored_page(site, answer):
    app, inner = site
    first = get(app, answer.get_absolute_url())
    second = get(app, answer.get_absolute_url())
    assert first[0] == second[0] == "200 OK"
    assert first[2] == second[2]
    assert inner.calls == 1
    assert second[1]["ETag"] == first[1]["ETag"]
    assert "public" in second[1]["Cache-Control"]
    assert pagecache.STORE_HEADER not in second[1]
    assert "Set-Cookie" not in second[1]
    assert "Vary" not in second[1] or "Cookie" not in second[1]["Vary"]


def test_a_new_comment_drops_the_stored_page(site, answer, django_capture_on_commit_callbacks):
    app, inner = site
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="Fresh Voice", body="Just arrived.")
    status, _, body = get(app, answer.get_absolute_url())
    assert inner.calls == 2
    assert f'id="c{comment.pk}"' in body


def test_moderation_drops_the_stored_page(site, answer, django_capture_on_commit_callbacks):
    app, inner = site
    held = make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    assert f'id="c{held.pk}"' not in get(app, answer.get_absolute_url())[2]
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(held)
    assert f'id="c{held.pk}"' in get(app, answer.get_absolute_url())[2]


def test_signed_in_staff_are_never_served_from_the_cache(site, answer):
    app, inner = site
    get(app, answer.get_absolute_url())
    get(app, answer.get_absolute_url(), cookie="sessionid=abc")
    assert inner.calls == 2


def test_a_posters_own_notice_is_never_stored(site, answer):
    app, inner = site
    status, headers, _ = get(app, answer.get_absolute_url(), query="posted=whatever")
    assert headers["Cache-Control"] == "private, no-store"
    get(app, answer.get_absolute_url(), query="posted=whatever")
    assert inner.calls == 2


def test_forms_with_tokens_are_not_stored(site, db):
    app, inner = site
    get(app, "/write/")
    _, headers, body = get(app, "/write/")
    assert inner.calls == 2
    assert "csrfmiddlewaretoken" in body


def test_revalidation_answers_not_modified(site, answer):
    app, inner = site
    _, headers, _ = get(app, answer.get_absolute_url())
    status, _, body = get(app, answer.get_absolute_url(), if_none_match=headers["ETag"])
    assert status == "304 Not Modified"
    assert body == ""


def test_the_cache_keeps_within_its_size(version, answer, columnist):
    inner = CountingApp()
    app = pagecache.PageCache(inner, max_bytes=1)
    get(app, answer.get_absolute_url())
    get(app, answer.get_absolute_url())
    assert inner.calls == 2
    assert app.size <= 1 or len(app.entries) <= 1


def test_entries_expire(version, answer, monkeypatch):
    inner = CountingApp()
    app = pagecache.PageCache(inner, ttl=0.0)
    get(app, answer.get_absolute_url())
    get(app, answer.get_absolute_url())
    assert inner.calls == 2


def test_the_version_always_moves_forward(tmp_path):
    source = pagecache.FileVersion(tmp_path / "v")
    seen = [source.current()]
    for _ in range(20):
        source.bump()
        seen.append(source.current())
    assert seen == sorted(set(seen))


def test_threads_bumping_at_once_never_fail(tmp_path):
    # Two comments published at the same moment used to share one temporary file and
    # crash the second post. Bumps take no lock: two at once may leave the older of
    # their two new versions, which only makes a page render again.
    import threading

    source = pagecache.FileVersion(tmp_path / "v")
    source.bump()
    before = source.current()
    errors, seen, start = [], [], threading.Barrier(8)

    def bump_many():
        start.wait()
        for _ in range(50):
            try:
                source.bump()
                seen.append(source.current())
            except OSError as error:  # pragma: no cover - the failure this guards against
                errors.append(error)

    threads = [threading.Thread(target=bump_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert source.current() > before
    assert not list(tmp_path.glob("*.tmp"))


@pytest.fixture
def mirror(tmp_path, monkeypatch, version):
    mirror = pagecache.PageMirror(tmp_path / "pages")
    monkeypatch.setattr(pagecache, "_mirror", mirror)
    return mirror


def served_file(mirror, url_path: str) -> str | None:
    """What nginx would find at the mirror's current folder for this address."""
    target = mirror.root / "current" / url_path.strip("/") / "index.html"
    return target.read_text() if target.exists() else None


def test_public_pages_are_mirrored_for_nginx(site, mirror, answer):
    app, _ = site
    _, _, body = get(app, answer.get_absolute_url())
    assert served_file(mirror, answer.get_absolute_url()) == body


def test_the_mirror_never_serves_a_page_older_than_the_content(
    site, mirror, answer, django_capture_on_commit_callbacks
):
    app, _ = site
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="Newcomer")
    assert served_file(mirror, answer.get_absolute_url()) is None  # dropped at once
    _, _, body = get(app, answer.get_absolute_url())
    assert f'id="c{comment.pk}"' in served_file(mirror, answer.get_absolute_url())
    assert served_file(mirror, answer.get_absolute_url()) == body


def test_a_page_rendered_before_a_change_lands_out_of_sight(mirror, version):
    old = version.current()
    version.bump()
    mirror.switch_to(version.current())
    mirror.write(old, "/answers/late/", b"stale")
    assert served_file(mirror, "/answers/late/") is None


def test_only_plain_public_html_is_mirrored(site, mirror, answer):
    app, _ = site
    get(app, answer.get_absolute_url(), query="page=2")
    get(app, "/feed/")
    get(app, "/write/")
    assert served_file(mirror, "/feed/") is None
    assert served_file(mirror, "/write/") is None
    files = [p.name for p in mirror.root.rglob("*") if p.is_file()]
    assert files == []


def test_mirror_paths_stay_inside_the_folder(mirror):
    assert mirror.path_for(1, "/a/../../etc/") is None
    assert mirror.path_for(1, "/answers/x/") == mirror.root / "1" / "answers" / "x" / "index.html"


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_answer_asks_to_drop_pages_when_it_goes_live(columnist, settings):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from column.services import publish_answer
    from conftest import make_answer

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    draft = make_answer(columnist, slug="later", live=False)
    when = timezone.now() + timedelta(days=2)
    publish_answer(draft, at=when)
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "column.tasks.answer_goes_live"
    assert abs((queued.run_after - when).total_seconds()) < 1
