"""Claiming earlier comments written under other spellings: only one's own email's,
only after the emailed link, shown in the thread as "Diane ✓ verified (also wrote as
Dianne)" (escaped), undone from My words, and covered by export and erasure."""

import json
import uuid
from datetime import timedelta
from wsgiref.util import setup_testing_defaults

import pytest
from django.core import signals
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.test import Client
from django.utils import timezone

from afterword import pagecache
from afterword.identity import email_key
from conftest import make_comment
from discussion.models import Comment
from people import claims, links
from people.models import EmailLink, PenName
from people.tests.helpers import link_in, sent_to, signed_in
from safety.models import normalise_name

EMAIL = "diane@example.org"
OTHER = "someone-else@example.org"


def verify(name, email):
    return PenName.objects.create(
        email_hash=email_key(email),
        name=name,
        normalised=normalise_name(name),
        verified_at=timezone.now(),
    )


@pytest.fixture
def diane(answer):
    """Diane verified her name; before that she wrote as "Dianne" (twice) and "diane."."""
    pen = verify("Diane", EMAIL)
    make_comment(answer, name="Diane", email=EMAIL, body="Now I write as Diane.")
    make_comment(answer, name="Dianne", email=EMAIL, body="First words, as Dianne.")
    make_comment(answer, name="Dianne", email=EMAIL, body="Second words, as Dianne.")
    make_comment(answer, name="diane.", email=EMAIL, body="Written on my phone.")
    # Someone else, with their own email, happens to use one of her old spellings.
    make_comment(answer, name="Dianne", email=OTHER, body="A different Dianne entirely.")
    return pen


@pytest.fixture
def me(client, diane):
    return signed_in(client, EMAIL)


def ask(me, pen, *spellings, capture):
    with capture(execute=True):
        return me.post("/me/claims/", {"pen_name": pen.pk, "spelling": list(spellings)})


def test_my_words_offers_only_my_own_other_spellings(me, diane):
    assert claims.other_spellings(EMAIL) == [
        claims.Spelling("diane.", 1),
        claims.Spelling("Dianne", 2),  # her two; the other email's Dianne isn't counted
    ]
    html = me.get("/me/").content.decode()
    assert "Comments under other spellings" in html
    assert 'name="spelling" value="Dianne"> “Dianne” (2 comments)' in html
    assert 'value="Diane"' not in html  # her verified name has nothing to claim
    assert "A different Dianne" not in html


def test_nothing_is_offered_without_a_verified_pen_name(client, answer):
    make_comment(answer, name="Sam", email="sam@example.org")
    make_comment(answer, name="Sammy", email="sam@example.org")
    assert claims.other_spellings("sam@example.org") == []
    html = signed_in(client, "sam@example.org").get("/me/").content.decode()
    assert "Comments under other spellings" not in html


