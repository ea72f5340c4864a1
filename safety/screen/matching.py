"""Finding the crisis rules' matches in a normalised text, fast.

Scanning one big alternation at every position is slow in Python's regex
engine, so each rule's possible leading characters are worked out once, at
import, and at each word start only the rules that can begin there are tried.
``crisis`` judges what this finds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from safety.screen import lexicon
from safety.screen.rules import (
    _RULE_ORDER,
    _RULE_SRC,
    _RULES,
)

# ---- Fast dispatch -------------------------------------------------------
# Scanning one big alternation at every position is slow in Python's regex
# engine. Instead each rule's possible leading characters (up to _WIN) are
# derived from its parsed pattern; at each word start only the rules whose
# prefix fits the next few characters are tried.
_WIN = 6


def _leading(items, k: int) -> set[tuple[str, bool]]:
    """Possible leading literal strings of a parsed pattern: {(text, still_open)}."""
    # stdlib internals; guarded by the caller. typeshed types them only under their
    # deprecated public names, which in 3.11+ re-export these very modules.
    if TYPE_CHECKING:
        import sre_constants as c
    else:
        from re import _constants as c

    states = {("", True)}
    for op, av in items:
        if not any(o and len(t) < k for t, o in states):
            break
        if op is c.LITERAL:
            parts = {(chr(av), True)}
        elif op in (c.AT, c.ASSERT_NOT, c.ASSERT):
            parts = {("", True)}
        elif op is c.SUBPATTERN:
            parts = _leading(av[3], k)
        elif op is c.BRANCH:
            parts = set()
            for branch in av[1]:
                parts |= _leading(branch, k)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            inner = _leading(sub, k)
            if hi == 1:
                # "x?" is x or nothing: both stay open ("(?:the )?fast" -> "the fa", "fast")
                parts = inner | {("", True)} if lo == 0 else inner
            else:
                parts = {(t, False) for t, _o in inner}
                if lo == 0:
                    parts.add(("", True))
        else:
            parts = {("", False)}
        new = set()
        for text, open_ in states:
            if not open_ or len(text) >= k:
                new.add((text, False))
                continue
            for t, o in parts:
                joined = (text + t)[:k]
                new.add((joined, o and len(joined) < k))
        states = new
    return states


def _rule_prefixes() -> dict[str, tuple[str, ...]]:
    try:
        if TYPE_CHECKING:
            import sre_parse as _parser
        else:
            from re import _parser

        out = {}
        for name, _l, _k, _r, pattern, _o in _RULES:
            parsed = _parser.parse(pattern)
            out[name] = tuple(sorted({t for t, _o in _leading(parsed.data, _WIN)}))
        return out
    except Exception:  # noqa: BLE001 - fall back to trying every rule everywhere
        return {name: ("",) for name in _RULE_ORDER}


_PREFIXES = _rule_prefixes()
_RANK = {name: i for i, name in enumerate(_RULE_ORDER)}
_CONDITIONAL = frozenset(
    name
    for name, _l, _k, _r, _p, opts in _RULES
    if any(k in opts for k in ("requires", "need", "need_text", "need_any", "unless", "benign"))
)
# prefix text -> indices of the rules that may start with it
_PREFIX_MAP: dict[str, frozenset[int]] = {}
for _i, _name in enumerate(_RULE_ORDER):
    for _p in _PREFIXES[_name]:
        _PREFIX_MAP[_p] = _PREFIX_MAP.get(_p, frozenset()) | {_i}
_ALWAYS = _PREFIX_MAP.get("", frozenset())
# The rules worth trying at a window: their alternation, and their indices.
_Entry = tuple[re.Pattern[str], tuple[int, ...]]
_WINDOW_CACHE: dict[str, _Entry | None] = {}
_GROUP_CACHE: dict[tuple[int, ...], re.Pattern[str]] = {}


def _rules_for(window: str) -> _Entry | None:
    idx = set(_ALWAYS)
    get = _PREFIX_MAP.get
    for n in range(1, len(window) + 1):
        found = get(window[:n])
        if found:
            idx |= found
    entry = None
    if idx:
        key = tuple(sorted(idx))
        entry = (_group(key), key)
    if len(_WINDOW_CACHE) < 100000:
        _WINDOW_CACHE[window] = entry
    return entry


def _group(key: tuple[int, ...]) -> re.Pattern[str]:
    regex = _GROUP_CACHE.get(key)
    if regex is None:
        regex = re.compile("|".join(_RULE_SRC[_RULE_ORDER[i]] for i in key))
        _GROUP_CACHE[key] = regex
    return regex


# Word starts where some rule may begin, found in one pass of the regex engine;
# only those are looked at in Python.
_CANDIDATES = (
    re.compile(r"\b(?=\w)(?=" + lexicon.trie([p for p in _PREFIX_MAP if p]) + ")")
    if not _ALWAYS
    else re.compile(r"\b(?=\w)")
)


# Enough hits to judge any real text; a text that repeats a crisis phrase
# thousands of times would otherwise cost a context search per hit.
_MAX_HITS = 200


def _find_hits(norm: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    cache = _WINDOW_CACHE
    for m in _CANDIDATES.finditer(norm):
        if len(found) >= _MAX_HITS:
            break
        pos = m.start()
        window = norm[pos : pos + _WIN]
        entry: _Entry | None | Literal[False] = cache.get(window, False)
        if entry is False:
            entry = _rules_for(window)
        if entry is None:
            continue
        regex, key = entry
        hit = regex.match(norm, pos)
        # A conditional rule may be dropped later, so the rules after it still get a look.
        while hit is not None:
            name = hit.lastgroup
            # Every alternative is a named group around its whole rule, so a match has one.
            assert name is not None
            found.append((hit.start(), hit.end(), name))
            if name not in _CONDITIONAL:
                break
            rank = _RANK[name]
            key = tuple(i for i in key if i > rank)
            if not key:
                break
            hit = _group(key).match(norm, pos)
    return found
