"""Write a synthetic thread (see bench/tree.py) into Afterword's tables.

Rows are written with bulk_create and explicit ids, so the sort paths are
exactly what the posting service would have produced.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max

from afterword.text import plain_to_html
from bench.tree import thread_rows
from discussion.models import Comment, path_segment


def make_thread(answer, count: int, *, seed: int = 7) -> int:
    """Add `count` published comments to `answer` and return the count."""
    first_id = (Comment.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    comments: list[Comment] = []
    for row in thread_rows(count, seed=seed, max_depth=settings.COMMENTS_MAX_DEPTH):
        pk = first_id + row.index
        parent = comments[row.parent] if row.parent is not None else None
        target = comments[row.target] if row.target is not None else None
        comments.append(
            Comment(
                pk=pk,
                answer_id=answer.pk,
                parent_id=parent.pk if parent else None,
                reply_to_id=target.pk if target else None,
                reply_to_name=target.pen_name if target else "",
                depth=row.depth,
                root_id=parent.root_id if parent else pk,
                path=(parent.path + "/" if parent else "") + path_segment(pk),
                pen_name=row.name,
                email=f"bench{pk}@example.org",
                body=row.body,
                body_html=plain_to_html(row.body),
                status=Comment.Status.PUBLISHED,
                created_at=row.created_at,
            )
        )
    with transaction.atomic():
        Comment.objects.bulk_create(comments, batch_size=500)
        type(answer).objects.filter(pk=answer.pk).update(comment_count=count)
        # Ids were given explicitly: move PostgreSQL's sequence past them.
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Comment]):
                cursor.execute(sql)
    return count
