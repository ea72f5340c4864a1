"""manage.py import_disqus: threads matched to answers, posts with their trees and states."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from column.models import Answer
from conftest import make_answer, make_columnist
from discussion.models import Comment
from moving.tests.helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """The WordPress site imported first: the Disqus threads point at its pages."""
    run("import_wxr", SAMPLES / "wordpress-1.2.xml")
    run("import_wxr", SAMPLES / "wordpress-1.1.xml")


def test_threads_are_matched_by_url_and_by_identifier(site):
    out = run("import_disqus", SAMPLES / "disqus.xml")
    retired = Answer.objects.get(slug="my-therapist-retired")
    online = Answer.objects.get(slug="missing-an-online-therapist")
    moved = Answer.objects.get(slug="ending-with-a-counsellor")
    # By URL: the old permalink, through the redirect table.
    assert Comment.objects.filter(answer=retired, pen_name="Ana 🌙").exists()
    # By identifier: the WordPress post id, and an answer's slug.
    assert Comment.objects.filter(answer=online, pen_name="Pablo").exists()
    assert Comment.objects.filter(answer=moved, pen_name="Claire").exists()
    assert "threads matched: 2 by identifier, 1 by url" in out


def test_unmatched_threads_are_listed_and_their_posts_skipped(site):
    out = run("import_disqus", SAMPLES / "disqus.xml")
    assert "threads not matched to an answer: 1" in out
    assert "A page that never moved · https://old.example.org/never-imported/" in out
    assert "1 comments of unmatched threads" in out
    assert not Comment.objects.filter(pen_name="X").exists()


def test_posts_keep_parents_dates_names_emails_and_states(site):
    out = run("import_disqus", SAMPLES / "disqus.xml")
    ana = Comment.objects.get(pen_name="Ana 🌙")
    ben = Comment.objects.get(pen_name="Ben")
    gone = Comment.objects.get(pen_name="Gone")
    assert ana.created_at == datetime(2019, 5, 10, 8, 0, tzinfo=UTC)
    assert ana.email == "ana.secret@mail.example"
    assert (ben.parent, ben.reply_to_name, ben.depth) == (ana, "Ana 🌙", 2)
    assert (gone.parent, gone.status) == (ben, Comment.Status.REMOVED)
    assert Comment.objects.get(pen_name="Meds").status == Comment.Status.SPAM
    guest = Comment.objects.get(pen_name="Guest")
    assert guest.parent is None and guest.email == ""
    assert "kept as top-level comments: 1" in out


def test_message_html_becomes_plain_text_with_paragraphs_and_link_addresses(site):
    run("import_disqus", SAMPLES / "disqus.xml")
    ana = Comment.objects.get(pen_name="Ana 🌙")
    assert ana.body == (
        "Found this after my own therapist left. Thank you.\n\n"
        "Second paragraph\nwith a break — and a guide that helped "
        "(https://grief.example/guide)."
    )
    assert ana.body_html.startswith("<p>Found this after my own therapist left. Thank you.</p>")
    assert '<a href="https://grief.example/guide" rel="nofollow ugc">' in ana.body_html


def test_removed_posts_never_show_their_words(site, client):
    run("import_disqus", SAMPLES / "disqus.xml")
    removed = Comment.objects.get(status=Comment.Status.REMOVED)
    page = client.get("/answers/my-therapist-retired/").content.decode()
    assert "I regret posting this." not in page
    # Nobody answered it, so not even a placeholder is left (a reply would keep one).
    assert not removed.children.exists()
    assert f'id="c{removed.pk}"' not in page


def test_disqus_import_is_idempotent_and_counts_once(site):
    run("import_disqus", SAMPLES / "disqus.xml")
    total = Comment.objects.count()
    retired = Answer.objects.get(slug="my-therapist-retired")
    count = retired.comment_count
    out = run("import_disqus", SAMPLES / "disqus.xml")
    assert Comment.objects.count() == total
    retired.refresh_from_db()
    assert retired.comment_count == count
    assert "comments: 0 new, 7 updated" in out


def test_a_thread_matches_an_answer_page_address_without_any_wordpress():
    answer = make_answer(make_columnist(), "when-therapy-ends")
    xml = """<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
  <thread dsq:id="1"><link>https://afterword.example/answers/when-therapy-ends/</link>
    <title>T</title></thread>
  <post dsq:id="2"><message><![CDATA[<p>Hello</p>]]></message>
    <createdAt>2024-01-01T00:00:00Z</createdAt><isDeleted>false</isDeleted>
    <isSpam>false</isSpam><author><name>Ola</name><email>ola@mail.example</email></author>
    <thread dsq:id="1"/></post>
</disqus>"""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.xml"
        path.write_text(xml)
        run("import_disqus", path)
    assert Comment.objects.get(answer=answer).body == "Hello"
    answer.refresh_from_db()
    assert answer.comment_count == 1
