"""The one path a comment takes into the house, and the staff actions on it.

Views, commands and importers all call these functions, so no comment can skip
the safety screen, the moderation rules or the bookkeeping of counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from afterword.text import clean_line, clean_text, plain_to_html
from column.models import Answer
from discussion.models import Comment, path_segment
from people import services as people
from safety import cases, rules
from safety.models import CrisisCase
from safety.redaction import redact_text
from safety.screen import screen


class NeedsPrivacyCheck(Exception):
    """The text names people, places or contacts: the poster confirms before publishing."""

    def __init__(self, findings: list[dict]):
        super().__init__("privacy check")
        self.findings = findings


@dataclass(frozen=True)
class Posted:
    comment: Comment
    reasons: tuple[str, ...]  # why it was held; empty when published

    @property
    def held(self) -> bool:
        return self.comment.status == Comment.Status.PENDING


def _placement(answer: Answer, parent_id: int | None) -> tuple[Comment | None, Comment | None]:
    """Return (tree parent, replied-to comment) for a reply, or raise ValidationError."""
    if not parent_id:
        return None, None
    target = (
        Comment.objects.filter(pk=parent_id, answer=answer)
        .only("pk", "answer_id", "parent_id", "depth", "path", "root_id", "pen_name", "status")
        .first()
    )
    if target is None or target.status != Comment.Status.PUBLISHED:
        raise ValidationError(
            "The comment you were replying to is no longer available. Your words are still "
            "here — you can post them as a new comment.",
            code="parent",
        )
    parent = target
    if target.depth >= settings.COMMENTS_MAX_DEPTH:
        # At the deepest level, replies sit beside what they answer, not below it.
        parent = Comment.objects.only("pk", "depth", "path", "root_id").get(pk=target.parent_id)
    return parent, target


def _comments_since(since, **who):
    """Comments someone posted since then (for the rate limits)."""
    return Comment.objects.filter(created_at__gte=since, **who)


def _ask(answer: Answer, questions: dict) -> dict:
    """The answers to `Exists`/`Subquery` questions, in one query.

    A SELECT needs a row to select from: the answer being commented on gives one. An
    answer deleted since it was loaded gives none, and the post is refused.
    """
    try:
        return Answer.objects.values(**questions).get(pk=answer.pk)
    except Answer.DoesNotExist:
        raise ValidationError("This answer isn't open for comments.", code="answer") from None


def _place(comment: Comment, parent: Comment | None) -> None:
    """Set the comment's tree path and conversation from its id and its parent."""
    own = path_segment(comment.pk)
    comment.path = f"{parent.path}/{own}" if parent else own
    comment.root_id = parent.root_id if parent else comment.pk


