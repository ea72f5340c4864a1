"""Claiming one's earlier comments written under other spellings of one's pen name.

Someone who verified "Diane" may have written before, with the same email, as
"Dianne" or "diane.". From My words they can claim those comments; an emailed
link (an `EmailLink` of purpose CLAIM: single use, a button page, an expiry)
confirms it. A claimed comment keeps the pen name it was written with (replies
still say "in reply to Dianne"), and the thread shows it as "Diane ✓ verified
(also wrote as Dianne)": `Comment.claimed_name` holds the verified name, so the
thread needs no extra query.

Only comments whose email is the signed-in one are ever offered, and confirming
changes only comments whose email is the link's: nobody can claim another
email's words, whatever the spelling. A claim is undone from My words with one
button, and erasing an email clears it with the rest of the comment's name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from afterword.identity import email_key, normalise_email
from afterword.queue import enqueue
from discussion import services as discussion_services
from discussion.models import Comment
from people import links
from people.models import EmailLink, PenName
from safety.models import normalise_name

CLAIM = EmailLink.Purpose.CLAIM
# Comments readers see, or will once a moderator approves them.
_SHOWN = (Comment.Status.PUBLISHED, Comment.Status.PENDING)
# A second press of the button within this time sends no second email.
_AGAIN = timedelta(minutes=1)


@dataclass(frozen=True)
class Spelling:
    """A pen name this email wrote under, and on how many comments."""

    name: str
    count: int


@dataclass(frozen=True)
class Claimed:
    """Comments written as `name`, shown under the verified name `claimed_as`."""

    name: str
    claimed_as: str
    count: int


@dataclass
class Confirmed:
    pen_name: str = ""
    spellings: list[str] = field(default_factory=list)
    count: int = 0


def verified_names(email: str) -> list[PenName]:
    key = email_key(email)
    return list(PenName.objects.filter(email_hash=key, verified_at__isnull=False).order_by("name"))


def _unclaimed(email: str):
    return Comment.objects.filter(email=normalise_email(email), status__in=_SHOWN, claimed_name="")


def other_spellings(email: str) -> list[Spelling]:
    """The names this email wrote under that none of its verified names covers.

    Empty for an email without a verified pen name: there is nothing to claim for."""
    verified = {pen.normalised for pen in verified_names(email)}
    if not verified:
        return []
    names = _unclaimed(email).values_list("pen_name", flat=True)
    counts = Counter(name for name in names if normalise_name(name) not in verified)
    return [Spelling(name, n) for name, n in sorted(counts.items(), key=lambda i: i[0].lower())]


def claimed(email: str) -> list[Claimed]:
    rows = (
        Comment.objects.filter(email=normalise_email(email))
        .exclude(claimed_name="")
        .values("pen_name", "claimed_name")
        .annotate(n=Count("pk"))
        .order_by("pen_name")
    )
    return [Claimed(r["pen_name"], r["claimed_name"], r["n"]) for r in rows]


def request(email: str, *, pen_name_id: int, spellings: list[str]) -> int:
    """Email a link to claim the comments written under `spellings` for a verified name.

    Returns how many comments the link covers (0: nothing to claim, nothing sent).
    Only spellings `other_spellings` offers this email count.
    """
    email = normalise_email(email)
    pen = next((p for p in verified_names(email) if p.pk == pen_name_id), None)
    offered = {s.name for s in other_spellings(email)}
    chosen = sorted(set(spellings) & offered)
    if pen is None or not chosen:
        return 0
    ids = sorted(_unclaimed(email).filter(pen_name__in=chosen).values_list("pk", flat=True))
    data = {"pen_name": pen.pk, "spellings": chosen, "comments": ids}
    recent = links.live(CLAIM).filter(email=email, created_at__gt=timezone.now() - _AGAIN)
    if any(link.data == data for link in recent):
        return len(ids)
    with transaction.atomic():
        link = links.new_link(CLAIM, email, data)
        _queue_link(link)
    return len(ids)


def _queue_link(link: EmailLink) -> None:
    from people.tasks import send_link_email

    enqueue(send_link_email, link_id=link.pk)


def email_context(link: EmailLink) -> dict:
    """What the claim email says: which name, which spellings, how many comments."""
    pen = PenName.objects.filter(pk=link.data.get("pen_name")).first()
    return {
        "pen_name": pen.name if pen else "",
        "spellings": link.data.get("spellings", []),
        "count": len(link.data.get("comments", [])),
    }


def confirm(token: str) -> Confirmed | None:
    """Spend a claim link: its comments show the verified name. None for a bad link."""
    with transaction.atomic():
        link = links.use(token, CLAIM)
        if link is None:
            return None
        pens = verified_names(link.email)
        pen = next((p for p in pens if p.pk == link.data.get("pen_name")), None)
        if pen is None:  # erased, or never this email's: nothing to claim for
            return Confirmed()
        verified = {p.normalised for p in pens}
        mine = _unclaimed(link.email).filter(pk__in=link.data.get("comments", []))
        ids = [
            pk
            for pk, name in mine.values_list("pk", "pen_name")
            if normalise_name(name) not in verified
        ]
        count = discussion_services.set_claimed_name(ids, pen.name)
    return Confirmed(pen_name=pen.name, spellings=link.data.get("spellings", []), count=count)


def unclaim(email: str, spelling: str) -> int:
    """Undo a claim: the comments written as `spelling` show that name alone again."""
    mine = Comment.objects.filter(email=normalise_email(email), pen_name=spelling)
    ids = list(mine.exclude(claimed_name="").values_list("pk", flat=True))
    return discussion_services.set_claimed_name(ids, "")
