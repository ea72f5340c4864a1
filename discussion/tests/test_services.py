"""The posting service: placement in the tree, moderation rules, bookkeeping."""

import pytest
from django.core.exceptions import ValidationError

from conftest import make_answer, make_comment
from discussion.models import Comment
from discussion.services import approve_comment, post_comment, reject_comment


def post(answer, *, name="Jo", email="jo@example.org", body="Thank you for this.", parent=None):
    return post_comment(
        answer=answer,
        pen_name=name,
        email=email,
        body=body,
        parent_id=parent.pk if parent else None,
    )


def test_first_comment_from_a_new_email_is_held(answer):
    posted = post(answer)
    assert posted.held
    assert posted.reasons == ("first",)
    assert posted.comment.status == Comment.Status.PENDING
    answer.refresh_from_db()
    assert answer.comment_count == 0


def test_known_commenter_is_published_and_counted(answer):
    make_comment(answer, name="Jo", email="jo@example.org")
    posted = post(answer, email="JO@example.org ")
    assert not posted.held
    answer.refresh_from_db()
    assert answer.comment_count == 2


def test_a_published_post_moves_its_pages_versions_without_looking_its_answer_up_again(
    answer, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_comment(answer, name="Jo", email="jo@example.org")
    with (
        CaptureQueriesContext(connection) as queries,
        django_capture_on_commit_callbacks(execute=True),
    ):
        posted = post(answer)
    assert not posted.held
    reads_of_the_answer = [
        q["sql"] for q in queries if q["sql"].startswith('SELECT "column_answer"."slug"')
    ]
    assert reads_of_the_answer == []


@pytest.mark.django_db
def test_hold_first_can_be_switched_off(answer, settings):
    settings.COMMENTS_HOLD_FIRST = False
    assert not post(answer).held


def test_held_comment_keeps_its_text(answer):
    body = "Line one.\n\nLine two with <b>tags</b> & symbols."
    posted = post(answer, body=body)
    stored = Comment.objects.get(pk=posted.comment.pk)
    assert stored.body == body
    assert "&lt;b&gt;tags&lt;/b&gt;" in stored.body_html


def test_top_level_comment_is_its_own_root(answer):
    comment = make_comment(answer)
    comment.refresh_from_db()
    assert comment.depth == 1
    assert comment.root_id == comment.pk
    assert comment.path == f"{comment.pk:010d}"
    assert comment.parent is None


def test_reply_records_parent_depth_path_and_name(answer):
    first = make_comment(answer, name="Mara")
    reply = make_comment(answer, name="Dot", parent=first)
    reply.refresh_from_db()
    assert reply.parent == first
    assert reply.depth == 2
    assert reply.root_id == first.pk
    assert reply.path == f"{first.pk:010d}/{reply.pk:010d}"
    assert reply.reply_to == first
    assert reply.reply_to_name == "Mara"


def test_a_comment_and_its_place_in_the_tree_are_written_together(answer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = make_comment(answer, name="Mara")
    with CaptureQueriesContext(connection) as queries:
        reply = make_comment(answer, name="Dot", parent=first)
    writes = [q["sql"] for q in queries if 'discussion_comment"' in q["sql"].split("(")[0]]
    inserts = [sql for sql in writes if sql.startswith("INSERT")]
    updates = [sql for sql in writes if sql.startswith("UPDATE")]
    # The database numbers the row as it inserts it; the path, which ends with that
    # number, follows in the same transaction.
    assert len(inserts) == 1
    assert len(updates) == 1
    stored = Comment.objects.get(pk=reply.pk)
    assert stored.path == f"{first.pk:010d}/{reply.pk:010d}"
    assert stored.root_id == first.pk
    # The next comment numbered by the database still gets a fresh id.
    later = make_comment(answer, name="Kit")
    assert later.pk > reply.pk


def test_replies_beyond_the_maximum_depth_attach_at_the_deepest_level(answer, settings):
    settings.COMMENTS_MAX_DEPTH = 4
    chain = [make_comment(answer, name="Level1")]
    for level in range(2, 7):
        chain.append(make_comment(answer, name=f"Level{level}", parent=chain[-1]))
    for comment in chain:
        comment.refresh_from_db()
    assert [c.depth for c in chain] == [1, 2, 3, 4, 4, 4]
    # The fifth answers the fourth, but sits beside it, under the third.
    assert chain[4].parent_id == chain[2].pk
    assert chain[4].reply_to_id == chain[3].pk
    assert chain[4].reply_to_name == "Level4"
    assert chain[5].reply_to_name == "Level5"
    assert chain[5].parent_id == chain[2].pk


def test_reply_to_a_comment_on_another_answer_is_refused(answer, columnist):
    other = make_answer(columnist, slug="another-answer")
    foreign = make_comment(other)
    with pytest.raises(ValidationError) as error:
        post(answer, parent=foreign)
    assert error.value.code == "parent"
    assert not Comment.objects.filter(answer=answer).exists()


def test_reply_to_a_held_comment_is_refused(answer):
    held = post(answer).comment
    with pytest.raises(ValidationError):
        post(answer, email="other@example.org", parent=held)


def test_comments_on_an_unpublished_answer_are_refused(columnist):
    draft = make_answer(columnist, slug="draft", live=False)
    with pytest.raises(ValidationError) as error:
        post(draft)
    assert error.value.code == "answer"


def test_approve_and_reject_keep_the_count_right(answer):
    held = post(answer).comment
    approve_comment(held)
    answer.refresh_from_db()
    assert answer.comment_count == 1
    approve_comment(held)  # approving twice does not count twice
    answer.refresh_from_db()
    assert answer.comment_count == 1
    reject_comment(held)
    answer.refresh_from_db()
    assert answer.comment_count == 0
    assert Comment.objects.get(pk=held.pk).status == Comment.Status.REJECTED


def test_crisis_words_hold_the_comment_even_for_a_known_commenter(answer):
    make_comment(answer, name="Jo", email="jo@example.org")
    posted = post(answer, body="I have decided to end it this weekend.")
    assert posted.held
    assert "crisis" in posted.reasons
    assert posted.comment.crisis_level >= 2
    assert posted.comment.screening["crisis"]["level"] == posted.comment.crisis_level


def test_grief_about_a_counsellor_posts_normally(answer):
    make_comment(answer, name="Jo", email="jo@example.org")
    posted = post(answer, body="My counsellor passed away and I never got to say goodbye.")
    assert not posted.held
    assert posted.comment.crisis_level == 0
