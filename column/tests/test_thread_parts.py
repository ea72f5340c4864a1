"""A thread page's conversations kept in the shared cache (column/threads.py): made
again only when one of them changes, never shown as they were after a change.

With Redis (conftest's `redis`) the pieces are shared; each page here is rendered
by the view itself (the test client does not pass through the page cache), so what
is counted is whether the conversations' comments were read again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from conftest import make_answer, make_comment
from discussion import services
from discussion.models import Comment
from discussion.services import Choices, post_comment
from safety.models import CrisisResource

COMMENT_ROWS = '"discussion_comment"."body_html"'


@pytest.fixture
def kept(redis, shared_versions, django_capture_on_commit_callbacks):
    """Two conversations a page, and `with kept():` around a change: it commits as on
    a real server (the versions move when the `with` ends)."""
    with override_settings(COMMENTS_THREADS_PER_PAGE=2):
        yield lambda: django_capture_on_commit_callbacks(execute=True)


def read(client, answer, page=None, **headers):
    """The page's HTML, and whether its conversations' comments were read for it."""
    query = {"page": page} if page else {}
    with CaptureQueriesContext(connection) as queries:
        response = client.get(answer.get_absolute_url(), query, **headers)
    assert response.status_code == 200
    return response.content.decode(), any(COMMENT_ROWS in q["sql"] for q in queries)


def post(answer, body, parent=None):
    """A post from someone whose comments publish at once (one was approved before)."""
    posted = post_comment(
        answer=answer,
        pen_name="Noor",
        email="noor@example.org",
        body=body,
        parent_id=parent.pk if parent else None,
        choices=Choices(notify_replies=False),
    )
    assert not posted.held
    return posted.comment


def test_a_new_conversation_elsewhere_keeps_the_page_s_and_moves_its_count(kept, client, answer):
    first = make_comment(answer, name="Ana", body="The first conversation.")
    make_comment(answer, name="Ben", body="The second conversation.")
    # Noor wrote before, elsewhere, and a moderator approved it.
    make_comment(make_answer(answer.columnist, "another-answer"), name="Noor")
    html, read_rows = read(client, answer)
    assert read_rows and "The first conversation." in html
    again, read_rows = read(client, answer)
    assert not read_rows and again == html

    with kept():
        post(answer, "A third conversation, on the next page.")
    html, read_rows = read(client, answer)
    assert not read_rows, "page 1's conversations did not change"
    assert "(3 comments)" in html and "The first conversation." in html
    assert 'href="?page=2&amp;order=oldest#discussion"' in html
    assert '"commentCount": 3' in html

    with kept():
        post(answer, "An answer to the first one.", parent=first)
    html, read_rows = read(client, answer)
    assert read_rows and "An answer to the first one." in html
    assert '"text": "An answer to the first one."' in html


def test_every_change_to_a_shown_comment_is_on_the_next_page(kept, client, answer):
    comment = make_comment(answer, name="Ana", body="Words as first written.")
    read(client, answer)

    with kept():
        services.edit_comment_body(comment, "Words as written again.")
    html, _ = read(client, answer)
    assert "Words as written again." in html and "as first written" not in html

    with kept():
        services.set_claimed_name([comment.pk], "Ana Verified")
    html, _ = read(client, answer)
    assert "Ana Verified" in html

    with kept():
        services.reject_comment(Comment.objects.get(pk=comment.pk))
    html, _ = read(client, answer)
    assert "Words as written again." not in html

    with kept():
        services.approve_comment(Comment.objects.get(pk=comment.pk))
    html, _ = read(client, answer)
    assert "Words as written again." in html

    # An erasure reads the rows without their conversation: the whole thread moves.
    with kept():
        services.erase_author("ana@example.org", delete=False)
    html, _ = read(client, answer)
    assert "Former member" in html and "Ana Verified" not in html

    with kept():
        services.delete_comments(Comment.objects.filter(pk=comment.pk))
    html, _ = read(client, answer)
    assert "Words as written again." not in html


def test_a_held_comment_approved_joins_its_conversation_on_the_page(kept, client, answer):
    root = make_comment(answer, name="Ana", body="A conversation.")
    held = make_comment(
        answer, name="Ben", body="A reply held for a look.", parent=root, status="pending"
    )
    html, _ = read(client, answer)
    assert "A reply held for a look." not in html
    with kept():
        services.approve_comment(held)
    html, read_rows = read(client, answer)
    assert read_rows and "A reply held for a look." in html


def test_an_answer_saved_moves_every_conversation_of_its_thread(kept, client, answer):
    comment = make_comment(answer, name="Ana", body="Before the import.")
    read(client, answer)
    # As a bulk import does: rows changed without signals, then the answer saved.
    with kept():
        Comment.objects.filter(pk=comment.pk).update(body_html="<p>After the import.</p>")
        answer.save()
    html, read_rows = read(client, answer)
    assert read_rows and "After the import." in html


def test_the_pieces_are_kept_per_language_and_page(kept, client, answer):
    make_comment(answer, name="Ana", body="One.")
    make_comment(answer, name="Ben", body="Two.")
    make_comment(answer, name="Cy", body="Three.")
    english, _ = read(client, answer)
    with translation.override("es"):
        spanish, read_rows = read(client, answer, HTTP_ACCEPT_LANGUAGE="es")
    assert read_rows and "Responder" in spanish and "Responder" not in english
    second, read_rows = read(client, answer, page=2)
    assert read_rows and "Three." in second and "One." not in second
    assert "&amp;page=2#comment-form" in second  # reply links keep their page


def test_a_change_to_the_crisis_lines_reaches_the_support_note(kept, client, answer):
    comment = make_comment(answer, name="Ana", body="Some words.")
    with kept():
        Comment.objects.filter(pk=comment.pk).update(support_note=True)
        answer.save()
    read(client, answer)
    line = CrisisResource.objects.filter(active=True).first()
    assert line is not None, "the migrations' crisis lines"
    with kept():
        line.name = "A renamed line"
        line.save()
    html, read_rows = read(client, answer)
    assert read_rows and "A renamed line" in html


def test_without_a_shared_cache_the_thread_is_read_every_time(client, answer):
    make_comment(answer, name="Ana", body="Some words.")
    for _ in range(2):
        html, read_rows = read(client, answer)
        assert read_rows and "Some words." in html
