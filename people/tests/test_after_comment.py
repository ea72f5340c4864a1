"""After a live post: the first one from an email asks to confirm it (pen name and
the notifications chosen), with crisis lines when the words call for them; a pen
name verified by one email can't be used by another."""

import pytest
from django.core.exceptions import ValidationError

from afterword.identity import email_key
from conftest import make_comment
from people.models import EmailLink, PenName, Subscription
from people.tests.helpers import link_in, live_post, sent_to
from safety.models import CrisisResource

DANGER = "I have decided to end it this weekend."


def test_a_first_post_asks_to_confirm_the_email(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = live_post(answer, name="Mara", email="Mara@Example.org")
    [message] = mailoutbox
    assert message.to == ["mara@example.org"]
    assert message.subject == "Please confirm your pen name on Afterword"
    assert "Dear Mara," in message.body
    assert "waiting for a moderator" in message.body  # first comments are held
    assert "verify your pen name “Mara”" in message.body
    assert "email you when someone replies to your comments" in message.body
    assert link_in(message, "confirm")
    html = message.alternatives[0][0]
    assert "Confirm it's me" in html
    # Unsubscribing: visible links and the RFC 8058 headers.
    assert "Stop all emails from Afterword: http://127.0.0.1:8000/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://127.0.0.1:8000/unsubscribe/"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    pen = PenName.objects.get()
    assert pen.verified_at is None and pen.name == "Mara"
    assert Subscription.objects.get().confirmed_at is None
    assert not comment.pen_name_verified


def test_the_follow_box_adds_the_discussion_to_the_same_email(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, follow_thread=True, notify_replies=False)
    [message] = mailoutbox
    assert f"email you when someone comments on “{answer.title}”" in message.body
    assert "replies to your comments" not in message.body
    assert Subscription.objects.get().scope == Subscription.Scope.THREAD


def test_a_crisis_post_gets_the_crisis_lines_in_the_email(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    CrisisResource.objects.create(country="US", name="Lifeline 988", how="Call or text 988.")
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Wren", body=DANGER)
    [message] = sent_to(mailoutbox, "wren@example.org")
    assert "people are ready to listen this minute" in message.body
    assert "Lifeline 988: Call or text 988." in message.body
    assert "please call 911 now" in message.body  # crisis level 5
    assert "Lifeline 988" in message.alternatives[0][0]


def test_a_calm_post_gets_no_crisis_lines(answer, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer)
    assert "ready to listen" not in mailoutbox[0].body


def test_a_second_post_before_confirming_sends_no_second_email(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, body="One.")
        live_post(answer, body="Two.")
    assert len(mailoutbox) == 1
    assert EmailLink.objects.count() == 1


def test_a_verified_writer_is_not_asked_again(
    answer, mailoutbox, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, body="One.")
    client.post(link_in(mailoutbox[0], "confirm"))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        comment = live_post(answer, body="Two.")
    assert sent_to(mailoutbox, "mara@example.org") == []
    assert comment.pen_name_verified


def test_imports_and_the_demo_email_nobody(answer, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, name="Imported")
    assert mailoutbox == []
    assert not PenName.objects.exists()


def _verify(name: str, email: str) -> None:
    from django.utils import timezone

    from afterword.identity import email_key
    from safety.models import normalise_name

    PenName.objects.create(
        email_hash=email_key(email),
        name=name,
        normalised=normalise_name(name),
        verified_at=timezone.now(),
    )


def test_a_verified_pen_name_is_refused_to_another_email_kindly(answer):
    _verify("Mara", "mara@example.org")
    with pytest.raises(ValidationError) as refused:
        live_post(answer, name="  MÁRA ", email="someone-else@example.org")
    assert refused.value.code == "pen_name_taken"
    assert "everything you wrote is still here" in refused.value.message


def test_its_owner_keeps_using_it(answer):
    _verify("Mara", "mara@example.org")
    comment = live_post(answer, name="mara", email="MARA@example.org")
    assert comment.pen_name_verified


def test_an_unverified_name_can_be_used_by_anyone(answer):
    live_post(answer, name="Mara", email="one@example.org")
    assert live_post(answer, name="Mara", email="two@example.org").pk


def test_a_returning_verified_posters_reply_asks_everything_in_one_query(
    answer, django_assert_num_queries
):
    from django.utils import timezone

    target = make_comment(answer, name="Kit", email="kit@example.org")
    make_comment(answer, name="Mara", email="mara@example.org")  # published before
    _verify("Mara", "mara@example.org")
    Subscription.objects.create(
        email_hash=email_key("mara@example.org"),
        email="mara@example.org",
        scope=Subscription.Scope.REPLIES,
        confirmed_at=timezone.now(),
    )
    # The reply's target; the bans, rate limits, pen name, replies subscription and
    # history in one query; the comment and its place in the tree; the answer's count
    # (the test's transaction adds a savepoint and its release).
    with django_assert_num_queries(7):
        comment = live_post(answer, name="Mara", parent=target)
    assert comment.pen_name_verified
    assert comment.status == comment.Status.PUBLISHED


def test_a_returning_posters_reply_subscription_is_asked_with_the_checks(answer, mailoutbox):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    live_post(answer, name="Mara")  # creates the pen name and the replies subscription
    [first_link] = EmailLink.objects.all()
    sub = Subscription.objects.get(scope=Subscription.Scope.REPLIES)
    assert first_link.data["subscriptions"] == [sub.pk]

    def subscription_queries(**kw):
        with CaptureQueriesContext(connection) as queries:
            live_post(answer, name="Mara", **kw)
        return [
            q["sql"]
            for q in queries
            if q["sql"].startswith(('SELECT "people_subscription"', 'INSERT INTO "people_sub'))
        ]

    # Not yet confirmed: still waiting in the link already sent, so no second email,
    # and nothing looked up beside the checks' one query.
    assert subscription_queries() == []
    assert EmailLink.objects.count() == 1
    # Confirmed: nothing to ask for.
    PenName.objects.update(verified_at=first_link.created_at)
    Subscription.objects.update(confirmed_at=first_link.created_at)
    assert subscription_queries() == []
    assert EmailLink.objects.count() == 1
    # Following the whole discussion is a new subscription, looked up as before.
    assert subscription_queries(follow_thread=True) != []
    assert Subscription.objects.filter(scope=Subscription.Scope.THREAD).exists()
