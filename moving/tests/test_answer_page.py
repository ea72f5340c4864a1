"""What a publisher sees after moving in: the same thread, counts and dates, and no
commenter's email anywhere on the page."""

from __future__ import annotations

import re

import pytest

from bench.synthetic_wxr import write_wxr
from column.models import Answer
from discussion.models import Comment
from moving.tests.helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    run("import_wxr", SAMPLES / "wordpress-1.2.xml")
    run("import_wxr", SAMPLES / "wordpress-1.1.xml")
    run("import_disqus", SAMPLES / "disqus.xml")


def test_imported_emails_never_appear_on_answer_pages(client, imported):
    emails = set(Comment.objects.exclude(email="").values_list("email", flat=True))
    assert len(emails) >= 8
    for answer in Answer.objects.published():
        for query in ("", "?order=newest"):
            page = client.get(answer.get_absolute_url() + query).content.decode()
            for email in emails:
                assert email not in page
            assert "@mail.example" not in page
            feed = client.get(f"/answers/{answer.slug}/comments/feed/").content.decode()
            assert "@mail.example" not in feed


def test_the_answer_page_shows_the_same_tree_counts_and_dates(client, imported):
    answer = Answer.objects.get(slug="my-therapist-retired")
    page = client.get(answer.get_absolute_url()).content.decode()
    assert f"({answer.comment_count} comments)" in page
    assert (
        answer.comment_count
        == Comment.objects.filter(answer=answer, status=Comment.Status.PUBLISHED).count()
    )
    assert '<time datetime="2019-05-02T08:00:00+00:00">2 May 2019</time>' in page
    names = re.findall(r'class="pen-name" id="c\d+-by">([^<]+)<', page)
    assert names[:6] == ["Maren", "Jonas 🌱", "Maren", "Jonas 🌱", "Maren", "Jonas 🌱"]
    assert "in reply to" in page
    assert "Cheap Pills" not in page and "Someone new" not in page


def test_ten_thousand_comments_import_with_sound_trees(tmp_path):
    """The speed of this import is measured by `make bench` (bench/import_wxr.py)."""
    path = tmp_path / "big.xml"
    with open(path, "w", encoding="utf-8") as out:
        write_wxr(out, posts=20, comments=10_000)
    run("import_wxr", path)
    assert Comment.objects.count() == 10_000
    for answer in Answer.objects.all():
        paths = list(answer.comments.values_list("path", flat=True))
        assert len(set(paths)) == len(paths)
        assert answer.comment_count == answer.comments.filter(status="published").count()
