"""Identifying details a writer may not want to publish."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency

from safety.screen.findings import PrivacyFinding
from safety.screen.privacy_tables import (
    _ADDRESS,
    _ADDRESS_PREFIX,
    _ADDRESS_STOP,
    _CAPITALISED,
    _CHAIN,
    _DIGIT,
    _DIGITS,
    _EMAIL,
    _EMAIL_LOCAL,
    _EMAIL_OBF,
    _HANDLE_AT,
    _HANDLE_INTRO,
    _HANDLE_INTRO_AFTER,
    _HANDLE_PLATFORM,
    _HANDLE_REDDIT,
    _HANDLE_STOP,
    _IG_FB,
    _INSURER,
    _INSURER_CUE,
    _INSURER_FIRST,
    _NATIONALITY,
    _OPENERS,
    _ORG_GENERIC,
    _ORG_WORDS,
    _PHONE_00,
    _PHONE_INTL,
    _PHONE_NATIONAL,
    _PLATFORM_WORDS,
    _POSTCODE,
    _REL_ADJ,
    _REL_NOUNS,
    _SENTENCE_CUT,
    _SIGNOFF_WORDS,
    _STOP_NAMES,
    _STREET_WORD,
    _TITLE_CUES,
    _TITLES,
    _TLD_HINT,
    _URL,
    _URL_BARE,
    _WORD,
)


def _prev_ok(text: str, start: int, bad: str = "'’@./-_") -> bool:
    """True when the match at start is not glued to a preceding word."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in bad)


def _is_title_case(text: str, pos: int, end_pos: int | None = None) -> bool:
    """True when the sentence around pos is written in Title Case: most of its
    words other than the run itself (pos..end_pos) and the first are capitalised."""
    start = 0
    for m in _SENTENCE_CUT.finditer(text, max(0, pos - 300), pos):
        start = m.end()
    cut = _SENTENCE_CUT.search(text, pos)
    end = cut.start() if cut else len(text)
    words = _WORD.findall(text, start, pos)[1:]
    if end_pos is not None:
        words += _WORD.findall(text, end_pos, end)
    else:
        words = _WORD.findall(text, start, end)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'(“‘":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _clean_word(w: str) -> str:
    w = w.rstrip(".")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def _prev_words(text: str, start: int, n: int = 4) -> list[str]:
    before = text[max(0, start - 48) : start]
    return [w.strip(",;:()").lower() for w in before.split()[-n:]]


def _name_cue(text: str, start: int) -> bool:
    """Is the capitalised word at start introduced as someone's name?"""
    prev = _prev_words(text, start)
    if not prev:
        return False
    last = prev[-1]
    raw_before = text[max(0, start - 48) : start]
    if last in _REL_NOUNS:
        # my therapist Miriam / my counsellor, Gareth / our old GP Dr Nguyen
        owner = prev[-2] if len(prev) >= 2 else ""
        if owner in _REL_ADJ and len(prev) >= 3:
            owner = prev[-3]
        return owner in ("my", "our", "her", "his")
    if last == "called" and len(prev) >= 2 and prev[-2] in ("was", "is", "i'm", "i’m", "am", "im"):
        return True
    if last == "named":
        return True
    if last == "is" and prev[-2:-1] == ["name"]:
        return True
    if last in ("name's", "name’s"):
        return True
    if last in ("i'm", "i’m", "im") or prev[-2:] == ["i", "am"]:
        # "Hi, I'm Rebecca." but not "I'm British" or "I'm in Dublin".
        cut = raw_before.rstrip()
        head = cut[: -len(last)] if last not in ("am",) else cut[:-4]
        head = head.rstrip()
        if not head or head[-1] in ".!?,;(\n" or head.lower().endswith(("hi", "hello", "hey")):
            return True
    return False


def _intro_lowercase(text: str, low: str) -> list[tuple[str, int, int]]:
    """Names typed in lower case after "my name is" / "call me" ("my name is jo")."""
    out = []
    for cue in ("my name is ", "my name's ", "i'm called ", "call me "):
        i = low.find(cue)
        while i != -1:
            s = i + len(cue)
            m = re.match(r"[a-zß-öø-ÿ][\w'’-]*", low[s:])
            if m:
                word = m.group()
                if (
                    word not in _STOP_NAMES
                    and word not in _HANDLE_STOP
                    and word
                    not in ("crazy", "silly", "whatever", "anytime", "anything", "back", "on")
                    and text[s].islower()
                ):
                    out.append(("person", s, s + len(word)))
            i = low.find(cue, i + 1)
    return out


