"""manage.py import_wxr: a WordPress export becomes answers, columnists, topics, threads."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from django.core.management.base import CommandError

from column.models import Answer, Columnist, Topic
from discussion.models import Comment
from discussion.thread import thread_page
from moving.models import Redirect, SourceRecord
from moving.tests.helpers import SAMPLES, run

WXR = SAMPLES / "wordpress-1.2.xml"

pytestmark = pytest.mark.django_db


def by_name(answer: Answer) -> dict[str, list[Comment]]:
    found: dict[str, list[Comment]] = {}
    for comment in Comment.objects.filter(answer=answer).order_by("path"):
        found.setdefault(comment.pen_name, []).append(comment)
    return found


def test_posts_become_answers_with_letter_and_answer():
    out = run("import_wxr", WXR)
    assert "answers: 3 new, 0 updated" in out
    answer = Answer.objects.get(slug="my-therapist-retired")
    assert answer.title == "My therapist retired and I can’t stop crying"
    assert answer.is_live
    assert answer.published_at == datetime(2019, 5, 1, 10, 0, tzinfo=UTC)
    assert answer.question.startswith("After nine years")
    assert answer.pen_name == "Left in Lund"
    assert answer.body.startswith("Dear Left,")
    assert "<strong>grief</strong>" in answer.body_html
    assert "<li>Write the goodbye letter" in answer.body_html
    assert answer.columnist.display_name == "Rosa Lindqvist"
    assert sorted(answer.topics.values_list("slug", flat=True)) == ["endings", "grief"]
    assert not Topic.objects.filter(slug="uncategorized").exists()
    assert Topic.objects.get(slug="endings").description == "When therapy stops."


def test_a_leading_quote_is_the_letter_and_its_cite_the_pen_name():
    run("import_wxr", WXR)
    answer = Answer.objects.get(slug="missing-an-online-therapist")
    assert answer.question.startswith("We never met in person")
    assert answer.pen_name == "Screen-Side in Seville"
    assert answer.body.startswith("Dear Screen-Side, yes.")
    assert "«la pantalla no lo hace menos real»" in answer.body_html
    assert answer.summary == "Missing someone you never met."
    assert answer.columnist.display_name == "Tomás Echeverría"


def test_drafts_stay_drafts_and_other_items_are_skipped():
    out = run("import_wxr", WXR)
    draft = Answer.objects.get(title="Draft: letters we have not answered yet")
    assert draft.status == Answer.Status.DRAFT
    assert draft.slug == "draft-letters-we-have-not-answered-yet"
    assert "<p>Second paragraph with a line<br" in draft.body_html
    assert "1 attachment items (not posts)" in out
    assert "1 page items (not posts)" in out
    assert "1 duplicate post ids" in out


def test_comments_keep_names_dates_states_and_private_emails():
    out = run("import_wxr", WXR)
    answer = Answer.objects.get(slug="my-therapist-retired")
    names = by_name(answer)
    maren = names["Maren"][0]
    assert maren.email == "maren.private@mail.example"
    assert maren.created_at == datetime(2019, 5, 2, 8, 0, tzinfo=UTC)
    assert maren.body == "Mine left too. It's been a year.\nSome days are still hard.\n\n" + (
        "Thank you for writing this."
    )
    assert maren.body_html == (
        "<p>Mine left too. It's been a year.<br>Some days are still hard.</p>"
        "<p>Thank you for writing this.</p>"
    )
    assert names["Someone new"][0].status == Comment.Status.PENDING
    assert names["Cheap Pills"][0].status == Comment.Status.SPAM
    assert names["Trashed"][0].status == Comment.Status.REJECTED
    assert "Another Blog" not in names
    assert "1 pingbacks and trackbacks" in out
    assert "held for moderators: 1" in out
    # Published: Maren x3, Jonas x3, Lost Reply, Night Owl.
    answer.refresh_from_db()
    assert answer.comment_count == 8


def test_html_and_cdata_splits_in_comments_become_plain_text():
    run("import_wxr", WXR)
    comment = Comment.objects.get(body__startswith="The code looks like")
    assert "if (a ]]> b)" in comment.body
    assert "list of helplines (https://help.example/lines)" in comment.body
    assert "<b>" not in comment.body
    assert 'href="https://help.example/lines"' in comment.body_html
    emoji = Comment.objects.get(pen_name="Jonas 🌱", body__contains="softer")
    assert emoji.body == "@Maren a year — same here. Ärligt talat, it gets softer. 💛"


def test_threads_come_out_as_they_were_with_deep_replies_at_the_deepest_level(settings):
    settings.COMMENTS_MAX_DEPTH = 4
    out = run("import_wxr", WXR)
    answer = Answer.objects.get(slug="my-therapist-retired")
    chain = {c.body.split(":")[0].split(".")[0]: c for c in Comment.objects.filter(answer=answer)}
    top = Comment.objects.get(answer=answer, body__startswith="Mine left too")
    second = Comment.objects.get(answer=answer, body__startswith="@Maren")
    third = Comment.objects.get(answer=answer, body__startswith="The code")
    fourth = chain["Fourth level"]
    fifth = chain["Fifth level"]
    sixth = Comment.objects.get(answer=answer, body__startswith="Sixth level")
    assert [top.depth, second.depth, third.depth, fourth.depth] == [1, 2, 3, 4]
    assert (second.parent, third.parent, fourth.parent) == (top, second, third)
    # Past the deepest level: beside their target, still naming whom they answer.
    assert (fifth.parent, fifth.depth, fifth.reply_to, fifth.reply_to_name) == (
        third,
        4,
        fourth,
        "Jonas 🌱",
    )
    assert (sixth.parent, sixth.reply_to, sixth.reply_to_name) == (third, fifth, "Maren")
    assert "attached at the deepest level: 2" in out
    for comment in (second, third, fourth, fifth, sixth):
        assert comment.root_id == top.pk
        assert comment.path.startswith(top.path + "/")
    # Reading order is the conversation's order.
    page = thread_page(answer.pk)
    bodies = [node.comment.body.split()[0] for node in page.nodes]
    assert bodies[:6] == ["Mine", "@Maren", "The", "Fourth", "Fifth", "Sixth"]


def test_missing_parents_become_top_level_and_duplicates_are_skipped():
    out = run("import_wxr", WXR)
    lost = Comment.objects.get(pen_name="Lost Reply")
    assert lost.parent is None and lost.depth == 1 and lost.reply_to is None
    assert "kept as top-level comments: 1" in out
    assert "1 duplicate comment ids" in out
    assert not Comment.objects.filter(pen_name="Duplicate").exists()


def test_crisis_comments_are_flagged_but_stay_published():
    out = run("import_wxr", WXR)
    owl = Comment.objects.get(pen_name="Night Owl")
    assert owl.status == Comment.Status.PUBLISHED
    assert owl.crisis_level >= 4
    assert "imported_crisis" in owl.held_for
    assert owl.screening
    assert "flagged (crisis level 4+, left as they were): 1" in out
    others = Comment.objects.exclude(pk=owl.pk).values_list("held_for", flat=True)
    assert all("imported_crisis" not in flags for flags in others)


def test_running_again_updates_and_never_duplicates():
    run("import_wxr", WXR)
    counts = (Answer.objects.count(), Comment.objects.count(), Columnist.objects.count())
    first_ids = sorted(Comment.objects.values_list("pk", flat=True))
    answer = Answer.objects.get(slug="my-therapist-retired")
    answer.title = "Edited here"
    answer.save()
    out = run("import_wxr", WXR)
    assert "answers: 0 new, 3 updated" in out
    assert "comments: 0 new, 11 updated" in out
    assert (Answer.objects.count(), Comment.objects.count(), Columnist.objects.count()) == counts
    assert sorted(Comment.objects.values_list("pk", flat=True)) == first_ids
    answer.refresh_from_db()
    assert answer.title == "My therapist retired and I can’t stop crying"
    assert answer.comment_count == 8
    assert SourceRecord.objects.filter(kind="comment").count() == 11


def test_a_moderators_decision_survives_a_second_run():
    run("import_wxr", WXR)
    from discussion.services import reject_comment

    maren = Comment.objects.get(body__startswith="Mine left too")
    reject_comment(maren)
    run("import_wxr", WXR)
    maren.refresh_from_db()
    assert maren.status == Comment.Status.REJECTED


def test_wxr_1_1_imports_too():
    out = run("import_wxr", SAMPLES / "wordpress-1.1.xml")
    assert "answers: 1 new" in out
    answer = Answer.objects.get(slug="ending-with-a-counsellor")
    assert answer.question == "My counsellor moved abroad."
    assert answer.pen_name == "Far Behind"
    assert answer.body.startswith("Dear Far Behind,")
    assert answer.columnist.display_name == "Dr. Ines Okafor"
    comment = Comment.objects.get(answer=answer)
    assert comment.body == "Ça m'aide beaucoup. 日本語でもありがとう。"
    assert "1 pingbacks and trackbacks" in out


def test_a_truncated_file_names_the_place_and_changes_nothing():
    with pytest.raises(CommandError) as failure:
        run("import_wxr", SAMPLES / "truncated.xml")
    message = str(failure.value)
    assert "line 209" in message
    assert "item 2" in message
    assert "Nothing was imported" in message
    assert Answer.objects.count() == 0
    assert Comment.objects.count() == 0
    assert Columnist.objects.count() == 0
    assert Redirect.objects.count() == 0
    assert SourceRecord.objects.count() == 0


def test_a_bad_item_is_left_out_named_and_the_others_come_in(tmp_path):
    broken = tmp_path / "broken.xml"
    text = WXR.read_text()
    broken.write_text(
        text.replace("<wp:post_id>12</wp:post_id>", "<wp:post_id>twelve</wp:post_id>")
    )
    out = run("import_wxr", broken)
    assert "answers: 2 new" in out
    assert (
        "  - item 2 ('Is it normal to miss a therapist I only saw online?'), <wp:post_id>: "
        "is 'twelve', not a number"
    ) in out
    assert not Answer.objects.filter(slug="missing-an-online-therapist").exists()
    with pytest.raises(CommandError) as failure:
        run("import_wxr", broken, "--strict")
    assert "item 2 ('Is it normal to miss a therapist I only saw online?')" in str(failure.value)


def test_a_file_that_is_not_wordpress_is_refused():
    with pytest.raises(CommandError, match="not a WordPress export"):
        run("import_wxr", SAMPLES / "disqus.xml")


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("import_wxr", tmp_path / "nope.xml")


def test_progress_is_plain_lines_when_not_on_a_terminal(tmp_path):
    copy = tmp_path / "export.xml"
    shutil.copy(WXR, copy)
    out = run("import_wxr", copy)
    assert "\r" not in out
    assert "WordPress: 100%" in out


def test_postgresql_knows_the_imported_rows_at_once():
    """The planner's row counts are those of the import, not of autovacuum's last visit."""
    from django.db import connection

    run("import_wxr", WXR)
    assert Comment.objects.exists()
    if connection.vendor != "postgresql":
        return  # SQLite's planner keeps no statistics to refresh
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE relname = %s", [Comment._meta.db_table]
        )
        [(estimated,)] = cursor.fetchall()
    assert estimated == Comment.objects.count() > 0
