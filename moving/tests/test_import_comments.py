"""discussion.services.import_comments: the one door for imported comments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from discussion.importing import ImportRow, import_comments
from discussion.models import Comment

T0 = datetime(2020, 1, 1, tzinfo=UTC)


def row(key, parent="", minutes=0, name=None, status=Comment.Status.PUBLISHED):
    return ImportRow(
        key=key,
        parent_key=parent,
        pen_name=name or f"P{key}",
        email=f"p{key}@mail.example",
        body=f"Comment {key}",
        created_at=T0 + timedelta(minutes=minutes),
        status=status,
    )


def order(answer) -> list[str]:
    return [c.pen_name for c in Comment.objects.filter(answer=answer).order_by("path")]


def test_siblings_follow_their_dates_not_their_source_ids(answer):
    import_comments(answer, [row("9", minutes=1), row("3", minutes=5), row("5", minutes=3)])
    assert order(answer) == ["P9", "P5", "P3"]


def test_a_reply_dated_before_its_parent_still_sits_under_it(answer):
    result = import_comments(answer, [row("2", parent="1", minutes=0), row("1", minutes=10)])
    reply = Comment.objects.get(pk=result.ids["2"])
    assert reply.parent_id == result.ids["1"]
    assert order(answer) == ["P1", "P2"]


def test_parent_loops_and_self_replies_become_top_level(answer):
    rows = [row("1", parent="2", minutes=1), row("2", parent="1", minutes=2)]
    rows.append(row("3", parent="3", minutes=3))
    result = import_comments(answer, rows)
    # The loop is broken at its earliest comment; the self-reply stands alone.
    assert result.orphans == 2
    assert result.created == 3 and Comment.objects.filter(answer=answer).count() == 3
    assert order(answer) == ["P3", "P1", "P2"]  # a broken loop goes to the end
    assert Comment.objects.get(pk=result.ids["2"]).parent_id == result.ids["1"]


def test_with_a_flat_thread_every_reply_is_top_level_and_names_its_target(answer, settings):
    settings.COMMENTS_MAX_DEPTH = 1
    result = import_comments(answer, [row("1"), row("2", parent="1", minutes=1, name="Bo")])
    reply = Comment.objects.get(pk=result.ids["2"])
    assert (reply.parent, reply.depth, reply.reply_to_id) == (None, 1, result.ids["1"])
    assert reply.reply_to_name == "P1"
    assert result.flattened == 1


def test_a_second_batch_can_reply_to_the_first(answer):
    first = import_comments(answer, [row("1")])
    second = import_comments(
        answer, [row("2", parent="1", minutes=5)], existing={"1": first.ids["1"]}
    )
    reply = Comment.objects.get(pk=second.ids["2"])
    assert reply.parent_id == first.ids["1"]
    answer.refresh_from_db()
    assert answer.comment_count == 2