def _signoff(text: str, start: int, end: int) -> bool:
    """Is the run at start..end a name signed at the very end of the text?"""
    if text[end:].strip(" \t\n.!") != "":
        return False
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip(" \t")
    if stripped.endswith(("—", "–", "-", "~")):
        line_start = stripped.rstrip("—–-~ \t")
        return line_start == "" or line_start.endswith("\n")
    if (
        before.endswith("\n")
        and before.rstrip(" \t\n").endswith("\n") is False
        and "\n\n" in before
    ):
        return True
    words = [w.strip(",.!").lower() for w in stripped.split()[-3:]]
    return (
        bool(words)
        and words[-1] in _SIGNOFF_WORDS
        and stripped.rstrip()[-1:] in ",.!\n" + ("abcdefghijklmnopqrstuvwxyz")
    )


def _names_and_orgs(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    title_case: dict[int, bool] = {}
    for m in _CHAIN.finditer(text):
        group = m.group()
        if " " not in group and "\t" not in group:
            # A single capitalised word is a name only when introduced as one.
            lw = _clean_word(group).lower()
            if lw in _STOP_NAMES or lw in _ORG_WORDS or not _prev_ok(text, m.start()):
                continue
            if lw in _TITLES:
                continue
            s0, e0 = m.start(), m.start() + len(_clean_word(group))
            signed = _signoff(text, s0, m.end())
            if (signed or _name_cue(text, s0)) and (signed or not _NATIONALITY.search(lw)):
                out.append(("person", s0, e0))
            continue
        if not _prev_ok(text, m.start()):
            continue
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", group)]
        lowered = [_clean_word(w).lower() for _, w in words]

        # ---- organisations
        org_found = False
        for i in range(len(words) - 1):
            if lowered[i] in ("st", "saint") and words[i + 1][1].endswith(("'s", "’s")):
                j = i + 2
                while j < len(words) and lowered[j] in _ORG_WORDS:
                    j += 1
                last_word = words[j - 1]
                out.append(("organisation", words[i][0], last_word[0] + len(last_word[1])))
                org_found = True
                break
        org_idx = [i for i, w in enumerate(lowered) if w in _ORG_WORDS]
        if org_idx and not org_found:
            last = org_idx[-1]
            first_org = last
            while first_org > 0 and lowered[first_org - 1] in _ORG_WORDS:
                first_org -= 1
            if last + 1 < len(words) and words[last + 1][1] == "of":
                # "University of Leeds"
                start_i = first_org
                while start_i > 0 and lowered[start_i - 1] not in _STOP_NAMES:
                    start_i -= 1
                end_word = words[-1]
                out.append(("organisation", words[start_i][0], end_word[0] + len(end_word[1])))
            elif last + 1 == len(words):  # more capitalised words after it: an event, a title
                start_i = 0
                while start_i < first_org and lowered[start_i] in _STOP_NAMES:
                    start_i += 1
                name_words = lowered[start_i:first_org]
                if name_words and not all(w in _ORG_GENERIC for w in name_words):
                    end_word = words[last]
                    out.append(
                        (
                            "organisation",
                            words[start_i][0],
                            end_word[0] + len(_clean_word(end_word[1])),
                        )
                    )
        if org_idx or org_found or " of " in m.group():
            continue

        # ---- people
        # Titles: "Dr. Eleanor Voss", "Mrs Kowalski"
        for i, low_w in enumerate(lowered):
            if low_w in _TITLES and i + 1 < len(words):
                if _media_after(text, m.end()):
                    words = []
                    break
                rest = [
                    (p, w)
                    for p, w in words[i + 1 : i + 3]
                    if _clean_word(w).lower() not in _STOP_NAMES
                ]
                if rest:
                    out.append(("person", rest[0][0], rest[-1][0] + len(_clean_word(rest[-1][1]))))
                words = words[:i]
                lowered = lowered[:i]
                break
        if not words:
            continue
        cue = _name_cue(text, words[0][0]) or _signoff(
            text, words[0][0], words[-1][0] + len(words[-1][1])
        )
        names = [(p, w) for p, w in words if _clean_word(w).lower() not in _STOP_NAMES]
        if not names:
            continue
        if cue:
            if _NATIONALITY.search(_clean_word(names[0][1]).lower()) and not _signoff(
                text, words[0][0], words[-1][0] + len(words[-1][1])
            ):
                continue
            keep = names[:2]
            out.append(("person", keep[0][0], keep[-1][0] + len(_clean_word(keep[-1][1]))))
            continue
        if len(words) < 2:
            continue
        # Two or more capitalised words: a full name, unless the sentence is Title Case.
        if any(_STREET_WORD.fullmatch(w) for _, w in words[1:]):
            continue
        if any(lw in _STOP_NAMES for lw in lowered[1:]):
            continue
        run = words
        while run and _clean_word(run[0][1]).lower() in _STOP_NAMES:
            run = run[1:]
        if (
            run
            and _sentence_start(text, run[0][0])
            and (
                run[0][1].lower().endswith(("ing", "ly", "ed"))
                or _clean_word(run[0][1]).lower().rstrip(",") in _OPENERS
            )
        ):
            run = run[1:]  # "Luckily Tom", "Tell Mark", "Poor Ellie": one first name
        if len(run) < 2 or _is_title(text, words[0][0], m.end()):
            continue
        key = m.start()
        if key not in title_case:
            title_case[key] = _is_title_case(text, key, m.end())
        if title_case[key]:
            continue
        out.append(("person", run[0][0], run[-1][0] + len(_clean_word(run[-1][1]))))
    return out


# What follows a title: "The Mr Men books", "Mrs Doubtfire was on telly", "Jane Eyre
# is my comfort read", "Dr. Strangelove was my dad's favourite film".
_MEDIA_NOUN = r"(?:books?|films?|movies?|novels?|series|shows?|reads?|musicals?|songs?|albums?)"
_MEDIA_NEXT = r"(?:books?|films?|movies?|novels?|series|musicals?|trilogy|boxset)"
_ON_SCREEN = r"on[ \t]+(?:the[ \t]+)?(?:telly|tv|netflix|radio|iplayer)"
_FAVOURITE = r"(?:favourite|favorite|comfort|all-time|best|first|old)"
_MEDIA_AFTER = re.compile(
    rf"(?:[ \t]+{_MEDIA_NEXT}\b|[ \t]+(?:was|is|are|were)[ \t]+(?:{_ON_SCREEN}\b"
    rf"|(?:\S+[ \t]+){{0,2}}?{_FAVOURITE}[ \t]+{_MEDIA_NOUN}\b"
    rf"|(?:my|a|the|our|his|her|their)[ \t]+{_MEDIA_NOUN}\b))",
    re.I,
)


def _media_after(text: str, end: int) -> bool:
    return bool(_MEDIA_AFTER.match(text, end))


def _is_title(text: str, start: int, end: int | None = None) -> bool:
    """Is the run of capitalised words at start the title of a book, film or show?"""
    if end is not None and _media_after(text, end):
        return True
    before = text[max(0, start - 40) : start]
    if before.rstrip(" ")[-1:] in ('"', "“", "*", "_", "‘") or before[-1:] == "'":
        return True
    prev = _prev_words(text, start, 3)
    if not prev:
        return False
    last = prev[-1].strip(",.")
    if last in _TITLE_CUES:
        return True
    return last in ("called", "titled", "named") and len(prev) >= 2 and prev[-2] in _TITLE_CUES


def _insurers(text: str, low: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    if not _INSURER_FIRST.isdisjoint(_CAPITALISED.findall(text)):
        out += [("organisation", *m.span()) for m in _INSURER.finditer(text)]
    if "insur" in low or "health plan" in low:
        out += [("organisation", *m.span("name")) for m in _INSURER_CUE.finditer(text)]
    return out


def _phone_findings(text: str, country: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    region = country.upper() if isinstance(country, str) else "US"
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = "ZZ"
    try:
        for number in phonenumbers.PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
            if len(_DIGIT.findall(number.raw_string)) >= 7:
                out.append(("phone", number.start, number.end))
    except Exception:  # noqa: BLE001,S110 - the screen must never raise
        pass

    def taken(s: int, e: int) -> bool:
        return any(a < e and s < b for _k, a, b in out)

    for m in _PHONE_INTL.finditer(text):
        raw = m.group().rstrip(" .-(")
        s, e = m.start(), m.start() + len(raw)
        if taken(s, e) or not _prev_ok(text, s, "+"):
            continue
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(raw, None)):
                out.append(("phone", s, e))
        except Exception:  # noqa: BLE001,S112
            continue
    for m in _PHONE_00.finditer(text):
        raw = m.group().rstrip(" .-(")
        s, e = m.start(), m.start() + len(raw)
        if taken(s, e) or not _prev_ok(text, s, "+"):
            continue
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse("+" + raw[2:], None)):
                out.append(("phone", s, e))
        except Exception:  # noqa: BLE001,S112
            continue
    for m in _PHONE_NATIONAL.finditer(text):
        s, e = m.span()
        if taken(s, e) or not _prev_ok(text, s, "+") or len(_DIGIT.findall(m.group())) < 10:
            continue
        for alt in ("GB", "IE", "AU"):
            try:
                if phonenumbers.is_possible_number(phonenumbers.parse(m.group(), alt)):
                    out.append(("phone", s, e))
                    break
            except Exception:  # noqa: BLE001,S112
                continue
    return out


def _privacy(text: str, country: str) -> tuple[PrivacyFinding, ...]:
    if not text:
        return ()
    low = text.lower()
    found: list[tuple[str, int, int]] = []
    digits = sum(map(text.count, _DIGITS))
    has_at = "@" in text
    if has_at:
        for m in _EMAIL.finditer(text):
            local = _EMAIL_LOCAL.search(text, max(0, m.start() - 64), m.start())
            if local and _prev_ok(text, local.start(), ".+%-_"):
                found.append(("email", local.start(), m.end()))
    if "dot" in low and ("[at]" in low or "(at)" in low or "{at}" in low or " at " in low):
        found += [("email", *m.span()) for m in _EMAIL_OBF.finditer(text)]
    if "http" in low or "www." in low:
        for m in _URL.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            if len(raw) > 4:
                found.append(("url", m.start(), m.start() + len(raw)))
    if _TLD_HINT.search(text):
        for m in _URL_BARE.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            found.append(("url", m.start(), m.start() + len(raw)))
    if digits >= 7:
        found += _phone_findings(text, country)
    if has_at:
        for m in _HANDLE_AT.finditer(text):
            if _prev_ok(text, m.start()):
                found.append(("handle", m.start(), m.end(1)))
    if "u/" in text:
        found += [("handle", *m.span()) for m in _HANDLE_REDDIT.finditer(text)]
    if any(w in low for w in _PLATFORM_WORDS) or _IG_FB.search(low):
        for m in _HANDLE_PLATFORM.finditer(text):
            h = m.group("h")
            if h.lower() in _HANDLE_STOP:
                continue
            if not m.group("sep").strip() and not re.search(r"[\d_.#]", h):
                continue
            found.append(("handle", m.start("h"), m.end("h")))
        for rx in (_HANDLE_INTRO, _HANDLE_INTRO_AFTER):
            for m in rx.finditer(text):
                h = m.group("h")
                if (
                    h.lower() in _HANDLE_STOP
                    or not re.search(r"[\d_.#]", h)
                    or not re.search(r"[A-Za-z]", h)
                ):
                    continue
                found.append(("handle", m.start("h"), m.end("h")))
    if digits:
        for m in _ADDRESS.finditer(text):
            if not _prev_ok(text, m.start(), "/.,-"):
                continue
            words = m.group("words").split()
            if any(w.lower() in _ADDRESS_STOP for w in words):
                continue
            start = m.start()
            pre = _ADDRESS_PREFIX.search(text, max(0, start - 24), start)
            if pre:
                start = pre.start()
            found.append(("address", start, m.end()))
        for m in _POSTCODE.finditer(text):
            if _prev_ok(text, m.start()):
                found.append(("address", *m.span()))
    found += _insurers(text, low)
    found += _names_and_orgs(text)
    if "my name" in low or "call" in low:
        found += _intro_lowercase(text, low)

    priority = {k: i for i, k in enumerate(("email", "url", "phone", "handle", "address"))}
    priority.update({"organisation": 5, "person": 6})
    found.sort(key=lambda f: (priority[f[0]], f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    for kind, s, e in found:
        if e <= s:
            continue
        if any(a < e and s < b for _k, a, b in kept):
            continue
        kept.append((kind, s, e))
    kept.sort(key=lambda f: (f[1], f[2]))
    return tuple(PrivacyFinding(kind, s, e, text[s:e]) for kind, s, e in kept)
