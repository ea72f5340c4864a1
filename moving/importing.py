"""Moving in: WordPress (WXR) and Disqus exports into Afterword.

The parsers (`moving.wxr`, `moving.disqus`) read the files; this module turns
what they yield into columnists, topics and answers (through `column.services`)
and comments (through `discussion.services.import_comments`, the one door for
imported comments: screen, tree, counts). Every imported thing leaves a
`SourceRecord`, so running an import again updates and adds, never duplicates.

Callers run an import inside one transaction: a file that cannot be read
leaves the database as it was. In a WordPress file, one item that cannot be
imported is left out (a line in the summary says which and why) and the rest
come in, unless the import is strict.
"""

from __future__ import annotations

import copy
import json
import re
import tempfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO
from urllib.parse import unquote, urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from column.models import Answer, Columnist
from column.services import import_answer, import_columnist, import_topic
from discussion.importing import ImportResult, ImportRow, import_comments
from discussion.models import Comment
from moving import disqus, wxr
from moving.html import html_to_text
from moving.layouts import short_bio, split_credentials, split_post
from moving.models import Redirect, SourceRecord, redirect_key
from moving.progress import Progress

ANONYMOUS = "Anonymous"
PEN_NAME_MAX = 80
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# WordPress files every post under "Uncategorized" by default: that is not a topic.
_NOT_TOPICS = {"uncategorized"}


class ImportFailed(Exception):
    """An import stopped; the message names the element that failed."""


@dataclass
class Summary:
    answers_created: int = 0
    answers_updated: int = 0
    columnists_created: int = 0
    topics: int = 0
    comments_created: int = 0
    comments_updated: int = 0
    statuses: Counter = field(default_factory=Counter)  # status -> comments created
    flagged: int = 0
    orphans: int = 0
    flattened: int = 0
    redirects: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    unmatched_threads: list[str] = field(default_factory=list)
    matched: Counter = field(default_factory=Counter)  # "url" / "identifier" -> threads
    layouts: Counter = field(default_factory=Counter)  # layout -> posts (WordPress)
    problems: list[str] = field(default_factory=list)  # what was left out, and why

    @property
    def held(self) -> int:
        return self.statuses[Comment.Status.PENDING]

    def add(self, result: ImportResult) -> None:
        self.comments_created += result.created
        self.comments_updated += result.updated
        self.statuses.update(result.statuses)
        self.flagged += result.flagged
        self.orphans += result.orphans
        self.flattened += result.flattened
        if result.duplicates:
            self.skipped["duplicate comment ids"] += result.duplicates

    def lines(self) -> list[str]:
        out = [
            f"answers: {self.answers_created} new, {self.answers_updated} updated",
            f"comments: {self.comments_created} new, {self.comments_updated} updated"
            + (
                " ("
                + ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items()))
                + ")"
                if self.statuses
                else ""
            ),
            f"held for moderators: {self.held}",
            f"flagged (crisis level 4+, left as they were): {self.flagged}",
            f"skipped: {sum(self.skipped.values())}"
            + (
                " (" + ", ".join(f"{n} {why}" for why, n in sorted(self.skipped.items())) + ")"
                if self.skipped
                else ""
            ),
            f"replies whose parent was missing, kept as top-level comments: {self.orphans}",
            f"replies deeper than the thread allows, attached at the deepest level: "
            f"{self.flattened}",
        ]
        if self.columnists_created or self.topics:
            out.append(f"columnists created: {self.columnists_created}, topics: {self.topics}")
        if self.redirects:
            out.append(f"old addresses redirected: {self.redirects}")
        if self.matched:
            out.append(
                "threads matched: "
                + ", ".join(f"{n} by {how}" for how, n in sorted(self.matched.items()))
            )
        if self.layouts:
            out.append(
                "posts read as: "
                + ", ".join(f"{n} {layout}" for layout, n in sorted(self.layouts.items()))
            )
        if self.problems:
            out.append(f"left out because they could not be read or stored: {len(self.problems)}")
            out.extend(f"  - {line}" for line in self.problems)
        if self.unmatched_threads:
            out.append(f"threads not matched to an answer: {len(self.unmatched_threads)}")
            out.extend(f"  - {thread}" for thread in self.unmatched_threads)
        return out


