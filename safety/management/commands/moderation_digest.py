"""Email each moderator what waits in the queue; run it daily from cron.

Started on several hosts, it runs on one of them (afterword.daily); the others say
they skipped."""

from django.core.management.base import BaseCommand

from afterword.daily import run_once_today
from safety.alerts import send_digest


class Command(BaseCommand):
    help = "Email each moderator a summary of the moderation queue (nothing if it is empty)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send even if today's digest already went out (from this or another host).",
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        outcome = run_once_today("moderation_digest", send_digest, force=force)
        if not outcome.ran:
            self.stdout.write(outcome.skipped_message("moderation_digest"))
        elif outcome.result:
            self.stdout.write(f"Sent the moderation digest to {outcome.result} moderator(s).")
        else:
            self.stdout.write("Nothing is waiting (or no moderator has an email); nothing sent.")
