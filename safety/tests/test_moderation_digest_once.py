"""With cron on two hosts, the moderation digest goes out once a day."""

from __future__ import annotations

import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from afterword.models import DailyRun
from conftest import make_comment, make_user
from discussion.models import Comment
from safety.management.commands import moderation_digest


def run(*args: str) -> str:
    out = StringIO()
    call_command("moderation_digest", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_two_hosts_at_once_send_one_digest(answer, mailoutbox, monkeypatch):
    make_user("mod-a", group="Moderators", email="mod-a@example.org")
    make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    inside, release = threading.Event(), threading.Event()
    real = moderation_digest.send_digest

    def slow_digest():
        inside.set()
        assert release.wait(30)
        return real()

    monkeypatch.setattr(moderation_digest, "send_digest", slow_digest)
    outputs = {}

    def host_a():
        try:
            outputs["a"] = run()
        finally:
            connection.close()

    first = threading.Thread(target=host_a)
    first.start()
    try:
        assert inside.wait(30)
        outputs["b"] = run()  # host B, while host A is sending
    finally:
        release.set()
        first.join(30)
    assert outputs["a"] == "Sent the moderation digest to 1 moderator(s).\n"
    assert "moderation_digest already ran on" in outputs["b"] and "skipped" in outputs["b"]
    assert [m.to for m in mailoutbox] == [["mod-a@example.org"]]
    assert DailyRun.objects.get(job="moderation_digest").finished_at is not None


def test_an_hour_later_the_other_host_skips_too(answer, mailoutbox):
    make_user("mod-a", group="Moderators", email="mod-a@example.org")
    make_comment(answer, name="Waiting", status=Comment.Status.PENDING)
    assert run().startswith("Sent the moderation digest")
    assert "skipped" in run()
    assert run("--force").startswith("Sent the moderation digest")