# --- Shared steps -------------------------------------------------------------------------


def _records(source: str, kind: str, keys) -> dict[str, int]:
    keys = list({k for k in keys if k})
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        found.update(
            SourceRecord.objects.filter(source=source, kind=kind, source_id__in=chunk).values_list(
                "source_id", "object_id"
            )
        )
    return found


def _remember(source: str, kind: str, ids: dict[str, int], keys) -> None:
    SourceRecord.objects.bulk_create(
        [SourceRecord(source=source, kind=kind, source_id=k, object_id=ids[k]) for k in keys],
        batch_size=500,
    )


def _remember_one(source: str, kind: str, key: str, object_id: int) -> None:
    SourceRecord.objects.update_or_create(
        source=source, kind=kind, source_id=key, defaults={"object_id": object_id}
    )


def import_thread(
    summary: Summary, source: str, answer: Answer, rows: list[ImportRow]
) -> ImportResult:
    """Import one answer's comments; keys already imported under another answer are
    duplicates of something else in the file (or an earlier file) and are skipped."""
    known = _records(source, "comment", [r.key for r in rows] + [r.parent_key for r in rows])
    mine = set(
        Comment.objects.filter(pk__in=known.values(), answer=answer).values_list("pk", flat=True)
    )
    elsewhere = {key for key, pk in known.items() if pk not in mine}
    if elsewhere:
        kept = [r for r in rows if r.key not in elsewhere]
        summary.skipped["duplicate comment ids"] += len(rows) - len(kept)
        rows = kept
    existing = {key: pk for key, pk in known.items() if pk in mine}
    result = import_comments(answer, rows, existing=existing)
    _remember(source, "comment", result.ids, result.new_keys)
    summary.add(result)
    return result


def pen_name(*candidates: str) -> str:
    for candidate in candidates:
        name = " ".join((candidate or "").split())
        if name:
            return name[:PEN_NAME_MAX]
    return ANONYMOUS


def clean_email(value: str) -> str:
    value = (value or "").strip().lower()
    return value if len(value) <= 254 and _EMAIL.match(value) else ""


def unique_slug(model, wanted: str, fallback: str, *, exclude_pk=None, max_length=120) -> str:
    base = (slugify(wanted, allow_unicode=False) or fallback)[:max_length].strip("-") or fallback
    slug = base
    others = model.objects.exclude(pk=exclude_pk) if exclude_pk else model.objects.all()
    counter = 2
    while others.filter(slug=slug).exists():
        suffix = f"-{counter}"
        slug = base[: max_length - len(suffix)] + suffix
        counter += 1
    return slug


def add_redirects(summary: Summary, answer: Answer, urls: list[str]) -> None:
    target = answer.get_absolute_url()
    keys = dict.fromkeys(redirect_key(url) for url in urls if url)
    for key in keys:
        if key in ("/", redirect_key(target)):
            continue  # never send the home page away, never point a page at itself
        Redirect.objects.update_or_create(old_path=key[:500], defaults={"new_url": target})
        summary.redirects += 1


# --- WordPress ------------------------------------------------------------------------------

_COMMENT_STATUS = {
    "1": Comment.Status.PUBLISHED,
    "approve": Comment.Status.PUBLISHED,
    "0": Comment.Status.PENDING,
    "hold": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
    "trash": Comment.Status.REJECTED,
    "post-trashed": Comment.Status.REJECTED,
}
_PUBLISHED_POSTS = {"publish", "future"}
_DRAFT_POSTS = {"draft", "pending", "private"}
PLACEHOLDER_CREDENTIALS = "Columnist"  # what column.services.import_columnist writes


