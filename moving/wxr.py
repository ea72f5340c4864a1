"""A streaming reader for WordPress eXtended RSS (WXR 1.0, 1.1 and 1.2). Pure Python.

`read(file)` yields plain dataclasses as the file goes by: the `Channel` first,
then `Author`s and `Term`s (the site's categories and tags), then one `Post`
per `<item>` with its comments. Each item is dropped from memory once yielded,
so a 500 MB export is read in constant memory.

Like WordPress's own importer, the reader is lenient: the WXR namespace may be
written with https://, a comment without a GMT date takes its local date in the
site's time zone (`read(..., local_tz=...)`), and an item without
`<wp:post_id>` is known by its guid or link. What still cannot be read is not
fatal: a bad item is yielded as a `Problem` (and a bad comment is listed in its
post's `problems`), so the importer can go on with the rest. Only a file that
is not well-formed XML, or not a WordPress export at all, raises `WxrError`,
saying where.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime
from typing import IO

# The file comes from the operator, not from the public; ElementTree never fetches
# external entities and the expat it ships with (2.4+) refuses entity-expansion bombs.

WP_PREFIX = "http://wordpress.org/export/"
# WordPress's theme unit test data writes its namespaces with https://; so may others.
WP_PREFIXES = (WP_PREFIX, "https://wordpress.org/export/")
NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}


class WxrError(ValueError):
    """The file cannot be imported; the message says where and why."""


class BadElement(WxrError):
    """One element of an item (or comment) cannot be read."""

    def __init__(self, where: str, element: str, why: str):
        super().__init__(f"{where}, {element}: {why}")
        self.problem = Problem(where, element, why)


@dataclass(frozen=True)
class Problem:
    """Something in the file that was left out, and where: "item 3 ('Title'),
    <wp:post_id>: is 'x', not a number"."""

    where: str
    element: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}, {self.element}: {self.why}"


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
    key: str  # the comment id as text, or a stable hash of it when the file has none
    id: int  # 0 when the file has none
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
    key: str  # the post id as text, or "guid:…" / "link:…" when the file has none
    id: int  # 0 when the file has none
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
    problems: list[Problem] = field(default_factory=list)  # comments left out

    @property
    def where(self) -> str:
        return _where(self.index, self.title)


def _where(index: int, title: str) -> str:
    return f"item {index}" + (f" ({title[:60]!r})" if title else "")


def _name(tag: str) -> str:
    """'{http://wordpress.org/export/1.2/}post_id' -> 'wp:post_id'."""
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    if uri.startswith(WP_PREFIXES):
        return ("excerpt:" if uri.rstrip("/").endswith("excerpt") else "wp:") + local
    prefix = NAMESPACES.get(uri) or NAMESPACES.get(uri.replace("https://", "http://", 1))
    return f"{prefix}:{local}" if prefix else local


def _children(element: ET.Element) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for child in element:
        found.setdefault(_name(child.tag), child)
    return found


def _text(found: dict[str, ET.Element], name: str) -> str:
    element = found.get(name)
    return (element.text or "") if element is not None else ""


def parse_wp_date(value: str, zone: tzinfo = UTC) -> datetime | None:
    """'2019-05-01 10:00:00' (in `zone`, UTC by default) -> an aware datetime in UTC;
    the empty '0000-…' -> None."""
    value = value.strip()
    if not value or value.startswith("0000"):
        return None
    try:
        parsed = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return parsed.replace(tzinfo=zone).astimezone(UTC)


def _post_date(found: dict[str, ET.Element], zone: tzinfo) -> datetime | None:
    date = parse_wp_date(_text(found, "wp:post_date_gmt"))
    if date is None and _text(found, "pubDate").strip():
        try:
            date = parsedate_to_datetime(_text(found, "pubDate")).astimezone(UTC)
        except (TypeError, ValueError):
            date = None
    # A draft has no GMT date; its local date, in the site's time zone, is the best there is.
    return date or parse_wp_date(_text(found, "wp:post_date"), zone)


