"""Readers telling the moderators about a comment.

A report only ever reaches the moderators: nothing is sent to the person
reported, least of all when a reader fears for them.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from safety.models import Report
from safety.sources import Item

# Per reporter's address, in the posting rate limit's window (RATE_LIMIT_WINDOW).
REPORTS_PER_WINDOW = 20


class TooManyReports(Exception):
    """The reader has sent many reports in a short time; they can try again soon."""


def over_limit(reporter_ip_hash: str) -> bool:
    if not reporter_ip_hash:
        return False
    since = timezone.now() - timedelta(seconds=settings.RATE_LIMIT_WINDOW)
    recent = Report.objects.filter(reporter_ip_hash=reporter_ip_hash, created_at__gte=since)
    return recent.count() >= REPORTS_PER_WINDOW


def file_report(
    comment: Item, *, reason: str, note: str = "", reporter_ip_hash: str = ""
) -> Report:
    """Store a report, raising TooManyReports over the limit.

    The same reader repeating the same open report doesn't add another: one person
    can't push a comment up the queue by pressing the button again.
    """
    if over_limit(reporter_ip_hash):
        raise TooManyReports
    if reporter_ip_hash:
        existing = Report.objects.filter(
            comment=comment,
            reason=reason,
            reporter_ip_hash=reporter_ip_hash,
            resolved_at__isnull=True,
        ).first()
        if existing:
            return existing
    return Report.objects.create(
        comment=comment, reason=reason, note=note, reporter_ip_hash=reporter_ip_hash
    )
