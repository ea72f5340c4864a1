"""/search/: ranked, highlighted, paginated results of what readers may read."""

from __future__ import annotations

import pytest

from column.models import Answer, Letter
from conftest import make_answer, make_comment
from discussion.models import Comment
from search.queries import PER_PAGE, search
from search.tests.helpers import bulk_comments, found

pytestmark = pytest.mark.django_db


def urls(q: str, **kwargs) -> list[str]:
    return [r.url for r in search(q, **kwargs).results]


def test_a_phrase_from_an_old_comment_finds_it_with_its_permalink(client, answer):
    comment = make_comment(answer, body="The lighthouse keeper's daughter wrote to me.")
    make_comment(answer, body="Nothing to see here.")
    html = found(client, "lighthouse keeper")
    assert f'href="/comments/{comment.pk}/"' in html
    assert "<mark>lighthouse</mark> <mark>keeper" in html
    assert urls('"lighthouse keeper"') == [f"/comments/{comment.pk}/"]


def test_an_answer_is_found_by_its_title_letter_and_text_and_links_to_its_page(client, columnist):
    answer = make_answer(
        columnist,
        slug="kingfisher",
        title="The kingfisher question",
        question="My counsellor moved to Aberdeen.",
        body="Dear Reader, *marmalade* helps.",
    )
    for q in ("kingfisher", "Aberdeen", "marmalade"):
        assert urls(q) == [answer.get_absolute_url()], q
    assert f'href="{answer.get_absolute_url()}"' in found(client, "kingfisher")


def test_a_title_match_ranks_above_a_passing_mention(columnist):
    answer = make_answer(columnist, slug="on-grief", title="Grief after therapy ends")
    long_body = "We talked about many things. " * 30 + "There was some grief too."
    mention = make_comment(answer, name="Theo", body=long_body)
    assert urls("grief") == [answer.get_absolute_url(), mention.get_absolute_url()]


def test_a_short_comment_about_the_word_ranks_above_a_long_one_that_mentions_it(answer):
    passing = make_comment(
        answer, name="Passing", body="A long day at work, then dinner. " * 20 + "Heron."
    )
    about = make_comment(answer, name="About", body="The heron came back. Heron, heron!")
    assert urls("heron") == [about.get_absolute_url(), passing.get_absolute_url()]


def test_hostile_text_is_shown_escaped_with_only_the_marks_as_html(client, answer):
    body = "Look: <script>alert(1)</script> periwinkle <img src=x onerror=alert(2)>"
    make_comment(answer, name="<b>Bold</b>", body=body)
    html = found(client, "periwinkle")
    assert "<script>alert(1)" not in html and "<img" not in html
    assert "Look: &lt;script&gt;alert(1)&lt;/script&gt; <mark>periwinkle</mark> &lt;img" in html
    assert "<b>Bold</b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html


def test_held_rejected_spam_and_removed_comments_are_never_found(client, answer):
    for status in ("pending", "rejected", "spam", "removed"):
        make_comment(answer, name=f"Hidden {status}", body="the word zephyrine", status=status)
    assert urls("zephyrine") == []
    assert "zephyrine</mark>" not in found(client, "zephyrine")


def test_drafts_scheduled_answers_and_their_comments_are_never_found(columnist, answer):
    draft = make_answer(columnist, slug="draft", live=False, title="Quillwort draft")
    bulk_comments(draft, ["quillwort under a draft"])
    later = make_answer(columnist, slug="later", title="Quillwort later")
    Answer.objects.filter(pk=later.pk).update(published_at=answer.published_at.replace(year=2999))
    bulk_comments(later, ["quillwort under a scheduled answer"])
    assert urls("quillwort") == []


def test_private_letters_are_never_searched(answer):
    Letter.objects.create(
        pen_name="Writer", email="w@example.org", body="snapdragon secret",
        consent_to_publish=False, status_token_hash="x" * 64,
    )  # fmt: skip
    assert urls("snapdragon") == []


def test_pen_names_are_found_and_emails_never(client, answer):
    comment = make_comment(
        answer, name="Quiet Tuesday", email="hidden.person@mailbox.example", body="Hello all."
    )
    assert urls("Quiet Tuesday") == [comment.get_absolute_url()]
    for q in ("hidden.person@mailbox.example", "hidden", "mailbox"):
        assert urls(q) == [], q
        assert 'class="search-result' not in found(client, q)
    assert "hidden.person" not in found(client, "Quiet Tuesday")


