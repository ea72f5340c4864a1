"""The real task worker (`manage.py db_worker`) on the database queue: emails queued
by a post are sent, notifications fan out, and a mail server that is down is tried
again later instead of losing the email."""

import smtplib
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from afterword import mail
from afterword.identity import email_key
from conftest import make_answer, make_columnist, make_comment
from people import retention
from people.models import Subscription
from people.tests.helpers import link_in, live_post

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    settings.COMMENTS_HOLD_FIRST = False


def work() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_the_worker_sends_what_a_post_queued(mailoutbox):
    answer = make_answer(make_columnist(), slug="worked")
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    Subscription.objects.create(
        email="mara@example.org",
        email_hash=email_key("mara@example.org"),
        scope="replies",
        confirmed_at=timezone.now(),
    )
    live_post(answer, name="Jo", email="jo@example.org", parent=mara)
    assert mailoutbox == []  # nothing is sent in the request
    assert DBTaskResult.objects.ready().count() == 2  # Jo's confirmation, the fan-out
    work()
    subjects = sorted(m.subject for m in mailoutbox)
    assert subjects == [
        f"Jo replied to you on “{answer.title}”",
        "Please confirm your pen name on Afterword",
    ]
    assert link_in(next(m for m in mailoutbox if m.to == ["jo@example.org"]), "confirm")
    assert not DBTaskResult.objects.failed().exists()


def test_a_mail_server_that_is_down_is_tried_again_later(mailoutbox, monkeypatch):
    answer = make_answer(make_columnist(), slug="down")
    real = mail.deliver
    failures = iter([smtplib.SMTPServerDisconnected("down")])

    def flaky(**kwargs):
        error = next(failures, None)
        if error:
            raise error
        real(**kwargs)

    monkeypatch.setattr("people.tasks.deliver", flaky)
    live_post(answer, name="Mara")
    work()
    assert mailoutbox == []
    [waiting] = DBTaskResult.objects.filter(status="READY")
    assert waiting.args_kwargs["kwargs"]["attempt"] == 2
    assert waiting.run_after > timezone.now() + timedelta(seconds=50)
    DBTaskResult.objects.filter(pk=waiting.pk).update(run_after=timezone.now())
    work()
    assert [m.subject for m in mailoutbox] == ["Please confirm your pen name on Afterword"]


def test_after_the_last_attempt_the_failure_stands(mailoutbox, monkeypatch, settings):
    settings.EMAIL_MAX_ATTEMPTS = 2

    def down(**kwargs):
        raise ConnectionRefusedError("no server")

    monkeypatch.setattr(mail, "deliver", down)
    mail.send_email.enqueue(to="a@example.org", subject="s", text="t", html="h")
    for _ in range(2):
        work()
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    assert mailoutbox == []
    [failed] = DBTaskResult.objects.failed()
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    assert "a@example.org" not in failed.traceback


def test_the_purge_forgets_sent_emails_in_the_queue(mailoutbox, settings):
    mail.send_email.enqueue(to="a@example.org", subject="s", text="t", html="h")
    work()
    DBTaskResult.objects.update(
        finished_at=timezone.now() - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS + 1)
    )
    assert retention.purge()["sent_email_tasks"] == 1
    assert not DBTaskResult.objects.exists()
