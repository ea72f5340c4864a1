"""Comments brought from another site: the importers' one entry point.

Importers (WordPress, Disqus, Afterword's own JSON, in moving/) all come through
`import_comments`, so no imported comment skips the safety screen, the tree rules
(`storing.place_reply`, as for a post) or the count. They keep the status the
importer decided; a comment the screen puts at crisis level IMPORT_FLAG_LEVEL or
more keeps it too, and is flagged for the moderators ("imported_crisis").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

from django.conf import settings
from django.db import transaction

from afterword.identity import normalise_email
from afterword.text import plain_to_html
from discussion import events
from discussion.models import Comment
from discussion.storing import Placement, Spot, new_comment, place_reply, tree_row, write_tree
from safety.screen import screen

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


def _unique(rows: list[ImportRow], result: ImportResult) -> list[ImportRow]:
    unique: list[ImportRow] = []
    seen: set[str] = set()
    for row in rows:
        if row.key in seen:
            result.duplicates += 1
            continue
        seen.add(row.key)
        unique.append(row)
    return unique


_LOADED: tuple[str, ...] = (
    "pk",
    "parent_id",
    "depth",
    "path",
    "root_id",
    "pen_name",
    "email",
    "body",
)
_LOADED += ("status", "moderated_at", "published_at", "held_for")


def import_comments(
    answer, rows: list[ImportRow], *, existing: dict[str, int] | None = None
) -> ImportResult:
    """Store comments from another site under `answer`, in one transaction.

    `existing` maps source keys already imported (an earlier run) to comment ids:
    those rows update their comment (text, name, date; the status too unless a
    moderator has acted on it here) and may be replied to. New rows are screened
    once, inserted in date order with `bulk_create`, then placed in the tree by
    `place_reply`, as a post is (past COMMENTS_MAX_DEPTH a reply sits beside its
    target and names it).
    """
    existing = existing or {}
    result = ImportResult(ids={}, new_keys=[], statuses=Counter())
    unique = _unique(rows, result)
    keys = {r.key for r in unique} | {r.parent_key for r in unique}
    wanted = {existing[k] for k in keys if k in existing}
    loaded = {c.pk: c for c in Comment.objects.filter(pk__in=wanted, answer=answer).only(*_LOADED)}
    known = {key: pk for key, pk in existing.items() if pk in loaded}
    updates = [row for row in unique if row.key in known]
    fresh = [row for row in unique if row.key not in known]

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
        _place_imported(ordered, comments, known, loaded, result)
        # Bulk inserts send no signal: the count's listener saves the answer, which
        # drops its page and the lists (column/signals.py).
        events.shown_count_changed.send(sender=Comment, answer_id=answer.pk, delta=None)
    return result


def _place_imported(ordered, comments, known, loaded, result: ImportResult) -> None:
    """Give the inserted comments their place in the tree, now that ids are known."""
    by_pk: dict[int, Spot] = {pk: Spot.of(loaded[pk]) for pk in known.values()}
    by_key: dict[str, Spot] = {key: by_pk[pk] for key, pk in known.items()}
    tree_rows = []
    for row, comment in zip(ordered, comments, strict=True):
        placement = place_reply(by_key.get(row.parent_key), known=by_pk)
        result.flattened += placement.flattened
        by_key[row.key] = by_pk[comment.pk] = placement.spot_for(comment.pk, row.pen_name)
        result.ids[row.key] = comment.pk
        result.new_keys.append(row.key)
        tree_rows.append(tree_row(comment.pk, placement))
    write_tree(tree_rows)


def _flags(held_for, crisis_level: int, result: ImportResult) -> list[str]:
    flags = [reason for reason in held_for if reason != HELD_IMPORTED_CRISIS]
    if crisis_level >= IMPORT_FLAG_LEVEL:
        flags.append(HELD_IMPORTED_CRISIS)
        result.flagged += 1
    return flags


def _new_imported(answer, row: ImportRow, reply_to_name: str, result) -> Comment:
    screening = screen(row.body, country=settings.CRISIS_COUNTRY)
    result.statuses[row.status] += 1
    return new_comment(
        answer_id=answer.pk,
        placement=Placement(parent=None, reply_to=None),  # placed once ids are known
        pen_name=row.pen_name,
        email=row.email,
        body=row.body,
        status=row.status,
        screening=screening,
        reply_to_name=reply_to_name if row.parent_key else "",
        held_for=_flags(row.held_for, screening.crisis.level, result),
        created_at=row.created_at,
        edited_at=row.edited_at,
    )


def _update_imported(updates, known, loaded, result: ImportResult) -> None:
    changed = []
    for row in updates:
        comment = loaded[known[row.key]]
        if comment.body != row.body:
            screening = screen(row.body, country=settings.CRISIS_COUNTRY)
            comment.body = row.body
            comment.body_html = plain_to_html(row.body)
            comment.crisis_level, comment.screening = screening.crisis.level, screening.to_dict()
            comment.held_for = _flags(comment.held_for, comment.crisis_level, result)
        comment.pen_name = row.pen_name
        if row.email:  # a public export has no emails: keep the ones we have
            comment.email = normalise_email(row.email)
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
