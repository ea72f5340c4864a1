"""Forget what is no longer needed: old address hashes, spent links, unconfirmed
subscriptions and pen names, sent emails in the task queue, finished check-ins.
Run it daily from cron."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from people import checkins, services
from safety import cases


class Command(BaseCommand):
    help = (
        "Clear IP hashes older than IP_RETENTION_DAYS; delete used or expired links, "
        "subscriptions and pen names unconfirmed after UNCONFIRMED_RETENTION_DAYS, and "
        "finished email tasks and check-ins (after their last message, or stopped) as old; "
        "crisis signals after CRISIS_SIGNAL_RETENTION_DAYS."
    )

    def handle(self, *args, **options) -> None:
        counts = services.purge()
        since = timezone.now() - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS)
        counts["check_ins"] = checkins.forget(before=since)
        signals_since = timezone.now() - timedelta(days=settings.CRISIS_SIGNAL_RETENTION_DAYS)
        counts["crisis_signals"] = cases.forget_signals(before=signals_since)
        self.stdout.write(
            f"Retention: address hashes older than {settings.IP_RETENTION_DAYS} days, "
            f"unconfirmed records older than {settings.UNCONFIRMED_RETENTION_DAYS} days."
        )
        for kind, count in counts.items():
            self.stdout.write(f"  {kind.replace('_', ' ')}: {count}")
