"""A streaming reader for WordPress eXtended RSS (WXR 1.0, 1.1 and 1.2). Pure Python.

`read(file)` yields plain dataclasses as the file goes by: the `Channel` first,
then `Author`s and `Term`s (the site's categories and tags), then one `Post`
per `<item>` with its comments. Each item is dropped from memory once yielded,
so a 500 MB export is read in constant memory.

Errors are `WxrError`s that say where: the line and column of malformed XML, or
the item (by position and title) that lacks a required element.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import IO

# The file comes from the operator, not from the public; ElementTree never fetches
# external entities and the expat it ships with (2.4+) refuses entity-expansion bombs.

WP_PREFIX = "http://wordpress.org/export/"
NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}


class WxrError(ValueError):
    """The file cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class Channel:
    title: str
    link: str
    base_site_url: str
    version: str  # "1.0", "1.1" or "1.2", from the namespace


@dataclass(frozen=True)
class Author:
    login: str
    email: str
    display_name: str
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True)
class Term:
    taxonomy: str  # "category" or "post_tag"
    slug: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Comment:
    id: int
    parent_id: int  # 0 for a top-level comment
    author: str
    email: str
    url: str
    date: datetime
    content: str  # WordPress comment text: autop-style, with some inline HTML
    approved: str  # "1", "0", "spam", "trash", "post-trashed"
    type: str  # "", "comment", "pingback", "trackback"...

    @property
    def is_ping(self) -> bool:
        return self.type in {"pingback", "trackback"}


@dataclass
class Post:
    index: int  # 1-based position of the <item> in the file, for messages
    id: int
    title: str
    link: str
    guid: str
    slug: str
    post_type: str
    status: str
    date: datetime | None
    creator: str
    content: str
    excerpt: str
    terms: list[Term] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


def _name(tag: str) -> str:
    """'{http://wordpress.org/export/1.2/}post_id' -> 'wp:post_id'."""
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    if uri.startswith(WP_PREFIX):
        return ("excerpt:" if uri.rstrip("/").endswith("excerpt") else "wp:") + local
    prefix = NAMESPACES.get(uri)
    return f"{prefix}:{local}" if prefix else local


def _children(element: ET.Element) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for child in element:
        found.setdefault(_name(child.tag), child)
    return found


def _text(found: dict[str, ET.Element], name: str) -> str:
    element = found.get(name)
    return (element.text or "") if element is not None else ""


def parse_wp_date(value: str) -> datetime | None:
    """'2019-05-01 10:00:00' (UTC) -> an aware datetime; the empty '0000-…' -> None."""
    value = value.strip()
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def _post_date(found: dict[str, ET.Element]) -> datetime | None:
    date = parse_wp_date(_text(found, "wp:post_date_gmt"))
    if date is None and _text(found, "pubDate").strip():
        try:
            date = parsedate_to_datetime(_text(found, "pubDate")).astimezone(UTC)
        except (TypeError, ValueError):
            date = None
    # A draft has no GMT date; its local date is the best there is.
    return date or parse_wp_date(_text(found, "wp:post_date"))


def _number(found: dict[str, ET.Element], name: str, where: str, *, required: bool) -> int:
    raw = _text(found, name).strip()
    if not raw:
        if required:
            raise WxrError(f"{where}: missing <{name}>")
        return 0
    try:
        return int(raw)
    except ValueError:
        raise WxrError(f"{where}: <{name}> is {raw!r}, not a number") from None


def _comment(element: ET.Element, where: str, post_date: datetime | None) -> Comment:
    found = _children(element)
    comment_id = _number(found, "wp:comment_id", where, required=True)
    date = parse_wp_date(_text(found, "wp:comment_date_gmt")) or parse_wp_date(
        _text(found, "wp:comment_date")
    )
    if date is None:
        if post_date is None:
            raise WxrError(f"{where}: missing <wp:comment_date_gmt>")
        date = post_date
    return Comment(
        id=comment_id,
        parent_id=_number(found, "wp:comment_parent", where, required=False),
        author=_text(found, "wp:comment_author").strip(),
        email=_text(found, "wp:comment_author_email").strip(),
        url=_text(found, "wp:comment_author_url").strip(),
        date=date,
        content=_text(found, "wp:comment_content"),
        approved=_text(found, "wp:comment_approved").strip() or "1",
        type=_text(found, "wp:comment_type").strip(),
    )


