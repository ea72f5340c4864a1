"""The confirmation link: a button (mail scanners open links, people press buttons),
single use, expiring, never repeated on a page or in a log line."""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks.signals import task_enqueued

from discussion.models import Comment
from people.models import EmailLink, PenName, Subscription
from people.tests.helpers import link_in, live_post


def first_post(answer, mailoutbox, capture, **kw):
    with capture(execute=True):
        comment = live_post(answer, **kw)
    return comment, link_in(mailoutbox[-1], "confirm")


def test_opening_the_link_shows_a_button_and_changes_nothing(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Confirm it's you" in html
    token = path.split("/")[2]
    assert token not in html  # the form posts to its own address
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "same-origin"
    assert EmailLink.objects.get().used_at is None


def test_pressing_it_verifies_the_name_and_turns_on_replies(
    client, answer, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.COMMENTS_HOLD_FIRST = False
    comment, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)
    html = response.content.decode()
    assert "Your pen name <strong>Mara</strong> is verified" in html
    assert "replies to my comments" in html
    assert PenName.objects.get().verified_at is not None
    assert Subscription.objects.get().confirmed_at is not None
    comment.refresh_from_db()
    assert comment.pen_name_verified
    page = client.get(answer.get_absolute_url()).content.decode()
    assert "✓</span> verified" in page


def test_a_link_works_once(client, answer, mailoutbox, django_capture_on_commit_callbacks):
    _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    client.post(path)
    again = client.post(path)
    assert again.status_code == 200
    assert "This link doesn" in again.content.decode()
    assert "This link doesn" in client.get(path).content.decode()


def test_an_old_link_has_expired(
    client, answer, mailoutbox, django_capture_on_commit_callbacks, settings
):
    _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    EmailLink.objects.update(created_at=timezone.now() - timedelta(hours=73))
    assert "This link doesn" in client.post(path).content.decode()
    assert PenName.objects.get().verified_at is None


def test_a_changed_link_does_nothing(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    assert "This link doesn" in client.post(path[:-3] + "xx/").content.decode()
    assert PenName.objects.get().verified_at is None


def test_a_name_someone_else_verified_first_stays_theirs(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    _, first = first_post(
        answer, mailoutbox, django_capture_on_commit_callbacks, email="one@example.org"
    )
    _, second = first_post(
        answer, mailoutbox, django_capture_on_commit_callbacks, email="two@example.org"
    )
    client.post(second)
    response = client.post(first)
    assert "Someone else verified the pen name" in response.content.decode()
    assert not Comment.objects.get(email="one@example.org").pen_name_verified
    assert Comment.objects.get(email="two@example.org").pen_name_verified


def test_no_log_line_holds_a_link(
    client, answer, mailoutbox, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.DEBUG)
    _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    token = path.split("/")[2]
    client.get(path)
    client.post(path)
    client.post(path)  # used: still a 200 page, so django.request logs nothing
    client.get("/confirm/not-a-token/")
    assert token not in caplog.text
    assert "not-a-token" not in caplog.text
    assert not [r for r in caplog.records if r.name == "django.request"]


def test_the_task_queue_never_holds_the_link(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    """The queue's rows are shown in the admin: the link is made when the email is sent."""
    queued = []

    def remember(sender, task_result, **kwargs):
        queued.append(repr(task_result.args) + repr(task_result.kwargs))

    task_enqueued.connect(remember)
    try:
        _, path = first_post(answer, mailoutbox, django_capture_on_commit_callbacks)
    finally:
        task_enqueued.disconnect(remember)
    token = path.split("/")[2]
    assert queued and not [q for q in queued if token in q]
