"""Unsubscribe links: a page with a button on GET; one-click (RFC 8058) POST without
a CSRF token; idempotent; a changed link does nothing."""

from django.test import Client
from django.utils import timezone

from afterword.identity import email_key
from people import links
from people.models import Mute, Subscription

EMAIL = "reader@example.org"


def subscribe(scope, answer=None):
    return Subscription.objects.create(
        email=EMAIL,
        email_hash=email_key(EMAIL),
        scope=scope,
        answer=answer,
        confirmed_at=timezone.now(),
    )


def path(token):
    return f"/unsubscribe/{token}/"


def test_opening_the_link_asks_first(client, answer):
    subscribe("thread", answer)
    token = links.unsubscribe_token(email_key(EMAIL), answer_id=answer.pk)
    response = client.get(path(token))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Stop emails about the discussion of “{answer.title}”?" in html
    assert token not in html
    assert response["Cache-Control"] == "private, no-store"
    assert Subscription.objects.count() == 1


def test_one_click_from_a_mail_client(answer):
    subscribe("thread", answer)
    subscribe("replies")
    token = links.unsubscribe_token(email_key(EMAIL), answer_id=answer.pk)
    mail_client = Client(enforce_csrf_checks=True)  # no cookie, no token, no Origin
    response = mail_client.post(
        path(token),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert [s.scope for s in Subscription.objects.all()] == ["replies"]
    assert Mute.objects.filter(answer=answer).exists()
    # Twice is the same as once.
    again = mail_client.post(
        path(token), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert again.status_code == 200
    assert Mute.objects.count() == 1


def test_stop_one_kind(client, db):
    subscribe("replies")
    subscribe("everything")
    client.post(path(links.unsubscribe_token(email_key(EMAIL), scope="replies")))
    assert [s.scope for s in Subscription.objects.all()] == ["everything"]


def test_stop_everything(client, answer):
    subscribe("replies")
    subscribe("thread", answer)
    response = client.post(path(links.unsubscribe_token(email_key(EMAIL))))
    assert "we have stopped all emails from Afterword" in response.content.decode()
    assert not Subscription.objects.exists()
    assert Mute.objects.filter(answer__isnull=True).exists()


def test_a_changed_link_does_nothing(client, db):
    subscribe("replies")
    token = links.unsubscribe_token(email_key(EMAIL), scope="replies")
    response = client.post(path(token[:-2] + "zz"))
    assert response.status_code == 200
    assert "This link doesn" in response.content.decode()
    assert Subscription.objects.count() == 1


def test_the_link_names_no_address():
    token = links.unsubscribe_token(email_key(EMAIL))
    assert "reader" not in token
    import base64
    import zlib

    body = token.split(":")[0].lstrip(".")
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    assert b"reader" not in zlib.decompress(raw)
