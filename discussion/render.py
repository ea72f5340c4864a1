"""The thread as HTML, built in Python.

This is the one hot loop of the site: a page may hold a thousand comments, and
Django's template engine spends most of its time resolving variables in it.
Building each comment from already-escaped pieces is several times faster and
produces the same markup the rest of the page's templates use.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from discussion import services
from discussion.thread import Node
from safety import copy

# The pen name was verified by email: only that person can post under it.
VERIFIED = (
    ' <span class="verified" title="Verified pen name: only its owner can post under it">'
    '<span aria-hidden="true">✓</span> verified</span>'
)


def _date(value) -> str:
    return f"{value.day} {value:%b %Y}"


def _support_note() -> str:
    """The moderators' note beside a comment published with support (safety.copy)."""
    from safety.help import help_context

    context = {**help_context(None), "note": copy.text("support_note")}
    return render_to_string("discussion/_support_note.html", context)


def _names(c) -> tuple[str, str]:
    """The name shown (escaped), and what follows the "verified" mark.

    A comment claimed by a verified person (people/claims.py) shows their verified
    name, and keeps the pen name it was written with in sight: "Diane ✓ verified
    (also wrote as Dianne)", so replies "in reply to Dianne" still make sense."""
    if not c.claimed_name:
        return escape(c.pen_name), ""
    also = f' <span class="also-wrote">(also wrote as {escape(c.pen_name)})</span>'
    return escape(c.claimed_name), also


def _follow_link(c, name: str) -> str:
    """ "Tell me when NAME writes again in this discussion" (people/following.py)."""
    if c.pen_name == services.FORMER_MEMBER:
        return ""
    return (
        f' · <a class="follow-link" href="/comments/{c.pk}/follow/" rel="nofollow" '
        f'title="Tell me when {name} writes again in this discussion">Follow {name}'
        '<span class="visually-hidden"> in this discussion</span></a>'
    )


def _comment(node: Node, page_query: str, note: str = "") -> str:
    c = node.comment
    pk = c.pk
    if c.is_removed and not node.opens:
        # Removed and nobody answered it: nothing to keep a place for.
        return "</ol></li>" * len(node.closes)
    if c.is_removed:
        article = (
            f'<article aria-labelledby="c{pk}-by">'
            f'<p class="removed" id="c{pk}-by">This comment was removed by its author.</p>'
            "</article>"
        )
    else:
        name, also = _names(c)
        reply_to = ""
        if c.reply_to_id and node.depth > 1:
            reply_to = (
                f' <span class="in-reply">in reply to <a href="#c{c.reply_to_id}">'
                f"{escape(c.reply_to_name)}</a></span>"
            )
        edited = ' <span class="edited">(edited)</span>' if c.edited_at else ""
        verified = VERIFIED if c.pen_name_verified or c.claimed_name else ""
        article = (
            f'<article aria-labelledby="c{pk}-by"><header>'
            f'<span class="pen-name" id="c{pk}-by">{name}</span>{verified}{also}{reply_to} · '
            f'<a class="permalink" href="/comments/{pk}/" title="Link to this comment">'
            f'<time datetime="{c.created_at.isoformat()}">{_date(c.created_at)}</time></a>'
            f"{edited}</header>"
            f'<div class="comment-body">{c.body_html}</div>'
            f"{note if c.support_note else ''}"
            f'<footer><a class="reply-link" href="?reply={pk}{page_query}#comment-form" '
            f'data-reply="{pk}" data-reply-name="{name}">Reply'
            f'<span class="visually-hidden"> to {name}</span></a> · '
            f'<a class="report-link" href="/comments/{pk}/report/" rel="nofollow">Report'
            f'<span class="visually-hidden"> comment by {name}</span></a>'
            f"{_follow_link(c, name)}</footer>"
            "</article>"
        )
    if node.opens:
        return f'<li class="comment" id="c{pk}">{article}<ol class="replies">'
    return f'<li class="comment" id="c{pk}">{article}</li>' + "</ol></li>" * len(node.closes)


def render_thread(nodes: list[Node], page: int = 1) -> SafeString:
    """The `<li>` items of a thread page, nested as the tree is."""
    page_query = f"&amp;page={page}" if page > 1 else ""
    # Rendered once per page, and only when a comment on it was published with one.
    note = _support_note() if any(node.comment.support_note for node in nodes) else ""
    # Every piece is escaped above, and body_html was sanitised when it was written.
    return mark_safe("".join(_comment(node, page_query, note) for node in nodes))  # noqa: S308
