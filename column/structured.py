"""schema.org JSON-LD for answer pages: the article and its visible comment tree."""

from __future__ import annotations

import json

from django.utils.safestring import SafeString, mark_safe

from column.models import Answer
from discussion.thread import Node

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _comment(node: Node, base: str) -> dict:
    c = node.comment
    data = {
        "@type": "Comment",
        "author": {"@type": "Person", "name": c.pen_name},
        "dateCreated": c.created_at.isoformat(),
        "text": "" if c.is_removed else c.body,
        "url": f"{base}#{c.anchor}",
    }
    if node.replies:
        data["comment"] = [_comment(reply, base) for reply in node.replies]
    return data


def comments_json_ld(answer: Answer, roots: list[Node], site_url: str) -> str:
    """The page's comment tree as a JSON array, escaped for a script element."""
    url = site_url + answer.get_absolute_url()
    return _escaped([_comment(node, url) for node in roots])


def answer_json_ld(answer: Answer, comments: str, site_url: str) -> SafeString:
    """The article, with `comments` (comments_json_ld: kept with the thread's HTML)."""
    columnist = answer.columnist
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": answer.title,
        "url": site_url + answer.get_absolute_url(),
        "datePublished": answer.published_at.isoformat() if answer.published_at else None,
        "dateModified": answer.updated_at.isoformat(),
        "author": {
            "@type": "Person",
            "name": columnist.display_name,
            "jobTitle": columnist.credentials,
            "url": site_url + columnist.get_absolute_url(),
        },
        "about": [topic.name for topic in answer.topics.all()],
        "commentCount": answer.comment_count,
    }
    # An object's JSON ends with its closing brace: the comments go in just before it.
    article = _escaped(data)
    return mark_safe(f'{article[:-1]}, "comment": {comments}}}')  # noqa: S308


def _escaped(data) -> str:
    # Escaping <, > and & keeps a hostile comment from closing the script element.
    return json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
