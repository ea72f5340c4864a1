"""Turning what people write into safe HTML, once, when it is written.

`plain_to_html` is for comments and letters: paragraphs and line breaks are
kept, web addresses become `rel="nofollow ugc"` links, nothing else is
interpreted. `markdown_to_html` is for columnists' answers: CommonMark with raw
HTML switched off, then sanitised by nh3 as a second line of defence.
"""

from __future__ import annotations

import re

import nh3
from django.utils.html import escape
from markdown_it import MarkdownIt

# Characters that reorder or hide text: kept out of stored text entirely.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E]
    + list(range(0x2066, 0x206A))
)

_URL = re.compile(r"""(?i)\b((?:https?://|www\.)[^\s<>"']+)""")
_TRAILING = ".,;:!?)]}'\""


# Control characters (Unicode category Cc) other than tab and newline, and lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Normalise line endings, drop control characters and bidi/zero-width marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.translate(_INVISIBLE))
    return text.strip()


def _linkify_line(line: str) -> str:
    out: list[str] = []
    last = 0
    for match in _URL.finditer(line):
        url = match.group(1)
        trail = ""
        while url and url[-1] in _TRAILING:
            # Keep a closing bracket that belongs to the address, like wiki links.
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            trail = url[-1] + trail
            url = url[:-1]
        if len(url) < 8:
            continue
        href = url if url.lower().startswith("http") else "https://" + url
        out.append(escape(line[last : match.start(1)]))
        out.append(f'<a href="{escape(href)}" rel="nofollow ugc">{escape(url)}</a>')
        last = match.start(1) + len(url)
    out.append(escape(line[last:]))
    return "".join(out)


def clean_line(text: str) -> str:
    """`clean_text` for one-line fields such as pen names: runs of spaces become one."""
    return " ".join(clean_text(text).split())


def plain_to_html(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", clean_text(text)) if p.strip()]
    html = "".join(
        "<p>" + "<br>".join(_linkify_line(line) for line in p.strip().split("\n")) + "</p>"
        for p in paragraphs
    )
    return nh3.clean(
        html,
        tags={"p", "br", "a"},
        attributes={"a": {"href"}},
        link_rel="nofollow ugc",
        url_schemes={"http", "https"},
    )


_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_ANSWER_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
}


def markdown_to_html(source: str) -> str:
    html = _markdown.render(clean_text(source))
    # A columnist's "# Heading" would compete with the page title; shift it down.
    html = re.sub(r"<(/?)h1>", r"<\1h2>", html)
    return nh3.clean(
        html,
        tags=_ANSWER_TAGS,
        attributes={"a": {"href", "title"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )


def excerpt(text: str, length: int = 220) -> str:
    flat = clean_line(text)
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.") + "…"
