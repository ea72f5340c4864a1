"""django-comments-xtd rendering the same 1,000-comment tree Afterword measures.

Run with the comparison's own environment (bench/xtd/run.sh sets it up), never
Afterword's. Builds the thread from bench.tree.thread_rows, renders an article
page that shows the whole tree with `{% render_xtdcomment_tree for object %}`
and xtd's default templates, checks that every comment and every level is on
the page, then prints:

    xtd_version, xtd_django_version, xtd_comments_rendered,
    xtd_render_ms_1000 (median of 9 uncached requests after one warm-up),
    xtd_queries_1000 (SQL queries for one request).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from html.parser import HTMLParser
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
COUNT = 1000
SEED = 7
MAX_DEPTH = 4  # Afterword's depths 1..4 are xtd's levels 0..3
RUNS = 9


def report(name: str, value) -> None:
    if isinstance(value, float):
        value = f"{value:.2f}" if value < 100 else f"{value:.0f}"
    print(f"{name}: {value}", flush=True)


class CommentNesting(HTMLParser):
    """Records, for each comment block `<div id="cN" class="comment ...">`, how many
    comment blocks enclose it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # one entry per open <div>: is it a comment block?
        self.levels: dict[int, int] = {}

    def handle_starttag(self, tag, attrs):
        if tag != "div":
            return
        attributes = dict(attrs)
        ident = attributes.get("id") or ""
        classes = (attributes.get("class") or "").split()
        is_comment = "comment" in classes and ident[:1] == "c" and ident[1:].isdigit()
        if is_comment:
            self.levels[int(ident[1:])] = sum(self.stack)
        self.stack.append(is_comment)

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()


def setup_django(data_dir: str) -> None:
    os.environ["XTD_BENCH_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "xtd_site.settings"
    sys.path.insert(0, str(HERE))
    sys.path.append(str(REPO))  # for bench.tree only, after this site's own modules
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def build_thread(rows):
    from articles.models import Article
    from django.conf import settings
    from django.db import transaction
    from django.utils import timezone
    from django_comments_xtd.models import XtdComment

    article = Article.objects.create(
        title="A thread of 1,000 comments",
        slug="thread-1000",
        body="What happens to a page when a thousand people answer it?",
        publish=timezone.now(),
    )
    pks: dict[int, int] = {}
    with transaction.atomic():
        for row in rows:
            comment = XtdComment(
                content_object=article,
                site_id=settings.SITE_ID,
                user_name=row.name,
                user_email=f"reader{row.index}@example.com",
                comment=row.body,
                submit_date=row.created_at,
                is_public=True,
                is_removed=False,
            )
            if row.parent is not None:
                comment.parent_id = pks[row.parent]
            comment.save()  # xtd works out thread_id, level and order here
            pks[row.index] = comment.pk
    return article, pks


def check_page(html: str, rows, pks) -> int:
    from django_comments_xtd.models import XtdComment

    nesting = CommentNesting()
    nesting.feed(html)
    nesting.close()
    rendered = len(nesting.levels)
    assert rendered == COUNT, f"the page shows {rendered} of {COUNT} comments"
    stored = dict(XtdComment.objects.values_list("pk", "level"))
    for row in rows:
        pk = pks[row.index]
        assert stored[pk] == row.depth - 1, (row.index, stored[pk], row.depth)
        assert nesting.levels[pk] == row.depth - 1, (row.index, nesting.levels[pk], row.depth)
    deepest = max(nesting.levels.values())
    assert deepest == MAX_DEPTH - 1, f"nesting only reaches level {deepest}"
    return rendered


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="xtd-bench-") as data_dir:
        try:
            measure(data_dir)
        finally:
            from django.db import connections

            connections.close_all()


def measure(data_dir: str) -> None:
    setup_django(data_dir)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.tree import thread_rows

    rows = thread_rows(COUNT, seed=SEED, max_depth=MAX_DEPTH)
    article, pks = build_thread(rows)
    url = article.get_absolute_url()
    client = Client()

    def get():
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        return response

    response = get()  # warm-up: imports, template loading, connection
    rendered = check_page(response.content.decode(), rows, pks)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        get()
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        get()

    report("xtd_version", version("django-comments-xtd"))
    report("xtd_django_version", version("Django"))
    report("xtd_comments_rendered", rendered)
    report("xtd_render_ms_1000", statistics.median(timings))
    report("xtd_queries_1000", len(queries))


if __name__ == "__main__":
    main()
