"""What safety and people read of the circles: the crisis queue's view of a post
(safety.cases' protocol) and a person's circles for My words' export and erasure.
Registered from CirclesConfig.ready()."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from afterword.identity import email_key
from circles.models import CirclePost, Membership
from circles.services import leave
from safety import cases

PRIVATE_TEXT = _lazy(
    "A post in a private support circle. Open it to read it: each reading by staff is "
    "written to the audit log."
)


def staff_path(post_id: int) -> str:
    return reverse("circles:review", args=[post_id])


def crisis_sources(ids: list[int]) -> dict[int, cases.Source]:
    """Circle posts as the crisis queue lists them (safety.cases' protocol): the words
    stay on the review page, where each reading is logged."""
    found = CirclePost.objects.filter(pk__in=ids).select_related("circle", "membership")
    return {
        p.pk: cases.Source(
            text=str(PRIVATE_TEXT) if p.body else "",  # in the reading staff's language
            pen_name=p.author,
            email=p.membership.email if p.membership else "",
            title=_("the support circle “%(name)s”") % {"name": p.circle.name},
            staff_url=staff_path(p.pk),
            status=p.get_status_display(),
            screening=None,
            language=p.membership.language if p.membership else "",
        )
        for p in found
    }


def export_for(email: str) -> list[dict]:
    """My words: every circle this email is in, with its own posts."""
    out = []
    memberships = Membership.objects.filter(email_hash=email_key(email)).select_related("circle")
    for m in memberships:
        posts = (
            CirclePost.objects.filter(membership=m)
            .exclude(status=CirclePost.Status.DELETED)
            .select_related("round", "parent")
        )
        out.append(
            {
                "circle": m.circle.name,
                "pen_name": m.pen_name,
                "role": m.role,
                "status": m.status,
                "emails": m.emails,
                "joined_at": m.joined_at.isoformat() if m.joined_at else None,
                "posts": [
                    {
                        "round": p.round.number,
                        "prompt": p.round.prompt,
                        "in_reply_to": p.parent.author if p.parent else None,
                        "body": p.body,
                        "status": p.status,
                        "created_at": p.created_at.isoformat(),
                        "edited_at": p.edited_at.isoformat() if p.edited_at else None,
                    }
                    for p in posts
                ],
            }
        )
    return out


def erase_for(email: str, *, delete: bool) -> int:
    """My words' erasure: leave every circle, posts deleted or kept as a former member's."""
    count = 0
    for m in Membership.objects.filter(email_hash=email_key(email)).select_related("circle"):
        count += leave(m, keep_posts=not delete)
    return count
