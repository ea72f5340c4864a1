"""Email each moderator what waits in the queue; run it daily from cron."""

from django.core.management.base import BaseCommand

from safety.alerts import send_digest


class Command(BaseCommand):
    help = "Email each moderator a summary of the moderation queue (nothing if it is empty)."

    def handle(self, *args, **options) -> None:
        sent = send_digest()
        if sent:
            self.stdout.write(f"Sent the moderation digest to {sent} moderator(s).")
        else:
            self.stdout.write("Nothing is waiting (or no moderator has an email); nothing sent.")