def post_comment(
    *,
    answer: Answer,
    pen_name: str,
    email: str,
    body: str,
    parent_id: int | None = None,
    ip_hash: str = "",
    privacy_confirmed: bool = True,
    honeypot: bool = False,
    created_at=None,
    status: str | None = None,
    notify_replies: bool = True,
    follow_thread: bool = False,
    screening=None,
) -> Posted:
    """Screen, decide and store a comment in one transaction.

    Raises ValidationError (a refusal, a bad reply target, a pen name verified
    by someone else) or NeedsPrivacyCheck; the caller gives the text back in
    either case. `status` may be forced by importers and the demo loader; the
    screen still runs and is stored, and nobody is emailed. A live post asks
    people.services to confirm the poster's email and to tell those waiting for it.
    `screening` is the screen's verdict on this same text when the caller already
    has it (the view's, from safety.help), so the text is not screened twice.
    """
    if not answer.is_live:
        raise ValidationError("This answer isn't open for comments.", code="answer")
    # Forms clean text already; importers and scripts come here directly.
    body, pen_name = clean_text(body), clean_line(pen_name)
    parent, target = _placement(answer, parent_id)
    live = status is None and not honeypot
    # Everything the rules and the pen-name check need to know, in one query.
    questions = people.poster_questions(pen_name=pen_name, email=email)
    questions |= rules.history_questions(email=email)
    if live:
        questions |= rules.refusal_questions(
            pen_name=pen_name, email=email, ip_hash=ip_hash, recent=_comments_since
        )
    answers = _ask(answer, questions)
    if live and (refused := rules.refusal_for(answers, body=body)):
        raise refused
    # A live post under someone else's verified pen name is refused (text kept).
    poster = people.poster_from(answers, pen_name=pen_name, email=email, enforce=status is None)
    if screening is None:
        screening = screen(body, country=settings.CRISIS_COUNTRY)
    crisis = screening.crisis.level >= 2
    # Someone who may be in danger sees help at once; moderators redact details later.
    if screening.privacy and not privacy_confirmed and not crisis and not honeypot:
        raise NeedsPrivacyCheck([finding_dict(f) for f in screening.privacy])
    decision = rules.decide_comment(
        email=email,
        body=body,
        screening=screening,
        honeypot=honeypot,
        returning=answers.get("returning"),
    )
    comment = Comment(
        answer=answer,
        parent=parent,
        reply_to=target,
        reply_to_name=target.pen_name if target else "",
        depth=parent.depth + 1 if parent else 1,
        pen_name=pen_name,
        pen_name_verified=poster.verified,
        email=email.strip().lower(),
        notify_replies=notify_replies,
        body=body,
        body_html=plain_to_html(body),
        status=status or decision.status,
        crisis_level=screening.crisis.level,
        screening=screening.to_dict(),
        held_for=list(decision.reasons),
        ip_hash=ip_hash,
    )
    if created_at is not None:
        comment.created_at = created_at
    if comment.status == Comment.Status.PUBLISHED:
        comment.published_at = comment.created_at
    with transaction.atomic():
        comment.save()
        _place(comment, parent)  # the path ends with the id the INSERT just gave
        Comment.objects.filter(pk=comment.pk).update(path=comment.path, root_id=comment.root_id)
        if comment.crisis_level >= 2 and status is None:
            # Imports and the demo force a status; only live posts open a case
            # (and, from level 4, page the moderators).
            cases.open_case(CrisisCase.Kind.COMMENT, comment.pk, comment.crisis_level)
        if live:
            people.after_comment(comment, follow_thread=follow_thread, poster=poster)
        if comment.status == Comment.Status.PUBLISHED:
            # Every post to an answer updates this one row: last, so its lock is held
            # only for the commit.
            Answer.objects.filter(pk=answer.pk).update(comment_count=F("comment_count") + 1)
    return Posted(comment=comment, reasons=decision.reasons)


def crisis_sources(ids: list[int]) -> dict[int, cases.Source]:
    """Comments as the crisis queue reads them (safety.cases' protocol)."""
    found = Comment.objects.filter(pk__in=ids).select_related("answer")
    return {
        c.pk: cases.Source(
            text=c.body,
            pen_name=c.pen_name,
            email=c.email,
            title=c.answer.title,
            staff_url=reverse("safety:comment", args=[c.pk]),
            public_url=c.get_absolute_url() if c.status == Comment.Status.PUBLISHED else "",
            status=c.get_status_display(),
            screening=c.screening,
        )
        for c in found
    }


def finding_dict(finding) -> dict:
    return {"kind": finding.kind, "start": finding.start, "end": finding.end, "text": finding.text}


def _set_status(comment: Comment, status: str) -> Comment:
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        was_published = locked.status == Comment.Status.PUBLISHED
        locked.status = status
        locked.moderated_at = timezone.now()
        now_published = status == Comment.Status.PUBLISHED
        first_time = now_published and locked.published_at is None
        if first_time:
            locked.published_at = locked.moderated_at
        locked.save(update_fields=["status", "moderated_at", "published_at"])
        if was_published != now_published:
            delta = 1 if now_published else -1
            Answer.objects.filter(pk=locked.answer_id).update(
                comment_count=F("comment_count") + delta
            )
        if first_time:
            # A held comment tells those waiting for it only now, and only once:
            # a comment hidden and then restored is not news.
            people.comment_published(locked)
    return locked


def approve_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.PUBLISHED)


def reject_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.REJECTED)


def mark_spam(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.SPAM)


