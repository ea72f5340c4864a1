"""Reading a thread: one page of conversations, in one ordered query, as a tree.

A page holds whole conversations (a top-level comment and every reply under
it), so a 10,000-comment answer opens as fast as a 10-comment one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from math import ceil

from django.conf import settings

from discussion.models import Comment

OLDEST, NEWEST = "oldest", "newest"
ORDERS = (OLDEST, NEWEST)
LAST_PAGE = "last"  # ?page=last: the last page of conversations, however many there are


@dataclass
class Node:
    comment: Comment
    depth: int
    opens: bool = False  # the next node is this one's first reply
    closes: range = field(default_factory=lambda: range(0))  # nested lists to close after it
    replies: list[Node] = field(default_factory=list)


def _conversations(answer_id: int):
    return (
        Comment.objects.visible()
        .filter(answer_id=answer_id)
        .values_list("root_id", flat=True)
        .distinct()
    )


def page_of(comment: Comment, order: str = OLDEST) -> int:
    """The page of the answer's thread on which a comment appears."""
    roots = _conversations(comment.answer_id)
    if order == NEWEST:
        before = roots.filter(root_id__gt=comment.root_id).count()
    else:
        before = roots.filter(root_id__lt=comment.root_id).count()
    return before // settings.COMMENTS_THREADS_PER_PAGE + 1


def build_tree(comments: list[Comment]) -> tuple[list[Node], list[Node]]:
    """Arrange comments (ordered by conversation, then path) as nested nodes.

    A reply whose parent is hidden hangs from its nearest shown ancestor, so
    moderation never makes a conversation disappear from under people.
    """
    by_id: dict[int, Node] = {}
    flat: list[Node] = []
    roots: list[Node] = []
    for comment in comments:
        node = Node(comment=comment, depth=1)
        ancestors = comment.path.split("/")[:-1]
        for segment in reversed(ancestors):
            parent = by_id.get(int(segment))
            if parent is not None:
                node.depth = parent.depth + 1
                parent.replies.append(node)
                break
        else:
            roots.append(node)
        by_id[comment.pk] = node
        flat.append(node)
    for index, node in enumerate(flat):
        next_depth = flat[index + 1].depth if index + 1 < len(flat) else 1
        node.opens = next_depth > node.depth
        if not node.opens:
            node.closes = range(node.depth - next_depth)
    return flat, roots


def _root_order(order: str) -> str:
    return "-root_id" if order == NEWEST else "root_id"


@dataclass(frozen=True)
class Layout:
    """Which conversations one page of a thread holds, before any comment is read."""

    number: int
    num_pages: int
    order: str
    conversations: int
    root_ids: tuple[int, ...]  # the page's conversations, in reading order

    @property
    def root_order(self) -> str:
        return _root_order(self.order)

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def page_range(self) -> range:
        return range(1, self.num_pages + 1)


@dataclass(frozen=True)
class ThreadPage(Layout):
    """A page's layout with its comments: none when only its HTML was wanted, and that
    was kept (column/threads.py)."""

    nodes: list[Node] = field(default_factory=list)  # flat, in reading order
    roots: list[Node] = field(default_factory=list)  # the same nodes as a tree

    @classmethod
    def of(cls, layout: Layout, nodes: list[Node] | None = None, roots: list[Node] | None = None):
        laid_out = {f.name: getattr(layout, f.name) for f in fields(Layout)}
        return cls(**laid_out, nodes=nodes or [], roots=roots or [])


def thread_layout(answer_id: int, *, page: int | str = 1, order: str = OLDEST) -> Layout:
    per_page = settings.COMMENTS_THREADS_PER_PAGE
    roots = _conversations(answer_id)
    conversations = roots.count()
    num_pages = max(1, ceil(conversations / per_page))
    if page == LAST_PAGE:
        number = num_pages
    else:
        assert isinstance(page, int)  # the only string a caller passes is LAST_PAGE
        number = min(max(1, page), num_pages)
    start = (number - 1) * per_page
    page_roots = roots.order_by(_root_order(order))[start : start + per_page]
    root_ids = tuple(page_roots) if conversations else ()
    return Layout(number, num_pages, order, conversations, root_ids)


def thread_page(answer_id: int, *, page: int | str = 1, order: str = OLDEST) -> ThreadPage:
    return page_of_layout(answer_id, thread_layout(answer_id, page=page, order=order))


def page_of_layout(answer_id: int, layout: Layout) -> ThreadPage:
    """The page the layout names, with its comments read."""
    if not layout.root_ids:
        return ThreadPage.of(layout)
    rows = (
        Comment.objects.visible()
        .filter(answer_id=answer_id, root_id__in=layout.root_ids)
        .order_by(layout.root_order, "path")
        .only(
            "pk",
            "answer_id",
            "root_id",
            "path",
            "depth",
            "pen_name",
            "pen_name_verified",
            "claimed_name",
            "body_html",
            "status",
            "created_at",
            "edited_at",
            "reply_to_id",
            "reply_to_name",
            "body",
            "support_note",
        )
    )
    flat, tree = build_tree(list(rows))
    return ThreadPage.of(layout, flat, tree)
