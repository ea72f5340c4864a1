"""Shared test fixtures: the cast of roles and small factories.

Cast: a reader (anonymous client), a commenter (an email that has posted
before), a columnist, a moderator, and an outsider (a signed-in user with no role).
"""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone

from afterword import cache as shared_cache
from afterword import pagecache
from afterword.tests.redis_server import RedisProcess
from column.models import Answer, Columnist, Topic
from column.services import publish_answer
from discussion.models import Comment
from discussion.services import seed_comment

# Playwright's sync API runs an event loop in the test thread; Django's ORM must
# still be usable from it for live-server tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_sessionstart(session):
    """Pages are tested in every language: build the translations whose .po changed."""
    from pathlib import Path

    from afterword.catalogues import compile_all

    compile_all(Path(__file__).resolve().parent)


@pytest.fixture(autouse=True)
def _site_language_after():
    """A request in Spanish leaves Spanish active in the thread; each test starts in the site's."""
    yield
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so no answer cached by another test leaks in."""
    from django.core.cache import cache

    from afterword.pagecache import version_store

    cache.clear()
    # Versions a thread remembers (SQLite, outside transactions): a test's flush
    # or rollback is not a commit by another connection, so forget them here.
    version_store().seen.__dict__.clear()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


def make_user(username: str, *, group: str | None = None, **extra) -> User:
    user = User.objects.create_user(username=username, password="correct horse 42", **extra)
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


def make_columnist(slug: str = "ada-moss", **extra) -> Columnist:
    user = make_user(slug.split("-")[0] + "-user", group="Columnists")
    defaults = {
        "display_name": "Ada Moss",
        "credentials": "MS, LMHC",
        "location": "Portland, Oregon",
        "specialties": "grief, endings",
        "short_bio": "Ada Moss is a counselor who works with people after loss.",
        "bio": "Ada has been a counselor for twenty years.\n\nShe lives by the river.",
    }
    defaults.update(extra)
    return Columnist.objects.create(user=user, slug=slug, **defaults)


def make_answer(columnist: Columnist, slug: str = "when-therapy-ends", *, live=True, **extra):
    answer = Answer(
        columnist=columnist,
        slug=slug,
        title=extra.pop("title", "When therapy ends before you are ready"),
        pen_name=extra.pop("pen_name", "Unfinished in Ohio"),
        question=extra.pop("question", "My therapist ended our work.\n\nI feel lost."),
        body=extra.pop("body", "Dear Unfinished,\n\nWhat you feel is **grief**."),
        **extra,
    )
    if live:
        publish_answer(answer, at=timezone.now() - timedelta(days=3))
    else:
        from column.services import save_draft

        save_draft(answer)
    return answer


def make_comment(answer, name="Mara", body="This helped me so much.", parent=None, **kw):
    return seed_comment(
        answer=answer,
        pen_name=name,
        email=kw.pop("email", f"{name.lower().replace(' ', '')}@example.org"),
        body=body,
        parent_id=parent.pk if parent else None,
        status=kw.pop("status", Comment.Status.PUBLISHED),
        **kw,
    ).comment


@pytest.fixture
def client():
    """A test client that posts like a browser on this site (with an Origin header)."""
    return Client(headers={"Origin": "http://testserver"})


@pytest.fixture
def columnist(db):
    return make_columnist()


@pytest.fixture
def topic(db):
    return Topic.objects.create(
        slug="ending-therapy", name="Ending therapy", description="Endings."
    )


@pytest.fixture
def answer(columnist, topic):
    answer = make_answer(columnist)
    answer.topics.add(topic)
    return answer


@pytest.fixture
def columnist_client(client, columnist):
    client.force_login(columnist.user)
    return client


@pytest.fixture
def moderator(db):
    return make_user("mod", group="Moderators")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def outsider_client(client, db):
    client.force_login(make_user("someone"))
    return client


# The shared cache of several app servers: a real Redis (afterword/tests/redis_server.py).
@pytest.fixture(scope="session")
def redis_process():
    server = RedisProcess()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis(redis_process):
    """The site's caches are the real Redis server for this test (and running again after)."""
    if redis_process.process is None:
        redis_process.start()
    shared = {
        "BACKEND": "afterword.cache.ResilientRedisCache",
        "LOCATION": redis_process.url,
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    pages = {**shared, "KEY_PREFIX": "pages", "TIMEOUT": 60}
    with override_settings(CACHES={"default": shared, "versions": shared, "pages": pages}):
        cache.clear()
        shared_cache.outage.logged_at = float("-inf")
        yield redis_process
    if redis_process.process is None:
        redis_process.start()


@pytest.fixture
def shared_versions(monkeypatch):
    """Pages versioned in the shared cache, as on several app servers."""
    versions = pagecache.CacheVersions()
    monkeypatch.setattr(pagecache, "_store", versions)
    return versions
