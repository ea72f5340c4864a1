"""The screen's word lists, read once at import from the plain files in ``data/``.

Each file holds one entry per line; ``#`` starts a comment line. Lists are
turned into regular-expression alternations here so the rules can name them
(``lexicon.MEDICATIONS``) instead of spelling the words out.
"""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def entries(name: str) -> list[str]:
    """The entries of ``data/<name>.txt`` in file order, without comments or blanks."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _expand(phrase: str) -> list[str]:
    if "{day}" not in phrase:
        return [phrase]
    return [phrase.replace("{day}", day) for day in WEEKDAYS]


def trie(words) -> str:
    """A regular expression matching any of ``words``, shaped as a prefix tree so
    the engine follows one branch instead of trying every word in turn; longer
    words are preferred, shorter ones are tried when the rest of a rule fails."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            re.escape(ch).replace("\\ ", " ") + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


def alternation(*names: str) -> str:
    """A non-capturing group matching any entry of the named lists."""
    words = {w for name in names for phrase in entries(name) for w in _expand(phrase)}
    return "(?:" + trie(words) + ")"


def rewrites() -> dict[str, str]:
    out = {}
    for line in entries("rewrites"):
        word, _sep, repl = line.partition("=")
        out[word.strip()] = repl.strip()
    return out


def typo_targets() -> list[str]:
    """Single words of five letters or more that one-edit typos are read as."""
    words = entries("keywords") + entries("medications") + entries("methods") + entries("places")
    return list(dict.fromkeys(w for w in words if len(w) >= 5 and w.isalpha()))


MEDICATIONS = alternation("medications")
METHODS = alternation("methods")
MEANS = alternation("medications", "methods")
PLACES = alternation("places")
TIME_WORDS = alternation("time_words")
GOODBYES = alternation("goodbyes")
