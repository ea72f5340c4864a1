"""`manage.py backup FILE`: an online, consistent copy of the whole database."""

from pathlib import Path

from django.core.management.base import BaseCommand

from afterword.backup import backup


class Command(BaseCommand):
    help = "Back up the database to FILE (SQLite online backup, or pg_dump custom format)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        backup(file)
        self.stdout.write(f"Backed up to {file} ({file.stat().st_size:,} bytes).")
