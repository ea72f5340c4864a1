"""manage.py import_wxr takes what WordPress's own importer takes, and one bad item does not
cost the others: it is left out with a line that says which, where and why."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from column.models import Answer
from discussion.models import Comment
from moving.models import Redirect, SourceRecord
from moving.tests.helpers import run

DATA = Path(__file__).parent / "data"
LENIENT = DATA / "lenient.xml"

pytestmark = pytest.mark.django_db


def test_the_https_namespace_an_item_without_an_id_and_a_comment_without_an_id(settings):
    out = run("import_wxr", LENIENT)
    assert "answers: 2 new" in out
    nights = Answer.objects.get(slug="nights-are-the-hardest")
    assert (nights.question, nights.pen_name) == (
        "Since the breakup I sleep two hours a night.",
        "Awake in Aarhus",
    )
    assert nights.summary == "Sleep after a breakup."  # the https excerpt namespace is read
    quiet = Answer.objects.get(slug="group-chat-quiet")
    assert quiet.question == "Nobody answered my message for two days."
    assert SourceRecord.objects.filter(
        kind="answer", source_id="guid:https://smallhours.example.com/?p=32", object_id=quiet.pk
    ).exists()
    assert Comment.objects.get(answer=quiet).pen_name == "No Id"
    assert Redirect.objects.filter(old_path="/group-chat-quiet").exists()


def test_a_comment_with_only_its_local_date_is_read_in_the_sites_time_zone(settings):
    settings.TIME_ZONE = "Europe/Copenhagen"
    run("import_wxr", LENIENT)
    lars = Comment.objects.get(pen_name="Lars")
    assert lars.created_at == datetime(2022, 1, 11, 8, 30, tzinfo=UTC)  # 09:30 in winter


def test_bad_items_and_comments_are_left_out_with_a_line_each():
    out = run("import_wxr", LENIENT)
    assert "left out because they could not be read or stored: 2" in out
    assert "  - item 3 ('A broken item'), <wp:post_id>: is 'thirty-three', not a number" in out
    assert (
        "  - item 1 ('Nights are the hardest part'), comment 2, <wp:comment_parent>: is 'first', "
        "not a number (the comment was left out)"
    ) in out
    assert not Comment.objects.filter(pen_name="Broken Parent").exists()
    assert not Answer.objects.filter(slug="broken").exists()


def test_strict_is_all_or_nothing():
    with pytest.raises(CommandError) as failure:
        run("import_wxr", LENIENT, "--strict")
    assert "item 1 ('Nights are the hardest part'), comment 2, <wp:comment_parent>" in str(
        failure.value
    )
    assert "Nothing was imported" in str(failure.value)
    assert Answer.objects.count() == 0 and Comment.objects.count() == 0


def test_a_file_with_nothing_importable_fails_and_names_every_item():
    with pytest.raises(CommandError) as failure:
        run("import_wxr", DATA / "nothing-importable.xml")
    message = str(failure.value)
    assert "nothing in the file could be imported" in message
    assert "item 1 ('No id, no guid, no link'), <wp:post_id>: missing, and no <guid>" in message
    assert "item 2 ('An id that is not a number'), <wp:post_id>: is '7b', not a number" in message


def test_a_rerun_after_fixing_the_file_adds_what_was_left_out_and_duplicates_nothing(tmp_path):
    run("import_wxr", LENIENT)
    first = {
        "answers": set(Answer.objects.values_list("pk", flat=True)),
        "comments": set(Comment.objects.values_list("pk", flat=True)),
    }
    fixed = tmp_path / "fixed.xml"
    text = LENIENT.read_text()
    text = text.replace("<wp:post_id>thirty-three</wp:post_id>", "<wp:post_id>33</wp:post_id>")
    text = text.replace("<wp:comment_parent>first</wp:comment_parent>", "<wp:comment_parent>501")
    text = text.replace("<wp:comment_parent>501\n", "<wp:comment_parent>501</wp:comment_parent>\n")
    fixed.write_text(text)
    out = run("import_wxr", fixed)
    assert "answers: 1 new, 2 updated" in out
    assert "comments: 1 new, 2 updated" in out
    assert "left out" not in out
    assert first["answers"] < set(Answer.objects.values_list("pk", flat=True))
    assert first["comments"] < set(Comment.objects.values_list("pk", flat=True))
    assert Answer.objects.count() == 3 and Comment.objects.count() == 3
    reply = Comment.objects.get(pen_name="Broken Parent")
    assert reply.parent == Comment.objects.get(pen_name="Lars")
    out = run("import_wxr", fixed)
    assert "answers: 0 new, 3 updated" in out and "comments: 0 new, 3 updated" in out
    assert Answer.objects.count() == 3 and Comment.objects.count() == 3


def test_a_failure_while_storing_an_item_undoes_only_that_item(monkeypatch):
    from moving import importing

    real = importing.import_answer

    def fail_on_quiet(answer, **kwargs):
        if answer.slug == "group-chat-quiet":
            raise ValueError("the disk is full")
        return real(answer, **kwargs)

    monkeypatch.setattr(importing, "import_answer", fail_on_quiet)
    out = run("import_wxr", LENIENT)
    assert "item 2 ('When the group chat goes quiet'), not stored: the disk is full" in out
    assert list(Answer.objects.values_list("slug", flat=True)) == ["nights-are-the-hardest"]
    assert "answers: 1 new" in out


def test_imported_public_text_still_passes_the_safety_screen(tmp_path):
    risky = tmp_path / "risky.xml"
    text = LENIENT.read_text().replace(
        "A walk at noon helped me more than any pill.",
        "I have saved up my pills and tonight I am going to take them all.",
    )
    risky.write_text(text)
    out = run("import_wxr", risky)
    lars = Comment.objects.get(pen_name="Lars")
    assert lars.crisis_level >= 4 and "imported_crisis" in lars.held_for
    assert "flagged (crisis level 4+, left as they were): 1" in out
