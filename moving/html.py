"""Turning other platforms' HTML into Afterword's sources. Pure Python, no Django.

WordPress stores posts and comments "autop" style: blank lines are paragraphs,
single newlines are line breaks, and some inline HTML is mixed in. Disqus stores
normal HTML. Both go through the same small converter:

- `html_to_text` gives the plain text that comments and letters are written in
  (paragraphs and line breaks kept, a link's address kept beside its words);
- `html_to_markdown` gives the Markdown that columnists' answers are written in,
  so an imported answer can be edited in the desk like any other.

Cutting a post into letter and answer is `moving.layouts`' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "table",
    "tr",
    "dl",
    "dt",
    "dd",
    "address",
    "center",
    "main",
    "nav",
}
_SKIP = {"script", "style", "template", "noscript", "head", "title", "iframe", "object"}
_SAFE_HREF = re.compile(r"(?i)^(?:https?://|mailto:|/|#)")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_SHORTCODE = re.compile(
    r"\[/?(?:caption|gallery|embed|audio|video|playlist|wp_caption)\b[^\]]*\]", re.I
)


@dataclass
class _Frame:
    """Output being collected for one element that post-processes its content."""

    tag: str
    parts: list[str] = field(default_factory=list)
    ordinal: int = 0  # for <ol>: the number of the next item


class _Converter(HTMLParser):
    def __init__(self, markdown: bool):
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.stack: list[_Frame] = [_Frame("root")]
        self.lists: list[_Frame] = []
        self.links: list[str | None] = []
        self.skipping = 0
        self.pre = 0
        self.pending_marks: list[str] = []  # emphasis opened but not yet followed by text
        self.links_text_start = 0

    # -- output helpers -------------------------------------------------------------
    @property
    def parts(self) -> list[str]:
        return self.stack[-1].parts

    def _tail(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part
        return ""

    def _at_line_start(self) -> bool:
        tail = self._tail()
        return not tail or tail.endswith("\n")

    def _block(self) -> None:
        """End the current paragraph (at most one blank line between blocks)."""
        tail = "".join(self.parts[-3:])
        if not "".join(self.parts).strip():
            return
        if tail.endswith("\n\n"):
            return
        self.parts.append("\n" if tail.endswith("\n") else "\n\n")

    def _line_break(self) -> None:
        self.parts.append("\\\n" if self.markdown and not self.pre else "\n")

    def _escape(self, text: str) -> str:
        if not self.markdown:
            return text
        text = re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
        text = re.sub(r"&(?=#?\w+;)", r"\\&", text)
        if self._at_line_start():
            text = re.sub(r"^(\s*)([#>+=|-]|\d+[.)])", r"\1\\\2", text)
        return text

    # -- parser callbacks -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag in _SKIP:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "br":
            self._line_break()
        elif tag in _BLOCKS:
            self._block()
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._block()
            if self.markdown:
                level = max(2, min(4, int(tag[1])))
                self.parts.append("#" * level + " ")
        elif tag in {"blockquote", "li", "pre"}:
            if tag != "li":
                self._block()
            self.stack.append(_Frame(tag))
            if tag == "pre":
                self.pre += 1
        elif tag in {"ul", "ol"}:
            self._block()
            self.lists.append(_Frame(tag, ordinal=int(attributes.get("start") or 1)))
        elif tag == "hr":
            self._block()
            if self.markdown:
                self.parts.append("---")
            self._block()
        elif tag in {"strong", "b", "em", "i"} and self.markdown and not self.pre:
            self.pending_marks.append("**" if tag in {"strong", "b"} else "*")
        elif tag == "code" and self.markdown and not self.pre:
            self.parts.append("`")
        elif tag == "a":
            href = (attributes.get("href") or "").strip()
            self.links.append(href if _SAFE_HREF.match(href) else None)
            if self.markdown and self.links[-1]:
                self.parts.append("[")
            self.links_text_start = len(self.parts)
        elif tag == "img":
            alt = (attributes.get("alt") or "").strip()
            src = (attributes.get("src") or "").strip()
            if self.markdown and src and _SAFE_HREF.match(src):
                self.parts.append(f"[Image: {self._escape(alt or src.rsplit('/', 1)[-1])}]")
                self.parts.append(f"(<{src}>)")
            elif alt:
                self.parts.append(self._escape(alt))

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr", "img"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag in _BLOCKS or tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._block()
        elif tag in {"blockquote", "li", "pre"}:
            self._close_frame(tag)
        elif tag in {"ul", "ol"}:
            if self.lists and self.lists[-1].tag == tag:
                self.lists.pop()
            self._block()
        elif tag in {"strong", "b", "em", "i"} and self.markdown and not self.pre:
            self._close_mark("**" if tag in {"strong", "b"} else "*")
        elif tag == "code" and self.markdown and not self.pre:
            self.parts.append("`")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href is None:
                return
            if self.markdown:
                target = f"<{href}>" if re.search(r"[\s()<>]", href) else href
                self.parts.append(f"]({target})")
            else:
                text = "".join(self.parts[self.links_text_start :]).strip()
                bare = re.sub(r"(?i)^(?:https?://|mailto:)", "", href).rstrip("/")
                linked = text.lower().startswith(("http://", "https://", "www."))
                if href.startswith(("http://", "https://")) and not (linked and bare in text):
                    self.parts.append(f" ({href})")

    def _close_mark(self, mark: str) -> None:
        if mark in self.pending_marks:  # nothing was written inside: drop it
            self.pending_marks.remove(mark)
            return
        trailing = ""
        while self.parts and self.parts[-1] and self.parts[-1][-1:].isspace():
            last = self.parts.pop()
            stripped = last.rstrip()
            trailing = last[len(stripped) :] + trailing
            if stripped:
                self.parts.append(stripped)
                break
        self.parts.append(mark + trailing)

    def _close_frame(self, tag: str) -> None:
        if len(self.stack) == 1 or self.stack[-1].tag != tag:
            self._block()
            return
        frame = self.stack.pop()
        inner = _tidy("".join(frame.parts), markdown=self.markdown, pre=tag == "pre")
        if tag == "pre":
            self.pre -= 1
        if not inner.strip():
            return
        if tag == "li":  # items of a list sit on consecutive lines
            if not self._at_line_start():
                self.parts.append("\n")
            self.parts.append(self._wrap(tag, inner) + "\n")
            return
        self._block()
        self.parts.append(self._wrap(tag, inner))
        self._block()

    def _wrap(self, tag: str, inner: str) -> str:
        lines = inner.split("\n")
        if tag == "pre":
            return "```\n" + inner + "\n```" if self.markdown else inner
        if tag == "blockquote":
            if not self.markdown:
                return inner
            return "\n".join(("> " + line) if line else ">" for line in lines)
        # A list item.
        current = self.lists[-1] if self.lists else None
        if current is not None and current.tag == "ol":
            marker = f"{current.ordinal}. "
            current.ordinal += 1
        else:
            marker = "- "
        indent = " " * len(marker) if self.markdown else "  "
        rest = [(indent + line) if line else "" for line in lines[1:]]
        return "\n".join([marker + lines[0], *rest])

    def handle_data(self, data: str) -> None:
        if self.skipping or not data:
            return
        if self.pre:
            self.parts.append(data)
            return
        # Autop semantics: blank lines separate paragraphs, a newline is a line break.
        data = data.replace("\r\n", "\n").replace("\r", "\n")
        chunks = re.split(r"(\n[ \t]*\n\s*|\n)", data)
        for chunk in chunks:
            if not chunk:
                continue
            if chunk.startswith("\n"):
                if "\n" in chunk[1:]:
                    self._block()
                elif "".join(self.parts).strip() and not self._at_line_start():
                    self._line_break()
                continue
            text = _SPACES.sub(" ", chunk)
            if self._at_line_start():
                text = text.lstrip()
            if not text:
                continue
            if self.pending_marks and text.strip():
                leading = text[: len(text) - len(text.lstrip())]
                self.parts.append(leading + "".join(self.pending_marks))
                self.pending_marks = []
                text = text.lstrip()
            self.parts.append(self._escape(text))

    def result(self) -> str:
        while len(self.stack) > 1:  # unclosed quotes or items: keep their text
            self._close_frame(self.stack[-1].tag)
        return _tidy("".join(self.stack[0].parts), markdown=self.markdown)


def _tidy(text: str, *, markdown: bool, pre: bool = False) -> str:
    if pre:
        return text.strip("\n")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    text = "\n".join(line.lstrip(" ") if not line.startswith("  ") else line for line in lines)
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    if markdown:
        # A hard break that ends a paragraph is meaningless (and would show a backslash).
        text = re.sub(r"\\\n(?=\n|$)", "\n", text)
        text = re.sub(r"\\$", "", text)
        text = _MANY_NEWLINES.sub("\n\n", text).strip()
    return text


def html_to_text(html: str) -> str:
    """Plain text with paragraphs, line breaks and the addresses of links."""
    converter = _Converter(markdown=False)
    converter.feed(_SHORTCODE.sub("", html or ""))
    converter.close()
    return converter.result()


def html_to_markdown(html: str) -> str:
    """CommonMark source that renders like the HTML did (within the answer's tags)."""
    converter = _Converter(markdown=True)
    converter.feed(_SHORTCODE.sub("", html or ""))
    converter.close()
    return converter.result()
