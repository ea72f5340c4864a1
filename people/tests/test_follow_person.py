"""Following one person in one discussion: double opt-in; only that person's new
comments in that discussion tell the follower (matched by their email's hash, never by
the name alone); never a held comment before it is published, never one's own words,
never after a stop; one click stops it; My words shows and stops it."""

import pytest
from django.test import Client
from django.utils import timezone

from afterword.identity import email_key
from conftest import make_answer, make_comment, make_user
from discussion.models import Comment
from people import data_rights, following, my_words
from people.models import Mute, PenName, Subscription
from people.tests.helpers import link_in, live_post, sent_to, signed_in
from safety import moderation
from safety.models import normalise_name

READER = "reader@example.org"
DIANE = "diane@example.org"


@pytest.fixture(autouse=True)
def _publish_at_once(settings):
    settings.COMMENTS_HOLD_FIRST = False


@pytest.fixture
def diane(answer):
    """Diane, verified, wrote in the discussion: the comment someone follows her from."""
    PenName.objects.create(
        email_hash=email_key(DIANE),
        name="Diane",
        normalised=normalise_name("Diane"),
        verified_at=timezone.now(),
    )
    return make_comment(answer, name="Diane", email=DIANE, body="What helped me was time.")


def follow_url(comment):
    return f"/comments/{comment.pk}/follow/"


def follow(client, comment, capture, email=READER, mailoutbox=None):
    """Ask to follow, and press the confirmation link."""
    with capture(execute=True):
        client.post(follow_url(comment), {"email": email})
    if mailoutbox is not None:
        Client().post(link_in(sent_to(mailoutbox, email)[-1], "confirm"))


def told(mailoutbox, email=READER):
    return [m for m in sent_to(mailoutbox, email) if "wrote again" in m.subject]


def test_each_comment_offers_to_follow_its_writer(client, diane, answer):
    html = client.get(answer.get_absolute_url()).content.decode()
    assert f'href="/comments/{diane.pk}/follow/" rel="nofollow"' in html
    assert 'title="Tell me when Diane writes again in this discussion">Follow Diane' in html


