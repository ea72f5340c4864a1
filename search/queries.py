"""Search as the rest of the site asks for it: one page of results for what was typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString, mark_safe

from column.models import Answer
from discussion.models import Comment
from search.backends import ANSWER, COMMENT, Hit, Marked, backend
from search.terms import Terms, marked_html, parse

PER_PAGE = 20
MAX_RESULTS = 1000  # past this, a reader needs other words, not page 51


@dataclass(frozen=True)
class Result:
    kind: str  # "answer" or "comment"
    url: str
    title: SafeString  # an answer's title; for a comment, its answer's title
    title_url: str
    name: SafeString  # the comment's pen name, or the letter's
    excerpt: SafeString
    date: datetime | None


@dataclass(frozen=True)
class Results:
    terms: Terms
    page: Page | None  # None when nothing was asked
    results: list[Result]

    @property
    def capped(self) -> bool:
        return self.page is not None and self.page.paginator.count >= MAX_RESULTS


def _html(text: str) -> SafeString:
    # marked_html escapes everything but the <mark> elements it adds.
    return mark_safe(marked_html(text))  # noqa: S308


def _results(hits: list[Hit], marked: dict[tuple[str, int], Marked]) -> list[Result]:
    answer_ids = {h.pk for h in hits if h.kind == ANSWER}
    comment_ids = {h.pk for h in hits if h.kind == COMMENT}
    answers = {
        a.pk: a
        for a in Answer.objects.filter(pk__in=answer_ids).only(
            "pk", "slug", "title", "published_at"
        )
    }
    comments = {
        c.pk: c
        for c in Comment.objects.filter(pk__in=comment_ids)
        .select_related("answer")
        .only("pk", "created_at", "answer", "answer__slug", "answer__title")
    }
    results = []
    for hit in hits:
        texts = marked.get((hit.kind, hit.pk))
        if texts is None:
            continue  # changed between the two queries: hidden since, say
        if hit.kind == ANSWER and (answer := answers.get(hit.pk)):
            url = answer.get_absolute_url()
            date = answer.published_at
            title = _html(texts.title)
        elif hit.kind == COMMENT and (comment := comments.get(hit.pk)):
            url = comment.get_absolute_url()
            date = comment.created_at
            title = _html(comment.answer.title)
            answer = comment.answer
        else:
            continue
        results.append(
            Result(
                kind=hit.kind,
                url=url,
                title=title,
                title_url=answer.get_absolute_url(),
                name=_html(texts.name),
                excerpt=_html(texts.excerpt),
                date=date,
            )
        )
    return results


class _Matches:
    """What the Paginator pages through: the page asked for, fetched with the count."""

    def __init__(self, engine, terms: Terms, answer_id: int | None, number: int):
        self.engine, self.terms, self.answer_id = engine, terms, answer_id
        self.offset = (number - 1) * PER_PAGE
        found = engine.find(terms, answer_id, PER_PAGE, self.offset)
        self.hits = found.hits
        total = found.total if found.total is not None else engine.count(terms, answer_id)
        self.total = min(total, MAX_RESULTS)

    def count(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list[Hit]:
        start, stop = window.start or 0, min(window.stop, self.total)
        if stop <= start:
            return []
        if start == self.offset:
            return self.hits[: stop - start]
        # The page asked for was past the last one: the Paginator shows the last.
        return self.engine.find(self.terms, self.answer_id, stop - start, start).hits


def _number(page: int | str) -> int:
    try:
        number = int(page)
    except (TypeError, ValueError):
        return 1
    return min(max(1, number), MAX_RESULTS // PER_PAGE + 1)


def search(typed: str, *, answer_id: int | None = None, page: int | str = 1) -> Results:
    """One page of the published answers and comments that match `typed`, best first
    (only the comments under `answer_id` when it is given)."""
    terms = parse(typed)
    if not terms:
        return Results(terms=terms, page=None, results=[])
    engine = backend()
    number = _number(page)
    shown = Paginator(_Matches(engine, terms, answer_id, number), PER_PAGE).get_page(number)
    hits = list(shown.object_list)
    return Results(terms=terms, page=shown, results=_results(hits, engine.excerpts(terms, hits)))
