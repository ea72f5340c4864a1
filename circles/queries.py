"""Reads of circles that pages and other apps need: listings, who may see what, and
a round as its members see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from afterword.identity import email_key
from circles.models import Circle, CirclePost, CircleReport, Membership, Pass, Round
from safety import cases
from safety.models import CrisisCase

QUIET_ROUNDS = 2


def listing():
    """Circles a reader may join, soonest first, with their members counted."""
    return Circle.objects.open_to_join().with_counts().select_related("topic")


def invitation(topic_ids: list[int]) -> Circle | None:
    """A forming or running circle with places left on one of these topics (the line on
    an answer page), in one query."""
    if not topic_ids:
        return None
    for circle in listing().filter(topic_id__in=topic_ids):
        if circle.places_left() > 0:
            return circle
    return None


def membership_of(email: str | None, circle: Circle) -> Membership | None:
    if not email:
        return None
    return circle.memberships.filter(email_hash=email_key(email)).first()


def my_circles(email: str | None) -> list[Membership]:
    if not email:
        return []
    return list(
        Membership.objects.filter(email_hash=email_key(email))
        .exclude(status=Membership.Status.REMOVED)
        .select_related("circle")
    )


def members(circle: Circle) -> list[Membership]:
    """Who is in the circle (facilitators first), by pen name."""
    found = circle.memberships.filter(status=Membership.Status.ACTIVE)
    return sorted(found, key=lambda m: (m.role != Membership.Role.FACILITATOR, m.pk))


@dataclass
class Thread:
    post: CirclePost
    replies: list[CirclePost] = field(default_factory=list)


@dataclass
class RoundView:
    round: Round
    threads: list[Thread]
    posted: list[Membership]
    passed: list[Membership]
    waiting: list[Membership]  # neither posted nor passed yet
    mine: CirclePost | None
    my_pass: bool


def round_view(round: Round, membership: Membership | None, people: list[Membership]) -> RoundView:
    """The round's posts with their replies, and who has posted or passed, in two queries.

    Held and hidden posts are shown only to their author (with a kind note)."""
    posts = list(
        round.posts.exclude(status__in=[CirclePost.Status.REMOVED])
        .select_related("membership")
        .order_by("created_at", "pk")
    )
    passes = set(Pass.objects.filter(round=round).values_list("membership_id", flat=True))
    mine_pk = membership.pk if membership else None

    def visible(p: CirclePost) -> bool:
        if p.status == CirclePost.Status.DELETED:
            return True  # a placeholder, so replies keep their place
        return p.status == CirclePost.Status.SHOWN or p.membership_id == mine_pk

    threads: dict[int, Thread] = {}
    for p in posts:
        if p.parent_id is None and visible(p):
            threads[p.pk] = Thread(post=p)
    for p in posts:
        if p.parent_id in threads and visible(p) and p.status != CirclePost.Status.DELETED:
            threads[p.parent_id].replies.append(p)
    ordered = [
        t for t in threads.values() if t.post.status != CirclePost.Status.DELETED or t.replies
    ]
    authors = {
        p.membership_id
        for p in posts
        if p.parent_id is None and p.status != CirclePost.Status.DELETED
    }
    mine = next(
        (
            p
            for p in posts
            if p.parent_id is None
            and p.membership_id == mine_pk
            and p.status != CirclePost.Status.DELETED
        ),
        None,
    )
    return RoundView(
        round=round,
        threads=ordered,
        posted=[m for m in people if m.pk in authors],
        passed=[m for m in people if m.pk in passes and m.pk not in authors],
        waiting=[m for m in people if m.pk not in authors and m.pk not in passes],
        mine=mine,
        my_pass=mine_pk in passes,
    )


def quiet(circle: Circle, people: list[Membership]) -> list[Membership]:
    """Members not seen (no post, reply or pass) in the last two closed rounds they were
    in the circle for: the facilitator's "check in with …"."""
    closed = list(circle.rounds.filter(closed_at__isnull=False).order_by("-number")[:QUIET_ROUNDS])
    if len(closed) < QUIET_ROUNDS:
        return []
    earliest = min(r.opened_at for r in closed)
    ids = [r.pk for r in closed]
    seen = set(
        CirclePost.objects.filter(round_id__in=ids).values_list("membership_id", flat=True)
    ) | set(Pass.objects.filter(round_id__in=ids).values_list("membership_id", flat=True))
    return [
        m
        for m in people
        if m.role == Membership.Role.MEMBER
        and m.joined_at
        and m.joined_at <= earliest
        and m.pk not in seen
    ]


def needs_support(circle: Circle) -> list[int]:
    """Posts in the circle whose writer may need support (an open crisis case): the
    facilitator sees a flag and guidance, never the screen's level or words."""
    ids = list(circle.posts.values_list("pk", flat=True))
    return sorted(cases.open_case_ids(CrisisCase.Kind.CIRCLE) & set(ids))


def awaiting(circle: Circle):
    return circle.memberships.filter(status=Membership.Status.AWAITING)


def waiting_list(circle: Circle):
    return circle.memberships.filter(status=Membership.Status.WAITING).order_by("created_at")


def past_rounds(circle: Circle):
    return circle.rounds.filter(opened_at__isnull=False).order_by("-number")


def moderator_may_read(post: CirclePost) -> bool:
    """Staff read a circle post only to act on it: an open report, an open crisis case,
    or a post held or hidden for a moderator."""
    if post.status in (CirclePost.Status.HELD, CirclePost.Status.HIDDEN):
        return True
    if post.reports.filter(resolved_at__isnull=True).exists():
        return True
    return CrisisCase.objects.filter(
        kind=CrisisCase.Kind.CIRCLE, object_id=post.pk, closed_at__isnull=True
    ).exists()


def for_review(post_id: int) -> CirclePost | None:
    return (
        CirclePost.objects.select_related("circle", "round", "membership", "parent")
        .prefetch_related(
            Prefetch("reports", queryset=CircleReport.objects.order_by("created_at"), to_attr="all")
        )
        .filter(pk=post_id)
        .first()
    )


def open_reports():
    """Reports and hidden posts the moderators have not resolved, oldest first."""
    return (
        CircleReport.objects.filter(resolved_at__isnull=True)
        .select_related("post__circle")
        .order_by("created_at")
    )
