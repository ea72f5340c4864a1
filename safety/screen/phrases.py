"""Crisis rules kept as data: ``data/phrases.txt`` in a small phrase language.

Each line of the file is ``name | level | kind | reason | options | phrase``.
The phrase is a sequence of words, each one of:

* ``word`` or ``a|b|c`` — the word, or one of the alternatives (``_`` joins
  words inside an alternative: ``has_been|is``);
* ``take+`` — the word and its inflections (takes, taking, took, taken ...):
  regular endings are generated, irregular forms come from
  ``data/inflections.txt``;
* ``?word`` (also ``?a|b``) — an optional word;
* ``...`` — up to four words of any kind inside the phrase (``~`` one at most),
  so "I gave my nephew all my tools" and "I gave away my tools" share a rule;
* ``{list}`` — any entry of ``data/<list>.txt`` (``{medications}``, ``{pets}``);
* ``$`` (last) — the sentence ends here ("I've taken them." but not "... to school").

Options are comma-separated: ``self_harm``, ``own`` (a question about oneself),
``recent_ok`` (a past tense that still counts: "I bought a rope last week"),
``group=<name>`` (a preparation cue; see ``_crisis``: two different groups in
one text make a plan), ``unless=<list>`` (dropped when an entry of
``data/<list>.txt`` is in the sentence), ``need_text=<list>`` (kept only when
one is somewhere in the text).

The phrases are matched on the normalised text (lowercase, typos of crisis
words read as the word), so they carry no capitals and no punctuation.
"""

from __future__ import annotations

import re

from safety.screen import lexicon

_VOWELS = "aeiou"
_GAP = r"(?:,? [a-z0-9'-]+){0,4}"
_GAP1 = r"(?:,? [a-z0-9'-]+)?"


def _irregular() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in lexicon.entries("inflections"):
        base, *forms = line.split()
        out[base] = tuple(forms)
    return out


_IRREGULAR = _irregular()


def inflections(word: str) -> list[str]:
    """The word and its regular (and listed irregular) inflections."""
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}  # cut -> cutting
    forms.update(_IRREGULAR.get(word, ()))
    return sorted(forms, key=lambda f: (-len(f), f))


def _alternatives(slot: str) -> str:
    words: list[str] = []
    for alt in slot.split("|"):
        if alt.startswith("{") and alt.endswith("}"):
            words += [w for w in lexicon.entries(alt[1:-1])]
        elif alt.endswith("+"):
            words += inflections(alt[:-1])
        else:
            words.append(alt.replace("_", " "))
    return "(?:" + lexicon.trie(dict.fromkeys(words)) + ")"


def compile_phrase(phrase: str) -> str:
    """The regular expression (source) of one phrase; see the module docstring."""
    slots = phrase.split()
    end = ""
    if slots and slots[-1] == "$":
        slots, end = slots[:-1], r"(?=[ ,]*(?:[.!?\n]|$))"
    if not slots or slots[0] in ("...", "~") or slots[0].startswith("?"):
        raise ValueError(f"a phrase must start with a word: {phrase!r}")
    parts = [_alternatives(slots[0])]
    for slot in slots[1:]:
        if slot == "...":
            parts.append(_GAP)
        elif slot == "~":
            parts.append(_GAP1)
        elif slot.startswith("?"):
            parts.append(f"(?: {_alternatives(slot[1:])})?")
        else:
            parts.append(" " + _alternatives(slot))
    return "".join(parts) + r"(?![a-z0-9])" + end


def _options(text: str) -> dict:
    opts: dict = {}
    for item in filter(None, (o.strip() for o in text.split(","))):
        key, _sep, value = item.partition("=")
        if key in ("unless", "need_text"):
            words = lexicon.alternation(value)
            opts[key] = (re.compile(r"\b" + words + r"\b"),)
        else:
            opts[key] = value or True
    return opts


def rules() -> list[tuple[str, int, str, str, str, dict]]:
    """The rules of ``data/phrases.txt`` as (name, level, kind, reason, pattern, options).

    Several lines may share a name: their phrases become one rule, named
    ``phrase_<name>`` so that it never collides with a rule of ``rules.py``.
    """
    merged: dict[str, list] = {}
    for line in lexicon.entries("phrases"):
        name, level, kind, reason, options, phrase = (p.strip() for p in line.split("|", 5))
        name = "phrase_" + name
        if name in merged:
            merged[name][4].append(compile_phrase(phrase))
            continue
        merged[name] = [name, int(level), kind, reason, [compile_phrase(phrase)], _options(options)]
    return [
        (n, lv, k, r, "|".join(f"(?:{p})" for p in ps), o) for n, lv, k, r, ps, o in merged.values()
    ]


def vocabulary() -> list[str]:
    """The literal words of the phrases (and their inflections) of five letters or more.

    The normaliser reads a one-edit typo of one of these as the word ("picturinng",
    "saaving"), as it does for the crisis keywords.
    """
    words: dict[str, None] = {}
    for line in lexicon.entries("phrases"):
        phrase = line.split("|", 5)[5]
        for slot in phrase.split():
            for alt in slot.lstrip("?").split("|"):
                if alt.startswith("{"):
                    continue
                forms = inflections(alt[:-1]) if alt.endswith("+") else [alt]
                for form in forms:
                    for w in form.split("_"):
                        if len(w) >= 5 and w.isalpha():
                            words[w] = None
    return list(words)
