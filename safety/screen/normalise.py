"""Text normalisation for matching, with an index map back to the original text.

Two passes, both keeping every character tied to its offset in the original:

1. Characters: lowercase, accents and curly quotes folded, zero-width and bidi
   controls dropped, leetspeak digits inside words read as letters ("k1ll"),
   spaced-out letters joined ("s u i c i d e").
2. Words: slang and casual spellings read as the words the rules know ("kms",
   "ctb", "dont"), fillers inside a phrase dropped ("honestly", "really"), and
   a typo one edit from a crisis word of five letters or more (or a word of
   the phrases in ``data/phrases.txt``) read as that word ("suicde", "endin",
   "overdosin", "picturinng") unless the typed word is itself English.
"""

from __future__ import annotations

import re
import unicodedata

from safety.screen import lexicon, phrases

_SPECIAL_CHARS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\uff07": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
}
# One-for-one replacements keep the index map the identity: done with translate().
_SAME_LENGTH = {k: v for k, v in _SPECIAL_CHARS.items() if len(v) == 1}
_FOLD_CACHE: dict[str, str] = {}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A digit or symbol inside a word is read as the letter it imitates (k1ll, mys3lf).
_LEET_HINT = re.compile(r"[a-z][013457@$]")
_LEET = re.compile(r"(?<=[a-z])[013457@$]+")
_LEET_TABLE = str.maketrans("013457@$", "oieastas")
# Four or more single letters separated by spaces/dots/dashes: "s u i c i d e".
# Cheap necessary condition (the middle letters stand between separators), so
# the full pattern runs only when it can match.
_SPACED_HINT = re.compile(r"[ .\-_*][a-z][ .\-_*]{1,2}[a-z][ .\-_*]")
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_*]{1,2}[a-z](?![a-z0-9])){3,}")


def _fold_char(ch: str) -> str:
    folded = _FOLD_CACHE.get(ch)
    if folded is not None:
        return folded
    if ch in _SPECIAL_CHARS:
        folded = _SPECIAL_CHARS[ch]
    else:
        category = unicodedata.category(ch)
        if category in ("Cf", "Mn", "Me", "Cs", "Co", "Cn"):
            folded = ""  # zero-width, bidi controls, stray combining marks
        elif category in ("Zs",):
            folded = " "
        elif category in ("Zl", "Zp"):
            folded = "\n"
        elif category == "Cc":
            folded = " "
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(_FOLD_CACHE) < 20000:
        _FOLD_CACHE[ch] = folded
    return folded


def _fold(text: str) -> tuple[str, list[int] | None]:
    if text.isascii():
        return text.lower(), None
    for ch in set(_NON_ASCII.findall(text)):
        if ch in _SAME_LENGTH:
            text = text.replace(ch, _SAME_LENGTH[ch])  # one for one: the map stays the identity
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        s = m.start()
        if s > pos:
            parts.append(text[pos:s].lower())
            index.extend(range(pos, s))
        rep = _fold_char(m.group())
        if rep:
            parts.append(rep)
            index.extend([s] * len(rep))
        pos = s + 1
    if pos < len(text):
        parts.append(text[pos:].lower())
        index.extend(range(pos, len(text)))
    index.append(len(text))
    return "".join(parts), index


def _normalise_chars(text: str) -> tuple[str, list[int] | None]:
    """Return (normalised text, index map or None when the map is the identity).

    ``index[i]`` is the offset in ``text`` of normalised character ``i``; the map
    has one extra entry, ``len(text)``, so end offsets can be looked up too.
    """
    norm, index = _fold(text)
    if _LEET_HINT.search(norm):
        norm = _LEET.sub(lambda m: m.group().translate(_LEET_TABLE), norm)
    if _SPACED_HINT.search(norm):
        if index is None:
            index = list(range(len(text) + 1))
        parts = []
        new_index: list[int] = []
        pos = 0
        for m in _SPACED.finditer(norm):
            s, e = m.span()
            parts.append(norm[pos:s])
            new_index.extend(index[pos:s])
            for i in range(s, e):
                if "a" <= norm[i] <= "z":
                    parts.append(norm[i])
                    new_index.append(index[i])
            pos = e
        parts.append(norm[pos:])
        new_index.extend(index[pos:])
        norm = "".join(parts)
        index = new_index
    return norm, index


# --------------------------------------------------------------------------
# Words: rewrites, fillers and one-edit typos
# --------------------------------------------------------------------------

_REWRITES = lexicon.rewrites()
_TARGETS = list(dict.fromkeys(lexicon.typo_targets() + phrases.vocabulary()))
_TARGET_SET = frozenset(_TARGETS)
_RANK = {w: i for i, w in enumerate(_TARGETS)}
_ENGLISH_NEAR = frozenset(lexicon.entries("near_words"))
# Symmetric-delete index: every target with one letter dropped -> the targets.
_DELETES: dict[str, tuple[str, ...]] = {}
for _w in _TARGETS:
    for _i in range(len(_w)):
        _d = _w[:_i] + _w[_i + 1 :]
        if _w not in _DELETES.get(_d, ()):
            _DELETES[_d] = (*_DELETES.get(_d, ()), _w)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9']*")
