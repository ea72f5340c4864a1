"""`manage.py restore FILE --yes`: replace the database with a backup. Stop the site first."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from afterword.backup import restore


class Command(BaseCommand):
    help = (
        "Replace everything in the database, and the uploaded files, with the backup in "
        "FILE. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="Confirm: the current contents will be replaced."
        )

    def handle(self, *args, file: Path, yes: bool, **options):
        if not yes:
            raise CommandError(
                "This replaces everything in the database with the backup. "
                "Stop the site and its workers, then run again with --yes."
            )
        if not file.is_file():
            raise CommandError(f"There is no backup at {file}.")
        manifest = restore(file)
        media = manifest.get("media")
        if media is None:
            self.stdout.write(f"Restored the database from {file} (it holds no uploaded files).")
        else:
            self.stdout.write(f"Restored from {file} (the database and {len(media)} file(s)).")