class WxrImport:
    """One run of a WXR import (call inside a transaction).

    Each item is imported in a savepoint of its own: an item that cannot be
    read or stored is left out with a line in the summary, and the others go
    on. With `strict`, the first such item stops the whole import instead.
    `layout` is one of `moving.layouts.LAYOUTS` ("auto" tries them in turn).
    """

    def __init__(self, summary: Summary | None = None, *, layout="auto", strict=False):
        self.summary = summary or Summary()
        self.layout = layout
        self.strict = strict
        self.source = "wxr"
        self.authors: dict[str, wxr.Author] = {}
        self.terms: dict[tuple[str, str], wxr.Term] = {}
        self.columnists: dict[str, Columnist] = {}
        self.topics: dict[str, object] = {}
        self.seen_posts: set[str] = set()

    def run(self, file: IO[bytes], progress: Progress | None = None) -> Summary:
        stream = progress or file
        for thing in wxr.read(stream, local_tz=timezone.get_default_timezone()):
            if isinstance(thing, wxr.Channel):
                site = thing.base_site_url or thing.link
                self.source = f"wxr:{site.rstrip('/')}"[:200]
            elif isinstance(thing, wxr.Author):
                self.authors[thing.login] = thing
            elif isinstance(thing, wxr.Term):
                self.terms[(thing.taxonomy, thing.slug)] = thing
            elif isinstance(thing, wxr.Problem):
                self.left_out(str(thing))
            else:
                self.item(thing)
            if progress is not None:
                progress.update(self.counts())
        if progress is not None:
            progress.finish(self.counts())
        s = self.summary
        if s.problems and not (s.answers_created or s.answers_updated):
            lines = "\n".join(f"  - {line}" for line in s.problems)
            raise ImportFailed(f"nothing in the file could be imported:\n{lines}\n")
        return self.summary

    def left_out(self, line: str) -> None:
        if self.strict:
            raise ImportFailed(f"{line} (--strict: one bad item stops the import)")
        self.summary.problems.append(line)

    def item(self, post: wxr.Post) -> None:
        """Import one post in a savepoint; a failure undoes only this post."""
        kept = (dict(self.columnists), dict(self.topics), set(self.seen_posts))
        before = copy.deepcopy(self.summary)
        try:
            with transaction.atomic():
                self.post(post)
        except Exception as exc:  # noqa: BLE001 - reported, and the import goes on
            if self.strict:
                raise ImportFailed(f"{post.where}: {exc}") from exc
            self.columnists, self.topics, self.seen_posts = kept
            self.summary = before
            self.left_out(f"{post.where}, not stored: {exc}")
            return
        for problem in post.problems:
            self.left_out(f"{problem} (the comment was left out)")

    def counts(self) -> str:
        s = self.summary
        answers = s.answers_created + s.answers_updated
        return f"{answers} answers, {s.comments_created + s.comments_updated} comments"

    def columnist(self, login: str) -> Columnist:
        login = login or "editor"
        if login in self.columnists:
            return self.columnists[login]
        author = self.authors.get(login)
        name, credentials = split_credentials(author.display_name if author else login)
        known = _records(self.source, "columnist", [login])
        columnist = Columnist.objects.filter(pk__in=known.values()).first()
        if columnist is None:
            columnist = Columnist.objects.filter(slug=slugify(login)).first()
        if columnist is None:
            slug = unique_slug(Columnist, login, "columnist", max_length=50)
            profile = {"credentials": credentials[:160]} if credentials else {}
            columnist = import_columnist(None, slug=slug, display_name=name[:120], **profile)
            self.summary.columnists_created += 1
        elif credentials and columnist.credentials in ("", PLACEHOLDER_CREDENTIALS):
            # Imported before credentials were told apart from the name: tell them now.
            display = name[:120] if author and columnist.display_name == author.display_name else ""
            columnist = import_columnist(
                columnist,
                slug=columnist.slug,
                display_name=display or columnist.display_name,
                credentials=credentials[:160],
            )
        _remember_one(self.source, "columnist", login, columnist.pk)
        self.columnists[login] = columnist
        return columnist

    def give_bio(self, columnist: Columnist, bio: str) -> None:
        """The bio paragraph of a post becomes the columnist's bio if they have none."""
        if not bio or columnist.bio.strip():
            return
        fields = {"bio": bio}
        if not columnist.short_bio.strip():
            credentials = columnist.credentials
            if credentials == PLACEHOLDER_CREDENTIALS:
                credentials = ""
            fields["short_bio"] = short_bio(bio, columnist.display_name, credentials)
        import_columnist(
            columnist, slug=columnist.slug, display_name=columnist.display_name, **fields
        )

    def topic_list(self, post: wxr.Post) -> list:
        found = []
        for term in post.terms:
            slug = slugify(term.slug or term.name)
            if not slug or slug in _NOT_TOPICS:
                continue
            if slug not in self.topics:
                described = self.terms.get((term.taxonomy, term.slug))
                self.topics[slug] = import_topic(
                    slug[:50], term.name or slug, described.description if described else ""
                )
                self.summary.topics += 1
            if self.topics[slug] not in found:
                found.append(self.topics[slug])
        return found

    def post(self, post: wxr.Post) -> None:
        summary = self.summary
        if post.post_type != "post":
            summary.skipped[f"{post.post_type} items (not posts)"] += 1
            return
        if post.status not in _PUBLISHED_POSTS | _DRAFT_POSTS:
            summary.skipped[f"{post.status} posts"] += 1
            return
        if post.key in self.seen_posts:
            summary.skipped["duplicate post ids"] += 1
            return
        self.seen_posts.add(post.key)

        known = _records(self.source, "answer", [post.key])
        answer = Answer.objects.filter(pk__in=known.values()).first()
        created = answer is None
        answer = answer or Answer()
        columnist = self.columnist(post.creator)
        parts = split_post(
            post.content, post.excerpt, author=columnist.display_name, layout=self.layout
        )
        summary.layouts[parts.layout] += 1
        fallback = f"post-{post.id}" if post.id else f"post-{post.index}"
        answer.title = (post.title or f"Untitled ({post.id or post.index})")[:200]
        answer.slug = unique_slug(
            Answer, unquote(post.slug) or post.title, fallback, exclude_pk=answer.pk
        )
        answer.columnist = columnist
        answer.question = parts.question
        answer.pen_name = parts.pen_name[:PEN_NAME_MAX] or ("A reader" if parts.question else "")
        answer.body = parts.body
        answer.sign_off = parts.sign_off[:200]
        answer.summary = " ".join(html_to_text(post.excerpt).split())[:300]
        date = post.date or timezone.now()
        published = post.status in _PUBLISHED_POSTS
        import_answer(
            answer,
            published=published,
            published_at=date if published else None,
            created_at=date,
            topics=self.topic_list(post),
        )
        self.give_bio(columnist, parts.bio)
        _remember_one(self.source, "answer", post.key, answer.pk)
        if created:
            summary.answers_created += 1
        else:
            summary.answers_updated += 1
        old = [post.link, post.guid] + ([f"/?p={post.id}"] if post.id else [])
        add_redirects(summary, answer, old)
        self.comments(answer, post)

    def comments(self, answer: Answer, post: wxr.Post) -> None:
        rows = []
        for comment in post.comments:
            if comment.is_ping:
                self.summary.skipped["pingbacks and trackbacks"] += 1
                continue
            status = _COMMENT_STATUS.get(comment.approved.lower())
            if status is None:
                self.summary.skipped[f"comments marked {comment.approved!r}"] += 1
                continue
            rows.append(
                ImportRow(
                    key=comment.key,
                    parent_key=str(comment.parent_id) if comment.parent_id else "",
                    pen_name=pen_name(comment.author),
                    email=clean_email(comment.email),
                    body=html_to_text(comment.content),
                    created_at=comment.date,
                    status=status,
                )
            )
        if rows:
            import_thread(self.summary, self.source, answer, rows)