def test_following_asks_to_confirm_first(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    page = client.get(follow_url(diane))
    html = page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    assert "Tell me when Diane writes again in this discussion" in html
    assert DIANE not in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(follow_url(diane), {"email": "Reader@Example.org"})
    assert "Check your email" in response.content.decode()
    [message] = sent_to(mailoutbox, READER)
    assert (
        f"email you when Diane writes again in the discussion of “{answer.title}”" in message.body
    )
    sub = Subscription.objects.get(scope=Subscription.Scope.PERSON)
    assert sub.confirmed_at is None and sub.answer == answer
    assert sub.author_hash == email_key(DIANE) and sub.author_name == "Diane"
    assert DIANE not in str(Subscription.objects.values().get())  # only her email's hash
    # Before confirming, her new words tell nobody.
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Diane", email=DIANE, body="An update, a year on.")
    assert told(mailoutbox) == []
    Client().post(link_in(message, "confirm"))
    sub.refresh_from_db()
    assert sub.confirmed_at is not None


def test_asking_twice_sends_one_email_and_says_the_same(
    client, diane, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(follow_url(diane), {"email": READER})
        second = client.post(follow_url(diane), {"email": READER})
    assert first.content == second.content
    assert len(sent_to(mailoutbox, READER)) == 1
    assert Subscription.objects.count() == 1


def test_a_bad_address_keeps_the_page_and_a_bot_gets_nothing(
    client, diane, mailoutbox, django_capture_on_commit_callbacks
):
    response = client.post(follow_url(diane), {"email": "not an address"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(follow_url(diane), {"email": READER, "website": "http://spam.example"})
    assert mailoutbox == [] and not Subscription.objects.exists()


def test_a_held_or_missing_comment_has_no_follow_page(client, answer):
    held = make_comment(answer, name="Held", status=Comment.Status.PENDING)
    assert client.get(follow_url(held)).status_code == 404
    assert client.get("/comments/999999/follow/").status_code == 404


def test_her_new_comment_in_this_discussion_tells_the_follower_once(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        new = live_post(answer, name="Diane", email=DIANE, body="An update, a year on.")
    [message] = told(mailoutbox)
    assert message.subject == f"Diane wrote again on “{answer.title}”"
    assert "An update, a year on." in message.body
    assert "An update, a year on." in message.alternatives[0][0]
    assert f"http://127.0.0.1:8000/comments/{new.pk}/" in message.body
    everything = message.subject + message.body + message.alternatives[0][0]
    assert DIANE not in everything
    stop = link_in(message, "follows/stop")
    assert message.extra_headers["List-Unsubscribe"] == f"<http://127.0.0.1:8000{stop}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Stop emails about new comments by Diane in this discussion: " in message.body


def test_only_her_comments_in_this_discussion_count(
    client, diane, answer, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    elsewhere = make_answer(columnist, slug="another-letter", title="Another letter")
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(elsewhere, name="Diane", email=DIANE, body="In another discussion.")
        live_post(answer, name="Jo", email="jo@example.org", body="Someone else entirely.")
        # Her email under another name is not announced as her.
        live_post(answer, name="Anonymous Friend", email=DIANE, body="Under another name.")
    assert told(mailoutbox) == []


def test_an_impostor_spelling_never_counts(
    client, answer, mailoutbox, django_capture_on_commit_callbacks
):
    sam = make_comment(answer, name="Sam", email="sam@example.org")  # never verified
    follow(client, sam, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Sam", email="not-sam@example.org", body="I am Sam too.")
        live_post(answer, name="sam", email="sam@example.org", body="Another spelling.")
    assert told(mailoutbox) == []
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Sam", email="sam@example.org", body="Really me.")
    [message] = told(mailoutbox)
    assert "Really me." in message.body


def test_a_held_comment_tells_nobody_until_it_is_published(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        held = live_post(
            answer, name="Diane", email=DIANE, body="See http://a.example http://b.example"
        )
    assert held.status == Comment.Status.PENDING
    assert told(mailoutbox) == []
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(make_user("mod", group="Moderators"), held)
    assert len(told(mailoutbox)) == 1


def test_nobody_is_told_about_their_own_words(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, email=DIANE, mailoutbox=mailoutbox)
    assert Subscription.objects.get(scope="person").confirmed_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Diane", email=DIANE, body="My own new words.")
    assert told(mailoutbox, DIANE) == []


def test_a_stopped_discussion_stays_quiet(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    Mute.objects.create(email_hash=email_key(READER), answer=answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Diane", email=DIANE, body="An update.")
    assert told(mailoutbox) == []


def test_one_email_when_following_her_and_the_whole_discussion(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    my_words.subscribe_signed_in(READER, Subscription.Scope.THREAD, answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Diane", email=DIANE, body="An update.")
    assert len(told(mailoutbox)) == 1
    assert [m.subject for m in sent_to(mailoutbox, READER) if "New comment" in m.subject] == []


def test_one_click_stops_that_follow_alone(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    my_words.subscribe_signed_in(READER, Subscription.Scope.THREAD, answer)
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Diane", email=DIANE, body="An update.")
    stop = link_in(told(mailoutbox)[0], "follows/stop")
    asked = Client().get(stop).content.decode()
    assert "Stop emails when Diane writes in the discussion of" in asked
    assert Subscription.objects.filter(scope="person").exists()  # opening it stops nothing
    mail_client = Client(enforce_csrf_checks=True)  # no cookie, no token, no Origin
    for _ in range(2):  # twice is the same as once
        response = mail_client.post(
            stop, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
    readers = Subscription.objects.filter(email_hash=email_key(READER))
    assert [s.scope for s in readers] == ["thread"]
    assert "This link doesn" in Client().get(stop[:-3] + "xx/").content.decode()


def test_my_words_shows_and_stops_a_follow(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    sub = Subscription.objects.get(scope="person")
    me = signed_in(Client(), READER)
    html = me.get("/me/").content.decode()
    assert "New comments by <strong>Diane</strong> on “<a href=" in html
    assert f'id="freq-{sub.pk}"' not in html  # as it happens, only
    me.post(f"/me/subscriptions/{sub.pk}/", {"action": "frequency", "frequency": "daily"})
    sub.refresh_from_db()
    assert sub.frequency == Subscription.Frequency.INSTANT
    exported = me.get("/me/export/").json()["subscriptions"]
    assert exported[0]["person"] == "Diane" and "diane@" not in str(exported)
    me.post(f"/me/subscriptions/{sub.pk}/", {"action": "stop"})
    assert not Subscription.objects.exists()


def test_following_a_claimed_comment_follows_the_verified_name(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    old = make_comment(answer, name="Dianne", email=DIANE, body="Years ago.")
    Comment.objects.filter(pk=old.pk).update(claimed_name="Diane")
    old.refresh_from_db()
    follow(client, old, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    assert Subscription.objects.get(scope="person").author_name == "Diane"
    with django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="diane", email=DIANE, body="Back again.")  # her verified name
    assert len(told(mailoutbox)) == 1


def test_when_she_erases_her_data_nobody_follows_her(
    client, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    follow(client, diane, django_capture_on_commit_callbacks, mailoutbox=mailoutbox)
    data_rights.erase(DIANE, delete_comments=False)
    assert not Subscription.objects.filter(scope="person").exists()
    diane.refresh_from_db()
    assert not following.followable(diane)
    assert "Follow Former member" not in client.get(answer.get_absolute_url()).content.decode()
    assert client.get(follow_url(diane)).status_code == 404
