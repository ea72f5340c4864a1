"""The moderation rules as a poster meets them through the web form.

Refusals and checks always give the text back; holds always say so.
"""

import pytest
from django.db.models import F
from django.urls import reverse

from afterword.identity import email_key
from conftest import make_comment
from discussion.models import Comment
from safety.models import Ban, normalise_name

FORM = {
    "name": "Harriet",
    "email": "harriet@example.org",
    "body": "I read this three times.",
    "accept_terms": "on",
    "parent": "",
}


@pytest.fixture
def known(answer):
    """Harriet has been published before, so the first-comment hold doesn't apply."""
    make_comment(answer, name="Harriet", email="harriet@example.org")
    return answer


def post(client, answer, **changes):
    return client.post(reverse("discussion:post", args=[answer.slug]), {**FORM, **changes})


def test_honeypot_posts_are_kept_as_spam_and_the_poster_is_told_it_waits(client, known):
    response = post(client, known, website="http://spam.example")
    comment = Comment.objects.latest("pk")
    assert comment.status == Comment.Status.SPAM
    assert comment.held_for == ["honeypot"]
    assert response.status_code == 302


def test_two_links_hold_a_comment(client, known):
    post(client, known, body="See https://a.example and https://b.example please", privacy_ok="on")
    comment = Comment.objects.latest("pk")
    assert comment.status == Comment.Status.PENDING
    assert comment.held_for == ["links"]


def test_one_link_does_not(client, known):
    post(client, known, body="This helped me: https://a.example", privacy_ok="on")
    assert Comment.objects.latest("pk").status == Comment.Status.PUBLISHED


def test_suspect_words_hold(client, known):
    post(client, known, body="Lovely answer. Whatsapp me for more.")
    assert Comment.objects.latest("pk").held_for == ["suspect"]


def test_banned_words_are_refused_with_the_text_kept(client, known):
    response = post(client, known, body="Cheap viagra here, and my real story.")
    assert response.status_code == 400
    html = response.content.decode()
    assert "isn&#x27;t allowed here" in html or "isn't allowed here" in html
    assert "Cheap viagra here, and my real story.</textarea>" in html
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("kind", ["pen_name", "email"])
def test_banned_posters_are_refused_kindly(client, known, kind):
    value = normalise_name(" HARRIET ") if kind == "pen_name" else email_key("harriet@example.org")
    Ban.objects.create(kind=kind, value=value)
    response = post(client, known)
    assert response.status_code == 400
    assert "can&#x27;t post here any more" in response.content.decode()
    assert "I read this three times.</textarea>" in response.content.decode()


def test_banned_ip_is_refused(client, known):
    post(client, known)
    ip_hash = Comment.objects.latest("pk").ip_hash
    assert ip_hash and "127.0.0.1" not in ip_hash
    Ban.objects.create(kind=Ban.Kind.IP, value=ip_hash)
    assert post(client, known, email="other@example.org").status_code == 400


def test_rate_limit_answers_kindly_and_keeps_the_text(client, known, settings):
    settings.RATE_LIMIT_PER_IP = 3
    for i in range(3):
        assert post(client, known, email=f"p{i}@example.org").status_code == 302
    response = post(client, known, body="The words I will not lose.")
    assert response.status_code == 429
    html = response.content.decode()
    assert "paused posting from you" in html
    assert "The words I will not lose.</textarea>" in html


def test_rate_limit_for_one_address_leaves_others_alone(client, known, settings):
    settings.RATE_LIMIT_PER_IP = 2
    for _ in range(3):
        post(client, known)
    other = client.post(
        reverse("discussion:post", args=[known.slug]),
        {**FORM, "email": "someone@example.org"},
        REMOTE_ADDR="10.9.8.7",
    )
    assert other.status_code == 302


def test_letters_are_rate_limited_too(client, db, settings):
    settings.RATE_LIMIT_PER_EMAIL = 1
    data = {
        "name": "Writer",
        "email": "w@example.org",
        "body": "First letter.",
        "consent_to_publish": "on",
        "accept_terms": "on",
    }
    assert client.post(reverse("column:write"), data).status_code == 302
    response = client.post(reverse("column:write"), {**data, "body": "Second letter."})
    assert response.status_code == 429
    assert "Second letter.</textarea>" in response.content.decode()


def test_an_email_is_limited_within_the_window_only(client, known, settings):
    # `known` has one comment from Harriet already: it counts toward her limit.
    settings.RATE_LIMIT_PER_EMAIL = 2
    settings.RATE_LIMIT_PER_IP = 100
    assert post(client, known).status_code == 302
    assert post(client, known, body="A third one.").status_code == 429
    # Her posts from before the window no longer count.
    from datetime import timedelta

    window = timedelta(seconds=settings.RATE_LIMIT_WINDOW + 1)
    Comment.objects.filter(email="harriet@example.org").update(created_at=F("created_at") - window)
    assert post(client, known, body="A third one.").status_code == 302
