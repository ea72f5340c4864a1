"""What a reader typed, made safe to search with, and excerpts made safe to show.

Plain Python, no Django: the search box takes anything (10,000 characters, NUL
bytes, stray quotes, `NEAR(`), so nothing typed is ever handed to a query
language as it is. On SQLite the FTS5 query is built here from quoted phrases;
PostgreSQL gets the cleaned text through `websearch_to_tsquery`, which never
fails on syntax. Both understand the same small language: words (all of them
must be there), "quoted phrases", and `or` between two of them.

Excerpts come back from the database with the matches between two private-use
characters; `marked_html` escapes everything else and turns only those into
`<mark>` elements, always balanced.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_QUERY_CHARS = 200  # longer input is cut: nobody means 10,000 characters
MAX_TERMS = 12  # words and phrases; more only slows the search down
MARK_START = "\ue000"
MARK_END = "\ue001"
# PostgreSQL's headline drops whatever looks like an HTML tag; "<" and ">" travel
# through it as these two and come back as themselves.
LESS_THAN = "\ue002"
GREATER_THAN = "\ue003"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000-\ue003]")
_WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r'"([^"]*)"?|(\S+)')


def clean(text: str) -> str:
    """The typed text as it is searched and shown again: no control characters
    (PostgreSQL refuses NUL bytes), single spaces, at most MAX_QUERY_CHARS."""
    text = _CONTROL.sub(" ", text or "")
    text = " ".join(text.split())
    return text[:MAX_QUERY_CHARS].strip()


@dataclass(frozen=True)
class Terms:
    """The cleaned text and what it asks for: groups that must all match, each
    group one or more alternatives (joined by `or`), each alternative a phrase
    (a tuple of words)."""

    text: str
    groups: tuple[tuple[tuple[str, ...], ...], ...]

    def __bool__(self) -> bool:
        return bool(self.groups)

    def fts5(self) -> str:
        """An FTS5 MATCH expression: every word double-quoted, so no input is syntax."""

        def phrase(words: tuple[str, ...]) -> str:
            return '"' + " ".join(words) + '"'

        parts = []
        for group in self.groups:
            if len(group) == 1:
                parts.append(phrase(group[0]))
            else:
                parts.append("(" + " OR ".join(phrase(p) for p in group) + ")")
        return " AND ".join(parts)


def parse(typed: str) -> Terms:
    """Read the search box: words, "quoted phrases" and `or`, as a web search does."""
    text = clean(typed)
    groups: list[list[tuple[str, ...]]] = []
    join_next = False
    count = 0
    for match in _PIECE.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        if bare is not None and bare.lower() == "or":
            join_next = bool(groups)
            continue
        words = tuple(_WORD.findall(quoted if quoted is not None else bare))
        if not words:
            continue  # punctuation alone asks for nothing
        if count == MAX_TERMS:
            break
        count += 1
        if join_next:
            groups[-1].append(words)
        else:
            groups.append([words])
        join_next = False
    return Terms(text=text, groups=tuple(tuple(g) for g in groups))


def marked_html(text: str) -> str:
    """`text` escaped for HTML, with the database's match markers as `<mark>`.

    A marker the text itself contained can't open a second mark or leave one open.
    """
    out = []
    open_ = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", text or ""):
        if piece == MARK_START:
            if not open_:
                out.append("<mark>")
                open_ = True
        elif piece == MARK_END:
            if open_:
                out.append("</mark>")
                open_ = False
        else:
            piece = piece.replace(LESS_THAN, "<").replace(GREATER_THAN, ">")
            out.append(html.escape(piece))
    if open_:
        out.append("</mark>")
    return "".join(out)


def has_mark(text: str) -> bool:
    return MARK_START in (text or "")