def edit_comment_body(comment: Comment, body: str, screening=None) -> Comment:
    """Replace a comment's text: rendered and screened again, so the stored HTML, the
    crisis level and the spans moderators see always describe the words as they are now."""
    screening = screening or screen(body, country=settings.CRISIS_COUNTRY)
    comment.body = body
    comment.body_html = plain_to_html(body)
    comment.screening = screening.to_dict()
    comment.crisis_level = screening.crisis.level
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "body_html", "screening", "crisis_level", "edited_at"])
    return comment


# --- The author's own actions (people.services checks that they are the author) ---------

FORMER_MEMBER = "Former member"


def edit_by_author(
    comment: Comment, body: str, *, privacy_confirmed: bool = True
) -> tuple[Comment, tuple[str, ...]]:
    """The author changes their words: screened again, and held again when the screen
    or the rules would hold the new words. Returns the comment and why it was held.

    Banned words refuse the edit (rules.Refused) with the text given back; details
    that could identify someone raise NeedsPrivacyCheck unless `privacy_confirmed`,
    as for a new comment.
    """
    rules.check_refusal(
        pen_name=comment.pen_name,
        email=comment.email,
        body=body,
        ip_hash="",
        recent=None,  # an edit is not a new post: no rate limit
    )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    if screening.privacy and not privacy_confirmed and screening.crisis.level < 2:
        raise NeedsPrivacyCheck([finding_dict(f) for f in screening.privacy])
    with transaction.atomic():
        edit_comment_body(comment, body, screening)
        decision = rules.decide_comment(email=comment.email, body=body, screening=screening)
        reasons = tuple(r for r in decision.reasons if r != rules.HELD_FIRST)
        if reasons and comment.status == Comment.Status.PUBLISHED:
            comment = _set_status(comment, Comment.Status.PENDING)
        if reasons:
            Comment.objects.filter(pk=comment.pk).update(held_for=list(reasons))
            comment.held_for = list(reasons)
        if comment.crisis_level >= 2:
            cases.open_case(CrisisCase.Kind.COMMENT, comment.pk, comment.crisis_level)
    return comment, reasons


def remove_by_author(comment: Comment) -> Comment:
    """The author deletes a comment: its words go, a placeholder keeps the replies' place."""
    with transaction.atomic():
        removed = _set_status(comment, Comment.Status.REMOVED)
        Comment.objects.filter(pk=removed.pk).update(
            body="", body_html="", screening={}, held_for=[]
        )
    return removed


