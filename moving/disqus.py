"""A streaming reader for Disqus XML exports. Pure Python.

A Disqus export is one `<disqus>` element holding `<category>`s, then
`<thread dsq:id>`s (the pages: link, identifier, title), then `<post dsq:id>`s
(the comments, each naming its thread and parent by `dsq:id`). `read(file)`
yields `Thread` and `Post` dataclasses in file order, dropping each element
once it is yielded.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO

# The file comes from the operator, not from the public; ElementTree never fetches
# external entities and the expat it ships with (2.4+) refuses entity-expansion bombs.

DSQ_ID = "{http://disqus.com/disqus-internals}id"


class DisqusError(ValueError):
    """The file cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class Thread:
    id: str  # dsq:id
    identifier: str  # the site's own id for the page (<id>), often empty
    link: str
    title: str


@dataclass(frozen=True)
class Post:
    index: int  # 1-based position of the <post> in the file, for messages
    id: str  # dsq:id
    thread_id: str
    parent_id: str  # "" for a top-level post
    message: str  # HTML
    created_at: datetime
    author_name: str
    author_email: str
    author_username: str
    is_deleted: bool
    is_spam: bool
    is_approved: bool = True


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for child in element:
        found.setdefault(_local(child.tag), child)
    return found


def _text(found: dict[str, ET.Element], name: str) -> str:
    element = found.get(name)
    return (element.text or "").strip() if element is not None else ""


def _flag(found: dict[str, ET.Element], name: str, default: bool = False) -> bool:
    value = _text(found, name).lower()
    return default if not value else value in {"true", "1", "yes"}


def parse_date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _thread(element: ET.Element, index: int) -> Thread:
    found = _children(element)
    thread_id = element.get(DSQ_ID, "").strip()
    if not thread_id:
        raise DisqusError(f"thread {index}: missing the dsq:id attribute")
    return Thread(
        id=thread_id,
        identifier=_text(found, "id"),
        link=_text(found, "link"),
        title=_text(found, "title"),
    )


def _post(element: ET.Element, index: int) -> Post:
    found = _children(element)
    post_id = element.get(DSQ_ID, "").strip()
    where = f"post {index}" + (f" (dsq:id {post_id})" if post_id else "")
    if not post_id:
        raise DisqusError(f"{where}: missing the dsq:id attribute")
    thread = found.get("thread")
    if thread is None or not thread.get(DSQ_ID, "").strip():
        raise DisqusError(f"{where}: missing <thread dsq:id=…>")
    created_at = parse_date(_text(found, "createdAt"))
    if created_at is None:
        raise DisqusError(f"{where}: missing or unreadable <createdAt>")
    parent = found.get("parent")
    author = _children(found["author"]) if "author" in found else {}
    return Post(
        index=index,
        id=post_id,
        thread_id=thread.get(DSQ_ID, "").strip(),
        parent_id=parent.get(DSQ_ID, "").strip() if parent is not None else "",
        message=(found["message"].text or "") if "message" in found else "",
        created_at=created_at,
        author_name=_text(author, "name"),
        author_email=_text(author, "email"),
        author_username=_text(author, "username"),
        is_deleted=_flag(found, "isDeleted"),
        is_spam=_flag(found, "isSpam"),
        is_approved=_flag(found, "isApproved", default=True),
    )


def read(source: str | IO[bytes]) -> Iterator[Thread | Post]:
    depth = 0
    root: ET.Element | None = None
    counts = {"thread": 0, "post": 0}
    try:
        events = ET.iterparse(source, events=("start", "end"))  # noqa: S314
        for event, element in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    if _local(element.tag) != "disqus":
                        raise DisqusError(
                            f"this is not a Disqus export: the root element is "
                            f"<{_local(element.tag)}>, not <disqus>"
                        )
                    root = element
                elif depth == 2 and _local(element.tag) in counts:
                    counts[_local(element.tag)] += 1
                continue
            depth -= 1
            if depth != 1 or root is None:
                continue
            name = _local(element.tag)
            if name == "thread":
                yield _thread(element, counts["thread"])
            elif name == "post":
                yield _post(element, counts["post"])
            element.clear()
            root.remove(element)
    except ET.ParseError as exc:
        line, column = exc.position
        inside = ""
        if depth >= 2:
            inside = f" (inside post {counts['post']})" if counts["post"] else ""
            if not counts["post"] and counts["thread"]:
                inside = f" (inside thread {counts['thread']})"
        reason = str(exc).split(":", 1)[0]
        raise DisqusError(
            f"the file is not well-formed XML at line {line}, column {column}{inside}: {reason}"
        ) from None