# --- Disqus -----------------------------------------------------------------------------------

_ANSWER_PATH = re.compile(r"^/answers/([-a-zA-Z0-9_]+)/?$")


def _answer_for_url(url: str) -> Answer | None:
    if not url:
        return None
    path = urlsplit(url.strip()).path
    for candidate in (path, Redirect.target_for(url) or ""):
        match = _ANSWER_PATH.match(urlsplit(candidate).path)
        if match:
            answer = Answer.objects.filter(slug=match.group(1)).first()
            if answer is not None:
                return answer
    return None


def _answer_for_identifier(identifier: str) -> Answer | None:
    for token in identifier.split():
        if token.isdigit():
            records = SourceRecord.objects.filter(
                Q(source__startswith="wxr:") | Q(source="wxr"), kind="answer", source_id=token
            ).values_list("object_id", flat=True)[:2]
            if len(records) == 1:
                return Answer.objects.filter(pk=records[0]).first()
        elif token.startswith(("http://", "https://", "/")):
            if answer := _answer_for_url(token):
                return answer
        elif answer := Answer.objects.filter(slug=slugify(token)).first():
            return answer
    return None


def match_thread(thread: disqus.Thread) -> tuple[Answer | None, str]:
    """The answer a Disqus thread belongs to, and how it was found."""
    if answer := _answer_for_url(thread.link):
        return answer, "url"
    if answer := _answer_for_identifier(thread.identifier):
        return answer, "identifier"
    return None, ""