def _number(found: dict[str, ET.Element], name: str, where: str, *, required: bool) -> int:
    raw = _text(found, name).strip()
    if not raw:
        if required:
            raise BadElement(where, f"<{name}>", "missing")
        return 0
    try:
        return int(raw)
    except ValueError:
        raise BadElement(where, f"<{name}>", f"is {raw!r}, not a number") from None


def _short_key(kind: str, value: str) -> str:
    """A key that fits the record of where things came from (200 characters)."""
    key = f"{kind}:{value}"
    if len(key) <= 190:
        return key
    return f"{kind}:sha256:{hashlib.sha256(value.encode()).hexdigest()[:40]}"


def _comment(element: ET.Element, where: str, post: Post, zone: tzinfo) -> Comment:
    found = _children(element)
    comment_id = _number(found, "wp:comment_id", where, required=False)
    date = parse_wp_date(_text(found, "wp:comment_date_gmt")) or parse_wp_date(
        _text(found, "wp:comment_date"), zone
    )
    if date is None:
        if post.date is None:
            raise BadElement(where, "<wp:comment_date_gmt>", "missing, and so is <wp:comment_date>")
        date = post.date
    author = _text(found, "wp:comment_author").strip()
    content = _text(found, "wp:comment_content")
    if comment_id:
        key = str(comment_id)
    else:  # the same comment gets the same key on every run
        digest = hashlib.sha256(f"{author}\n{date.isoformat()}\n{content}".encode()).hexdigest()
        key = f"{post.key}#{digest[:20]}"
    return Comment(
        key=key,
        id=comment_id,
        parent_id=_number(found, "wp:comment_parent", where, required=False),
        author=author,
        email=_text(found, "wp:comment_author_email").strip(),
        url=_text(found, "wp:comment_author_url").strip(),
        date=date,
        content=content,
        approved=_text(found, "wp:comment_approved").strip() or "1",
        type=_text(found, "wp:comment_type").strip(),
    )


def _post(element: ET.Element, index: int, zone: tzinfo) -> Post:
    found = _children(element)
    title = _text(found, "title").strip()
    where = _where(index, title)
    post_id = _number(found, "wp:post_id", where, required=False)
    guid, link = _text(found, "guid").strip(), _text(found, "link").strip()
    if post_id:
        key = str(post_id)
    elif guid or link:
        key = _short_key("guid", guid) if guid else _short_key("link", link)
    else:
        raise BadElement(where, "<wp:post_id>", "missing, and no <guid> or <link> to know it by")
    date = _post_date(found, zone)
    post = Post(
        index=index,
        key=key,
        id=post_id,
        title=title,
        link=link,
        guid=guid,
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
            try:
                post.comments.append(_comment(child, f"{where}, comment {position}", post, zone))
            except BadElement as bad:
                post.problems.append(bad.problem)
    return post


def _author(element: ET.Element) -> Author:
    found = _children(element)
    login = _text(found, "wp:author_login").strip()
    if not login:
        raise BadElement("an author", "<wp:author_login>", "missing")
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


def read(
    source: str | IO[bytes], *, local_tz: tzinfo = UTC
) -> Iterator[Channel | Author | Term | Post | Problem]:
    """Yield the channel, then authors, terms and posts (or the `Problem` of an item
    that cannot be read), in file order. Local dates are read in `local_tz`."""
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
                if not version:
                    version = _version(element.tag)
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
                try:
                    yield _post(element, items, local_tz)
                except BadElement as bad:
                    yield bad.problem
            elif name == "wp:author":
                try:
                    yield _author(element)
                except BadElement as bad:
                    yield bad.problem
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


def _version(tag: str) -> str:
    """'{https://wordpress.org/export/1.2/}post_id' -> '1.2'; '' for other tags."""
    for prefix in WP_PREFIXES:
        if tag.startswith("{" + prefix):
            return tag[1 + len(prefix) :].split("/", 1)[0]
    return ""


def _channel(element: ET.Element, version: str) -> Channel:
    found = _children(element)
    return Channel(
        title=_text(found, "title").strip(),
        link=_text(found, "link").strip(),
        base_site_url=(_text(found, "wp:base_site_url") or _text(found, "link")).strip(),
        version=_text(found, "wp:wxr_version").strip() or version,
    )