_SPACES = re.compile(r"[ \t]{2,}|\t")
# "just" is a filler except in "not just", "just now", "just in case", "just about".
_KEEP_JUST = re.compile(r" (?:now|in case|about|as|like)\b")
_WORD_CACHE: dict[str, str | None] = {}


def _one_edit(a: str, b: str) -> bool:
    """a and b (same length) differ by one substitution or one adjacent swap."""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _typo(word: str) -> str | None:
    """The crisis word ``word`` is one edit from, if it is not a word of its own."""
    if (
        not 4 <= len(word) <= 30
        or word in _TARGET_SET
        or word in _ENGLISH_NEAR
        or not word.isalpha()
    ):
        return None
    found = set(_DELETES.get(word, ()))  # a letter dropped: "suicde"
    if len(word) >= 5:
        for i in range(len(word)):
            d = word[:i] + word[i + 1 :]
            if d in _TARGET_SET and len(d) >= 5:
                found.add(d)  # a letter added: "suiccide"
            for cand in _DELETES.get(d, ()):
                if len(cand) == len(word) and _one_edit(word, cand):
                    found.add(cand)  # a letter changed or two swapped
    return min(found, key=_RANK.__getitem__) if found else None


def _reading(word: str) -> str | None:
    """What the rules should read for ``word`` (None: the word itself)."""
    got = _WORD_CACHE.get(word, False)
    if got is not False:
        return got  # type: ignore[return-value]
    if word in _REWRITES:
        got = _REWRITES[word]
    elif word.endswith("'s") or "'" in word:
        got = None
    else:
        got = _typo(word)
    if len(_WORD_CACHE) < 50000:
        _WORD_CACHE[word] = got
    return got


_WORD_RX: dict[str, re.Pattern] = {}


_PLAIN: set[str] = set()  # words known to read as themselves


# Everything that is not part of a token becomes a space, so str.split() finds
# the same tokens as _TOKEN (apart from leading apostrophes, stripped below)
# several times faster than a regex pass.
_NOT_TOKEN = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "'")}
)


def _tokens(norm: str) -> set[str]:
    if norm.isascii():
        found = set(norm.translate(_NOT_TOKEN).split())
        odd = [w for w in found if w[0] == "'"]
        if odd:
            found.difference_update(odd)
            found.update(t for w in odd for t in _TOKEN.findall(w))
        return found
    return set(_TOKEN.findall(norm))


def _changed_words(norm: str) -> list[str]:
    todo = _tokens(norm) - _PLAIN  # after warm-up, a handful at most
    changed = []
    for word in todo:
        if _reading(word) is None:
            if len(_PLAIN) < 100000:
                _PLAIN.add(word)
        else:
            changed.append(word)
    return changed


def _occurrences(norm: str, words: list[str]) -> list[tuple[int, int, str]]:
    out = []
    for word in words:
        rx = _WORD_RX.get(word)
        if rx is None:
            rx = re.compile(r"(?<![a-z0-9'])" + re.escape(word) + r"(?![a-z0-9'])")
            if len(_WORD_RX) < 20000:
                _WORD_RX[word] = rx
        out += [(m.start(), m.end(), word) for m in rx.finditer(norm)]
    out.sort()
    return out


def _words(norm: str, index: list[int] | None) -> tuple[str, list[int] | None]:
    changed = _changed_words(norm)
    if not changed:
        if _SPACES.search(norm):
            return _words_spaces(norm, index if index is not None else list(range(len(norm) + 1)))
        return norm, index
    if index is None:
        index = list(range(len(norm) + 1))
    parts: list[str] = []
    new_index: list[int] = []
    pos = 0
    for s, e, word in _occurrences(norm, changed):
        if s < pos:
            continue
        rep = _REWRITES.get(word) if word in _REWRITES else _reading(word)
        if rep is None:
            continue
        if word == "just" and (
            norm[max(0, s - 4) : s].endswith(("not ", "n't ", "no ")) or _KEEP_JUST.match(norm, e)
        ):
            continue
        if rep == "" and norm[e : e + 1] == " ":
            e += 1  # a dropped filler takes its space with it
        parts.append(norm[pos:s])
        new_index.extend(index[pos:s])
        parts.append(rep)
        last = max(s, e - 1)
        new_index.extend(index[min(s + j, last)] for j in range(len(rep)))
        pos = e
    parts.append(norm[pos:])
    new_index.extend(index[pos:])
    out = "".join(parts)
    if _SPACES.search(out):
        return _words_spaces(out, new_index)
    return out, new_index


def _words_spaces(norm: str, index: list[int]) -> tuple[str, list[int]]:
    parts: list[str] = []
    new_index: list[int] = []
    pos = 0
    for m in _SPACES.finditer(norm):
        s, e = m.span()
        parts.append(norm[pos:s])
        new_index.extend(index[pos:s])
        parts.append(" ")
        new_index.append(index[s])
        pos = e
    parts.append(norm[pos:])
    new_index.extend(index[pos:])
    return "".join(parts), new_index


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Normalised text for the crisis rules and its index map (None: identity)."""
    norm, index = _normalise_chars(text)
    return _words(norm, index)
