"""The thread as HTML, built in Python.

This is the one hot loop of the site: a page may hold a thousand comments, and
Django's template engine spends most of its time resolving variables in it.
Building each comment from already-escaped pieces is several times faster and
produces the same markup the rest of the page's templates use.

What stays the same for every comment is worked out once per render (`_Words`):
the words in the reader's language, already escaped, and the comments' addresses
from the URL configuration. Dates are shown in the site's time zone, formatted for
the language, as the templates show them, and each day is formatted only once.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import get_current_timezone
from django.utils.translation import get_language, gettext

from discussion import services
from discussion.thread import Node
from safety import copy

# Stands for a comment's id while an address is reversed once per render.
_PK = 2_147_483_647


def _address(name: str) -> str:
    """A comment's address with `{pk}` in place of its id, e.g. "/comments/{pk}/"."""
    return reverse(name, kwargs={"pk": _PK}).replace(str(_PK), "{pk}")


class _Words:
    """The thread's words and addresses, looked up once per render, escaped for HTML.

    Translations are escaped before anything a person wrote is put into them, so a
    translation can't open markup and a pen name is escaped exactly once."""

    def __init__(self) -> None:
        # The pen name was verified by email: only that person can post under it.
        owner_only = escape(gettext("Verified pen name: only its owner can post under it"))
        verified = escape(gettext("verified"))
        self.verified = (
            f' <span class="verified" title="{owner_only}">'
            f'<span aria-hidden="true">✓</span> {verified}</span>'
        )
        self.also_wrote_as = escape(gettext("(also wrote as %(name)s)"))
        self.in_reply_to = escape(gettext("in reply to %(name)s"))
        edited = escape(gettext("(edited)"))
        self.edited = f' <span class="edited">{edited}</span>'
        self.removed = escape(gettext("This comment was removed by its author."))
        self.link_title = escape(gettext("Link to this comment"))
        self.reply = escape(gettext("Reply"))
        # Translators: read by screen readers after "Reply": "Reply to NAME".
        self.reply_to = escape(gettext("to %(name)s"))
        self.report = escape(gettext("Report"))
        # Translators: read by screen readers after "Report": "Report comment by NAME".
        self.report_of = escape(gettext("comment by %(name)s"))
        self.follow_title = escape(gettext("Tell me when %(name)s writes again in this discussion"))
        self.follow = escape(gettext("Follow %(name)s"))
        # Translators: read by screen readers after "Follow NAME".
        self.follow_here = escape(gettext("in this discussion"))
        self.permalink = _address("discussion:permalink")
        self.report_url = _address("discussion:report")
        self.follow_url = _address("people:follow_person")
        self.zone = get_current_timezone()
        self.language = get_language()

    def date(self, value) -> str:
        """The day a comment was written, in the site's time zone and the reader's words."""
        return _day(value.astimezone(self.zone).date(), self.language)


@lru_cache(maxsize=20_000)
def _day(day: date, language: str) -> str:
    """A day as the templates show it (SHORT_DATE_FORMAT), formatted once per process:
    re-rendering a long thread after each post meets the same days again."""
    return escape(date_format(day, "SHORT_DATE_FORMAT"))


def _support_note() -> str:
    """The moderators' note beside a comment published with support (safety.copy)."""
    from safety.help import help_context

    context = {**help_context(None), "note": copy.text("support_note")}
    return render_to_string("discussion/_support_note.html", context)


def _names(c, words: _Words) -> tuple[str, str]:
    """The name shown (escaped), and what follows the "verified" mark.

    A comment claimed by a verified person (people/claims.py) shows their verified
    name, and keeps the pen name it was written with in sight: "Diane ✓ verified
    (also wrote as Dianne)", so replies "in reply to Dianne" still make sense."""
    if not c.claimed_name:
        return escape(c.pen_name), ""
    also = words.also_wrote_as % {"name": escape(c.pen_name)}
    return escape(c.claimed_name), f' <span class="also-wrote">{also}</span>'


def _follow_link(c, name: str, words: _Words) -> str:
    """ "Tell me when NAME writes again in this discussion" (people/following.py)."""
    if c.pen_name == services.FORMER_MEMBER:
        return ""
    named = {"name": name}
    return (
        f' · <a class="follow-link" href="{words.follow_url.format(pk=c.pk)}" rel="nofollow" '
        f'title="{words.follow_title % named}">{words.follow % named}'
        f'<span class="visually-hidden"> {words.follow_here}</span></a>'
    )


def _comment(node: Node, page_query: str, words: _Words, note: str = "") -> str:
    c = node.comment
    pk = c.pk
    if c.is_removed and not node.opens:
        # Removed and nobody answered it: nothing to keep a place for.
        return "</ol></li>" * len(node.closes)
    if c.is_removed:
        article = (
            f'<article aria-labelledby="c{pk}-by">'
            f'<p class="removed" id="c{pk}-by">{words.removed}</p>'
            "</article>"
        )
    else:
        name, also = _names(c, words)
        named = {"name": name}
        reply_to = ""
        if c.reply_to_id and node.depth > 1:
            target = f'<a href="#c{c.reply_to_id}">{escape(c.reply_to_name)}</a>'
            reply_to = f' <span class="in-reply">{words.in_reply_to % {"name": target}}</span>'
        edited = words.edited if c.edited_at else ""
        verified = words.verified if c.pen_name_verified or c.claimed_name else ""
        article = (
            f'<article aria-labelledby="c{pk}-by"><header>'
            f'<span class="pen-name" id="c{pk}-by">{name}</span>{verified}{also}{reply_to} · '
            f'<a class="permalink" href="{words.permalink.format(pk=pk)}" '
            f'title="{words.link_title}">'
            f'<time datetime="{c.created_at.isoformat()}">{words.date(c.created_at)}</time></a>'
            f"{edited}</header>"
            f'<div class="comment-body">{c.body_html}</div>'
            f"{note if c.support_note else ''}"
            f'<footer><a class="reply-link" href="?reply={pk}{page_query}#comment-form" '
            f'data-reply="{pk}" data-reply-name="{name}">{words.reply}'
            f'<span class="visually-hidden"> {words.reply_to % named}</span></a> · '
            f'<a class="report-link" href="{words.report_url.format(pk=pk)}" rel="nofollow">'
            f'{words.report}<span class="visually-hidden"> {words.report_of % named}</span></a>'
            f"{_follow_link(c, name, words)}</footer>"
            "</article>"
        )
    if node.opens:
        return f'<li class="comment" id="c{pk}">{article}<ol class="replies">'
    return f'<li class="comment" id="c{pk}">{article}</li>' + "</ol></li>" * len(node.closes)


def render_thread(nodes: list[Node], page: int = 1) -> SafeString:
    """The `<li>` items of a thread page, nested as the tree is."""
    page_query = f"&amp;page={page}" if page > 1 else ""
    words = _Words()
    # Rendered once per page, and only when a comment on it was published with one.
    note = _support_note() if any(node.comment.support_note for node in nodes) else ""
    # Every piece is escaped above, and body_html was sanitised when it was written.
    html = "".join(_comment(node, page_query, words, note) for node in nodes)
    return mark_safe(html)  # noqa: S308
