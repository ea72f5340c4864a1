"""Moving in: WordPress (WXR) and Disqus exports into Afterword.

The parsers (`moving.wxr`, `moving.disqus`) read the files; this module turns
what they yield into columnists, topics and answers (through `column.services`)
and comments (through `discussion.services.import_comments`, the one door for
imported comments: screen, tree, counts). Every imported thing leaves a
`SourceRecord`, so running an import again updates and adds, never duplicates.

Callers run an import inside one transaction: a file that fails half-way
leaves the database as it was.
"""

from __future__ import annotations

import json
import re
import tempfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO
from urllib.parse import unquote, urlsplit

from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from column.models import Answer, Columnist
from column.services import import_answer, import_columnist, import_topic
from discussion.models import Comment
from discussion.services import ImportResult, ImportRow, import_comments
from moving import disqus, wxr
from moving.html import html_to_text, split_letter
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


class WxrImport:
    """One run of a WXR import (call inside a transaction)."""

    def __init__(self, summary: Summary | None = None):
        self.summary = summary or Summary()
        self.source = "wxr"
        self.authors: dict[str, wxr.Author] = {}
        self.terms: dict[tuple[str, str], wxr.Term] = {}
        self.columnists: dict[str, Columnist] = {}
        self.topics: dict[str, object] = {}
        self.seen_posts: set[int] = set()

    def run(self, file: IO[bytes], progress: Progress | None = None) -> Summary:
        stream = progress or file
        for thing in wxr.read(stream):
            if isinstance(thing, wxr.Channel):
                site = thing.base_site_url or thing.link
                self.source = f"wxr:{site.rstrip('/')}"[:200]
            elif isinstance(thing, wxr.Author):
                self.authors[thing.login] = thing
            elif isinstance(thing, wxr.Term):
                self.terms[(thing.taxonomy, thing.slug)] = thing
            else:
                try:
                    self.post(thing)
                except (wxr.WxrError, ImportFailed):
                    raise
                except Exception as exc:
                    title = f" ({thing.title[:60]!r})" if thing.title else ""
                    raise ImportFailed(
                        f"item {thing.index}{title}, <wp:post_id> {thing.id}: {exc}"
                    ) from exc
            if progress is not None:
                progress.update(self.counts())
        if progress is not None:
            progress.finish(self.counts())
        return self.summary

    def counts(self) -> str:
        s = self.summary
        answers = s.answers_created + s.answers_updated
        return f"{answers} answers, {s.comments_created + s.comments_updated} comments"

    def columnist(self, login: str) -> Columnist:
        login = login or "editor"
        if login in self.columnists:
            return self.columnists[login]
        author = self.authors.get(login)
        display = author.display_name if author else login
        known = _records(self.source, "columnist", [login])
        columnist = Columnist.objects.filter(pk__in=known.values()).first()
        if columnist is None:
            columnist = Columnist.objects.filter(slug=slugify(login)).first()
        if columnist is None:
            slug = unique_slug(Columnist, login, "columnist", max_length=50)
            columnist = import_columnist(None, slug=slug, display_name=display[:120])
            self.summary.columnists_created += 1
        _remember_one(self.source, "columnist", login, columnist.pk)
        self.columnists[login] = columnist
        return columnist

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
        if post.id in self.seen_posts:
            summary.skipped["duplicate post ids"] += 1
            return
        self.seen_posts.add(post.id)

        key = str(post.id)
        known = _records(self.source, "answer", [key])
        answer = Answer.objects.filter(pk__in=known.values()).first()
        created = answer is None
        answer = answer or Answer()
        letter = split_letter(post.content, post.excerpt)
        answer.title = (post.title or f"Untitled ({post.id})")[:200]
        answer.slug = unique_slug(
            Answer, unquote(post.slug) or post.title, f"post-{post.id}", exclude_pk=answer.pk
        )
        answer.columnist = self.columnist(post.creator)
        answer.question = letter.question
        answer.pen_name = letter.pen_name or ("A reader" if letter.question else "")
        answer.body = letter.body
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
        _remember_one(self.source, "answer", key, answer.pk)
        if created:
            summary.answers_created += 1
        else:
            summary.answers_updated += 1
        add_redirects(summary, answer, [post.link, f"/?p={post.id}", post.guid])
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
                    key=str(comment.id),
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


# --- Afterword's own JSON export -------------------------------------------------------------


