"""Hostile input through every public text field and the columnist's Markdown:
pages, feeds, JSON-LD and emails stay inert, and Chromium runs no script."""

from __future__ import annotations

import json
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from afterword.tests.hostile import HOSTILE, problems_in
from column.models import Letter
from column.services import publish_answer, receive_letter
from conftest import make_answer, make_columnist, make_comment
from discussion.models import Comment


def test_the_corpus_is_big_enough():
    assert len(HOSTILE) >= 150
    assert len({row["name"] for row in HOSTILE}) == len(HOSTILE)


def test_the_inspector_catches_what_it_must():
    assert problems_in('<img src=x onerror="alert(1)">')
    assert problems_in('<a href=" javascript:alert(1)">x</a>')
    assert problems_in("<script>alert(1)</script>")
    assert problems_in('<p style="x">')
    assert not problems_in('<p>Fine <a href="https://example.org" rel="nofollow ugc">x</a></p>')


def make_hostile_thread(columnist, settings, slug: str):
    """An answer with every hostile input as a comment (and as its pen name), on one page."""
    settings.COMMENTS_THREADS_PER_PAGE = 1000
    answer = make_answer(columnist, slug=slug)
    for number, row in enumerate(HOSTILE):
        make_comment(
            answer,
            name=(row["text"].strip() or "x")[:80],
            email=f"{slug}-{number}@example.org",
            body=row["text"],
        )
    return answer


@pytest.fixture
def hostile_thread(columnist, settings):
    return make_hostile_thread(columnist, settings, "hostile-thread")


def test_comments_and_pen_names_render_inert_on_the_answer_page(client, hostile_thread):
    response = client.get(hostile_thread.get_absolute_url())
    html = response.content.decode()
    assert html.count('class="comment"') == Comment.objects.count() == len(HOSTILE)
    assert problems_in(html) == []
    assert "{{7*7}}" in html  # template syntax is shown as written, never evaluated


def test_json_ld_cannot_be_broken_out_of(client, hostile_thread):
    html = client.get(hostile_thread.get_absolute_url()).content.decode()
    block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    data = json.loads(block)
    assert len(data["comment"]) == len(HOSTILE)
    assert "<" not in block


def test_the_comment_feed_carries_only_sanitised_html(client, hostile_thread):
    feed = client.get(reverse("discussion:feed", args=[hostile_thread.slug])).content
    root = ElementTree.fromstring(feed)  # noqa: S314 (our own feed)
    contents = [element.text or "" for element in root.iter() if element.tag.endswith("summary")]
    assert contents
    for content in contents:
        assert problems_in(content) == []


def test_held_comments_render_inert_for_moderators(client, answer, moderator):
    for number, row in enumerate(HOSTILE[:90]):
        make_comment(
            answer,
            name=(row["text"].strip() or "x")[:80],
            email=f"q{number}@example.org",
            body=row["text"],
            status=Comment.Status.PENDING,
        )
    client.force_login(moderator)
    html = client.get(reverse("safety:queue")).content.decode()
    assert html.count("Waiting for a moderator") >= 1
    assert problems_in(html) == []


def test_letters_render_inert_for_their_writer_and_the_columnists(
    client, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(columnist.user)
    for number, row in enumerate(HOSTILE):
        with django_capture_on_commit_callbacks(execute=True):
            received = receive_letter(
                pen_name=(row["text"].strip() or "x")[:80],
                email=f"writer{number}@example.org",
                body=row["text"],
                consent_to_publish=True,
                ip_hash=row["name"],  # a distinct address each, so no rate limit applies
            )
        status = client.get(reverse("column:letter_status", args=[received.status_token]))
        assert problems_in(status.content.decode()) == [], row["name"]
        desk = client.get(reverse("column:desk_letter", args=[received.letter.pk]))
        assert problems_in(desk.content.decode()) == [], row["name"]
    assert Letter.objects.count() == len(HOSTILE)
    for message in mailoutbox:
        assert problems_in(message.alternatives[0][0], email=True) == []
    assert problems_in(client.get(reverse("column:desk")).content.decode()) == []


def test_a_columnists_markdown_is_sanitised(client, columnist):
    for number, row in enumerate(HOSTILE):
        answer = make_answer(columnist, slug=f"md-{number}", live=False, body=row["text"])
        publish_answer(answer)
        html = client.get(answer.get_absolute_url()).content.decode()
        assert problems_in(html) == [], row["name"]


def test_hostile_emails_are_refused_with_the_text_kept(client, answer):
    for row in HOSTILE[:40]:
        response = client.post(
            reverse("discussion:post", args=[answer.slug]),
            {"name": "Someone", "email": row["text"], "body": "My words.", "accept_terms": "on"},
        )
        assert response.status_code == 400, row["name"]
        html = response.content.decode()
        assert "My words.</textarea>" in html
        assert problems_in(html) == [], row["name"]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_hostile_input_runs_in_chromium(page: Page, live_server, settings):
    answer = make_hostile_thread(make_columnist(), settings, "hostile-browser")
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live_server.url + answer.get_absolute_url())
    for link in page.locator(".comment-body a").all()[:40]:
        link.hover()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert errors == []


def test_emails_about_hostile_comments_stay_inert(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    from discussion.services import post_comment

    for number, row in enumerate(HOSTILE[::3]):
        with django_capture_on_commit_callbacks(execute=True):
            post_comment(
                answer=answer,
                pen_name=(row["text"].strip() or "x")[:80],
                email=f"live{number}@example.org",
                body=row["text"],
            )
    assert len(mailoutbox) >= len(HOSTILE[::3])  # each new poster is asked to confirm
    for message in mailoutbox:
        assert problems_in(message.alternatives[0][0], email=True) == []
        assert "<script" not in message.subject.lower()
