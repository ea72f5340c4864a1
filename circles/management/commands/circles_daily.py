"""manage.py circles_daily: open the week's rounds, send reminders and digests."""

from django.core.management.base import BaseCommand

from circles.rounds import daily


class Command(BaseCommand):
    help = (
        "Run the support circles' day: start and end circles on their dates, open a "
        "round with the default prompt on a circle's day, remind members the day "
        "before, and send the weekly digests. Safe to run more than once a day."
    )

    def handle(self, *args, **options):
        done = daily()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in done.items()))
