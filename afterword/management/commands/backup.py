"""`manage.py backup FILE`: an online, consistent copy of the database and the uploads."""

from pathlib import Path

from django.core.management.base import BaseCommand

from afterword.backup import backup


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite online backup, or pg_dump custom format) and every "
        "uploaded file (MEDIA_ROOT, or the S3 bucket) to FILE, one tar archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--no-media",
            action="store_true",
            help="Leave the uploaded files out (e.g. when the bucket has its own backups).",
        )

    def handle(self, *args, file: Path, no_media: bool = False, **options):
        manifest = backup(file, media=not no_media)
        media = "no uploaded files" if no_media else f"{len(manifest['media'])} uploaded file(s)"
        self.stdout.write(f"Backed up to {file} ({file.stat().st_size:,} bytes; {media}).")
