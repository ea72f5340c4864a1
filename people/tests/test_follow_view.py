"""Following a discussion without commenting: a small form on the cached answer page,
checked by origin instead of a CSRF token, confirmed by email (double opt-in)."""

from django.test import Client
from django.urls import reverse

from people.models import Subscription
from people.tests.helpers import link_in


def follow_url(answer):
    return reverse("people:follow", args=[answer.slug])


def test_follow_needs_post(client, answer):
    assert client.get(follow_url(answer)).status_code == 405


def test_a_post_from_another_site_is_refused(answer):
    stranger = Client(headers={"Origin": "https://evil.example"})
    response = stranger.post(follow_url(answer), {"email": "me@example.org"})
    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_following_asks_to_confirm_first(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(follow_url(answer), {"email": "Reader@Example.org"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "Check your email" in response.content.decode()
    [message] = mailoutbox
    assert message.to == ["reader@example.org"]
    assert message.subject == "Please confirm: emails from Afterword"
    assert f"email you when someone comments on “{answer.title}”" in message.body
    sub = Subscription.objects.get()
    assert sub.confirmed_at is None and sub.answer == answer
    client.post(link_in(message, "confirm"))
    sub.refresh_from_db()
    assert sub.confirmed_at is not None


def test_asking_twice_sends_one_email_and_says_the_same(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(follow_url(answer), {"email": "reader@example.org"})
        second = client.post(follow_url(answer), {"email": "reader@example.org"})
    assert first.content == second.content
    assert len(mailoutbox) == 1


def test_a_bad_address_comes_back_to_be_fixed(client, answer):
    response = client.post(follow_url(answer), {"email": "reader@"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "doesn&#x27;t look complete" in html
    assert 'value="reader@"' in html


def test_the_trap_field_sends_nothing(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(follow_url(answer), {"email": "bot@example.org", "website": "spam"})
    assert response.status_code == 200
    assert mailoutbox == [] and not Subscription.objects.exists()
