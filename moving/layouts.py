"""How a WordPress advice column lays out a post, and cutting it into its parts.

Pure Python, no Django. A post is cut into the letter (plain text), the pen
name it is signed with, the answer (Markdown), the columnist's sign-off and a
closing bio paragraph, following the first layout that fits:

- ``more``: the text before ``<!--more-->`` is the letter;
- ``blockquote``: a blockquote that opens the post is the letter (a ``<cite>``
  in it, or a last "— Pen Name" line, is the pen name);
- ``signed``: the letter as plain paragraphs, a "- Pen Name" line (hyphen,
  en or em dash), then a salutation ("Dear Pen Name,", "Hi …,", "Hello …,")
  that starts the answer;
- ``whole``: nothing fits, so the whole post is the answer and the letter is
  the post's excerpt (or empty).

In the first three, the end of the answer is read too: a sign-off ("Warmly,",
"Kind regards,", "With care," …) with the name under it, and after it a
paragraph that starts with the author's name is the bio.

`split_credentials` takes the letters after a display name ("Jane Doe, MS,
LMHC") apart from the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moving.html import html_to_markdown, html_to_text

LAYOUTS = ("auto", "more", "blockquote", "signed", "whole")


@dataclass(frozen=True)
class Parts:
    layout: str  # the layout that was followed: more, blockquote, signed or whole
    question: str  # the letter, plain text
    pen_name: str
    body: str  # the answer, Markdown
    sign_off: str = ""  # "Warmly,\nJane Doe"
    bio: str = ""  # plain text


# -- Blocks: the top-level paragraphs of a post ------------------------------------------

_TOKEN = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|\n[ \t]*\n\s*", re.S)
_CONTAINERS = {
    "p", "div", "blockquote", "ul", "ol", "dl", "pre", "table", "figure", "section",
    "article", "aside", "header", "footer", "address", "center", "details",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip


def blocks(html: str) -> list[str]:
    """The post's top-level blocks, as HTML: closed block elements, and text between
    blank lines (WordPress stores paragraphs "autop" style, without <p>)."""
    found: list[str] = []
    depth, start = 0, 0

    def cut(end: int) -> None:
        nonlocal start
        if html[start:end].strip():
            found.append(html[start:end].strip())
        start = end

    for token in _TOKEN.finditer(html):
        closing, tag = token.group(1), (token.group(2) or "").lower()
        if not tag:
            if token.group(0).startswith("\n") and depth == 0:
                cut(token.start())
                start = token.end()
            continue
        if tag == "hr" and depth == 0:
            cut(token.start())
            cut(token.end())
        elif tag in _CONTAINERS and not token.group(0).endswith("/>"):
            if closing:
                depth = max(0, depth - 1)
                if depth == 0:
                    cut(token.end())
            else:
                if depth == 0:
                    cut(token.start())
                depth += 1
    cut(len(html))
    return found


# -- The letter ----------------------------------------------------------------------------

_MORE = re.compile(r"<!--\s*more\b.*?-->", re.I | re.S)
_LEADING_NOISE = re.compile(r"\A(?:\s+|<!--.*?-->)*", re.S)
_QUOTE_TAG = re.compile(r"<(/?)blockquote\b[^>]*>", re.I)
_CITE = re.compile(r"<cite\b[^>]*>(.*?)</cite>", re.I | re.S)
# "— Lost in Leeds", "- Lost in Leeds", "– Lost", "-- Lost": a line of its own.
_SIGNATURE = re.compile(r"^\s*(?:[—–]|--?)\s*(\S.{0,79})$")
_SALUTATION = re.compile(r"^(?:dear|hi|hello|hey|to)\s+\S.{0,80}?[,:!—–]", re.I)


def _leading_blockquote(html: str) -> tuple[str, str] | None:
    noise = _LEADING_NOISE.match(html)  # matches always, if only the empty string
    start = noise.end() if noise else 0
    first = _QUOTE_TAG.match(html, start)
    if first is None or first.group(1):
        return None
    depth = 0
    for tag in _QUOTE_TAG.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[first.end() : tag.start()], html[tag.end() :]
    return None


def _signed_off(text: str) -> tuple[str, str]:
    """(the letter without its last "— Pen Name" line, the pen name) or (text, "")."""
    lines = text.rstrip().split("\n")
    signed = _SIGNATURE.match(lines[-1]) if lines else None
    if not signed or len(lines[-1]) > 90:
        return text, ""
    return "\n".join(lines[:-1]).strip(), signed.group(1).strip()


def _letter(question_html: str, excerpt: str) -> tuple[str, str]:
    pen_name = ""
    cites = list(_CITE.finditer(question_html))
    if cites:
        last = cites[-1]
        pen_name = html_to_text(last.group(1))
        question_html = question_html[: last.start()] + question_html[last.end() :]
    question = html_to_text(question_html) if question_html.strip() else html_to_text(excerpt)
    if not pen_name:
        question, pen_name = _signed_off(question)
    return question, re.sub(r"^[—–-]+\s*", "", pen_name).strip()


def _signed_letter(texts: list[str]) -> tuple[str, str, int] | None:
    """Find "… letter … / — Pen Name / Dear …," and return (letter, pen name, where the
    answer starts), or None."""
    for i, text in enumerate(texts):
        if not text:
            continue
        letter, pen_name = _signed_off(text)
        if not pen_name:
            continue
        before = "\n\n".join(t for t in texts[:i] if t)
        letter = "\n\n".join(t for t in (before, letter) if t)
        following = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
        if not letter or following is None or not _SALUTATION.match(texts[following]):
            continue
        return letter, pen_name, following
    return None


# -- The end of the answer: sign-off and bio ------------------------------------------------

SIGN_OFFS = (
    "all best", "all my best", "all the best", "best", "best regards", "best wishes",
    "cheers", "in friendship", "kind regards", "kindly", "love", "regards", "respectfully",
    "sincerely", "take care", "until next time", "warm regards", "warm wishes", "warmly",
    "wishing you well", "with best wishes", "with care", "with compassion", "with gratitude",
    "with hope", "with kindness", "with love", "with warmth", "yours", "yours sincerely",
    "yours truly", "yours warmly", "in solidarity", "gently",
)  # fmt: skip
_SIGN_OFF = re.compile(
    r"^(" + "|".join(re.escape(s) for s in sorted(SIGN_OFFS, key=len, reverse=True)) + r")"
    r"([,.!]*)(?:$|(?:[ \t]*\n|(?<=,)[ \t]|[ \t]+[—–-])\s*(.+)$)",
    re.I | re.S,
)
_NAME_LINE = re.compile(r"^[\w.'’ -]{1,80}$")


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w’']+", name.lower()) if w not in {"dr", "mr", "ms", "mrs"}]


def _is_author(name: str, author: str) -> bool:
    """A signed name is the author's when its words are among the author's; when no
    author is known, when it looks like a name (a few capitalised words)."""
    name = split_credentials(name)[0]
    words, known = _words(name), _words(author)
    if not words or not _NAME_LINE.match(name):
        return False
    if known:
        return set(words) <= set(known)
    return len(words) <= 4 and all(w[:1].isupper() for w in name.split())


def _sign_off(texts: list[str], end: int, author: str) -> tuple[str, int] | None:
    """("Warmly,\\nJane", its first block) if the blocks before `end` close with a
    sign-off; the name may share its block or follow in the next one."""
    last = _previous(texts, end)
    if last is None:
        return None
    text = texts[last].strip()
    found = _SIGN_OFF.match(text)
    if found:
        name = found.group(3) or ""
        if not name or _is_author(name, author):
            return _sign_off_text(found.group(1) + found.group(2), name), last
        return None
    earlier = _previous(texts, last)
    if earlier is not None and _is_author(text, author):
        found = _SIGN_OFF.match(texts[earlier].strip())
        if found and not found.group(3):
            return _sign_off_text(found.group(1) + found.group(2), text), earlier
    return None


def _sign_off_text(phrase: str, name: str) -> str:
    return "\n".join(x for x in (phrase.strip(), " ".join(name.split())) if x)


def _previous(texts: list[str], end: int) -> int | None:
    return next((i for i in range(end - 1, -1, -1) if texts[i]), None)


def _starts_with(text: str, names: list[str]) -> bool:
    lowered = text.lower()
    return any(_words(n) and lowered.startswith(n.lower()) for n in names if n)


def _tail(body: list[str], author: str) -> tuple[list[str], str, str]:
    """Cut a sign-off, and a bio after it, from the end of the answer's blocks."""
    texts = [html_to_text(b) for b in body]
    filled = [i for i, t in enumerate(texts) if t]
    # The sign-off ends the answer, or stands before one or two bio paragraphs.
    for k in reversed(filled[-3:]):
        found = _sign_off(texts, k + 1, author)
        if found is None:
            continue
        sign_off, first = found
        if _previous(texts, first) is None:
            break  # a sign-off and nothing before it is not an answer
        after = [i for i in filled if i > k]
        signed = split_credentials(sign_off.partition("\n")[2])[0]
        if after and not _starts_with(texts[after[0]], [author, signed]):
            continue
        return body[:first], sign_off, "\n\n".join(texts[i] for i in after)
    # No sign-off: a last paragraph that starts with the author's full name is the bio.
    if len(filled) >= 2 and len(_words(author)) >= 2 and _starts_with(texts[filled[-1]], [author]):
        return body[: filled[-1]], "", texts[filled[-1]]
    return body, "", ""


