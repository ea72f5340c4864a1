"""Forget what is no longer needed: old address hashes, spent links, unconfirmed
subscriptions and pen names, sent emails in the task queue, finished check-ins.
Run it daily from cron; started on several hosts, it runs on one of them
(afterword.daily)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from afterword.daily import run_once_today
from people import checkins, retention
from safety import cases


class Command(BaseCommand):
    help = (
        "Clear IP hashes older than IP_RETENTION_DAYS; delete used or expired links, "
        "subscriptions and pen names unconfirmed after UNCONFIRMED_RETENTION_DAYS, and "
        "finished email tasks and check-ins (after their last message, or stopped) as old; "
        "crisis signals after CRISIS_SIGNAL_RETENTION_DAYS."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even if it already ran today (on this or another host).",
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        outcome = run_once_today("purge_retention", self.purge, force=force)
        if not outcome.ran:
            self.stdout.write(outcome.skipped_message("purge_retention"))
            return
        self.stdout.write(
            f"Retention: address hashes older than {settings.IP_RETENTION_DAYS} days, "
            f"unconfirmed records older than {settings.UNCONFIRMED_RETENTION_DAYS} days."
        )
        for kind, count in outcome.result.items():
            self.stdout.write(f"  {kind.replace('_', ' ')}: {count}")

    @staticmethod
    def purge() -> dict[str, int]:
        counts = retention.purge()
        since = timezone.now() - timedelta(days=settings.UNCONFIRMED_RETENTION_DAYS)
        counts["check_ins"] = checkins.forget(before=since)
        signals_since = timezone.now() - timedelta(days=settings.CRISIS_SIGNAL_RETENTION_DAYS)
        counts["crisis_signals"] = cases.forget_signals(before=signals_since)
        return counts
