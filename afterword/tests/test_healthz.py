"""/healthz tells a load balancer whether this server can serve, asked by its address."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from django.db import connections
from django.db.utils import load_backend
from django.test import Client, RequestFactory, override_settings
from django.utils import timezone

from safety.models import WorkerHeartbeat

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


@pytest.fixture
def database_out_of_reach(tmp_path):
    """The default database alias points, for the test, at a server that isn't there
    (a closed port for PostgreSQL, a file in a folder that doesn't exist for SQLite)."""
    original = connections["default"]
    unreachable = {**original.settings_dict}
    if original.vendor == "sqlite":
        unreachable["NAME"] = str(tmp_path / "no-such-folder" / "afterword.sqlite3")
    else:
        unreachable.update(HOST="127.0.0.1", PORT=str(closed_port()))
    backend = load_backend(unreachable["ENGINE"])
    connections["default"] = backend.DatabaseWrapper(unreachable, "default")
    try:
        yield
    finally:
        connections["default"].close()
        connections["default"] = original


def beat(minutes_ago: float) -> None:
    WorkerHeartbeat.objects.update_or_create(
        name="worker", defaults={"beat_at": timezone.now() - timedelta(minutes=minutes_ago)}
    )


def test_it_reports_every_part_and_answers_200(db, client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "database": "ok",
        "cache": "local",  # the tests' cache lives in the process
        "worker": "unknown",  # tasks run in-process: there is no worker to watch
        "version": settings.VERSION,
    }
    assert settings.VERSION == "0.1.0"  # pyproject.toml's


def test_it_answers_503_when_the_database_is_out_of_reach(db, database_out_of_reach):
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"
    assert response.json()["worker"] == "unknown"
    assert response["Cache-Control"] == "no-store"


def test_the_worker_is_ok_after_a_recent_beat_and_stale_after_ten_minutes(db, client, settings):
    settings.TASKS = DATABASE_QUEUE
    assert client.get("/healthz").json()["worker"] == "unknown"  # never beaten
    beat(minutes_ago=1)
    assert client.get("/healthz").json()["worker"] == "ok"
    beat(minutes_ago=11)
    response = client.get("/healthz")
    assert response.json()["worker"] == "stale"
    assert response.status_code == 200  # a stopped worker delays emails; pages still serve


def test_asking_queues_nothing(db, client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_QUEUE
    client.get("/healthz")
    assert not DBTaskResult.objects.exists()


def test_a_shared_cache_is_tried_and_one_out_of_reach_is_an_error(db, client, tmp_path):
    shared = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}
    with override_settings(CACHES={"default": {**shared, "LOCATION": str(tmp_path)}}):
        assert client.get("/healthz").json()["cache"] == "ok"
    down = {
        "BACKEND": "afterword.cache.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    with override_settings(CACHES={"default": down}):
        response = client.get("/healthz")
    assert response.json()["cache"] == "error"
    assert response.status_code == 200  # the site runs uncached


def test_a_host_not_allowed_gets_the_health_answer_there_and_400_elsewhere(db, client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert client.get("/robots.txt", HTTP_HOST="10.0.0.7").status_code == 400
    assert client.get("/healthz/", HTTP_HOST="10.0.0.7").status_code == 400


@override_settings(SECURE_SSL_REDIRECT=True)
def test_it_is_not_redirected_to_https(db, client):
    assert client.get("/healthz").status_code == 200
    other = client.get("/robots.txt")
    assert other.status_code == 301
    assert other["Location"].startswith("https://")


@override_settings(SECURE_SSL_REDIRECT=True)
def test_the_https_redirect_itself_exempts_it(db):
    # Should the middleware ever move below SecurityMiddleware, the setting still holds.
    from django.middleware.security import SecurityMiddleware

    security = SecurityMiddleware(lambda request: None)
    assert security.process_request(RequestFactory().get("/healthz")) is None
    assert security.process_request(RequestFactory().get("/robots.txt")).status_code == 301


def test_it_is_never_cached_and_touches_no_session(db, client):
    response = client.get("/healthz")
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert not hasattr(response.wsgi_request, "session")


def test_other_methods_are_refused(db, client):
    response = client.post("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert client.head("/healthz").status_code == 200
