"""With cron on two hosts, `send_digests` and `purge_retention` run once a day.

Two runs at the same moment: the first claims the day (afterword.daily) and does the
work; the second, started while the first is still at it, says it skipped.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from afterword.identity import email_key
from afterword.models import DailyRun
from conftest import make_comment
from people import tasks
from people.models import Subscription

EMAIL = "daily@example.org"


def run(command: str, *args: str) -> str:
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def two_hosts_at_once(command: str, monkeypatch, target, name: str) -> tuple[str, str]:
    """Start `command` as host A; while A is inside the job, run it as host B."""
    inside, release = threading.Event(), threading.Event()
    real = getattr(target, name)

    def slow_job(*args, **kwargs):
        inside.set()
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, slow_job)
    outputs: dict[str, str] = {}

    def host_a():
        try:
            outputs["a"] = run(command)
        finally:
            connection.close()

    first = threading.Thread(target=host_a)
    first.start()
    try:
        assert inside.wait(30), "host A never started the job"
        outputs["b"] = run(command)
    finally:
        release.set()
        first.join(30)
    return outputs["a"], outputs["b"]


@pytest.mark.django_db(transaction=True)
def test_two_hosts_send_the_digests_once(answer, mailoutbox, monkeypatch):
    yesterday = timezone.now() - timedelta(days=1)
    Subscription.objects.create(
        email=EMAIL,
        email_hash=email_key(EMAIL),
        scope="thread",
        answer=answer,
        frequency="daily",
        confirmed_at=yesterday,
    )
    make_comment(answer, name="Kit", email="kit@example.org", body="A new thought.")
    a, b = two_hosts_at_once("send_digests", monkeypatch, tasks, "daily_emails")
    assert "Queued 1 digest email(s)." in a
    assert "send_digests already ran on" in b and "skipped" in b
    assert [m.to for m in mailoutbox] == [[EMAIL]]
    [claim] = DailyRun.objects.all()
    assert claim.job == "send_digests" and claim.finished_at is not None


@pytest.mark.django_db(transaction=True)
def test_two_hosts_purge_once(db, monkeypatch):
    from people import retention

    a, b = two_hosts_at_once("purge_retention", monkeypatch, retention, "purge")
    assert a.startswith("Retention:")
    assert "purge_retention already ran on" in b and "skipped" in b
    assert DailyRun.objects.filter(job="purge_retention").count() == 1


def test_a_later_run_the_same_day_skips_unless_forced(db):
    assert run("purge_retention").startswith("Retention:")
    assert "skipped" in run("purge_retention")
    assert run("purge_retention", "--force").startswith("Retention:")
    assert DailyRun.objects.count() == 1  # one claim per job and day, forced or not


def test_the_queued_digest_claims_the_day_too(db):
    assert tasks.send_digests.call() == 0
    assert DailyRun.objects.filter(job="send_digests").exists()
    assert "skipped" in run("send_digests")
