"""Who is told about a published comment: the person it replies to (verified and
subscribed), the discussion's followers and the columnist — once each, never the
writer, never before a held comment is approved, never with anyone else's address."""

import pytest
from django.utils import timezone

from afterword.identity import email_key
from conftest import make_comment, make_user
from discussion.services import reject_comment
from people import notifying
from people.models import Mute, Subscription
from people.tests.helpers import link_in, live_post, sent_to
from safety import moderation


@pytest.fixture(autouse=True)
def _publish_at_once(settings):
    settings.COMMENTS_HOLD_FIRST = False


def subscribe(email, scope=Subscription.Scope.REPLIES, answer=None, **kw):
    return Subscription.objects.create(
        email=email,
        email_hash=email_key(email),
        scope=scope,
        answer=answer,
        confirmed_at=timezone.now(),
        **kw,
    )


def notified(mailoutbox, email):
    return [m for m in sent_to(mailoutbox, email) if "confirm" not in m.subject.lower()]


def test_a_reply_tells_the_person_replied_to(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        reply = live_post(answer, name="Jo", body="Same here, Mara.", parent=mara)
    [message] = notified(mailoutbox, "mara@example.org")
    assert message.subject == f"Jo replied to you on “{answer.title}”"
    assert "Hello Mara," in message.body
    assert "Same here, Mara." in message.body
    assert f"http://127.0.0.1:8000/comments/{reply.pk}/" in message.body
    assert "Same here, Mara." in message.alternatives[0][0]
    assert "Stop emails about this discussion: http://127.0.0.1:8000/unsubscribe/" in message.body
    assert "Stop all emails from Afterword" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    everything = message.subject + message.body + message.alternatives[0][0]
    assert "jo@example.org" not in everything


def test_plain_text_parts_and_subjects_are_not_html_escaped(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Dee O'Brien & <Kit>", body="I can't say it better.", parent=mara)
    [message] = notified(mailoutbox, "mara@example.org")
    assert message.subject.startswith("Dee O'Brien & <Kit> replied to you")
    assert "Dee O'Brien & <Kit> replied" in message.body
    assert "I can't say it better." in message.body
    # The HTML part is still escaped.
    assert "Dee O&#x27;Brien &amp; &lt;Kit&gt;" in message.alternatives[0][0]


def test_no_email_without_a_confirmed_subscription(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    Subscription.objects.create(
        email="mara@example.org",
        email_hash=email_key("mara@example.org"),
        scope=Subscription.Scope.REPLIES,
    )
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo", parent=mara)
    assert notified(mailoutbox, "mara@example.org") == []


def test_a_comment_posted_without_the_box_gets_no_reply_emails(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org", notify_replies=False)
    subscribe("mara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo", parent=mara)
    assert notified(mailoutbox, "mara@example.org") == []


def test_followers_and_the_columnist_are_told_once_each(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    user = answer.columnist.user
    user.email = "ada@example.org"
    user.save()
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")  # replies ...
    subscribe("mara@example.org", Subscription.Scope.THREAD, answer)  # ... and the thread
    subscribe("follower@example.org", Subscription.Scope.THREAD, answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo", parent=mara)
    assert [m.subject for m in notified(mailoutbox, "mara@example.org")] == [
        f"Jo replied to you on “{answer.title}”"
    ]
    [follow] = notified(mailoutbox, "follower@example.org")
    assert follow.subject == f"New comment on “{answer.title}”"
    assert "in reply to Mara" in follow.body
    [columnist] = notified(mailoutbox, "ada@example.org")
    assert columnist.subject == f"New comment on your answer “{answer.title}”"
    assert "Hello Ada Moss," in columnist.body


def test_nobody_is_told_about_their_own_words(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")
    subscribe("mara@example.org", Subscription.Scope.THREAD, answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Mara", email="mara@example.org", parent=mara)
    assert notified(mailoutbox, "mara@example.org") == []


def test_a_held_reply_tells_nobody_until_it_is_approved(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        held = live_post(
            answer, name="Jo", parent=mara, body="See http://a.example http://b.example"
        )
    assert held.status == "pending"
    assert notified(mailoutbox, "mara@example.org") == []
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(make_user("mod", group="Moderators"), held)
    assert len(notified(mailoutbox, "mara@example.org")) == 1
    # Approving again (a reported comment kept up) tells nobody twice, and nor does
    # restoring it after it was hidden.
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(None, held)
        moderation.approve(None, reject_comment(held))
    assert len(notified(mailoutbox, "mara@example.org")) == 1


def test_a_muted_discussion_stays_quiet(answer, mailoutbox, django_capture_on_commit_callbacks):
    mara = make_comment(answer, name="Mara", email="mara@example.org")
    subscribe("mara@example.org")
    Mute.objects.create(email_hash=email_key("mara@example.org"), answer=answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo", parent=mara)
    assert notified(mailoutbox, "mara@example.org") == []


def test_daily_readers_wait_for_the_digest(answer, mailoutbox, django_capture_on_commit_callbacks):
    subscribe("daily@example.org", Subscription.Scope.THREAD, answer, frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo")
    assert notified(mailoutbox, "daily@example.org") == []


def test_the_unsubscribe_link_in_a_notification_works(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    subscribe("follower@example.org", Subscription.Scope.THREAD, answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Jo")
    [message] = notified(mailoutbox, "follower@example.org")
    client.post(link_in(message, "unsubscribe"))
    assert not Subscription.objects.filter(email="follower@example.org").exists()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Kit")
    assert notified(mailoutbox, "follower@example.org") == []


def test_notify_skips_a_comment_no_longer_published(answer):
    comment = make_comment(answer, status="pending")
    assert notifying.notify(comment) == 0


@pytest.fixture
def task_rows(settings):
    """Tasks kept as rows, as the site's database backend keeps them; counts them."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return lambda: DBTaskResult.objects.filter(task_path="people.tasks.notify_comment").count()


def test_no_task_is_queued_when_nobody_can_be_waiting(answer, task_rows):
    """The columnist has no account with an email, nobody follows: nothing to queue."""
    answer.columnist.user.email = ""
    answer.columnist.user.save()
    comment = live_post(answer, name="Jo", email="jo@example.org")
    assert not notifying.anyone_waiting(comment)
    assert task_rows() == 0
    assert notifying.notify(comment) == 0  # and there was, indeed, nobody to tell


@pytest.mark.parametrize("who", ["thread", "writer", "columnist", "reply"])
def test_a_task_is_queued_for_each_kind_of_person_waiting(answer, task_rows, who):
    user = answer.columnist.user
    user.email = "ada@example.org" if who == "columnist" else ""
    user.save()
    parent = make_comment(answer, name="Mara", email="mara@example.org") if who == "reply" else None
    if who == "thread":
        subscribe("follower@example.org", Subscription.Scope.THREAD, answer)
    if who == "writer":
        subscribe(
            "follower@example.org",
            Subscription.Scope.PERSON,
            answer,
            author_hash=email_key("jo@example.org"),
            author_name="Jo",
        )
    comment = live_post(answer, name="Jo", email="jo@example.org", parent=parent)
    assert notifying.anyone_waiting(comment)
    assert task_rows() == 1
    if who != "reply":  # Mara never asked for replies; the others are told
        assert notifying.notify(comment) == 1