def _when(value: str | None, where: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportFailed(f"{where}: {value!r} is not a date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _need(record: dict, name: str, where: str):
    if not isinstance(record, dict) or name not in record:
        raise ImportFailed(f"{where}: missing {name!r}")
    return record[name]


class JsonImport:
    """One run of an import of `manage.py export` JSON (call inside a transaction).

    The file is read whole (it is Afterword's own, written one record per line);
    the answers and their comments then go through the same services as a
    WordPress import, so ids, tree and counts are rebuilt the same way.
    """

    def __init__(self, summary: Summary | None = None):
        self.summary = summary or Summary()

    def run(self, file: IO[bytes], progress: Progress | None = None) -> Summary:
        try:
            data = json.loads((progress or file).read().decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"the file is not UTF-8 text (byte {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise ImportFailed(
                f"the file is not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
        if not isinstance(data, dict) or data.get("format") != "afterword":
            raise ImportFailed('this is not an Afterword export (no "format": "afterword")')
        site = (data.get("site") or {}).get("url", "")
        self.source = f"json:{site}"[:200]
        columnists = {
            _need(c, "slug", f"columnists[{i}]"): self.columnist(c, i)
            for i, c in enumerate(data.get("columnists", []))
        }
        topics = {}
        for i, t in enumerate(data.get("topics", [])):
            where = f"topics[{i}]"
            slug = _need(t, "slug", where)
            topics[slug] = import_topic(slug, _need(t, "name", where), t.get("description", ""))
            self.summary.topics += 1
        letters = {
            _need(x, "id", f"letters[{i}]"): self.letter(x, i)
            for i, x in enumerate(data.get("letters", []))
        }
        for i, r in enumerate(data.get("redirects", [])):
            Redirect.objects.update_or_create(
                old_path=_need(r, "old_path", f"redirects[{i}]"),
                defaults={"new_url": _need(r, "new_url", f"redirects[{i}]")},
            )
            self.summary.redirects += 1
        answers = data.get("answers", [])
        for i, record in enumerate(answers):
            self.answer(record, i, columnists, topics, letters)
            if progress is not None:
                progress.update(f"{i + 1} of {len(answers)} answers")
        if progress is not None:
            progress.finish(f"{len(answers)} answers")
        return self.summary

    def columnist(self, record: dict, index: int) -> Columnist:
        where = f"columnists[{index}]"
        slug = _need(record, "slug", where)
        known = _records(self.source, "columnist", [slug])
        columnist = (
            Columnist.objects.filter(pk__in=known.values()).first()
            or Columnist.objects.filter(slug=slug).first()
        )
        if columnist is None:
            self.summary.columnists_created += 1
        profile = {
            name: record.get(name, "")
            for name in ("credentials", "location", "specialties", "short_bio", "bio")
        }
        columnist = import_columnist(
            columnist, slug=slug, display_name=_need(record, "display_name", where), **profile
        )
        _remember_one(self.source, "columnist", slug, columnist.pk)
        return columnist

    def letter(self, record: dict, index: int):
        from column.models import Letter
        from column.services import receive_letter

        where = f"letters[{index}]"
        key = str(_need(record, "id", where))
        known = _records(self.source, "letter", [key])
        letter = Letter.objects.filter(pk__in=known.values()).first()
        if letter is None:
            letter = receive_letter(
                pen_name=_need(record, "pen_name", where),
                email=record.get("email", ""),
                body=_need(record, "body", where),
                consent_to_publish=bool(record.get("consent_to_publish")),
                received_at=_when(_need(record, "received_at", where), where),
            ).letter
            _remember_one(self.source, "letter", key, letter.pk)
        Letter.objects.filter(pk=letter.pk).update(status=record.get("status", letter.status))
        return letter

    def answer(self, record: dict, index: int, columnists, topics, letters) -> None:
        title = record.get("title", "") if isinstance(record, dict) else ""
        where = f"answers[{index}]" + (f" ({title[:60]!r})" if title else "")
        key = str(_need(record, "id", where))
        known = _records(self.source, "answer", [key])
        answer = Answer.objects.filter(pk__in=known.values()).first()
        created = answer is None
        answer = answer or Answer()
        columnist_slug = _need(record, "columnist", where)
        if columnist_slug not in columnists:
            raise ImportFailed(f"{where}: columnist {columnist_slug!r} is not in the file")
        answer.columnist = columnists[columnist_slug]
        answer.title = _need(record, "title", where)
        answer.slug = _need(record, "slug", where)
        if Answer.objects.filter(slug=answer.slug).exclude(pk=answer.pk).exists():
            answer.slug = unique_slug(Answer, answer.slug, f"answer-{key}", exclude_pk=answer.pk)
        answer.pen_name = record.get("pen_name", "")
        answer.question = record.get("question", "")
        answer.body = _need(record, "body", where)
        answer.summary = record.get("summary", "")
        answer.letter = letters.get(record.get("letter"))
        missing = [t for t in record.get("topics", []) if t not in topics]
        if missing:
            raise ImportFailed(f"{where}: topics {missing} are not in the file")
        import_answer(
            answer,
            published=_need(record, "status", where) == Answer.Status.PUBLISHED,
            published_at=_when(record.get("published_at"), where),
            created_at=_when(_need(record, "created_at", where), where) or timezone.now(),
            topics=[topics[t] for t in record.get("topics", [])],
        )
        _remember_one(self.source, "answer", key, answer.pk)
        if created:
            self.summary.answers_created += 1
        else:
            self.summary.answers_updated += 1
        rows = [
            self.comment_row(c, f"{where}, comments[{i}]")
            for i, c in enumerate(record.get("comments", []))
        ]
        if rows:
            import_thread(self.summary, self.source, answer, rows)

    def comment_row(self, record: dict, where: str) -> ImportRow:
        target = record.get("reply_to") or record.get("parent")
        status = _need(record, "status", where)
        if status not in Comment.Status.values:
            raise ImportFailed(f"{where}: unknown status {status!r}")
        return ImportRow(
            key=str(_need(record, "id", where)),
            parent_key=str(target) if target else "",
            pen_name=pen_name(_need(record, "pen_name", where)),
            email=record.get("email", "") or "",
            body=record.get("body", "") or "",
            created_at=_when(_need(record, "created_at", where), where),
            status=status,
            edited_at=_when(record.get("edited_at"), where),
            held_for=tuple(record.get("held_for") or ()),
        )
