"""Send the daily digests; run it once a day from cron (or queue it for the worker)."""

from django.core.management.base import BaseCommand

from people import services
from people.tasks import send_digests


class Command(BaseCommand):
    help = "Email everyone with daily subscriptions what is new since their last digest."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task worker instead of doing it here.",
        )

    def handle(self, *args, enqueue: bool = False, **options) -> None:
        if enqueue:
            send_digests.enqueue()
            self.stdout.write("The digest is queued for the task worker.")
            return
        sent = services.send_digests()
        self.stdout.write(f"Queued {sent} digest email(s).")
