"""The retention purge: forget what is no longer needed (`manage.py purge_retention`)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from column import services as column_services
from discussion import services as discussion_services
from people import links
from people.models import PenName, Subscription
from safety.models import FailedSignIn, Report


def purge(now=None) -> dict[str, int]:
    """Forget what is no longer needed; returns counts by kind.

    Address hashes older than IP_RETENTION_DAYS, links used or expired,
    subscriptions and pen names nobody confirmed within UNCONFIRMED_RETENTION_DAYS,
    and the sent emails the task queue still holds after the same time.
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    old = now - timedelta(days=settings.IP_RETENTION_DAYS)
    unconfirmed = now - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS)
    counts = {
        "comment_ip_hashes": discussion_services.forget_ip_hashes(before=old),
        "letter_ip_hashes": column_services.forget_ip_hashes(before=old),
        "report_ip_hashes": Report.objects.filter(created_at__lt=old)
        .exclude(reporter_ip_hash="")
        .update(reporter_ip_hash=""),
    }
    # Failed staff sign-ins matter only while they can lock an account out.
    counts["failed_sign_ins"], _ = FailedSignIn.objects.filter(
        created_at__lt=now - timedelta(days=1)
    ).delete()
    counts["links"], _ = links.expired_or_used(now).delete()
    counts["unconfirmed_subscriptions"], _ = Subscription.objects.filter(
        confirmed_at__isnull=True, created_at__lt=unconfirmed
    ).delete()
    counts["unverified_pen_names"], _ = PenName.objects.filter(
        verified_at__isnull=True, created_at__lt=unconfirmed
    ).delete()
    # Sent emails (their text and address) are kept in the queue's results; failed
    # ones stay for an operator to look into.
    counts["sent_email_tasks"], _ = (
        DBTaskResult.objects.successful().filter(finished_at__lt=unconfirmed).delete()
    )
    return counts
