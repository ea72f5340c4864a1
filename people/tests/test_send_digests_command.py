"""`manage.py send_digests`: one email a day per address with daily subscriptions,
covering what is new since the last one; nothing when nothing is new."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from afterword.identity import email_key
from conftest import make_answer, make_comment
from people.models import Subscription

EMAIL = "daily@example.org"


def subscribe(scope, answer=None, *, since):
    return Subscription.objects.create(
        email=EMAIL,
        email_hash=email_key(EMAIL),
        scope=scope,
        answer=answer,
        frequency="daily",
        confirmed_at=since,
    )


def run() -> str:
    out = StringIO()
    # Several runs a day here: each starts where the last ended (afterword.daily's
    # once-a-day claim is tested in test_daily_jobs_once.py).
    call_command("send_digests", "--force", stdout=out)
    # The first line is the digests'; the second, the invitations to come back a year on
    # (people/tests/test_invite_back.py).
    return out.getvalue().splitlines(keepends=True)[0]


def test_a_followed_discussion_and_replies_in_one_email(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    yesterday = timezone.now() - timedelta(days=1)
    mine = make_comment(answer, name="Mara", email=EMAIL, created_at=yesterday)
    subscribe("thread", answer, since=yesterday)
    subscribe("replies", since=yesterday)
    make_comment(answer, name="Jo", email="jo@example.org", parent=mine, body="Hello Mara.")
    make_comment(answer, name="Kit", email="kit@example.org", body="A new thought.")
    with django_capture_on_commit_callbacks(execute=True):
        assert run() == "Queued 1 digest email(s).\n"
    [message] = mailoutbox
    assert message.to == [EMAIL]
    assert message.subject == "Today on Afterword"
    assert "REPLIES TO YOU" in message.body and "Jo replied to Mara" in message.body
    assert f"“{answer.title}” (2 new)" in message.body
    assert "Kit: A new thought." in message.body
    assert "A new thought." in message.alternatives[0][0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "jo@example.org" not in message.body + message.alternatives[0][0]
    # The next run starts where this one ended.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert run() == "Queued 0 digest email(s).\n"
    assert mailoutbox == []


def test_a_comment_hidden_and_restored_is_not_news_again(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    from discussion.services import approve_comment, reject_comment

    yesterday = timezone.now() - timedelta(days=1)
    subscribe("thread", answer, since=yesterday)
    kit = make_comment(answer, name="Kit", email="kit@example.org", body="A new thought.")
    with django_capture_on_commit_callbacks(execute=True):
        assert run() == "Queued 1 digest email(s).\n"
    mailoutbox.clear()
    # Reported, hidden while a moderator looks, then restored: readers saw it already.
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(reject_comment(kit))
        assert run() == "Queued 0 digest email(s).\n"
    assert mailoutbox == []
    # A comment held at first and approved today is news today.
    held = make_comment(answer, name="Lee", email="lee@example.org", status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        approve_comment(held)
        assert run() == "Queued 1 digest email(s).\n"


def test_everything_lists_new_answers(
    answer, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    subscribe("everything", since=timezone.now() - timedelta(days=5))
    fresh = make_answer(columnist, slug="fresh", title="A fresh answer")
    make_comment(fresh, name="Jo", email="jo@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        run()
    [message] = mailoutbox
    assert "NEW ANSWERS" in message.body and "“A fresh answer” — Ada Moss" in message.body
    assert "“A fresh answer”: 1 new comment" in message.body


def test_instant_subscriptions_get_no_digest(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    sub = subscribe("thread", answer, since=timezone.now() - timedelta(days=1))
    sub.frequency = "instant"
    sub.save()
    make_comment(answer, name="Jo", email="jo@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        run()
    assert mailoutbox == []


def test_the_digest_can_be_handed_to_the_worker(db, mailoutbox):
    out = StringIO()
    call_command("send_digests", "--enqueue", stdout=out)
    assert "queued for the task worker" in out.getvalue()
