"""Send the daily digests; run it once a day from cron (or queue it for the worker).

Started on several hosts, it runs on one of them (afterword.daily); the others say
they skipped."""

from django.core.management.base import BaseCommand

from people.tasks import send_digests, send_digests_once


class Command(BaseCommand):
    help = "Email everyone with daily subscriptions what is new since their last digest."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task worker instead of doing it here.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send even if today's digests already went out (from this or another host).",
        )

    def handle(self, *args, enqueue: bool = False, force: bool = False, **options) -> None:
        if enqueue:
            send_digests.enqueue(force=force)
            self.stdout.write("The digest is queued for the task worker.")
            return
        outcome = send_digests_once(force=force)
        if not outcome.ran:
            self.stdout.write(outcome.skipped_message("send_digests"))
            return
        sent, invited = outcome.result
        self.stdout.write(f"Queued {sent} digest email(s).")
        self.stdout.write(f"Queued {invited} invitation(s) to come back after a year.")