# -- Putting it together ------------------------------------------------------------------


def split_post(html: str, excerpt: str = "", *, author: str = "", layout: str = "auto") -> Parts:
    """Cut a WordPress post into letter, pen name, answer, sign-off and bio.

    `author` is the columnist's name (without credentials), used to recognise the
    sign-off's name and the bio. `layout` forces one layout; a post it does not
    fit is imported whole.
    """
    html = html or ""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {', '.join(LAYOUTS)}")
    tried = ("more", "blockquote", "signed") if layout == "auto" else (layout,)
    for name in tried:
        found = _try(name, html, excerpt, author)
        if found is not None:
            return found
    question = html_to_text(excerpt)
    return Parts("whole", question, "", html_to_markdown(html))


def _try(name: str, html: str, excerpt: str, author: str) -> Parts | None:
    if name == "more":
        parts = _MORE.split(html, maxsplit=1)
        if len(parts) != 2:
            return None
        question, pen_name = _letter(parts[0], excerpt)
        return _with_tail(name, question, pen_name, blocks(parts[1]), author)
    if name == "blockquote":
        quoted = _leading_blockquote(html)
        if quoted is None:
            return None
        question, pen_name = _letter(quoted[0], excerpt)
        return _with_tail(name, question, pen_name, blocks(quoted[1]), author)
    if name == "signed":
        parts = blocks(html)
        found = _signed_letter([html_to_text(p) for p in parts])
        if found is None:
            return None
        question, pen_name, start = found
        return _with_tail(name, question, pen_name, parts[start:], author)
    return None


