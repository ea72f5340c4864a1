"""The circles' email rhythm through the real task worker (`manage.py db_worker`): the
reminder the day before a round, "a new round is open", and the weekly digest of
replies — each with one-click unsubscribe, each honouring the member's choice, none
with another member's words beyond a short excerpt of a reply to the reader."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from circles import rounds, services
from circles.models import Membership
from circles.tests.helpers import join, make_circle, make_facilitator, open_round
from people.models import Mute

pytestmark = pytest.mark.django_db(transaction=True)

LONG_POST = (
    "Thursdays are the hardest, because that was our day, and I keep setting out two cups "
    "without thinking, and then I stand in the kitchen and laugh and cry at once."
)


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def work() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.fixture
def circle(topic):
    tomorrow = timezone.localdate() + timedelta(days=1)
    circle = make_circle(topic, weekday=tomorrow.weekday())
    make_facilitator(circle, "Wren", "wren@example.org")  # wants everything, like a member
    work()
    return circle


def to(mailoutbox, email: str) -> list:
    return [m for m in mailoutbox if m.to == [email]]


def test_the_day_before_a_round_members_are_reminded_by_the_worker(circle, mailoutbox):
    everything = join(circle, "Ash", "ash@example.org")
    reminders = join(circle, "Bo", "bo@example.org")
    services.set_emails(reminders, Membership.Emails.REMINDERS)
    nothing = join(circle, "Cy", "cy@example.org")
    services.set_emails(nothing, Membership.Emails.NONE)
    muted = join(circle, "Dee", "dee@example.org")
    Mute.objects.create(email_hash=muted.email_hash)
    work()
    mailoutbox.clear()
    assert rounds.daily()["reminded"] == 3  # Wren, Ash and Bo
    assert rounds.daily()["reminded"] == 0  # a second run the same day sends nothing
    assert mailoutbox == []  # queued; the worker sends them
    work()
    assert {m.to[0] for m in mailoutbox} == {"wren@example.org", everything.email, reminders.email}
    [email] = to(mailoutbox, everything.email)
    assert "opens tomorrow" in email.subject
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/circles/unsubscribe/" in email.extra_headers["List-Unsubscribe"]
    assert not DBTaskResult.objects.failed().exists()


def test_on_the_circles_day_a_round_opens_with_the_default_prompt(circle, mailoutbox):
    ash = join(circle, "Ash", "ash@example.org")
    bo = join(circle, "Bo", "bo@example.org")
    services.set_emails(bo, Membership.Emails.REMINDERS)
    work()
    mailoutbox.clear()
    day = timezone.localdate() + timedelta(days=1)
    assert rounds.daily(today=day)["opened"] == 1
    assert rounds.daily(today=day)["opened"] == 0
    work()
    assert {m.to[0] for m in mailoutbox} == {"wren@example.org", ash.email}
    [note] = to(mailoutbox, ash.email)
    assert "Round 1 is open" in note.subject
    assert circle.default_prompt in note.body


def test_the_weekly_digest_has_only_a_short_excerpt_of_replies(circle, mailoutbox):
    ash, bo = join(circle, "Ash", "ash@example.org"), join(circle, "Bo", "bo@example.org")
    round = open_round(circle, announce=False)
    mine = services.post(membership=ash, round=round, body="A very private first post of mine.")
    other = services.post(membership=bo, round=round, body="Bo's own post, never emailed.")
    services.post(membership=bo, round=round, body=LONG_POST, parent=mine)
    week_ago = timezone.now() - timedelta(days=8)
    Membership.objects.update(joined_at=week_ago)
    for post in (mine, other):
        type(post).objects.filter(pk=post.pk).update(created_at=week_ago)
    work()
    mailoutbox.clear()
    rounds.daily(today=timezone.localdate() + timedelta(days=3))
    work()
    [digest] = to(mailoutbox, ash.email)
    assert "1 reply to you" in digest.subject
    assert "Thursdays are the hardest" in digest.body
    assert LONG_POST not in digest.body  # an excerpt, not the post
    assert "never emailed" not in digest.body and "never emailed" not in digest.alternatives[0][0]
    assert to(mailoutbox, bo.email) == []  # nobody replied to Bo: no digest
    mailoutbox.clear()
    rounds.daily(today=timezone.localdate() + timedelta(days=3))
    work()
    assert mailoutbox == []  # weekly, not daily
