"""Asking the database: ranked matches, then excerpts for one page of them.

Each backend answers two questions, so that excerpts (the costly part) are made
only for the twenty results shown, never for every match:

- `find(terms, answer_id, limit, offset)`: one page of the texts a reader may
  see now that match, best first, and how many match in all (on PostgreSQL in
  one query: ranking them all to sort them is most of the work);
  `count()` when the page asked for lies past the last;
- `excerpts(terms, hits)`: for those hits, the title, excerpt and name with the
  matches between `terms.MARK_START` and `terms.MARK_END`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from column.models import Answer
from discussion.models import Comment
from search.index import CONFIG, ENTRY_TABLE, FTS_TABLE
from search.terms import GREATER_THAN, LESS_THAN, MARK_END, MARK_START, Terms, has_mark

ANSWER, COMMENT = "answer", "comment"


@dataclass(frozen=True)
class Hit:
    kind: str  # ANSWER or COMMENT
    pk: int
    score: float  # higher is better


@dataclass(frozen=True)
class Found:
    hits: list[Hit]
    total: int | None  # all the matches; None when the page asked for had none


@dataclass(frozen=True)
class Marked:
    """Texts with match markers, not yet escaped (terms.marked_html does that)."""

    title: str
    excerpt: str
    name: str


def backend():
    return Postgres() if connection.vendor == "postgresql" else Sqlite()


class Sqlite:
    """FTS5: bm25() to rank, snippet() and highlight() for excerpts."""

    # bm25 weights of the columns: title, letter, body, name.
    WEIGHTS = "4.0, 1.0, 1.0, 2.0"
    SNIPPET_TOKENS = 32

    def _matches(self, terms: Terms, answer_id: int | None) -> tuple[str, list]:
        """FROM and WHERE of a search, and their parameters."""
        fts, answers = FTS_TABLE, Answer._meta.db_table
        # Only published texts are in the index (the triggers take a comment out in
        # the statement that hides it); whether their answer is live depends on the
        # clock, so it is asked here. Comments are indexed under their id, answers
        # under minus theirs.
        sql = f"""
            FROM {fts} JOIN {ENTRY_TABLE} AS entry ON entry.id = {fts}.rowid
            WHERE {fts} MATCH %s AND entry.answer_id IN (
                SELECT id FROM {answers} WHERE status = %s AND published_at <= %s
            )
        """  # noqa: S608 - table names from constants and models, every value a parameter
        params: list = [
            terms.fts5(),
            Answer.Status.PUBLISHED,
            connection.ops.adapt_datetimefield_value(timezone.now()),
        ]
        if answer_id is not None:
            sql += f" AND entry.answer_id = %s AND {fts}.rowid > 0"
            params.append(answer_id)
        return sql, params

    def count(self, terms: Terms, answer_id: int | None) -> int:
        sql, params = self._matches(terms, answer_id)
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) " + sql, params)
            return cursor.fetchone()[0]

    def find(self, terms: Terms, answer_id: int | None, limit: int, offset: int = 0) -> Found:
        matches, params = self._matches(terms, answer_id)
        rank = f"SELECT {FTS_TABLE}.rowid, bm25({FTS_TABLE}, {self.WEIGHTS}) AS score "
        # The id breaks ties, so that pages never overlap.
        order = f" ORDER BY score, {FTS_TABLE}.rowid LIMIT %s OFFSET %s"
        with connection.cursor() as cursor:
            cursor.execute(rank + matches + order, [*params, limit, offset])
            rows = cursor.fetchall()
        # bm25() is better the more negative it is.
        hits = [
            Hit(ANSWER, -rowid, -score) if rowid < 0 else Hit(COMMENT, rowid, -score)
            for rowid, score in rows
        ]
        # A second query, as count(*) OVER () would cost more than counting again
        # (FTS5 then ranks in a subquery).
        return Found(hits, self.count(terms, answer_id))

    def excerpts(self, terms: Terms, hits: list[Hit]) -> dict[tuple[str, int], Marked]:
        if not hits:
            return {}
        fts, n = FTS_TABLE, self.SNIPPET_TOKENS
        rowids = [-h.pk if h.kind == ANSWER else h.pk for h in hits]
        marks = f"'{MARK_START}', '{MARK_END}'"
        sql = f"""
            SELECT rowid, highlight({fts}, 0, {marks}),
                snippet({fts}, 1, {marks}, '…', {n}), snippet({fts}, 2, {marks}, '…', {n}),
                highlight({fts}, 3, {marks})
            FROM {fts} WHERE {fts} MATCH %s AND rowid IN ({", ".join(["%s"] * len(rowids))})
        """  # noqa: S608 - constants and placeholders only
        with connection.cursor() as cursor:
            cursor.execute(sql, [terms.fts5(), *rowids])
            rows = cursor.fetchall()
        found = {}
        for rowid, title, letter, body, name in rows:
            if rowid < 0:
                excerpt = body if has_mark(body) or not letter else letter
                found[(ANSWER, -rowid)] = Marked(title, excerpt, name)
            else:
                found[(COMMENT, rowid)] = Marked("", body, name)
        return found


class Postgres:
    """search_document's stored, GIN-indexed vectors; SearchRank and SearchHeadline."""

    def _query(self, terms: Terms):
        from django.contrib.postgres.search import SearchQuery

        return SearchQuery(terms.text, search_type="websearch", config=CONFIG)

    def documents(self, terms: Terms, answer_id: int | None = None):
        """Matching texts a reader may see now (only published ones are indexed)."""
        from search.models import SearchDocument

        documents = SearchDocument.objects.filter(
            vector=self._query(terms), answer_id__in=Answer.objects.published().values("pk")
        )
        if answer_id is not None:
            documents = documents.filter(answer_id=answer_id, id__gt=0)
        return documents

    def count(self, terms: Terms, answer_id: int | None) -> int:
        return self.documents(terms, answer_id).count()

    def find(self, terms: Terms, answer_id: int | None, limit: int, offset: int = 0) -> Found:
        from django.contrib.postgres.search import SearchRank
        from django.db.models import F

        ranked = (
            self.documents(terms, answer_id)
            # 1: divided by the text's length (log), so long texts don't win by size.
            .annotate(score=SearchRank(F("vector"), self._query(terms), normalization=1))
            .values_list("id", "score")
        )
        inner, params = ranked.query.sql_with_params()
        # Every match is ranked anyway to sort them, so they are counted alongside.
        # OFFSET 0 keeps the ranking inside: the count then carries ids and scores,
        # not whole vectors (which would spill to disk). `inner` is the ORM's SQL,
        # its values still in `params`.
        outer = "SELECT id, score, count(*) OVER () FROM ({} OFFSET 0) AS ranked"
        sql = outer.format(inner) + " ORDER BY score DESC, id DESC LIMIT %s OFFSET %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            rows = cursor.fetchall()
        hits = [
            Hit(ANSWER, -pk, score) if pk < 0 else Hit(COMMENT, pk, score) for pk, score, _ in rows
        ]
        return Found(hits, rows[0][2] if rows else None)

    def _headline(self, field: str, query, **options):
        from django.contrib.postgres.search import SearchHeadline
        from django.db.models import F, Value
        from django.db.models.functions import Replace

        # ts_headline leaves out anything shaped like a tag ("<script>"): hide the
        # angle brackets from it, so the excerpt shows the text as it was written.
        text = Replace(
            Replace(F(field), Value("<"), Value(LESS_THAN)), Value(">"), Value(GREATER_THAN)
        )
        return SearchHeadline(
            text, query, config=CONFIG, start_sel=MARK_START, stop_sel=MARK_END, **options
        )

    def excerpts(self, terms: Terms, hits: list[Hit]) -> dict[tuple[str, int], Marked]:
        query = self._query(terms)
        short = {"min_words": 15, "max_words": 35, "max_fragments": 2}
        short["fragment_delimiter"] = " … "
        whole = {"highlight_all": True}
        found = {}
        answer_ids = [h.pk for h in hits if h.kind == ANSWER]
        comment_ids = [h.pk for h in hits if h.kind == COMMENT]
        if answer_ids:
            rows = (
                Answer.objects.filter(pk__in=answer_ids)
                .annotate(
                    t=self._headline("title", query, **whole),
                    q=self._headline("question", query, **short),
                    b=self._headline("body", query, **short),
                    n=self._headline("pen_name", query, **whole),
                )
                .values_list("pk", "t", "q", "b", "n")
            )
            for pk, title, letter, body, name in rows:
                excerpt = body if has_mark(body) or not letter else letter
                found[(ANSWER, pk)] = Marked(title, excerpt, name)
        if comment_ids:
            rows = (
                Comment.objects.filter(pk__in=comment_ids)
                .annotate(
                    b=self._headline("body", query, **short),
                    n=self._headline("pen_name", query, **whole),
                )
                .values_list("pk", "b", "n")
            )
            for pk, body, name in rows:
                found[(COMMENT, pk)] = Marked("", body, name)
        return found
