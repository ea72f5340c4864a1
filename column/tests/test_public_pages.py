"""Public pages of the column: what a reader sees, and what they never see."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from column.services import publish_answer
from conftest import make_answer, make_comment
from discussion.models import Comment


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_home_lists_live_answers_only(client, columnist, answer):
    make_answer(columnist, slug="a-draft", title="Draft title here", live=False)
    later = make_answer(columnist, slug="scheduled", title="Scheduled title", live=False)
    publish_answer(later, at=timezone.now() + timedelta(days=2))
    html = client.get("/").content.decode()
    assert answer.title in html
    assert "Draft title here" not in html
    assert "Scheduled title" not in html


def test_drafts_and_scheduled_answers_are_not_found(client, columnist):
    draft = make_answer(columnist, slug="a-draft", live=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    publish_answer(draft, at=timezone.now() + timedelta(hours=1))
    assert client.get(draft.get_absolute_url()).status_code == 404
    publish_answer(draft, at=timezone.now() - timedelta(seconds=1))
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_answer_page_has_letter_answer_byline_bio_topics_and_date(client, answer):
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "<h1>When therapy ends before you are ready</h1>" in html
    assert "My therapist ended our work." in html
    assert "— Unfinished in Ohio" in html
    assert "<strong>grief</strong>" in html
    assert "Ada Moss</a>, MS, LMHC" in html
    assert "counselor who works with people after loss" in html
    assert 'href="/topics/ending-therapy/">Ending therapy</a>' in html
    assert f'datetime="{answer.published_at.isoformat()}"' in html


def test_answer_page_has_open_graph_and_canonical(client, answer, settings):
    html = client.get(answer.get_absolute_url()).content.decode()
    url = settings.SITE_URL + answer.get_absolute_url()
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:title" content="{answer.title}">' in html


def test_json_ld_describes_the_article_and_the_comment_tree(client, answer, settings):
    first = make_comment(answer, name="Mara", body="First <words>")
    reply = make_comment(answer, name="Dot", parent=first, body="A reply")
    make_comment(answer, name="Held", status=Comment.Status.PENDING)
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "<words>" not in html.split("application/ld+json")[1].split("</script>")[0]
    data = json_ld(html)
    assert data["@type"] == "Article"
    assert data["headline"] == answer.title
    assert data["author"] == {
        "@type": "Person",
        "name": "Ada Moss",
        "jobTitle": "MS, LMHC",
        "url": settings.SITE_URL + "/authors/ada-moss/",
    }
    assert data["datePublished"] == answer.published_at.isoformat()
    assert data["url"] == settings.SITE_URL + answer.get_absolute_url()
    assert data["commentCount"] == 2
    [top] = data["comment"]
    assert top["author"]["name"] == "Mara"
    assert top["text"] == "First <words>"
    assert top["url"].endswith(f"#c{first.pk}")
    assert top["dateCreated"] == first.created_at.isoformat()
    [child] = top["comment"]
    assert child["author"]["name"] == "Dot"
    assert child["url"].endswith(f"#c{reply.pk}")
    assert "comment" not in child


def test_emails_never_reach_a_public_page(client, answer):
    make_comment(answer, name="Mara", email="very-private@example.org")
    for url in [
        "/",
        answer.get_absolute_url(),
        reverse("discussion:feed", args=[answer.slug]),
        "/feed/",
        "/archive/",
        "/sitemap.xml",
    ]:
        assert "very-private" not in client.get(url).content.decode(), url


def test_hostile_comment_text_is_escaped_everywhere(client, answer):
    make_comment(answer, name="<img src=x onerror=alert(1)>", body="<script>alert(1)</script>")
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_topic_page_lists_its_answers(client, answer, columnist):
    make_answer(columnist, slug="unrelated", title="Unrelated answer")
    html = client.get(reverse("column:topic", args=["ending-therapy"])).content.decode()
    assert answer.title in html
    assert "Unrelated answer" not in html
    assert client.get(reverse("column:topic", args=["nope"])).status_code == 404


def test_topics_page(client, answer):
    html = client.get(reverse("column:topics")).content.decode()
    assert "Ending therapy" in html
    assert "1 answer" in html


def test_author_page_shows_profile_and_answers(client, answer):
    html = client.get(reverse("column:author", args=["ada-moss"])).content.decode()
    assert "<h1>Ada Moss</h1>" in html
    assert "MS, LMHC" in html
    assert "Portland, Oregon" in html
    assert "<li>grief</li>" in html
    assert "<p>She lives by the river.</p>" in html
    assert answer.title in html


def test_authors_page(client, answer):
    assert "Ada Moss" in client.get(reverse("column:authors")).content.decode()


def test_archive_groups_by_month(client, answer):
    html = client.get(reverse("column:archive")).content.decode()
    assert answer.published_at.strftime("%B %Y") in html
    assert answer.title in html


def test_answers_feed_is_atom(client, answer):
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert answer.title in response.content.decode()


def test_robots_and_sitemap(client, answer):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /desk/" in robots
    assert "Sitemap: " in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert answer.get_absolute_url() in sitemap
    assert "/authors/ada-moss/" in sitemap


@pytest.mark.parametrize("name", ["column:terms", "column:privacy"])
def test_terms_and_privacy(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "116 123" in response.content.decode() or "email is never shown" in (
        response.content.decode()
    )


@pytest.mark.parametrize("size", [10, 500])
def test_answer_page_queries_do_not_grow_with_the_thread(
    client, answer, size, django_assert_num_queries
):
    roots = []
    for i in range(size):
        parent = roots[i // 4] if i % 4 and roots else None
        comment = make_comment(answer, name=f"P{i}", parent=parent, email=f"p{i}@example.org")
        if parent is None:
            roots.append(comment)
    # The answer and its topics; the thread's count, its page's conversations and
    # their comments; 1 for the support circle line (circles.queries).
    with django_assert_num_queries(6):
        response = client.get(answer.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('class="comment"') > 0
