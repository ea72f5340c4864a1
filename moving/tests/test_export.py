"""manage.py export and import_json: leaving is as easy as coming, and nothing private
leaks out unless asked for."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from column.models import Answer, Columnist, Topic
from discussion.models import Comment
from moving import wxr
from moving.tests.helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    run("import_wxr", SAMPLES / "wordpress-1.2.xml")
    run("import_wxr", SAMPLES / "wordpress-1.1.xml")
    run("import_disqus", SAMPLES / "disqus.xml")


def snapshot() -> dict:
    """Everything about the site that a reader or a moderator would notice."""

    def tree(answer: Answer) -> list:
        comments = list(Comment.objects.filter(answer=answer).order_by("path"))
        position = {c.pk: i for i, c in enumerate(comments)}
        return [
            (
                c.pen_name,
                c.email,
                c.body,
                c.body_html,
                c.status,
                c.created_at,
                c.depth,
                position.get(c.parent_id),
                position.get(c.reply_to_id),
                c.reply_to_name,
                position.get(c.root_id),
                c.crisis_level,
                tuple(c.held_for),
            )
            for c in comments
        ]

    answers = {
        a.slug: (
            a.title,
            a.columnist.slug,
            a.columnist.display_name,
            a.columnist.credentials,
            a.pen_name,
            a.question,
            a.question_html,
            a.body,
            a.body_html,
            a.summary,
            a.status,
            a.published_at,
            a.created_at,
            a.comment_count,
            tuple(sorted(a.topics.values_list("slug", flat=True))),
            tree(a),
        )
        for a in Answer.objects.select_related("columnist")
    }
    return {
        "answers": answers,
        "columnists": sorted(Columnist.objects.values_list("slug", "display_name")),
        "topics": sorted(Topic.objects.values_list("slug", "name", "description")),
    }


def empty_the_site():
    Comment.objects.all().delete()
    Answer.objects.all().delete()
    Columnist.objects.all().delete()
    Topic.objects.all().delete()
    from moving.models import Redirect, SourceRecord

    Redirect.objects.all().delete()
    SourceRecord.objects.all().delete()


def test_an_export_imported_into_an_empty_site_reproduces_it(site, tmp_path):
    before = snapshot()
    assert sum(len(a[-1]) for a in before["answers"].values()) == 19
    path = tmp_path / "site.json"
    run("export", path, "--include-private")
    empty_the_site()
    assert Comment.objects.count() == 0
    out = run("import_json", path)
    assert "answers: 4 new" in out
    assert snapshot() == before
    # And once more: nothing doubles.
    run("import_json", path)
    assert snapshot() == before


def test_the_round_trip_keeps_old_addresses_working(site, tmp_path, client):
    path = tmp_path / "site.json"
    run("export", path, "--include-private")
    empty_the_site()
    run("import_json", path)
    response = client.get("/2019/05/my-therapist-retired/")
    assert response.status_code == 301
    assert response["Location"] == "/answers/my-therapist-retired/"


def test_a_public_export_leaves_private_things_out(site, tmp_path):
    path = tmp_path / "public.json"
    run("export", path)
    text = path.read_text()
    data = json.loads(text)
    assert "@mail.example" not in text
    assert "maren.private" not in text
    assert "ip_hash" not in text and "screening" not in text and "letters" not in data
    statuses = {c["status"] for a in data["answers"] for c in a["comments"]}
    assert statuses == {"published", "removed"}
    removed = [c for a in data["answers"] for c in a["comments"] if c["status"] == "removed"]
    assert all(c["body"] == "" for c in removed)


def test_letters_only_with_include_letters_and_their_emails_only_when_private(site, tmp_path):
    from column.services import receive_letter

    receive_letter(
        pen_name="Quiet",
        email="quiet@mail.example",
        body="A private letter.",
        consent_to_publish=True,
        received_at=Answer.objects.first().created_at,
    )
    path = tmp_path / "letters.json"
    run("export", path, "--include-letters")
    data = json.loads(path.read_text())
    assert data["letters"][0]["body"] == "A private letter."
    assert "email" not in data["letters"][0]
    run("export", path, "--include-letters", "--include-private")
    assert json.loads(path.read_text())["letters"][0]["email"] == "quiet@mail.example"


def test_a_broken_json_file_names_the_place_and_changes_nothing(site, tmp_path):
    path = tmp_path / "site.json"
    run("export", path, "--include-private")
    empty_the_site()
    text = path.read_text()
    path.write_text(text[: len(text) // 2])
    with pytest.raises(CommandError, match="not valid JSON at line"):
        run("import_json", path)
    data = json.loads(text)
    del data["answers"][2]["slug"]
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match=r"answers\[2\] \(.*\): missing 'slug'"):
        run("import_json", path)
    assert Answer.objects.count() == 0 and Columnist.objects.count() == 0


def test_the_wordpress_export_reads_back_as_wordpress(site, tmp_path):
    path = tmp_path / "site.xml"
    call_command("export", str(path), "--format", "wxr")
    text = path.read_text()
    assert "@mail.example" not in text
    things = list(wxr.read(str(path)))
    posts = {p.slug: p for p in things if isinstance(p, wxr.Post)}
    assert set(posts) == set(Answer.objects.values_list("slug", flat=True))
    retired = posts["my-therapist-retired"]
    assert retired.status == "publish"
    code = next(c for c in retired.comments if "if (a" in c.content)
    assert "if (a ]]> b)" in code.content  # split CDATA survives


def test_a_wordpress_export_imports_into_an_empty_site(site, tmp_path):
    path = tmp_path / "site.xml"
    call_command("export", str(path), "--format", "wxr", "--include-private")
    before = {
        a.slug: (a.title, a.pen_name, a.question, a.status, a.published_at, a.comment_count)
        for a in Answer.objects.all()
    }
    # WordPress has no "removed by its author": such comments go out as trash.
    wordpress = {Comment.Status.REMOVED: Comment.Status.REJECTED}
    shapes = {
        a.slug: [
            (c.pen_name, c.depth, wordpress.get(c.status, c.status))
            for c in a.comments.order_by("path")
        ]
        for a in Answer.objects.all()
    }
    empty_the_site()
    run("import_wxr", path)
    after = {
        a.slug: (a.title, a.pen_name, a.question, a.status, a.published_at, a.comment_count)
        for a in Answer.objects.all()
    }
    assert after == before
    for answer in Answer.objects.all():
        shape = [(c.pen_name, c.depth, c.status) for c in answer.comments.order_by("path")]
        assert shape == shapes[answer.slug]