def _post(element: ET.Element, index: int) -> Post:
    found = _children(element)
    title = _text(found, "title").strip()
    where = f"item {index}" + (f" ({title[:60]!r})" if title else "")
    post_id = _number(found, "wp:post_id", where, required=True)
    date = _post_date(found)
    post = Post(
        index=index,
        id=post_id,
        title=title,
        link=_text(found, "link").strip(),
        guid=_text(found, "guid").strip(),
        slug=_text(found, "wp:post_name").strip(),
        post_type=_text(found, "wp:post_type").strip() or "post",
        status=_text(found, "wp:status").strip() or "publish",
        date=date,
        creator=_text(found, "dc:creator").strip(),
        content=_text(found, "content:encoded"),
        excerpt=_text(found, "excerpt:encoded"),
    )
    position = 0
    for child in element:
        name = _name(child.tag)
        if name == "category":
            taxonomy = child.get("domain", "category")
            slug = child.get("nicename", "").strip()
            if taxonomy in {"category", "post_tag"} and (slug or (child.text or "").strip()):
                post.terms.append(Term(taxonomy, slug, (child.text or "").strip()))
        elif name == "wp:comment":
            position += 1
            post.comments.append(_comment(child, f"{where}, comment {position}", date))
    return post


def _author(element: ET.Element) -> Author:
    found = _children(element)
    login = _text(found, "wp:author_login").strip()
    if not login:
        raise WxrError("a <wp:author> has no <wp:author_login>")
    return Author(
        login=login,
        email=_text(found, "wp:author_email").strip(),
        display_name=_text(found, "wp:author_display_name").strip() or login,
        first_name=_text(found, "wp:author_first_name").strip(),
        last_name=_text(found, "wp:author_last_name").strip(),
    )


def _term(element: ET.Element, name: str) -> Term | None:
    found = _children(element)
    if name == "wp:category":
        slug, label = _text(found, "wp:category_nicename"), _text(found, "wp:cat_name")
        description, taxonomy = _text(found, "wp:category_description"), "category"
    else:
        slug, label = _text(found, "wp:tag_slug"), _text(found, "wp:tag_name")
        description, taxonomy = _text(found, "wp:tag_description"), "post_tag"
    if not slug.strip() and not label.strip():
        return None
    return Term(taxonomy, slug.strip(), label.strip(), description.strip())


def read(source: str | IO[bytes]) -> Iterator[Channel | Author | Term | Post]:
    """Yield the channel, then authors, terms and posts, in file order."""
    depth = 0
    channel: ET.Element | None = None
    channel_info: Channel | None = None
    version = ""
    items = 0
    current_title = ""
    events = ET.iterparse(source, events=("start", "end"))  # noqa: S314
    try:
        for event, element in events:
            if event == "start":
                depth += 1
                if depth == 1 and element.tag != "rss":
                    raise WxrError(
                        f"this is not a WordPress export: the root element is "
                        f"<{_name(element.tag)}>, not <rss>"
                    )
                if depth == 2 and _name(element.tag) == "channel":
                    channel = element
                if not version and element.tag.startswith("{" + WP_PREFIX):
                    version = element.tag[1 + len(WP_PREFIX) :].split("/", 1)[0]
                if depth == 3 and element.tag == "item":
                    items += 1
                    current_title = ""
                continue
            depth -= 1
            if depth != 2 or channel is None:
                if depth == 3 and element.tag == "title" and channel is not None:
                    current_title = (element.text or "").strip()
                continue
            name = _name(element.tag)
            if name in {"item", "wp:author", "wp:category", "wp:tag"} and channel_info is None:
                channel_info = _channel(channel, version)
                yield channel_info
            if name == "item":
                if not version:
                    raise WxrError(
                        "this is not a WordPress export: item 1 has no <wp:…> elements "
                        "(the WXR namespace http://wordpress.org/export/1.x/ is missing)"
                    )
                yield _post(element, items)
            elif name == "wp:author":
                yield _author(element)
            elif name in {"wp:category", "wp:tag"}:
                term = _term(element, name)
                if term is not None:
                    yield term
            else:
                continue
            # Forget what has been handed over: memory stays flat on any file size.
            element.clear()
            channel.remove(element)
    except ET.ParseError as exc:
        line, column = exc.position
        where = ""
        if depth >= 3 and items:
            title = f", {current_title[:60]!r}" if current_title else ""
            where = f" (inside item {items}{title})"
        reason = str(exc).split(":", 1)[0]
        raise WxrError(
            f"the file is not well-formed XML at line {line}, column {column}{where}: {reason}"
        ) from None
    if channel_info is None:
        if channel is None:
            raise WxrError("this is not a WordPress export: no <channel> element")
        yield _channel(channel, version)


def _channel(element: ET.Element, version: str) -> Channel:
    found = _children(element)
    return Channel(
        title=_text(found, "title").strip(),
        link=_text(found, "link").strip(),
        base_site_url=(_text(found, "wp:base_site_url") or _text(found, "link")).strip(),
        version=_text(found, "wp:wxr_version").strip() or version,
    )
