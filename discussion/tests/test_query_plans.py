"""The thread queries use the indexes made for them, on SQLite and on PostgreSQL."""

from django.db import connection

from bench.generate import make_thread
from conftest import make_answer
from discussion.models import Comment
from discussion.thread import _conversations


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE discussion_comment")
        cursor.execute(prefix + sql, params)
        return "\n".join(" ".join(str(part) for part in row) for row in cursor.fetchall())


def test_a_thread_page_is_read_through_its_indexes(columnist, db):
    answers = [make_answer(columnist, slug=f"a{i}") for i in range(4)]
    for answer in answers:
        make_thread(answer, 1500, seed=answer.pk)
    answer = answers[1]
    roots = _conversations(answer.pk).order_by("root_id")[:25]
    page = (
        Comment.objects.visible()
        .filter(answer_id=answer.pk, root_id__in=roots)
        .order_by("root_id", "path")
    )
    roots_plan, page_plan = plan(roots), plan(page)
    print(roots_plan, page_plan, sep="\n---\n")  # shown with -s: the plans themselves
    for query_plan in (roots_plan, page_plan):
        assert "comment_roots" in query_plan or "comment_conversation" in query_plan
        assert "Seq Scan" not in query_plan  # PostgreSQL reading the whole table
        assert "SCAN discussion_comment\n" not in query_plan + "\n"  # SQLite doing the same