def _disqus_status(post: disqus.Post) -> str:
    if post.is_spam:
        return Comment.Status.SPAM
    if post.is_deleted:
        return Comment.Status.REMOVED
    if not post.is_approved:
        return Comment.Status.PENDING
    return Comment.Status.PUBLISHED


class DisqusImport:
    """One run of a Disqus import (call inside a transaction).

    Posts are not grouped by thread in a Disqus file, so each is written to a
    temporary spool as it is read, and only their positions are kept per
    thread; a thread's posts are read back together once the file is done.
    """

    source = "disqus"

    def __init__(self, summary: Summary | None = None):
        self.summary = summary or Summary()

    def run(self, file: IO[bytes], progress: Progress | None = None) -> Summary:
        threads: dict[str, disqus.Thread] = {}
        positions: dict[str, array] = {}
        posts = 0
        with tempfile.TemporaryFile() as spool:
            for thing in disqus.read(progress or file):
                if isinstance(thing, disqus.Thread):
                    threads[thing.id] = thing
                    continue
                row = ImportRow(
                    key=thing.id,
                    parent_key=thing.parent_id,
                    pen_name=pen_name(thing.author_name, thing.author_username),
                    email=clean_email(thing.author_email),
                    body=html_to_text(thing.message),
                    created_at=thing.created_at,
                    status=_disqus_status(thing),
                )
                positions.setdefault(thing.thread_id, array("q")).append(spool.tell())
                spool.write(_dump(row))
                posts += 1
                if progress is not None:
                    progress.update(f"{len(threads)} threads, {posts} posts read")
            if progress is not None:
                progress.finish(f"{len(threads)} threads, {posts} posts read")
            for thread_id, offsets in positions.items():
                self.thread(threads.get(thread_id), thread_id, [_load(spool, o) for o in offsets])
        for thread_id, thread in threads.items():
            if thread_id not in positions and not match_thread(thread)[0]:
                self.summary.unmatched_threads.append(_describe(thread) + " (no comments)")
        return self.summary

    def thread(self, thread: disqus.Thread | None, thread_id: str, rows: list[ImportRow]):
        answer, how = match_thread(thread) if thread else (None, "")
        if answer is None:
            described = _describe(thread) if thread else f"dsq:id {thread_id} (not in the file)"
            self.summary.unmatched_threads.append(f"{described}: {len(rows)} comments")
            self.summary.skipped["comments of unmatched threads"] += len(rows)
            return
        self.summary.matched[how] += 1
        import_thread(self.summary, self.source, answer, rows)


def _describe(thread: disqus.Thread) -> str:
    parts = [thread.title or "(untitled)", thread.link or "", thread.identifier or ""]
    return " · ".join(p for p in parts if p) + f" [dsq:id {thread.id}]"


def _dump(row: ImportRow) -> bytes:
    data = [row.key, row.parent_key, row.pen_name, row.email, row.body]
    data += [row.created_at.astimezone(UTC).isoformat(), row.status]
    return json.dumps(data, ensure_ascii=False).encode() + b"\n"


def _load(spool, offset: int) -> ImportRow:
    spool.seek(offset)
    key, parent_key, name, email, body, created_at, status = json.loads(spool.readline())
    return ImportRow(
        key=key,
        parent_key=parent_key,
        pen_name=name,
        email=email,
        body=body,
        created_at=datetime.fromisoformat(created_at),
        status=status,
    )
