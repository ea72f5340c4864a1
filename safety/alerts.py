"""Emails to moderators: at once when someone may be in immediate danger, and a
daily digest of what waits in the queue.

One message per moderator, never with the writer's email address: the link
leads to the item, where the moderator sees the words and what to do.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Min, Model, Q
from django.urls import reverse
from django.utils import timezone

from afterword.mail import queue_email
from discussion.models import Comment
from safety.models import Report
from safety.permissions import MODERATORS_GROUP


def moderator_addresses() -> list[str]:
    """Active moderators and superusers who have an email address, each once."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP))
    return sorted(set(users.values_list("email", flat=True)))


def _item(obj: Model) -> tuple[str, str]:
    """What the alert is about, in words, and where a moderator looks at it."""
    if obj._meta.model_name == "letter":
        return "a letter to the column", reverse("column:desk_letter", args=[obj.pk])
    return "a comment", reverse("safety:comment", args=[obj.pk])


def alert_crisis(obj: Model) -> int:
    """Queue one crisis alert per moderator for a comment or a letter; returns how many.

    Sent after the surrounding transaction commits (queue_email defers it).
    """
    what, path = _item(obj)
    context = {
        "what": what,
        "level": obj.crisis_level,
        "pen_name": obj.pen_name,
        "url": settings.SITE_URL + path,
        "SITE_NAME": settings.SITE_NAME,
    }
    addresses = moderator_addresses()
    for address in addresses:
        queue_email("safety/email/crisis_alert", to=address, context=context)
    return len(addresses)


def digest_summary() -> dict | None:
    """What waits for the moderators, or None when nothing does."""
    pending = Comment.objects.pending()
    by_level = list(
        pending.values("crisis_level")
        .annotate(count=Count("pk"))
        .order_by("-crisis_level")
        .values_list("crisis_level", "count")
    )
    reports = Report.objects.filter(
        resolved_at__isnull=True, comment__status=Comment.Status.PUBLISHED
    )
    pending_count = sum(count for _, count in by_level)
    reported = reports.values("comment").distinct().count()
    if not pending_count and not reported:
        return None
    oldest = [
        pending.aggregate(at=Min("created_at"))["at"],
        reports.aggregate(at=Min("created_at"))["at"],
    ]
    return {
        "pending": pending_count,
        "by_level": [{"level": level, "count": count} for level, count in by_level if level],
        "crisis": sum(count for level, count in by_level if level >= 2),
        "reported": reported,
        "open_reports": reports.count(),
        "danger_reports": reports.filter(reason=Report.Reason.DANGER).count(),
        "oldest": min(at for at in oldest if at is not None),
    }


def send_digest() -> int:
    """Email each moderator the summary; returns how many were sent (0 when all is quiet)."""
    summary = digest_summary()
    if summary is None:
        return 0
    context = {
        **summary,
        "total": summary["pending"] + summary["reported"],
        "now": timezone.now(),
        "url": settings.SITE_URL + reverse("safety:queue"),
        "SITE_NAME": settings.SITE_NAME,
    }
    addresses = moderator_addresses()
    for address in addresses:
        queue_email("safety/email/moderation_digest", to=address, context=context)
    return len(addresses)
