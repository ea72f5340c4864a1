"""manage.py import_wxr on an advice column laid out the common way: letter signed with a
dash, "Dear …,", the answer, a sign-off and a bio; credentials in the display name."""

from __future__ import annotations

from pathlib import Path

import pytest

from column.models import Answer, Columnist
from discussion.models import Comment
from moving.tests.helpers import run

DATA = Path(__file__).parent / "data"
COLUMN = DATA / "advice-column.xml"

pytestmark = pytest.mark.django_db


def test_letter_pen_name_answer_sign_off_and_bio_go_to_their_places():
    out = run("import_wxr", COLUMN)
    assert "posts read as: 3 signed, 1 whole" in out
    answer = Answer.objects.get(slug="sister-stopped-speaking")
    assert answer.question.startswith("My sister and I argued about the eulogy")
    assert answer.question.endswith("give her the space she seems to want?")
    assert answer.pen_name == "Unsent in Ohio"
    assert "Unsent in Ohio" not in answer.question
    assert answer.body.startswith("Dear Unsent in Ohio,")
    assert answer.body.endswith("- Then let the silence be hers to end.")
    assert "Kind regards" not in answer.body and "licensed" not in answer.body
    assert answer.sign_off == "Kind regards,\nJane"


def test_credentials_are_split_from_the_display_name_and_the_bio_is_kept():
    run("import_wxr", COLUMN)
    jane = Columnist.objects.get(slug="janedoe")
    assert (jane.display_name, jane.credentials) == ("Jane Doe", "MS, LMHC")
    assert jane.bio.startswith("Jane Doe, MS, LMHC, is a licensed mental health counselor")
    assert jane.short_bio.startswith("Jane Doe is a licensed mental health counselor in Dayton")
    sam = Columnist.objects.get(slug="sokoro")
    assert (sam.display_name, sam.credentials) == ("Sam Okoro", "PhD, LCSW-C")
    assert (
        sam.bio
        == "Sam Okoro is a clinical social worker and writes about relationships and health."
    )
    # No credentials in the name: the placeholder stays until the columnist writes them.
    assert Columnist.objects.get(slug="editor").credentials == "Columnist"


def test_the_answer_page_shows_each_part_once(client):
    run("import_wxr", COLUMN)
    page = client.get("/answers/sister-stopped-speaking/").content.decode()
    assert page.count("Unsent in Ohio</p>") == 1  # the signature, once
    assert 'Answered by <a href="/authors/janedoe/">Jane Doe</a>, MS, LMHC' in page
    assert "Columnist" not in page.split("About the columnist")[1].split("</aside>")[0]
    assert 'class="sign-off"' in page and "Kind regards,<br>Jane" in page


def test_autop_paragraphs_em_dash_hi_and_a_sign_off_on_two_paragraphs():
    run("import_wxr", COLUMN)
    answer = Answer.objects.get(slug="everyones-therapist")
    assert answer.pen_name == "Worn Out in Wichita"
    assert answer.question.endswith("But when I had a bad month nobody asked how I was.")
    assert answer.body.startswith("Hi Worn Out,")
    assert answer.sign_off == "Warmly,\nJane Doe"
    assert "licensed" not in answer.body


def test_en_dash_hello_with_a_colon_and_a_bio_after_a_rule():
    run("import_wxr", COLUMN)
    answer = Answer.objects.get(slug="telling-a-new-partner")
    assert answer.pen_name == "Second Guessing"
    assert answer.body.startswith("Hello Second Guessing: there is no deadline")
    assert answer.sign_off == "With care,\nSam"
    assert "---" not in answer.body and "clinical social worker" not in answer.body


def test_a_post_of_no_known_layout_is_imported_whole_as_the_answer():
    run("import_wxr", COLUMN)
    answer = Answer.objects.get(slug="how-we-choose")
    assert answer.question == "" and answer.pen_name == "" and answer.sign_off == ""
    assert answer.body.startswith("We receive far more letters")
    assert answer.body.endswith("Best wishes,\\\nThe Editors")


def test_layout_whole_turns_the_recognition_off():
    out = run("import_wxr", COLUMN, "--layout", "whole")
    assert "posts read as: 4 whole" in out
    answer = Answer.objects.get(slug="sister-stopped-speaking")
    assert answer.question == "" and answer.body.startswith("My sister and I argued")


def test_comments_keep_their_single_line_breaks():
    run("import_wxr", COLUMN)
    bea = Comment.objects.get(pen_name="Bea")
    assert bea.body == (
        "My brother and I went three years.\nThen one postcard.\nWe talk every Sunday now."
        "\n\nSend the note."
    )
    assert "three years.<br>Then one postcard.<br>We talk" in bea.body_html
    reply = Comment.objects.get(pen_name="Unsent in Ohio")
    assert reply.body == "Thank you both.\nI wrote it tonight."


def test_a_second_run_changes_nothing_and_keeps_a_columnists_own_edits():
    run("import_wxr", COLUMN)
    jane = Columnist.objects.get(slug="janedoe")
    jane.bio = "Written in the desk."
    jane.save()
    counts = (Answer.objects.count(), Comment.objects.count(), Columnist.objects.count())
    out = run("import_wxr", COLUMN)
    assert "answers: 0 new, 4 updated" in out
    assert (Answer.objects.count(), Comment.objects.count(), Columnist.objects.count()) == counts
    jane.refresh_from_db()
    assert jane.bio == "Written in the desk."
    assert Answer.objects.get(slug="sister-stopped-speaking").sign_off == "Kind regards,\nJane"


def test_columnists_imported_before_credentials_were_split_are_put_right():
    run("import_wxr", COLUMN)
    Columnist.objects.filter(slug="janedoe").update(
        display_name="Jane Doe, MS, LMHC", credentials="Columnist"
    )
    run("import_wxr", COLUMN)
    jane = Columnist.objects.get(slug="janedoe")
    assert (jane.display_name, jane.credentials) == ("Jane Doe", "MS, LMHC")


@pytest.mark.parametrize("export_format", ["json", "wxr"])
def test_the_sign_off_survives_an_export_and_an_import(tmp_path, export_format):
    from moving.tests.test_export import empty_the_site

    run("import_wxr", COLUMN)
    path = tmp_path / f"site.{export_format}"
    run("export", path, "--format", export_format)
    empty_the_site()
    run("import_json" if export_format == "json" else "import_wxr", path)
    answer = Answer.objects.get(slug="sister-stopped-speaking")
    assert answer.sign_off == "Kind regards,\nJane"
    assert answer.pen_name == "Unsent in Ohio"
    assert answer.body.endswith("- Then let the silence be hers to end.")
