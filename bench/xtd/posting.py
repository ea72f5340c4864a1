"""The django-comments-xtd site's side of the write benchmark (bench/post_xtd.py).

Run with the comparison's own environment (`sh bench/xtd/run.sh --python`), never
Afterword's, against the database the server will use: SQLite under
XTD_BENCH_DATA_DIR, or XTD_DATABASE_URL (PostgreSQL).

    posting.py setup    migrate, then build what bench/post.py builds for Afterword:
                        a published article with a 100-comment thread, and 200
                        returning commenters, each with an earlier public comment;
                        a list of blacklisted domains for SpamModerator. Prints one
                        JSON line: {"path": the article's page, "parents": [the
                        200 commenters' comment ids]}.
    posting.py stored   prints one JSON line: the "[bench …]" markers of the
                        comments the posts stored, to count lost and duplicated ones.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
THREAD = 100  # bench/post.py's answer has a 100-comment thread, as this article does
POSTERS = 200
BLACKLISTED_DOMAINS = 2000


def setup_django() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "xtd_site.settings"
    sys.path.insert(0, str(HERE))
    sys.path.append(str(REPO))  # for bench.tree only, after this site's own modules
    import django

    django.setup()


def setup() -> None:
    from articles.models import Article
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from django_comments_xtd.models import BlackListedDomain, XtdComment

    from bench.tree import comment_text, thread_rows

    call_command("migrate", verbosity=0, interactive=False)
    now = timezone.now()
    article = Article.objects.create(
        title=f"A thread of {THREAD} comments",
        slug=f"thread-{THREAD}",
        body="What happens to a page when a thousand people answer it?",
        publish=now - timedelta(days=1),
    )

    def add(**fields) -> int:
        comment = XtdComment(
            content_object=article, site_id=settings.SITE_ID, is_public=True, **fields
        )
        comment.save()  # xtd works out thread_id, level and order here
        return comment.pk

    rng = random.Random(11)
    with transaction.atomic():
        pks: dict[int, int] = {}
        for row in thread_rows(THREAD, seed=7, max_depth=4):
            pks[row.index] = add(
                user_name=row.name,
                user_email=f"reader{row.index}@example.com",
                comment=row.body,
                submit_date=row.created_at,
                parent_id=pks[row.parent] if row.parent is not None else 0,
            )
        parents = [
            add(
                user_name=f"Poster {poster}",
                user_email=f"poster{poster}@example.org",
                comment=comment_text(rng),
                submit_date=now - timedelta(days=30 + poster),
            )
            for poster in range(1, POSTERS + 1)
        ]
        # The tutorial loads Joe Wein's list of spamming domains into this table.
        BlackListedDomain.objects.bulk_create(
            BlackListedDomain(domain=f"spam-{n}.example") for n in range(BLACKLISTED_DOMAINS)
        )
    with connection.cursor() as cursor:
        # The statistics a live site has, as bench/post.py gives Afterword's tables.
        for table in connection.introspection.django_table_names(only_existing=True):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    print(json.dumps({"path": article.get_absolute_url(), "parents": parents}), flush=True)


def stored() -> None:
    from django_comments_xtd.models import XtdComment

    bodies = XtdComment.objects.filter(comment__contains="[bench ").values_list(
        "comment", flat=True
    )
    markers = [re.search(r"\[bench [^\]]*\]", body).group(0) for body in bodies]
    print(json.dumps(markers), flush=True)


if __name__ == "__main__":
    setup_django()
    {"setup": setup, "stored": stored}[sys.argv[1]]()
