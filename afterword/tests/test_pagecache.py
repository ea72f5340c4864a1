"""The public page cache: anonymous readers share stored pages, nobody else does, and
a change drops the pages that show it, and only those, on every server.

Here the versions live in the database (the embedded default, no REDIS_URL);
test_shared_cache.py runs the same design against a real Redis server. A "server"
is a PageCache around Django's WSGI handler with its own local memory: two of them
in one process share only the database, as two app servers do.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from wsgiref.util import setup_testing_defaults

import pytest
from django.contrib.auth.models import User
from django.core import signals
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.utils import timezone

from afterword import pagecache
from column.models import Answer
from conftest import make_answer, make_comment
from discussion.models import Comment
from discussion.services import approve_comment


class CountingApp:
    def __init__(self):
        self.app = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.app(environ, start_response)


def own_memory() -> LocMemCache:
    return LocMemCache(f"test-pages-{uuid.uuid4()}", {"TIMEOUT": 60})


def server(**options) -> pagecache.PageCache:
    """One app server: Django behind a page cache with its own memory."""
    return pagecache.PageCache(CountingApp(), pages=own_memory(), **options)


@pytest.fixture
def site(db):
    app = server()
    return app, app.app


def get(app, path, query="", **headers):
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver"}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    setup_testing_defaults(environ)
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"] = status
        captured["headers"] = dict(response_headers)

    # Like Django's test client: a request must not close the test's database connection.
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    try:
        body = b"".join(app(environ, start_response))
    finally:
        for signal in (signals.request_started, signals.request_finished):
            signal.connect(close_old_connections)
    return captured["status"], captured["headers"], body.decode()


def stored_version(name: str):
    return caches["versions"].get(pagecache.CacheVersions.prefix + name)


@pytest.fixture
def other_answer(columnist):
    return make_answer(columnist, slug="a-second-letter", title="A second letter")


def test_anonymous_readers_share_a_stored_page(site, answer):
    app, inner = site
    first = get(app, answer.get_absolute_url())
    second = get(app, answer.get_absolute_url())
    assert first[0] == second[0] == "200 OK"
    assert first[2] == second[2]
    assert inner.calls == 1
    assert second[1]["ETag"] == first[1]["ETag"]
    assert "public" in second[1]["Cache-Control"]
    assert pagecache.STORE_HEADER not in first[1] and pagecache.STORE_HEADER not in second[1]
    assert "Set-Cookie" not in second[1]
    # What a reader's page depends on is their language (afterword/i18n.py), and nothing
    # else they send: the same stored page for everyone who reads in that language.
    assert second[1]["Vary"] == "Accept-Language, Cookie"
    assert second[1]["Content-Language"] == "en"


def test_a_page_records_the_versions_it_was_made_under(site, answer):
    app, _ = site
    get(app, answer.get_absolute_url())
    get(app, "/")
    made = {key: page.names for key, page in app.local.items()}
    assert made["en " + answer.get_absolute_url() + "?"] == (
        pagecache.answer_version(answer.slug),
        pagecache.SITE,
    )
    assert made["en /?"] == (pagecache.SITE, pagecache.COUNTS)
    assert stored_version(pagecache.answer_version(answer.slug)) is not None


def test_a_new_comment_drops_its_answers_page(site, answer, django_capture_on_commit_callbacks):
    app, inner = site
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="Fresh Voice", body="Just arrived.")
    status, _, body = get(app, answer.get_absolute_url())
    assert inner.calls == 2
    assert f'id="c{comment.pk}"' in body
    assert "(1 comment)" in body


def test_a_change_to_one_answer_leaves_the_others_cached(
    site, answer, other_answer, django_capture_on_commit_callbacks
):
    app, inner = site
    get(app, answer.get_absolute_url())
    get(app, other_answer.get_absolute_url())
    get(app, "/")
    assert inner.calls == 3
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, name="Only Here")
    get(app, other_answer.get_absolute_url())
    assert inner.calls == 3  # answer B's page is still served from the cache
    get(app, answer.get_absolute_url())
    _, _, home = get(app, "/")
    assert inner.calls == 5  # answer A's page and the home page (its comment count) again
    assert "1 comment" in home


def test_a_held_comment_drops_nothing_until_it_is_approved(
    site, answer, django_capture_on_commit_callbacks
):
    app, inner = site
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        held = make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    assert f'id="c{held.pk}"' not in get(app, answer.get_absolute_url())[2]
    assert inner.calls == 1
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(held)
    assert f'id="c{held.pk}"' in get(app, answer.get_absolute_url())[2]
    assert inner.calls == 2


def test_a_comment_approved_on_one_server_is_on_the_others_next_page(
    db, answer, django_capture_on_commit_callbacks
):
    one, two = server(), server()
    held = make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    get(one, answer.get_absolute_url())
    get(two, answer.get_absolute_url())
    get(two, answer.get_absolute_url())
    assert two.app.calls == 1  # the second server serves its own stored copy
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(held)  # a moderator, through the first server
    _, _, body = get(two, answer.get_absolute_url())
    assert f'id="c{held.pk}"' in body
    assert two.app.calls == 2


def test_the_versions_move_when_the_transaction_commits(
    site, answer, django_capture_on_commit_callbacks
):
    app, inner = site
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_comment(answer, name="Not Yet")
        get(app, answer.get_absolute_url())
        assert inner.calls == 1  # nothing has moved before the commit
    for callback in callbacks:
        callback()
    get(app, answer.get_absolute_url())
    assert inner.calls == 2


@pytest.fixture
def admin_client(client, db):
    admin = User.objects.create_superuser("root", "root@example.org", "correct horse 42")
    client.force_login(admin)
    return client


def test_deleting_a_comment_in_the_admin_updates_the_page_and_the_count(
    site, admin_client, answer, django_capture_on_commit_callbacks
):
    app, inner = site
    kept = make_comment(answer, name="Kept")
    gone = make_comment(answer, name="Gone")
    reply = make_comment(answer, name="Reply", parent=gone)
    answer.refresh_from_db()
    assert answer.comment_count == 3
    assert f'id="c{gone.pk}"' in get(app, answer.get_absolute_url())[2]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/discussion/comment/{gone.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.comment_count == 1  # the comment and the reply under it
    _, _, body = get(app, answer.get_absolute_url())
    assert f'id="c{gone.pk}"' not in body and f'id="c{reply.pk}"' not in body
    assert f'id="c{kept.pk}"' in body
    assert "(1 comment)" in body
    assert inner.calls == 2


def test_the_admins_bulk_delete_keeps_counts_right_too(
    site, admin_client, answer, django_capture_on_commit_callbacks
):
    app, _ = site
    comments = [make_comment(answer, name=f"Voice {i}") for i in range(3)]
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/discussion/comment/",
            {
                "action": "delete_selected",
                "_selected_action": [c.pk for c in comments[:2]],
                "post": "yes",
            },
        )
    answer.refresh_from_db()
    assert answer.comment_count == 1
    assert "(1 comment)" in get(app, answer.get_absolute_url())[2]


def test_an_admin_edit_of_a_columnist_drops_their_answers_pages(
    site, admin_client, answer, columnist, django_capture_on_commit_callbacks
):
    app, _ = site
    get(app, answer.get_absolute_url())
    columnist.display_name = "Ada Moss-River"
    with django_capture_on_commit_callbacks(execute=True):
        columnist.save()
    assert "Ada Moss-River" in get(app, answer.get_absolute_url())[2]


def test_a_scheduled_answer_appears_when_its_task_runs(
    site, columnist, django_capture_on_commit_callbacks
):
    from column.services import publish_answer
    from column.tasks import answer_goes_live

    app, _ = site
    later = make_answer(columnist, slug="later", live=False, title="Out on Tuesday")
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(later, at=timezone.now() + timedelta(hours=2))
    assert "Out on Tuesday" not in get(app, "/")[2]
    Answer.objects.filter(pk=later.pk).update(published_at=timezone.now())  # time passes
    assert "Out on Tuesday" not in get(app, "/")[2]  # still the stored page
    with django_capture_on_commit_callbacks(execute=True):
        answer_goes_live.call(later.pk)
    assert "Out on Tuesday" in get(app, "/")[2]


def test_erasure_drops_the_pages_that_showed_the_name(
    site, answer, django_capture_on_commit_callbacks
):
    from people.data_rights import erase

    app, _ = site
    make_comment(answer, name="Quite Unique Name", email="erase.me@example.org")
    assert "Quite Unique Name" in get(app, answer.get_absolute_url())[2]
    with django_capture_on_commit_callbacks(execute=True):
        erase("erase.me@example.org", delete_comments=False)
    body = get(app, answer.get_absolute_url())[2]
    assert "Quite Unique Name" not in body
    assert "Former member" in body


def test_moderation_drops_the_page(site, answer, moderator, django_capture_on_commit_callbacks):
    from safety import moderation

    app, _ = site
    comment = make_comment(answer, name="Reported")
    assert f'id="c{comment.pk}"' in get(app, answer.get_absolute_url())[2]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(moderator, comment, "Not kind.")
    assert f'id="c{comment.pk}"' not in get(app, answer.get_absolute_url())[2]


def test_an_import_drops_the_page(site, answer, django_capture_on_commit_callbacks):
    from discussion.importing import ImportRow, import_comments

    app, _ = site
    get(app, answer.get_absolute_url())
    row = ImportRow(
        key="1",
        parent_key="",
        pen_name="From The Old Site",
        email="old@example.org",
        body="Brought over.",
        created_at=timezone.now() - timedelta(days=1),
        status=Comment.Status.PUBLISHED,
    )
    with django_capture_on_commit_callbacks(execute=True):
        import_comments(answer, [row])
    assert "From The Old Site" in get(app, answer.get_absolute_url())[2]


def test_a_verified_pen_name_shows_at_once(site, answer, django_capture_on_commit_callbacks):
    from discussion.services import mark_pen_name_verified

    app, inner = site
    comment = make_comment(answer, name="Soon Verified")
    get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        assert mark_pen_name_verified([comment.pk]) == 1
    get(app, answer.get_absolute_url())
    assert inner.calls == 2


def test_signed_in_staff_are_never_served_from_or_stored_in_the_cache(site, answer):
    app, inner = site
    get(app, answer.get_absolute_url(), cookie="sessionid=abc")
    assert app.local == {} and app.pages.get_many([]) == {}
    get(app, answer.get_absolute_url())
    get(app, answer.get_absolute_url(), cookie="theme=dark; sessionid=abc")
    assert inner.calls == 3


def test_no_page_with_a_session_cookie_is_ever_stored(site, answer, client):
    app, _ = site
    get(app, answer.get_absolute_url(), cookie="sessionid=abc")
    assert app.local == {}
    assert list(app.pages._cache) == []  # noqa: SLF001 (nothing in the shared store either)


def test_a_response_that_sets_a_cookie_is_not_stored(db):
    from django.http import HttpResponse
    from django.test import RequestFactory

    def view(request):
        response = HttpResponse("mine")
        response.set_cookie("sessionid", "x")
        return response

    request = RequestFactory().get("/")
    request.META[pagecache.ENVIRON_KEY] = True
    response = pagecache.public_page(view)(request)
    assert pagecache.STORE_HEADER not in response
    assert not response.has_header("Cache-Control")


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


def test_revalidation_after_a_change_that_left_the_page_the_same_is_not_modified(
    site, answer, django_capture_on_commit_callbacks
):
    app, inner = site
    _, headers, _ = get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, name="Hidden Away", status=Comment.Status.SPAM)
        pagecache.bump([pagecache.answer_version(answer.slug)])
    status, _, _ = get(app, answer.get_absolute_url(), if_none_match=headers["ETag"])
    assert status == "304 Not Modified"
    assert inner.calls == 2  # made again, and found to be the same


def test_the_cache_keeps_within_its_size(answer, columnist):
    app = server(max_bytes=1)
    get(app, answer.get_absolute_url())
    assert app.size <= 1 or len(app.local) <= 1


def test_entries_expire(answer):
    app = server(ttl=0.0)
    get(app, answer.get_absolute_url())
    get(app, answer.get_absolute_url())
    assert app.app.calls == 2


@pytest.mark.django_db(transaction=True)
def test_a_database_that_cannot_answer_for_versions_means_uncached_pages(
    columnist, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    answer = make_answer(columnist)
    app = server()
    get(app, answer.get_absolute_url())
    monkeypatch.setattr(caches["versions"], "_table", "no_such_table")
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, name="Written During The Fault")  # its version change fails
    for _ in range(2):
        _, _, body = get(app, answer.get_absolute_url())
        assert "Written During The Fault" in body  # rendered each time, never an error
    assert app.app.calls == 3
    monkeypatch.undo()
    get(app, answer.get_absolute_url())  # the lost change is made again, the page anew
    get(app, answer.get_absolute_url())
    assert app.app.calls == 4  # the database answers again: served from the cache


def test_on_sqlite_a_cached_page_reads_no_versions_while_nothing_was_written(
    transactional_db, site, answer, django_assert_num_queries, django_capture_on_commit_callbacks
):
    """Outside a transaction (as in production: the page cache runs before Django)."""
    from django.db import connection

    app, inner = site
    get(app, answer.get_absolute_url())
    # SQLite: one PRAGMA data_version on the raw connection, not a query. Any other
    # database: the one SELECT of the versions per page.
    with django_assert_num_queries(0 if connection.vendor == "sqlite" else 3):
        for _ in range(3):
            get(app, answer.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        comment = make_comment(answer, name="A New Voice")
    assert f'id="c{comment.pk}"' in get(app, answer.get_absolute_url())[2]
    assert inner.calls == 2


def test_a_version_is_never_given_back(db):
    versions = pagecache.CacheVersions()
    seen = {versions.current(["x"])}
    for _ in range(20):
        versions.bump(["x"])
        seen.add(versions.current(["x"]))
    assert len(seen) == 21


def test_pages_outside_the_page_cache_read_no_versions(client, answer):
    client.get(answer.get_absolute_url())
    assert stored_version(pagecache.answer_version(answer.slug)) is None


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_answer_asks_to_drop_pages_when_it_goes_live(columnist, settings):
    from django_tasks_db.models import DBTaskResult

    from column.services import publish_answer

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    draft = make_answer(columnist, slug="later", live=False)
    when = timezone.now() + timedelta(days=2)
    publish_answer(draft, at=when)
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "column.tasks.answer_goes_live"
    assert abs((queued.run_after - when).total_seconds()) < 1
