"""Crawl the demo site as an anonymous reader: no page, feed, sitemap or JSON-LD
holds the email address of anyone who commented or wrote a letter, nor a word said
inside a support circle (nor does `export` without --include-private)."""

import re
from collections import deque
from io import StringIO
from urllib.parse import urldefrag, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from circles.models import Circle, CirclePost, Membership, Round
from column.models import Answer, Columnist, Letter, Topic
from discussion.models import Comment

LIMIT = 400
HREF = re.compile(r"""(?:href|src)=["']([^"']+)["']|<loc>([^<]+)</loc>""")
SKIP = ("/admin/", "/accounts/", "/desk/", "/moderation/", "/staff/", "/static/", "/media/")


def _plain_runs(texts) -> set[str]:
    """A stretch of plain words from each text: found as is in any page that shows it."""
    runs = (re.findall(r"[A-Za-z][A-Za-z ]{24,}", text) for text in texts)
    return {found[0].strip() for found in runs if found}


def _local(url: str) -> str | None:
    url = urldefrag(url.replace("&amp;", "&"))[0]
    if url.startswith(settings.SITE_URL):
        url = url[len(settings.SITE_URL) :] or "/"
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not url.startswith("/"):
        return None
    if url.startswith(SKIP) or "reply=" in url or re.match(r"^/comments/\d+/(follow/)?$", url):
        return None  # staff pages; reply forms, permalinks and follow forms repeat pages
    return url


@pytest.mark.django_db
def test_no_public_page_shows_a_writers_email():
    call_command("load_demo", verbosity=0)
    private = {c.email for c in Comment.objects.exclude(email="")}
    private |= {letter.email for letter in Letter.objects.all()}
    assert private, "the demo has writers"
    seeds = ["/", "/archive/", "/feed/", "/sitemap.xml", "/robots.txt", "/topics/", "/authors/"]
    for answer in Answer.objects.published():
        seeds += [answer.get_absolute_url(), f"{answer.get_absolute_url()}comments/feed/"]
        seeds.append(f"{answer.get_absolute_url()}?order=newest")
    seeds += [t.get_absolute_url() for t in Topic.objects.all()]
    seeds += [c.get_absolute_url() for c in Columnist.objects.all()]
    first = Comment.objects.visible().first()
    seeds.append(f"/comments/{first.pk}/report/")
    seeds.append(f"/comments/{first.pk}/follow/")  # one "tell me when NAME writes again"
    # Support circles: the listing and "about" pages are public; what is said inside is not.
    private |= {m.email for m in Membership.objects.exclude(email="")}
    circle_words = _plain_runs(CirclePost.objects.exclude(body="").values_list("body", flat=True))
    circle_words |= _plain_runs(Round.objects.values_list("prompt", flat=True))
    assert circle_words, "the demo has circles"
    seeds.append("/circles/")
    for circle in Circle.objects.all():
        seeds += [circle.get_absolute_url(), f"/circles/{circle.slug}/room/"]
        seeds += [f"/circles/{circle.slug}/rounds/{n}/" for n in (1, 2, 3)]

    reader = Client()
    queue, seen, pages = deque(seeds), set(seeds), 0
    while queue and pages < LIMIT:
        path = queue.popleft()
        response = reader.get(path)
        pages += 1
        assert response.status_code in (200, 301, 302, 404), path
        if response.status_code != 200 or response.streaming:
            continue
        text = response.content.decode()
        assert "@demo.afterword.invalid" not in text, path
        leaked = [email for email in private if email in text]
        assert not leaked, f"{path} shows {leaked}"
        said = [words for words in circle_words if words in text]
        assert not said, f"{path} shows words from a support circle: {said}"
        for match in HREF.finditer(text):
            link = _local(match.group(1) or match.group(2))
            if link and link not in seen:
                seen.add(link)
                queue.append(link)
    assert pages > 30  # the crawl really went through the site
    exported = StringIO()
    call_command("export", "-", stdout=exported)
    assert not [words for words in circle_words if words in exported.getvalue()]
    everything = StringIO()
    call_command("export", "-", "--include-private", stdout=everything)
    assert all(words in everything.getvalue() for words in circle_words)
    assert pages < LIMIT or not queue, "the crawl hit its bound"
