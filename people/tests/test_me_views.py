"""My words: sign in by email link (no account enumeration), see my comments,
letters, pen names and emails; edit (screened again), delete, export, erase."""

import json

import pytest
from django.core import signing
from django.urls import reverse

from afterword.identity import email_key
from column.models import Letter
from column.services import receive_letter
from conftest import make_comment
from discussion.models import Comment
from people import session
from people.models import EmailLink, PenName, Subscription
from people.tests.helpers import link_in, live_post

EMAIL = "mara@example.org"
DANGER = "I have decided to end it this weekend."


@pytest.fixture
def mara(answer):
    return make_comment(answer, name="Mara", email=EMAIL, body="My first words.")


@pytest.fixture
def me(client, mara):
    """A client signed in to My words as Mara."""
    session_store = client.session
    session_store[session.SESSION_KEY] = signing.dumps(EMAIL, salt="people.session")
    session_store.save()
    return client


def test_the_sign_in_form(client, db):
    response = client.get("/me/")
    assert response.status_code == 200
    assert "Email me a link" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_an_unknown_address_gets_the_same_answer_and_no_email(
    client, mara, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post("/me/", {"email": "nobody@example.org"})
        known = client.post("/me/", {"email": EMAIL})
    assert unknown.content == known.content
    assert "If this address has words here, we sent a link" in known.content.decode()
    assert [m.to for m in mailoutbox] == [[EMAIL]]


def test_the_link_signs_in_once(client, mara, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/me/", {"email": "MARA@example.org"})
    [message] = mailoutbox
    assert message.subject == "Your link to My words on Afterword"
    assert "It works once, for 30 minutes." in message.body
    path = link_in(message, "me/sign-in")
    page = client.get(path)
    assert "Sign in to My words" in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"
    response = client.post(path)
    assert response.status_code == 302 and response["Location"] == "/me/"
    mine = client.get("/me/").content.decode()
    assert "My first words." in mine
    assert "Signed in as" in mine
    other = client.__class__()
    assert "This link doesn" in other.post(path).content.decode()


def test_a_sign_in_link_expires(client, mara, mailoutbox, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/me/", {"email": EMAIL})
    EmailLink.objects.update(created_at=timezone.now() - timedelta(minutes=31))
    response = client.post(link_in(mailoutbox[0], "me/sign-in"))
    assert "This link doesn" in response.content.decode()
    assert session.SESSION_KEY not in client.session


def test_my_page_lists_everything_of_mine_and_nothing_else(me, answer):
    make_comment(answer, name="Jo", email="jo@example.org", body="Not Mara's words.")
    receive_letter(
        pen_name="Lost", email=EMAIL, body="My letter.", consent_to_publish=True, received_at=None
    )
    Subscription.objects.create(email=EMAIL, email_hash=email_key(EMAIL), scope="replies")
    PenName.objects.create(email_hash=email_key(EMAIL), name="Mara", normalised="mara")
    response = me.get("/me/")
    html = response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert "My first words." in html
    assert "Not Mara" not in html and "jo@example.org" not in html
    assert "Signed “Lost”" in html and "Received" in html
    assert "Mara — not verified yet" in html
    assert "Replies to my comments" in html


def test_pages_need_signing_in(client, mara):
    for url in ["/me/export/", "/me/erase/", f"/me/comments/{mara.pk}/edit/"]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/me/"


@pytest.mark.parametrize("url", ["/me/sign-out/", "/me/digest/", "/me/subscriptions/1/"])
def test_actions_need_post(me, url):
    assert me.get(url).status_code == 405


def test_edit_my_comment(me, mara, answer):
    response = me.post(f"/me/comments/{mara.pk}/edit/", {"body": "Better words."})
    assert "Your edit is saved." in response.content.decode()
    mara.refresh_from_db()
    assert mara.body == "Better words." and mara.edited_at is not None
    assert mara.status == "published"
    page = me.get(answer.get_absolute_url()).content.decode()
    assert "Better words." in page and "(edited)" in page


def test_an_edit_with_crisis_words_is_held_and_shows_help(me, mara, answer):
    response = me.post(f"/me/comments/{mara.pk}/edit/", {"body": DANGER})
    html = response.content.decode()
    assert "People are ready to listen" in html
    assert 'class="crisis-resources"' in html
    mara.refresh_from_db()
    assert mara.status == "pending" and mara.held_for == ["crisis"]
    answer.refresh_from_db()
    assert answer.comment_count == 0


def test_an_edit_with_banned_words_keeps_the_text(me, mara):
    response = me.post(f"/me/comments/{mara.pk}/edit/", {"body": "buy viagra now"})
    assert response.status_code == 400
    assert "buy viagra now</textarea>" in response.content.decode()
    mara.refresh_from_db()
    assert mara.body == "My first words."


def test_an_edit_that_names_someone_asks_before_saving(me, mara):
    words = "Call my sister Dana Whitcombe on 07700 900123, she runs the clinic."
    url = f"/me/comments/{mara.pk}/edit/"
    html = me.post(url, {"body": words}).content.decode()
    assert "could this identify someone?" in html
    assert "<mark" in html and "Save anyway" in html
    assert f"{words}</textarea>" in html
    mara.refresh_from_db()
    assert mara.body == "My first words."
    response = me.post(url, {"body": words, "privacy_ok": "on"})
    assert "Your edit is saved." in response.content.decode()
    mara.refresh_from_db()
    assert mara.body == words


def test_someone_elses_comment_is_not_mine(me, answer):
    other = make_comment(answer, name="Jo", email="jo@example.org")
    assert me.get(f"/me/comments/{other.pk}/edit/").status_code == 404
    assert me.post(f"/me/comments/{other.pk}/delete/").status_code == 404
    other.refresh_from_db()
    assert other.status == "published"


def test_delete_my_comment_keeps_the_replies(me, mara, answer):
    reply = make_comment(answer, name="Jo", email="jo@example.org", parent=mara)
    response = me.post(f"/me/comments/{mara.pk}/delete/")
    assert response.status_code == 302
    mara.refresh_from_db()
    assert mara.status == "removed" and mara.body == ""
    page = me.get(answer.get_absolute_url()).content.decode()
    assert "This comment was removed by its author." in page
    assert f'id="c{reply.pk}"' in page


def test_subscriptions_change_and_stop(me):
    sub = Subscription.objects.create(email=EMAIL, email_hash=email_key(EMAIL), scope="replies")
    me.post(f"/me/subscriptions/{sub.pk}/", {"action": "frequency", "frequency": "daily"})
    sub.refresh_from_db()
    assert sub.frequency == "daily"
    me.post(f"/me/subscriptions/{sub.pk}/", {"action": "stop"})
    assert not Subscription.objects.exists()


def test_someone_elses_subscription_is_left_alone(me):
    other = Subscription.objects.create(
        email="jo@example.org", email_hash=email_key("jo@example.org"), scope="replies"
    )
    me.post(f"/me/subscriptions/{other.pk}/", {"action": "stop"})
    assert Subscription.objects.filter(pk=other.pk).exists()


def test_the_digest_is_confirmed_at_once_when_signed_in(me):
    me.post("/me/digest/")
    sub = Subscription.objects.get()
    assert sub.scope == "everything" and sub.confirmed_at is not None


def test_export_everything_of_mine(me, answer, mara):
    make_comment(answer, name="Jo", email="jo@example.org", parent=mara, body="Hi Mara")
    receive_letter(pen_name="Lost", email=EMAIL, body="My letter.", consent_to_publish=False)
    response = me.get("/me/export/")
    assert response["Content-Disposition"].startswith('attachment; filename="my-words-')
    assert response["Cache-Control"] == "private, no-store"
    data = json.loads(response.content)
    assert data["email"] == EMAIL
    assert [c["body"] for c in data["comments"]] == ["My first words."]
    assert [letter["body"] for letter in data["letters"]] == ["My letter."]
    assert "jo@example.org" not in response.content.decode()


def test_erase_deleting_my_comments(
    me, answer, mara, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.COMMENTS_HOLD_FIRST = False
    reply = make_comment(answer, name="Jo", email="jo@example.org", parent=mara)
    receive_letter(pen_name="Lost", email=EMAIL, body="My letter.", consent_to_publish=False)
    Subscription.objects.create(email=EMAIL, email_hash=email_key(EMAIL), scope="replies")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = me.post("/me/erase/", {"comments": "delete", "sure": "on"})
    assert "You are erased." in response.content.decode()
    mara.refresh_from_db()
    assert (mara.status, mara.body, mara.email, mara.ip_hash) == ("removed", "", "", "")
    reply.refresh_from_db()
    assert reply.reply_to_name == "Former member"
    assert not Letter.objects.exists() and not Subscription.objects.exists()
    [message] = mailoutbox
    assert message.to == [EMAIL] and message.subject == "You are erased from Afterword"
    assert "deleted" in message.body
    assert me.get("/me/export/").status_code == 302  # signed out


def test_erase_keeping_my_words_anonymously(me, answer, mara):
    response = me.post("/me/erase/", {"comments": "anonymise", "sure": "on"})
    assert response.status_code == 200
    mara.refresh_from_db()
    assert (mara.status, mara.pen_name, mara.email) == ("published", "Former member", "")
    assert mara.body == "My first words."
    assert not Comment.objects.filter(email=EMAIL).exists()


def test_erase_needs_a_choice_and_a_tick(me, mara):
    response = me.post("/me/erase/", {"comments": "delete"})
    assert response.status_code == 400
    mara.refresh_from_db()
    assert mara.email == EMAIL


def test_sign_out(me):
    me.post("/me/sign-out/")
    assert "Email me a link" in me.get("/me/").content.decode()


def test_a_first_post_then_my_words(client, answer, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="New", email="new@example.org")
        client.post("/me/", {"email": "new@example.org"})
    assert reverse("people:me") == "/me/"
    assert len(mailoutbox) == 2


def test_an_edit_refused_for_a_banned_word_shows_help_and_keeps_a_signal(me, mara, settings):
    from safety.models import CrisisCase

    settings.MODERATION_BANNED_WORDS = ["casino bonus"]
    words = "I have the rope ready and I will use it tonight. casino bonus"
    response = me.post(f"/me/comments/{mara.pk}/edit/", {"body": words})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="crisis-help"' in html and "988" in html
    assert html.index('id="crisis-help"') < html.index(words)
    signal = CrisisCase.objects.get(kind=CrisisCase.Kind.SIGNAL)
    assert signal.text == words and signal.meant_for_url == mara.get_absolute_url()
    mara.refresh_from_db()
    assert mara.body == "My first words."
