"""The emails of a circle: the day-before reminder, "a new round is open", the weekly
digest of replies, a place that came free, and notes to facilitators, moderators
and staff.

Each email goes to one person, carries a one-click unsubscribe for this circle
(RFC 8058) and one for everything, and never holds another member's words beyond
a short excerpt of a reply to the reader. Emails are queued in the surrounding
transaction (afterword.queue) and sent by the worker.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from afterword import languages
from afterword.mail import queue_email
from afterword.text import excerpt
from circles.models import Circle, CirclePost, CircleReport, Membership, Round
from people import links
from people.emails import muted_everywhere
from safety.alerts import moderator_addresses

EXCERPT_LENGTH = 140
DIGEST_DAYS = 7
_SCOPE = "circle:{}"


def unsubscribe_token(membership: Membership) -> str:
    """A lasting link that stops this circle's emails (people's signed format)."""
    return links.unsubscribe_token(membership.email_hash, scope=_SCOPE.format(membership.circle_id))


def read_unsubscribe(token: str) -> tuple[str, int] | None:
    """(email hash, circle id) from a circle's unsubscribe token, or None."""
    payload = links.read_unsubscribe(token)
    scope = (payload or {}).get("s", "")
    if not scope.startswith("circle:") or not scope[7:].isdigit():
        return None
    return payload["k"], int(scope[7:])


def unsubscribe_url(membership: Membership) -> str:
    return settings.SITE_URL + reverse("circles:unsubscribe", args=[unsubscribe_token(membership)])


def footer(membership: Membership) -> dict:
    url = unsubscribe_url(membership)
    targets = [f"<{url}>"]
    if settings.UNSUBSCRIBE_MAILTO:
        targets.append(f"<mailto:{settings.UNSUBSCRIBE_MAILTO}?subject=unsubscribe>")
    everything = links.unsubscribe_url(links.unsubscribe_token(membership.email_hash))
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "me_url": settings.SITE_URL + reverse("people:me"),
        "circle": membership.circle,
        "membership": membership,
        "circle_url": settings.SITE_URL + reverse("circles:room", args=[membership.circle.slug]),
        "settings_url": settings.SITE_URL
        + reverse("circles:settings", args=[membership.circle.slug]),
        "unsubscribe_url": url,
        "unsubscribe_all_url": everything,
        "headers": {
            "List-Unsubscribe": ", ".join(targets),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    }


def _muted(keys: set[str]) -> set[str]:
    """Addresses that asked for no email from the site at all."""
    return muted_everywhere(keys)


def _send(template: str, memberships, context: dict | None = None) -> int:
    memberships = [m for m in memberships if m.email]
    muted = _muted({m.email_hash for m in memberships})
    sent = 0
    for m in memberships:
        if m.email_hash in muted:
            continue
        # In the language they joined or last asked in (afterword.languages).
        with languages.writing_in(m.language):
            full = {**footer(m), **(context or {})}
            headers = full.pop("headers")
            queue_email(f"circles/email/{template}", to=m.email, context=full, headers=headers)
        sent += 1
    return sent


def _active(circle: Circle, *emails: str):
    return circle.memberships.filter(status=Membership.Status.ACTIVE, emails__in=emails)


def remind(circle: Circle) -> int:
    """The day before a round: everyone who wants reminders."""
    wanted = _active(circle, Membership.Emails.ALL, Membership.Emails.REMINDERS)
    return _send("reminder", wanted.select_related("circle"))


def round_opened(round: Round) -> int:
    wanted = _active(round.circle, Membership.Emails.ALL).select_related("circle")
    url = settings.SITE_URL + round.get_absolute_url()
    return _send("round_open", wanted, {"round": round, "round_url": url})


def place_opened(membership: Membership) -> int:
    return _send("place_open", [membership])


def welcome(membership: Membership) -> int:
    return _send("welcome", [membership])


def tell_facilitators_someone_asked(circle: Circle, membership: Membership) -> int:
    facilitators = circle.memberships.filter(
        role=Membership.Role.FACILITATOR, status=Membership.Status.ACTIVE
    ).exclude(emails=Membership.Emails.NONE)
    url = settings.SITE_URL + reverse("circles:facilitate", args=[circle.slug])
    return _send(
        "asked_to_join",
        facilitators.select_related("circle"),
        {"newcomer": membership.pen_name, "facilitate_url": url},
    )


def _staff_addresses() -> list[str]:
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(
        Q(is_superuser=True) | Q(groups__name__in=["Columnists", "Moderators"])
    ).distinct()
    return sorted(set(users.values_list("email", flat=True)))


def tell_staff_a_circle_is_wanted(circle: Circle) -> int:
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "circle": circle,
        "topic": circle.topic,
        "admin_url": settings.SITE_URL + reverse("admin:circles_circle_add"),
    }
    addresses = _staff_addresses()
    with languages.writing_in(settings.LANGUAGE_CODE):  # staff read the site's language
        for address in addresses:
            queue_email("circles/email/wanted", to=address, context=context)
    return len(addresses)


def tell_moderators(report: CircleReport) -> int:
    """A report or a hidden post: the moderators are told where to read it (no words)."""
    addresses = moderator_addresses()
    with languages.writing_in(settings.LANGUAGE_CODE):  # not the reporter's language
        context = {
            "SITE_NAME": settings.SITE_NAME,
            "reason": report.get_reason_display(),
            "circle": report.post.circle,
            "url": settings.SITE_URL + reverse("circles:review", args=[report.post_id]),
        }
        for address in addresses:
            queue_email("circles/email/reported", to=address, context=context)
    return len(addresses)


def send_digests(now=None) -> int:
    """Once a week per member who wants everything: the replies to their posts, each as
    a short excerpt. A week without replies sends nothing."""
    now = now or timezone.now()
    due = now - timedelta(days=DIGEST_DAYS)
    members = (
        Membership.objects.filter(status=Membership.Status.ACTIVE, emails=Membership.Emails.ALL)
        .filter(Q(digest_sent_at__lte=due) | Q(digest_sent_at__isnull=True, joined_at__lte=due))
        .exclude(email="")
        .select_related("circle")
    )
    sent = 0
    for m in members:
        since = m.digest_sent_at or m.joined_at
        replies = list(
            CirclePost.objects.shown()
            .filter(parent__membership=m, created_at__gt=since, created_at__lte=now)
            .exclude(membership=m)
            .select_related("round", "membership")
            .order_by("created_at")
        )
        with transaction.atomic():
            if replies:
                with languages.writing_in(m.language):  # "a former member", in theirs
                    items = [
                        {
                            "author": r.author,
                            "round": r.round.number,
                            "excerpt": excerpt(r.body, EXCERPT_LENGTH),
                            "url": settings.SITE_URL + r.round.get_absolute_url() + f"#p{r.pk}",
                        }
                        for r in replies
                    ]
                sent += _send("digest", [m], {"replies": items})
            Membership.objects.filter(pk=m.pk).update(digest_sent_at=now)
    return sent