def erase_author(email: str, *, delete: bool) -> int:
    """Erase a person from the discussion: every comment under `email` is removed
    (`delete`) or kept under the name "Former member"; either way the email and
    address hashes go, and replies say "in reply to Former member". Returns the count."""
    email = email.strip().lower()
    mine = Comment.objects.filter(email=email)
    ids = list(mine.values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        if delete:
            for comment in Comment.objects.filter(pk__in=ids).exclude(
                status=Comment.Status.REMOVED
            ):
                _set_status(comment, Comment.Status.REMOVED)
            Comment.objects.filter(pk__in=ids).update(
                body="", body_html="", screening={}, held_for=[]
            )
        # Saved one by one (an erasure is rare and a person's comments few), so the
        # pages that show these names are dropped (column/signals.py).
        for comment in Comment.objects.filter(pk__in=ids).only("pk", "answer_id", "status"):
            comment.pen_name, comment.pen_name_verified = FORMER_MEMBER, False
            comment.email = comment.ip_hash = comment.claimed_name = ""
            comment.save(
                update_fields=["pen_name", "pen_name_verified", "claimed_name", "email", "ip_hash"]
            )
        replies = Comment.objects.filter(reply_to_id__in=ids).exclude(pk__in=ids)
        for reply in replies.only("pk", "answer_id", "status"):
            reply.reply_to_name = FORMER_MEMBER
            reply.save(update_fields=["reply_to_name"])
    return len(ids)


def delete_comments(comments) -> int:
    """Delete comments for good (the admin's delete), with the replies under them
    (`parent` cascades), and recount their answers' published comments."""
    with transaction.atomic():
        answer_ids = set(comments.values_list("answer_id", flat=True))
        deleted, _ = comments.delete()
        for answer_id in answer_ids:
            published = Comment.objects.filter(answer_id=answer_id, status=Comment.Status.PUBLISHED)
            Answer.objects.filter(pk=answer_id).update(comment_count=published.count())
    return deleted


def forget_ip_hashes(*, before: datetime) -> int:
    """Clear the address hashes of comments posted before `before` (retention)."""
    return Comment.objects.filter(created_at__lt=before).exclude(ip_hash="").update(ip_hash="")


def mark_pen_name_verified(comment_ids: list[int]) -> int:
    """Show the "verified" mark on these comments (their pen name was just verified).

    Saved one by one (a person's comments are few), so their pages are dropped."""
    unmarked = Comment.objects.filter(pk__in=comment_ids, pen_name_verified=False)
    changed = 0
    for comment in unmarked.only("pk", "answer_id", "status"):
        comment.pen_name_verified = True
        comment.save(update_fields=["pen_name_verified"])
        changed += 1
    return changed


def set_claimed_name(comment_ids: list[int], name: str) -> int:
    """Show these comments under the verified pen name that claimed them (people/claims.py);
    an empty `name` undoes the claim. The pen name they were written with stays.

    Saved one by one (a person's comments are few), so their pages are dropped."""
    changed = 0
    to_change = Comment.objects.filter(pk__in=comment_ids).exclude(claimed_name=name)
    for comment in to_change.only("pk", "answer_id", "status"):
        comment.claimed_name = name
        comment.save(update_fields=["claimed_name"])
        changed += 1
    return changed


def redact_comment(comment: Comment, spans: list[dict]) -> list[dict]:
    """Replace the given spans of the comment's text with "[removed]".

    Returns the spans actually removed: a span whose text no longer matches (the
    comment changed since it was screened) is left alone rather than cutting words.
    """
    body, removed = redact_text(comment.body, spans)
    if removed:
        edit_comment_body(comment, body)
    return removed


# --- Moving in: comments brought from another site ---------------------------------------
# Importers (WordPress, Disqus, Afterword's own JSON) all come through here, so no
# imported comment skips the safety screen, the tree rules or the count.


HELD_IMPORTED_CRISIS = "imported_crisis"
IMPORT_FLAG_LEVEL = 4  # screened at or above this, an imported comment is flagged


@dataclass(frozen=True)
class ImportRow:
    """One comment as the source had it; `key` and `parent_key` are the source's ids."""

    key: str
    parent_key: str  # "" for a top-level comment; the comment it really answers
    pen_name: str
    email: str
    body: str  # plain text
    created_at: datetime
    status: str
    edited_at: datetime | None = None
    held_for: tuple[str, ...] = ()


@dataclass
class ImportResult:
    ids: dict[str, int]  # source key -> comment id, for every row stored
    new_keys: list[str]
    updated: int = 0
    duplicates: int = 0  # rows whose key came twice: the later ones are skipped
    orphans: int = 0  # rows whose parent is not there: kept as top-level comments
    flattened: int = 0  # replies deeper than COMMENTS_MAX_DEPTH, attached at that depth
    flagged: int = 0  # crisis level >= IMPORT_FLAG_LEVEL: flagged, status unchanged
    statuses: Counter = field(default_factory=Counter)  # status -> rows created

    @property
    def created(self) -> int:
        return len(self.new_keys)


@dataclass
class _Placed:
    pk: int
    parent_id: int | None
    depth: int
    path: str
    root_id: int
    pen_name: str


def _in_date_order(rows: list[ImportRow], known: set[str]) -> tuple[list[ImportRow], int]:
    """Rows by date, each after the comment it answers; returns (rows, orphans).

    Ids are given in this order, so within every group of siblings the ids (and
    so the sort path) follow the dates. A reply dated before its parent (clock
    trouble at the source) waits for its parent; rows whose parents never come
    (missing, or a loop) are kept as top-level comments at the end.
    """

    def when(row: ImportRow):
        return (row.created_at, int(row.key) if row.key.isdigit() else 0, row.key)

    present = {row.key for row in rows}
    waiting: dict[str, list[ImportRow]] = {}
    ordered: list[ImportRow] = []
    placed: set[str] = set()

    def place(row: ImportRow) -> None:
        stack = [row]
        while stack:
            current = stack.pop()
            if current.key in placed:  # a loop of parents comes back to where it began
                continue
            ordered.append(current)
            placed.add(current.key)
            stack.extend(reversed(waiting.pop(current.key, [])))

    orphans = 0
    for row in sorted(rows, key=when):
        parent = row.parent_key
        if parent and (parent == row.key or parent not in present | known):
            place(replace(row, parent_key=""))
            orphans += 1
        elif parent in present and parent not in placed:
            waiting.setdefault(parent, []).append(row)
        else:
            place(row)
    stranded = sorted((r for group in waiting.values() for r in group), key=when)
    for row in stranded:
        if row.key not in placed:
            place(replace(row, parent_key=""))
            orphans += 1
    return ordered, orphans


def import_comments(
    answer: Answer, rows: list[ImportRow], *, existing: dict[str, int] | None = None
) -> ImportResult:
    """Store comments from another site under `answer`, in one transaction.

    `existing` maps source keys already imported (an earlier run) to comment ids:
    those rows update their comment (text, name, date; the status too unless a
    moderator has acted on it here) and may be replied to. New rows are screened
    once, inserted in date order with `bulk_create`, then placed in the tree by
    the same rules as `post_comment` (past COMMENTS_MAX_DEPTH a reply sits beside
    its target and names it). A comment the screen puts at crisis level 4 or more
    keeps its status and is flagged for the moderators ("imported_crisis").
    """
    existing = existing or {}
    result = ImportResult(ids={}, new_keys=[], statuses=Counter())
    unique: list[ImportRow] = []
    seen: set[str] = set()
    for row in rows:
        if row.key in seen:
            result.duplicates += 1
            continue
        seen.add(row.key)
        unique.append(row)

    wanted = {existing[k] for k in seen | {r.parent_key for r in unique} if k in existing}
    loaded = {
        c.pk: c
        for c in Comment.objects.filter(pk__in=wanted, answer=answer).only(
            "pk",
            "parent_id",
            "depth",
            "path",
            "root_id",
            "pen_name",
            "email",
            "body",
            "status",
            "moderated_at",
            "published_at",
            "held_for",
        )
    }
    known = {key: pk for key, pk in existing.items() if pk in loaded}
    updates = [row for row in unique if row.key in known]
    fresh = [row for row in unique if row.key not in known]
    max_depth = settings.COMMENTS_MAX_DEPTH

    with transaction.atomic():
        _update_imported(updates, known, loaded, result)
        ordered, result.orphans = _in_date_order(fresh, set(known))
        result.ids.update({row.key: known[row.key] for row in updates})
        names = {row.key: row.pen_name for row in unique}
        names.update({key: loaded[pk].pen_name for key, pk in known.items()})
        comments = [
            _new_imported(answer, row, names.get(row.parent_key, ""), result) for row in ordered
        ]
        Comment.objects.bulk_create(comments, batch_size=500)

        placed: dict[str, _Placed] = {
            key: _Placed(c.pk, c.parent_id, c.depth, c.path, c.root_id, c.pen_name)
            for key, pk in known.items()
            for c in [loaded[pk]]
        }
        by_pk = {p.pk: p for p in placed.values()}
        tree_rows = []
        for row, comment in zip(ordered, comments, strict=True):
            target = placed.get(row.parent_key) if row.parent_key else None
            parent = target
            if target is not None and target.depth >= max_depth:
                parent = _placed_parent(target, by_pk)
                result.flattened += 1
            own = path_segment(comment.pk)
            record = _Placed(
                pk=comment.pk,
                parent_id=parent.pk if parent else None,
                depth=parent.depth + 1 if parent else 1,
                path=f"{parent.path}/{own}" if parent else own,
                root_id=parent.root_id if parent else comment.pk,
                pen_name=row.pen_name,
            )
            placed[row.key] = by_pk[comment.pk] = record
            result.ids[row.key] = comment.pk
            result.new_keys.append(row.key)
            tree_rows.append(
                (
                    record.parent_id,
                    target.pk if target else None,
                    record.depth,
                    record.path,
                    record.root_id,
                    comment.pk,
                )
            )
        _write_tree(tree_rows)
        # Saved, not updated: bulk inserts send no signal, the answer's save does
        # (its page and the lists are dropped, column/signals.py).
        answer.comment_count = Comment.objects.filter(
            answer=answer, status=Comment.Status.PUBLISHED
        ).count()
        answer.save(update_fields=["comment_count"])
    return result


def _screened(body: str) -> tuple[int, dict]:
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    return screening.crisis.level, screening.to_dict()


def _flags(held_for, crisis_level: int, result: ImportResult) -> list[str]:
    flags = [reason for reason in held_for if reason != HELD_IMPORTED_CRISIS]
    if crisis_level >= IMPORT_FLAG_LEVEL:
        flags.append(HELD_IMPORTED_CRISIS)
        result.flagged += 1
    return flags


def _new_imported(answer: Answer, row: ImportRow, reply_to_name: str, result) -> Comment:
    crisis_level, screening = _screened(row.body)
    result.statuses[row.status] += 1
    return Comment(
        answer=answer,
        reply_to_name=reply_to_name if row.parent_key else "",
        depth=1,  # placed in the tree once ids are known
        pen_name=row.pen_name,
        email=row.email.strip().lower(),
        body=row.body,
        body_html=plain_to_html(row.body),
        status=row.status,
        crisis_level=crisis_level,
        screening=screening,
        held_for=_flags(row.held_for, crisis_level, result),
        created_at=row.created_at,
        edited_at=row.edited_at,
        published_at=row.created_at if row.status == Comment.Status.PUBLISHED else None,
    )


def _update_imported(updates, known, loaded, result: ImportResult) -> None:
    changed = []
    for row in updates:
        comment = loaded[known[row.key]]
        if comment.body != row.body:
            comment.body = row.body
            comment.body_html = plain_to_html(row.body)
            comment.crisis_level, comment.screening = _screened(row.body)
            comment.held_for = _flags(comment.held_for, comment.crisis_level, result)
        comment.pen_name = row.pen_name
        if row.email:  # a public export has no emails: keep the ones we have
            comment.email = row.email.strip().lower()
        comment.created_at = row.created_at
        if comment.moderated_at is None:  # a moderator's decision here stands
            comment.status = row.status
        if comment.status == Comment.Status.PUBLISHED and comment.published_at is None:
            comment.published_at = row.created_at
        changed.append(comment)
    fields = ["body", "body_html", "crisis_level", "screening", "held_for", "pen_name"]
    fields += ["email", "created_at", "status", "published_at"]
    Comment.objects.bulk_update(changed, fields, batch_size=200)
    result.updated = len(changed)


def _placed_parent(target: _Placed, by_pk: dict[int, _Placed]) -> _Placed | None:
    if target.parent_id is None:
        return None
    if target.parent_id not in by_pk:
        c = Comment.objects.only("pk", "parent_id", "depth", "path", "root_id", "pen_name").get(
            pk=target.parent_id
        )
        by_pk[c.pk] = _Placed(c.pk, c.parent_id, c.depth, c.path, c.root_id, c.pen_name)
    return by_pk[target.parent_id]


def _write_tree(tree_rows: list[tuple]) -> None:
    """Set parent, reply_to, depth, path and root_id of freshly inserted comments."""
    if not tree_rows:
        return
    meta = Comment._meta
    q = connection.ops.quote_name
    columns = ["parent", "reply_to", "depth", "path", "root_id"]
    assignments = ", ".join(f"{q(meta.get_field(c).column)} = %s" for c in columns)
    sql = f"UPDATE {q(meta.db_table)} SET {assignments} WHERE {q(meta.pk.column)} = %s"  # noqa: S608 (names from the model)
    with connection.cursor() as cursor:
        cursor.executemany(sql, tree_rows)
