"""The hostile-input corpus and a structural check that rendered HTML is inert.

`data/hostile.jsonl` holds 267 inputs written for this project: script tags,
event handlers, javascript:/data: URLs, SVG and MathML tricks, CSS injection,
entity and Unicode encodings, Markdown link and image tricks, Django template
syntax, right-to-left overrides, zero-width characters, a 10,000-character word
— each bare, inside a sentence, and wrapped in zero-width spaces.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

HOSTILE = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "hostile.jsonl").read_text().splitlines()
]

FORBIDDEN_TAGS = {
    "iframe", "object", "embed", "svg", "math", "base", "style", "template", "marquee",
    "isindex", "keygen", "frame", "frameset", "applet", "video", "audio", "source", "img",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


class _Inspector(HTMLParser):
    def __init__(self, allow_style: bool):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.allow_style = allow_style

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "script":
            src = attributes.get("src") or ""
            # The site's own files, its JavaScript catalogue (afterword/urls.py), or data.
            ours = (
                src.startswith("/static/")
                or src == "/jsi18n/"
                or attributes.get("type") == "application/ld+json"
            )
            if not ours:
                self.problems.append(f"<script {attributes}>")
        if tag == "meta" and "http-equiv" in attributes:
            self.problems.append("<meta http-equiv>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name == "style" and not self.allow_style:
                self.problems.append(f"style= on <{tag}>")
            if name in URL_ATTRIBUTES and value:
                plain = "".join(ch for ch in value if ch > " " and ch.isprintable()).lower()
                if plain.startswith(BAD_SCHEMES):
                    self.problems.append(f"{name}={value[:40]!r} on <{tag}>")


def problems_in(html: str, *, email: bool = False) -> list[str]:
    """Everything in the HTML that could run script or load something foreign.

    Emails style their own markup inline (mail clients ignore stylesheets), so
    `style=` is allowed there; everything else is checked the same.
    """
    inspector = _Inspector(allow_style=email)
    inspector.feed(html)
    inspector.close()
    return inspector.problems
