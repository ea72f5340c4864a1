"""What every way into the discussion shares: where a reply sits in the tree, and how
a comment row is made from its words.

Posting (`services.post_comment`), the demo loader (`services.seed_comment`) and
imports (`importing.import_comments`) all place replies with `place_reply()` and
build rows with `new_comment()`, so the tree rules, the stored HTML, the screen's
verdict and the email's normal form are the same whichever way a comment came in.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection

from afterword.identity import normalise_email
from afterword.text import plain_to_html
from discussion.models import Comment, path_segment

SPOT_FIELDS = ("pk", "parent_id", "depth", "path", "root_id", "pen_name")


@dataclass(frozen=True)
class Spot:
    """A comment's place in the tree, as much of it as a reply below it needs."""

    pk: int
    parent_id: int | None
    depth: int
    path: str
    root_id: int
    pen_name: str

    @classmethod
    def of(cls, comment) -> Spot:
        return cls(
            comment.pk,
            comment.parent_id,
            comment.depth,
            comment.path,
            comment.root_id,
            comment.pen_name,
        )


@dataclass(frozen=True)
class Placement:
    """Where a new comment goes: below `parent`, answering `reply_to`."""

    parent: Spot | None
    reply_to: Spot | None
    flattened: bool = False  # set beside its target: the tree is at its deepest there

    @property
    def depth(self) -> int:
        return self.parent.depth + 1 if self.parent else 1

    def path_for(self, pk: int) -> str:
        own = path_segment(pk)
        return f"{self.parent.path}/{own}" if self.parent else own

    def root_for(self, pk: int) -> int:
        return self.parent.root_id if self.parent else pk

    def spot_for(self, pk: int, pen_name: str) -> Spot:
        parent_id = self.parent.pk if self.parent else None
        return Spot(pk, parent_id, self.depth, self.path_for(pk), self.root_for(pk), pen_name)


def load_spot(pk: int) -> Spot | None:
    found = Comment.objects.filter(pk=pk).values_list(*SPOT_FIELDS).first()
    return Spot(*found) if found else None


def place_reply(target: Spot | None, *, known: dict[int, Spot] | None = None) -> Placement:
    """Where a reply to `target` sits (None: a new conversation).

    Below its target, except at COMMENTS_MAX_DEPTH: there it sits beside what it
    answers (under the target's parent) and names it. `known` holds spots already
    at hand (an import's), so the parent is read from the database only when needed.
    """
    if target is None:
        return Placement(parent=None, reply_to=None)
    if target.depth < settings.COMMENTS_MAX_DEPTH:
        return Placement(parent=target, reply_to=target)
    parent = None
    if target.parent_id is not None:
        known = {} if known is None else known
        if target.parent_id not in known:
            # None only if the parent row is gone; then the reply starts a conversation.
            loaded = load_spot(target.parent_id)
            if loaded is not None:
                known[target.parent_id] = loaded
        parent = known.get(target.parent_id)
    return Placement(parent=parent, reply_to=target, flattened=True)


def new_comment(
    *,
    answer_id: int,
    placement: Placement,
    pen_name: str,
    email: str,
    body: str,
    status: str,
    screening,
    **fields,
) -> Comment:
    """An unsaved comment: its HTML rendered now, its email in the one normal form, the
    screen's verdict kept for moderators. Its path is known once it has an id
    (`placed`, or `write_tree` for many)."""
    target = placement.reply_to
    comment = Comment(
        answer_id=answer_id,
        parent_id=placement.parent.pk if placement.parent else None,
        reply_to_id=target.pk if target else None,
        # An import names the replied-to before ids are known, so it says it itself.
        reply_to_name=fields.pop("reply_to_name", target.pen_name if target else ""),
        depth=placement.depth,
        # A reply's conversation is known now (a new one's ends with its own id), so
        # what listens to the save knows which conversation changed.
        root_id=placement.parent.root_id if placement.parent else None,
        pen_name=pen_name,
        email=normalise_email(email),
        body=body,
        body_html=plain_to_html(body),
        status=status,
        crisis_level=screening.crisis.level,
        screening=screening.to_dict(),
        **fields,
    )
    if status == Comment.Status.PUBLISHED and comment.published_at is None:
        comment.published_at = comment.created_at
    return comment


def placed(comment: Comment, placement: Placement) -> None:
    """Give a just-inserted comment its sort path and conversation (they end with its id)."""
    comment.path, comment.root_id = placement.path_for(comment.pk), placement.root_for(comment.pk)
    Comment.objects.filter(pk=comment.pk).update(path=comment.path, root_id=comment.root_id)


# parent, reply_to, depth, path, root, pk
TreeRow = tuple[int | None, int | None, int, str, int, int]


def tree_row(pk: int, placement: Placement) -> TreeRow:
    parent_id = placement.parent.pk if placement.parent else None
    reply_to_id = placement.reply_to.pk if placement.reply_to else None
    depth, path, root = placement.depth, placement.path_for(pk), placement.root_for(pk)
    return (parent_id, reply_to_id, depth, path, root, pk)


def write_tree(rows: list[TreeRow]) -> None:
    """Set parent, reply_to, depth, path and root_id of many freshly inserted comments."""
    if not rows:
        return
    meta = Comment._meta
    q = connection.ops.quote_name
    columns = ["parent", "reply_to", "depth", "path", "root_id"]
    column_of = {field.name: field.column for field in meta.concrete_fields}
    assignments = ", ".join(f"{q(column_of[c])} = %s" for c in columns)
    sql = f"UPDATE {q(meta.db_table)} SET {assignments} WHERE {q(meta.pk.column)} = %s"  # noqa: S608 (names from the model)
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