def test_results_come_in_pages(client, answer):
    comments = bulk_comments(answer, ["a marigold in the window"] * (PER_PAGE * 2 + 5))
    first, third = search("marigold"), search("marigold", page=3)
    assert first.page.paginator.count == len(comments)
    assert len(first.results) == PER_PAGE and len(third.results) == 5
    shown = {r.url for p in (1, 2, 3) for r in search("marigold", page=p).results}
    assert shown == {c.get_absolute_url() for c in comments}
    html = found(client, "marigold", page=2)
    assert 'href="?q=marigold&amp;page=3"' in html and 'href="?q=marigold&amp;page=1"' in html


def test_a_discussion_can_be_searched_on_its_own(client, columnist, answer):
    other = make_answer(columnist, slug="other", title="Another answer about cormorants")
    here = make_comment(answer, body="a cormorant on the pier")
    elsewhere = make_comment(other, body="a cormorant elsewhere")
    assert set(urls("cormorant")) == {
        here.get_absolute_url(), elsewhere.get_absolute_url(), other.get_absolute_url()
    }  # fmt: skip
    assert urls("cormorant", answer_id=answer.pk) == [here.get_absolute_url()]
    html = found(client, "cormorant", answer=answer.pk)
    assert here.get_absolute_url() in html and elsewhere.get_absolute_url() not in html
    assert f'name="answer" value="{answer.pk}"' in html
    assert f'href="?q=cormorant&amp;answer={answer.pk}' not in html  # one page: no pager


BAD_INPUT = [
    "", " ", "x" * 10_000, "word " * 2_000, "!!!???...", '"', '""', '"unterminated',
    "NEAR(", "NEAR(a b, 2)", "*", "a*", "AND OR", "OR", "NOT", "AND", "(", ")", "a:b",
    "title:grief", "^grief", "-", "--", "' OR 1=1 --", "%", "_", "\\", "{a b}", "a + b",
    'a" OR "b', "Ünïcödé", "日本語の文", "🙂🙂", "grief\x00", "\x00", "\x00" * 50,
    "\ue000grief\ue001", "\u202egrief", "grief\r\n\t", "a & b | c ! d <-> e", "'", "\"'\"",
]  # fmt: skip


@pytest.mark.parametrize("q", BAD_INPUT)
def test_any_input_gets_a_normal_page(client, answer, q):
    make_comment(answer, body="grief and a few words about it")
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    assert response.content.decode().count("<html") == 1


@pytest.mark.parametrize(
    "params",
    [{"answer": "abc"}, {"answer": "9" * 40}, {"answer": "-1"}, {"answer": "٣"},
     {"page": "abc"}, {"page": "-1"}, {"page": "99999"}, {"page": "9" * 5000},
     {"answer": "1\x00"}, {"page": "\x00"}],
)  # fmt: skip
def test_odd_parameters_get_a_normal_page(client, answer, params):
    make_comment(answer, body="grief and a few words about it")
    assert client.get("/search/", {"q": "grief", **params}).status_code == 200


def test_results_are_not_kept_in_the_page_cache_and_not_indexed(client, answer):
    make_comment(answer, body="grief")
    response = client.get("/search/", {"q": "grief"})
    assert "public" not in response.get("Cache-Control", "")
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_page_of_results_takes_a_handful_of_queries(
    client, answer, django_assert_max_num_queries
):
    bulk_comments(answer, [f"sparrow number {i}" for i in range(30)])
    with django_assert_max_num_queries(7):
        assert client.get("/search/", {"q": "sparrow"}).status_code == 200


def test_post_is_refused(client):
    assert client.post("/search/", {"q": "grief"}).status_code == 405


def test_every_page_has_a_search_box_in_its_header(client, answer):
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html


def test_long_threads_offer_to_search_the_discussion(client, columnist):
    # Slugs no other test reads, so no page cached earlier in the run is served.
    short = make_answer(columnist, slug="short-thread-for-search")
    make_comment(short)
    assert "Search this discussion" not in client.get(short.get_absolute_url()).content.decode()
    answer = make_answer(columnist, slug="long-thread-for-search")
    make_comment(answer)
    Answer.objects.filter(pk=answer.pk).update(comment_count=51)
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "Search this discussion" in html
    assert f'name="answer" value="{answer.pk}"' in html


def test_an_erased_person_is_not_found_by_their_old_name_or_words(answer):
    from people.data_rights import erase

    make_comment(answer, name="Wren Lowell", email="wren@example.org", body="about mallows")
    make_comment(answer, name="Ash Fennel", email="ash@example.org", body="about thistles")
    erase("wren@example.org", delete_comments=False)
    erase("ash@example.org", delete_comments=True)
    assert urls("Wren Lowell") == [] and urls("Ash Fennel") == [] and urls("thistles") == []
    kept = search("mallows").results
    assert [str(r.name) for r in kept] == ["Former member"]
    assert Comment.objects.filter(pen_name="Former member").count() == 2
