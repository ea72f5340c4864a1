"""Cutting a text into sentences and normalised words, as the learned stage reads it.

Pure Python. A run-on sentence of more than MAX_WORDS words is cut again at
clause marks, so one risk clause is not averaged away by forty ordinary words.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------
# Sentences and words
# --------------------------------------------------------------------------

# A word, a sentence end (one or more of . ! ? and line breaks) or a clause mark.
_TOKEN = re.compile(r"[\w'\u2018\u2019\u02bc\u2032`]+|[.!?\n]+|[,;:\u2013\u2014]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})
_ENDS = frozenset(".!?\n")
_CLAUSE = frozenset(",;:\u2013\u2014")
_MARKS = _ENDS | _CLAUSE
MAX_WORDS = 40  # a longer sentence is cut at clause marks (or hard) into parts of at most this
MIN_WORDS = 6  # ... and no part shorter than this when a clause mark allows it
MAX_WORD = 48  # letters of a word given to the tokenizer

_norms: dict[str, str] = {}


def _norm(raw: str) -> str:
    """One word, lowercased, curly apostrophes folded, quote marks around it dropped.

    Casing and punctuation are style, not risk: one training set is written in
    lowercase without full stops, another in full sentences. "" for a token
    that is not a word ("'", "_").
    """
    found = _norms.get(raw)
    if found is None:
        found = raw.lower().translate(_QUOTES).strip("'_")
        if len(_norms) < 100_000:
            _norms[raw] = found
    return found


def words(sentence: str) -> list[str]:
    """The normalised words of a piece of text, ignoring where its sentences end."""
    return [w for tok in _TOKEN.findall(sentence) if tok[0] not in _MARKS and (w := _norm(tok))]


def _cut(count: int, marks: set[int]) -> list[tuple[int, int]]:
    """Word ranges of a sentence: whole, or a run-on cut after clause marks.

    ``marks`` holds i when a clause mark follows the i-th word (counting from 1).
    """
    if count <= MAX_WORDS:
        return [(0, count)]
    parts = []
    first = 0
    for i in range(1, count + 1):
        size = i - first
        if (i in marks and size >= MIN_WORDS and count - i >= MIN_WORDS) or size >= MAX_WORDS:
            parts.append((first, i))
            first = i
    if first < count:
        parts.append((first, count))
    return parts


def sentence_words(text: str) -> list[list[str]]:
    """The words of each sentence of ``text``: :func:`sentences` without the offsets.

    This is the hot path of :func:`flag`, so it uses ``findall`` (no match
    objects); :func:`sentences` must cut the text the same way.
    """
    out: list[list[str]] = []
    current: list[str] = []
    marks: set[int] = set()
    known = _norms
    for tok in _TOKEN.findall(text):
        first = tok[0]
        if first in _ENDS:
            if current:
                out.extend(current[a:b] for a, b in _cut(len(current), marks))
                current, marks = [], set()
        elif first in _CLAUSE:
            marks.add(len(current))
        elif word := known.get(tok) or _norm(tok):
            current.append(word)
    if current:
        out.extend(current[a:b] for a, b in _cut(len(current), marks))
    return out


def sentences(text: str) -> list[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of each sentence of ``text``; ``text[start:end]`` is it.

    A sentence runs from its first word to its last, with the ``.``, ``!`` or
    ``?`` right after it.
    """
    out: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, int, str]] = []
    marks: set[int] = set()

    def close() -> None:
        for a, b in _cut(len(current), marks):
            end = current[b - 1][1]
            while end < len(text) and text[end] in ".!?":
                end += 1
            out.append((current[a][0], end, [w for _s, _e, w in current[a:b]]))

    for match in _TOKEN.finditer(text):
        tok = match.group()
        if tok[0] in _ENDS:
            if current:
                close()
                current, marks = [], set()
        elif tok[0] in _CLAUSE:
            marks.add(len(current))
        elif word := _norm(tok):
            current.append((match.start(), match.end(), word))
    if current:
        close()
    return out
