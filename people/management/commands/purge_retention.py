"""Forget what is no longer needed: old address hashes, spent links, unconfirmed
subscriptions and pen names, sent emails in the task queue. Run it daily from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand

from people import services


class Command(BaseCommand):
    help = (
        "Clear IP hashes older than IP_RETENTION_DAYS; delete used or expired links, "
        "subscriptions and pen names unconfirmed after UNCONFIRMED_RETENTION_DAYS, and "
        "finished email tasks as old."
    )

    def handle(self, *args, **options) -> None:
        counts = services.purge()
        self.stdout.write(
            f"Retention: address hashes older than {settings.IP_RETENTION_DAYS} days, "
            f"unconfirmed records older than {settings.UNCONFIRMED_RETENTION_DAYS} days."
        )
        for kind, count in counts.items():
            self.stdout.write(f"  {kind.replace('_', ' ')}: {count}")
