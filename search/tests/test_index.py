"""The index follows every write, whichever path made it, and the plans use it."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection

from bench.generate import make_thread
from column.services import unpublish_answer
from conftest import make_answer, make_comment
from discussion.models import Comment
from discussion.services import (
    approve_comment,
    edit_comment_body,
    reject_comment,
    remove_by_author,
)
from search import index
from search.backends import Postgres, Sqlite
from search.queries import search
from search.terms import parse
from search.tests.helpers import bulk_comments

pytestmark = pytest.mark.django_db


def urls(q: str, **kwargs) -> list[str]:
    return [r.url for r in search(q, **kwargs).results]


def test_a_comment_hidden_later_is_gone_at_once_and_back_when_restored(answer):
    comment = make_comment(answer, body="a note about bergamot")
    assert urls("bergamot") == [comment.get_absolute_url()]
    reject_comment(comment)
    assert urls("bergamot") == []
    approve_comment(comment)
    assert urls("bergamot") == [comment.get_absolute_url()]


def test_a_comment_its_author_removed_is_gone(answer):
    comment = make_comment(answer, body="a note about bergamot")
    remove_by_author(comment)
    assert urls("bergamot") == []


def test_a_status_changed_with_a_bare_update_is_followed_too(answer):
    comment = make_comment(answer, body="a note about bergamot")
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PENDING)
    assert urls("bergamot") == []
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.PUBLISHED)
    assert urls("bergamot") == [comment.get_absolute_url()]


def test_an_edited_comment_is_found_by_its_new_words_only(answer):
    comment = make_comment(answer, body="a note about bergamot")
    edit_comment_body(comment, "a note about lavender")
    assert urls("bergamot") == [] and urls("lavender") == [comment.get_absolute_url()]


def test_an_unpublished_answer_and_its_comments_are_gone(answer):
    make_comment(answer, body="a note about bergamot")
    unpublish_answer(answer)
    assert urls("bergamot") == [] and urls("therapist") == []


def test_a_deleted_comment_is_gone(answer):
    comment = make_comment(answer, body="a note about bergamot")
    Comment.objects.filter(pk=comment.pk).delete()
    assert urls("bergamot") == []


def test_bulk_created_comments_are_found_without_a_rebuild(answer):
    make_thread(answer, 30)  # the benchmarks' and importers' way: bulk_create
    assert len(urls("therapist")) > 1


def _empty_the_index() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM search_text")
        else:
            cursor.execute("DELETE FROM search_document")


def test_the_rebuild_command_indexes_everything_again(answer):
    comment = make_comment(answer, body="a note about bergamot")
    _empty_the_index()
    assert urls("bergamot") == []
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert urls("bergamot") == [comment.get_absolute_url()]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite drops triggers on a remake")
@pytest.mark.django_db(transaction=True)
def test_triggers_a_table_rebuild_dropped_are_put_back_after_migrate(columnist):
    answer = make_answer(columnist)
    assert index.state() == "complete"
    with connection.schema_editor() as editor:
        editor._remake_table(Comment)  # what an AddField with a default does on SQLite
    try:
        assert index.state() == "broken"
        call_command("migrate", verbosity=0)
        assert index.state() == "complete"
        comment = make_comment(answer, body="a note about bergamot")
        assert urls("bergamot") == [comment.get_absolute_url()]
    finally:
        index.ensure()


def _plan(sql: str, params) -> str:
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql, params)
        return "\n".join(" ".join(str(part) for part in row) for row in cursor.fetchall())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN index")
def test_postgresql_finds_a_rare_word_through_the_gin_index(columnist):
    for i in range(3):
        make_thread(make_answer(columnist, slug=f"a{i}"), 1500, seed=i)
    answer = make_answer(columnist, slug="rare")
    make_comment(answer, body="a single word nobody else wrote: kittiwake")
    with connection.cursor() as cursor:
        # Rows written in this transaction wait in the GIN index's pending list, which
        # autovacuum would have merged by now on a live site.
        cursor.execute("SELECT gin_clean_pending_list('search_document_vector_gin')")
        cursor.execute("ANALYZE search_document")
        cursor.execute("ANALYZE column_answer")
    documents = Postgres().documents(parse("kittiwake"))
    plan = _plan(*documents.query.sql_with_params())
    print(plan)  # shown with -s
    assert "search_document_vector_gin" in plan
    assert "Seq Scan on search_document" not in plan
    assert Postgres().find(parse("kittiwake"), None, 20).total == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 table")
def test_sqlite_reads_matches_from_the_fts5_index(answer, monkeypatch):
    bulk_comments(answer, ["a kittiwake"])
    captured = {}
    real_execute = connection.cursor

    def capture():
        cursor = real_execute()
        original = cursor.execute

        def execute(sql, params=None):
            captured.setdefault("sql", (sql, params))
            return original(sql, params)

        cursor.execute = execute
        return cursor

    monkeypatch.setattr(connection, "cursor", capture)
    Sqlite().find(parse("kittiwake"), None, 10)
    monkeypatch.undo()
    plan = _plan(*captured["sql"])
    assert "VIRTUAL TABLE INDEX" in plan and index.FTS_TABLE in plan
