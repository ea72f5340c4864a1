"""Moving out: the whole site as Afterword JSON, or as a WordPress (WXR 1.2) file.

Both are written as they are read from the database, one answer at a time, so
memory stays flat on a large site.

What is left out unless `include_private` is set: commenters' emails and IP
hashes, the screening and moderation notes, and every comment readers cannot
see (held, rejected, spam; a comment removed by its author stays as an empty
placeholder so replies keep their place). Letters are only written with
`include_letters`, and their emails only with `include_private` too.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TextIO

from django.apps import apps
from django.conf import settings
from django.utils import timezone

from column.models import Answer, Columnist, Letter, Topic
from discussion.models import Comment
from moving.models import Redirect

FORMAT = "afterword"
VERSION = 1

_PUBLIC_COMMENT_FIELDS = [
    "id",
    "parent_id",
    "reply_to_id",
    "reply_to_name",
    "pen_name",
    "body",
    "status",
    "created_at",
    "edited_at",
]
_PRIVATE_COMMENT_FIELDS = ["email", "ip_hash", "crisis_level", "screening", "held_for"]
_PRIVATE_COMMENT_FIELDS += ["moderated_at"]


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _comments(answer_id: int, include_private: bool):
    comments = Comment.objects.filter(answer_id=answer_id).order_by("created_at", "pk")
    if not include_private:
        comments = comments.filter(status__in=Comment.SHOWN_STATUSES)
    fields = _PUBLIC_COMMENT_FIELDS + (_PRIVATE_COMMENT_FIELDS if include_private else [])
    for row in comments.values(*fields):
        if row["status"] == Comment.Status.REMOVED and not include_private:
            row["body"] = ""
        yield row


def _comment_json(row: dict) -> dict:
    out = {
        "id": row["id"],
        "parent": row["parent_id"],
        "reply_to": row["reply_to_id"],
        "reply_to_name": row["reply_to_name"],
        "pen_name": row["pen_name"],
        "body": row["body"],
        "status": row["status"],
        "created_at": _iso(row["created_at"]),
        "edited_at": _iso(row["edited_at"]),
    }
    for name in _PRIVATE_COMMENT_FIELDS:
        if name in row:
            value = row[name]
            out[name] = _iso(value) if isinstance(value, datetime) else value
    return out


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def export_json(out: TextIO, *, include_private: bool = False, include_letters: bool = False):
    """Write the site as one JSON document with one record per line."""
    header = {
        "format": FORMAT,
        "version": VERSION,
        "site": {"name": settings.SITE_NAME, "url": settings.SITE_URL},
        "exported_at": _iso(timezone.now()),
        "private": include_private,
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{_dump(key)}: {_dump(value)},\n")

    def write_list(name: str, records, last: bool = False) -> None:
        out.write(f"{_dump(name)}: [")
        first = True
        for record in records:
            out.write(("\n" if first else ",\n") + _dump(record))
            first = False
        out.write("\n]" + ("\n" if last else ",\n"))

    write_list(
        "columnists",
        Columnist.objects.order_by("pk").values(
            "slug", "display_name", "credentials", "location", "specialties", "short_bio", "bio"
        ),
    )
    write_list("topics", Topic.objects.order_by("pk").values("slug", "name", "description"))
    if include_letters:
        write_list("letters", (_letter_json(x, include_private) for x in _letters()))
    if include_private and apps.is_installed("circles"):
        from circles.exporting import records  # private groups: never in a public export

        write_list("circles", records())
    write_list(
        "redirects", Redirect.objects.order_by("pk").values("old_path", "new_url").iterator()
    )
    write_list(
        "answers",
        (_answer_json(a, include_private, include_letters) for a in _answers()),
        last=True,
    )
    out.write("}\n")


def _letters():
    return Letter.objects.order_by("pk").iterator(chunk_size=200)


def _letter_json(letter: Letter, include_private: bool) -> dict:
    out = {
        "id": letter.pk,
        "pen_name": letter.pen_name,
        "body": letter.body,
        "consent_to_publish": letter.consent_to_publish,
        "status": letter.status,
        "received_at": _iso(letter.received_at),
    }
    if include_private:
        out.update(email=letter.email, crisis_level=letter.crisis_level)
    return out


def _answers():
    return (
        Answer.objects.select_related("columnist")
        .prefetch_related("topics")
        .order_by("created_at", "pk")
        .iterator(chunk_size=100)
    )


def _answer_json(answer: Answer, include_private: bool, include_letters: bool) -> dict:
    out = {
        "id": answer.pk,
        "slug": answer.slug,
        "title": answer.title,
        "columnist": answer.columnist.slug,
        "pen_name": answer.pen_name,
        "question": answer.question,
        "body": answer.body,
        "sign_off": answer.sign_off,
        "summary": answer.summary,
        "topics": [t.slug for t in answer.topics.all()],
        "status": answer.status,
        "published_at": _iso(answer.published_at),
        "created_at": _iso(answer.created_at),
        "comment_count": answer.comment_count,
    }
    if include_letters:
        out["letter"] = answer.letter_id
    out["comments"] = [_comment_json(row) for row in _comments(answer.pk, include_private)]
    return out


# --- WordPress ----------------------------------------------------------------------------

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WP_STATUS = {
    Comment.Status.PUBLISHED: "1",
    Comment.Status.PENDING: "0",
    Comment.Status.SPAM: "spam",
    Comment.Status.REJECTED: "trash",
    Comment.Status.REMOVED: "trash",
}


def cdata(text: str) -> str:
    """Text as CDATA; a "]]>" inside is split across two sections, as WordPress does."""
    text = _NOT_XML.sub("", text or "")
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _wp_date(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if value else "0000-00-00 00:00:00"


def _post_content(answer: Answer) -> str:
    """The letter, a "— pen name" line and `<!--more-->`, then the answer and its
    sign-off: the layout `import_wxr` reads back into their places."""
    body = answer.body_html
    if answer.sign_off:
        lines = "<br>\n".join(_escape(line) for line in answer.sign_off.splitlines())
        body += f"\n<p>{lines}</p>"
    if not answer.question.strip():
        return body
    signature = f"<p>— {_escape(answer.pen_name)}</p>\n" if answer.pen_name else ""
    return f"{answer.question_html}\n{signature}<!--more-->\n{body}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_wxr(out: TextIO, *, include_private: bool = False) -> None:
    site = settings.SITE_URL
    out.write(
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        f"<!-- Exported from {_escape(settings.SITE_NAME)} (Afterword) as WordPress WXR 1.2 -->\n"
        '<rss version="2.0"\n'
        '\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"\n'
        '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '\txmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
        f"\t<title>{cdata(settings.SITE_NAME)}</title>\n\t<link>{_escape(site)}</link>\n"
        f"\t<pubDate>{format_datetime(timezone.now().astimezone(UTC))}</pubDate>\n"
        "\t<wp:wxr_version>1.2</wp:wxr_version>\n"
        f"\t<wp:base_site_url>{_escape(site)}</wp:base_site_url>\n"
        f"\t<wp:base_blog_url>{_escape(site)}</wp:base_blog_url>\n"
    )
    for number, columnist in enumerate(Columnist.objects.order_by("pk"), start=1):
        email = columnist.user.email if include_private and columnist.user else ""
        out.write(
            f"\t<wp:author><wp:author_id>{number}</wp:author_id>"
            f"<wp:author_login>{cdata(columnist.slug)}</wp:author_login>"
            f"<wp:author_email>{cdata(email)}</wp:author_email>"
            f"<wp:author_display_name>{cdata(columnist.display_name)}</wp:author_display_name>"
            "</wp:author>\n"
        )
    for topic in Topic.objects.order_by("pk"):
        out.write(
            f"\t<wp:category><wp:term_id>{topic.pk}</wp:term_id>"
            f"<wp:category_nicename>{cdata(topic.slug)}</wp:category_nicename>"
            f"<wp:category_parent>{cdata('')}</wp:category_parent>"
            f"<wp:cat_name>{cdata(topic.name)}</wp:cat_name>"
            f"<wp:category_description>{cdata(topic.description)}</wp:category_description>"
            "</wp:category>\n"
        )
    for answer in _answers():
        _write_item(out, answer, site, include_private)
    out.write("</channel>\n</rss>\n")


def _write_item(out: TextIO, answer: Answer, site: str, include_private: bool) -> None:
    published = answer.status == Answer.Status.PUBLISHED
    date = answer.published_at or answer.created_at
    out.write(
        "\t<item>\n"
        f"\t\t<title>{cdata(answer.title)}</title>\n"
        f"\t\t<link>{_escape(site + answer.get_absolute_url())}</link>\n"
        f"\t\t<pubDate>{format_datetime(date.astimezone(UTC))}</pubDate>\n"
        f"\t\t<dc:creator>{cdata(answer.columnist.slug)}</dc:creator>\n"
        f'\t\t<guid isPermaLink="false">{_escape(site)}/?p={answer.pk}</guid>\n'
        f"\t\t<content:encoded>{cdata(_post_content(answer))}</content:encoded>\n"
        f"\t\t<excerpt:encoded>{cdata(answer.summary)}</excerpt:encoded>\n"
        f"\t\t<wp:post_id>{answer.pk}</wp:post_id>\n"
        f"\t\t<wp:post_date>{cdata(_wp_date(date))}</wp:post_date>\n"
        f"\t\t<wp:post_date_gmt>{cdata(_wp_date(date if published else None))}"
        "</wp:post_date_gmt>\n"
        f"\t\t<wp:post_name>{cdata(answer.slug)}</wp:post_name>\n"
        f"\t\t<wp:status>{cdata('publish' if published else 'draft')}</wp:status>\n"
        "\t\t<wp:post_type>post</wp:post_type>\n"
    )
    for topic in answer.topics.all():
        out.write(
            f'\t\t<category domain="category" nicename="{_escape(topic.slug)}">'
            f"{cdata(topic.name)}</category>\n"
        )
    for row in _comments(answer.pk, include_private):
        parent = row["reply_to_id"] or row["parent_id"] or 0
        out.write(
            "\t\t<wp:comment>\n"
            f"\t\t\t<wp:comment_id>{row['id']}</wp:comment_id>\n"
            f"\t\t\t<wp:comment_author>{cdata(row['pen_name'])}</wp:comment_author>\n"
            f"\t\t\t<wp:comment_author_email>{cdata(row.get('email', ''))}"
            "</wp:comment_author_email>\n"
            f"\t\t\t<wp:comment_date>{cdata(_wp_date(row['created_at']))}</wp:comment_date>\n"
            f"\t\t\t<wp:comment_date_gmt>{cdata(_wp_date(row['created_at']))}"
            "</wp:comment_date_gmt>\n"
            f"\t\t\t<wp:comment_content>{cdata(row['body'])}</wp:comment_content>\n"
            f"\t\t\t<wp:comment_approved>{cdata(_WP_STATUS[row['status']])}"
            "</wp:comment_approved>\n"
            f"\t\t\t<wp:comment_type>{cdata('comment')}</wp:comment_type>\n"
            f"\t\t\t<wp:comment_parent>{parent}</wp:comment_parent>\n"
            "\t\t</wp:comment>\n"
        )
    out.write("\t</item>\n")