def test_claiming_waits_for_the_emailed_link(
    me, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    response = ask(me, diane, "Dianne", capture=django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == "/me/"
    [message] = sent_to(mailoutbox, EMAIL)
    assert message.subject == "Please confirm: show your earlier comments as Diane"
    assert "claim 2 earlier comments written with this address as “Dianne”" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert not Comment.objects.exclude(claimed_name="").exists()  # not before the link
    path = link_in(message, "me/claim")
    anyone = Client()
    page = anyone.get(path)
    assert "Claim your earlier comments" in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    assert not Comment.objects.exclude(claimed_name="").exists()  # opening it does nothing
    with django_capture_on_commit_callbacks(execute=True):
        done = anyone.post(path)
    assert "Done: 2 comments now show <strong>Diane</strong>" in done.content.decode()
    claimed = Comment.objects.exclude(claimed_name="")
    assert sorted(claimed.values_list("email", "pen_name", "claimed_name")) == [
        (EMAIL, "Dianne", "Diane"),
        (EMAIL, "Dianne", "Diane"),
    ]
    assert Comment.objects.get(email=OTHER).claimed_name == ""
    assert "This link doesn" in anyone.post(path).content.decode()  # once only


def test_a_claim_link_expires(me, diane, mailoutbox, settings, django_capture_on_commit_callbacks):
    ask(me, diane, "Dianne", capture=django_capture_on_commit_callbacks)
    EmailLink.objects.update(
        created_at=timezone.now() - timedelta(hours=settings.CONFIRM_LINK_HOURS, minutes=1)
    )
    response = Client().post(link_in(mailoutbox[-1], "me/claim"))
    assert "This link doesn" in response.content.decode()
    assert not Comment.objects.exclude(claimed_name="").exists()


def test_another_emails_comments_can_never_be_claimed(
    me, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    jo = make_comment(answer, name="Jo", email="jo@example.org")
    # A spelling only someone else used is not offered, and asking for it sends nothing.
    ask(me, diane, "Jo", capture=django_capture_on_commit_callbacks)
    assert sent_to(mailoutbox, EMAIL) == []
    # Nor can a verified name of another email be claimed for.
    theirs = verify("Someone", OTHER)
    ask(me, theirs, "Dianne", capture=django_capture_on_commit_callbacks)
    assert sent_to(mailoutbox, EMAIL) == []
    # Even a link naming other people's comments changes only the link's own email's.
    other_dianne = Comment.objects.get(email=OTHER)
    link = links.new_link(
        EmailLink.Purpose.CLAIM,
        EMAIL,
        {"pen_name": diane.pk, "spellings": ["Dianne"], "comments": [jo.pk, other_dianne.pk]},
    )
    result = claims.confirm(links.token_for(link))
    assert result.count == 0
    assert not Comment.objects.exclude(claimed_name="").exists()


def test_the_thread_shows_the_verified_name_and_what_it_was_written_as(
    client, diane, answer, django_capture_on_commit_callbacks
):
    odd = make_comment(answer, name='<b>Di</b> & "co"', email=EMAIL, body="Odd name.")
    link = links.new_link(
        EmailLink.Purpose.CLAIM,
        EMAIL,
        {"pen_name": diane.pk, "spellings": [odd.pen_name], "comments": [odd.pk]},
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert claims.confirm(links.token_for(link)).count == 1
    html = Client().get(answer.get_absolute_url()).content.decode()
    start = html.index(f'id="c{odd.pk}"')
    header = html[start : html.index("</header>", start)]
    assert f'<span class="pen-name" id="c{odd.pk}-by">Diane</span>' in header
    assert "✓</span> verified</span>" in header
    assert (
        '<span class="also-wrote">(also wrote as &lt;b&gt;Di&lt;/b&gt; &amp; &quot;co&quot;)'
        "</span>" in header
    )
    assert "<b>Di</b>" not in html


def test_undoing_a_claim_from_my_words(
    me, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    ask(me, diane, "Dianne", "diane.", capture=django_capture_on_commit_callbacks)
    Client().post(link_in(mailoutbox[-1], "me/claim"))
    html = me.get("/me/").content.decode()
    assert "2 comments written as “Dianne”, shown as Diane" in html
    assert "Comments under other spellings" not in html  # nothing left to claim
    assert me.get("/me/claims/undo/").status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        me.post("/me/claims/undo/", {"spelling": "Dianne"})
    assert list(Comment.objects.exclude(claimed_name="").values_list("pen_name", flat=True)) == [
        "diane."
    ]
    page = Client().get(answer.get_absolute_url()).content.decode()
    assert page.count("(also wrote as") == 1


def test_claim_pages_need_signing_in_and_a_post(client, diane):
    anonymous = client.post("/me/claims/", {"pen_name": diane.pk, "spelling": "Dianne"})
    assert anonymous.status_code == 302 and anonymous["Location"] == "/me/"
    assert signed_in(client, EMAIL).get("/me/claims/").status_code == 405
    assert not EmailLink.objects.exists()


def test_export_and_erase_cover_claims(
    me, diane, answer, mailoutbox, django_capture_on_commit_callbacks
):
    ask(me, diane, "Dianne", capture=django_capture_on_commit_callbacks)
    Client().post(link_in(mailoutbox[-1], "me/claim"))
    exported = json.loads(me.get("/me/export/").content)
    as_claimed = {(c["pen_name"], c["claimed_as"]) for c in exported["comments"]}
    assert as_claimed == {("Diane", None), ("Dianne", "Diane"), ("diane.", None)}
    with django_capture_on_commit_callbacks(execute=True):
        me.post("/me/erase/", {"comments": "anonymise", "sure": "on"})
    assert not Comment.objects.exclude(claimed_name="").exists()
    page = Client().get(answer.get_absolute_url()).content.decode()
    assert "also wrote as" not in page and ">Diane</span>" not in page
    assert page.count('-by">Former member</span>') == 4


# --- The cached thread changes when claims do ---------------------------------------------


class Counted(WSGIHandler):
    calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return super().__call__(environ, start_response)


@pytest.fixture
def cached_site(db):
    """Django behind the page cache, as an app server runs it."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield pagecache.PageCache(
        Counted(), pages=LocMemCache(f"claims-{uuid.uuid4()}", {"TIMEOUT": 60})
    )
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def read(app, path) -> str:
    environ = {"PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    setup_testing_defaults(environ)
    return b"".join(app(environ, lambda status, headers, exc_info=None: None)).decode()


def test_the_cached_thread_changes_when_a_claim_is_made_and_undone(
    cached_site, diane, answer, django_capture_on_commit_callbacks
):
    assert "also wrote as" not in read(cached_site, answer.get_absolute_url())
    read(cached_site, answer.get_absolute_url())
    assert cached_site.app.calls == 1  # the second reader was served the stored page
    ids = list(Comment.objects.filter(email=EMAIL, pen_name="Dianne").values_list("pk", flat=True))
    link = links.new_link(
        EmailLink.Purpose.CLAIM,
        EMAIL,
        {"pen_name": diane.pk, "spellings": ["Dianne"], "comments": ids},
    )
    with django_capture_on_commit_callbacks(execute=True):
        claims.confirm(links.token_for(link))
    assert read(cached_site, answer.get_absolute_url()).count("(also wrote as Dianne)") == 2
    with django_capture_on_commit_callbacks(execute=True):
        claims.unclaim(EMAIL, "Dianne")
    assert "also wrote as" not in read(cached_site, answer.get_absolute_url())