def _with_tail(layout: str, question: str, pen_name: str, body: list[str], author: str) -> Parts:
    answer, sign_off, bio = _tail(body, author)
    return Parts(
        layout=layout,
        question=question,
        pen_name=pen_name,
        body=html_to_markdown("\n\n".join(answer)),
        sign_off=sign_off,
        bio=bio,
    )


# -- Names and credentials ------------------------------------------------------------------

# Letters after a name: "MS", "LMHC", "PhD", "Psy.D.", "LCSW-C", "M.Ed.", "RN".
_CREDENTIAL = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z.\-/()]{1,14}$")
_KNOWN = {"phd", "psyd", "edd", "med", "msc", "bsc", "mphil", "dphil", "ma", "ms", "md"}


def _is_credential(token: str) -> bool:
    token = token.strip()
    return bool(_CREDENTIAL.match(token)) or token.replace(".", "").lower() in _KNOWN


def split_credentials(display_name: str) -> tuple[str, str]:
    """'Jane Doe, MS, LMHC' -> ('Jane Doe', 'MS, LMHC'); a name without them is kept."""
    name = " ".join((display_name or "").split())
    pieces = [p.strip() for p in name.split(",")]
    for cut in range(1, len(pieces)):
        rest = [p for p in pieces[cut:] if p]
        tokens = [t for p in rest for t in p.split()]
        if rest and all(_is_credential(t) for t in tokens):
            return ", ".join(pieces[:cut]), ", ".join(rest)
    return name, ""


def short_bio(bio: str, name: str, credentials: str, limit: int = 400) -> str:
    """The bio as the line under every answer: credentials after the name are left out
    (the byline shows them), and it is cut at a sentence within `limit` characters."""
    text = " ".join(bio.split())
    if credentials and text.lower().startswith(name.lower()):
        rest = text[len(name) :]
        stripped = re.sub(r"^\s*,\s*" + re.escape(credentials) + r"\s*,?", "", rest)
        text = name + (" " + stripped.lstrip() if stripped != rest else rest)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > 0 else cut.rsplit(" ", 1)[0] + "…"
